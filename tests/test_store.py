"""The Oxigraph store: one named graph per article, replace and remove, exports that parse."""

from __future__ import annotations

import subprocess

import pyoxigraph as ox
import pytest
from factories import filled, require_tool, result

from kg.sparql.engine import run
from kg.store.db import Store, article_quads


def test_rebuilding_the_same_article_changes_nothing(tmp_path):
    store = Store(tmp_path / "s")
    store.put_article("a1", article_quads(result("a1")))
    n = len(store)
    store.put_article("a1", article_quads(result("a1")))
    assert len(store) == n and store.articles() == ["a1"]


def test_a_changed_article_replaces_its_graph_and_removal_drops_it(tmp_path):
    store = filled("a1", "a2")
    store.put_article("a1", article_quads(result("a1", relation="hailed")))
    rows = run(store, "SELECT ?t WHERE { ?s rdf:value ?t }").to_dicts()
    assert sorted(r["t"].split()[2] for r in rows) == ["hailed", "praised"]
    assert store.remove_article("a1") and not store.remove_article("a1")
    assert store.articles() == ["a2"]


def test_store_persists_on_disk(tmp_path):
    store = Store(tmp_path / "s")
    store.put_article("a1", article_quads(result("a1")))
    n = len(store)
    store.flush()
    del store
    assert len(Store(tmp_path / "s", read_only=True)) == n


def test_actors_are_shared_across_articles():
    rows = run(filled("a1", "a2"), "SELECT DISTINCT ?l WHERE { ?a a kg:Person ; rdfs:label ?l }")
    assert [r["l"] for r in rows.to_dicts()] == ["Vladimir Putin"]


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld"])
def test_exports_parse_and_are_deterministic(fmt, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    filled("a1", "a2").export(a, fmt)
    filled("a1", "a2").export(b, fmt)
    assert a.read_bytes() == b.read_bytes()  # same input, same bytes
    on_disk = []
    for name, order in (("x", ("a1", "a2")), ("y", ("a2", "a1"))):
        store = Store(tmp_path / name)
        for doc in order:
            store.put_article(doc, article_quads(result(doc)))
        store.export(tmp_path / f"{name}.out", fmt)
        on_disk.append((tmp_path / f"{name}.out").read_bytes())
    assert on_disk[0] == on_disk[1]  # on disk the order is by content, not insertion
    oxfmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "jsonld": ox.RdfFormat.JSON_LD,
        "nquads": ox.RdfFormat.N_QUADS,
        "ntriples": ox.RdfFormat.N_TRIPLES,
    }[fmt]
    assert len(list(ox.parse(path=str(a), format=oxfmt))) > 40
    if fmt == "turtle":
        assert "ns1:" not in a.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "syntax"),
    [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("ntriples", "ntriples")],
)
def test_exports_pass_rapper(fmt, syntax, tmp_path):
    from kg.model import Statement

    rapper = require_tool("rapper")
    r = result("a1", subject='Evil "quoted" \\ <script>alert(1)</script>\nname')
    r.statements.append(Statement.from_dict({**r.statements[0].to_dict(), "relation": "hailed"}))
    store = Store()
    store.put_article("a1", article_quads(r))
    path = tmp_path / f"g.{fmt}"
    store.export(path, fmt)
    proc = subprocess.run(
        [rapper, "-q", "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("command", [["build", "in.txt", "--out", "out", "-q"], ["remove", "x"],
                                     ["query", "ASK {}"], ["export"]])  # fmt: skip
def test_a_store_path_that_is_a_file_is_a_usage_error(tmp_path, monkeypatch, capsys, command):
    from kg.cli.main import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("kg.nlp.resolve_model", lambda name=None: "no pipeline needed")
    (tmp_path / "in.txt").write_text("Russia praised China.", encoding="utf-8")
    (tmp_path / "notes").write_text("mine\n", encoding="utf-8")
    assert main([*command, "--store", "notes"]) == 2
    err = capsys.readouterr().err
    assert "notes is a file, not a store" in err and "writing to it" not in err
    assert (tmp_path / "notes").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "out").exists()


def test_a_folder_that_holds_no_store_is_not_blamed_on_a_writer(tmp_path):
    from kg.store.db import StoreError

    with pytest.raises(StoreError, match="a folder kg build --store made") as exc:
        Store(tmp_path, read_only=True)
    assert "writing to it" not in str(exc.value)
