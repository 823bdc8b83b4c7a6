"""Streaming, --jobs, progress and the Dask path give the same output as the simple path."""

from __future__ import annotations

import io
import json
import multiprocessing
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from factories import SAMPLE, generated_articles

from kg.ingest import count
from kg.run import work
from kg.run.build import StoreWriter, build, worth_compacting
from kg.run.executors import ordered
from kg.run.work import Done, batches
from kg.store.db import Store


def test_ordered_keeps_input_order_and_reads_ahead_only_a_window():
    pulled = []

    def items():
        for i in range(40):
            pulled.append(i)
            yield i

    def slow(i: int) -> int:
        time.sleep(random.Random(i).uniform(0, 0.01))  # finish out of order
        return i * i

    seen_at_first = None
    out = []
    with ThreadPoolExecutor(4) as pool:
        for value in ordered(pool.submit, slow, items(), window=5):
            if seen_at_first is None:
                seen_at_first = len(pulled)
            out.append(value)
    assert out == [i * i for i in range(40)]
    assert seen_at_first == 5  # never more than the window in flight


def test_batches_cut_a_stream():
    assert [len(b) for b in batches(iter(range(37)), 16)] == [16, 16, 5]
    assert list(batches(iter([]), 16)) == []


def test_settle_freezes_what_is_loaded_once_per_process(monkeypatch):
    frozen = []
    monkeypatch.setattr(work.gc, "freeze", lambda: frozen.append(1))
    monkeypatch.setattr(work, "_settled_in", None)
    work.settle()
    work.settle()
    assert frozen == [1]
    monkeypatch.setattr(work, "_settled_in", -1)  # as after a fork: another process's flag
    work.settle()
    assert frozen == [1, 1]


def test_pipeline_freezes_the_model_once_loaded(monkeypatch):
    import kg.blas
    import kg.gazetteer
    import kg.nlp

    calls = []
    monkeypatch.setattr(work, "_PIPELINES", {})
    monkeypatch.setattr(kg.nlp, "load", lambda model: calls.append("load") or "nlp")
    monkeypatch.setattr(kg.gazetteer.Gazetteer, "load", classmethod(lambda cls, aliases: None))
    monkeypatch.setattr(kg.blas, "one_thread", lambda: None)
    monkeypatch.setattr(work.gc, "freeze", lambda: calls.append("freeze"))
    assert work.pipeline("model")[0] == "nlp"
    assert work.pipeline("model")[0] == "nlp"  # loaded once, frozen once
    assert calls == ["load", "freeze"]


def test_count_inputs(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    assert count([tmp_path]) == 5
    assert count([tmp_path / "a.txt", "-"]) is None
    assert count([tmp_path / "missing"]) == 0


def _done(doc: str, nquads: str) -> Done:
    return Done(article=doc, source=f"{doc}.txt", nquads=nquads, statements=1)


def _quad(doc: str, value: str) -> str:
    return f'<urn:x:{doc}> <urn:p> "{value}" <https://w3id.org/kg-news/graph/{doc}> .\n'


@pytest.mark.parametrize("path", [None, "db"])
def test_writer_replaces_graphs_and_isolates_a_bad_article(tmp_path: Path, path):
    store = Store(tmp_path / path if path else None)
    failed = []
    with StoreWriter(store, failed.append) as writer:
        writer.add(_done("a1", _quad("a1", "old")))
    with StoreWriter(store, failed.append) as writer:
        writer.add(_done("a1", _quad("a1", "new")))  # replaces a1
        writer.add(_done("a2", "<not an IRI> <urn:p> <urn:o> .\n"))
        writer.add(_done("a3", _quad("a3", "v")))
        writer.add(_done("a3", _quad("a3", "w")))  # same id twice in one run: the last wins
    assert [str(e).split(":")[0] for e in failed] == ["a2.txt"]
    assert "could not be stored" in str(failed[0])
    values = sorted(q.object.value for q in store.quads())
    assert values == ["new", "w"]
    assert store.articles() == ["a1", "a3"]


def test_progress_bar_shows_counts_rate_and_eta():
    from rich.console import Console

    from kg.run.progress import progress_bar

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=160, color_system=None)
    with progress_bar(3, console=console) as tick:
        for n in (2, 3, 4):
            tick(Done(article="a", source="a.txt", statements=n))
    bar_text = buf.getvalue()  # the last frame, drawn when the bar stops
    assert "3/3" in bar_text
    assert "9 statements" in bar_text
    assert "articles/s" in bar_text
    assert "ETA" in bar_text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample, 300 generated articles as JSON Lines, and two inputs that fail."""
    d = tmp_path_factory.mktemp("corpus")
    (d / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    lines = [
        json.dumps({"id": a.id, "title": a.title, "date": a.date.isoformat(), "text": a.text})
        for a in generated_articles(300, seed=11)
    ]
    lines.insert(120, "{broken json")
    (d / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


def _run(corpus: Path, out: Path, **options):
    report = build([corpus], out / "out", html=False, ttl=True, **options)
    return (
        report,
        (out / "out" / "graph.ttl").read_bytes(),
        (out / "out" / "statements.jsonl").read_bytes(),
    )


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """The simple path: one process, in-memory store."""
    return _run(corpus, tmp_path_factory.mktemp("ref"), jobs=1)


def _summary(report) -> tuple:
    return (
        report.articles,
        report.sentences,
        report.statements,
        len(report.actors),
        report.triples,
        sorted(str(e) for e in report.failed),
    )


@pytest.mark.model
@pytest.mark.slow
def test_jobs_2_gives_byte_identical_output(corpus, reference, tmp_path: Path, monkeypatch):
    import kg.run.executors

    pools = []
    real_pool = kg.run.executors.process_pool
    monkeypatch.setattr(
        kg.run.executors, "process_pool", lambda jobs: pools.append(jobs) or real_pool(jobs)
    )
    ref_report, ref_ttl, ref_jsonl = reference
    assert ref_report.articles == 301 and len(ref_report.failed) == 2
    assert ref_report.statements > 1500
    report, ttl, jsonl = _run(corpus, tmp_path, jobs=2)
    assert pools == [2]  # the work really went to two worker processes
    assert _summary(report) == _summary(ref_report)
    assert jsonl == ref_jsonl
    assert ttl == ref_ttl


@pytest.mark.model
@pytest.mark.slow
def test_jobs_2_into_a_store_equals_one_process_into_a_store(corpus, tmp_path: Path):
    one = _run(corpus, tmp_path / "one", jobs=1, store=tmp_path / "db1")
    two = _run(corpus, tmp_path / "two", jobs=2, store=tmp_path / "db2")
    assert _summary(one[0]) == _summary(two[0])
    assert one[1:] == two[1:]
    dumps = []
    for db in ("db1", "db2"):
        buf = io.BytesIO()
        Store(tmp_path / db, read_only=True).export(buf, "nquads")
        dumps.append(buf.getvalue())
    assert dumps[0] == dumps[1]
    assert dumps[0].count(b"\n") > 50_000


@pytest.mark.model
@pytest.mark.slow
def test_dask_local_cluster_builds_the_same_graph(corpus, reference, tmp_path: Path):
    pytest.importorskip("distributed", reason="pip install 'kg[dask]'")
    ref_report, ref_ttl, ref_jsonl = reference
    report, ttl, jsonl = _run(corpus, tmp_path, jobs=2, scheduler="local")
    assert _summary(report) == _summary(ref_report)
    parsed = [set(ox.parse(data, format=ox.RdfFormat.TURTLE)) for data in (ttl, ref_ttl)]
    assert len(parsed[0]) == ref_report.triples
    assert parsed[0] == parsed[1]  # no blank nodes: equal sets are isomorphic graphs
    assert jsonl == ref_jsonl
    assert not multiprocessing.active_children()  # the cluster's workers are gone


@pytest.mark.model
@pytest.mark.slow
def test_cli_progress_stays_out_of_piped_output(articles_dir: Path, tmp_path: Path):
    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(articles_dir), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stderr.splitlines()[0].startswith("kg: 1 articles")
    assert "\r" not in run.stderr and "\x1b" not in run.stderr
    assert run.stdout == ""


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_positive(value: str, capsys):
    from kg.cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["build", "x", "--jobs", value])
    assert exc.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_writer_raises_a_store_failure_in_the_caller():
    from kg.errors import OutputError

    class Broken:
        path = Path("db")

        def put_nquads(self, articles):
            raise OSError("disk full")

    with pytest.raises(OutputError, match="db: disk full"), StoreWriter(Broken(), print) as writer:
        writer.add(_done("a1", _quad("a1", "v")))


def test_a_dead_worker_is_a_clear_error():
    import os

    from kg.errors import KgError
    from kg.run.executors import process_pool

    with pytest.raises(KgError, match="worker process died"), process_pool(1) as place:
        place.submit(os._exit, 3).result()


@pytest.mark.slow
def test_unreachable_scheduler_is_a_clear_error(articles_dir: Path, tmp_path: Path):
    pytest.importorskip("distributed", reason="pip install 'kg[dask]'")
    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(articles_dir), "--out", str(tmp_path),
         "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "statements.jsonl").exists()


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("flags", [[], ["--no-ttl"]])
def test_a_store_build_skips_the_export_and_counts_the_store(
    articles_dir: Path, tmp_path: Path, flags: list[str]
):
    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(articles_dir), "--out", str(tmp_path / "o"),
         "--store", str(tmp_path / "db"), "--no-html", *flags],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert not (tmp_path / "o" / "graph.ttl").exists()
    assert (tmp_path / "o" / "statements.jsonl").stat().st_size > 0
    quads = len(Store(tmp_path / "db", read_only=True))
    assert f"{quads} quads in the store" in run.stderr
    assert "wrote " + str(tmp_path / "o") + "/statements.jsonl\n" in run.stderr
    assert ("kg export --store" in run.stderr) == (not flags)  # says how to get Turtle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities: Linux")
def test_store_threads_yield_the_cores_to_the_parse(tmp_path: Path):
    import os

    from kg.run.executors import BACKGROUND_NICE

    store = Store(tmp_path / "db")  # on disk: RocksDB starts its background threads
    before = os.getpriority(os.PRIO_PROCESS, 0)
    with StoreWriter(store, lambda err: None) as writer:
        writer.add(_done("a1", _quad("a1", "v")))
        writer.flush()
        writer.wait()
        rocksdb = [
            int(task.name)
            for task in Path("/proc/self/task").iterdir()
            if (task / "comm").read_text().startswith("rocksdb:")
        ]
        nice = {
            tid: os.getpriority(os.PRIO_PROCESS, tid) for tid in [writer.thread.native_id, *rocksdb]
        }
    assert rocksdb and min(nice.values()) >= BACKGROUND_NICE, nice  # writer + each RocksDB thread
    assert os.getpriority(os.PRIO_PROCESS, 0) == before  # this thread (the parse) is untouched
    assert [q.object.value for q in store.quads()] == ["v"]


@pytest.mark.parametrize(
    ("held", "written", "compact"),
    [(0, 1, True), (0, 0, False), (100, 25, True), (100, 24, False), (2095, 1, False),
     (8, 2, True), (8, 1, False)],
)  # fmt: skip
def test_a_build_compacts_the_store_only_when_it_grew_by_a_quarter(held, written, compact):
    assert worth_compacting(held, written) is compact


@pytest.mark.model
def test_adding_a_few_articles_to_a_store_skips_the_compaction(tmp_path: Path, monkeypatch):
    compacted: list[int] = []
    real = Store.optimize
    monkeypatch.setattr(Store, "optimize", lambda self: (compacted.append(len(self)), real(self)))
    arts = generated_articles(13, seed=5)

    def add(part: list, name: str) -> None:
        src = tmp_path / f"{name}.jsonl"
        src.write_text(
            "".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in part), "utf-8"
        )
        build([src], tmp_path / name, store=tmp_path / "db", html=False)

    add(arts[:8], "first")  # a new store: compacted
    add(arts[8:9], "one")  # 1 of 8 more: left to RocksDB
    add(arts[9:13], "four")  # 4 of 9 more: compacted again
    store = Store(tmp_path / "db", read_only=True)
    assert len(store.articles()) == 13
    assert len(compacted) == 2 and compacted[-1] == len(store)
