"""Long documents: the same tokens as spaCy's jieba tokenizer, bounded stretches, exact offsets.

Time is measured by ``bench/long_text.py`` (how run time grows with the length);
these tests check what must hold whatever the speed.
"""

import re

import pytest
import spacy

from zhkg.config import Config
from zhkg.stages.segment import MAX_STRETCH, make_nlp


@pytest.fixture(scope="module")
def spacy_jieba():
    """spaCy's own jieba tokenizer (with the project words, which make_nlp loads into jieba)."""
    make_nlp()
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}}).tokenizer


@pytest.mark.parametrize("text", [
    "平谷区政协主席闫维洪主持会议。",
    "平谷区 政协  主席\n\n闫维洪\r\n讲话。 ",
    "  开头的空格和结尾的换行\n",
    "ABC 123 def，全角１７个；\t制表符\u3000和全角空格",
    "的" * MAX_STRETCH,
    "",
    " ",
])
def test_tokens_and_spaces_are_spacys(nlp, spacy_jieba, text):
    ours, theirs = nlp(text), spacy_jieba(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]
    assert ours.text == text


def test_the_seed_is_tokenised_as_spacy_does(nlp, spacy_jieba, seed_text):
    assert [(t.text, t.whitespace_) for t in nlp(seed_text)] == [(t.text, t.whitespace_) for t in spacy_jieba(seed_text)]


def test_a_long_unpunctuated_stretch_is_cut_into_bounded_pieces(nlp):
    doc = nlp("的" * (5 * MAX_STRETCH + 7))
    assert doc.text == "的" * (5 * MAX_STRETCH + 7)
    assert all(t.idx // MAX_STRETCH == (t.idx + len(t) - 1) // MAX_STRETCH for t in doc), "no word across a cut"


def test_spacys_length_limit_is_the_documents():
    assert make_nlp().max_length >= Config().max_document_chars > 1_000_000


def test_200k_characters_without_punctuation_come_out_with_exact_offsets(pipeline, seed_text):
    article = seed_text.split("相關焦點")[0]
    stretch = re.sub(r"[\W_]+", "", article)  # the Traditional article without punctuation or spaces
    text = "的" * 100_000 + stretch + "的" * (200_000 - 100_000 - len(stretch))
    result = pipeline.run_texts([("long", text)])
    mentions = result.extraction.mentions
    assert len(text) == 200_000 and len(mentions) > 20
    assert all(m.text == text[m.start:m.end] and 100_000 <= m.start < m.end <= 100_000 + len(stretch)
               for m in mentions)
    assert {"閆維洪", "平谷區"} <= {m.text for m in mentions}
    for rel in result.extraction.relations:
        assert 0 <= rel.evidence.start <= rel.evidence.end <= len(text)


@pytest.mark.slow
def test_a_document_over_a_million_characters_is_processed(pipeline):
    text = ("平谷区政协主席闫维洪主持会议" + "的" * 986) * 1001  # 1,001,000 characters, a stretch of 1,000 each
    result = pipeline.run_texts([("big", text)])
    assert {m.text for m in result.extraction.mentions} >= {"闫维洪", "平谷区"}
    assert all(m.text == text[m.start:m.end] for m in result.extraction.mentions)


@pytest.mark.parametrize("text", [
    "平谷区政协主席闫维洪主持会议。",
    "平谷区 政协  主席\n\n闫维洪\r\n讲话。 ",
    "  开头的空格和结尾的换行\n",
    "ABC 123 def，全角１７个；\t制表符\u3000和全角空格……“引号”《书名》",
    "的" * (2 * MAX_STRETCH + 3),
    "",
    " ",
])
def test_the_pipelines_doc_has_the_spacy_docs_token_table(nlp, text):
    from zhkg.stages.segment import make_segmenter, token_table

    assert token_table(make_segmenter()(text)) == token_table(nlp(text))


def test_the_seeds_token_table_is_the_spacy_docs(nlp, seed_text):
    from zhkg.stages.normalise import normalise
    from zhkg.stages.segment import make_segmenter, token_table

    text = normalise(seed_text).simplified
    assert token_table(make_segmenter()(text)) == token_table(nlp(text))


def test_a_run_imports_none_of_the_slow_packages(tmp_path):
    """spaCy, cn2an, pyvis (IPython, jinja2) and pkg_resources took half of a one-article run to import."""
    import subprocess
    import sys
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_e88b616f19a6a93b.txt"
    code = ("import sys; from zhkg.cli import main\n"
            f"try: main(['extract', {str(seed)!r}, '-o', {str(tmp_path)!r}])\n"
            "except SystemExit: pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'cn2an', 'pyvis', 'IPython', 'jinja2', "
            "'pkg_resources', 'thinc'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".graphml", ".html"]


def test_worker_processes_never_import_the_graph_or_its_writers(tmp_path):
    """A worker only extracts: networkx, igraph and the writers are imported by the parent once workers are forked."""
    import subprocess
    import sys

    code = ("import sys\n"
            "import zhkg.cli.extract, zhkg.run.corpus as c\n"
            "from zhkg.config import Config\n"
            "from zhkg.stages.read import RawDocument\n"
            "c._init_worker(Config())\n"
            "docs = c._worker.documents_of(RawDocument('d', '北京市平谷区政协主席闫维洪看望慰问卡口值守人员，全区17个镇乡。'))\n"
            "assert c._process_many(docs)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'igraph'}), "
            "'zhkg.export.graphml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[] False"
