"""The store: idempotent article graphs, named queries, exports, the endpoint and push."""

from __future__ import annotations

import importlib.util
import json
import shlex
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from itertools import pairwise

import pyoxigraph as ox
import pytest
from test_rdf import result

import kg
from kg.errors import QueryError, UsageError
from kg.sparql.engine import bind, named_queries, run
from kg.sparql.serve import free_port, oxigraph_server
from kg.store.db import Store, article_quads


def filled(*docs: str) -> Store:
    store = Store()
    for doc in docs:
        store.put_article(doc, article_quads(result(doc)))
    return store


def test_rebuilding_the_same_article_changes_nothing(tmp_path):
    store = Store(tmp_path / "s")
    store.put_article("a1", article_quads(result("a1")))
    n = len(store)
    store.put_article("a1", article_quads(result("a1")))
    assert len(store) == n and store.articles() == ["a1"]


def test_a_changed_article_replaces_its_graph_and_removal_drops_it(tmp_path):
    store = filled("a1", "a2")
    store.put_article("a1", article_quads(result("a1", relation="hailed")))
    rows = run(store, "SELECT ?r WHERE { ?s kg:relation ?r }").to_dicts()
    assert sorted(r["r"] for r in rows) == ["hailed", "praised"]
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


def test_query_errors_give_the_position():
    with pytest.raises(QueryError, match="1:"):
        run(Store(), "SELECT * WHERE { ?s ?p }")


def test_service_is_refused_but_the_word_in_strings_is_fine():
    with pytest.raises(QueryError, match="SERVICE"):
        run(Store(), "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert run(Store(), 'SELECT * WHERE { BIND("SERVICE" AS ?x) }').rows


def test_parameters_are_values_not_code():
    text = "SELECT ?x WHERE { BIND(?p AS ?x) }"
    evil = 'x" } } ; DROP ALL ; SELECT * { "'
    assert run(Store(), text, {"p": evil}).to_dicts() == [{"x": evil}]
    assert "VALUES ?p" in bind(text, {"p": "Russia"})
    with pytest.raises(UsageError):
        bind(text, {"p x": "1"})


@pytest.mark.parametrize(
    "marked",  # the query with @ where the VALUES clause is expected
    [
        # the WHERE group and each GRAPH group joined at its top level
        "SELECT * WHERE {@ GRAPH ?g {@ ?s ?p ?o } }",
        "SELECT * {@ GRAPH kgg:a {@ ?s ?p ?o } graph <http://a/b> {@ ?s ?p 1 } }",
        # not a CONSTRUCT template
        "CONSTRUCT { ?s ?p ?o } WHERE {@ ?s ?p ?o }",
        # not OPTIONAL, MINUS or a subquery, nor after a variable called ?graph
        "SELECT * WHERE {@ ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?p ?o } } }",
        "SELECT * WHERE {@ ?s ?p ?graph MINUS { ?s ?p 1 } }",
        "SELECT * {@ { SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } } }",
        # braces and the word GRAPH in strings, IRIs and comments are not code
        'SELECT * WHERE {@ ?s <http://a/GRAPH> "GRAPH ?g {" # GRAPH ?g {\n }',
    ],
)
def test_parameters_are_bound_where_oxigraph_uses_them(marked: str):
    expected = marked.replace("@", ' VALUES ?p { "x" } ')
    assert bind(marked.replace("@", ""), {"p": "x"}) == expected


@pytest.mark.model
def test_bound_graph_groups_give_the_same_rows(sample_store):
    """Binding parameters inside GRAPH groups too (for speed) gives the rows that binding
    them once at the top gives, for every named query with its example's parameters."""
    from kg.sparql.engine import execute, resolve

    store = Store(sample_store, read_only=True)
    checked = answered = 0
    for q in named_queries().values():
        args = shlex.split(q.example or "")
        params = dict(a.split("=", 1) for prev, a in pairwise(args) if prev == "--param")
        if not params:
            continue
        nodes = resolve(store, params, **q.kinds)
        values = bind("{}", params, nodes)[1:-1]  # the VALUES clauses alone
        once = q.text.replace("WHERE {", "WHERE {" + values, 1)
        rows = {str(list(r)) for r in execute(store, bind(q.text, params, nodes))}
        assert rows == {str(list(r)) for r in execute(store, once)}
        checked += 1
        answered += bool(rows)
    assert checked >= 4 and answered >= 3


def test_python_api_returns_rows(tmp_path):
    path = tmp_path / "g.ttl"
    filled("a1").export(path, "turtle")
    rows = kg.query(name="actors", graph=path)
    assert {"label": "Vladimir Putin", "type": "Person", "country": "RUS"}.items() <= rows[
        0
    ].items()
    if importlib.util.find_spec("pandas"):
        frame = kg.query(name="actors", graph=path, dataframe=True)
        assert "Vladimir Putin" in set(frame["label"])
    else:
        with pytest.raises(UsageError, match="pandas"):
            kg.query(name="actors", graph=path, dataframe=True)


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Accuse", "https://w3id.org/kg-news/ontology#Accuse"),
        ("accuse", "https://w3id.org/kg-news/ontology#Accuse"),
        (" SANCTION ", "https://w3id.org/kg-news/ontology#Sanction"),
        ("kg:Accuse", "https://w3id.org/kg-news/ontology#Accuse"),
        ("Person", "https://w3id.org/kg-news/ontology#Person"),
        ("https://example.org/Mine", "https://example.org/Mine"),
    ],
)
def test_class_parameters_resolve_to_the_class_iri(name: str, iri: str):
    from kg.sparql.engine import class_iri

    assert class_iri(name) == ox.NamedNode(iri)


@pytest.mark.parametrize("name", ["Acuse", "agent", "", "rel:Accuse"])
def test_a_class_parameter_that_names_no_class_is_an_error(name: str):
    from kg.sparql.engine import class_iri

    with pytest.raises(UsageError, match="is not a class") as err:
        class_iri(name)
    assert "Accuse" in str(err.value.hint)


def test_the_events_query_takes_its_type_as_a_class():
    events = named_queries()["events"]
    assert events.classes == {"type"} and events.nodes == frozenset()
    assert [p for p, _ in events.params] == ["type", "since", "until"]
    store = filled("a1")  # the fixture's statement is a Support
    assert len(run(store, events.text, {"type": "Support"}, classes=events.classes)) == 1
    assert len(run(store, events.text, {"type": "Accuse"}, classes=events.classes)) == 0


def test_every_named_query_has_a_description_and_parses():
    queries = named_queries()
    assert {
        "actors",
        "actor",
        "between",
        "events",
        "accusations",
        "dyads",
        "aliases",
        "evidence",
    } <= set(queries)
    store = filled("a1")
    for q in queries.values():
        assert q.description, q.name
        run(store, q.text, {p: "x" for p, _ in q.params if p != "statement"})


# --- the sample, through the command line -----------------------------------------------------


def kg_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, check=False
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    from conftest import SAMPLE

    base = tmp_path_factory.mktemp("store")
    kg_cli("build", str(SAMPLE), "--out", str(base / "out"), "--store", str(base / "db"), "-q")
    return base / "db"


def named(store, name: str, *params: str) -> list[dict]:
    args = [a for p in params for a in ("--param", p)]
    out = kg_cli("query", "--name", name, *args, "--store", str(store), "--format", "json").stdout
    data = json.loads(out)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.mark.model
def test_rebuild_of_the_sample_is_idempotent(sample_store, tmp_path):
    from conftest import SAMPLE

    before = len(Store(sample_store, read_only=True))
    kg_cli("build", str(SAMPLE), "--out", str(tmp_path), "--store", str(sample_store), "-q")
    assert len(Store(sample_store, read_only=True)) == before


@pytest.mark.model
def test_named_queries_on_the_sample(sample_store):
    actors = named(sample_store, "actors", "kind=Country")
    assert {a["label"] for a in actors} >= {"Russia", "China", "United States"}
    putin = named(sample_store, "actor", "actor=Putin")
    assert any(r["relation"] == "praised" and r["event"] == "Support" for r in putin)
    between = named(sample_store, "between", "a=Xi", "b=Putin")
    assert any(r["relation"] == "invited" for r in between)
    accuse = named(sample_store, "events", "type=Accuse", "since=2021-12-16", "until=2021-12-16")
    assert any(r["agent"] == "Russia" and r["relation"] == "accuses" for r in accuse)
    assert named(sample_store, "events", "type=Accuse", "since=2022-01-01") == []
    assert named(sample_store, "events", "type=accuse", "until=2021-12-16") == accuse
    typo = kg_cli("query", "--name", "events", "--param", "type=Acuse", "--store",
                  str(sample_store), check=False)  # fmt: skip
    assert typo.returncode == 2 and "'Acuse' is not a class" in typo.stderr
    assert "Accuse" in typo.stderr
    pairs = {(r["agent"], r["target"]) for r in named(sample_store, "accusations")}
    assert ("Russia", "the West") in pairs
    dyads = {(r["agent"], r["target"]): r for r in named(sample_store, "dyads")}
    assert int(dyads[("Vladimir Putin", "China")]["cooperation"]) >= 1
    aliases = {r["alias"] for r in named(sample_store, "aliases", "actor=Putin") if "alias" in r}
    assert {"Putin", "Russian President Vladimir Putin"} <= aliases and "he" not in aliases
    statement = next(r["statement"] for r in accuse if r["relation"] == "accuses")
    (evidence,) = named(sample_store, "evidence", f"statement={statement}")
    assert evidence["article"] == "000_8813760514876ec4" and "accuses" in evidence["sentence"]


@pytest.mark.model
def test_query_cli_table_list_errors_and_remove(sample_store, tmp_path):
    assert "between" in kg_cli("query", "--list").stdout
    table = kg_cli("query", "--name", "actors", "--store", str(sample_store)).stdout
    assert "Vladimir Putin" in table and "rows" in table
    bad = kg_cli("query", "SELECT * WHERE { ?s ?p }", "--store", str(sample_store), check=False)
    assert bad.returncode == 2 and "syntax error" in bad.stderr and "1:" in bad.stderr
    out = tmp_path / "all.trig"
    kg_cli("export", "--format", "trig", "--store", str(sample_store), "--out", str(out))
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))) > 1000
    copy = tmp_path / "copy"
    store = Store(copy)
    store.oxigraph.bulk_load(path=str(out), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    kg_cli("remove", "000_8813760514876ec4", "--store", str(copy))
    assert Store(copy, read_only=True).articles() == []


# --- the endpoint and push --------------------------------------------------------------------


def http(url: str, *, data: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture()
def endpoint(tmp_path):
    db = tmp_path / "db"
    store = Store(db)
    for doc in ("a1", "a2"):
        store.put_article(doc, article_quads(result(doc)))
    store.flush()
    del store
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "--store",
            str(db),
            "--port",
            str(port),
            "--max-results",
            "3",
        ],
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(200):
        try:
            http(url + "?query=ASK%7B%7D")
            break
        except OSError:
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)
    left = subprocess.run(["pgrep", "-f", f"--location {db}"], capture_output=True, text=True)
    assert left.stdout.strip() == "", "the Oxigraph server behind kg serve was left running"


def test_endpoint_answers_sparql_and_caps_results(endpoint):
    q = urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    code, headers, body = http(
        f"{endpoint}?{q}", headers={"Accept": "application/sparql-results+json"}
    )
    assert code == 200 and headers.get("X-KG-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 3
    code, _, body = http(
        endpoint,
        data=q.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"},
    )
    assert code == 200 and body.decode().splitlines()[0].strip() == "s"
    ask = urllib.parse.urlencode(
        {
            "query": "ASK { ?s a kg:Person }".replace(
                "kg:Person", "<https://w3id.org/kg-news/ontology#Person>"
            )
        }
    )
    code, _, body = http(f"{endpoint}?{ask}", headers={"Accept": "application/sparql-results+json"})
    assert json.loads(body)["boolean"] is True


def test_endpoint_refuses_updates_and_service(endpoint):
    code, _, _ = http(
        endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}
    )
    assert code == 403
    code, _, _ = http(
        endpoint,
        data=urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert code == 403
    q = urllib.parse.urlencode({"query": "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }"})
    assert http(f"{endpoint}?{q}")[0] == 400


def test_push_round_trip_to_a_real_graph_store(tmp_path):
    from kg.store.push import push

    store = filled("a1", "a2")
    with oxigraph_server(tmp_path / "remote", read_only=False) as url:
        sent = push(store, f"{url}/store")
        push(store, f"{url}/store")  # again: graphs are replaced, not duplicated
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
        _, _, body = http(f"{url}/query?{q}", headers={"Accept": "text/csv"})
    assert int(body.decode().split()[1]) == len(store) == sent


@pytest.mark.parametrize(
    ("fmt", "syntax"),
    [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("ntriples", "ntriples")],
)
def test_exports_pass_rapper(fmt, syntax, tmp_path):
    from conftest import require_tool

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
