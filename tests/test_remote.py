"""kg query --endpoint: named and ad hoc queries against remote SPARQL 1.1 endpoints (kg serve,
a plain oxigraph serve), bound and checked here; only the given loopback address is contacted."""

from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from factories import canary, filled, oxigraph_server, serving

import kg
from kg.cli.main import main
from kg.errors import QueryError, QueryRefused, UsageError
from kg.store.db import Store, article_quads

DOCS = ("a1", "a2")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    from factories import result

    db = tmp_path_factory.mktemp("remote") / "db"
    store = Store(db)
    for doc in DOCS:
        store.put_article(doc, article_quads(result(doc)))
    store.flush()
    del store
    return db


@pytest.fixture(scope="module")
def kg_endpoint(store_dir):
    with serving(store_dir, "--workers", "1") as (url, _, _):
        yield url


@pytest.fixture(scope="module")
def oxigraph_endpoint(tmp_path_factory):
    from kg.store.push import push

    with oxigraph_server(tmp_path_factory.mktemp("oxi") / "db") as url:
        push(filled(*DOCS), f"{url}/store")
        yield f"{url}/query"


@pytest.fixture(params=["kg", "oxigraph"])
def endpoint(request):
    return request.getfixturevalue(f"{request.param}_endpoint")


def test_named_queries_give_the_same_rows_as_the_local_store(endpoint, store_dir):
    for name, params in [("actors", {}), ("actor", {"actor": "Putin"}),
                         ("events", {"type": "Support"}), ("events_table", {})]:  # fmt: skip
        local = kg.query(name=name, store=store_dir, params=params)
        remote = kg.query(name=name, endpoint=endpoint, params=params)
        assert remote == local and local, name


def test_ad_hoc_queries_ask_and_construct(endpoint):
    asked = "ASK { GRAPH ?g { ?s a kg:Person } }"  # kg's prefixes are sent along
    assert kg.query(asked, endpoint=endpoint) is True
    built = kg.query("CONSTRUCT { ?s a kg:Person } WHERE { GRAPH ?g { ?s a kg:Person } }",
                     endpoint=endpoint)  # fmt: skip
    assert {t.subject.value for t in built} == {"https://w3id.org/kg-news/id/person/vladimir-putin"}


def test_parameters_fail_loudly_remotely_too(endpoint):
    with pytest.raises(UsageError, match="takes no parameter 'actr'"):
        kg.query(name="actor", endpoint=endpoint, params={"actr": "Putin"})
    with pytest.raises(UsageError, match="names no actor") as err:
        kg.query(name="actor", endpoint=endpoint, params={"actor": "Vladimir Putn"})
    assert "'Vladimir Putin'" in str(err.value.hint)


def test_the_policy_gate_runs_before_anything_is_sent():
    with canary() as (url, hits):
        for sparql in (f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "DROP ALL"):
            with pytest.raises(QueryRefused):
                kg.query(sparql, endpoint=url)
        assert hits == []  # refused here: the endpoint never saw them


@contextlib.contextmanager
def redirecting(to: str):
    class Redirect(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(302)
            self.send_header("Location", to)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query"
    finally:
        server.shutdown()
        server.server_close()


def test_only_the_given_endpoint_is_contacted():
    with canary() as (elsewhere, hits), redirecting(elsewhere) as url:
        with pytest.raises(QueryError, match="302"):
            kg.query("ASK {}", endpoint=url)
        assert hits == []


@pytest.mark.parametrize(
    ("url", "error", "message"),
    [("file:///etc/passwd", UsageError, "not an http"), ("ftp://x/q", UsageError, "not an http"),
     ("http://127.0.0.1:1/query", QueryError, "cannot reach")],
)  # fmt: skip
def test_bad_endpoints_are_clear_errors(url, error, message):
    with pytest.raises(error, match=message):
        kg.query("ASK {}", endpoint=url)


def test_http_errors_are_query_errors(kg_endpoint):
    with pytest.raises(QueryError, match="404"):
        kg.query("ASK {}", endpoint=kg_endpoint.replace("/query", "/nothere"))


def test_cli_endpoint(kg_endpoint, capsys):
    argv = ["query", "--endpoint", kg_endpoint, "--name", "actors", "--format", "csv"]
    assert main(argv) == 0
    assert "Vladimir Putin" in capsys.readouterr().out
    assert main(["query", "--endpoint", kg_endpoint, "--name", "actor"]) == 2
    assert main(["query", "--endpoint", kg_endpoint, "--store", "x", "ASK {}"]) == 2
