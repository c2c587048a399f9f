"""Debts the last reviews left (session 31, round tidy41); behaviour unchanged unless said.

* The company readers' shared words and the adding of a company's mention live in lower modules
  (``zhkg.extract.company_words``, ``zhkg.extract.company_mentions``) that ``company_lists`` and ``trade_frames``
  import at their top: no function imports another module's privates, and no cycle.
* The company-word tables that look alike are named for the question each answers, side by side; the three copies
  of a company's legal forms are one (``LEGAL_FORMS``, ``legal_form``). The readers that ask them read as before.
* ``roles.tsv`` lists each title once; a title twice in one file of a table read by word is refused, naming both lines.
* The audits match a judged edge to the graph by node id or by the judged name among the node's surface forms
  (``bench.common``), never a wrong judgement of an end's name by its forms.
* Bench helpers that were copies are one (``as_traditional``, ``probes_main``, ``load_judged``).

Invented passages, in both scripts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_one_line_error, both_scripts, org_mentions

from zhkg.cli import main
from zhkg.errors import ConfigError
from zhkg.extract import company_words
from zhkg.extract.company_aliases import company_short_forms, join_legal_stems
from zhkg.extract.company_mentions import add_unread, conflict
from zhkg.extract.short_forms import contracted_company_names, recognised_short_names
from zhkg.records import Document, Label, MentionSource
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import make_nlp
from zhkg.text import SpanIndex

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "pipeline" / "zhkg" / "extract"
sys.path.insert(0, str(ROOT))  # bench.common, bench.counts_probes34 …


# ---- 1. the company readers' shared pieces, imported at module top


def _imports_in_functions(path: Path) -> list[str]:
    """``module.name`` of every ``from zhkg… import`` inside a function of ``path`` (doctests aside)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("zhkg"):
                    found += [f"{inner.module}.{alias.name}" for alias in inner.names]
    return found


def test_trade_frames_imports_nothing_inside_its_functions():
    assert _imports_in_functions(EXTRACT / "trade_frames.py") == []


def test_no_module_imports_the_company_readers_privates():
    offenders = []
    for path in sorted((ROOT / "pipeline" / "zhkg").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("zhkg.extract.company_lists",
                                                                    "zhkg.extract.trade_frames"):
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert offenders == []


def test_the_lower_modules_load_without_the_readers_above_them():
    # trade_frames stands on company_words and company_mentions, never on company_lists (which runs it): no cycle
    code = ("import sys, zhkg.extract.trade_frames, zhkg.extract.company_words, zhkg.extract.company_mentions; "
            "print('zhkg.extract.company_lists' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "pipeline"), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text, companies", both_scripts([
    # trade_frames' readers, which now take their words and their adding from the lower modules
    ("泛海系入股民安保险，天茂集团持有国华人寿5.5亿股。", {"民安保险", "国华人寿"}),
    ("对此，海印方面也表示将注入资产。", {"海印"}),
    # company_lists' own readers
    ("近期中国铝业、宜华健康和兴源环境等5家公司发布公告。", {"中国铝业", "宜华健康", "兴源环境"}),
]))
def test_the_company_readers_read_as_before(pipeline, text, companies):
    assert companies <= {to_simplified(name) for name in org_mentions(pipeline, text)}


@pytest.mark.parametrize("text", both_scripts([
    # a field, not a side; shares bought, not a company named 农行股份
    "市场方面表示关注。",
    "社保基金认购农行股份。",
]))
def test_what_the_shared_words_refuse_stays_refused(pipeline, text):
    names = {to_simplified(name) for name in org_mentions(pipeline, text)}
    assert "市场" not in names and "农行股份" not in names, names


def _mention(doc, start, end, label, source):
    from zhkg.extract.base import make_mention

    return make_mention(doc, start, end, label, source)


def test_add_unread_grows_a_brand_and_yields_to_a_rule_person():
    doc = make_nlp()("复星医药今天公告。")
    brand = _mention(doc, 0, 2, Label.ORGANIZATION, MentionSource.ORG_KNOWN)
    index = SpanIndex([brand])
    grown = add_unread([brand], doc, 0, 4, MentionSource.ORG_CUED, index)
    assert [(m.simplified, m.extractor) for m in grown] == [("复星医药", MentionSource.ORG_CUED)]
    # the very span read already: nothing added
    assert add_unread(grown, doc, 0, 4, MentionSource.ORG_CUED, index) == grown
    # a rule's person over it blocks it; the recogniser's person over it yields
    for source, blocked in ((MentionSource.PEOPLE_AFTER_ROLE, True), (MentionSource.RECOGNISER, False)):
        person = _mention(doc, 0, 4, Label.PERSON, source)
        assert conflict(SpanIndex([person]), 0, 4, retype=True)[0] is blocked


# ---- 2. the company-word tables, each answering its question


def test_the_legal_forms_are_one_table_longest_first():
    forms = company_words.LEGAL_FORMS
    assert list(forms) == sorted(forms, key=len, reverse=True)
    assert company_words.legal_form("北京京东世纪贸易有限公司") == "有限公司"
    assert company_words.legal_form("力帆实业（集团）股份有限公司") == "股份有限公司"
    assert company_words.legal_form("联想集团") == ""


def test_no_module_keeps_its_own_copy_of_the_legal_forms():
    copies = [p.name for p in sorted(EXTRACT.glob("*.py")) if p.name != "company_words.py"
              and '("股份有限公司", "有限责任公司", "有限公司")' in p.read_text(encoding="utf-8")]
    assert copies == []


def test_the_readers_of_the_legal_forms_read_as_before():
    assert company_short_forms("力帆实业（集团）股份有限公司", "力帆股份公告称…") == {"力帆股份"}
    assert join_legal_stems(["贵州茅台", "贵州茅台酒股份有限公司"], frozenset({"贵州"})) == \
        {"贵州茅台": "贵州茅台酒股份有限公司"}
    assert contracted_company_names("上海浦东发展银行股份有限公司", "浦发银行董事会…", {"上海"}) == {"浦发银行"}


def test_a_short_form_leaves_out_only_its_own_endings():
    # 集团公司 and 总公司 are left out (SHORT_FORM_DROPS), which no other table strips
    assert recognised_short_names(["中国石油天然气集团公司", "中石油"]) == {"中石油": "中国石油天然气集团公司"}
    assert recognised_short_names(["中国海洋石油总公司", "中海油"]) == {"中海油": "中国海洋石油总公司"}
    assert "总公司" in company_words.SHORT_FORM_DROPS and "总公司" not in company_words.COMPANY_LAST_WORDS


@pytest.mark.parametrize("text, names", both_scripts([
    # COMPANY_LAST_WORDS: the words after a clause word ending in one are a company (split_run_ons)
    ("此前,四川金顶获悉华伦集团破产重整。", {"四川金顶", "华伦集团"}),
]))
def test_a_company_last_word_still_names_the_object(pipeline, text, names):
    assert names <= {to_simplified(name) for name in org_mentions(pipeline, text)}


def test_the_tables_that_differ_say_why():
    for name in ("COMPANY_LAST_WORDS", "CARRIED_COMPANY_WORDS", "SHORT_FORM_DROPS", "LEGAL_FORMS"):
        assert name in company_words.__doc__
    # they differ where their questions differ: a bank ends an object, never what a short name carries to be one
    assert "银行" in company_words.COMPANY_LAST_WORDS and "银行" not in company_words.CARRIED_COMPANY_WORDS
    assert "企业" in company_words.CARRIED_COMPANY_WORDS and "企业" not in company_words.COMPANY_LAST_WORDS


# ---- 3. one row a title


def test_roles_tsv_lists_each_title_once():
    rows = [line.split("\t")[0] for line in
            (ROOT / "pipeline" / "zhkg" / "resources" / "data" / "roles.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(rows) == len(set(rows)), sorted({r for r in rows if rows.count(r) > 1})
    assert load_lexicon().role_glosses["知州"] == "subprefect (Song to Qing)"


@pytest.mark.parametrize("name, text, message", [
    ("roles.tsv", "首席品酒师\twine taster\n# note\n首席品酒师\ttaster\n",
     "roles.tsv:3: word '首席品酒师' is listed twice (also on line 1); keep one row"),
    ("org_suffixes.tsv", "合作社\tstrong\n合作社\tweak\n", "org_suffixes.tsv:2: word '合作社' is listed twice"),
])
def test_a_word_twice_in_one_table_is_refused_with_both_lines(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_lexicon((str(tmp_path),))
    assert message in str(caught.value) and str(tmp_path / name) in str(caught.value)


def test_a_folder_row_still_replaces_a_shipped_one(tmp_path):
    (tmp_path / "roles.tsv").write_text("知州\tdepartment magistrate\n", encoding="utf-8")
    assert load_lexicon((str(tmp_path),)).role_glosses["知州"] == "department magistrate"


def test_the_command_line_refuses_a_title_twice_in_one_line(tmp_path):
    (tmp_path / "words").mkdir()
    table = tmp_path / "words" / "roles.tsv"
    table.write_text("首席品酒师\twine taster\n首席品酒师\ttaster\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("首席品酒师王明今天表示。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(news), "-o", str(tmp_path / "out"), "--no-model",
                                       "--lexicon", str(tmp_path / "words")])
    assert_one_line_error(result, f"{table}:2: word '首席品酒师' is listed twice (also on line 1); keep one row")


# ---- 4. the audits match a judged edge by node id or surface form


def test_an_edge_judged_under_a_name_the_graph_now_writes_otherwise_is_still_written():
    from bench.common import judged_edge_written, same_entity

    written = [{"source": "org:阿森纳", "target": "org:维冈", "source_forms": {"阿森纳", "阿森纳队"},
                "target_forms": {"维冈队", "維岡隊", "维冈"}}]
    right = {"source": "org:阿森纳队", "target": "org:维冈队", "right": True}
    assert judged_edge_written(right, written) is written[0]
    assert judged_edge_written({**right, "target": "org:曼联"}, written) is None  # another team
    assert not same_entity("org:维冈队", "person:维冈", {"维冈队"})  # another kind
    # a wrong judgement of an end's name judged that name: another node named from the mention is unjudged
    assert judged_edge_written({**right, "right": False, "why": "junk"}, written) is None
    assert judged_edge_written({**right, "right": False, "why": "not_stated"}, written) is written[0]


@pytest.mark.parametrize("text", both_scripts(["阿森纳队主场对阵维冈队，两队战成1比1。"]))
def test_a_team_judged_by_its_full_name_is_found_by_its_surface_form(pipeline, text):
    from bench.common import entity_forms, judged_edge_written

    result = pipeline.process_documents([Document("t", text, kind="text")])[0]
    forms = entity_forms(result.mentions)
    written = [{"source": r.source, "target": r.target, "source_forms": forms.get(r.source, set()),
                "target_forms": forms.get(r.target, set())} for r in result.relations if r.kind.value == "COMPETES_WITH"]
    assert written, [r.kind.value for r in result.relations]
    judged = {"source": "org:阿森纳队", "target": "org:维冈队", "right": True}
    assert judged_edge_written(judged, written) is not None, written


# ---- 5. bench helpers that were copies


def test_the_bench_copies_are_one():
    import bench.common
    import bench.counts_probes34
    import bench.counts_probes35
    import bench.counts_probes36
    import bench.finre_orgs
    import bench.intl_probes
    import bench.japan_probes
    import bench.tw_probes

    assert bench.counts_probes35.as_traditional is bench.counts_probes34.as_traditional
    assert bench.counts_probes36.as_traditional is bench.counts_probes34.as_traditional
    assert bench.finre_orgs.load_judged is bench.common.load_judged
    for module in (bench.intl_probes, bench.japan_probes):  # one command line for every probe script
        assert module.probes_main is bench.tw_probes.probes_main
        assert "ArgumentParser" not in Path(module.__file__).read_text(encoding="utf-8")


def test_as_traditional_converts_each_region_in_its_own_script():
    from bench.counts_probes34 import as_traditional, count

    probes = [("hk", "这里有3台电脑。", [count("3台", 3, "电脑")], ["电脑"]),
              ("tw", "这里有3台电脑。", [count("3台", 3, "电脑")], [])]
    (_, hk, hk_counts, hk_nothing), (_, tw, _, _) = as_traditional(probes)
    assert hk == "這裏有3台電腦。" and tw == "這裡有3臺電腦。"  # (s2tw: 臺)
    assert hk_counts[0].piece == "3台" and hk_counts[0].heads == ("电脑",) and hk_nothing == ["電腦"]


def test_a_body_and_a_whole_name_differ_by_the_company_letters():
    body, whole = set(company_words.BODY_LAST_LETTERS), set(company_words.WHOLE_NAME_LAST_LETTERS)
    assert body < whole and whole - body == set("行司团队办组中大")


@pytest.mark.parametrize("text", both_scripts(["宝钢股份今日公告，工行股份今日公告。"]))
def test_a_trade_grows_a_short_name_but_no_whole_one(text):
    from zhkg.extract.company_trades import trade_tails
    from zhkg.stages.segment import token_table

    doc = make_nlp()(to_simplified(text))
    known = [_mention(doc, s, s + 2, Label.ORGANIZATION, MentionSource.ORG_KNOWN) for s in (0, 9)]
    grown = trade_tails(known, doc, token_table(doc), doc.text)
    assert sorted(m.simplified for m in grown) == ["宝钢股份", "工行"]  # (工行 ends 行: whole)


@pytest.mark.parametrize("text", both_scripts(["股权转让给海航资本。国资委资本。"]))
def test_a_line_grows_a_group_but_no_body(text):
    from zhkg.extract.trade_frames import subsidiary_names
    from zhkg.stages.segment import token_table

    doc = make_nlp()(to_simplified(text))
    known = [_mention(doc, 5, 7, Label.ORGANIZATION, MentionSource.ORG_KNOWN),
             _mention(doc, 10, 13, Label.ORGANIZATION, MentionSource.ORG_KNOWN)]
    grown = subsidiary_names(known, doc, token_table(doc), doc.text)
    assert sorted(m.simplified for m in grown) == ["国资委", "海航资本"]  # (国资委 ends 委: a body)
