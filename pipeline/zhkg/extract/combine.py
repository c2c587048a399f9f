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
smaller guards it calls. The helpers below were moved out word for word, by what they decide; since tidy185 this
module imports only what it runs and exports :func:`combine_mentions`, :func:`plausible` and :func:`find_aliases`
(callers import every other name from the module that defines it):

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
  objects around it (rules 2, 6: a foreign name after a verb, 致信|…, a person after a minister's title);
- :mod:`zhkg.extract.model_spans` (tidy168): :func:`plausible` and the model spans cut or dropped before the rules'
  names are weighed (rules 1, 2, 6: 加盟|凯尔特人, 台湾“中央银行”, 拜登和普京, 副主席任|片区长);
- :mod:`zhkg.extract.model_bodies` (tidy168): the model's organisation against the rule names over it (rule 4:
  全国人大|民族委员会, 香港金牌, 前|经济部长, 民主党|立法会);
- :mod:`zhkg.extract.governments` (tidy168): states and regions in names, their codes, governments, leaders and
  envoys (rules 4, 5: 中国政府, 香港特区|政府, 立陶宛|总统|瑙塞达, 美国驻联合国|大使);
- :mod:`zhkg.extract.merged_names` (tidy185): the passes over the merged list, in order, once the model's names and
  the rules' are weighed (rules 7 to 12 and the later ones: junk, bodies, people, places, aliases last).
"""

from __future__ import annotations

from dataclasses import replace

from zhkg.extract.alias_mentions import find_aliases
from zhkg.extract.body_ends import (
    _LEGAL_FORM,
    _extend_body_heads,
    _heads_only,
    _named_head,
    _share_head_with_title,
    _split_unit,
)
from zhkg.extract.body_spans import opens_with_named_body, school_unit
from zhkg.extract.bracketed_originals import _TITLE_CLOSE, _TITLE_OPEN
from zhkg.extract.compound_names import settle_compound_surnames
from zhkg.extract.cut_people import people_cut_short
from zhkg.extract.foreign_names import FOREIGN_SEPARATORS
from zhkg.extract.glued_places import cut_continent_tails, cut_route_tails
from zhkg.extract.governments import (
    _country_government,
    _envoys_postings,
    _leaders_after_countries,
    _region_governments,
)
from zhkg.extract.hong_kong import split_area_runs
from zhkg.extract.inner_units import (
    cut_body_tails,
    cut_inner_units,
    people_offices,
    split_county_units,
    split_police_units,
)
from zhkg.extract.kind_by_neighbours import (
    _covered,
    _cuts_next_place,
    _directions_before_places,
    _one_kind_per_list,
    _place_words_as_bodies,
    _places_after_set_places,
    _places_before_people_words,
    _places_paired_with_places,
    _tiled_by,
)
from zhkg.extract.known_body_parts import _band_members, _operators_lines, _stations_after_lines
from zhkg.extract.landmarks import PLACE_KINDS
from zhkg.extract.merged_names import settle_merged_names
from zhkg.extract.model_bodies import (
    _PLACES_AFTER_PEOPLE,
    _abbreviates_before_role,
    _bodies_before_titles,
    _body_after_alias,
    _drop_former_mark,
    _grown_to_clause_start,
    _headquarters,
    _names_a_body,
    _names_one_body,
    _party_and_house,
    _place_and_praise,
    _place_before_latin,
    _team_named_longer,
    _trim_role_heads,
)
from zhkg.extract.model_spans import (
    _after_unclosed_quote,
    _cuts_role,
    _drop_leading_verbs,
    _lost_spans,
    _of_taiwan,
    _people_before_spaces,
    _quoted_after,
    _quoted_after_place,
    _split_coordinated,
    _yield_to_longer_people,
    plausible,
    titled_portfolio,
)
from zhkg.extract.name_runs import settle_name_runs
from zhkg.extract.officers_in_bodies import officers_in_bodies
from zhkg.extract.org_edges import (
    cut_caucus_terms,
    cut_constituency_heads,
    cut_member_tails,
    cut_outlet_columns,
    cut_wing_words,
    trim_term_heads,
)
from zhkg.extract.org_run_ons import one_body
from zhkg.extract.people_cuts import (
    _address_objects,
    _after_king_titles,
    _after_minister_titles,
    _after_place_head_titles,
    _cut_run_on_names,
    _cut_short,
    _foreign_starts,
    _names_before_place_titles,
    _rare_last_letters,
    _rejoin_split_names,
    _runs_into_place,
    _split_at_verbs,
    cut_before_posts,
)
from zhkg.extract.person_edges import (
    _compound_surname_name,
    _drop_idiom_heads,
    _drop_trailing_separators,
    _drop_trailing_verbs,
    _names_ending_in_he,
    _people_from_word_starts,
    _runs_on,
    _trim_name_tails,
)
from zhkg.extract.person_or_not import (
    _BARE_PEOPLE,
    _bordering_places,
    _brands_read_as_people,
    _name_facilities,
    _offices_read_as_people,
    _people_listed_as_bodies,
    _people_that_are_not,
    _retype_people,
    _royals,
    _storm_names,
    _surname_pairs,
    factions_and_party_pairs,
    guesses_named_as_bodies,
)
from zhkg.extract.places_in_names import (
    _adds_lower_kind,
    _facility_of_places,
    _name_after,
    _nested_place,
    _oov_rest,
    _place_below,
    _site_after,
    _starts_at_place,
    _street_after,
    country_split_off,
)
from zhkg.extract.team_places import plays_abroad, plays_as_team, sport_document
from zhkg.extract.teams import MATCH_VERBS
from zhkg.extract.trade_names import coined_company
from zhkg.extract.vouched_people import guessed_again, vouched_people
from zhkg.records import HELD_FROM_RELATIONS, Label, Mention, MentionSource, Script
from zhkg.resources.gazetteer import is_country_code, load_gazetteer
from zhkg.resources.lexicon import Lexicon, load_lexicon
from zhkg.stages.normalise import detect_script
from zhkg.stages.segment import TokenTable
from zhkg.text import SpanIndex

__all__ = ["combine_mentions", "plausible", "find_aliases"]

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
    # the entity layer's own names (a bare 工务处) take no span from the others, the model's least of all: a model's
    # 行政处 the relation readers see is no held one (orgs285); each stands where nothing else is named, at the end
    entity_only = [o for o in organisations if o.extractor in HELD_FROM_RELATIONS]
    organisations = [o for o in organisations if o.extractor not in HELD_FROM_RELATIONS] if entity_only else organisations
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
    model = cut_before_posts(model, text, lexicon)  # 陈健|会接掌, 民协|黄国明|会出掌: no post in a name
    model = _drop_trailing_separators(model, text)  # 关羽|•　豹头环眼: a list's bullet after the name
    # 来届|立法会, 第二场|立法会, 旅游界|立法会: no sitting or sector in a body's name
    model = trim_term_heads(model, text, table, original, lexicon.known_organisations)
    # 港岛东|立法会议员: a constituency elects to the house and is no part of its name (places212)
    model = cut_constituency_heads(model, places, lexicon.known_organisations)

    def codes_of(name: str) -> list[str]:
        return [d.code for d in load_gazetteer(lexicon).candidates(name)]

    model = split_area_runs(model, codes_of)  # 屯门元朗, 大埔宏福苑: two places of Hong Kong (places219)
    model = cut_outlet_columns(model)  # 山西晚报|·山河+讯: the outlet, not its column
    model = cut_member_tails(model)  # 民进党团|干部: the body, not its members
    # 政治大学|政治学系, 桃园市警局|中坜分局|普仁派出所, 国资委|官网: the body, not its unit, website or team (orgs234)
    model, organisations = people_offices(cut_body_tails(split_police_units(model), [p.span for p in places if p.code]),
                                          people, organisations)  # 安华|办公室: the person
    organisations = split_county_units(split_police_units(organisations))
    # (Taiwan's and Hong Kong's news only: not People's Daily's 北京大学中文系, in either script)
    if original and detect_script(original) is Script.TRADITIONAL and any(p.code.startswith(_TW_HK) for p in places):
        model, organisations = cut_inner_units(model, text), cut_inner_units(organisations, text)
    model = cut_caucus_terms(model)  # 民众党团|新任党团, 立法院|朝野党团: the party or the house, not a sitting's caucus
    model = cut_wing_words(model, text, table, original)  # 保守派|联盟党: a side, no part of the name (intl153)
    model = cut_continent_tails(model, coded_spans)  # 香港|亚洲电影节: a coded place, then an event's continent
    model = cut_route_tails(model)  # 北极|航线: the route is no place (uner288)
    model = _names_before_place_titles(_after_minister_titles(model, text), text, lexicon)
    model = _after_place_head_titles(model, text, lexicon)  # 嘉义县|长翁章梁|今(25)日 (review140)
    model = _after_king_titles(model, text)  # 胜投王|威能帝, 封王|魔术数字 (people298)
    people = _after_minister_titles(people, text)
    model = settle_name_runs(model, text)  # 唐唐唐唐|秋云, 新民哈哈哈: no name repeats a letter thrice
    model = _places_before_people_words(_places_after_set_places(model, text, coded_spans), coded_spans, table)
    # a model organisation made of coded places alone is those places (台中市|中区, 济南市|市中区)
    tiles = sorted(coded_spans)
    model = [m for m in model if not (m.label is Label.ORGANIZATION and _tiled_by(m, tiles))
             and not _place_and_praise(m, coded_spans) and not _cuts_next_place(m, tiles)]
    model = _names_ending_in_he(model, text, lexicon)
    model = people_cut_short(model, text, lexicon)  # 童杭|时常 beside 童杭时，…; 苏|家乐 (a body) 获委任
    people = _names_ending_in_he(_trim_name_tails(cut_before_posts(people, text, lexicon), text, lexicon), text, lexicon)
    model = _people_from_word_starts(model, people, table, lexicon)
    model = settle_compound_surnames(model, people, text, table, lexicon)  # 宇文|海洋说, 公|孙志强
    model = _royals(_retype_people(_split_coordinated(model), people, text, table, coded_spans, lexicon=lexicon),
                    text, coded_spans, lexicon.foreign_name_chars)
    model = _bordering_places(model, text)  # 东邻湘潭，…，西毗|邵东: the place after a bearing and 邻/接/毗
    model = _offices_read_as_people(model)  # 郑办, 林保署: an office, an agency (people298)
    model = _brands_read_as_people(model, text)  # 华帝、方太等厨电品牌: brands, not people (people301)
    model, people = _people_that_are_not(model, people, organisations, text)
    model = _place_words_as_bodies(_surname_pairs(model, people, lexicon, text), lexicon)
    model = officers_in_bodies(model, text, lexicon)  # 观塘警区刑事部|高裕民|督察: a body, an officer, a rank
    model = _leaders_after_countries(_bodies_before_titles(model, people, text, lexicon), places, text, lexicon)
    model = _envoys_postings(model, text, lexicon)
    model = _one_kind_per_list(model, text, coded_spans)
    model = _places_paired_with_places(model, text, {p.span: p.code for p in places if p.code}, codes_of)
    model = _people_listed_as_bodies(model, people, organisations, text, lexicon)
    model = _rare_last_letters(_rejoin_split_names(_cut_run_on_names(model), text), text, lexicon)
    model = _region_governments(_name_facilities(model, text, lexicon.foreign_name_chars), text)
    model = _foreign_starts(_address_objects(_split_at_verbs(model, text, table), text, table), text, table, lexicon)
    model = [_share_head_with_title(_extend_body_heads(_split_unit(m, text, table, lexicon), text, table), text)
             for m in model]
    model = split_county_units(model)  # (县府财政|处 grown by its head: 县府|财政处)
    # 警队员|佐级协会, 辖下电讯|规管事务咨询委员会: the grammar's field before the model's body, from a clause's start
    model = _grown_to_clause_start(model, organisations, text, table, original)
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
    model = _yield_to_longer_people(_drop_leading_verbs(model, organisations, table, lexicon, text), people)
    model = _people_before_spaces(model, people)
    # (a body over a title, its bracketed portfolio and the holder's name is none: 副校长（策略规划）区启明与厂商会)
    model = [_drop_former_mark(m, text, table, lexicon) for m in model
             if not titled_portfolio(m, lexicon, text)]
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
    # a name only guessed from its letters (jieba's word, a surname join) written again right before a body's or a
    # place's last letter is a guess there too (卫福|部 … 前卫福|部次长); a guess the recogniser left unread stands
    # where the words around vouch for a person: a list joins it to a person, a personal title follows (people298)
    sure_names = {p.simplified for p in people
                  if p.extractor not in _BARE_PEOPLE and p.extractor != MentionSource.PEOPLE_REPEAT}
    guessed = [p for p in people if p.extractor in _BARE_PEOPLE and not _compound_surname_name(p, table, lexicon)
               or guessed_again(p, sure_names, text)]
    guessed_ids = {id(p) for p in guessed}
    sure_people = [p for p in people if id(p) not in guessed_ids]
    guesses = [p for p in guessed if not kept_index.overlaps(p)]
    vouched = vouched_people(guesses, kept + sure_people, model, text) if guesses else []
    extra = coded + sure_orgs + sure_people + vouched
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
    for m in entity_only:
        if not out_index.overlaps(m):
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
    # 安倍派成员: the faction; 自维两党: two parties; a brand a list of brands holds, whichever reader found it
    # (华帝、方太等厨电品牌: jieba's guesses the list vouched for; people301)
    out = guesses_named_as_bodies(_brands_read_as_people(factions_and_party_pairs(out, text), text))
    doc_id = next((m.doc_id for group in (places, organisations, people, model) for m in group), "")
    out = settle_merged_names(out, text, table, lexicon, original, doc_id)
    if original:
        # a span a rule grew or moved is written as the document writes it (證券及期貨…, never 证券及期貨…)
        out = [m if m.text == original[m.start:m.end] else replace(m, text=original[m.start:m.end]) for m in out]
    return sorted(out, key=lambda m: (m.start, m.end, m.label.value))


_AFFILIATED = "附属"
# division codes of Taiwan, Hong Kong and Macau: a document naming one is their news (orgs234's unit cut)
_TW_HK = ("TW", "HK", "MO")
