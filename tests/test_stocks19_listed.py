"""Listed companies named by their stock short names (issue 15; zhkg.extract.listed_companies, companies_listed.tsv).

Every passage is written for these tests in the style of Taiwan's and the mainland's business news; each runs as
written and in Traditional.
"""

import unicodedata

import pytest
from helpers import both_scripts

from zhkg.extract.listed_companies import TABLE, listed_company_names, stock_short_names
from zhkg.records import Label, MentionSource
from zhkg.resources import data_path
from zhkg.resources.lexicon import load_lexicon
from zhkg.stages.documents import parse_documents
from zhkg.stages.normalise import to_simplified
from zhkg.stages.segment import token_table


def _org_mentions(pipeline, text):
    doc = parse_documents("stocks19", text)[0]
    return [m for m in pipeline.extract_mentions(doc) if m.label is Label.ORGANIZATION]


def _orgs(pipeline, text):
    return {to_simplified(m.text) for m in _org_mentions(pipeline, text)}


@pytest.mark.parametrize("text, name", both_scripts([
    # a market word in the sentence: a name that is no common word
    ("外资连续买超亚泥三天。", "亚泥"),
    ("万海今年前三季营收创下新高。", "万海"),
    # a company word right after it, carried when it names the company
    ("味全公司宣布将调涨部分乳品售价。", "味全公司"),
    ("统一企业董事长出席股东会。", "统一企业"),
    # an officer's title right after it: even a common word (统一 is a verbal noun to jieba)
    ("统一股价昨日收盘上涨。", "统一"),
    # a name of three letters that is no word of the dictionary, with no cue in its sentence
    ("宏佳腾昨天宣布扩大招募。公司表示将增加产能。", "宏佳腾"),
]))
def test_a_short_name_in_a_company_context_is_an_organisation(pipeline, text, name):
    found = _orgs(pipeline, text)
    assert name in found, found


@pytest.mark.parametrize("text, names", both_scripts([
    # a common word joined to a listed company it stands with (幸福 is an adjective to jieba)
    ("亚泥、幸福与万海股价同步下跌。", ["亚泥", "幸福", "万海"]),
]))
def test_a_short_name_joined_to_a_listed_company_is_one(pipeline, text, names):
    found = _orgs(pipeline, text)
    assert set(names) <= found, found


@pytest.mark.parametrize("text", both_scripts([
    "亚泥今年营收成长一成。分析师指出，亚泥的海外布局开始收效。",
]))
def test_a_short_name_found_once_is_the_company_at_every_occurrence(pipeline, text):
    starts = sorted(m.start for m in _org_mentions(pipeline, text) if to_simplified(m.text) == "亚泥")
    assert starts == [0, to_simplified(text).index("亚泥", 1)], starts


@pytest.mark.parametrize("text, form", both_scripts([
    # a common word with a market word in its sentence but no company word after it
    ("两岸统一问题再度成为焦点，股市震荡。", "统一"),
    ("婚后最大的心愿就是过得幸福，公司同事都来祝贺。", "幸福"),
    ("光明的前途需要大家努力，股市终将回稳。", "光明"),
    # inside a longer word or name
    ("中华民国国庆大会在总统府前举行，股市休市一天。", "中华"),
    ("他周末在阳明山上散步，不看股市。", "阳明"),
    ("统一战线工作会议召开，与会者谈及股市。", "统一"),
    # a name of three letters made of dictionary words, with no cue in its sentence (新|零售)
    ("新零售成为热门话题。公司纷纷转型。", "新零售"),
    # a place the gazetteer reads (大同 of 山西), a market word in the sentence
    ("山西大同的煤炭价格上涨。", "大同"),
    # a common word and a company word, no market word in the sentence: a kind of company (环保 is a listed name)
    ("她在校期间就创办了一家环保公司。公司规模不大。", "环保"),
    # a fund named by its manager is a product, no company (嘉实, 长盛 are listed names in Taiwan)
    ("嘉实300跌2.02%，长盛中证100涨1%。", "嘉实"),
    ("嘉实300跌2.02%，长盛中证100涨1%。", "长盛"),
]))
def test_a_short_name_without_support_is_no_organisation(pipeline, text, form):
    assert not any(form in name for name in _orgs(pipeline, text)), _orgs(pipeline, text)


@pytest.mark.parametrize("text", both_scripts(["亚泥昨天举办员工运动会，气氛热烈。"]))
def test_a_document_without_a_market_or_company_word_is_not_read(nlp, text):
    simplified = to_simplified(text)
    assert listed_company_names(simplified, token_table(nlp(simplified)), load_lexicon()) == []


@pytest.mark.parametrize("text", both_scripts(["台积电与联电股价同步上涨。"]))
def test_names_of_the_known_table_keep_its_reading(pipeline, text):
    mentions = {to_simplified(m.text): m.extractor for m in _org_mentions(pipeline, text)}
    assert mentions.get("台积电") != MentionSource.ORG_STOCK_NAME, mentions
    assert mentions.get("联电") != MentionSource.ORG_STOCK_NAME, mentions


def test_the_table_is_well_formed():
    rows = [line.split("\t") for line in data_path(TABLE).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 7000
    assert all(len(row) == 5 for row in rows)
    assert rows == sorted(rows, key=lambda r: (r[2], r[3], r[0]))
    for simplified, traditional, market, code, _ in rows:
        assert 2 <= len(simplified) <= 6 and all(unicodedata.name(c).startswith("CJK") for c in simplified)
        assert market in ("twse", "tpex", "sse", "szse", "bse") and code
        assert not traditional or to_simplified(traditional) == simplified
    assert {"台泥", "亚泥", "联电", "京东方", "万科"} <= stock_short_names()
    assert not {"万科A", "ST金田"} & stock_short_names()


def _builder():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "build_listed_companies.py"
    spec = importlib.util.spec_from_file_location("build_listed_companies", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wheel(path, files):
    import zipfile

    with zipfile.ZipFile(path, "w") as wheel:
        for name, text in files.items():
            wheel.writestr(name, text)
    return path


def test_the_builder_reads_both_packages_and_drops_trading_marks(tmp_path):
    builder = _builder()
    tw = _wheel(tmp_path / "tw.whl", {
        "twstock/codes/twse_equities.csv": "type,code,name,ISIN,start,market,group,CFI\n"
                                           "股票,1102,亞泥,TW0001102002,1962/06/08,上市,水泥工業,ESVUFR\n"
                                           "ETF,0056,元大高股息,TW0000056001,2007/12/26,上市,,CEOGEU\n",
        "twstock/codes/tpex_equities.csv": "type,code,name,ISIN,start,market,group,CFI\n"
                                           "股票,4141,龍燈-KY,KYG5716Y1010,2013/12/18,上櫃,生技醫療業,ESVUFR\n",
    })
    cn = _wheel(tmp_path / "cn.whl", {"adata/stock/cache/code.csv": "stock_code,short_name,list_date2\n"
                                                                   "000002,万  科Ａ,1991-01-29\n"
                                                                   "200002,万科B,1993-05-28\n"
                                                                   "600001,*ST邯钢,1998-01-22\n"
                                                                   "000100,TCL科技,2004-01-30\n"})
    rows = builder.build([cn, tw])
    assert rows == builder.build([tw, cn])  # the same wheels give the same rows, in whatever order
    assert ("亚泥", "亞泥", "twse", "1102", "水泥工業") in rows
    assert ("龙灯", "龍燈", "tpex", "4141", "生技醫療業") in rows
    assert {(r[0], r[2]) for r in rows if r[2] in ("sse", "szse")} == {("万科", "szse"), ("邯钢", "sse")}
    assert not any(r[0] == "元大高股息" or r[0].startswith("TCL") for r in rows)


def test_the_builder_refuses_a_wheel_without_a_stock_list(tmp_path):
    builder = _builder()
    other = _wheel(tmp_path / "other.whl", {"other/__init__.py": ""})
    with pytest.raises(SystemExit, match="^Error: .*holds neither"):
        builder.build([other])


@pytest.mark.parametrize("text", both_scripts(["外资连续买超九仓三天。"]))
def test_a_users_lexicon_folder_adds_short_names(tmp_path, text):
    from zhkg.config import Config
    from zhkg.run.pipeline import Pipeline

    (tmp_path / TABLE).write_text("# a Hong Kong short name\n九仓\t九倉\thkex\t0004\t\n", encoding="utf-8")
    doc = parse_documents("stocks19-user", text)[0]

    def orgs(config):
        return {to_simplified(m.text) for m in Pipeline(config).extract_mentions(doc) if m.label is Label.ORGANIZATION}

    assert "九仓" not in orgs(Config())  # not a name of the shipped table
    assert "九仓" in orgs(Config(lexicon_dirs=(str(tmp_path),)))
