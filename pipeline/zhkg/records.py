"""Typed records that flow between the pipeline's stages.

Every stage takes and returns these frozen dataclasses; none of them holds logic
beyond trivial derived properties. Character offsets are always half-open
``[start, end)`` and index the *original* text of a :class:`Document` (which has
the same length as its normalised, Simplified form; see :mod:`zhkg.stages.normalise`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import ClassVar

__all__ = [
    "Label",
    "RelationKind",
    "MentionSource",
    "Script",
    "Document",
    "Quantity",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "Extraction",
]


class _Name(str):
    """A name from an open set: the built-in ones are class attributes, plug-ins add more.

    Each name exists once (``Label("PERSON") is Label.PERSON``), also after a round
    trip through pickle, so stages compare them with ``is`` as they would enum members.
    """

    __slots__ = ()
    _known: ClassVar[dict[str, _Name]]

    def __init_subclass__(cls) -> None:
        cls._known = {}

    def __new__(cls, value: str) -> _Name:
        try:
            return cls._known[value]
        except KeyError:
            raise ValueError(f"unknown {cls.__name__} {value!r}; known: {', '.join(cls._known)}") from None

    @classmethod
    def define(cls, value: str) -> _Name:
        """The name ``value``, added to the known ones if it is new (upper-case letters, digits, ``_``)."""
        if value in cls._known:
            return cls._known[value]
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", value):
            raise ValueError(f"a {cls.__name__} is upper-case letters, digits and _: {value!r}")
        name = str.__new__(cls, value)
        cls._known[value] = name
        return name

    @classmethod
    def all(cls) -> tuple[_Name, ...]:
        """Every known name, in the order it was defined (built-ins first)."""
        return tuple(cls._known.values())

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def name(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.value}"

    def __reduce__(self):
        return (type(self).define, (self.value,))


class Label(_Name):
    """The kinds of entity zhkg extracts (and DOCUMENT for source articles).

    A plug-in extractor adds its own with :func:`zhkg.registry.register_label`.

    >>> Label("PERSON") is Label.PERSON, Label.PERSON.value, Label.PERSON == "PERSON"
    (True, 'PERSON', True)
    """

    PERSON: ClassVar[Label]
    ORGANIZATION: ClassVar[Label]
    PLACE: ClassVar[Label]
    COUNT: ClassVar[Label]
    DOCUMENT: ClassVar[Label]


for _value in ("PERSON", "ORGANIZATION", "PLACE", "COUNT", "DOCUMENT"):
    setattr(Label, _value, Label.define(_value))


class RelationKind(_Name):
    """Edge kinds of the knowledge graph; a plug-in relation reader adds its own.

    HOLDS_ROLE person -> organisation (with ``role``); MEMBER_OF person -> organisation
    (委员, 成员); LOCATED_IN organisation -> place; WITHIN place -> place (administrative
    parent); HAS_COUNT entity -> count; AUTHOR_OF person or office -> document;
    PUBLISHED outlet -> document; MENTIONED_IN entity -> document; CO_MENTIONED entity -> entity
    named in the same sentence (undirected: stored from the smaller id to the larger).
    """

    HOLDS_ROLE: ClassVar[RelationKind]
    MEMBER_OF: ClassVar[RelationKind]
    LOCATED_IN: ClassVar[RelationKind]
    WITHIN: ClassVar[RelationKind]
    HAS_COUNT: ClassVar[RelationKind]
    AUTHOR_OF: ClassVar[RelationKind]
    PUBLISHED: ClassVar[RelationKind]
    MENTIONED_IN: ClassVar[RelationKind]
    CO_MENTIONED: ClassVar[RelationKind]


for _value in ("HOLDS_ROLE", "MEMBER_OF", "LOCATED_IN", "WITHIN", "HAS_COUNT", "AUTHOR_OF", "PUBLISHED", "MENTIONED_IN",
               "CO_MENTIONED"):
    setattr(RelationKind, _value, RelationKind.define(_value))


class MentionSource(str, Enum):
    """Which built-in extractor (and which of its cues) made a mention.

    ``Mention.extractor`` holds one of these, or the registered name of a plug-in
    extractor; stages that treat sources differently compare with these members.
    """

    GAZETTEER = "gazetteer"
    DEIXIS = "deixis"
    COUNT_GRAMMAR = "count_grammar"
    ORG_SUFFIX = "org_suffix"
    RECOGNISER = "crf"
    PEOPLE_BYLINE = "people:byline"
    PEOPLE_REPORTER = "people:reporter"
    PEOPLE_LIST = "people:list"
    PEOPLE_AFTER_ROLE = "people:after_role"
    PEOPLE_BEFORE_ROLE = "people:before_role"
    PEOPLE_HEADLINE = "people:headline"
    PEOPLE_BORN = "people:born"
    #: A name between a verb of appointing and 为 (任命黄复生为…, 追封郭昌为…).
    PEOPLE_APPOINTED = "people:appointed"
    PEOPLE_JIEBA = "people:jieba_x"
    PEOPLE_SURNAME_JOIN = "people:surname_join"
    PEOPLE_REPEAT = "people:repeat"
    PEOPLE_LEXICON = "people:lexicon"
    PEOPLE_FOREIGN = "people:foreign"
    PEOPLE_LATIN = "people:latin"
    #: A transliterated name in jieba's dictionary (tag nrt) that speaks, holds a role or is coordinated with one.
    PEOPLE_TRANSLITERATED = "people:transliterated"
    #: A Chinese name in jieba's dictionary (tag nr: 白崇禧, 上官婉儿) opening a clause, before a verb.
    PEOPLE_DICTIONARY = "people:dictionary"
    #: A compound surname opening a clause and a given name jieba holds as a word, before a verb (令狐|建国|表示).
    PEOPLE_COMPOUND = "people:compound"
    #: A well-known person named by a form ``people_known.tsv`` lists (特朗普, 川普, 默克尔); ``canonical`` is the full name.
    PEOPLE_KNOWN = "people:known"
    #: A run of transliteration characters where the sentence puts a person (76人的|伊戈达拉|得到).
    PEOPLE_SLOT = "people:slot"
    #: A Japanese family name and its given name where the sentence puts a person (导演|是枝裕和).
    PEOPLE_JAPANESE = "people:japanese"
    #: A name after a credit's label and a colon (作词：林夕, 声优：悠木碧).
    PEOPLE_CREDIT = "people:credit"
    #: A handle that is a Chinese name (//@段钢:: :mod:`zhkg.extract.informal_people`).
    PEOPLE_HANDLE = "people:handle"
    #: A name written again right after itself (魏晨魏晨魏晨: :mod:`zhkg.extract.informal_people`).
    PEOPLE_CHANT = "people:chant"
    #: A name the recogniser missed whole before a role verb (钱海洋担任…: :mod:`zhkg.extract.role_frames`).
    PEOPLE_ROLE_FRAME = "people:role_frame"
    #: A given name alone where the document names the person in full (李厚林 … 厚林); ``canonical`` is the full name.
    PEOPLE_GIVEN = "people:given"
    #: A name listed between two people, set off by commas or 、 alone (秦艳凤，韦玮，覃朵莹).
    PEOPLE_BETWEEN = "people:between"
    #: A name listed beside a person, 、 between them (郝贵平、路小路: :mod:`zhkg.extract.list_mates`).
    PEOPLE_LIST_MATE = "people:list_mate"
    #: Two or three Tibetan or Mongolian name parts in a row (次仁|旺堆: :mod:`zhkg.extract.minority_names`).
    PEOPLE_MINORITY = "people:minority"
    ORG_LEXICON = "org_lexicon"
    ORG_LATIN = "org_latin"
    ORG_TEAM = "org_team"
    #: A name read as a person right before a player's position and the player (巴特勒的大四后卫 X): the team.
    ORG_OF_PLAYER = "org_of_player"
    #: A well-known body named without a generic ending (台积电, 港大, 民建联, 北约: ``organisations_known.tsv``).
    ORG_KNOWN = "org_known"
    ORG_OUTLET = "org_outlet"
    ORG_DEPARTMENT = "org_department"
    #: A government's unit named alone (历任|地政处长、工务处长, 在|教育局|考虑: :mod:`zhkg.extract.departments_alone`),
    #: an organisation of the entity layer that the relation readers do not see (:data:`HELD_FROM_RELATIONS`).
    ORG_DEPARTMENT_ALONE = "org_department_alone"
    #: A unit written right after its government, one organisation with it (县府|民政处, 台中市政府|民政局长:
    #: :mod:`zhkg.extract.government_units`), held from the relation readers as :attr:`ORG_DEPARTMENT_ALONE` is.
    ORG_GOVERNMENT_UNIT = "org_government_unit"
    #: A state's army or navy (日军, 瑞典军, 中国海军), a numbered or named fleet or army group (第三舰队), a
    #: ministry of a historic state (陆军省, 刑部).
    ORG_STATE_BODY = "org_state_body"
    #: A party, legislature, ministry, world body or school named by its kind (国民党, 立法院, 外交部, 联合国, 德爱中学).
    ORG_NAMED_KIND = "org_named_kind"
    #: A company named before its stock code in brackets (統一超（2912）, 恒盛地产(00845.HK)).
    ORG_STOCK_CODE = "org_stock_code"
    #: A listed company named by its stock short name where its context supports a company (台泥, 聯電:
    #: ``companies_listed.tsv``, :mod:`zhkg.extract.listed_companies`).
    ORG_STOCK_NAME = "org_stock_name"
    #: A stock short name beside the exchanges' trading marks: after a special-treatment mark (*ST白猫, the name
    #: without the mark) or with a share class letter (华侨城A): :mod:`zhkg.extract.stock_marks`.
    ORG_STOCK_MARK = "org_stock_mark"
    #: A maker named by its products: before a model code or a series (柯达Z950, 卡西欧的V系列), or beside 品牌.
    ORG_MAKER = "org_maker"
    #: A school by Taiwan's short heads (海山國小, 員林高中: :mod:`zhkg.extract.local_places`).
    ORG_SCHOOL = "org_school"
    #: A group named in 「」 right before an officer's title (「香港众志」秘书长: :mod:`zhkg.extract.hong_kong`).
    ORG_QUOTED = "org_quoted"
    #: A company named between a verb of taking a post and its officer's title (任|欣旺达|总经理:
    #: :mod:`zhkg.extract.body_spans`).
    ORG_BEFORE_TITLE = "org_before_title"
    #: An item of a list the text calls companies (中国铝业、宜华健康等5家公司: :mod:`zhkg.extract.company_lists`).
    ORG_LISTED = "org_listed"
    #: A name joined to an organisation by 、, 与 or 和 (复星、华谊: :mod:`zhkg.extract.company_lists`).
    ORG_COORDINATED = "org_coordinated"
    #: A short name before what only a company has (X公告称, X董事会, X旗下) or bought into (增持X股份, 持有X5%).
    ORG_CUED = "org_cued"
    #: Another occurrence of a company one of those readers found (:func:`zhkg.extract.company_lists.named_again`).
    ORG_AGAIN = "org_again"
    #: An organisation read without its trade, grown over it (宝钢|股份: :mod:`zhkg.extract.company_lists`).
    ORG_TRADE_TAIL = "org_trade_tail"
    #: A body named by its sentence's frame: a maker or host listed between 由 and 出品, 主办 … (由新丽传媒、嘉会文化
    #: 联合出品), or a body founded (赛为智能成立于1997年): :mod:`zhkg.extract.body_frames`.
    ORG_FRAME = "org_frame"
    #: A short form the document defines or abbreviates (以下简称X, 首规委); ``canonical`` is its full name.
    ALIAS = "alias"
    PLACE_LEXICON = "place_lexicon"
    #: A province the gazetteer does not hold, read from a governor's title or 省 (直隶总督, 奉天省长).
    PLACE_HISTORIC = "place:historic"
    #: A lake, river, stream, hot spring, reservoir or waterfall named by its head (滁河, 固城湖, 汤山温泉).
    PLACE_FEATURE = "place:feature"
    #: A village of Taiwan (里, 村) named right after its district or township (鳳山區五甲里, 光復鄉大進村).
    PLACE_VILLAGE_TW = "place:village_tw"
    #: A street, station or estate of Taiwan or Hong Kong named by its head (西屯區文心路三段, 九龍灣站, 瀝源邨).
    PLACE_LOCAL = "place:local"
    #: A venue or landmark of Taiwan, Hong Kong or Macau from ``place_landmarks.tsv`` (大巨蛋, 维港, 红馆): its span
    #: stands against the recogniser's, as a listed name's does.
    PLACE_LANDMARK = "place:landmark"
    #: A facility or zone the text names by its kind alone (托老院里有21位老人, 在大工业区建设10条道路), found by the
    #: count reader: the document's own one, so its node id carries the document's id (``org:托老院@doc:<id>``) and
    #: two articles' homes stay apart in a corpus graph (:mod:`zhkg.relate.count_facilities`).
    DOCUMENT_FACILITY = "relate:document_facility"

    def __str__(self) -> str:
        return str.__str__(self)  # the value (a str mix-in's own text), without the enum's ``value`` descriptor

    # hash as the plain string, so a member and its value are one key in a set or dict
    __hash__ = str.__hash__


#: The mentions an extractor gives the entity layer only: the relation readers do not see them, and each gets its
#: MENTIONED_IN edge alone (a bare unit as a role's body would join every county's 工务处; session 59's call 2).
HELD_FROM_RELATIONS = frozenset({MentionSource.ORG_DEPARTMENT_ALONE, MentionSource.ORG_GOVERNMENT_UNIT})


class Script(str, Enum):
    """Which Chinese script a text is written in."""

    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Document:
    """One article (or one related-news snippet) with its metadata.

    ``text`` is the original text exactly as read; every offset in the pipeline
    indexes it. ``date`` is ISO ``YYYY-MM-DD`` or empty, as :func:`~zhkg.stages.documents.parse_documents` writes
    it; a date it cannot read is kept as written in ``date_text``.
    """

    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    original_title: str = ""
    byline: str = ""
    signoff: str = ""
    signoff_date: str = ""
    parent_id: str = ""
    kind: str = "article"  # "article" | "related" | "text"
    metadata: tuple[tuple[str, str], ...] = ()
    #: the date as written when it does not read as one (12/05/2020: day or month first?); ``date`` is then empty
    date_text: str = ""
    #: the JSON type (``int``, ``float``, ``bool``, ``str``) of each ``metadata`` value a JSON line gave as a plain
    #: value; the graph keeps a column typed so (a JSON string "12" stays text, 12 a number)
    metadata_types: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Quantity:
    """The parsed content of a COUNT mention: 274个村 -> value 274, classifier 个, counted 村.

    ``counted`` is the head of the counted noun phrase, ``counted_full`` the phrase
    (6个机票比价网站: 网站, 机票比价网站).
    """

    value: float
    counted: str  # the thing counted, in the source script
    counted_simplified: str
    classifier: str = ""  # always Simplified, so classifiers group across scripts
    approximate: bool = False
    gloss: str = ""  # English gloss of the thing counted, when the lexicon knows it
    counted_full: str = ""  # the whole counted noun phrase, source script (机票比价网站 for head 网站)

    @property
    def display_value(self) -> str:
        v = int(self.value) if float(self.value).is_integer() else self.value
        return f"{v}{'+' if self.approximate else ''}"


@dataclass(frozen=True)
class Mention:
    """A span of a document recognised as an entity of some label.

    ``text`` is ``document.text[start:end]`` (the original script) and
    ``simplified`` the same span of the normalised text. ``canonical`` is the
    extractor's suggestion of a full Simplified name (平谷 -> 平谷区); resolution may
    refine it. ``code`` is an official division code for places.
    """

    doc_id: str
    start: int
    end: int
    text: str
    simplified: str
    label: Label
    extractor: str  # a MentionSource, or the registered name of a plug-in extractor
    canonical: str = ""
    code: str = ""
    quantity: Quantity | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def name(self) -> str:
        """The Simplified name the mention stands for: its ``canonical`` form, or the span as written.

        >>> Mention("d", 0, 2, "平谷", "平谷", Label.PLACE, "gazetteer", canonical="平谷区").name
        '平谷区'
        >>> Mention("d", 0, 3, "閆維洪", "闫维洪", Label.PERSON, "model").name
        '闫维洪'
        """
        return self.canonical or self.simplified

    def __hash__(self) -> int:
        # the hash dataclass would give, worked out once: mentions key the owner map and every reader's sets.
        # Kept out of pickles (:meth:`__getstate__`), as a string's hash differs from one process to the next.
        try:
            return self._hash  # an attribute, not ``__dict__["_hash"]``, which would make each mention a dict
        except AttributeError:
            value = hash((self.doc_id, self.start, self.end, self.text, self.simplified, self.label,
                          self.extractor, self.canonical, self.code, self.quantity))
            object.__setattr__(self, "_hash", value)
            return value

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    def renamed(self, canonical: str, code: str) -> Mention:
        """``dataclasses.replace(self, canonical=canonical, code=code)`` in half its time: the mention made from its
        fields directly, without ``replace``'s walk over ``fields()`` and keyword arguments (resolution renames every
        mention of a document). Not by copying ``__dict__``: that gives each mention a dict of its own, and every
        later attribute read of it takes twice as long.

        >>> m = Mention("d", 0, 2, "平谷", "平谷", Label.PLACE, "gazetteer")
        >>> m.renamed("平谷区", "110117") == replace(m, canonical="平谷区", code="110117")
        True
        """
        if type(self) is not Mention:
            return replace(self, canonical=canonical, code=code)
        return Mention(self.doc_id, self.start, self.end, self.text, self.simplified, self.label, self.extractor,
                       canonical, code, self.quantity)


@dataclass(frozen=True)
class Entity:
    """A real-world thing: mentions merged under one canonical (Simplified) name."""

    id: str
    label: Label
    name: str  # canonical, Simplified
    display: str  # canonical, in the script of the source
    aliases: tuple[str, ...] = ()  # every surface form seen, both scripts
    mentions: tuple[Mention, ...] = ()
    code: str = ""  # official division code (places)
    parent_code: str = ""
    quantity: Quantity | None = None
    doc_ids: tuple[str, ...] = ()
    merged_because: str = ""  # why mentions of several documents are one entity
    #: How many mentions and documents there are in all when ``mentions`` and ``doc_ids`` hold only the
    #: first ones (a run keeps a few: :data:`zhkg.stages.entity_groups.ENTITY_SAMPLE`); 0: their lengths.
    mention_count: int = 0
    document_count: int = 0

    @property
    def n_mentions(self) -> int:
        """How many times the entity is mentioned in all."""
        return self.mention_count or len(self.mentions)

    @property
    def n_documents(self) -> int:
        """In how many documents it is mentioned."""
        return self.document_count or len(self.doc_ids)


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: a document, its sentence, and a character span in it.

    ``start`` and ``end`` are offsets in the document's original text. ``sentence`` is the sentence holding
    them; one longer than :data:`zhkg.text.EVIDENCE_LIMIT` (200) characters is cut to that many around the span,
    at a clause mark where one is near, ``…`` marking each cut (:func:`zhkg.text.sentence_excerpt`).
    ``date`` is the document's date, ISO ``YYYY-MM-DD``, or empty when it is not known.
    """

    doc_id: str
    sentence: str
    start: int
    end: int
    date: str = ""


@dataclass(frozen=True)
class Relation:
    """A typed, directed edge between two entity ids with its evidence."""

    source: str
    target: str
    kind: RelationKind
    evidence: Evidence
    role: str = ""  # the role in the source script (黨組書記), for HOLDS_ROLE
    role_simplified: str = ""
    former: bool = False  # a role or membership held before (前市長, 原局长, 曾任…, 前尼克斯中锋), for HOLDS_ROLE and MEMBER_OF
    relation_zh: str = ""  # the source predicate of a learned relation (收购, 董事长)
    confidence: float | None = None  # a learned relation's probability; None for rule readers


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from a set of documents: what the graph is built from."""

    documents: tuple[Document, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = field(default=())
