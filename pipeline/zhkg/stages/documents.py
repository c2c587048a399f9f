"""Split an input text into documents and read their metadata.

A news page as saved by aggregators is not one flat text: it has a title, a
date-and-source line, an optional 原標題 line, a byline in parentheses, the body,
a sign-off (the issuing office and a date), and often a 相關焦點 ("related
news") list whose bullets are separate stories. :func:`parse_documents` finds
that structure when it is there; anything else is one plain document.

Each returned :class:`~zhkg.records.Document` keeps its own original text;
for the main article that is the page up to the related list, so its offsets
are also offsets into the file. Its ``date`` is the dateline's, else the
metadata's ``date``, written ISO ``YYYY-MM-DD`` when it reads as a date
(:func:`zhkg.text.iso_date`); a date that does not (``12/05/2020``: day or month
first?) leaves ``date`` empty, as the document's relations are undated, and is kept
as written, on one line, in ``date_text``. A wire service's dateline in the body's opening names the day, maybe its
month (（中央社記者X台北20日電）, 新华社北京6月3日电), and a Taiwan lead without one its 今(20)日 or 昨(19)日: that day
completes the month and year the date above gives (2024年5月 → 2024-05-20); a full date given (a feed's 2024-05-21, the
morning paper's) is kept as given, never replaced; without a month nothing is invented.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from zhkg.records import Document
from zhkg.text import ROC_OFFSET, ROC_YEAR, iso_date, shows_nothing

__all__ = ["FIELD_NAMES", "is_derived_id", "metadata_extras", "metadata_field", "parse_documents", "related_id",
           "unread_date"]

_DATE_SOURCE = re.compile(r"^\s*(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(\S.*?)\s*$")
#: A dateline opening the text, no title above it (``2024-06-03 10:30 中央社``, ``2024年6月3日 明報``, a date alone):
#: a whole date, a time, then the source if any. Datelines of the wire services give no year (新华社北京6月3日电,
#: （中央社記者…台北3日電）) or no date at all (【明報專訊】, 本报讯): alone they date nothing, and their day only
#: completes a month known otherwise (:func:`_wire_date`).
#: Taiwan's dates in the Republic's years count too (113年5月20日 中央社, 民國113年5月20日, 113/05/20).
_DATELINE_DATE = (r"(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                  r"|(?:(?:中[华華])?民[国國]\s*)?\d{2,3}(?:[/.]\d{1,2}[/.]\d{1,2}|年\d{1,2}月\d{1,2}日))")
_FIRST_DATELINE = re.compile(r"^\s*" + _DATELINE_DATE +
                             r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s+(\S.*?))?\s*$")
#: A dateline under a title in the other forms: a date as above, a time maybe, and the source, which is no sentence.
_OTHER_DATE_SOURCE = re.compile(r"^\s*" + _DATELINE_DATE +
                                r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+(\S.*?)\s*$")
#: A wire service's dateline in a body's opening, the day and maybe its month before 電/电/訊/讯 (中央社記者X台北20日電,
#: 新华社北京6月3日电, 本报北京6月3日讯), after the place's last character; never 20日电视.
_WIRE_DAY = re.compile(r"(?<=[\u4e00-\u9fff])(?:(\d{1,2})月)?(\d{1,2})日[专專]?[电電讯訊](?![\u4e00-\u9fff])")
#: Taiwan's lead without a dateline (【記者X／台北報導】): 今(20)日 is the day the story is dated, 昨(19)日 the day before.
_LEAD_DAY = re.compile(r"([今昨])\s*[(（]\s*(\d{1,2})\s*[)）]\s*日")
#: How far into a body a dateline or a lead's day is looked for.
_OPENING = 160
#: A date with a month and no day (2024年5月, 2024-05, 113年5月, 民國113年5月), that a wire's day completes.
_YEAR_MONTH = re.compile(r"\s*(?:(\d{4})\s*[-/.年]|" + ROC_YEAR + r"\s*[年/.])"
                         r"\s*(\d{1,2})\s*月?\s*$")
#: A year alone (2024, 2024年, 113年, 民國113年), that a wire dateline's month and day complete.
_YEAR_ONLY = re.compile(r"\s*(?:(\d{4})\s*年?|" + ROC_YEAR + r"\s*年)\s*$")
_ORIGINAL_TITLE = re.compile(r"^\s*原[標标]題\s*[:：]\s*(.+?)\s*$")
_BYLINE = re.compile(r"^\s*[(（]([^()（）\n]{2,12})[)）]")
_SIGNOFF_DATE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")
_RELATED_HEAD = re.compile(r"^\s*(相關焦點|相关焦点|相關新聞|相关新闻|相關閱讀|相关阅读)\s*$", re.M)
_BULLET = re.compile(r"^[ \t]*[•·●▪■◆\-\*][ \t]*(.+?)\s*$")
_CHINESE_PUNCT = re.compile(r"[，。；：！？,.;:!?、]")
_DERIVED_ID = re.compile(r"#related-\d+\Z")


def related_id(doc_id: str, number: int) -> str:
    """The id of the ``number``-th related-news item of document ``doc_id``.

    >>> related_id("seed", 1)
    'seed#related-01'
    """
    return f"{doc_id}#related-{number:02d}"


def is_derived_id(doc_id: str) -> bool:
    """Whether ``doc_id`` has the form of an id :func:`related_id` makes.

    The readers never keep such an id given by a user as it is (they add ``~2``),
    so a document called ``A#related-01`` cannot merge with the first related item of ``A``.

    >>> is_derived_id("A#related-01"), is_derived_id("A#related-01~2"), is_derived_id("A")
    (True, False, False)
    """
    return _DERIVED_ID.search(doc_id) is not None


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with their start offsets.

    Lines end at ``\n`` (a ``\r`` before it is dropped) and nowhere else: U+2028,
    U+2029, U+0085 and the other breaks ``str.splitlines`` knows stay inside a line.
    """
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    return out


def _parse_related(doc_id: str, text: str, offset: int) -> list[Document]:
    """Each bullet (a title line, then its snippet lines) becomes a document."""
    items: list[tuple[str, list[str]]] = []
    for _, line in _lines(text[offset:]):
        m = _BULLET.match(line)
        if m:
            items.append((m.group(1), []))
        elif line.strip() and items:
            items[-1][1].append(line.strip())
    docs = []
    for i, (title, body) in enumerate(items, start=1):
        snippet = "\n".join(body)
        docs.append(
            Document(
                id=related_id(doc_id, i),
                text=f"{title}\n{snippet}" if snippet else title,
                title=title,
                parent_id=doc_id,
                kind="related",
            )
        )
    return docs


def _field_title(value: object) -> str:
    """A ``title`` field (a JSON line's, a table's column) as a label: one line, or ``""`` when it shows nothing.

    A blank title would leave its document's node without a label (the graph's
    label falls back to the document id only for a missing title).

    >>> _field_title(" 标题\\n换行 "), _field_title("   "), _field_title("\\u200b"), _field_title(12)
    ('标题 换行', '', '', '12')
    """
    title = " ".join(str(value).split())
    return "" if shows_nothing(title) else title


#: The names a JSON line's field or a table's column may have for a document's title, date and source, after its
#: own (compared in lower case): a table exported from a Chinese spreadsheet heads them 标题, 日期, 来源.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "标题", "標題", "题目", "題目", "新闻标题", "新聞標題"),
    "date": ("date", "pubdate", "pub_date", "publish_date", "published", "日期", "发布日期", "發佈日期", "發布日期",
             "发布时间", "發佈時間", "發布時間", "时间", "時間", "time", "datetime", "publish_time", "pub_time"),
    "source": ("source", "来源", "來源", "出处", "出處", "媒体", "媒體"),
}


def metadata_field(metadata: dict[str, object] | None, field: str) -> str:
    """The value of a document's ``title``, ``date`` or ``source`` in its metadata, under any of its
    :data:`FIELD_NAMES` (the first name present wins, in that order; ``""`` when none is).

    >>> metadata_field({"标题": "会议", "日期": "2020/12/22"}, "date"), metadata_field({"Title": "会议"}, "title")
    ('2020/12/22', '会议')
    >>> metadata_field({"date": "2020-12-22", "时间": "08:30"}, "date"), metadata_field(None, "source")
    ('2020-12-22', '')
    """
    key = _field_key(metadata, field)
    return "" if key is None or not metadata else str(metadata[key])


def _field_key(metadata: Mapping[str, object] | None, field: str) -> str | None:
    """The metadata key :func:`metadata_field` reads ``field`` from, or ``None``."""
    if not metadata:
        return None
    lowered = {str(k).strip().lower(): k for k in reversed(list(metadata))}
    for name in FIELD_NAMES[field]:
        if name in metadata:
            return name
        if name in lowered:
            return str(lowered[name])
    return None


def metadata_extras(document: Document) -> list[tuple[str, str]]:
    """A document's metadata that is not its title, date or source (a table's ``category``, a JSON line's
    ``url``): ``(name, value)`` pairs, blank values left out. Where the text was read as an article (its own
    title and dateline), the metadata's title, date and source are extras too, as nothing else shows them.

    >>> metadata_extras(Document("d", "文字。", kind="text", metadata=(("category", "体育"), ("标题", "t"), ("url", ""))))
    [('category', '体育')]
    """
    meta = dict(document.metadata)
    read = set() if document.kind != "text" else {_field_key(meta, f) for f in FIELD_NAMES}
    return [(name, value) for name, value in document.metadata if name not in read and not shows_nothing(value)]


def _sentence(text: str) -> bool:
    """Whether ``text`` reads as a sentence rather than a source's name: long, or with a clause mark."""
    return len(text) > 40 or bool(_CHINESE_PUNCT.search(text))


def _year_ad(m: re.Match[str]) -> int:
    """The year AD of a match of :data:`_YEAR_MONTH` or :data:`_YEAR_ONLY`: group 1 a year AD, groups 2 and 3 a year
    of the Republic (:data:`zhkg.text.ROC_YEAR`)."""
    return int(m.group(1)) if m.group(1) else int(m.group(2) or m.group(3)) + ROC_OFFSET


def _year_month(text: str) -> tuple[int, int] | None:
    """The year and month of a date written without its day, or ``None``.

    >>> _year_month("2024年5月"), _year_month("113年5月"), _year_month("2024-05"), _year_month("2024-05-20")
    ((2024, 5), (2024, 5), (2024, 5), None)
    """
    m = _YEAR_MONTH.match(text)
    if m is None or not 1 <= int(m.group(4)) <= 12:
        return None
    return _year_ad(m), int(m.group(4))


def unread_date(metadata: Mapping[str, object] | None) -> str:
    """The ``date`` field of ``metadata`` as written when no date is read from it (``""`` otherwise): not a date
    :func:`~zhkg.text.iso_date` reads, nor a year and month or a year alone that a dateline's day may complete
    (:func:`_wire_date`). Such a document takes no date from the field (review162: said on stderr, not silently).

    >>> unread_date({"date": "2024-13-45"}), unread_date({"date": "2024-05-20"}), unread_date({"date": "2024年5月"})
    ('2024-13-45', '', '')
    >>> unread_date({"日期": "12/05/2020"}), unread_date({"date": "  "}), unread_date(None)
    ('12/05/2020', '', '')
    """
    value = " ".join(metadata_field(dict(metadata or {}), "date").split())
    if not value or iso_date(value) or _year_month(value) or _year_only(value) is not None:
        return ""
    return value


def _year_only(text: str) -> int | None:
    """The year of a date written as a year alone, or ``None``.

    >>> _year_only("2024"), _year_only("113年"), _year_only("民國113年"), _year_only("113"), _year_only("2024年5月")
    (2024, 2024, 2024, None, None)
    """
    m = _YEAR_ONLY.match(text)
    if m is None:
        return None
    return _year_ad(m)


def _wire_date(opening: str, known: str) -> str:
    """The date a wire dateline's day (or a lead's 今(N)日, 昨(N)日) gives in ``opening``, its month and year taken
    from ``known``, a year and month (2024年5月) it lies in, or, when the dateline names its month too (5月20日电), a
    year alone (2024); ``""`` when there is no such day, it is no day of that month, or ``known`` is neither (a full
    date is the caller's to keep; a day is never given a month the text does not write).

    >>> _wire_date("（中央社記者林雅婷台北20日電）立法院三讀。", "2024年5月"), _wire_date("台北20日電", "2024-05-21")
    ('2024-05-20', '')
    >>> _wire_date("（中央社台北20日電）", ""), _wire_date("立法院昨（31）日三讀。", "2024年6月")
    ('', '2024-06-01')
    >>> _wire_date("新华社北京5月20日电", "2024"), _wire_date("新华社北京20日电", "2024")
    ('2024-05-20', '')
    """
    if "日" not in opening:
        return ""
    after, month = 0, None
    if m := _WIRE_DAY.search(opening):
        month, day = (int(m.group(1)) if m.group(1) else None), int(m.group(2))
    elif m := _LEAD_DAY.search(opening):
        day, after = int(m.group(2)), int(m.group(1) == "昨")
    else:
        return ""
    if not (ym := _year_month(known)):
        if month is None or (year := _year_only(known)) is None:
            return ""
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:  # 2月29日 of a year without one
            return ""
    first = datetime.date(*ym, 1)
    last = (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
    # the day in the month of the last possible date or the one before (and, its month named, in that year or the one before)
    previous = last.replace(day=1) - datetime.timedelta(days=1)
    tries = [(y, month) for y in (last.year, last.year - 1)] if month else \
        [(last.year, last.month), (previous.year, previous.month)]
    for year, mon in tries:
        try:
            date = datetime.date(year, mon, day) + datetime.timedelta(days=after)
        except ValueError:
            continue
        if first <= date <= last:
            return date.isoformat()
    return ""


def parse_documents(doc_id: str, text: str, metadata: dict[str, str] | None = None,
                    types: Mapping[str, str] | None = None) -> list[Document]:
    """Parse one input text into its article and any related-news documents.

    ``types`` holds the JSON type of metadata values a JSON line gave (``RawDocument.types``), kept on the article
    as ``metadata_types``.

    Examples
    --------
    >>> page = "標題\\n\\n2020-12-22 消費日報網\\n\\n(劉權有)正文。\\n"
    >>> doc = parse_documents("x", page)[0]
    >>> doc.title, doc.date, doc.source, doc.byline
    ('標題', '2020-12-22', '消費日報網', '劉權有')
    >>> doc = parse_documents("w", "2024-06-03 10:30 中央社\\n正文。")[0]
    >>> doc.title, doc.date, doc.source
    ('', '2024-06-03', '中央社')
    >>> doc = parse_documents("r", "標題\\n113年5月20日 中央社\\n正文。")[0]
    >>> doc.date, doc.source
    ('2024-05-20', '中央社')
    >>> [d.kind for d in parse_documents("y", "只是一段文字。")]
    ['text']
    >>> [(d.date, d.date_text) for d in parse_documents("z", "文字。", {"date": "12/05/2020"})]
    [('', '12/05/2020')]
    """
    meta = tuple(sorted((str(k), str(v)) for k, v in (metadata or {}).items() if v is not None))
    kept = dict(meta)
    meta_types = tuple(sorted((str(k), str(v)) for k, v in (types or {}).items() if str(k) in kept))
    related_head = _RELATED_HEAD.search(text)
    main_text = text[: related_head.start()].rstrip() if related_head else text
    related = _parse_related(doc_id, text, related_head.end()) if related_head else []

    lines = [(pos, line) for pos, line in _lines(main_text) if line.strip()]
    title = date = source = original_title = byline = signoff = signoff_date = ""
    dateline = _DATE_SOURCE.match(lines[1][1]) if len(lines) >= 2 else None
    if dateline is None and len(lines) >= 2 and len(lines[1][1]) <= 80 and (
            other := _OTHER_DATE_SOURCE.match(lines[1][1])) and iso_date(other.group(1)) \
            and not _sentence(other.group(2)):
        dateline = other  # 113年5月20日 中央社, 2024年5月20日 聯合報 under the title
    # a dateline is a short line: a long one is the body, and is not searched (a run of blanks in it would cost time)
    first = None if dateline or not lines or len(lines[0][1]) > 80 else _FIRST_DATELINE.match(lines[0][1])
    if first is not None and (not iso_date(first.group(1)) or _sentence(first.group(2) or "")):
        first = None  # a paragraph opening with a date (2024-06-03 某公司公告称，…) is the body, not a dateline
    if dateline or first:
        title = lines[0][1].strip() if dateline else ""
        m = dateline or first
        date, source = m.group(1), m.group(2) or ""
        body_lines = lines[2:] if dateline else lines[1:]
        body_start = body_lines[0][0] if body_lines else len(main_text)
        if body_lines and (m := _ORIGINAL_TITLE.match(body_lines[0][1])):
            original_title = m.group(1)
            body_lines = body_lines[1:]
        if body_lines and (m := _BYLINE.match(body_lines[0][1])):
            byline = m.group(1).strip()
        if len(body_lines) >= 2 and _SIGNOFF_DATE.match(body_lines[-1][1]):
            candidate = body_lines[-2][1].strip()
            if len(candidate) <= 40 and not _CHINESE_PUNCT.search(candidate):
                signoff = candidate
                signoff_date = body_lines[-1][1].strip()
        kind = "article"
    else:
        kind = "text"
        title = _field_title(metadata_field(metadata, "title"))
        date = metadata_field(metadata, "date")
        source = metadata_field(metadata, "source")
        body_start = 0

    iso = iso_date(date) or _wire_date(main_text[body_start:body_start + _OPENING], date)
    article = Document(
        id=doc_id,
        text=main_text,
        title=title,
        date=iso,
        date_text="" if iso else " ".join(date.split()),
        source=source,
        original_title=original_title,
        byline=byline,
        signoff=signoff,
        signoff_date=signoff_date,
        kind=kind,
        metadata=meta,
        metadata_types=meta_types,
    )
    return [article, *related]
