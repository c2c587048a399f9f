"""Session 34 (tidy99): ``stages/read.py`` and ``relate/membership.py`` split by what they hold, with no behaviour
change.

Eight parts took their groups word for word: ``stages/encodings`` (bytes into text), ``stages/read_files`` (whole
files and streamed lines, :class:`RawDocument`), ``stages/read_tables`` (TSV/CSV) and ``stages/read_json`` (JSON and
JSON lines) from ``read``; ``relate/members_teams`` (what a team is, where one is named), ``relate/members_parties``
(parties and their badges), ``relate/members_verbs`` (memberships a verb makes) and ``relate/members_forms`` (the
forms of sports news) from ``membership``. These tests hold the moves to what they promised:

- each moved name is defined once, in its new part, and is gone from the module it left; since tidy119 the old
  module holds it (the very object) only when its ``__all__`` exports it or its own code reads it, and callers
  import each name from its part;
- each new part opens with its scope and caveats and an exact ``__all__``, and imports only the parts before it
  (never the module it left): the order is acyclic; importing any module of the split first, in a fresh
  interpreter, works;
- no module of the split is over 800 lines; the old modules' layouts name the new parts;
- reading through each new part keeps its result, in Simplified and in Traditional (s2hk, s2tw).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import (
    COUNT_SCRIPTS,
    assert_moved_alone,
    assert_old_exports,
    assert_whole_groups,
    docstring_and_imports,
    import_error_alone,
    in_script,
    memberships,
    split_module,
    top_level_definitions,
)

ROOT = Path(__file__).resolve().parents[1]
ZHKG = ROOT / "pipeline" / "zhkg"

# (new part, the module it left): the names moved, the whole group of each move; parts in import order
MOVED = {
    ("stages/encodings", "stages/read"): (
        "_BOMS _CHINESE_ENCODINGS _PLAUSIBLE _SAMPLE_CHARS _CONTROL _SURROGATE _PUNCTUATION _common_hanzi "
        "_plausibility _looks_binary check_encoding decode_bytes _utf16_without_bom _guess _guess_codec _UTF8_LINES "
        "_utf8_but_a_few_lines _NAMED_PLAUSIBLE _NAMED_RIVALS _RIVAL_MARGIN _RIVAL_MIN_CHARS _named_plausibly "
        "_non_ascii _better_reading _checked _no_surrogates readable_name"),
    ("stages/read_files", "stages/read"): (
        "STDIN RawDocument _CHUNK _LINE_CHARS_PER_CHAR _LINE_SLACK _MAX_CHAR_BYTES _MAX_BOM _max_bytes _max_line "
        "_display _open_binary _read_bytes _read_text _check_size _stream_codec _lines _STATEFUL "
        "_splits_at_newline_bytes _too_long _byte_lines _decoded_lines _stream_lines _stem _file_id"),
    ("stages/read_tables", "stages/read"): (
        "check_delimiter _rows _QUOTED_LINES _tab_rows _quoted_tab_row _read_delimited _TEXT_HEADERS _HEADER_NAME "
        "_HAN _column_names _text_header _is_column_name _looks_like_header"),
    ("stages/read_json", "stages/read"): (
        "_read_jsonl json_line _jsonl_record _read_json _json_record _LONG _fields_hint json_value_type _text_field "
        "_field_text"),
    ("relate/members_teams", "relate/membership"): (
        "_NAME_STOP _MAX_QUALIFIER _TEAM_HEADS _AFTER_TEAM _team_ending_at _derived_team _team_short_form "
        "_TeamShortNames _NOT_NAME_TAGS _QUALIFIERS _NOT_TEAMS _TEAM_WORD_TAGS _NUMBER_TEAM _team_word_after "
        "_only_qualifiers _team_word_ending_at _qualifier _ONCE _past _listed_after _original _is_team _is_team_in "
        "_team_owners"),
    ("relate/members_parties", "relate/membership"): (
        "_PARTY_BADGE _CPC _CPC_NAME _is_party _party_ending_at _party_badge _LEGISLATOR _BADGE_OPENERS _BADGE_CLOSE "
        "_party_at _members_by_badge _LISTED_COUNT _MAX_BADGE_TITLE _members_listed_before_badge"),
    ("relate/members_verbs", "relate/membership"): (
        "_JOIN _JOIN_DESCRIBED _JOIN_TEAM _JOIN_SHORT _MOVE _FROM_TEAM _SERVE _SERVED _COME_TO _VENUE _SCORE_FOR "
        "_NOT_JOINED _WHERE _LINK _LEAVE _LINK_PHRASE _CPC_LINKED _PARTY_MEMBER _WEAR _OLD_HOME _JERSEY _WEAR_TEAM "
        "_members_by_verb _scored_for _served _HE _JOINED_OPENER _SQUAD_VERBS _ENTER _COACHING_AFTER _UNDER "
        "_JOIN_BACK_BREAKS _SENTENCE_ENDS _MAX_CLAUSES_BACK _joiner_before _closes_clause _he_before _ONE_OF "
        "_member_word_after"),
    ("relate/members_forms", "relate/membership"): (
        "_BRACKET _BRACKET_END _BARE_MEMBER _BARE_LEAD _AS_MEMBER _SIGN _LIST_END _WITH_PLAYERS _members_by_form "
        "_INCLUDES _KIND_ALONE _members_included _TENURE _LEADER _BY_PLAYER _BY_GAP _members_round13 _THIS_ONE "
        "_DESCRIPTION _members_pointed_back _LINEUP _members_in_lineup _SQUAD _THEN _SQUAD_HAS _members_in_squad "
        "_titled _member_before_besides _FOR_TEAM _NAMED_TEAM _members_representing _LED _BESIDES _BESIDES_END "
        "_members_led _TEAM_RECORD _POINTS _members_scoring _member_as _members_signed _INITIALS _ITEM "
        "_unnamed_item _LIST_COUNT _NOT_SQUAD _team_closing _members_listed_by_team"),
}
MOVES = [(part, source, name) for (part, source), names in MOVED.items() for name in names.split()]
NEW_PARTS = [part for part, _ in MOVED]
SOURCES = ["stages/read", "relate/membership"]
SPLIT = NEW_PARTS + SOURCES
# what the old modules exported before the split (their ``__all__`` on main); since tidy273 they export those they define
OLD_ALL = {
    "stages/read": ("InputError RawDocument STDIN check_delimiter check_encoding check_format_options decode_bytes "
                    "check_standard_input input_kind json_value_type read_inputs readable_name given_ids unique_ids"
                    " row_warnings"),  # review112 added row_warnings
    "relate/membership": "read_membership",
}


_module = split_module


def test_tidy99_moves_are_whole_groups():
    assert_whole_groups(MOVED)


@pytest.mark.parametrize("part, source, name", MOVES)
def test_tidy99_each_moved_name_lives_in_its_new_part_only(part, source, name):
    assert_moved_alone(part, source, name, SPLIT)


@pytest.mark.parametrize("source", SOURCES)
def test_tidy99_the_old_modules_export_what_they_define_of_what_they_did(source):
    assert_old_exports(source, OLD_ALL[source], MOVED)


# Private helpers written into a part after the split (not moved, so not in its __all__ of moved names).
ADDED_LATER = {"stages/read_files": {"_utf8_but_broken_lines"},  # review105
               "stages/encodings": {"_utf8_mark", "_after_utf8_mark", "decode_bytes_as"},  # review118, review121
               "stages/read_tables": {"_FIELD_HEADERS", "_check_text_column"},  # review148
               "relate/members_parties": {"_BADGE_BELONGS", "_EXPELLED", "_party_of_sentence", "_LATIN_ASIDE",
                                          "_before_latin_aside",  # roles146
                                          "_BADGE_BEFORE_NAME_OPENERS", "_opens_clause",  # roles150
                                          "_PAST_MARKS",  # roles174
                                          "_UNION_ENDINGS", "_party_member_word",  # roles205
                                          "constituency_before", "_party_before_seat",  # roles210
                                          "legco_constituencies",  # places219
                                          "_known_party_ending_at", "_FROM", "_FROM_AFTER_NAME", "_MAX_FROM_TITLE",
                                          "_party_come_from"}}  # roles294


@pytest.mark.parametrize("part", NEW_PARTS)
def test_tidy99_each_new_part_has_scope_caveats_exact_exports_and_imports_only_parts_before_it(part):
    path = ZHKG / f"{part}.py"
    doc, imported = docstring_and_imports(path)
    assert doc and "Caveats" in doc and "tidy99" in doc
    added = ADDED_LATER.get(part, set())
    assert not added & set(_module(part).__all__)
    assert sorted(_module(part).__all__) == sorted(set(top_level_definitions(path)) - added)
    source = next(s for (p, s) in MOVED if p == part)
    family = [p for (p, s) in MOVED if s == source]
    later = family[family.index(part) + 1:] + [source]
    assert not {"zhkg." + p.replace("/", ".") for p in later} & imported, imported


@pytest.mark.parametrize("path", SPLIT)
def test_tidy99_each_module_imports_first_without_a_cycle(path):
    assert import_error_alone("zhkg." + path.replace("/", ".")) == ""


@pytest.mark.parametrize("path", SPLIT)
def test_tidy99_no_module_of_the_split_is_over_800_lines(path):
    assert len((ZHKG / f"{path}.py").read_text(encoding="utf-8").splitlines()) <= 800


def test_tidy99_the_layouts_name_each_new_part():
    for part, source in MOVED:
        assert f":mod:`zhkg.{part.replace('/', '.')}`" in _module(source).__doc__, part


# ---- reading through the parts of read.py

NEWS = "北京市平谷区政协委员张吉辉今天出席了区政府召开的新闻发布会，介绍了今年的农业发展情况。"


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy99_decode_bytes_reads_each_encoding(script):
    from zhkg.stages.encodings import decode_bytes

    text = in_script(NEWS, script)
    codecs = ["utf-8", "gb18030", "utf-16"] + (["big5"] if script != "simplified" else [])
    for codec in codecs:
        assert decode_bytes(text.encode(codec), name="x.txt") == text, codec


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
def test_tidy99_read_inputs_reads_a_table_and_json_lines(tmp_path, script):
    from zhkg.stages.read import read_inputs
    from zhkg.stages.read_files import RawDocument

    text = in_script(NEWS, script)
    header = in_script("正文", script)
    (tmp_path / "a.tsv").write_text(f"category\t{header}\n政治\t{text}\n", encoding="gb18030")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": 7, "content": text, "n": 3}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    raws = list(read_inputs([tmp_path / "a.tsv", tmp_path / "b.jsonl"]))
    assert all(isinstance(raw, RawDocument) for raw in raws)
    assert [(raw.text, raw.metadata, raw.types) for raw in raws] == [
        (text, {"category": "政治"}, {}), (text, {"n": "3"}, {"n": "int"})]
    assert raws[1].id == "7"


def test_tidy99_the_read_parts_read_their_pieces():
    from zhkg.stages.encodings import readable_name
    from zhkg.stages.read_json import json_value_type
    from zhkg.stages.read_tables import _looks_like_header, check_delimiter

    assert readable_name("新闻稿".encode("gbk").decode("utf-8", "surrogateescape")) == "新闻稿"
    assert check_delimiter("\\t") == "\t"
    assert _looks_like_header(["id", "正文"], ["1", NEWS], None)
    assert not _looks_like_header(["政治", NEWS], ["国际", NEWS], None)
    assert [json_value_type(v) for v in (True, 2**70, [1])] == ["bool", "str", ""]


# ---- reading through the parts of membership.py: (text, its (person, organisation, member word, former))

BASKETBALL = "NBA常规赛季，篮板和助攻。"  # two of the sport's words: the teams of teams.tsv read as teams

MEMBERS = [
    # members_teams: a team's short form, a team no extractor named, 前 before the team
    ("湖人队昨天击败了火箭队。湖人中锋保罗-加索尔拿下20分。", [("保罗·加索尔", "湖人", "中锋", False)]),
    ("来自辽宁青年队的周琦表现出色。", [("周琦", "辽宁青年队", "", False)]),
    ("前尼克斯中锋王明出席了活动。", [("王明", "尼克斯", "中锋", True)]),
    # members_parties: a badge before, in brackets after, after a list
    ("民进党籍的王世坚表示反对。", [("王世坚", "民进党", "党员", False)]),
    ("台北市议员王世坚（民进党）表示反对。", [("王世坚", "民进党", "党员", False)]),
    ("张三、李四等3名国民党立委出席会议。", [("张三", "国民党", "党员", False), ("李四", "国民党", "党员", False)]),
    # members_verbs: joining, serving, a negation between, 是 + a party + 员, 效力 in the past
    ("姚明加盟火箭队。", [("姚明", "火箭队", "", False)]),
    ("王治郅在八一队效力多年。", [("王治郅", "八一队", "", False)]),
    ("易建联拒绝加盟湖人队。", []),
    ("王伟是国民党员。", [("王伟", "国民党", "党员", False)]),
    ("在广东队效力的时候，朱芳雨曾拿下三个总冠军。", [("朱芳雨", "广东队", "", True)]),
    # members_forms: 作为, 签下 (not after a wish), 由 … 领衔, a team and its record, 当家, a squad, 等队员
    ("作为国家队一名新锐后卫，郭艾伦很想表现自己。", [("郭艾伦", "国家队", "后卫", False)]),
    (BASKETBALL + "湖人签下了德里克-费舍尔。", [("德里克·费舍尔", "湖人", "", False)]),
    (BASKETBALL + "火箭希望签下德里克-费舍尔。", []),
    (BASKETBALL + "湖人由史蒂夫-布雷克领衔。", [("史蒂夫·布雷克", "湖人", "", False)]),
    (BASKETBALL + "雄鹿(32-47)无心恋战，约翰-萨尔蒙斯10分，德鲁-古登12分。",
     [("德鲁·古登", "雄鹿", "", False), ("约翰·萨尔蒙斯", "雄鹿", "", False)]),
    (BASKETBALL + "国王当家埃文斯强突内线。", [("埃文斯", "国王", "", False)]),
    ("湖人阵中的科比-布莱恩特今天砍下40分。", [("科比", "湖人", "", False)]),
    ("吉林队的球员表现不错，柳伟和杜江等队员得分都上了两位数。",
     [("杜江", "吉林队", "队员", False), ("柳伟", "吉林队", "队员", False)]),
]


@pytest.mark.parametrize("script", COUNT_SCRIPTS)
@pytest.mark.parametrize("text, members", MEMBERS, ids=[t.removeprefix(BASKETBALL)[:8] for t, _ in MEMBERS])
def test_tidy99_memberships_read_through_the_new_parts(pipeline, script, text, members):
    assert memberships(pipeline, in_script(text, script), former=True) == members


def test_tidy99_the_team_helpers_read_their_pieces():
    from zhkg.relate.members_teams import _is_team, _only_qualifiers
    from zhkg.relate.members_verbs import _NOT_JOINED

    assert _only_qualifiers("替补老") and _only_qualifiers("") and not _only_qualifiers("拒绝")
    assert _is_team(None) is False
    assert _NOT_JOINED.search("拒绝") and not _NOT_JOINED.search("加盟")
