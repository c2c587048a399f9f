from pathlib import Path

import pytest

from zhkg.stages.documents import parse_documents

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e88b616f19a6a93b.txt"


@pytest.fixture(scope="module")
def seed_docs():
    return parse_documents("seed", SEED.read_text(encoding="utf-8"))


def test_seed_article_metadata(seed_docs):
    article = seed_docs[0]
    assert article.kind == "article"
    assert article.title == "奮勇投身疫情防控第一線 為保人民群眾平安作貢獻"
    assert (article.date, article.source) == ("2020-12-22", "消費日報網")
    assert article.original_title.endswith("平谷區政協抗擊疫情工作紀實")
    assert article.byline == "劉權有"
    assert (article.signoff, article.signoff_date) == ("政協北京市平谷區委員會辦公室", "2020年2月15日")


def test_seed_related_items_are_documents(seed_docs):
    related = seed_docs[1:]
    assert len(related) == 20
    assert [d.id for d in related[:2]] == ["seed#related-01", "seed#related-02"]
    assert all(d.kind == "related" and d.parent_id == "seed" for d in related)
    assert related[0].title == "陳文成:在京臺灣青年投身社區疫情防控第一線"
    assert related[-1].text.startswith("廣西南寧社會各界為疫情防控貢獻堅強志願力量\n我市來自各行業")


def test_article_text_is_a_prefix_of_the_file(seed_docs):
    text = SEED.read_text(encoding="utf-8")
    assert text.startswith(seed_docs[0].text)
    assert "相關焦點" not in seed_docs[0].text


@pytest.mark.parametrize(
    "text",
    ["平谷区没有一例确诊病例。", "第一行\n\n第二行没有日期来源行"],
)
def test_plain_text_is_one_document(text):
    docs = parse_documents("x", text)
    assert len(docs) == 1 and docs[0].kind == "text" and docs[0].text == text
