"""Bad input ends well, nothing is lost, and every file kg writes is valid."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest
from factories import SAMPLE, exported, require_tool, result, stored
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ids import node_iri, slug
from kg.ingest import parse_text, strip_markup

GOOD = "Russia dismisses the allegations and accuses the West of fueling tensions.\n"


def nasty_corpus(folder: Path) -> dict[str, str]:
    """Files a new user might feed kg, and what should happen to each: 'ok' or a reason."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \n\t\n", "empty"),
        "doc.txt": (b"%PDF-1.7\n%binary", "PDF"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        "zipped.txt": (gzip.compress(GOOD.encode()), "gzip"),
        "latin1.txt": ("Le Président français à Paris.".encode("latin-1"), "UTF-8"),
        "utf16.txt": (GOOD.encode("utf-16"), "ok"),
        "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), "ok"),
        "badbytes.txt": (GOOD.encode() + b"\xff\xfe\xfa broken", "UTF-8"),
        "control.txt": (b"Russia\x00 praised\x07 China.\x1b", "ok"),
        "html.txt": (
            b"<html><body><p>Russia praised China.</p><script>alert(1)</script></body></html>",
            "ok",
        ),
        "markdown.txt": (b"# Talks\n\n**Russia** praised *China* in [talks](http://x).", "ok"),
        "rtl.txt": (
            "Iran praised Iraq. \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"
            " \u202eevil\u202c.".encode(),
            "ok",
        ),
        "cjk.txt": (
            "China praised Japan. \u4e60\u8fd1\u5e73\u4f1a\u89c1\u4e86\u666e\u4eac\u3002"
            " \U0001f600\U0001f1f7\U0001f1fa".encode(),
            "ok",
        ),
        "names.txt": (
            b'The "Quote" Party <script>alert(1)</script> praised Back\\slash Inc. '
            b"and O'Brien.\nLine\nbreaks.",
            "ok",
        ),
        "runon.txt": (("word " * 20000).encode(), "ok"),
        "baddate.txt": (b"date 2021-02-30 World\nTitle\nRussia praised China.", "impossible"),
        "big.txt": (b"Russia praised China. " * 1_000_000, "limit"),  # 22 MB
        "lines.jsonl": ((json.dumps({"id": "j1", "text": GOOD}) + "\n{oops\n").encode(), "JSON"),
    }
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    return {name: expect for name, (_, expect) in cases.items()}


@pytest.mark.model
@pytest.mark.slow
def test_a_batch_of_nasty_inputs_ends_well(tmp_path):
    expected = nasty_corpus(tmp_path / "in")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "in"),
                           str(tmp_path / "missing.txt"), "--out", str(out), "--store",
                           str(tmp_path / "db"), "--ttl", "--max-bytes", "1000000"],
                          capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # some inputs failed, the rest was processed
    err = proc.stderr
    for name, expect in expected.items():
        if expect == "ok":
            assert f"{name}:" not in err and f"/{name} " not in err, name
        else:
            line = next((x for x in err.splitlines() if name in x), "")
            assert expect in line, (name, line)
    assert "missing.txt" in err and "does not exist" in err
    ids = {json.loads(x)["doc"] for x in (out / "statements.jsonl").read_text().splitlines()}
    assert {"html", "utf16", "bom", "control", "names", "j1"} <= ids
    ttl = out / "graph.ttl"
    assert len(list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))) > 50
    rapper = require_tool("rapper")
    check = subprocess.run([rapper, "-q", "-i", "turtle", "-c", str(ttl)], capture_output=True,
                           text=True, check=False)  # fmt: skip
    assert check.returncode == 0, check.stderr
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page


def test_html_is_read_as_text():
    art = parse_text(
        "<html><body><h1>Talks</h1><p>Russia &amp; China met.</p>"
        "<script>alert(1)</script></body></html>",
        source="x",
        id="x",
    )
    assert art.text == "Talks\nRussia & China met."
    assert strip_markup("Plain text with a < sign") == "Plain text with a < sign"


# --- properties -------------------------------------------------------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@given(text)
@settings(max_examples=200, deadline=None)
def test_any_text_makes_a_valid_iri(name):
    ox.NamedNode(node_iri(f"person/{slug(name)}"))  # raises on an invalid IRI


@given(subject=text, relation=text)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_names_give_turtle_a_strict_parser_accepts_and_escaped_html(subject, relation):
    from kg.analysis import to_networkx
    from kg.view import to_pyvis

    probe = "<i kg-probe>"  # markup that must reach the page only escaped
    results = [result(subject=probe + subject, relation=relation)]
    for fmt, oxfmt in (("turtle", ox.RdfFormat.TURTLE), ("nquads", ox.RdfFormat.N_QUADS)):
        assert list(ox.parse(exported(results, fmt), format=oxfmt))
    page = to_pyvis(to_networkx(stored(results)))
    assert probe not in page


@pytest.mark.model
@given(st.text(min_size=1, max_size=300))
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_any_article_text_goes_through_the_whole_pipeline(nlp, knowledge, body):
    from kg.extract.statements import process
    from kg.ingest import clean_text

    if not clean_text(body).strip():
        return
    art = parse_text(body, source="hypothesis", id="h")
    res = process(nlp(art.text), art, knowledge)
    assert list(ox.parse(exported([res]), format=ox.RdfFormat.TURTLE))
    for stmt in res.statements:
        assert art.text[slice(*stmt.subject_span)] == stmt.subject


# --- interrupted builds -----------------------------------------------------------------------


def wait_for(ready, proc: subprocess.Popen, *, what: str, timeout: float = 600) -> None:
    """Poll until ``ready()`` holds; fail if ``proc`` ends first or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"the process ended before {what}"
        assert time.monotonic() < deadline, f"no {what} after {timeout} s"
        time.sleep(0.05)


def still_running(procs: list[psutil.Process], *, within: float) -> list[psutil.Process]:
    """Those of ``procs`` still alive (zombies count as gone) after waiting up to ``within``
    seconds for all of them to end."""
    deadline = time.monotonic() + within
    while True:
        alive = [p for p in procs if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def command(proc: psutil.Process) -> str:
    try:
        return " ".join(proc.cmdline())
    except psutil.Error:  # ended (or a zombie) already
        return ""


@pytest.mark.model
@pytest.mark.slow
def test_a_killed_build_leaves_the_previous_outputs_a_usable_store_and_no_process(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    body = SAMPLE.read_text(encoding="utf-8")
    (articles / "first.txt").write_text(body, encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "db"
    cmd = [sys.executable, "-m", "kg", "build", str(articles), "--out", str(out),
           "--store", str(db), "--ttl", "--jobs", "2", "-q"]  # fmt: skip
    assert subprocess.run(cmd, check=False).returncode == 0
    before = (out / "graph.ttl").read_bytes()
    for i in range(60):  # four batches: the pool starts, and is busy when the first is written
        (articles / f"more-{i:03d}.txt").write_text(body.replace("Putin", f"Putin{i}"))
    proc = subprocess.Popen(cmd)
    try:
        wait_for(lambda: any(f.stat().st_size for f in out.glob(".statements.jsonl.*.tmp")),
                 proc, what="first batch written")  # fmt: skip
        tree = {p: command(p) for p in psutil.Process(proc.pid).children(recursive=True)}
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert sum("spawn_main" in line for line in tree.values()) == 2, tree  # --jobs 2 workers
    left = still_running(list(tree), within=10)
    for p in left:  # not left to the next test either
        p.kill()
    assert not left, f"the killed build left {[tree[p] for p in left]}"
    assert (out / "graph.ttl").read_bytes() == before  # untouched, not truncated
    from kg.store.db import Store

    assert "first" in Store(db).articles()  # reopens consistent
    assert subprocess.run(cmd, check=False).returncode == 0  # and a re-run completes it
    assert len(Store(db, read_only=True).articles()) == 61
    assert not list(out.glob(".*.tmp"))  # no temporary files left behind


#: A process that starts a worker calling die_with_parent, prints the worker's pid and waits
PARENT = """
import subprocess, sys
worker = subprocess.Popen([sys.executable, "-c", WORKER], stdout=subprocess.PIPE, text=True)
assert worker.stdout.readline() == "ready\\n"
print(worker.pid, flush=True)
worker.wait()
"""
WORKER = """
import os, time
from kg.run.executors import die_with_parent
die_with_parent(os.getppid(), every=0.1, pdeathsig=PDEATHSIG)
print("ready", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("pdeathsig", [True, False], ids=["prctl", "watchdog"])
def test_a_worker_ends_when_its_parent_is_killed(pdeathsig: bool):
    worker_code = WORKER.replace("PDEATHSIG", str(pdeathsig))
    code = PARENT.replace("WORKER", repr(worker_code))
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE) as parent:
        try:
            worker = psutil.Process(int(parent.stdout.readline()))
            assert still_running([worker], within=0.5) == [worker]  # alive while its parent is
        finally:
            parent.kill()
    left = still_running([worker], within=5)
    for p in left:
        p.kill()
    assert not left, "the worker outlived its killed parent"


@pytest.mark.model
@pytest.mark.slow
def test_extract_openie_and_stdin_with_bad_input(tmp_path):
    def kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin,
                              capture_output=True, timeout=300, check=False)  # fmt: skip

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = kg("extract", str(folder))
    assert proc.returncode == 1 and b"bad.txt" in proc.stderr and b"PNG" in proc.stderr
    assert all(json.loads(line)["doc"] == "good" for line in proc.stdout.splitlines())
    proc = kg("extract", "-", stdin=b"%PDF-1.4 not text")
    assert proc.returncode == 1 and b"<stdin>" in proc.stderr and b"PDF" in proc.stderr
    proc = kg("openie", "-", stdin="caf\u00e9".encode("latin-1"))
    assert proc.returncode == 1 and b"not valid UTF-8" in proc.stderr
    proc = kg("openie", "-", stdin=b"Xi invited Putin.\n\n\x00\nRussia acts.\n")
    assert proc.returncode == 0 and proc.stdout.count(b"\n") >= 1
