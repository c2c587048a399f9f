"""Short forms of bodies from the lexicon (``org_aliases.tsv``): 最高法 is 最高人民法院 wherever it is written.

The document need not name the body in full (a headline's 最高法公布5起…): the table says which body a
short form names. Each occurrence becomes an ORGANIZATION mention with extractor ``alias`` and the full
name as its canonical name, so :mod:`zhkg.stages.resolve` merges it with the body's full name. Only
forms that name one body everywhere are listed (not 发改委: every province has one), and forms that name one
of a few bodies, each listed with its full names joined by ``|`` (央行: 中国人民银行|美联储|…): such a form is
the one of them the document names in full, and nothing when it names several. Where it names none, a form each
of whose bodies is written as a place and the form (香港|特区政府, 澳门|特区政府) is the body of the one of those places
the document names (:func:`_placed_body`, orgs282); 央行 (美联储 is no place and 央行) stays nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from zhkg.extract.base import make_mention
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.segment import doc_text
from zhkg.text import is_han

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["extract_org_aliases"]


@lru_cache(maxsize=4)
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    forms = sorted(lexicon.org_aliases, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, forms))) if forms else None


@lru_cache(maxsize=4)
def _heads(lexicon: Lexicon) -> tuple[str, ...]:
    # the grammar's head words and the prosecutors' office of Taiwan (最高检察署)
    # (of two letters or more: 国家外汇局 ends in the head 局, it runs into none)
    return tuple(sorted(h for h in set(lexicon.org_suffixes) | {"检察署"} if len(h) >= 2))


def extract_org_aliases(doc: Doc, *, lexicon: Lexicon | None = None) -> list[Mention]:
    """ORGANIZATION mentions of the lexicon's short forms of bodies, canonical the full name.

    >>> from zhkg.stages.segment import make_nlp
    >>> [(m.text, m.canonical) for m in extract_org_aliases(make_nlp()("最高法公布5起重大案件"))]
    [('最高法', '最高人民法院')]
    """
    lexicon = lexicon or load_lexicon()
    pattern = _pattern(lexicon)
    if pattern is None:
        return []
    text = doc_text(doc)
    out = []
    for m in pattern.finditer(text):
        full = _named_body(lexicon.org_aliases[m.group()], text) or _placed_body(m.group(), text, lexicon)
        if "|" in lexicon.org_aliases[m.group()] and m.start() > 0 and is_han(text[m.start() - 1]) \
                and text[m.start() - 1] not in _BEFORE_SHARED:
            continue  # 欧洲央行, 俄罗斯央行: a shared form closing a longer name is that name's
        if text.startswith(_heads(lexicon), m.end() - 1):
            continue  # 联邦最高法|院, 最高检|察署: the form's last letter opens a body's head, another name's
        if full:
            out.append(make_mention(doc, m.start(), m.end(), Label.ORGANIZATION, MentionSource.ALIAS, canonical=full))
    return out


#: Letters a shared short form may follow and still stand alone (他说，央行将…; 而央行, 据央行; 本届特区政府: a term's).
_BEFORE_SHARED = frozenset("而但与和及据由对向在从是的称说示令让即届")


def _named_body(full: str, text: str) -> str:
    """The body a short form names: its one full name, or of several (``a|b|c``) the one ``text`` names in
    full, else ``""``.

    >>> _named_body("中国人民银行|美联储", "中国人民银行行长表示，央行将…"), _named_body("中国人民银行|美联储", "央行表示")
    ('中国人民银行', '')
    """
    if "|" not in full:
        return full
    named = [name for name in full.split("|") if name in text]
    return named[0] if len(named) == 1 else ""


def _placed_body(form: str, text: str, lexicon: Lexicon) -> str:
    """The body a shared short form names where the document names none of them in full, when each of them is
    written as a place and the form (香港|特区政府, 澳门|特区政府: the form drops the place) and the document names
    one of those places and not the others: a Hong Kong story's bare 特区政府 is Hong Kong's (orgs282). ``""`` when a
    body has no such name (央行: 美联储, 中国人民银行), or the document names no place of them or several.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> [_placed_body(f, t, lexicon) for f, t in (("特区政府", "香港立法会选举，特区政府宣传。"), ("特区政府", "港澳两地"),
    ...                                           ("特区政府", "香港与澳门"), ("央行", "日本经济，央行加息"))]
    ['香港特区政府', '', '', '']
    """
    names = lexicon.org_aliases[form].split("|")
    placed = {name[:-len(form)]: name for name in names if name.endswith(form) and len(name) > len(form)}

    def body(name: str) -> str:
        row = lexicon.known_organisations.get(name)
        return row[2] if row else name

    if {body(name) for name in names} != {body(name) for name in placed.values()}:
        return ""
    named = [name for place, name in placed.items() if place in text]
    return named[0] if len(named) == 1 else ""
