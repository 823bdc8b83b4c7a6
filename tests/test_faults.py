"""Faults: a kill at any moment, a typo on the command line, a full disk, a pathological article.
Old data or new, never neither; a clear message and the rest of the batch goes on."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import spacy
from factories import ACTORS, VERBS, kg_cli, result

from kg.cli.main import main
from kg.model import Article
from kg.nlp import over_budget, pieces, tokenize
from kg.rdf.mapping import graph_iri, to_nquads
from kg.run.work import LIMITS, Done, Limits, OverTime, deadline, parse
from kg.store.db import Store

# --- a kill while the store is written -------------------------------------------------------

CHURNED, STEADY, RETURNING = 24, 8, 8  # articles: changed every round, unchanged, re-added


def _nquads(doc: str, version: int, size: int = 400) -> str:
    """An article's graph in one of two versions that share no quad (the worst case)."""
    graph = f"<{graph_iri(doc)}>"
    return "".join(
        f'<urn:kg:{doc}/s{i}/v{version}> <urn:kg:p> "{doc} {i} v{version}" {graph} .\n'
        for i in range(size)
    )


def _quads(text: str) -> frozenset[ox.Quad]:
    return frozenset(ox.parse(text, format=ox.RdfFormat.N_QUADS))


def _allowed(doc: str) -> list[frozenset[ox.Quad]]:
    """The graphs ``doc`` may have after a kill: its old or new version; for an article that
    was removed and is being added back, also none (the removal is a state of its own)."""
    if doc.startswith("steady"):
        return [_quads(_nquads(doc, 0))]
    versions = [_quads(_nquads(doc, v)) for v in (0, 1)]
    return [*versions, frozenset()] if doc.startswith("ret") else versions


def _docs() -> list[str]:
    return (
        [f"churn{i}" for i in range(CHURNED)]
        + [f"steady{i}" for i in range(STEADY)]
        + [f"ret{i}" for i in range(RETURNING)]
    )


def churn(path: str) -> None:
    """Rewrite the store's articles forever, as re-adding builds do: changed articles replaced
    (transactions), unchanged ones re-added, removed ones added back (bulk loads)."""
    store = Store(path)
    for round_ in range(1_000_000):
        for doc in (d for d in _docs() if d.startswith("ret")):
            store.remove_article(doc)
        version = round_ % 2
        batch = [(d, _nquads(d, 0 if d.startswith("steady") else version)) for d in _docs()]
        assert not store.put_nquads(batch)


def _graphs(path: Path) -> dict[str, frozenset[ox.Quad]]:
    store = ox.Store.read_only(str(path))  # as a reader would see it, before any repair
    graphs = {d: frozenset(store.quads_for_pattern(None, None, None, _graph(d))) for d in _docs()}
    del store
    return graphs


def _graph(doc: str) -> ox.NamedNode:
    return ox.NamedNode(str(graph_iri(doc)))


def test_a_store_killed_while_replacing_articles_keeps_old_or_new_graphs(tmp_path):
    path = tmp_path / "db"
    store = Store(path)
    assert not store.put_nquads([(d, _nquads(d, 0)) for d in _docs()])
    del store
    spawn = multiprocessing.get_context("spawn")
    rng = random.Random(5)
    started = time.monotonic()
    for _ in range(8):
        writer = spawn.Process(target=churn, args=(str(path),))
        writer.start()
        time.sleep(rng.uniform(1.5, 4.0))  # spawning and opening take about a second
        writer.kill()  # SIGKILL: no cleanup runs
        writer.join()
        for doc, quads in _graphs(path).items():
            assert quads in _allowed(doc), (doc, len(quads))
    assert time.monotonic() - started < 120


@pytest.mark.model
@pytest.mark.slow
def test_a_build_killed_while_re_adding_articles_keeps_old_or_new_graphs(tmp_path):
    folder, out, db = tmp_path / "in", tmp_path / "out", tmp_path / "db"
    folder.mkdir()
    rng = random.Random(11)
    pairs = ((rng.sample(ACTORS, 2) for _ in range(2)) for _ in range(300))
    texts = {f"a{i:03d}": " ".join(f"{a} {rng.choice(VERBS)} {b}." for a, b in two)
             for i, two in enumerate(pairs)}  # fmt: skip
    for doc, text in texts.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    cmd = [sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--store",
           str(db), "--no-html", "-q", "--jobs", "1"]  # fmt: skip
    began = time.monotonic()
    subprocess.run(cmd, check=True, timeout=600)
    took = time.monotonic() - began
    old = _article_graphs(db)
    changed = set(list(texts)[::2])
    for doc in changed:
        (folder / f"{doc}.txt").write_text(texts[doc] + " Britain praised NATO.")
    seen = []
    for _ in range(5):
        proc = subprocess.Popen(cmd)
        time.sleep(rng.uniform(0.3, 1.0) * took)
        proc.kill()
        proc.wait()
        seen.append(_article_graphs(db))
    subprocess.run(cmd, check=True, timeout=600)  # a re-run completes the store
    new = _article_graphs(db)
    assert set(old) == set(new) == set(texts)
    for doc in changed:
        assert old[doc] != new[doc] and old[doc] and new[doc]
    for graphs in seen:
        assert set(graphs) == set(old)
        for doc, quads in graphs.items():
            assert quads in (old[doc], new[doc]), doc
            if doc not in changed:
                assert len(quads) == len(old[doc])


def _article_graphs(path: Path) -> dict[str, frozenset[ox.Quad]]:
    store = Store(path, read_only=True)
    graphs = {
        doc: frozenset(store.oxigraph.quads_for_pattern(None, None, None, _graph(doc)))
        for doc in store.articles()
    }
    del store
    return graphs


# --- a build that reads nothing, or cannot write --------------------------------------------

PREVIOUS = {"statements.jsonl": b'{"doc": "old"}\n', "graph.ttl": b"# old\n", "graph.html": b"old"}


def _previous_outputs(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True)
    for name, data in PREVIOUS.items():
        (out / name).write_bytes(data)
    return PREVIOUS


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir()}


def _fake_outputs(articles, **_options):
    """What workers send back for each article (a fixed small graph), without spaCy."""
    for article in articles:
        res = result(article.id)
        yield Done(article.id, article.source, jsonl=res.statements[0].to_json() + "\n",
                   nquads=to_nquads(res), sentences=1, statements=1)  # fmt: skip


def _failing_outputs(articles, **_options):
    for article in articles:
        yield Done(article.id, article.source, error="extraction failed: RuntimeError()")


@pytest.mark.parametrize(
    ("inputs", "status", "says"),
    [
        (["missing.txt"], 2, "missing.txt: does not exist"),
        (["missing.txt", "empty"], 2, "empty: holds no *.txt or *.jsonl files"),
        (["bad.txt"], 1, "bad.txt: is a PNG image"),
        (["missing.txt", "bad.txt"], 1, "bad.txt: is a PNG image"),
    ],
)
def test_a_build_that_reads_no_article_leaves_the_outputs_alone(tmp_path, inputs, status, says):
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out"
    before = _previous_outputs(out)
    args = [str(tmp_path / name) for name in inputs]
    proc = kg_cli("build", *args, "--out", str(out), "--store", str(tmp_path / "db"), check=False)
    assert proc.returncode == status, proc.stderr
    assert "no article was read, so nothing was written" in proc.stderr and says in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _files(out) == before  # byte-identical, nothing added
    assert not (tmp_path / "db").exists()  # the store is not even created


@pytest.mark.parametrize(
    ("inputs", "status"),
    [(["missing.txt"], 2), (["missing.txt", "empty"], 2), (["missing.txt", "bad.txt"], 1),
     (["missing.txt", "a.txt"], 1), (["a.txt"], 0)],
)  # fmt: skip
def test_extract_exits_as_build_does_when_no_input_path_exists(
    tmp_path, monkeypatch, capsys, inputs, status
):
    monkeypatch.setattr("kg.nlp.resolve_model", lambda name=None: "no pipeline needed")
    monkeypatch.setattr("kg.run.lines.outputs", _fake_outputs)
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "a.txt").write_text("Russia praised China.", encoding="utf-8")
    assert main(["extract", *(str(tmp_path / name) for name in inputs), "-q"]) == status
    captured = capsys.readouterr()
    assert ("missing.txt: does not exist" in captured.err) == ("missing.txt" in inputs)
    assert bool(captured.out) == ("a.txt" in inputs)  # the readable article still comes out


def test_a_build_whose_every_article_fails_leaves_the_outputs_alone(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.run.build.outputs", _failing_outputs)
    (tmp_path / "a.txt").write_text("Russia praised China.", encoding="utf-8")
    out = tmp_path / "out"
    before = _previous_outputs(out)
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(out), "-q"]) == 1
    assert _files(out) == before


def test_an_out_folder_that_is_a_file_is_named_before_any_work(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("kg.run.build.outputs", _fake_outputs)
    (tmp_path / "a.txt").write_text("Russia praised China.", encoding="utf-8")
    (tmp_path / "out").write_text("mine\n", encoding="utf-8")
    args = ["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]
    assert main([*args, "--store", str(tmp_path / "db"), "-q"]) == 4
    err = capsys.readouterr().err
    assert "out is a file, not a folder" in err and "free some space" not in err
    assert (tmp_path / "out").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "db").exists()  # nothing done: not even the store created


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _no_permission(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.mark.parametrize(
    ("target", "fault", "says"),
    [
        ("os.fsync", _no_space, "statements.jsonl: No space left on device"),
        ("tempfile.mkstemp", _no_permission, "statements.jsonl: Permission denied"),
        ("kg.store.db.Store.put_nquads", _no_space, "store at"),
    ],
)
def test_a_full_or_read_only_disk_is_one_line_and_the_outputs_stay(
    tmp_path, monkeypatch, capsys, target, fault, says
):
    monkeypatch.setattr("kg.run.build.outputs", _fake_outputs)
    (tmp_path / "a.txt").write_text("Russia praised China.", encoding="utf-8")
    out = tmp_path / "out"
    before = _previous_outputs(out)
    monkeypatch.setattr(target, fault)
    args = ["build", str(tmp_path / "a.txt"), "--out", str(out), "--store", str(tmp_path / "db")]
    assert main([*args, "--ttl", "-q"]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kg: error: cannot write") and says in err
    assert _files(out) == before  # intact, and no temporary file left behind
    monkeypatch.undo()
    monkeypatch.setattr("kg.run.build.outputs", _fake_outputs)
    assert main([*args, "-q"]) == 0  # once there is room, the same build goes through
    assert (out / "statements.jsonl").read_bytes() != before["statements.jsonl"]


# --- an article that would stall a build -------------------------------------------------------

BOMB = "Russia said " + "([\"'" * 8000 + " today."  # 32 KB: 86 s in spaCy's tokenizer
LINE = "Russia praised China and " * 80_000 + "Iran."  # 2 million characters, one line


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Russia praised China.\nXi invited Putin.", None),
        ("http://example.com/" + "a/b?c=d&" * 50, None),  # a long URL is a word, not a bomb
        ("=" * 80 + "\nA separator line.", None),
        (BOMB, "a word of 32,000 characters with 32,000 punctuation marks"),
        ("x " + "'s" * 600, "with 600 punctuation marks"),  # not in a row, one word still
        (LINE, "a line of 2,000,005 characters (the limit is 100,000"),
        ("short\n" * 50_000, None),  # long, but in lines: parsed in pieces
    ],
)
def test_limits_before_the_tokenizer(text, says):
    why = over_budget(text, max_line=LIMITS.line, max_punct=LIMITS.punct)
    assert why is None if says is None else says in why
    if says:
        assert "--max-line" in why or "--max-punct" in why  # the option that raises it


@pytest.mark.parametrize("size", [10, 100, 1000])
def test_long_texts_are_cut_after_line_breaks(size):
    text = "".join(f"line {i} " * (i % 40) + "\n" for i in range(2000)) + "a last line without end"
    parts = pieces(text, size)
    assert "".join(parts) == text
    assert all(p.endswith("\n") for p in parts[:-1])
    longest = max(map(len, text.split("\n"))) + 1
    assert all(len(p) <= max(size, longest) for p in parts)
    assert len(parts) > len(text) // (max(size, longest) * 2)


def test_a_deadline_stops_the_tokenizer_and_restores_the_signal():
    tokenizer = spacy.blank("en").tokenizer
    started = time.monotonic()
    with pytest.raises(OverTime), deadline(0.5):
        tokenizer("(" * 8000)  # about 13 s to the end
    assert time.monotonic() - started < 2
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with deadline(5):
        assert len(tokenizer("(" * 10)) == 10  # in time: nothing happens


def test_a_deadline_is_a_no_op_outside_the_main_thread():
    seen = []

    def work():
        with deadline(0.01):
            time.sleep(0.2)
            seen.append("done")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["done"]


@pytest.mark.model
def test_a_bomb_and_a_huge_line_are_skipped_in_seconds_and_the_batch_goes_on(nlp):
    arts = [
        Article(id="ok1", text="Russia praised China.", source="ok1.txt"),
        Article(id="bomb", text=BOMB, source="bomb.txt"),
        Article(id="line", text=LINE, source="line.txt"),
        Article(id="ok2", text="Xi invited Putin to attend the talks.", source="ok2.txt"),
    ]
    started = time.monotonic()
    docs = parse(arts, nlp, LIMITS)
    assert time.monotonic() - started < 5
    assert "--max-punct" in docs[1] and "--max-line" in docs[2]
    assert [d.text for d in (docs[0], docs[3])] == ["Russia praised China.", arts[3].text]
    slow = Limits(punct=10**6, line=10**7, seconds=1)  # the same two, left to the clock
    started = time.monotonic()
    docs = parse(arts, nlp, slow)
    assert time.monotonic() - started < 10
    assert "took longer than 1 s" in docs[1] and "took longer than 1 s" in docs[2]
    assert docs[3].text == arts[3].text


@pytest.mark.model
def test_a_long_article_parsed_in_pieces_is_the_same_text_and_sentences(nlp):
    text = "\n\n".join(f"Russia praised China on day {i}. Xi invited Putin." for i in range(60))
    (whole,) = parse([Article(id="a", text=text, source="a")], nlp, LIMITS)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.nlp.PIECE", 200)
        (cut,) = parse([Article(id="a", text=text, source="a")], nlp, LIMITS)
    assert cut.text == whole.text == text
    assert len(tokenize(nlp, text, size=200)) > 10
    assert [s.text for s in cut.sents] == [s.text for s in whole.sents]
    assert [(e.start_char, e.label_) for e in cut.ents] == [
        (e.start_char, e.label_) for e in whole.ents
    ]


@pytest.mark.model
@pytest.mark.slow
def test_kg_build_reports_the_slow_articles_and_writes_the_others(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Russia praised China.", encoding="utf-8")
    (folder / "b-bomb.txt").write_text(BOMB, encoding="utf-8")
    (folder / "c-line.txt").write_text(LINE, encoding="utf-8")
    (folder / "d-slow.txt").write_text("Iran said " + "$" * 6000, encoding="utf-8")  # ~30 s
    (folder / "e-good.txt").write_text("Xi invited Putin to attend.", encoding="utf-8")
    proc = kg_cli("build", str(folder), "--out", str(out), "--max-punct", "7000",
                  "--max-seconds", "2", "--jobs", "2", check=False)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "b-bomb.txt: has a word of 32,000 characters" in proc.stderr
    assert "c-line.txt: has a line of 2,000,005 characters" in proc.stderr
    assert "d-slow.txt: took longer than 2 s" in proc.stderr
    docs = {json.loads(line)["doc"] for line in (out / "statements.jsonl").read_text().splitlines()}
    assert docs == {"a-good", "e-good"}
