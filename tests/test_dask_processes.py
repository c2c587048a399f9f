"""The Dask engine against a scheduler and workers started as separate processes, on 127.0.0.1 only.

``zhkg extract --engine dask --scheduler ADDRESS`` must write the same bytes as
the local engine: results travel between processes by pickling, and the
workers build their own pipeline. The cluster is started by the test (a
scheduler and two one-thread workers, no dashboard) and stopped by it, whatever
happens.
"""

import json
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from zhkg.cli import main

pytestmark = pytest.mark.slow

distributed = pytest.importorskip("dask.distributed")

ROWS = [
    ("政治", "稷山县公安局民警贺旺英坚守岗位。全县12个乡镇设立卡口。"),
    ("政治", "平谷区政协主席闫维洪主持会议。张吉辉、李伟涛等委员捐赠物资。"),
    ("国际", "美国总统在白宫会见了日本首相。"),
    ("社会", "广西南宁社会各界为疫情防控贡献力量。全市发布项目共822个。"),
    ("政治", "北京市平谷区政协副主席张吉辉到马坊镇检查防控工作。"),
    ("社会", "丰泽区检察院检察官张伟认真工作，全区32个村设立检查站。"),
] * 4


@pytest.fixture
def cluster(tmp_path):
    """A scheduler and two workers, each its own process, listening on 127.0.0.1; yields the address."""
    scheduler_file = tmp_path / "scheduler.json"
    procs = []

    def start(*args):
        procs.append(subprocess.Popen([sys.executable, "-m", *args], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, cwd=tmp_path))

    try:
        start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", str(scheduler_file))
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() or not scheduler_file.read_text():
            assert time.monotonic() < deadline, "the scheduler did not start"
            assert procs[0].poll() is None, "the scheduler exited"
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):
            start("distributed.cli.dask_worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                  "--nworkers", "1", "--no-dashboard", "--no-nanny")
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_dask_workers_in_other_processes_give_the_local_bytes(tmp_path, cluster):
    corpus = tmp_path / "news.tsv"
    corpus.write_text("".join(f"{c}\t{t}\n" for c, t in ROWS), encoding="utf-8")
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / engine
        args = ["extract", str(corpus), "-o", str(out), "--json", str(out / "news.json"), "--no-progress",
                "--engine", engine] + (["--scheduler", cluster] if engine == "dask" else ["--jobs", "1"])
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        outputs[engine] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert set(outputs["dask"]) == {"news.graphml", "news.html", "news.json"}
    assert outputs["dask"] == outputs["local"]
