"""The command line end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.model import CONTRACT_KEYS

pytestmark = [pytest.mark.model, pytest.mark.slow]


def kg(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        check=False,
    )


def test_build_writes_the_three_outputs(articles_dir, tmp_path):
    out = tmp_path / "out"
    proc = kg("build", str(articles_dir), "--out", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    summary = proc.stderr.decode()
    assert "1 articles" in summary and "statements" in summary and "triples" in summary
    lines = (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) > 30 and all(set(CONTRACT_KEYS) <= set(r) for r in records)
    assert any(
        r["subject_label"] == "Vladimir Putin" and r["relation"] == "praised" for r in records
    )
    g = Graph().parse(out / "graph.ttl")
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g) > 500
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis.DataSet" in html and "cdn.jsdelivr" not in html


def test_build_is_byte_identical_across_runs(articles_dir, tmp_path):
    for name in ("a", "b"):
        assert kg("build", str(articles_dir), "--out", str(tmp_path / name), "-q").returncode == 0
    for f in ("graph.ttl", "statements.jsonl", "graph.html"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


def test_bad_file_is_reported_and_the_rest_processed(articles_dir, tmp_path):
    (articles_dir / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")
    proc = kg("build", str(articles_dir), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "broken.txt" in err and "PNG" in err and "1 articles" in err
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 1000


def test_extract_streams_json_lines_from_stdin():
    proc = kg("extract", "-", stdin=b"Russia dismisses the allegations and accuses the West.")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert {(r["subject_label"], r["relation"]) for r in rows} >= {
        ("Russia", "dismisses"),
        ("Russia", "accuses"),
    }
    assert all(r["doc"] == rows[0]["doc"] for r in rows)


def test_openie_tab_format_echoes_the_sentence(tmp_path):
    sentences = ["Xi invited Putin to attend.", "Russia was banned from international competition."]
    f = tmp_path / "s.txt"
    f.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    proc = kg("openie", str(f))
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [line.split("\t") for line in proc.stdout.decode().splitlines()]
    assert {r[0] for r in rows} == set(sentences)
    assert ["Xi invited Putin to attend.", "0.900", "invited", "Xi", "Putin"] in rows
    assert all(0 < float(r[1]) <= 1 and len(r) >= 4 for r in rows)


def test_missing_model_says_what_to_install():
    proc = kg("extract", "-", "--model", "no_such_pipeline", stdin=b"Russia acts.")
    assert proc.returncode == 3
    err = proc.stderr.decode().strip()
    assert "no_such_pipeline" in err and "pip" in err and len(err.splitlines()) == 1


def test_version_and_help():
    assert kg("--version").stdout.decode().startswith("kg ")
    help_text = kg("build", "--help").stdout.decode()
    assert "--out" in help_text and "--model" in help_text and "exit status" in help_text
