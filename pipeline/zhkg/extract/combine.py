"""Combine rule-based and statistical mentions: who wins where they disagree, and why.

The recogniser (a CRF trained on People's Daily, CLUENER and Universal NER news and
Wikipedia) reads name boundaries better than the rules on general news: on the MSRA
development split it alone scores F1 0.92, the rules alone 0.39. The rules know what it cannot: official division
names and codes, a byline or a list closed by 等委员, the head words that make
a long government body's name. So the model leads, and the rules step in where
they have that evidence:

1. **Model spans first**, each checked by :func:`plausible` (no clause break
   inside, not an ordinary word on the place stoplist such as 两岸, not a place
   inside an idiom such as 重于泰山) and dropped when a person's span ends inside a
   role word (副主席任|片区长). A model span equal to a rule span takes the rule's
   mention, which carries the code.
2. **People**: a byline, reporter credit, list closed by a role (等委员) or a
   headline ``陈文成:`` fixes a name's span and wins over the model there. A name
   found after a role word wins only where the model has nothing; names found
   from characters alone are left to the model.
3. **Places**: where a model place covers two gazetteer places (广西南宁) or a
   gazetteer place plus a word jieba does not know (铜川|驻村), the gazetteer's
   places win. A model place inside an organisation name belongs to that name.
4. **Organisations**: a team (山东队), a Latin-script company name or a team's bare
   name fixes its span; a well-known body's name (台积电, 港大: ``organisations_known.tsv``) wins over a model
   person or place that overlaps it, and yields to a model organisation that holds it and no other rule
   organisation (民建联和公民党 is two), or that the rule organisations name only the ends of, one body by
   :func:`~zhkg.extract.org_run_ons.one_body` (联合国艾滋病规划署); a grammar name that extends a model name by head words
   (政协 -> 政协机关) or by a place in front (防控组 -> 平谷区…防控组) wins. A grammar
   name the model missed is added when a place starts it or its head names a
   particular body (人民日报, 中央气象台), not a generic one (金融公司). A model
   name right before a body's head word takes it (联合国|代表团, 国保|大队); a model
   name that runs a body and its unit together is cut back to the body when a title
   repeating the unit follows (国家发改委|中国小城镇试点处|处长: the role readers name
   the unit), never otherwise (天津分行行长, 研究室主任); a region's government is a
   body (香港特区|政府).
5. Coded places and deictic places (全区) the model missed are added; gazetteer
   places nested in organisation names stay beside them: they locate the body.
6. **Foreign people**: a transliterated name joined by · or - is one person, whatever
   the model cut; a model place or organisation that is a part of such a name in
   the document (邦戈 of 哈吉奥马尔·邦戈·翁丁巴), or a place the gazetteer does not
   know that speaks, meets or visits (奥巴马会见…) or that jieba's dictionary
   knows as a transliterated name (nrt: 默克尔), is a person; a model person
   joining two names with 和/与 (拜登和普京) is two. A model person right before a
   facility's head word names the facility (罗纳德·里根|大厦 is a building).
   A name found after a role word wins over a model person that starts with it
   and ends sooner (董事长|陈敏熏: the model drops a rare last character). A model
   person that reads a transliterated name whole, separator and all, past both ends of
   the part the character list found, wins (叶甫|根尼·普鲁|申科), less a last one-character
   verb (…申科|住在); X之弟 is X.
7. **Names coordinated inside a name**: an organisation cut at 和/与/及 takes back the
   nouns before it (社会保障部 -> 人力资源和社会保障部, 城乡建设部 -> 住房和城乡建设部)
   when what stands after the conjunction runs three characters or more into a
   ministry-like head (部, 厅, 局, 委员会, 学院 …) and nothing before the nouns joins them.
8. **Short forms the document defines**: a name followed by ``（以下简称X）``,
   ``（下称“X”）``, ``（简称X）`` or ``(X)`` with X an acronym or an abbreviation
   of it, and an abbreviation of a long organisation name that takes one character
   of each part ending in its head (人社部, 首规委 of 首都规划建设委员会), and a
   name less its head word that the document names alone (祁阳公安国保 of
   祁阳公安国保大队), become
   ``ALIAS`` mentions of that name wherever they occur (:func:`find_aliases`);
   resolution makes them one entity.
9. **Wikipedia's conventions**: a Latin-script original in brackets after a name is
   that name's alias, of its label (卡斯科奎姆河（Kuskokwim River）); after a title, a
   scientific name's cue (学名) or no name it is none. A model place that is a facility
   named by the places it holds stays one place (黄岩|路桥|机场).
10. **Names that are no one entity** are dropped (:func:`_drop_junk`): a country's universities (美国大学) or
   companies (美国公司, 法国企业; not 美国银行),
   an uncoded letter that is a piece of a name (奥|运, 拉|马库斯); an uncoded model place before a company's
   word is the company (中华企业).
11. **Bodies the wording names** (:func:`_bodies_in_context`): a model person before a title held only of a
   body and a person (鸿海董事长郭台铭), or followed elsewhere by 队/公司/集团 (尼克斯队), is that body across
   the document; a quoted short name before a title (台湾“中研院”院士), a meeting before its officer's title
   (俄罗斯安全会议秘书) and a company before its blog's bracket (五合国际(五合国际博客)的总经理) are bodies.
12. **Kinds of junk a corpus graph shows** (:mod:`zhkg.extract.junk`): a facility named like a person
   (程田古玩城), an appositive glued onto a body (新浪合资公司中国房产信息集团), a surname alone that names no one,
   a mail address, names inside a work's title, hyphen-joined names of a list, a foreign name cut before a
   one-letter surname (赛迪斯|-杨).

**Where the code is** (tidy66): this module keeps :func:`combine_mentions`, whose body is the order of the steps,
:func:`plausible` (rule 1) and the
smaller guards it calls. The helpers below were moved out word for word, by what they decide; every name this
module had is still importable from it:

- :mod:`zhkg.extract.dropped_names`: names that are no one entity (rule 10: 美国大学, 美国公司, 奥|运);
- :mod:`zhkg.extract.worded_bodies`: bodies the wording names (rule 11: 鸿海董事长郭台铭, 华夏、广发等公司);
- :mod:`zhkg.extract.places_in_names`: places inside names, a street, site or place after a place (rules 3, 5);
- :mod:`zhkg.extract.known_body_parts`: a known band, operator or line glued to its member, line or station;
- :mod:`zhkg.extract.person_edges`: where a person's name starts and ends (rules 2, 6);
- :mod:`zhkg.extract.body_ends`: where an organisation's name ends: heads, units, branches, coordinated names
  (rules 4, 7);
- :mod:`zhkg.extract.kind_by_neighbours`: a name's kind by the names beside it (lists, pairs, tiled places);
- :mod:`zhkg.extract.person_or_not`: whether a model name is a person (rule 6: 奥巴马会见…, 台风莫拉克).
- :mod:`zhkg.extract.defined_short_forms`: short forms the document defines or implies, read for
  :func:`find_aliases` (rule 8: 以下简称, 祁阳公安国保 of 祁阳公安国保大队);
- :mod:`zhkg.extract.alias_mentions` (tidy68): which short forms become ``ALIAS`` mentions, and where
  (:func:`find_aliases`, rule 8: 人社部 of 人力资源和社会保障部);
- :mod:`zhkg.extract.bracketed_originals` (tidy68): a Latin-script original in brackets after a name is that name
  again, or no name (陆斯佛得（William Rutherford）, 人工智能（AI）, 华山松（学名：…）);
- :mod:`zhkg.extract.people_cuts` (tidy68): where a model's person is cut or rejoined at the verbs, titles and
  objects around it (rules 2, 6: a foreign name after a verb, 致信|…, a person after a minister's title).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from zhkg.extract.alias_mentions import (  # noqa: F401 (moved here by tidy68; names tests and benches import)
    _ABBREVIATED_HEADS,
    _abbreviations,
    _cut_after,
    _positions,
    find_aliases,
)
from zhkg.extract.base import SpanIndex, TokenTable
from zhkg.extract.body_ends import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _BANK_BRANCH,
    _BODY_ENDS,
    _BODY_HEADS,
    _BRANCH_OWNERS,
    _BRANCHES,
    _CONJUNCT_TAGS,
    _COORDINATED_HEADS,
    _FIRM_ENDS,
    _FIRM_OFFICE,
    _LEGAL_FORM,
    _NAMED_HEADS,
    _NOT_BODIES,
    _NOT_IN_BRANCH,
    _NOUN_LIKE,
    _SHARED_HEAD_TITLES,
    _TRADITIONAL_HEADS,
    _UNITS,
    _extend_body_heads,
    _heads_longest_first,
    _heads_only,
    _join_branches,
    _join_coordinated_names,
    _named_head,
    _share_head_with_title,
    _split_unit,
)
from zhkg.extract.body_frames import read_body_frames
from zhkg.extract.body_spans import opens_with_named_body, school_unit, settle_body_spans
from zhkg.extract.bracketed_originals import (  # noqa: F401 (moved here by tidy68; names tests and benches import)
    _BRACKET_ORIGINAL,
    _LATIN_START,
    _NAME_LABELS,
    _SITE_MARKERS,
    _STATE_AFTER,
    _TITLE_CLOSE,
    _TITLE_OPEN,
    _bracketed_originals,
)
from zhkg.extract.compound_names import settle_compound_surnames
from zhkg.extract.credit_names import credit_names
from zhkg.extract.cut_people import people_cut_short
from zhkg.extract.defined_short_forms import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _ACRONYM,
    _CLAUSE_END,
    _CLOSE,
    _COINED_TAGS,
    _COMPANY_HEADS,
    _CONTRACTION_OPENING,
    _DEFINES,
    _DEGREE_ADVERBS,
    _LEVELS,
    _MATCH_WORDS,
    _NOT_COMPANY_LAST,
    _OPEN,
    _QUOTES,
    _SHORT_FORM,
    _THEN_ENGLISH,
    _abbreviates,
    _abbreviates_hong_kong,
    _body_heads_longest_first,
    _contracts_from_within,
    _defined_short_form,
    _qualified_short_forms,
    _recognised_short_names,
    _replace_clashes,
    _titled_people,
    _truncations,
    _word_across,
)
from zhkg.extract.document_names import (
    coordinated_people,
    people_not_pieces,
    people_not_places,
    settle_person_spans,
)
from zhkg.extract.dropped_names import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _BETWEEN_COUNTRIES_TAGS,
    _COMPANY_VERBS,
    _COMPANY_WORDS,
    _COUNTRY_KINDS,
    _DIVISION_ENDS,
    _KINDS_OF_COMPANY,
    _NAME_WORD_TAGS,
    _REGION_CODES,
    _WORLD_REGIONS,
    _acts_on_companies,
    _drop_junk,
    _letter_in_a_name,
    _listed_with_bodies,
    _one_letter_abbreviations,
)
from zhkg.extract.facility_short_names import facility_short_names
from zhkg.extract.foreign_parts import foreign_name_parts_alone
from zhkg.extract.generic_names import drop_generic_names
from zhkg.extract.glued_places import cut_continent_tails, split_glued_places
from zhkg.extract.history import settle_history_names
from zhkg.extract.home_words import home_words
from zhkg.extract.informal_people import informal_people
from zhkg.extract.japanese_names import japanese_names
from zhkg.extract.junk import drop_junk_kinds
from zhkg.extract.kind_by_neighbours import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _DIRECTIONS,
    _LOCATIVES,
    _PAIR_JOINERS,
    _PAIRED_REGIONS,
    _PEOPLE_WORD_ENDS,
    _covered,
    _cuts_next_place,
    _directions_before_places,
    _lists,
    _one_kind_per_list,
    _place_words_as_bodies,
    _places_after_set_places,
    _places_before_people_words,
    _places_paired_with_places,
    _tiled_by,
)
from zhkg.extract.known_body_parts import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _NOT_IN_MEMBER,
    _NOT_IN_STATION,
    _STATION_PARTS,
    _band_members,
    _operators_lines,
    _part_of,
    _stations_after_lines,
)
from zhkg.extract.landmarks import PLACE_KINDS
from zhkg.extract.latin_people import joined_names_not_bodies, latin_people, names_beside_latin, spaced_people
from zhkg.extract.list_mates import (
    families_not_people,
    last_items_across_he,
    list_mates,
    places_among_people,
    whole_list_items,
)
from zhkg.extract.makers import read_makers
from zhkg.extract.married_names import married_names_whole
from zhkg.extract.minority_names import minority_names
from zhkg.extract.name_runs import cut_long_people, settle_name_runs
from zhkg.extract.non_bodies import drop_non_bodies
from zhkg.extract.officers_in_bodies import officers_in_bodies
from zhkg.extract.org_edges import cut_outlet_columns, cut_wing_words, trim_organisation_edges, trim_term_heads
from zhkg.extract.org_run_ons import one_body
from zhkg.extract.organisations import (
    HOUSES,
    MATCH_VERBS,
    NOT_NAMES,
    abbreviated_body,
)
from zhkg.extract.paired_divisions import county_city_pairs
from zhkg.extract.party_caucuses import party_caucuses
from zhkg.extract.party_names import cut_party_words
from zhkg.extract.people import (
    _COORDINATORS,
    FOREIGN_SEPARATORS,
    NAMED_PLACES,
)
from zhkg.extract.people_cuts import (  # noqa: F401 (moved here by tidy68; names tests and benches import)
    _AUXILIARIES,
    _BODY_END,
    _BODY_THEN_SAID,
    _CLAUSE_VERBS,
    _KIN_AFTER_ZHI,
    _LETTER_VERBS,
    _MIN_GIVEN_RATE,
    _ONE_LETTER_NAME_TAGS,
    _PLACE_HEAD_ENDS,
    _PLACE_HEAD_TITLES,
    _TODAY_AFTER,
    _address_objects,
    _after_minister_titles,
    _after_place_head_titles,
    _cut_run_on_names,
    _cut_short,
    _foreign_starts,
    _names_before_place_titles,
    _rejoin_split_names,
    _runs_into_place,
    _split_at_verbs,
    _three_letter_name_supported,
)
from zhkg.extract.person_edges import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _ADDRESSES,
    _HEAD_RUN,
    _JAPANESE_TITLE,
    _LAST_PART,
    _NAME_RUN_ON,
    _NAME_TAGS,
    _NEVER_NAME_LAST,
    _TAIL_RUN,
    _TAIL_TAGS,
    _compound_surname_name,
    _drop_idiom_heads,
    _drop_trailing_separators,
    _drop_trailing_verbs,
    _in_dictionary_word,
    _joined_foreign_name,
    _last_part,
    _model_reads_whole,
    _name_before_title,
    _names_ending_in_he,
    _people_from_word_starts,
    _runs_on,
    _trim_name_tails,
    _without_last,
)
from zhkg.extract.person_or_not import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _BARE_PEOPLE,
    _BODY_LAST_LETTERS,
    _BORN_IN,
    _CLAUSE_BREAK,
    _FACILITY_TAIL_HEADS,
    _GLUED_BEFORE_PERSON,
    _MEETINGS,
    _NAMED_STATES,
    _PAIR_AFTER,
    _PEOPLE_JOINERS,
    _PERSON_ACTS,
    _PERSON_ONLY_AFTER,
    _SCHOOLS,
    _STORM_AFTER,
    _STORM_BEFORE,
    _SURE_PLAYERS,
    _TITLES_OF_LANDS,
    _TITLES_OF_SEES,
    _cut_facility_tail,
    _glued_before,
    _is_transliterated_name,
    _listed_with_person,
    _name_facilities,
    _people_listed_as_bodies,
    _people_that_are_not,
    _person_context,
    _retype_people,
    _royals,
    _set_as_place,
    _storm_names,
    _surname_pairs,
    people_named_again,
)
from zhkg.extract.place_groups import PLACE_GROUP_WORDS
from zhkg.extract.place_spans import settle_place_spans
from zhkg.extract.places_in_names import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _FACILITY_HEADS,
    _HAN_RUN,
    _LAND_HEADS,
    _LOCAL_SITE_HEADS,
    _LOWER_KINDS,
    _ROAD_LETTERS,
    _SITE_HEADS,
    _STATE_CODE,
    _STREET_HEADS,
    _STREET_LETTERS,
    _adds_lower_kind,
    _facility_of_places,
    _name_after,
    _nested_place,
    _oov_rest,
    _opening_chain,
    _place_after,
    _place_below,
    _rest_after_place,
    _site_after,
    _starts_at_place,
    _street_after,
    country_split_off,
)
from zhkg.extract.players import settle_players
from zhkg.extract.quoted_brands import read_quoted_brands
from zhkg.extract.regnal_names import regnal_names
from zhkg.extract.role_frames import recover_role_frame_people, settle_role_frame_names
from zhkg.extract.role_names import played_roles
from zhkg.extract.stations import stations_as_places
from zhkg.extract.surname_references import surnames_of_named_people
from zhkg.extract.team_places import fixture_sides, plays_abroad, plays_as_team, sport_document
from zhkg.extract.trade_names import coined_company, settle_trade_names
from zhkg.extract.transliterated import transliterated_people
from zhkg.extract.venues import venues_as_places
from zhkg.extract.worded_bodies import (  # noqa: F401 (moved here by tidy66; names tests and benches import)
    _BLOG_BRACKET,
    _BODY_AFTER,
    _BODY_LIST,
    _BODY_LIST_END,
    _BODY_LIST_WORD,
    _BODY_TITLES,
    _FUND_AFTER,
    _FUND_HOUSE_AFTER,
    _FUND_NEWS,
    _LIST_RUN,
    _MEETING_BODY,
    _NOT_AND,
    _PLACE_ENDINGS,
    _QUOTED_BODY,
    _bodies_in_context,
    _find_all,
    _followed_by_body,
    _people_listed_among_bodies,
)
from zhkg.records import Label, Mention, MentionSource
from zhkg.resources.gazetteer import is_country_code, load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.text import CLAUSE_BREAK, is_han
from zhkg.text import Span as _Span

__all__ = ["combine_mentions", "plausible", "find_aliases"]

# a name never spans a clause break or markup (quotes may stand inside one: “幸福工程”组委会)
_PUNCT = re.compile(r"[\s,，。、；;：:！!？?<>/=&{}|\\\[\]【】]")
_PARTY_GROUP_ROLES = ("书记", "副书记", "成员")
# a body's own organ before the rest of a title is part of the title (区政协党组|书记, 万科集团董事会|主席):
# the title's holder is the body before it
_ORGAN_TITLES = {"党组": _PARTY_GROUP_ROLES, "董事会": ("主席", "副主席", "秘书"), "董事局": ("主席", "副主席"),
                 "监事会": ("主席", "副主席"),
                 # a founding head: 民主党|创党主席, 中华总商会|创会会长 (the body ends before 创)
                 "创党": ("主席",), "创会": ("会长", "主席"), "创校": ("校长",)}
# who runs a school, written before its name and part of it (国立|清华大学, 私立|辅仁大学)
_OWNERSHIP = frozenset("国立 省立 市立 县立 州立 区立 都立 府立 道立 私立 公立".split())
_SPAN_PEOPLE = frozenset({MentionSource.PEOPLE_BYLINE, MentionSource.PEOPLE_REPORTER, MentionSource.PEOPLE_LIST,
                          MentionSource.PEOPLE_HEADLINE, MentionSource.PEOPLE_LEXICON, MentionSource.PEOPLE_FOREIGN,
                          MentionSource.PEOPLE_LATIN, MentionSource.PEOPLE_KNOWN})
_CONTEXT_PEOPLE = _SPAN_PEOPLE | {MentionSource.PEOPLE_AFTER_ROLE, MentionSource.PEOPLE_BEFORE_ROLE,
                                  MentionSource.PEOPLE_BORN, MentionSource.PEOPLE_APPOINTED}
# organisations whose evidence is their context, not their head word: Latin names, teams, a team's bare name
_SPAN_ORGS = frozenset({MentionSource.ORG_LATIN, MentionSource.ORG_TEAM, MentionSource.ORG_OUTLET, MentionSource.ALIAS,
                        MentionSource.ORG_DEPARTMENT, MentionSource.ORG_STATE_BODY, MentionSource.ORG_STOCK_CODE,
                        MentionSource.ORG_QUOTED})
# organisations whose span the model's person or place on it yields to
_NO_PERSON_ORGS = frozenset({MentionSource.ORG_TEAM, MentionSource.ORG_STOCK_CODE})
# organisations added where the model named nothing, but whose span yields to the model's (联合国|教科文组织)
_SURE_ORGS = _SPAN_ORGS | {MentionSource.ORG_LEXICON, MentionSource.ORG_NAMED_KIND, MentionSource.ORG_KNOWN,
                           MentionSource.ORG_SCHOOL}
# names from the user's own lists (people.txt, organisations.txt, places.txt): the user knows best; so does
# the table of well-known people (people_known.tsv): the model's place or body on 川普 yields to the person
_LISTED = frozenset({MentionSource.PEOPLE_LEXICON, MentionSource.ORG_LEXICON, MentionSource.PLACE_LEXICON,
                     MentionSource.PEOPLE_KNOWN})


def plausible(m: Mention, words: TokenTable | None = None, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a model span looks like a name of its label (rule 1 above).

    ``lexicon`` (its place stoplist) defaults to :func:`~zhkg.resources.lexicon.load_lexicon`.

    >>> from zhkg.records import Mention, Label
    >>> def span(text, label): return Mention("d", 0, len(text), text, text, label, "crf")
    >>> plausible(span("两岸", Label.PLACE)), plausible(span("美国", Label.PLACE)), plausible(span("长城", Label.PLACE))
    (False, True, True)
    >>> plausible(span("李克强,王", Label.PERSON)), plausible(span("“幸福工程”组委会", Label.ORGANIZATION))
    (False, True)
    >>> plausible(span("香港“韩流", Label.ORGANIZATION))
    False
    """
    text = m.simplified
    if _PUNCT.search(text.replace("·", "")):
        return False
    if any(text.count(a) != text.count(b) for a, b in _QUOTE_PAIRS):
        return False  # a quote opened and not closed: the name is inside it or after it (香港“韩流”DJ)
    if words is not None and _inside_idiom(m, words):
        return False
    if words is not None and _inside_thing(m, words, lexicon or load_lexicon()):
        return False
    if m.label is Label.PERSON:
        # a title alone is no person (恒瑞医药|董秘|刘笑含: the recogniser's PERSON 董秘); nor a place's people (陆客);
        # nor an everyday word people_stoplist.tsv lists (金属马赛克, 穿着的比基尼)
        lexicon = lexicon or load_lexicon()
        return _latin_plausible(text) and text not in lexicon.roles_by_first.get(text[:1], ()) \
            and text not in PLACE_GROUP_WORDS and text not in lexicon.not_people and not _surnamed(text, lexicon)
    if m.label is Label.ORGANIZATION:
        # the grammar's non-names, less the party the model finds by its context (他们怕共产党); a body
        # jieba joins to 员 is a member's title (共产党员, 会员), not the body
        # a member's title alone is no body either (立委, 常委, 主委: the recogniser's ORGANIZATION 立委)
        return text not in _MODEL_NOT_NAMES and not (words is not None and _member_noun(m, words)) \
            and text not in (lexicon or load_lexicon()).roles_by_first.get(text[:1], ())
    # the stoplist's ordinary words (两岸, 卡口) are no places; its landmarks (长城) and names may be
    return text not in (lexicon or load_lexicon()).stoplisted_words


_MODEL_NOT_NAMES = NOT_NAMES - {"共产党"}


def _surnamed(text: str, lexicon: Lexicon) -> bool:
    """Whether a person's span is a surname and 姓, as Taiwan news names whom it will not name (林姓男子, 王姓妇人,
    欧阳姓女子: "a man surnamed Lin"), perhaps with the noun after it.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> [_surnamed(t, load_lexicon()) for t in ("林姓", "张姓男子", "欧阳姓", "林姓名", "王姓林")]
    [True, True, True, False, False]
    """
    at = text.find("姓")
    return at in (1, 2) and text[:at] in lexicon.surnames and (
        len(text) == at + 1 or text[at + 1:] in _SURNAMED_NOUNS)


# who news calls by a surname and 姓 alone
_SURNAMED_NOUNS = frozenset({"男子", "女子", "妇人", "男童", "女童", "少年", "少女", "老翁", "老妇", "嫌犯", "男", "女",
                             "司机", "民众", "学生", "男生", "女生", "医师", "员工", "警员", "老师", "网友", "女星", "男星",
                             "夫妇"})
# Latin words glued to hanzi (第五张|Angelababy, 帅男|Alex, 杨子毅|IXUS200): the model ran a name into a
# word; one initial before a name (C罗, J.罗琳) is how news writes some names
_LATIN_GLUED = re.compile(r"[A-Za-z]{2}[\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")
_BRACKETS = re.compile(r"[()（）\[\]]")


def _latin_plausible(name: str) -> bool:
    """Whether a model person's Latin letters, if any, can be a personal name: capitalised words
    (Chris Bowen, JAMES FRANCO, JJ-希克森), not a lower-case word (safely, blog), an acronym of up to
    three capitals (CBN, AI; a gamer is LISA), letters glued to hanzi or a bracket (Birrell)).

    >>> [_latin_plausible(n) for n in ("Chris Bowen", "JJ-希克森", "C罗", "闫维洪", "blog", "CBN", "帅男Alex", "Birrell)")]
    [True, True, True, True, False, False, False, False]
    """
    if _BRACKETS.search(name):
        return False
    if not any("a" <= ch.lower() <= "z" for ch in name):
        return True
    if _LATIN_GLUED.search(name):
        return False
    latin = re.findall(r"[A-Za-z]+", name)
    if not latin[0][:1].isupper():
        return False
    return not (name.isascii() and len(latin) == 1 and latin[0].isupper() and len(latin[0]) <= 3)


_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("《", "》"), ("‘", "’"), ("『", "』"))


def _member_noun(m: Mention, table: TokenTable) -> bool:
    """Whether ``m`` and a 员 after it are one dictionary word (共产党|员: a member, not the party)."""
    k = table.token_of_char[m.start] if m.start < len(table.token_of_char) else -1
    if k < 0:
        return False
    word = table.words[k]
    return word.idx == m.start and word.end == m.end + 1 and word.text.endswith("员")


def _inside_idiom(m: Mention, table: TokenTable) -> bool:
    """A name inside a longer dictionary word refers to nothing by itself (重于泰山, 中华民族)."""
    k = table.token_of_char[m.start] if m.start < len(table.token_of_char) else -1
    if k < 0:
        return False
    word = table.words[k]
    inside = word.idx <= m.start and m.end <= word.end and (word.idx, word.end) != (m.start, m.end)
    # a place strictly inside a longer dictionary word that is no place name: 中华|民族, 重于|泰山; but a region
    # before the countries or areas in it is that region (拉美|国家, jieba's one word)
    return inside and len(word.text) >= 4 and word.tag in ("i", "l") \
        and not (word.idx == m.start and word.text[m.end - m.start:] in _REGION_PARTS)


_REGION_PARTS = frozenset({"国家", "各国", "诸国", "地区"})


def _inside_thing(m: Mention, table: TokenTable, lexicon: Lexicon) -> bool:
    """Whether a span lies in a word for a thing that holds a place's name (三明治, 大马哈鱼: ``place_stoplist.tsv``'s
    ``thing`` rows), which names no place, person or body, whole or in part (the recogniser's PERSON 三明治)."""
    if m.start >= len(table.token_of_char):
        return False
    k = table.token_of_char[m.start]
    if k < 0:
        return False
    word = table.words[k]
    return word.idx <= m.start and m.end <= word.end and word.text in lexicon.stoplisted_things


# verbs of joining, leaving and meeting a team or company, some of which jieba's dictionary tags as names (加盟: ns)
_JOINING_VERBS = frozenset("加盟 加入 效力 转会 签约 离开 投奔 击败 战胜 对阵 收购 入股 挖角".split())


def _drop_leading_verbs(model: list[Mention], organisations: list[Mention], table: TokenTable | None) -> list[Mention]:
    """A model organisation that opens with a verb before a name the document names alone is that name
    (加盟|凯尔特人 where 凯尔特人 stands by itself elsewhere): the verb is the clause's, not the name's."""
    if table is None:
        return model

    names = {m.simplified for m in model + organisations if m.label is Label.ORGANIZATION}
    out = []
    for m in model:
        word = table.words[table.token_of_char[m.start]] if m.start < len(table.token_of_char) else None
        if m.label is Label.ORGANIZATION and word is not None and word.idx == m.start \
                and (word.tag == "v" or word.text in _JOINING_VERBS) \
                and m.start < word.end <= m.end - 2 and m.simplified[word.end - m.start:] in names:
            cut = word.end - m.start
            m = replace(m, start=word.end, text=m.text[cut:], simplified=m.simplified[cut:], canonical="")
        out.append(m)
    return out


def _yield_to_longer_people(model: list[Mention], people: list[Mention]) -> list[Mention]:
    """A one-character model place where a rule reads a longer person from the same character is that
    person's (阿|来看见: the document's 阿来, not Arabia)."""
    starts: dict[int, int] = {}
    for p in people:
        if p.extractor in _BARE_PEOPLE:
            continue  # a name read from characters alone proves too little
        starts[p.start] = max(starts.get(p.start, p.end), p.end)
    return [m for m in model if not (m.label is Label.PLACE and m.end - m.start == 1 and starts.get(m.start, 0) > m.end)]


def _after_unclosed_quote(m: Mention, text: str) -> Mention:
    """A model name from before a quotation mark the source never closes in its clause starts after the mark
    (瑞典“Kaupthing中国基金|经理 is Kaupthing中国基金's); one the text closes later is left to :func:`plausible`
    (香港“韩流”DJ is no name)."""
    for opener, closer in _QUOTE_PAIRS:
        at = m.simplified.rfind(opener)
        if at < 0 or closer in m.simplified[at:]:
            continue
        clause_end = CLAUSE_BREAK.search(text, m.end)
        if closer in text[m.end:clause_end.start() if clause_end else len(text)] or len(m.simplified) - at - 1 < 2:
            return m

        cut = at + 1
        return replace(m, start=m.start + cut, text=m.text[cut:], simplified=m.simplified[cut:])
    return m


def _quoted_after_place(m: Mention, taiwan_spans: set[tuple[int, int]]) -> Mention:
    """A model organisation that is a place of Taiwan and a name in quotation marks closing it (台湾“中央银行”) is the
    quoted body alone: the mainland press sets the names of Taiwan's bodies in marks after the place (台湾“行政院”,
    台“教育部”), which locates the body and is no part of its name (the place stays a mention of its own). Elsewhere
    the marks quote a name, and the place and the name are one (德国“促进健康饮食协会”, as MSRA marks it)."""
    if m.label is not Label.ORGANIZATION or len(m.simplified) < 5:
        return m
    for opener, closer in _QUOTE_PAIRS[:2]:
        at = m.simplified.find(opener)
        if at < 1 or not m.simplified.endswith(closer) or m.simplified.count(opener) != 1 \
                or (m.start, m.start + at) not in taiwan_spans or len(m.simplified) - at - 2 < 2:
            continue
        return replace(m, start=m.start + at + 1, end=m.end - 1, text=m.text[at + 1:-1],
                       simplified=m.simplified[at + 1:-1], canonical="")
    return m


def _of_taiwan(p: Mention) -> bool:
    """Whether a place mention is Taiwan or one of its divisions (by its code: TW, TW-TPE …)."""
    return p.label is Label.PLACE and (p.code == "TW" or p.code.startswith("TW-"))


def _quoted_after(o: Mention, text: str, place_ends: set[int]) -> bool:
    """Whether a name stands whole in quotation marks right after a place of Taiwan (台湾“中央银行”): the place locates
    the body as one starting its name would (:func:`_quoted_after_place`)."""
    return o.start > 1 and o.start - 1 in place_ends and any(
        text[o.start - 1] == opener and text[o.end:o.end + 1] == closer for opener, closer in _QUOTE_PAIRS[:2])


# words praising a person that jieba holds as nouns, read with the place before them as a body (香港|金牌|编剧)
_PRAISE = frozenset({"金牌", "王牌", "资深", "知名", "著名", "顶级", "当红", "一线", "御用"})


def _one_rule_name(m: Mention, spans: SpanIndex, text: str, source: MentionSource) -> Mention | None:
    """The one rule name over the model's organisation ``m``, when it is the only one and ``source`` read it."""
    if m.label is not Label.ORGANIZATION or not text:
        return None
    inside = spans.overlapping(m)
    return inside[0] if len(inside) == 1 and inside[0].extractor == source else None


def _body_after_alias(m: Mention, spans: SpanIndex, text: str, lexicon: Lexicon) -> bool:
    """Whether the model's organisation ``m`` is a body whose name an alias (a short form of the alias table,
    全国人大) only opens: the one rule name of its span, starting where it starts, and the rest a unit's name
    ending in a body's head (全国人大|民族委员会, 全国人大常委会|法工委; not 全国人大|代表, nor a list 全国人大和政协).
    An ordinal session the model reads before the alias is the body's too, as it is before a full name
    (第九届|全国人大, 九届|全国政协|常委会, as 十一届全国人大常委会): the session names the body that sat then.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> a = Mention("d", 0, 4, "全国人大", "全国人大", Label.ORGANIZATION, MentionSource.ALIAS)
    >>> def model(name): return Mention("d", 0, len(name), name, name, Label.ORGANIZATION, "crf")
    >>> [_body_after_alias(model(n), SpanIndex([a]), n, load_lexicon()) for n in ("全国人大民族委员会", "全国人大代表")]
    [True, False]
    >>> t = "第九届全国人大"
    >>> b = Mention("d", 3, 7, t[3:], t[3:], Label.ORGANIZATION, MentionSource.ALIAS)
    >>> _body_after_alias(model(t), SpanIndex([b]), t, load_lexicon())
    True
    """
    a = _one_rule_name(m, spans, text, MentionSource.ALIAS)
    if a is None:
        return False
    rest = text[a.end:m.end]
    if a.start > m.start and _SESSION.fullmatch(text[m.start:a.start]):
        if not rest:
            return True
        m = replace(m, start=a.start)
    return (a.start == m.start and len(rest) >= 2 and not _ALIAS_REST_BREAK.search(rest)
            and (rest.endswith(_BODY_ENDS) or any(rest.endswith(h) for h in _BODY_HEADS)
                 or any(rest.endswith(h) for h in lexicon.org_suffixes)))


def _team_named_longer(m: Mention, spans: SpanIndex, text: str, people: SpanIndex | None = None,
                       table: TokenTable | None = None) -> bool:
    """Whether the model's organisation ``m`` is a team whose name the team rule read shorter: the one rule name
    of its span is a team ending where it ends, and what the model reads before it is the team's own words, no
    result verb, list or particle, no person read and no item of a list of people (加索尔、拜纳姆|黄蜂队) and
    no word jieba tags a verb, a time, an idiom or a phrase (交易截止日|网队) (尤他|爵士队, 首都儿|研所队,
    中国大学生东方|时代队: jieba's last word before 队 is not the whole name; 山东队力克河北队 holds two teams).

    >>> def m(s, e, name, source): return Mention("d", s, e, name, name, Label.ORGANIZATION, source)
    >>> t = "击败尤他爵士队"
    >>> team = m(4, 7, "爵士队", MentionSource.ORG_TEAM)
    >>> [_team_named_longer(m(s, 7, t[s:], "crf"), SpanIndex([team]), t) for s in (2, 0)]
    [True, False]
    """
    t = _one_rule_name(m, spans, text, MentionSource.ORG_TEAM)
    if t is None or not text.endswith("队", 0, t.end):
        return False  # (a club the teams table names, 曼联, fixes its span: 维拉利|曼联 are two clubs)
    before = text[m.start:t.start]
    if not (t.end == m.end and 0 < len(before) <= 8 and _TEAM_OWN_WORDS.fullmatch(before) is not None
            and not set(before) & _NOT_TEAM_WORDS and not any(v in before for v in MATCH_VERBS)):
        return False
    if people is not None and (any(p.start < t.start and m.start < p.end for p in people.overlapping(m))
                               or m.start > 1 and text[m.start - 1] in "、，," and any(
                p.end == m.start - 1 for p in people.overlapping(_Span(m.start - 2, m.start - 1)))):
        return False  # (a person, or the next item of a list of people: 加索尔、|拜纳姆黄蜂队)
    if table is None:
        return True
    words = (table.word_at(i) for i in range(m.start, t.end))
    return not any(w is not None and w.tag in _NOT_TEAM_TAGS for w in words)


# the words of a team's name before the rule's shorter name: Han letters and Latin ones, no particle, list or
# conjunction (北京的|国安队, 山东和|河北队 name no one team)
_TEAM_OWN_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]+")
_NOT_TEAM_WORDS = frozenset("的地得了着过和与及同跟或")
# jieba's tags of a word no team's name holds: verbs, times, idioms, set phrases (交易|截止日|网队)
_NOT_TEAM_TAGS = frozenset({"v", "vn", "vd", "t", "i", "l"})


# an ordinal session (第九届, 十一届, 第 12 届): the body that sat then, part of its name
_SESSION = re.compile(r"第?\s*[一二三四五六七八九十百零〇两\d]+\s*届")
# what after a short form makes the rest another name or none: a list, a conjunction, a clause break
_ALIAS_REST_BREAK = re.compile(r"[\s、，,和与及同跟]")


def _place_and_praise(m: Mention, coded_spans: set[tuple[int, int]]) -> bool:
    """Whether a model organisation is a coded place and a word of praise (香港金牌 of 香港金牌编剧岸西): a person's
    description, no body; the place stays."""
    return m.label is Label.ORGANIZATION and m.simplified[-2:] in _PRAISE and (m.start, m.end - 2) in coded_spans


def _drop_former_mark(m: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> Mention:
    """前 or 原 the model read as the first letter of a body whose title follows it is the title's mark of a post
    left (前|经济部长, 原|交通部长: 经济部, 交通部), when jieba cuts it off as a word of its own or the rest is a
    body the table knows (前卫|福部长: 卫福部)."""
    if m.label is not Label.ORGANIZATION or table is None or len(m.simplified) < 3 or m.simplified[0] not in "前原" \
            or m.start >= len(table.token_of_char):
        return m
    word = table.words[table.token_of_char[m.start]]
    if (word.end != m.start + 1 and m.simplified[1:] not in lexicon.known_organisations) \
            or not any(text.startswith(r, k) and k + len(r) > m.end for k in (m.end - 1, m.end)  # 部|长 shares 部
                       for r in lexicon.roles_by_first.get(text[k : k + 1], ())):
        return m
    return replace(m, start=m.start + 1, text=m.text[1:], simplified=m.simplified[1:], canonical="")


def _trim_role_heads(m: Mention, text: str, lexicon: Lexicon | None = None) -> Mention:
    """区政协党组|书记: 党组 before 书记 belongs to the role, as in the suffix grammar (and 董事会 before 主席); a role word closing a
    model's organisation is the role of the person after it (民进党|立委 林俊宪); and a party's 籍 before it
    says the person belongs to the party and is no part of its name (民進黨|籍立委, 国民党|籍)."""
    if m.label is not Label.ORGANIZATION:
        return m
    cut = 0
    organ = next((o for o in _ORGAN_TITLES if m.simplified.endswith(o)), "")
    if organ and text.startswith(_ORGAN_TITLES[organ], m.end):  # (a bare 党组 is left empty, and dropped)
        cut = len(organ)
    elif lexicon is not None:
        role = lexicon.role_ending(m.simplified, len(m.simplified), 2)  # leaving a name of two letters at least
        cut = len(role)
    if m.simplified[:len(m.simplified) - cut].endswith("党籍") and len(m.simplified) - cut > 3:
        cut += 1
    if not cut:
        return m

    return replace(m, end=m.end - cut, text=m.text[:-cut], simplified=m.simplified[:-cut])


def combine_mentions(
    places: list[Mention],
    organisations: list[Mention],
    people: list[Mention],
    model: list[Mention],
    text: str = "",
    *,
    table: TokenTable | None = None,
    lexicon: Lexicon | None = None,
    original: str = "",
) -> list[Mention]:
    """One list of PERSON, PLACE and ORGANIZATION mentions from rules and model, sorted by offset.

    ``text`` is the normalised document text; it lets model spans obey the
    grammar's guards (党组 before 书记 is part of the role 党组书记). ``lexicon``
    defaults to :func:`~zhkg.resources.lexicon.load_lexicon`. Names from a user's
    own lists win over the model's spans where they overlap. ``original`` is the
    document's original text: every mention's ``text`` is its span there.
    """
    lexicon = lexicon or load_lexicon()
    if text:
        people, model, organisations = (_storm_names(ms, text) for ms in (people, model, organisations))
        model = _directions_before_places(model, places)
    # a model person inside a school's name read by its short head goes (松竹|高中: extract/local_places.py)
    schools = SpanIndex(o for o in organisations if o.extractor == MentionSource.ORG_SCHOOL)
    if schools:
        model = [m for m in model if m.label is not Label.PERSON
                 or not any(o.start <= m.start and m.end <= o.end for o in schools.overlapping(m))]
    # a street, station or estate read by its head (extract/local_places.py) fixes its span: the model's span over
    # it goes (台北捷运板南线忠孝复兴站, 沙田沥源 PERSON), and the names beside it come from the rules (台北捷运, 沙田);
    # so does a model span cutting a Taiwan village (台南市永康区网|寮里)
    local = SpanIndex(p for p in places if p.extractor in (MentionSource.PLACE_LOCAL, MentionSource.PLACE_VILLAGE_TW))
    if local:
        model = [m for m in model if not any(p.extractor == MentionSource.PLACE_LOCAL
                                             or not (m.start <= p.start and p.end <= m.end)
                                             for p in local.overlapping(m))]
    # a company's legal form alone names none (腾讯控股|有限公司: the grammar's 有限公司 would make the model's
    # 腾讯控股有限公司 look like two bodies)
    organisations = [o for o in organisations if not _LEGAL_FORM.fullmatch(o.simplified)]
    coded_spans = {p.span for p in places if p.code}
    # a grammar name across a verb of one side meeting another is two names (肯塔基大学|对阵|康涅狄格大学)
    organisations = [o for o in organisations if o.extractor != MentionSource.ORG_SUFFIX
                     or not any(v in o.simplified for v in MATCH_VERBS)]
    model = _trim_name_tails(_drop_idiom_heads(_drop_trailing_verbs(model, lexicon, text, table), text), text, lexicon)
    model = _drop_trailing_separators(model, text)  # 关羽|•　豹头环眼: a list's bullet after the name
    # 来届|立法会, 第二场|立法会, 旅游界|立法会: no sitting or sector in a body's name
    model = trim_term_heads(model, text, table, original, lexicon.known_organisations)
    model = cut_outlet_columns(model)  # 山西晚报|·山河+讯: the outlet, not its column
    model = cut_wing_words(model, text, table, original)  # 保守派|联盟党: a side, no part of the name (intl153)
    model = cut_continent_tails(model, coded_spans)  # 香港|亚洲电影节: a coded place, then an event's continent
    model = _names_before_place_titles(_after_minister_titles(model, text), text, lexicon)
    model = _after_place_head_titles(model, text, lexicon)  # 嘉义县|长翁章梁|今(25)日 (review140)
    people = _after_minister_titles(people, text)
    model = settle_name_runs(model, text)  # 唐唐唐唐|秋云, 新民哈哈哈: no name repeats a letter thrice
    model = _places_before_people_words(_places_after_set_places(model, text, coded_spans), coded_spans, table)
    # a model organisation made of coded places alone is those places (台中市|中区, 济南市|市中区)
    tiles = sorted(coded_spans)
    model = [m for m in model if not (m.label is Label.ORGANIZATION and _tiled_by(m, tiles))
             and not _place_and_praise(m, coded_spans) and not _cuts_next_place(m, tiles)]
    model = _names_ending_in_he(model, text, lexicon)
    model = people_cut_short(model, text, lexicon)  # 童杭|时常 beside 童杭时，…; 苏|家乐 (a body) 获委任
    people = _names_ending_in_he(_trim_name_tails(people, text, lexicon), text, lexicon)
    model = _people_from_word_starts(model, people, table, lexicon)
    model = settle_compound_surnames(model, people, text, table, lexicon)  # 宇文|海洋说, 公|孙志强
    model = _royals(_retype_people(_split_coordinated(model), people, text, table, coded_spans, lexicon=lexicon),
                    text, coded_spans, lexicon.foreign_name_chars)
    model, people = _people_that_are_not(model, people, organisations, text)
    model = _place_words_as_bodies(_surname_pairs(model, people, lexicon, text), lexicon)
    model = officers_in_bodies(model, text, lexicon)  # 观塘警区刑事部|高裕民|督察: a body, an officer, a rank
    model = _leaders_after_countries(_bodies_before_titles(model, people, text, lexicon), places, text, lexicon)
    model = _envoys_postings(model, text, lexicon)
    model = _one_kind_per_list(model, text, coded_spans)
    model = _places_paired_with_places(model, text, {p.span: p.code for p in places if p.code},
                                       lambda name: [d.code for d in load_gazetteer(lexicon).candidates(name)])
    model = _people_listed_as_bodies(model, people, organisations, text, lexicon)
    model = _region_governments(_name_facilities(_rejoin_split_names(_cut_run_on_names(model), text), text,
                                                 lexicon.foreign_name_chars), text)
    model = _foreign_starts(_address_objects(_split_at_verbs(model, text, table), text, table), text, table, lexicon)
    model = [_share_head_with_title(_extend_body_heads(_split_unit(m, text, table, lexicon), text, table), text)
             for m in model]
    # a team's name fixes its span: the model's 山东队力克河北队 is two teams
    teams = SpanIndex(o for o in organisations if o.extractor in _SPAN_ORGS)
    team_people = SpanIndex(people + [m for m in model if m.label is Label.PERSON])
    # (and a team or a company before its stock code is no person: the model's 尼克斯, 雷霆, 仁宝(2324) PERSON yield)
    # (so is a Latin word the text says is a body, SuperDeluxe成立于, PechaKucha的创始人; two words may be a person's
    # name after a role, 部长Chris Bowen)
    # (but a country or a place before a Latin company's name is part of it, as MSRA and CLUENER mark it:
    # 日本NEC公司, 意大利CIFA公司)
    # (and the model's body that a short form from the alias table only opens is that body: 全国人大|民族委员会)
    model = [m for m in model if _body_after_alias(m, teams, text, lexicon) or _team_named_longer(m, teams, text, team_people, table)
             or all(t.span == m.span and (m.label is t.label or not (
        t.extractor in _NO_PERSON_ORGS or (t.extractor == MentionSource.ORG_LATIN and m.label is Label.PERSON
                                           and " " not in t.text and "\u00a0" not in t.text)))
                                     or _place_before_latin(m, t, coded_spans)
                                     for t in teams.overlapping(m))]
    # a well-known body's name (organisations_known.tsv) is no person or place: the model's 耶鲁 PERSON, 宜家
    # PLACE or 中华 PLACE of 中华电信 yields to it; a longer model name holding one is the longer name: a person
    # (周|清华), a place (马萨诸塞州|剑桥, 万科|公园), an organisation (台积电|南京厂), but one holding two
    # is two (民建联和公民党), unless it is one body the rule names sit at the ends of (联合国艾滋病规划署:
    # org_run_ons.one_body)
    known = SpanIndex(o for o in organisations if o.extractor == MentionSource.ORG_KNOWN)
    # nor is its very span a place: a university a sentence's cue reads under its town's name (哈佛、普林斯顿等名校,
    # 毕业于普林斯顿) is the university alone
    known_spans = {o.span for o in organisations if o.extractor == MentionSource.ORG_KNOWN}
    places = [p for p in places if p.span not in known_spans]
    gazetteer = load_gazetteer(lexicon)
    model = _band_members(_operators_lines(_stations_after_lines(
        model, known, text, lambda name: any(d.code.startswith(("TW", "HK", "MO")) for d in gazetteer.candidates(name))),
        known, text), known, text, lexicon)
    rule_orgs = SpanIndex(organisations)

    def one_name_inside(m: Mention) -> bool:
        """Whether the rule organisations inside ``m`` leave it one name: one of them, or an organisation they name
        the ends of (the general rule, :func:`~zhkg.extract.org_run_ons.one_body`)."""
        inner = rule_orgs.overlapping(m)
        return len(inner) < 2 or m.label is Label.ORGANIZATION and one_body(
            text, m.start, m.end, [o.span for o in inner], lexicon)

    def holds_known(m: Mention) -> bool:
        inner = known.overlapping(m)
        if not all(m.start <= k.start and k.end <= m.end and k.span != m.span for k in inner) \
                or not one_name_inside(m):
            return False
        if m.label is not Label.PERSON:
            return True
        # a person is a surname and the name (周|清华) or a transliterated name joined by a separator
        # (杰夫-麦当劳), not a run of words the model read as one (臧家宜请鸿海)
        rest = text[m.start:m.end] if text else m.simplified
        return any(sep in rest for sep in FOREIGN_SEPARATORS) or (
            len(inner) == 1 and inner[0].end == m.end and text[m.start:inner[0].start] in lexicon.surnames)

    held = [m for m in model if m.label is not Label.ORGANIZATION and known.overlaps(m) and holds_known(m)]
    organisations = [o for o in organisations if not any(m.start <= o.start and o.end <= m.end for m in held)
                     or o.extractor != MentionSource.ORG_KNOWN]
    model = [m for m in model if not known.overlaps(m) or holds_known(m)
             or (m.label is Label.ORGANIZATION and all(m.start <= k.start and k.end <= m.end
                                                       for k in known.overlapping(m)) and one_name_inside(m))]
    # a party glued to a house it sits in is two bodies: 民主党立法会议员 X is 民主党's, in 立法会 (国民党立法院党团,
    # the party's caucus, stays one)
    model = [m for m in model if not _party_and_house(m, rule_orgs)
             and not _headquarters(m, known, coded_spans, text)]
    # a well-known person inside a longer body the model reads is that body's name (奥巴马政府), and so is one inside
    # a place named after a person (肯尼迪航天中心, 毕加索故居)
    model_bodies = SpanIndex(m for m in model if m.label is Label.ORGANIZATION
                             or (m.label is Label.PLACE and m.simplified.endswith(_PLACES_AFTER_PEOPLE)))
    people = [p for p in people if p.extractor != MentionSource.PEOPLE_KNOWN
              or not any(o.start <= p.start and p.end <= o.end and o.span != p.span for o in model_bodies.overlapping(p))]
    listed = [r for r in places + organisations + people if r.extractor in _LISTED]
    listed_index = SpanIndex(listed)
    # a listed venue or landmark (大巨蛋, 西九文化区) stands against the model's pieces of it and spans across it, not
    # against a longer name holding it (垦丁国家公园管理处)
    landmark_index = SpanIndex(p for p in places if p.extractor == MentionSource.PLACE_LANDMARK)
    proposed = model
    model = _yield_to_longer_people(_drop_leading_verbs(model, organisations, table), people)
    model = _people_before_spaces(model, people)
    model = [_drop_former_mark(m, text, table, lexicon) for m in model]
    taiwan_spans = {p.span for p in places if _of_taiwan(p)}
    model = [m for m in (_trim_role_heads(_quoted_after_place(_after_unclosed_quote(m, text), taiwan_spans), text, lexicon)
                         for m in model)
             if m.end > m.start and plausible(m, table, lexicon=lexicon) and not _cuts_role(m, text, lexicon)
             and not listed_index.overlaps(m)
             and not any(not (m.start <= p.start and p.end <= m.end) or p.span == m.span
                         for p in landmark_index.overlapping(m))]
    coded = [p for p in places if p.code or p.extractor in (MentionSource.DEIXIS, MentionSource.PLACE_LEXICON,
                                                             MentionSource.PLACE_HISTORIC, MentionSource.PLACE_FEATURE,
                                                             MentionSource.PLACE_VILLAGE_TW, MentionSource.PLACE_LOCAL,
                                                             MentionSource.PLACE_LANDMARK)]
    model_index, coded_index, org_index = SpanIndex(model), SpanIndex(coded), SpanIndex(organisations)
    # the spans the model proposed and lost (no name: 阮洪良 福, across a space): the letters they took from a longer
    # rule name after them are that name's, and the model's organisation after them is cut (阮洪良 福|莱特玻璃集团)
    lost = _lost_spans(proposed, model)
    rule_by_span = {}
    for r in places + organisations + people:
        rule_by_span.setdefault((r.start, r.end, r.label), r)
    coded_starts = {p.start for p in coded}
    place_starts = coded_starts | {p.start for p in model if p.label is Label.PLACE}
    # a byline, a list or a headline fixes a name's span; after a role word the model reads the span better
    context = [p for p in people if p.extractor in _CONTEXT_PEOPLE
               and (p.extractor in _SPAN_PEOPLE or all(_cut_short(m, p, lexicon.foreign_name_chars) or _runs_into_place(m, p, coded_spans)
                                                       for m in model_index.overlapping(p)))
               and not _runs_on(p, model_index, text, lexicon.foreign_name_chars)
               and not _names_a_body(p, model_index, lexicon, text)]
    context_index = SpanIndex(context)
    kept: list[Mention] = list(context)
    kept_index = SpanIndex(context)

    def keep(m: Mention) -> None:
        kept.append(m)
        kept_index.add(m)

    sport = sport_document(text)
    model_places = {m.span for m in model if m.label is Label.PLACE}
    countries = {p.span for p in coded if is_country_code(p.code)}
    for m in model:
        if context_index.overlaps(m):
            continue  # a role word, byline or list says where the name is
        if m.label in (Label.PERSON, Label.ORGANIZATION) and any(
                p.code and p.end == m.end + 1 and text[m.end] in "市县"
                and _covered(m.start, p.start, coded_spans)
                for p in coded_index.overlapping(m)):
            # 基隆|市长, 亚特兰大|市长: the model read a city's name without its 市 as a person or a body (so too
            # after the places it lies in: 美国乔治亚州亚特兰大|市长)
            continue
        if m.label is Label.PLACE:
            inner = coded_index.overlapping(m)
            street = _street_after(m, inner, text) or _name_after(m, inner, text, lexicon) \
                or _place_below(m, inner, text)
            if street is not None and not any(kept_index.overlaps(p) for p in inner) \
                    and not kept_index.overlaps(street):
                for p in inner:
                    keep(p)
                keep(street)
                continue  # 上环海味街 is 上环 and its street 海味街; 加州圣塔克拉拉 is 加州 and 圣塔克拉拉
            if inner and not _facility_of_places(m, inner) and (
                    len(inner) > 1 or not all(m.start <= p.start and p.end <= m.end for p in inner)
                    or _oov_rest(m, inner[0], table) or _adds_lower_kind(m, inner[0])):
                for p in inner:
                    if not kept_index.overlaps(p):
                        keep(p)
                site = _site_after(m, inner, text)
                if site is not None and not kept_index.overlaps(site):
                    keep(site)  # 福州|左海公园: the city, then the park named after no place
                continue  # 广西南宁 is two places; 铜川驻村 is 铜川 and a verb; 平谷区镇(乡)村 is 平谷区
        if m.label is Label.ORGANIZATION:
            longer = [o for o in org_index.overlapping(m) if o.start <= m.start and m.end <= o.end and o.span != m.span
                      and (o.start == m.start or _starts_at_place(o, place_starts)
                           or text[o.start:m.start] in _OWNERSHIP or any(a < o.start < b == m.start for a, b in lost))
                      and (_heads_only(o.simplified[m.end - o.start:], lexicon)
                           or school_unit(m.simplified, o.simplified[m.end - o.start:]))
                      and not country_split_off(o, m, model_places, countries)]
            if longer:
                keep(longer[0])  # 平谷区…防控组 and 政协机关 whole, where the model has a part
                continue
        if m.label is Label.ORGANIZATION and any(
                p.end == m.end and p.extractor == MentionSource.PLACE_FEATURE
                or p.start > m.start and p.code and text.startswith(PLACE_KINDS, p.end) and text.endswith(
                    PLACE_KINDS, p.end, m.end) and m.end - p.end <= 4 for p in coded_index.overlapping(m)):
            for p in coded_index.overlapping(m):
                if m.start <= p.start and p.end <= m.end and not kept_index.overlaps(p):
                    keep(p)
            continue  # 江苏省苏州市周庄古镇, 香港尖沙咀商圈 end in a place named by its kind: their places, no body
        # a division name exactly where the model sees an organisation is the place (广州、深圳等)
        same_place = rule_by_span.get((m.start, m.end, Label.PLACE))
        # (but in a sentence of sport it is the team, the place kept beside it as for a club: 德国对丹麦的友谊赛;
        # extract/team_places.py; abroad a player's word or a sign of a match says sport too: 挪威前锋, 本轮)
        if m.label is Label.ORGANIZATION and same_place is not None and same_place.code \
                and not (sport and plays_as_team(m, text)) and not plays_abroad(m, same_place, text):
            keep(same_place)
            continue
        if m.label is Label.PERSON and any(p.extractor == MentionSource.PLACE_FEATURE and p.start == m.start < m.end < p.end
                                           and text.startswith(PLACE_KINDS, m.end) for p in coded_index.overlapping(m)):
            continue  # 杨梅|交流道: the model's person is the name of a place named by its kind
        if m.label is Label.PERSON and same_place is not None and same_place.extractor == MentionSource.PLACE_FEATURE:
            keep(same_place)
            continue  # 飞抵|曾文溪|口: a stream or mountain its context names, where the model read a person
        keep(rule_by_span.get((m.start, m.end, m.label), m))
    # rule mentions the model left alone: coded places, deixis, grammar organisations, names found again
    # an organisation the model missed counts when a place (or 区/市…) starts it, or its head stands alone
    coded_by_start: dict[int, list[Mention]] = {}
    for p in coded:
        coded_by_start.setdefault(p.start, []).append(p)
    taiwan_ends = {p.end for p in coded if _of_taiwan(p)}
    # (an owner's word before the place counts as the place: 国立|台湾大学, 市立|台北医院)
    sure_orgs = [o for o in organisations if (_starts_at_place(o, coded_starts) or _named_head(o.simplified, lexicon)
                                              or o.simplified[:2] in _OWNERSHIP and o.start + 2 in coded_starts
                                              or _quoted_after(o, text, taiwan_ends)
                                              or o.extractor in _SURE_ORGS or opens_with_named_body(o, table)
                                              or _abbreviates_before_role(o, text, table, lexicon)
                                              or coined_company(o, table))
                 and (o.extractor != MentionSource.ORG_SUFFIX or _names_one_body(o, text))
                 and not _country_government(o, coded_by_start, lexicon)]
    extra = coded + sure_orgs + [p for p in people if p.extractor not in _BARE_PEOPLE
                                 or _compound_surname_name(p, table, lexicon)]
    kept_ids = {id(k) for k in kept}
    for r in sorted(extra, key=lambda r: (r.start, -(r.end - r.start))):
        if id(r) in kept_ids or r in kept_index.overlapping(r):
            continue
        clashes = kept_index.overlapping(r)
        if not clashes or all(_nested_place(r, k) or _nested_place(k, r) for k in clashes):
            keep(r)
            kept_ids.add(id(r))
    out: list[Mention] = []
    out_index = SpanIndex()
    for m in sorted(kept, key=lambda m: (-(m.end - m.start), m.start)):
        if any(not _nested_place(m, o) and not _nested_place(o, m) for o in out_index.overlapping(m)):
            continue
        out.append(m)
        out_index.add(m)
    # a model place inside an organisation name is part of that name (地球 in 地球与环境学院); so is any place
    # right after 附属 in it, the affiliated body's own name (复旦大学附属|中山|医院, 交通大学医学院附属|瑞金|医院)
    out = [m for m in out if not ((m.extractor == MentionSource.RECOGNISER or text[m.start - 2:m.start] == _AFFILIATED)
                                  and m.label is Label.PLACE
                                  and any(_nested_place(m, o) for o in out_index.overlapping(m) if o is not m))]
    # a person's name that fills a title is the work's (《孟子》, 《哈利·波特》): a book, play or film
    out = [m for m in out if not (m.label is Label.PERSON and m.start > 0 and text[m.start - 1] in _TITLE_OPEN
                                  and text[m.end:m.end + 1] in _TITLE_CLOSE and m.end > m.start)]
    out = drop_junk_kinds(out, text, lexicon, original=original, table=table)
    out = venues_as_places(out, text, lexicon.role_words)  # 深圳会展中心 is a place, not a body
    out = stations_as_places(out, text, lexicon.role_words)  # 北京站, 济南火车站, 首都机场: places, not bodies
    out = _bodies_in_context(_drop_junk(out, text, lexicon, original, table), text, lexicon, original)
    out = read_makers(out, text, table, lexicon, original) if table is not None else out  # 柯达Z950, 卡西欧的V系列, SONY品牌: makers by their products
    out = read_quoted_brands(out, text, table, original)  # “安的”、“富达”等品牌: quoted names the text calls brands
    out = trim_organisation_edges(out, text, table, original)  # 商家|红星美凯龙: no dealer's word in a name
    out = _share_codes(out)
    out = settle_body_spans(out, text, table, original)  # 新纶科技（香港）有限公司, 9月|华油…, 任|欣旺达|总经理
    out = settle_trade_names(out, text, table, original)  # 银润传媒|董事长, 兰州军区|84564部队
    out = read_body_frames(out, text, table, original)  # 由新丽传媒、嘉会文化联合出品; 赛为智能成立于1997年
    out = drop_generic_names(out, text, lexicon.known_organisations)  # 财务部, 技术中心, CBD: no particular body
    out = drop_non_bodies(out, text, lexicon, table)  # 华安强债基金, 麻省理工和耶鲁, 晨报(讯): no named body
    out = split_glued_places(out, text, lexicon)  # 华盛顿|美国特勤局: a place, then a body opening with another
    out = _bracketed_originals(out, text, original)
    out = _join_coordinated_names(_join_branches(out, text, original), text, table, original)
    out = settle_person_spans(out, text, lexicon)  # 林柏宏|聊, 长|孙|朴秀贤, 宋芸桦|邱泽: as the document reads them
    out = people_not_places(out, text)  # 马龙 of 杰森-马龙 is no 马龙区
    out = coordinated_people(out, text, lexicon, table)  # X和许以翔, 许以翔 written again: a person
    out = people_not_pieces(out, text)  # 美國總統川普 … 與川|普通電話: no place 川
    out = transliterated_people(out, text, table, lexicon, original)  # 76人的伊戈达拉, 香农-布朗, JJ希克森
    out = japanese_names(out, text, table, lexicon, original)  # 茂木敏|充, 导演|是枝裕和
    out = foreign_name_parts_alone(out, text, table, lexicon, original)  # 安吉丽娜|朱莉, 苏菲玛索 … 玛索说
    out = regnal_names(out, text, lexicon, original)  # 爱德华|七世
    out = credit_names(out, text, original)  # 作词：林夕, 导演：新田真三
    doc_id = next((m.doc_id for group in (places, organisations, people, model) for m in group), "")
    out = played_roles(out, text, table, lexicon, original, doc_id)  # 黄奕饰演的秋瑾, 成龙扮演孙中山
    out = latin_people(out, text, lexicon, original, doc_id)  # 造型师Rachel Zoe说, Leighton|Meester
    out = names_beside_latin(out, text, table, lexicon, original, doc_id)  # Jeremy Tam谭文豪: both the person
    out = spaced_people(out, text, table, lexicon, original, doc_id)  # 希拉里 达芙, 卡尔 拉格斐
    out = joined_names_not_bodies(out, text, lexicon)  # 维多利亚-嘉丝蒂 is no organisation
    out = settle_players(out, text, table, lexicon, original)  # 小奥尼尔, no 联盟杯, 五月天成员石头, 合景泰富地产
    out = fixture_sides(out, text)  # 罗马vs佛罗伦萨: the sides of a fixture are teams, the places kept beside them
    out = settle_place_spans(out, text)  # no 东经120度, 中山路|12号, 往|西北
    out = home_words(out, text, original, table)  # 内地 (China), 本港 (Hong Kong) in Hong Kong's and Taiwan's news
    out = cut_party_words(out, text, lexicon, original)  # 时代力量|党主席: the party's name has no 党
    out = settle_history_names(out, text)  # no person 乾隆 in 乾隆二年
    out = cut_long_people(out, text, table, lexicon)  # 熊欣欣|回国, 张宇|橡树湾
    out = settle_role_frame_names(out, text, lexicon)  # 李明现|为 → 李明, 陈其|迈出任 → 陈其迈
    out = recover_role_frame_people(out, text, lexicon, doc_id)  # 钱海洋担任…, 齐向东现任…: missed whole
    out = whole_list_items(families_not_people(out, lexicon), text, lexicon)  # 常宝|华、: the item whole
    out = minority_names(out, text, table, lexicon, doc_id)  # 次仁|旺堆, 呼日勒|苏赫: one Tibetan or Mongolian name
    out = married_names_whole(out, text, table, lexicon)  # 周梁淑|怡: a married woman's name whole
    out = places_among_people(out, text, lexicon)  # 胡启立、江华、黄火青: the general, not 江华县
    out = list_mates(out, text, lexicon, doc_id, original)  # 郝贵平、路小路; no person 杨家
    out = last_items_across_he(out, text, lexicon, original)  # …、曾峻|岳和林|诗翔: 曾峻岳, 林诗翔 (orgs160)
    out = _people_listed_among_bodies(out, text)  # 广发、工银瑞信、鹏华、南方: no person 鹏华
    out = informal_people(out, text, table, lexicon, original, doc_id)  # //@段钢:, 魏晨魏晨, 李厚林 … 厚林
    # 事发时|英卓华, 祝贺|梅尔茨, 英卓华 read once as a body (intl153)
    out = people_named_again(out, text, original, lexicon.compound_surnames)
    out = county_city_pairs(out, lambda name: bool(load_gazetteer(lexicon).lookup(name)))  # 新竹县市: 新竹县; no body 县市府
    out = surnames_of_named_people(out, text, lexicon)  # 卢、蒋|二人, 祝福|卢|美国行: the document's 卢秀燕, 蒋万安
    out = facility_short_names(out, lexicon)  # 启德 of 启德体育园 alone: the place, no person
    out = party_caucuses(out, text, original)  # 国民党团|总召: the caucus, no party
    out = find_aliases(out, text, original=original, lexicon=lexicon)
    out = _named_with_company_word(out)
    if original:
        # a span a rule grew or moved is written as the document writes it (證券及期貨…, never 证券及期貨…)
        out = [m if m.text == original[m.start:m.end] else replace(m, text=original[m.start:m.end]) for m in out]
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))


def _share_codes(mentions: list[Mention]) -> list[Mention]:
    """A model place the gazetteer left uncoded where it stands (a headline's 到大陆访问) takes the code and
    canonical name the gazetteer gives the same name elsewhere in the document: one name, one place. So does
    a region's name as a special administrative region (澳门特区, 香港特别行政区: Macau, Hong Kong)."""

    coded = {m.simplified: m for m in mentions if m.label is Label.PLACE and m.code}
    out = []
    for m in mentions:
        if m.label is Label.PLACE and not m.code and m.extractor == MentionSource.RECOGNISER:
            name = next((m.simplified[:-len(s)] for s in _REGION_SUFFIXES if m.simplified.endswith(s)), m.simplified)
            if name in coded:
                m = replace(m, code=coded[name].code, canonical=coded[name].canonical)
        out.append(m)
    return out


_REGION_SUFFIXES = ("特别行政区", "特区")


def _names_a_body(person: Mention, model_index: SpanIndex, lexicon: Lexicon, text: str = "") -> bool:
    """Whether a transliterated name stands inside a model organisation that ends in a head word after it
    (英国|迪洛伊特·塔奇|咨询集团), or inside a model place named after a person (萨姆·休斯敦|堡): the name is the
    body's or the place's, and the model's span stands."""
    if person.extractor != MentionSource.PEOPLE_FOREIGN:
        return False
    if _firm_listed_with_firms(person, model_index, text):
        return True
    return any(m.start <= person.start and person.end < m.end and (
        (m.label is Label.ORGANIZATION and m.simplified.endswith(_heads_longest_first(lexicon)))
        or (m.label is Label.PLACE and m.simplified.endswith(_PLACES_AFTER_PEOPLE)))
        for m in model_index.overlapping(person))


def _firm_listed_with_firms(person: Mention, model_index: SpanIndex, text: str) -> bool:
    """Whether the model reads a transliterated name's very span as an organisation and a model organisation is
    listed right beside it by 、, 和, 与 or 及 (威廉·希尔、bet365; 摩根·斯坦利、美林集团): a firm named after a person,
    listed with its peers; a list of people (约翰·史密斯、玛丽·史密斯) has the model's people beside it.

    >>> t = "威廉·希尔、bet365开出赔率"
    >>> def org(s, e): return Mention("d", s, e, t[s:e], t[s:e], Label.ORGANIZATION, "crf")
    >>> person = Mention("d", 0, 5, t[:5], t[:5], Label.PERSON, MentionSource.PEOPLE_FOREIGN)
    >>> _firm_listed_with_firms(person, SpanIndex([org(0, 5), org(6, 12)]), t), _firm_listed_with_firms(person, SpanIndex([org(0, 5)]), t)
    (True, False)
    """
    if not any(m.span == person.span and m.label is Label.ORGANIZATION for m in model_index.overlapping(person)):
        return False
    after = replace(person, start=person.end + 1, end=person.end + 2)
    before = replace(person, start=max(0, person.start - 2), end=max(0, person.start - 1))
    return (text[person.end:person.end + 1] in _LIST_JOINERS and person.end < len(text)
            and any(m.label is Label.ORGANIZATION and m.start == person.end + 1 for m in model_index.overlapping(after))) \
        or (person.start > 1 and text[person.start - 1] in _LIST_JOINERS
            and any(m.label is Label.ORGANIZATION and m.end == person.start - 1 for m in model_index.overlapping(before)))


_LIST_JOINERS = frozenset("、和与及")


# what ends a place named after a person: its kinds (大厦, 中心, 公园 …), a former home (故居) and a fort (堡: Fort Sam
# Houston, 萨姆·休斯敦堡)
_PLACES_AFTER_PEOPLE = tuple(sorted(NAMED_PLACES | {"故居", "堡"}))


def _abbreviates_before_role(o: Mention, text: str, table: TokenTable | None, lexicon: Lexicon) -> bool:
    """Whether a grammar organisation is one dictionary word abbreviating a body before a role (消基会|总干事)."""
    if table is None or o.start >= len(table.token_of_char) or table.token_of_char[o.start] < 0:
        return False
    word = table.words[table.token_of_char[o.start]]
    return (word.idx, word.end) == (o.start, o.end) and abbreviated_body(word, text, lexicon)


# what after a country names its government
_GOVERNMENTS = frozenset({"政府", "当局", "联邦政府"})


def _country_government(o: Mention, places: Mapping[int, list[Mention]], lexicon: Lexicon) -> bool:
    """Whether a grammar organisation is a country and 政府/当局 (中国政府, 日本当局): People's Daily,
    Universal NER and this project's own article gold name the country there, not a body; a local
    people's government (南昌市政府, 平谷区政府) stays an organisation, as the seed's gold has it.
    ``places``: the document's places by where they start (looked up, not scanned: a long document)."""
    if o.extractor != MentionSource.ORG_SUFFIX:
        return False
    from zhkg.resources.gazetteer import load_gazetteer

    for p in places.get(o.start, ()):
        if p.code and o.simplified[p.end - p.start:] in _GOVERNMENTS:
            division = load_gazetteer(lexicon).get(p.code)
            return division is not None and (division.level == 0 or _authorities_of_place(o, p))
    return False


def _authorities_of_place(o: Mention, place: Mention) -> bool:
    """Whether a grammar organisation is a place of any level and 当局 (基辅当局, 加沙当局): MSRA and Universal NER train
    mark the place and leave 当局 out (29 of 29), and the web set's gold names the place (intl153); a place's 政府
    stays a body."""
    return o.simplified[place.end - place.start:] == "当局"


# a number of bodies (美国三大汽车公司, 两家银行) is a description, no name
_COUNTED_BODIES = re.compile(r"[一二两三四五六七八九十几数多\d]+[大家个所]")


def _names_one_body(o: Mention, text: str) -> bool:
    """Whether a grammar organisation the model missed names one body: no count of bodies inside it
    (日本三大证券公司), and not the start of a title it does not close (《中华人民共和国村民委员会|组织法》)."""
    if _COUNTED_BODIES.search(o.simplified):
        return False
    opened, closed = text.rfind("《", 0, o.start), text.rfind("》", 0, o.start)
    if opened > closed:  # inside a title: the body must end it
        return text[o.end:o.end + 1] in ("》", "")
    return True


def _region_governments(model: list[Mention], text: str) -> list[Mention]:
    """A model place ending a region (香港特区) right before 政府 is the region's government, a body; so is a
    one-character place right before 府 (港府, 澳府)."""

    out = []
    for m in model:
        if m.label is Label.PLACE and len(m.simplified) == 1 and text.startswith("府", m.end):
            m = replace(m, end=m.end + 1, text=m.text + text[m.end], simplified=text[m.start:m.end + 1],
                        label=Label.ORGANIZATION, code="", canonical="")
        elif m.label is Label.PLACE and m.simplified.endswith(("特区", "特别行政区")) and len(m.simplified) > 2 \
                and text.startswith("政府", m.end):
            end = m.end + 2
            m = replace(m, end=end, text=m.text + text[m.end:end], simplified=text[m.start:end],
                        label=Label.ORGANIZATION, code="", canonical="")
        out.append(m)
    return out


#: Houses a party's members sit in, and any other chamber (上议院) a model name may glue to a party.
_HOUSES = HOUSES + ("议院",)


def _bodies_before_titles(model: list[Mention], people: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation run on over a title into the person the rules found after it ends before the title
    (中芯国际联席CEO赵海军 -> 中芯国际, 联席 a part of the title), or is dropped when nothing is left."""
    after_role = SpanIndex(p for p in people if p.extractor == MentionSource.PEOPLE_AFTER_ROLE)
    out = []
    for m in model:
        if m.label is Label.ORGANIZATION:
            inner = [p for p in after_role.overlapping(m) if m.start < p.start and p.end == m.end]
            role = lexicon.role_ending(text, inner[0].start, m.start) if inner else ""
            if role:
                end = inner[0].start - len(role)
                while text[m.start:end].endswith(_TITLE_QUALIFIERS):
                    end -= next(len(q) for q in _TITLE_QUALIFIERS if text[m.start:end].endswith(q))
                if end - m.start < 2:
                    continue
                m = replace(m, end=end, text=m.text[:end - m.start], simplified=text[m.start:end], canonical="")
        out.append(m)
    return out


def _leaders_after_countries(model: list[Mention], places: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation that is a country, a title its state's government holds and a transliterated name
    (立陶宛|总统|瑙塞达, 拉脱维亚|外长|布拉热) names no body: it is the person after the title, as 立陶宛总统 alone
    is no body either. Only a country's name opens it (a place coded by its ISO code), only a title of a place's
    government follows (roles.tsv's "place" rows: 总统, 总理, 首相, 外长), and the name after it is two letters or
    more, each a letter of transliterated names or a separator (瑙塞达, 穆罕默德·本·萨勒曼); a body's name
    after a title (美国总统府, 日本首相官邸) keeps letters no such name has.

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "立陶宛总统瑙塞达与拉脱维亚总统举行会谈。"
    >>> org = Mention("d", 0, 8, text[:8], text[:8], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> lt = Mention("d", 0, 3, "立陶宛", "立陶宛", Label.PLACE, MentionSource.GAZETTEER, code="LT")
    >>> [(m.simplified, m.label.value) for m in _leaders_after_countries([org], [lt], text, load_lexicon())]
    [('瑙塞达', 'PERSON')]
    """
    countries = {p.start: p for p in places if p.label is Label.PLACE and is_country_code(p.code)}
    if not countries:
        return model
    name_letters = lexicon.foreign_name_chars
    out = []
    for m in model:
        country = countries.get(m.start) if m.label is Label.ORGANIZATION else None
        if country is not None and country.end < m.end:
            at = country.end
            role = next((r for r in lexicon.roles_by_first.get(text[at], ()) if r in lexicon.place_roles
                         and text.startswith(r, at, m.end)), "")
            start = at + len(role)
            name = text[start:m.end]
            if role and len(name) >= 2 and name[0] in name_letters and name[-1] in name_letters \
                    and all(ch in name_letters or ch in FOREIGN_SEPARATORS for ch in name):
                m = replace(m, start=start, text=m.text[start - m.start:], simplified=name, label=Label.PERSON,
                            canonical="")
        out.append(m)
    return out


def _place_role_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a title a place's government holds (roles.tsv's "place" rows: 大使, 总领事) starts at ``at``."""
    return any(r in lexicon.place_roles and text.startswith(r, at) for r in lexicon.roles_by_first.get(text[at], ()))


def _name_follows(text: str, at: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the title at ``at`` is followed, before ``end``, by two letters or more opening with a surname's,
    a Japanese family name's or a transliterated name's letter (总领事|金晓, 大使|沃尔兹; not 大使|馆), or by two or
    three Han letters holding no organisation's head word (总领事|赤松, a family name no list holds; not 大使|馆)."""
    role = next(r for r in lexicon.roles_by_first[text[at]] if text.startswith(r, at))
    rest = text[at + len(role):end]
    return len(rest) >= 2 and (rest[0] in lexicon.surnames or rest[0] in lexicon.foreign_name_chars
                               or rest[:2] in lexicon.japanese_surnames
                               or len(rest) <= 3 and all(map(is_han, rest))
                               and not any(rest[i:j] in lexicon.org_suffixes
                                           for i in range(len(rest)) for j in range(i + 1, len(rest) + 1)))


def _envoys_postings(model: list[Mention], text: str, lexicon: Lexicon) -> list[Mention]:
    """A model organisation of a state, 驻 and where its envoy is posted, right before the envoy's title (美国驻联合国|
    大使, 日本驻上海|总领事), names no body: it is the first half of the title, whose holder is the person after it.
    So is one running on over the title into a name (美国驻上海|总领事|金晓). A mission's own name keeps its head (英国驻乌克兰大使馆,
    驻港部队), even with a post in it after it (美国驻华大使馆|副领事).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> text = "美国驻联合国大使沃尔兹发言。美国驻联合国代表团发表声明。"
    >>> envoy = Mention("d", 0, 6, text[:6], text[:6], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> mission = Mention("d", 14, 23, text[14:23], text[14:23], Label.ORGANIZATION, MentionSource.RECOGNISER)
    >>> [m.simplified for m in _envoys_postings([envoy, mission], text, load_lexicon())]
    ['美国驻联合国代表团']
    """
    if "驻" not in text:
        return model
    out = []
    for m in model:
        at = m.simplified.find("驻") if m.label is Label.ORGANIZATION and not m.simplified.endswith(_MISSIONS) else -1
        if 0 < at < len(m.simplified) - 1 and any(
                _place_role_at(text, i, lexicon) and (i == m.end or _name_follows(text, i, m.end, lexicon))
                for i in range(m.start + at + 2, min(m.end + 1, len(text)))):
            continue
        out.append(m)
    return out


#: How a mission's own name ends: 美国驻华大使馆|副领事 is the embassy and a post in it, not an envoy's title.
_MISSIONS = ("使馆", "领事馆", "代表处", "代表团", "办事处", "部队", "使团")
# words before a title that qualify it (联席CEO, 常务副总裁, 代理董事长), not the body's name
_TITLE_QUALIFIERS = ("联席", "首席", "常务", "执行", "代理", "名誉", "新任", "前任", "副")


def _headquarters(m: Mention, known: SpanIndex, coded_spans: set[tuple[int, int]], text: str) -> bool:
    """Whether a model organisation is a well-known body, a place and 总部 (比亚迪|深圳|总部): the body itself
    and the place where it is, not a body of its own. Without a place, 联合国总部 stays the headquarters' name
    (MSRA tags it so)."""
    if m.label is not Label.ORGANIZATION or not text.startswith(_HEADQUARTERS, m.end - 2):
        return False
    return any(k.start == m.start and (k.end, m.end - 2) in coded_spans for k in known.overlapping(m))


_HEADQUARTERS = "总部"


def _named_with_company_word(mentions: list[Mention]) -> list[Mention]:
    """An organisation written as a short name the document defines and 公司 (远洋中广装饰公司, where a bracket defines
    远洋中广装饰 for 北京远洋中广建筑装饰工程有限公司) is that body: an ``ALIAS`` of its full name. A legal name (…有限公司)
    stays its own; a name and its 公司 written alone (宝马, 宝马公司) are left to resolution, which joins them."""
    bodies: dict[str, str] = {}
    for m in mentions:
        if m.label is Label.ORGANIZATION:
            bodies.setdefault(m.simplified, m.canonical or m.simplified)
    out = []
    for m in mentions:
        name = m.simplified[:-len(_COMPANY_WORD)]
        if m.label is Label.ORGANIZATION and m.simplified.endswith(_COMPANY_WORD) and len(name) >= 2 \
                and not m.simplified.endswith(_LEGAL_ENDINGS) and bodies.get(name, name) != name:
            m = replace(m, canonical=bodies[name], extractor=MentionSource.ALIAS)
        out.append(m)
    return out


_COMPANY_WORD = "公司"
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份公司")


def _lost_spans(proposed: list[Mention], kept: list[Mention]) -> list[tuple[int, int]]:
    """The spans of ``proposed`` that ``kept`` holds no longer, of any label.

    >>> m = lambda s, e: Mention("d", s, e, "", "", Label.PERSON, "crf")
    >>> _lost_spans([m(0, 5), m(6, 8)], [m(0, 3), m(6, 8)])
    [(0, 5)]
    """
    spans = {k.span for k in kept}
    return [p.span for p in proposed if p.span not in spans]


def _people_before_spaces(model: list[Mention], people: list[Mention]) -> list[Mention]:
    """The model's people run over a space into one letter of the next word (a caption's ``阮洪良 福|莱特玻璃集团``)
    cut back to the rules' person before the space; a span across a space is no name (:func:`plausible`), so the
    person was lost with it.

    >>> per = lambda s, e, t, src: Mention("d", s, e, t, t, Label.PERSON, src)
    >>> [m.text for m in _people_before_spaces([per(0, 5, "阮洪良 福", "crf")], [per(0, 3, "阮洪良", "people:jieba_x")])]
    ['阮洪良']
    >>> [m.text for m in _people_before_spaces([per(0, 6, "希拉里 达芙", "crf")], [per(0, 3, "希拉里", "people:jieba_x")])]
    ['希拉里 达芙']
    """
    by_span = {p.span: p for p in people}
    out = []
    for m in model:
        cut = m.text.find(" ")
        if m.label is Label.PERSON and cut > 0 and len(m.text) - cut == 2 and (m.start, m.start + cut) in by_span:
            m = by_span[(m.start, m.start + cut)]
        out.append(m)
    return out


def _place_before_latin(m: Mention, t: Mention, coded_spans: set[tuple[int, int]]) -> bool:
    """Whether the model's organisation ``m`` is a coded place and then the Latin company ``t`` named with its kind
    (日本|NEC公司; not 北京|CBD, a district).

    >>> org = lambda s, e, t, src: Mention("d", s, e, t, t, Label.ORGANIZATION, src)
    >>> _place_before_latin(org(0, 7, "日本NEC公司", "crf"), org(2, 7, "NEC公司", MentionSource.ORG_LATIN), {(0, 2)})
    True
    >>> _place_before_latin(org(0, 5, "北京CBD", "crf"), org(2, 5, "CBD", MentionSource.ORG_LATIN), {(0, 2)})
    False
    """
    return (m.label is Label.ORGANIZATION and t.extractor == MentionSource.ORG_LATIN and m.end == t.end
            and m.start < t.start and (m.start, t.start) in coded_spans and is_han(t.simplified[-1:]))


def _party_and_house(m: Mention, rule_orgs: SpanIndex) -> bool:
    """Whether a model organisation is exactly a party and a house the rules read back to back (民主党|立法会)."""
    if m.label is not Label.ORGANIZATION:
        return False
    inner = sorted((o for o in rule_orgs.overlapping(m) if m.start <= o.start and o.end <= m.end), key=lambda o: o.start)
    return (len(inner) == 2 and inner[0].start == m.start and inner[0].end == inner[1].start
            and inner[1].end == m.end and inner[0].simplified.endswith("党") and inner[1].simplified.endswith(_HOUSES))


def _split_coordinated(model: list[Mention]) -> list[Mention]:
    """A model person ``X和Y`` with two names of two or more characters is two people (拜登和普京)."""

    out = []
    for m in model:
        cut = next((i for i, ch in enumerate(m.simplified) if ch in _COORDINATORS), -1)
        if m.label is not Label.PERSON or not 2 <= cut <= len(m.simplified) - 3:
            out.append(m)
            continue
        out.append(replace(m, end=m.start + cut, text=m.text[:cut], simplified=m.simplified[:cut]))
        out.append(replace(m, start=m.start + cut + 1, text=m.text[cut + 1:], simplified=m.simplified[cut + 1:]))
    return out


def _cuts_role(m: Mention, text: str, lexicon: Lexicon) -> bool:
    """Whether a person's span ends inside a role word (副主席任|片区长: 片区长 is the role)."""
    if m.label is not Label.PERSON or not text:
        return False
    by_first = _roles_by_first(lexicon)
    return any(text.startswith(role, i) and i + len(role) > m.end
               for i in range(m.start + 1, m.end) for role in by_first.get(text[i], ()))


@lru_cache(maxsize=4)
def _roles_by_first(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Role words by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for role in lexicon.role_words:
        out.setdefault(role[0], []).append(role)
    return {first: tuple(roles) for first, roles in out.items()}


_AFFILIATED = "附属"
