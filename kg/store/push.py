"""Upload a store to any SPARQL 1.1 Graph Store HTTP Protocol server, one graph per article."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

import pyoxigraph as ox

from kg.errors import PushError
from kg.ids import graph_iri
from kg.store.db import Store


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of a named graph (``?graph=`` indirect identification)."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def push(
    store: Store,
    endpoint: str,
    *,
    timeout: float = 60.0,
    progress: Callable[[str, int], None] | None = None,
) -> int:
    """PUT each article's named graph to ``endpoint`` (replacing it there); returns triples sent.

    ``endpoint`` is the server's graph store URL: Oxigraph ``http://host:7878/store``,
    Fuseki ``http://host:3030/DATASET/data``, GraphDB ``.../repositories/REPO/rdf-graphs/service``.
    """
    sent = 0
    for doc in store.articles():
        graph = ox.NamedNode(str(graph_iri(doc)))
        triples = [q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, graph)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        request = urllib.request.Request(
            graph_url(endpoint, graph.value), data=body, method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            raise PushError(f"{endpoint} refused graph {doc}: HTTP {exc.code} {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(
                f"cannot reach {endpoint}: {reason}", "is the server running?"
            ) from None
        sent += len(triples)
        if progress is not None:
            progress(doc, len(triples))
    return sent
