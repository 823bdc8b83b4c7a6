"""kg serve: SPARQL 1.1 Protocol answers, caps, refused updates and SERVICE."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from factories import http, result

from kg.sparql.serve import free_port
from kg.store.db import Store, article_quads


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
