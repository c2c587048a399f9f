"""The passes over the merged names: what each later rule settles once the model's and the rules' names are one list.

Scope
-----
:func:`~zhkg.extract.combine.combine_mentions` weighs the model's names against the rules' and keeps one list; then
:func:`settle_merged_names` runs the passes below over it, in this order (tidy185 moved the calls word for word out
of ``combine_mentions``; each pass is defined in the module named beside it):

* kinds of junk and bodies (rules 10 to 12): :func:`~zhkg.extract.junk.drop_junk_kinds`, venues and stations as
  places, bodies the wording names, makers and quoted brands, an organisation's edges, its share codes, its span
  (新纶科技（香港）有限公司), trade names, bodies in frames (由新丽传媒…联合出品), a tie's word ending a body (台积电|
  子公司世界先进: the owner), generic and non-bodies (财务部,
  华安强债基金), a place glued before a body (华盛顿|美国特勤局), a Latin original in brackets (rule 9),
  coordinated names and branches (rule 7);
* people: spans as the document reads them (and no place inside a storm's name: 台风桦加沙; a dateline's outlet,
  新华丝路|巴黎|1月12日电), transliterated, Japanese, regnal and minority names, credits, roles
  played, Latin and spaced names, players, lists and their last items, informal names (//@段钢:), people named
  again, surnames of people named in full, and no person an animal's pet name (大熊猫「晓晓」);
* places and bodies again: a fixture's sides, place spans (no 东经120度), home words (内地, 本港), parties' words,
  history (乾隆二年), a county and its city (新竹县市), a facility's short name, a party's caucus;
* short forms the document defines become ``ALIAS`` mentions (:func:`~zhkg.extract.alias_mentions.find_aliases`,
  rule 8), and a model name with a company's word is the company.

Caveats
-------
* The order is the rules': a later pass reads what the earlier ones left (a person's span is settled before the
  lists read it; aliases are found last, on the names as they end). Change it only with the whole suite run.
* ``doc_id`` is the document's, taken from the first mention in :func:`~zhkg.extract.combine.combine_mentions`;
  ``table`` may be ``None`` (no token table: makers are not read).
* ``bench/informal_eval.py --without`` replaces :func:`informal_people` here, where this module runs it.
"""

from __future__ import annotations

from zhkg.extract.alias_mentions import find_aliases
from zhkg.extract.animal_names import drop_animal_names
from zhkg.extract.body_ends import _join_branches, _join_coordinated_names, bodies_listed_alike
from zhkg.extract.body_frames import read_body_frames
from zhkg.extract.body_spans import settle_body_spans
from zhkg.extract.bracketed_originals import _bracketed_originals
from zhkg.extract.credit_names import credit_names
from zhkg.extract.document_names import coordinated_people, people_not_pieces, people_not_places, settle_person_spans
from zhkg.extract.dropped_names import _drop_junk
from zhkg.extract.facility_short_names import facility_short_names
from zhkg.extract.foreign_parts import foreign_name_parts_alone
from zhkg.extract.generic_names import drop_generic_names
from zhkg.extract.glued_places import split_glued_places
from zhkg.extract.governments import share_codes
from zhkg.extract.history import settle_history_names
from zhkg.extract.home_words import home_words, hong_kong_deixis
from zhkg.extract.informal_people import informal_people
from zhkg.extract.japanese_names import japanese_names
from zhkg.extract.junk import drop_junk_kinds
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
from zhkg.extract.model_bodies import _named_with_company_word
from zhkg.extract.name_runs import cut_long_people
from zhkg.extract.news_outlets import outlets_before_datelines
from zhkg.extract.non_bodies import drop_non_bodies
from zhkg.extract.org_edges import trim_organisation_edges
from zhkg.extract.paired_divisions import county_city_pairs
from zhkg.extract.party_caucuses import party_caucuses
from zhkg.extract.party_names import cut_party_words, split_party_badges
from zhkg.extract.person_or_not import people_named_again
from zhkg.extract.place_spans import settle_place_spans
from zhkg.extract.players import settle_players
from zhkg.extract.quoted_brands import read_quoted_brands
from zhkg.extract.regnal_names import regnal_names
from zhkg.extract.role_frames import recover_role_frame_people, settle_role_frame_names
from zhkg.extract.role_names import played_roles
from zhkg.extract.stations import stations_as_places
from zhkg.extract.storm_names import drop_places_in_storm_names
from zhkg.extract.surname_references import surnames_of_named_people
from zhkg.extract.team_places import fixture_sides
from zhkg.extract.tie_words import cut_tie_ends
from zhkg.extract.trade_names import settle_trade_names
from zhkg.extract.transliterated import transliterated_people
from zhkg.extract.venues import venues_as_places
from zhkg.extract.worded_bodies import _bodies_in_context, people_listed_among_bodies
from zhkg.records import Mention
from zhkg.resources.gazetteer import load_gazetteer
from zhkg.resources.lexicon import Lexicon
from zhkg.stages.segment import TokenTable

__all__ = ["settle_merged_names"]


def settle_merged_names(out: list[Mention], text: str, table: TokenTable | None, lexicon: Lexicon, original: str,
                        doc_id: str) -> list[Mention]:
    """The merged mentions ``out`` of one document after every later pass, in the rules' order (see the module).

    ``text`` is the normalised text, ``original`` the document's own (``""``: the normalised text stands for it).

    >>> from zhkg.resources.lexicon import load_lexicon
    >>> settle_merged_names([], "没有名字。", None, load_lexicon(), "", "d")
    []
    """
    out = drop_junk_kinds(out, text, lexicon, original=original, table=table)
    out = venues_as_places(out, text, lexicon.role_words)  # 深圳会展中心 is a place, not a body
    out = stations_as_places(out, text, lexicon.role_words)  # 北京站, 济南火车站, 首都机场: places, not bodies
    out = _bodies_in_context(_drop_junk(out, text, lexicon, original, table), text, lexicon, original)
    out = read_makers(out, text, table, lexicon, original) if table is not None else out  # 柯达Z950, 卡西欧的V系列, SONY品牌: makers by their products
    out = read_quoted_brands(out, text, table, original)  # “安的”、“富达”等品牌: quoted names the text calls brands
    out = trim_organisation_edges(out, text, table, original)  # 商家|红星美凯龙: no dealer's word in a name
    out = share_codes(out)
    out = settle_body_spans(out, text, table, original)  # 新纶科技（香港）有限公司, 9月|华油…, 任|欣旺达|总经理
    out = settle_trade_names(out, text, table, original)  # 银润传媒|董事长, 兰州军区|84564部队
    out = read_body_frames(out, text, table, original)  # 由新丽传媒、嘉会文化联合出品; 赛为智能成立于1997年
    out = cut_tie_ends(out, original or text, lexicon.known_organisations)  # 台积电|子公司世界先进: the owner
    out = drop_generic_names(out, text, lexicon.known_organisations)  # 财务部, 技术中心, CBD: no particular body
    out = drop_non_bodies(out, text, lexicon, table)  # 华安强债基金, 麻省理工和耶鲁, 晨报(讯): no named body
    out = split_glued_places(out, text, lexicon)  # 华盛顿|美国特勤局: a place, then a body opening with another
    out = _bracketed_originals(out, text, original)
    out = _join_coordinated_names(_join_branches(out, text, original), text, table, original)
    out = bodies_listed_alike(out, text, original)  # 港口发展委员会、推广及|对外事务委员会: each item from its joiner
    out = settle_person_spans(out, text, lexicon)  # 林柏宏|聊, 长|孙|朴秀贤, 宋芸桦|邱泽: as the document reads them
    out = people_not_places(out, text)  # 马龙 of 杰森-马龙 is no 马龙区
    out = drop_places_in_storm_names(out, text)  # 台风桦加沙: no 加沙 (Gaza) in a typhoon's name
    out = outlets_before_datelines(out, text, original)  # 新华丝路|巴黎|1月12日电: the outlet, no place
    out = coordinated_people(out, text, lexicon, table)  # X和许以翔, 许以翔 written again: a person
    out = people_not_pieces(out, text)  # 美國總統川普 … 與川|普通電話: no place 川
    out = transliterated_people(out, text, table, lexicon, original)  # 76人的伊戈达拉, 香农-布朗, JJ希克森
    out = japanese_names(out, text, table, lexicon, original)  # 茂木敏|充, 导演|是枝裕和
    out = foreign_name_parts_alone(out, text, table, lexicon, original)  # 安吉丽娜|朱莉, 苏菲玛索 … 玛索说
    out = regnal_names(out, text, lexicon, original)  # 爱德华|七世
    out = credit_names(out, text, original, roles=lexicon.role_words)  # 作词：林夕, 导演：新田真三, 大臣：林芳正（
    out = played_roles(out, text, table, lexicon, original, doc_id)  # 黄奕饰演的秋瑾, 成龙扮演孙中山
    out = latin_people(out, text, lexicon, original, doc_id)  # 造型师Rachel Zoe说, Leighton|Meester
    out = names_beside_latin(out, text, table, lexicon, original, doc_id)  # Jeremy Tam谭文豪: both the person
    out = spaced_people(out, text, table, lexicon, original, doc_id)  # 希拉里 达芙, 卡尔 拉格斐
    out = joined_names_not_bodies(out, text, lexicon)  # 维多利亚-嘉丝蒂 is no organisation
    out = settle_players(out, text, table, lexicon, original)  # 小奥尼尔, no 联盟杯, 五月天成员石头, 合景泰富地产
    out = fixture_sides(out, text)  # 罗马vs佛罗伦萨: the sides of a fixture are teams, the places kept beside them
    out = settle_place_spans(out, text)  # no 东经120度, 中山路|12号, 往|西北
    out = home_words(out, text, original, table)  # 内地 (China), 本港 (Hong Kong) in Hong Kong's and Taiwan's news
    out = hong_kong_deixis(out, text)  # 本港, 全港, 来港, 在港: Hong Kong's deixis, a deictic mention
    out = cut_party_words(out, text, lexicon, original)  # 时代力量|党主席: the party's name has no 党
    out = split_party_badges(out, text, lexicon, original)  # 民建联|植洁铃当选: the party and its member (orgs213)
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
    out = people_listed_among_bodies(out, text)  # 广发、工银瑞信、鹏华、南方: no person 鹏华
    out = informal_people(out, text, table, lexicon, original, doc_id)  # //@段钢:, 魏晨魏晨, 李厚林 … 厚林
    # 事发时|英卓华, 祝贺|梅尔茨, 英卓华 read once as a body (intl153)
    out = people_named_again(out, text, original, lexicon.compound_surnames)
    out = county_city_pairs(out, lambda name: bool(load_gazetteer(lexicon).lookup(name)))  # 新竹县市: 新竹县; no body 县市府
    out = surnames_of_named_people(out, text, lexicon)  # 卢、蒋|二人, 祝福|卢|美国行: the document's 卢秀燕, 蒋万安
    out = facility_short_names(out, lexicon)  # 启德 of 启德体育园 alone: the place, no person
    out = party_caucuses(out, text, original)  # 国民党团|总召: the caucus, no party
    out = drop_animal_names(out, text)  # 大熊猫「晓晓」, 吉祥物“妮妮”: no person
    out = find_aliases(out, text, original=original, lexicon=lexicon)
    out = _named_with_company_word(out)
    return out
