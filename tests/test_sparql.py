"""SPARQL: parameters bound as values, named queries, errors, the Python API and kg query."""

from __future__ import annotations

import dataclasses
import importlib.util
import shlex
from itertools import pairwise

import pyoxigraph as ox
import pytest
from factories import ROOT, SAMPLE, filled, kg_cli, named, result, stored

import kg
from kg.errors import QueryError, UsageError
from kg.sparql.binding import bind, statement_roles
from kg.sparql.engine import run
from kg.sparql.named import named_queries
from kg.store.db import Store


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
    """Binding parameters inside GRAPH groups and subqueries too (for speed) gives the rows
    that binding them once at the top gives, for every named query with its example's
    parameters (on all its rows: a page counted with a parameter is meant to differ from the
    part of a page of everything that matches it)."""
    from kg.sparql.binding import resolve
    from kg.sparql.engine import execute
    from kg.sparql.pages import turn

    store = Store(sample_store, read_only=True)
    checked = answered = 0
    for q in named_queries().values():
        args = shlex.split(q.example or "")
        params = dict(a.split("=", 1) for prev, a in pairwise(args) if prev == "--param")
        if not params:
            continue
        nodes = resolve(store, params, kinds=q.kinds)
        values = bind("{}", params, nodes)[1:-1]  # the VALUES clauses alone
        text = turn(q.text, "all") if q.kinds.paged else q.text
        once = text.replace("WHERE {", "WHERE {" + values, 1)
        rows = {str(list(r)) for r in execute(store, bind(text, params, nodes))}
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
    from kg.sparql.binding import class_iri

    assert class_iri(name) == ox.NamedNode(iri)


@pytest.mark.parametrize("name", ["Acuse", "agent", "", "rel:Accuse"])
def test_a_class_parameter_that_names_no_class_is_an_error(name: str):
    from kg.sparql.binding import class_iri

    with pytest.raises(UsageError, match="is not a class") as err:
        class_iri(name)
    assert "Accuse" in str(err.value.hint)


def test_the_events_query_takes_its_type_as_a_class():
    events = named_queries()["events"]
    assert events.kinds.classes == {"type"} and events.kinds.nodes == frozenset()
    assert events.kinds.concepts == {"mode", "context"}
    assert [p for p, _ in events.params] == [
        "type",
        "mode",
        "context",
        "since",
        "until",
        "limit",
        "offset",
    ]
    store = filled("a1")  # the fixture's statement is a Support
    assert len(run(store, events.text, {"type": "Support"}, kinds=events.kinds)) == 1
    assert len(run(store, events.text, {"type": "Accuse"}, kinds=events.kinds)) == 0


def _accusing_store():
    """Putin's Support (no mode), and "Russia backed China" made an Accuse with a mode and
    two contexts."""
    r = result("a1", pair=True)
    second = r.statements[1]
    second.event_type, second.event_mode = "Accuse", "disapprove"
    second.event_context = ["diplomatic", "political"]
    return stored([r])


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({}, 1),
        ({"mode": "disapprove"}, 1),
        ({"mode": "DISAPPROVE"}, 1),
        ({"mode": "Accuse/disapprove"}, 1),
        ({"mode": "https://w3id.org/kg-news/plover/mode/Accuse/disapprove"}, 1),
        ({"mode": "allege"}, 0),
        ({"mode": "restrict"}, 0),  # two modes of that name (Threaten, Coerce): neither here
        ({"context": "political"}, 1),
        ({"context": "diplomatic", "mode": "disapprove"}, 1),
        ({"context": "military"}, 0),
        ({"context": "legal", "mode": "disapprove"}, 0),
    ],
)
def test_events_give_and_filter_plover_mode_and_context(params, found):
    events = named_queries()["events"]
    got = run(_accusing_store(), events.text, {"type": "Accuse", **params}, kinds=events.kinds)
    rows = got.to_dicts()
    assert len(rows) == found
    for row in rows:  # one row per statement, its contexts joined
        assert row["event_mode"] == "disapprove"
        assert sorted(row["event_context"].split("; ")) == ["diplomatic", "political"]


@pytest.mark.parametrize(
    ("params", "error", "hint"),
    [
        ({"mode": "disaprove"}, "'disaprove' is no PLOVER mode", "did you mean 'disapprove'"),
        ({"mode": "military"}, "'military' is no PLOVER mode", "allege"),  # a context
        ({"context": "militray"}, "'militray' is no PLOVER context", "did you mean 'military'"),
        ({"context": "Accuse/allege"}, "is no PLOVER context", "diplomatic"),
    ],
)
def test_a_mode_or_context_that_is_none_is_an_error(params, error, hint):
    events = named_queries()["events"]
    with pytest.raises(UsageError, match=error) as err:
        run(_accusing_store(), events.text, {"type": "Accuse", **params}, kinds=events.kinds)
    assert hint in str(err.value.hint)


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


@pytest.mark.model
def test_rebuild_of_the_sample_is_idempotent(sample_store, tmp_path):
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
    # "Xi invited Putin" (Consult); "Putin hails ... relationship with China" is the title's,
    # a headline in the present, which the graph admits (kg.extract.admission.is_headline)
    assert int(dyads[("Xi Jinping", "Vladimir Putin")]["cooperation"]) >= 1
    assert ("Vladimir Putin", "China") in dyads
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


# --- queries asked wrong fail loudly ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "params", "message", "hint"),
    [
        ("actor", {"actr": "Putin"}, "takes no parameter 'actr'", "did you mean actor?"),
        ("actor", {}, "needs --param actor=", "--param actor=Russia"),
        ("between", {"a": "Putin"}, "needs --param b=", "--param b=Xi"),
        ("actors", {"knd": "Person"}, "no parameter 'knd'", "it takes: kind"),
        ("dyads", {"x": "1"}, "no parameter 'x'", "it takes: limit, offset"),
        ("accusations", {"x": "1"}, "no parameter 'x'", "it takes: no parameters"),
        ("events", {"since": "2021-01-01"}, "needs --param type=", "kg query"),
        # a date that is no day would compare with nothing and give no rows
        ("events", {"type": "Accuse", "since": "2021-02-30"}, "since='2021-02-30' is not a date",
         "YYYY-MM-DD"),
        ("events", {"type": "Accuse", "until": "yesterday"}, "until='yesterday' is not a date",
         "YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_named_query_parameters_are_checked(name, params, message, hint):
    with pytest.raises(UsageError, match=message) as err:
        kg.query(name=name, store=filled("a1"), params=params)
    assert hint in str(err.value.hint)


def test_a_date_value_is_a_day_of_the_calendar():
    text = "SELECT ?x WHERE { BIND(?d AS ?x) }"
    assert run(Store(), text, {"d": "2021-02-28"}).rows  # a date, bound as xsd:date
    with pytest.raises(UsageError, match="'2021-02-30' is not a date"):
        run(Store(), text, {"d": "2021-02-30"})
    assert run(Store(), text, {"d": "2021-02"}).rows  # not a date's form: a string


def test_optional_parameters_may_be_left_out():
    queries = named_queries()
    assert queries["actors"].optional == {"kind", "limit", "offset"}
    assert queries["actors"].required == []
    assert queries["events"].optional == {"mode", "context", "since", "until", "limit", "offset"}
    assert queries["events"].required == ["type"]
    assert queries["between"].required == ["a", "b"]
    assert kg.query(name="actors", store=filled("a1"))  # no kind: all actors


@pytest.mark.parametrize(
    ("name", "near"),
    [("Zorro", None), ("Vladimir Putn", "Vladimir Putin"), ("Rusia", "Russia")],
)
def test_an_actor_that_names_nothing_is_an_error_with_close_names(name, near):
    with pytest.raises(UsageError, match="names no actor") as err:
        kg.query(name="actor", store=filled("a1"), params={"actor": name})
    if near:
        assert repr(near) in str(err.value.hint)
    else:
        assert "did you mean" not in str(err.value.hint)


@pytest.mark.parametrize(
    ("name", "near"),
    [
        ("Xi Jinping", None),  # the gazetteer knows him; no statement of the store names him
        ("Austria", "Russia"),  # close names are the store's own
        ("Russian Federation", None),  # Russia is in the store, but only as Putin's country
        ("https://w3id.org/kg-news/id/person/nobody", None),
    ],
)
def test_an_actor_known_but_absent_from_the_store_is_an_error(name, near, capsys):
    with pytest.raises(UsageError, match="is absent from this store") as err:
        kg.query(name="actor", store=filled("a1"), params={"actor": name})
    hint = str(err.value.hint)
    if near:
        assert f"did you mean {near!r} (in this store)?" in hint
    else:
        assert "did you mean" not in hint and "--name actors" in hint
    if not name.startswith("http"):
        assert "is a known actor" in str(err.value)


def test_an_actor_no_statement_has_as_agent_or_target_is_absent_for_queries_of_those():
    """Putin only the subject of an agentless statement: actor/between/edges match agent and
    target, so they say he is absent rather than give no rows; aliases, which matches no
    statement role, still lists his names."""
    r = result("a1")
    r.statements = [dataclasses.replace(st, agent_id=None) for st in r.statements]
    store = stored([r])
    with pytest.raises(UsageError, match="no statement names it as agent or target"):
        kg.query(name="actor", store=store, params={"actor": "Putin"})
    assert kg.query(name="aliases", store=store, params={"actor": "Putin"})


@pytest.mark.parametrize(
    ("sparql", "roles"),
    [
        ("SELECT * { ?st kg:agent ?a ; kg:target ?b ; kg:agentCode ?c }", ("agent", "target")),
        ("SELECT * { ?st <https://w3id.org/kg-news/ontology#attributedTo> ?a }", ("attributedTo",)),
        ("SELECT * { ?a rdfs:label ?l }", ()),
    ],
)
def test_the_statement_roles_a_query_matches(sparql, roles):
    assert statement_roles(sparql) == roles


def test_an_actor_in_the_store_is_found_by_name_alias_or_iri():
    store = filled("a1")
    for name in ("Vladimir Putin", "Putin", "https://w3id.org/kg-news/id/person/vladimir-putin"):
        assert len(kg.query(name="actor", store=store, params={"actor": name})) == 1, name


def test_actors_lists_an_actor_once_when_its_country_is_known_in_some_articles_only():
    store = filled("a1", "a2")
    quads = [q for q in store.oxigraph if q.predicate.value.endswith(("countryCode", "countryOf"))]
    for q in quads:  # drop the country of every node in one article's graph
        if q.graph_name.value.endswith("a2"):
            store.oxigraph.remove(q)
    assert any(q.graph_name.value.endswith("a2") for q in quads)
    rows = kg.query(name="actors", store=store)
    labels = [r["label"] for r in rows]
    assert labels.count("Vladimir Putin") == 1
    assert next(r for r in rows if r["label"] == "Vladimir Putin")["country"] == "RUS"


def test_query_cli_errors_exit_2():
    absent = ["--param", "actor=Angela Merkel"]  # known, but not in the sample
    for args in (["--param", "actr=Blair"], [], ["--param", "actor=Zorro"], absent):
        graph = str(ROOT / "output" / "graph.ttl")
        proc = kg_cli("query", "--name", "actor", *args, "--graph", graph, check=False)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith("kg: error:") and not proc.stdout
