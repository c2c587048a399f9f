"""Map CLUENER's fine labels onto the MSRA conventions the recogniser is trained on.

CLUENER (``train.fine.bio``) marks ten kinds of span. ``name`` is a person (PER) and
``address`` a place (LOC), as in MSRA. Its three organisation kinds
(``organization``, ``company``, ``government``) are looser than MSRA's ORG: they
also mark bare common nouns that refer to some body without naming it (政府,
派出所, 警方, 该公司, 各委室), which MSRA leaves O, and a place followed by such a
noun (北京市政府, 美军), where MSRA tags only the place (北京市, 美). Trained on as
they are, these teach the model to tag generic bodies, which the graph must not
turn into organisations. :func:`harmonise_cluener` rewrites them:

* a generic mention (an optional determiner such as 该/本/各/当地, then a body
  noun from :data:`GENERIC_BODIES`, or a determiner and a one- or two-character body such
  as 该局, 本行)
  becomes O;
* a place and a government, army or police noun (美国政府, 北京市政府, 俄军,
  美国海军) becomes the place as LOC and the rest O;
* every other organisation mention (招商银行, 曼联, 财政部, 平谷区公安局) stays ORG.

Every other CLUENER kind (position, book, game, movie, scene) is O.

>>> harmonise_label_span("该公司", "company")
[]
>>> harmonise_label_span("北京市政府", "government")
[(0, 3, 'LOC')]
>>> harmonise_label_span("招商银行", "company")
[(0, 4, 'ORG')]
"""

from __future__ import annotations

import re

from zhkg.ner.bio import Sentence, Span, spans_to_tags

__all__ = [
    "GENERIC_BODIES", "RESOLVED_BODIES", "is_generic_body", "harmonise_label_span", "harmonise_cluener",
    "harmonise_resume_span", "harmonise_resume",
]

#: Common nouns for a body that, standing alone, name no particular organisation.
GENERIC_BODIES = frozenset(
    """
    政府 政府部门 政府机关 有关部门 部门 主管部门 监管部门 监管机构 中介机构 机构 机关 单位
    派出所 公安局 公安分局 公安 公安机关 公安部门 警方 警察局 交警 交警部门 刑警 特警 武警 消防 消防队 消防部门
    检察院 检察机关 法院 司法机关 纪委 纪检监察机关 监察机关 税务部门 税务局 工商部门 工商局 民政部门 教育局 卫生局
    人大 政协 市委 省委 县委 区委 党委 党组 市政府 省政府 县政府 区政府 镇政府 乡政府
    委员会 常委会 居委会 村委会 街道办 街道 社区 委室 各委室 办公室
    军方 军队 部队 海军 空军 陆军 舰队 司令部 游击队 特种部队
    公司 子公司 母公司 分公司 总公司 集团 企业 厂家 厂商 商家 开发商 券商 银行 商业银行 保险公司 基金公司 电信公司
    博彩公司 博彩 媒体 电视台 报社 网站 医院 学校 大学 学院 中学 小学 幼儿园
    球队 俱乐部 国家队 主队 客队 联赛 协会 行业协会 工会 学会 研究所 研究院
    """.split()
)

#: Short names of party and state bodies among :data:`GENERIC_BODIES` that the recogniser may still tag:
#: MSRA tags them ORG, and the graph resolves them to the body the document is about (政协 → 平谷区政协),
#: so :func:`is_generic_body` lets them through. (CLUENER has three: 人大 once, 政协 twice; they are O there.)
RESOLVED_BODIES = frozenset("人大 政协 市委 省委 县委 区委 党委 党组 纪委".split())

# Words before a body noun that point at it instead of naming it.
_DETERMINER = re.compile(r"^(?:本|该|各|此|其|某|当地|有关|相关|上级|这家|那家|该家|一家|多家|这些|各地|各级|地方|基层)+")

# One-character heads of a body (该局, 本行, 各委): after a determiner they name nothing.
_BODY_CHARS = frozenset("局行厅部所院队委会校社台厂店办司处科室团")

# A place, then a government, army or police noun: MSRA tags the place only.
_PLACE_BODY = re.compile(
    r"^(?P<place>[^委]+?(?:国|省|市|县|区|州)|[美英法德俄日韩朝中印以伊叙澳加意西])"
    r"(?:政府|军方|军队|军|海军|空军|陆军|警方|当局)$"
)


def is_generic_body(text: str) -> bool:
    """Whether a recognised organisation is a bare common noun for a body, which names no organisation.

    Used on the recogniser's output (:meth:`zhkg.ner.model.NerModel.tag_spans`), so it spares the
    :data:`RESOLVED_BODIES`, which the graph resolves in context.

    >>> is_generic_body("派出所"), is_generic_body("该局"), is_generic_body("平谷区派出所"), is_generic_body("政协")
    (True, True, False, False)
    """
    return text not in RESOLVED_BODIES and _is_generic(text)


# Kinds of bodies, never one body's name, whatever field qualifies them (公安院校, 科研院所)
_KINDS_OF_BODY = ("院校", "院所", "高校")


def _is_generic(text: str) -> bool:
    rest = _DETERMINER.sub("", text)
    return (not rest or rest in GENERIC_BODIES or (rest != text and len(rest) <= 2 and rest[-1] in _BODY_CHARS)
            or rest.endswith(_KINDS_OF_BODY))


def harmonise_label_span(text: str, kind: str) -> list[Span]:
    """The MSRA-convention spans, relative to ``text``, for one CLUENER span of ``kind``.

    >>> harmonise_label_span("各委室", "government")
    []
    >>> harmonise_label_span("俄军", "government")
    [(0, 1, 'LOC')]
    >>> harmonise_label_span("张三", "name")
    [(0, 2, 'PER')]
    """
    if kind == "name":
        return [(0, len(text), "PER")]
    if kind == "address":
        return [(0, len(text), "LOC")]
    if kind not in ("organization", "company", "government"):
        return []
    if _is_generic(text):
        return []
    place = _PLACE_BODY.match(text)
    if place:
        return [(0, place.end("place"), "LOC")]
    return [(0, len(text), "ORG")]


def harmonise_cluener(sentence: Sentence) -> Sentence:
    """``sentence`` (CLUENER fine labels) with PER/LOC/ORG tags in the MSRA conventions.

    >>> from zhkg.ner.bio import spans_to_tags
    >>> text = "该公司与招商银行在北京市政府会面"
    >>> fine = [(0, 3, "company"), (4, 8, "company"), (9, 14, "government")]
    >>> harmonise_cluener(Sentence(text, tuple(spans_to_tags(fine, len(text))))).spans
    [(4, 8, 'ORG'), (9, 12, 'LOC')]
    """
    spans: list[Span] = []
    for start, end, kind in sentence.spans:
        spans.extend((start + b, start + e, label) for b, e, label in harmonise_label_span(sentence.text[start:end], kind))
    return Sentence(sentence.text, tuple(spans_to_tags(spans, len(sentence.text))))


# Words around a native place in Resume NER's LOC spans (籍贯河北省大名县, 云南建水人, 澳洲国籍, 中国台湾居民) that MSRA
# leaves outside the place.
_RESUME_LOC_BEFORE = re.compile(r"^籍贯")
_RESUME_LOC_AFTER = re.compile(r"(?:国籍|省籍|籍|居民|人)$")


def harmonise_resume_span(text: str, label: str) -> list[Span]:
    """The MSRA-convention spans, relative to ``text``, for one span of Resume NER's ``train.bio`` (PER/ORG/LOC).

    Resume NER tags generic bodies as organisations (公司, 本公司, 本行, 集团), which MSRA leaves O: they
    go the way :func:`harmonise_label_span` sends CLUENER's (so does a place before a government noun),
    and its native places keep the words around them (云南建水人), which MSRA leaves out. Persons are
    kept as they are.

    >>> harmonise_resume_span("本公司", "ORG"), harmonise_resume_span("平安银行", "ORG")
    ([], [(0, 4, 'ORG')])
    >>> harmonise_resume_span("云南建水人", "LOC"), harmonise_resume_span("籍贯山西省", "LOC")
    ([(0, 4, 'LOC')], [(2, 5, 'LOC')])
    """
    if label == "ORG":
        return harmonise_label_span(text, "organization")
    if label == "LOC":
        start = _RESUME_LOC_BEFORE.match(text)
        begin = start.end() if start else 0
        end_match = _RESUME_LOC_AFTER.search(text, begin)
        end = end_match.start() if end_match else len(text)
        return [(begin, end, "LOC")] if end > begin else []
    return [(0, len(text), label)]


def harmonise_resume(sentence: Sentence) -> Sentence:
    """``sentence`` (Resume NER's PER/ORG/LOC tags) in the MSRA conventions (:func:`harmonise_resume_span`).

    >>> from zhkg.ner.bio import spans_to_tags
    >>> text = "张伟曾任本公司及平安银行董事，云南建水人"
    >>> gold = [(0, 2, "PER"), (4, 7, "ORG"), (8, 12, "ORG"), (15, 20, "LOC")]
    >>> harmonise_resume(Sentence(text, tuple(spans_to_tags(gold, len(text))))).spans
    [(0, 2, 'PER'), (8, 12, 'ORG'), (15, 19, 'LOC')]
    """
    spans: list[Span] = []
    for start, end, label in sentence.spans:
        spans.extend(
            (start + b, start + e, kind) for b, e, kind in harmonise_resume_span(sentence.text[start:end], label)
        )
    return Sentence(sentence.text, tuple(spans_to_tags(spans, len(sentence.text))))
