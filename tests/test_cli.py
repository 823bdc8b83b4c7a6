"""The command line: end to end as a user runs it, and its parser and rendering in-process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.cli import render
from kg.cli.args import graph_formats, parser, query_formats
from kg.cli.commands import COMMANDS, parse_params
from kg.cli.main import main
from kg.errors import UsageError
from kg.model import CONTRACT_KEYS
from kg.rdf.serialize import FORMATS
from kg.sparql.engine import RESULTS_FORMATS


def kg(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        check=False,
    )


@pytest.mark.model
@pytest.mark.slow
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


@pytest.mark.model
@pytest.mark.slow
def test_build_is_byte_identical_across_runs(articles_dir, tmp_path):
    for name in ("a", "b"):
        assert kg("build", str(articles_dir), "--out", str(tmp_path / name), "-q").returncode == 0
    for f in ("graph.ttl", "statements.jsonl", "graph.html"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


@pytest.mark.model
@pytest.mark.slow
def test_bad_file_is_reported_and_the_rest_processed(articles_dir, tmp_path):
    (articles_dir / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")
    proc = kg("build", str(articles_dir), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "broken.txt" in err and "PNG" in err and "1 articles" in err
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 1000


@pytest.mark.model
@pytest.mark.slow
def test_extract_streams_json_lines_from_stdin():
    proc = kg("extract", "-", stdin=b"Russia dismisses the allegations and accuses the West.")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert {(r["subject_label"], r["relation"]) for r in rows} >= {
        ("Russia", "dismisses"),
        ("Russia", "accuses"),
    }
    assert all(r["doc"] == rows[0]["doc"] for r in rows)


@pytest.mark.model
@pytest.mark.slow
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


@pytest.mark.model
@pytest.mark.slow
def test_missing_model_says_what_to_install():
    proc = kg("extract", "-", "--model", "no_such_pipeline", stdin=b"Russia acts.")
    assert proc.returncode == 3
    err = proc.stderr.decode().strip()
    assert "no_such_pipeline" in err and "pip" in err and len(err.splitlines()) == 1


@pytest.mark.model
@pytest.mark.slow
def test_version_and_help():
    assert kg("--version").stdout.decode().startswith("kg ")
    help_text = kg("build", "--help").stdout.decode()
    assert "--out" in help_text and "--model" in help_text and "exit status" in help_text


@pytest.mark.model
@pytest.mark.slow
def test_date_dates_the_articles_that_give_none(tmp_path, articles_dir):
    plain = articles_dir / "blair.txt"
    plain.write_text(
        "Blair 'will not tolerate' attacks\n\nTony Blair said on Monday that Britain would not "
        "tolerate attacks on its troops.\n",
        encoding="utf-8",
    )
    proc = kg("extract", str(articles_dir), "--date", "2005-02-16", "-q", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    by_doc = {r["doc"]: r for r in records if r["date_source"] == "article"}
    assert by_doc["blair"]["date"] == "2005-02-16"  # no date of its own: --date
    assert by_doc["000_8813760514876ec4"]["date"] == "2021-12-16"  # its header's date wins
    said = next(r for r in records if r["doc"] == "blair" and r["relation"] == "said")
    assert said["date"] == "2005-02-14" and said["date_source"] == "relative"
    assert all(r["date"] and r["date_source"] != "none" for r in records)


# --- the parser and the rendering, in-process ----------------------------------------------


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_its_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and out.startswith(f"usage: kg {command} ")
    assert re.search(rf"^ +{command} ", parser().format_help(), re.M)  # listed in kg --help


@pytest.mark.parametrize(
    "args",
    [["extract", "x.txt", "--date", "2005-02-30"], ["build", "x.txt", "--date", "14/02/2005"],
     ["viz", "--since", "2021-13-01"], ["stats", "--until", "yesterday"]],
)  # fmt: skip
def test_dates_on_the_command_line_are_checked(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2 and "expected a date as YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "says"),
    [(["query", "ASK {}", "--timeout", "-5"], "expected seconds (0: no limit)"),
     (["serve", "--store", "s", "--port", "99999"], "expected a port from 0 to 65535"),
     (["serve", "--store", "s", "--timeout", "0"], "expected a number of seconds above 0"),
     (["serve", "--store", "s", "--max-results", "0"], "at least 1"),
     (["stats", "--top", "-3"], "at least 1"), (["viz", "--top", "-1"], "at least 1"),
     (["viz", "--radius", "-1"], "at least 0"), (["viz", "--min-mentions", "x"], "at least 0"),
     (["extract", "x.txt", "--max-bytes", "-1"], "at least 1")],
)  # fmt: skip
def test_numbers_on_the_command_line_are_checked(args, says, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)  # a negative --top sliced the nodes from the end; a big port was a traceback
    assert exc.value.code == 2 and says in capsys.readouterr().err


@pytest.mark.parametrize(("command", "name"), [("extract", "latin-9x"), ("build", "base64")])
def test_an_unknown_encoding_is_refused_before_any_file_is_read(command, name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "x.txt", "--encoding", name])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "expected a text encoding" in err and repr(name) in err


@pytest.mark.parametrize(
    ("query", "fmt"),
    [("SELECT ?s WHERE { ?s ?p ?o }", "turtle"), ("CONSTRUCT WHERE { ?s ?p ?o }", "csv")],
)
def test_a_format_that_does_not_fit_the_query_is_refused(tmp_path, capsys, query, fmt):
    from factories import filled

    src = tmp_path / "g.trig"
    filled("a1").export(src, "trig")
    assert main(["query", query, "--graph", str(src), "--format", fmt]) == 2
    captured = capsys.readouterr()
    assert f"--format {fmt} does not fit" in captured.err and not captured.out


def test_openie_on_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["openie", str(tmp_path / "sentences.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: ") and "sentences.txt does not exist" in err


def test_no_command_prints_the_help_and_fails(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_query_formats_come_from_the_format_tables(capsys):
    graphs = graph_formats()
    assert query_formats() == ["table", *RESULTS_FORMATS, *graphs]
    assert graphs and all(not FORMATS[f][1] and f not in RESULTS_FORMATS for f in graphs)
    with pytest.raises(SystemExit):  # keeps named graphs: not an answer's format
        main(["query", "ASK {}", "--format", "trig"])
    assert "invalid choice: 'trig'" in capsys.readouterr().err
    for fmt in FORMATS:  # every format the writer knows, and only those
        assert parser().parse_args(["export", "--format", fmt]).format == fmt
    with pytest.raises(SystemExit):
        main(["export", "--format", "table"])


@pytest.mark.parametrize("fmt", graph_formats())
def test_construct_answers_read_back_in_each_graph_format(fmt):
    kg = "https://w3id.org/kg-news/ontology#"
    triples = [ox.Triple(ox.NamedNode(kg + "A"), ox.NamedNode(kg + "p"), ox.Literal("x <y>"))]
    text = render.graph_text(triples, fmt)
    assert [q.triple for q in ox.parse(text.encode(), format=FORMATS[fmt][0])] == triples
    assert ("@prefix kg:" in text) == (fmt == "turtle")


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [([], {}), (["a=b"], {"a": "b"}), (["?a=b=c", "$d="], {"a": "b=c", "d": ""}),
     (["date=2024-01-02"], {"date": "2024-01-02"}), (["=x"], None), (["x"], None),
     (["a=Putin", "?a=Xi"], None)],
)  # fmt: skip
def test_params_are_name_value_pairs(pairs, expected):
    if expected is None:
        with pytest.raises(UsageError, match=r"is not NAME=VALUE|is given twice"):
            parse_params(pairs)
    else:
        assert parse_params(pairs) == expected


@pytest.mark.parametrize(
    ("term", "text"),
    [(ox.NamedNode("https://w3id.org/kg-news/ontology#Person"), "kg:Person"),
     (ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
      "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
     (ox.NamedNode("https://example.org/x"), "https://example.org/x"),
     (ox.Literal("kg:Person"), "kg:Person"), (ox.Literal("3", datatype=ox.NamedNode(
         "http://www.w3.org/2001/XMLSchema#integer")), "3"), (None, "")],
)  # fmt: skip
def test_table_cells_compact_known_iris_only(term, text):
    assert render.short(term) == text


@pytest.mark.parametrize(
    ("ttl", "wrote_ttl", "html", "written", "hint"),
    [(None, True, True, "statements.jsonl, graph.ttl, graph.html", False),
     (None, False, True, "statements.jsonl, graph.html", True),
     (False, False, False, "statements.jsonl", False)],
)  # fmt: skip
def test_build_summary_names_the_files_written(ttl, wrote_ttl, html, written, hint):
    from kg.run.build import Report

    report = Report(articles=2, ttl=wrote_ttl)
    lines = render.build_summary(report, out=Path("o"), html=html, ttl=ttl, store=Path("db"))
    assert lines[0].startswith("kg: 2 articles")
    assert lines[1] == f"kg: wrote o/{written}"
    assert any("kg export --store db" in line for line in lines) == hint


# --- small things of the workbench issue -------------------------------------------------------


def test_push_offers_no_model_and_every_option_has_help():
    from kg.cli.args import parser

    subs = parser()._subparsers._group_actions[0].choices
    assert "--model" not in subs["push"].format_help()
    for name, sub in subs.items():
        for action in sub._actions:  # options and positional arguments alike
            what = "/".join(action.option_strings) or action.metavar or action.dest
            assert action.help, f"kg {name} {what} has no help"


@pytest.mark.parametrize(
    "command",
    [["query", "ASK {}"], ["export"], ["stats"], ["viz"], ["remove", "a1"], ["serve"],
     ["push", "--endpoint", "http://127.0.0.1:9/store"]],
)  # fmt: skip
def test_a_missing_store_is_a_usage_error(tmp_path, capsys, command):
    from kg.cli.main import main

    assert main([*command, "--store", str(tmp_path / "nostore")]) == 2
    err = capsys.readouterr().err
    assert "no store at" in err and "(" in err  # with what to do
    assert not (tmp_path / "nostore").exists()


def test_stats_path_names_the_unknown_actor(tmp_path, capsys):
    from factories import filled

    from kg.cli.main import main

    path = tmp_path / "g.trig"
    filled("a1").export(path, "trig")
    assert main(["stats", "--graph", str(path), "--path", "Nobody Here", "Putin"]) == 2
    assert "unknown actor 'Nobody Here'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("fmt", "unit"),
    [("turtle", "triples"), ("nquads", "quads"), ("jsonld", "quads"), ("ntriples", "triples")],
)
def test_export_counts_triples_or_quads(tmp_path, capsys, fmt, unit):
    from factories import filled

    from kg.cli.main import main

    src = tmp_path / "g.trig"
    filled("a1").export(src, "trig")
    assert main(["export", "--graph", str(src), "--format", fmt, "--out", str(tmp_path / "o")]) == 0
    assert f" {unit} to " in capsys.readouterr().err


def test_jsonld_is_compacted_with_kgs_prefixes_and_reads_back(tmp_path):
    import json

    import pyoxigraph as ox
    from factories import filled

    from kg.rdf.mapping import PREFIXES

    store = filled("a1", "a2")
    out = tmp_path / "g.jsonld"
    assert store.export(out, "jsonld") == len(store)
    doc = json.loads(out.read_text())
    assert doc["@context"] == dict(PREFIXES)
    assert {g["@id"] for g in doc["@graph"]} == {"kgg:a1", "kgg:a2"}  # a graph per article
    assert '"kg:agent"' in out.read_text()  # compact names, not full IRIs
    back = ox.Store()
    back.load(out.read_bytes(), ox.RdfFormat.JSON_LD)
    assert set(back) == set(store.oxigraph)


def test_build_summary_lists_no_empty_failure_list():
    from types import SimpleNamespace

    from kg.cli.render import build_summary

    report = SimpleNamespace(failed=["a", "b"], ttl=True, named={}, ambiguous={},
                             summary=lambda: "3 articles; 2 inputs failed:\n  a\n  b")  # fmt: skip
    lines = build_summary(report, out="o", html=True, ttl=True, store=None)
    assert lines[0] == "kg: 3 articles; 2 inputs failed (listed above)"
