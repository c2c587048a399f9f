"""Corpus runs: the same graph whatever the engine or number of jobs, and after an interruption."""

from pathlib import Path

import pytest

from zhkg.config import Config
from zhkg.export.graphml import graphml_bytes
from zhkg.export.jsonl import graph_json
from zhkg.run.corpus import CorpusRun, run_corpus
from zhkg.stages.read_files import RawDocument

pytestmark = pytest.mark.slow  # worker pools and a Dask cluster

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_e88b616f19a6a93b.txt").read_text(encoding="utf-8")

TEXTS = [
    ("seed", SEED),
    ("a", "稷山县公安局民警贺旺英坚守岗位。全县12个乡镇设立卡口。"),
    ("b", "广西南宁社会各界为疫情防控贡献力量。全市发布项目共822个。"),
    ("c", "平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"),
    ("d", "美国总统在白宫会见了日本首相。"),
]


def raws():
    return [RawDocument(i, t) for i, t in TEXTS]


@pytest.fixture(scope="module")
def serial():
    return run_corpus(raws(), CorpusRun(Config(), jobs=1))


def test_same_graph_with_two_jobs(serial):
    parallel = run_corpus(raws(), CorpusRun(Config(), jobs=2))
    assert graphml_bytes(parallel.graph) == graphml_bytes(serial.graph)
    assert graph_json(parallel.graph) == graph_json(serial.graph)


def test_same_graph_as_the_plain_pipeline(serial):
    from zhkg.run.pipeline import Pipeline

    plain = Pipeline().run_raw(raws())
    assert graphml_bytes(plain.graph) == graphml_bytes(serial.graph)


def test_input_order_does_not_matter(serial):
    reordered = run_corpus(list(reversed(raws())), CorpusRun(Config(), jobs=1))
    assert graphml_bytes(reordered.graph) == graphml_bytes(serial.graph)


def test_interrupted_run_resumes_to_the_same_graph(serial, tmp_path):
    work = tmp_path / "work"
    seen = []

    def interrupt(result):
        seen.append(result.document.id)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus(raws(), CorpusRun(Config(), jobs=1, work_dir=work), on_result=interrupt)
    stored = {p: p.stat().st_mtime_ns for p in work.rglob("*.json")}
    assert len(stored) == 3  # the finished documents were kept
    resumed = run_corpus(raws(), CorpusRun(Config(), jobs=1, work_dir=work))
    assert graphml_bytes(resumed.graph) == graphml_bytes(serial.graph)
    assert len(list(work.rglob("*.json"))) == len(resumed.extraction.documents)
    assert all(p.stat().st_mtime_ns == t for p, t in stored.items())  # read back, not recomputed


def test_changed_text_is_recomputed(tmp_path):
    work = tmp_path / "work"
    run_corpus([RawDocument("x", "平谷区政协主席闫维洪。")], CorpusRun(Config(), work_dir=work))
    changed = run_corpus([RawDocument("x", "稷山县公安局民警贺旺英。")], CorpusRun(Config(), work_dir=work))
    names = {e.name for e in changed.extraction.entities}
    assert "贺旺英" in names and "闫维洪" not in names


def test_results_stored_by_another_version_of_the_code_are_recomputed(tmp_path, monkeypatch):
    import zhkg.run.corpus as corpus

    work = tmp_path / "work"
    run_corpus([RawDocument("x", "平谷区政协主席闫维洪。")], CorpusRun(Config(), work_dir=work))
    first = sorted(work.rglob("*.json"))
    monkeypatch.setattr(corpus, "_code_fingerprint", lambda: "another version")
    run_corpus([RawDocument("x", "平谷区政协主席闫维洪。")], CorpusRun(Config(), work_dir=work))
    assert len(first) == 1 and len(set(work.rglob("*.json")) - set(first)) == 1  # a new key, not a read-back


def test_the_code_fingerprint_changes_with_any_file_of_the_package(tmp_path, monkeypatch):
    import zhkg.run.corpus as corpus

    before = corpus._code_fingerprint()
    assert before == corpus._code_fingerprint() and len(before) == 40
    package = tmp_path / "zhkg"
    (package / "run").mkdir(parents=True)
    (package / "resources").mkdir()
    (package / "resources" / "roles.tsv").write_text("主席\tchair\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "__file__", str(package / "run" / "corpus.py"))
    corpus._code_fingerprint.cache_clear()
    try:
        one = corpus._code_fingerprint()
        corpus._code_fingerprint.cache_clear()
        (package / "resources" / "roles.tsv").write_text("主席\tchairman\n", encoding="utf-8")
        assert corpus._code_fingerprint() != one
    finally:
        corpus._code_fingerprint.cache_clear()


def test_dask_cluster_gives_the_same_graph(serial):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = run_corpus(raws(), CorpusRun(Config(), engine="dask", scheduler=cluster.scheduler_address))
    assert graphml_bytes(result.graph) == graphml_bytes(serial.graph)


def test_namesakes_in_different_organisations_stay_apart():
    from zhkg.run.pipeline import Pipeline

    result = Pipeline().run_texts([
        ("a", "稷山县公安局民警张伟坚守岗位。"),
        ("b", "丰泽区检察院检察官张伟认真工作。"),
        ("c", "稷山县公安局民警张伟再次值守。"),
    ])
    people = {e.id: e for e in result.extraction.entities if e.name == "张伟"}
    assert len(people) == 2
    first = people["person:张伟"]
    assert first.doc_ids == ("a", "c")
    assert "稷山县公安局" in first.merged_because
    other = next(e for i, e in people.items() if i != "person:张伟")
    assert other.id.startswith("person:张伟~") and other.doc_ids == ("b",)
    # relations follow the split
    G = result.graph
    assert any(d["label"] == "HOLDS_ROLE" for _, v, d in G.out_edges(other.id, data=True) if "检察院" in v)


def test_same_name_without_context_merges_with_reason():
    from zhkg.run.pipeline import Pipeline

    result = Pipeline().run_texts([("a", "平谷区政协主席闫维洪讲话。"), ("b", "闫维洪强调。")])
    person = next(e for e in result.extraction.entities if e.name == "闫维洪")
    assert person.doc_ids == ("a", "b") and person.merged_because.startswith("same name in 2 documents")


@pytest.mark.parametrize("size", [1, 3, 100])
def test_batches_of_any_size_give_the_same_graph(serial, size):
    """The recogniser tags a batch of documents together; the graph must not depend on the batching."""
    batched = run_corpus(raws(), CorpusRun(Config(), jobs=1, chunk_size=size))
    assert graphml_bytes(batched.graph) == graphml_bytes(serial.graph)


def test_a_batch_gives_each_document_its_own_result():
    from zhkg.run.pipeline import Pipeline

    pipeline = Pipeline()
    documents = [d for raw in raws() for d in pipeline.documents_of(raw)]
    assert len(documents) > len(TEXTS)  # the seed's related items are documents too
    one_by_one = [pipeline.process_document(d) for d in documents]
    assert pipeline.process_documents(documents) == one_by_one
    assert pipeline.process_documents(documents[::-1]) == one_by_one[::-1]


def test_a_three_letter_name_is_one_person_in_every_post_and_a_bare_document_joins_the_first():
    from zhkg.run.pipeline import Pipeline

    result = Pipeline().run_texts([
        ("a", "国务院总理温家宝主持会议。"),
        ("b", "中共中央政治局常委温家宝出席。"),
        ("c", "温家宝在北京会见了来访的客人。"),
        ("d", "稷山县公安局民警张伟坚守岗位。"),
        ("e", "丰泽区检察院检察官张伟认真工作。"),
        ("f", "张伟说，今年的工作很顺利。"),
    ])
    ids = {e.id: e.doc_ids for e in result.extraction.entities if e.name in ("温家宝", "张伟")}
    assert ids["person:温家宝"] == ("a", "b", "c") and not any(i.startswith("person:温家宝~") for i in ids)
    assert ids["person:张伟"] == ("d", "f")  # the document naming no organisation: the first 张伟
    assert [d for i, d in ids.items() if i.startswith("person:张伟~")] == [("e",)]
