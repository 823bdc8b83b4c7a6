"""kg push: articles' graphs uploaded to a real graph store (Graph Store Protocol)."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from factories import filled, http, oxigraph_server


def test_push_round_trip_to_a_real_graph_store(tmp_path):
    from kg.store.push import push

    store = filled("a1", "a2")
    with oxigraph_server(tmp_path / "remote") as url:
        sent = push(store, f"{url}/store")
        push(store, f"{url}/store")  # again: graphs are replaced, not duplicated
        q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
        _, _, body = http(f"{url}/query?{q}", headers={"Accept": "text/csv"})
    assert int(body.decode().split()[1]) == len(store) == sent
