"""What kg lets a query do: SERVICE and updates refused on the parsed query, whatever the
spelling; size and nesting limits before any parser; time limits; safe parameters."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest
from factories import canary, filled, kg_cli, service_tricks
from hypothesis import given, settings
from hypothesis import strategies as st

import kg
from kg.errors import QueryError, QueryRefused, QueryTimeout, UpdateRefused, UsageError
from kg.sparql.binding import bind, term_for
from kg.sparql.engine import run
from kg.sparql.policy import Limits, check_limits, nesting, normalize, prepare

TRICKS = list(service_tricks("http://127.0.0.1:1/sparql"))


@pytest.fixture(scope="module")
def listening():
    with canary() as (url, hits):
        yield url, hits


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "g.ttl"
    filled("a1").export(path, "turtle")
    return path


@pytest.mark.parametrize("name", TRICKS)
def test_every_service_trick_is_refused_and_reaches_nothing(listening, name):
    url, hits = listening
    query, reaches = service_tricks(url)[name]
    store = filled("a1")
    before = len(hits)
    with pytest.raises(QueryError):
        kg.query(query, store=store)
    assert len(hits) == before, f"{name}: kg let the query reach the listening server"
    if reaches:  # the trick is real: Oxigraph left to itself does call out
        with contextlib.suppress(OSError):  # the canary answers 500; SILENT ignores it
            list(store.oxigraph.query(query, use_default_graph_as_union=True))
        assert len(hits) > before


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("escaped '", "SERVICE is not allowed"),
        ("comment ended by CR", "SERVICE is not allowed"),
        ("unicode escape", "SERVICE is not allowed"),
        ("FILTER EXISTS", "SERVICE is not allowed"),
        ("FROM", "is not one of kg's article graphs"),
        ("FROM NAMED", "is not one of kg's article graphs"),
        ("LOAD", "updates are refused"),
    ],
)
def test_refusals_say_why(name, message):
    query, _ = service_tricks("http://127.0.0.1:1/sparql")[name]
    with pytest.raises(QueryRefused, match=message):
        prepare(query)


def test_updates_are_refused_as_updates():
    for update in ("DROP ALL", "INSERT DATA { <http://a> <http://b> <http://c> }", "CLEAR ALL"):
        with pytest.raises(UpdateRefused):
            prepare(update)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { BIND("SERVICE <http://x/> { }" AS ?x) }',
        "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE <http://x/> { }",
        r"PREFIX c: <http://x/> SELECT * WHERE { ?s c:x\# ?o . ?s c:SERVICE ?service }",
        "SELECT * FROM kgg:a1 FROM NAMED <https://w3id.org/kg-news/graph/a2> WHERE { ?s ?p ?o }",
        "PREFIX g: <https://w3id.org/kg-news/graph/> SELECT * FROM g:a1 WHERE { ?s ?p ?o }",
    ],
)
def test_the_word_service_elsewhere_and_kg_graphs_pass(query):
    assert prepare(query) == query


def test_the_named_queries_pass():
    from kg.sparql.named import named_queries

    for q in named_queries().values():
        prepare(q.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"\u0053ELECT", "SELECT"),
        (r'"caf\u00E9 \U0001F600"', '"café 😀"'),
        ("a\r\nb\rc", "a\nb\nc"),
        (r"\u000A0000", "\n0000"),  # four digits after \u, as SPARQL reads it (not eight)
    ],
)
def test_normalize_reads_escapes_as_sparql_does(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text", [r"\u005Cu0053ERVICE", r"\uD800", r"\U00110000"])
def test_escapes_that_make_escapes_or_no_character_are_refused(text):
    with pytest.raises(QueryRefused):
        normalize(text)


@pytest.mark.parametrize(
    ("query", "depth"),
    [
        ("SELECT * { { ?s ?p ?o } }", 2),
        ('SELECT * { ?s ?p "{{{{(((" }', 1),
        ("SELECT * { ?s ?p <http://x/(((([[> }", 1),
        ("SELECT * { # {{{{{{\n ?s ?p ?o }", 1),
        ('SELECT * { ?s ?p """ {{{ " "" \\""" {{ """ }', 1),
        ("SELECT * { FILTER((1 < 2) && [] ) }", 3),
        # an escaped # in a prefixed name starts no comment: the braces after it count
        (r"PREFIX c: <http://x/> SELECT * { ?s c:x\# ?o { { { } } } }", 4),
    ],
)
def test_nesting_counts_brackets_in_code_only(query, depth):
    assert nesting(query) == depth


def test_a_nested_query_is_refused_before_any_parser():
    bomb = "SELECT * WHERE " + "{ " * 2500 + "}" * 2500  # 10 KB; crashed Oxigraph's server
    started = time.perf_counter()
    with pytest.raises(QueryRefused, match="2500 deep"):
        prepare(bomb)
    assert time.perf_counter() - started < 1
    with pytest.raises(QueryRefused, match="characters long"):
        check_limits("SELECT * { } " + " " * 70_000)
    with pytest.raises(QueryRefused, match="3 deep"):
        prepare("SELECT * { { { ?s ?p ?o } } }", Limits(max_depth=2))


def test_kg_query_gives_a_clean_error_for_a_nested_brace_bomb(small_graph):
    bomb = "SELECT * WHERE " + "{ " * 2250 + "}" * 2250  # a segmentation fault before
    out = kg_cli("query", bomb, "--graph", str(small_graph), check=False)
    assert out.returncode == 2, out.stderr
    assert "2250 deep" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("name", ["escaped #", "escaped '", "comment ended by CR"])
def test_kg_query_refuses_the_escapes_and_reaches_nothing(listening, small_graph, name):
    url, hits = listening
    query, _ = service_tricks(url)[name]
    before = len(hits)
    out = kg_cli("query", query, "--graph", str(small_graph), check=False)
    assert out.returncode == 2 and "kg: error:" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and len(hits) == before


def test_deep_recursion_in_oxigraph_runs_on_the_big_stack():
    """A 10,000-term || chain crashed Oxigraph on a main thread; kg runs queries on a 256 MiB
    stack (kg.sparql.deadline), where it is answered."""
    chain = "SELECT * WHERE { FILTER(" + "||".join(["false"] * 10_000) + ") }"
    code = textwrap.dedent(f"""
        import sys, pyoxigraph as ox
        from kg.sparql import deadline
        query = {chain!r}
        if sys.argv[1] == "big":
            deadline.call(lambda: list(ox.Store().query(query)))
        else:
            list(ox.Store().query(query))
        print("answered")
    """)
    big = subprocess.run([sys.executable, "-c", code, "big"], capture_output=True, timeout=60)
    assert big.returncode == 0 and b"answered" in big.stdout
    main = subprocess.run([sys.executable, "-c", code, "main"], capture_output=True, timeout=60)
    assert main.returncode != 0  # the control: the same query kills a main thread


def test_kg_query_stops_waiting_at_its_timeout(tmp_path):
    graph = tmp_path / "g.nt"
    graph.write_text(
        "".join(f"<http://x/{i}> <http://x/p> <http://x/{i + 1}> .\n" for i in range(200))
    )
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.perf_counter()
    out = kg_cli("query", cross, "--graph", str(graph), "--timeout", "1", check=False)
    assert out.returncode == 2 and "ran longer than 1 s" in out.stderr, out.stderr
    assert time.perf_counter() - started < 30  # 1.6 billion rows would take minutes


def test_the_python_api_takes_a_timeout():
    store = filled("a1", "a2")  # 62 quads: the lean graph made the old 3-way product ~0.1 s
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # ~2 s
    with pytest.raises(QueryTimeout):
        run(store, cross, timeout=0.01)
    assert kg.query("ASK { ?s ?p ?o }", store=store, timeout=30) is True


@pytest.mark.parametrize(
    "value",
    [
        'x" } } ; DROP ALL ; SELECT * { "',
        "line\nbreak\ttab \\ back",
        "{ } ( ) # < >",
        "nul \x00 byte",
        "2021-13-45x",
    ],
)
def test_weird_parameter_values_are_bound_as_themselves(value):
    rows = kg.query("SELECT ?x WHERE { BIND(?p AS ?x) }", store=filled("a1"), params={"p": value})
    assert rows == [{"x": value}]


@pytest.mark.parametrize("value", ["http://x>}}", "http://x/\udcff", "http://x/<y>"])
def test_broken_iris_and_bytes_as_parameters_are_clean_errors(value):
    with pytest.raises(UsageError):
        term_for(value)
    with pytest.raises(UsageError):
        kg.query(name="actor", store=filled("a1"), params={"actor": value})


def test_an_iri_like_value_with_spaces_is_bound_as_a_string():
    value = "http://x>} SERVICE <http://127.0.0.1:1/> {"
    assert term_for(value) == ox.Literal(value)
    with pytest.raises(UsageError, match="names no actor"):  # a name, looked up as text
        kg.query(name="actor", store=filled("a1"), params={"actor": value})


def test_kg_query_reports_a_broken_iri_parameter(small_graph):
    out = kg_cli("query", "--name", "actor", "--param", "actor=http://x>}...",
                 "--graph", str(small_graph), check=False)  # fmt: skip
    assert out.returncode == 2 and "is not a valid IRI" in out.stderr
    assert "Traceback" not in out.stderr


def test_values_are_bound_outside_escaped_names_and_comments():
    text = "PREFIX c: <http://x/> SELECT * WHERE { ?s c:x\\# ?o }"
    bound = bind(text, {"p": "v"})
    assert bound.index("VALUES ?p") < bound.index("?s c:x")
    assert {"s", "o", "p"} == set(run(filled("a1"), text, {"p": "v"}).columns)


def test_an_unreadable_query_is_refused_not_run():
    """Oxigraph reads SPARQL 1.2's triple terms; kg's checker does not, so it refuses them."""
    query = "SELECT * WHERE { << ?s ?p ?o >> ?q ?r }"
    assert ox.Store().query(query) is not None
    with pytest.raises(QueryError, match="syntax error"):
        prepare(query)


FRAGMENTS = ["#", "\\#", "\\'", "'", '"', "'''", "\r", "\n", "\\u000D", "\\u000A", "\\u0022",
             "<", ">", "c:x", "{", "}", "\\", " ", "?a", "."]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    before=st.lists(st.sampled_from(FRAGMENTS), max_size=6),
    after=st.lists(st.sampled_from(FRAGMENTS), max_size=4),
)
def test_no_spelling_gets_a_query_past_the_check_to_the_network(listening, before, after):
    """Whatever tokens surround a SERVICE, a text the check accepts, run as the engine runs
    it, asks no one: the check and Oxigraph read it alike."""
    url, hits = listening
    query = (f"PREFIX c: <http://x/> SELECT * WHERE {{ ?s ?p ?o {''.join(before)} "
             f"SERVICE SILENT <{url}> {{ ?x ?y ?z }} {''.join(after)}\n}}")  # fmt: skip
    try:
        text = prepare(query)
    except QueryError:
        return
    count = len(hits)
    with contextlib.suppress(OSError, SyntaxError):
        list(_STORE.oxigraph.query(text, use_default_graph_as_union=True))
    assert len(hits) == count, repr(query)


_STORE = filled("a1")
