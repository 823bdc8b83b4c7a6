"""The verbose export: the lean graph with the triples it leaves unstated written out.

kg's graph states each fact once and leaves defaults and what can be read off the evidence
unstated (``ontology/README.md``, "How a statement is written"). A tool that loads an export
without kg's queries wants them stated: ``kg export --verbose`` adds them. Each group of them
is a SPARQL query kept as data, ``ontology/queries/derived/*.rq``, which selects ``?g ?s ?p
?o``: a triple the graph ``?g`` does not state, and which follows from what it does. The
queries run over the store as it is; the store and ``kg build``'s graph.ttl stay lean.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox


def derived_queries(folder: Path | None = None) -> dict[str, str]:
    """Name -> text of the derivation queries (``ontology/queries/derived/*.rq``)."""
    from kg import data

    folder = folder or data.derived_queries()
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}


def derived_quads(store: ox.Store, *, folder: Path | None = None) -> Iterator[ox.Quad]:
    """The triples the store's graphs leave unstated, each in the graph of the statement or
    node it is about (the graph its query matched in), in query order."""
    for text in derived_queries(folder).values():
        for row in store.query(text):  # type: ignore[union-attr]
            g, s, p, o = (row[v] for v in ("g", "s", "p", "o"))
            if None not in (g, s, p, o):
                yield ox.Quad(s, p, o, g)


def by_graph(quads: Iterator[ox.Quad]) -> dict[ox.NamedNode | ox.DefaultGraph, list[ox.Quad]]:
    """Quads grouped by graph, without repeats, each group in the order it came."""
    groups: dict[ox.NamedNode | ox.DefaultGraph, dict[ox.Quad, None]] = {}
    for q in quads:
        groups.setdefault(q.graph_name, {})[q] = None
    return {g: list(qs) for g, qs in groups.items()}


def with_derived(store: ox.Store) -> Iterator[ox.Quad]:
    """Every stored quad, each graph followed by its derived quads (so TriG writes one block
    per article graph)."""
    derived = by_graph(derived_quads(store))
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    for graph in [ox.DefaultGraph(), *graphs]:
        yield from store.quads_for_pattern(None, None, None, graph)
        yield from derived.pop(graph, ())
    for rest in derived.values():  # a graph without stored quads: none can derive from it
        yield from rest


def union_derived(store: ox.Store) -> Iterator[ox.Triple]:
    """The derived triples that no graph of the store states, each once."""
    seen: set[ox.Triple] = set()
    for q in derived_quads(store):
        t = q.triple
        if t in seen or next(store.quads_for_pattern(*t, None), None) is not None:
            continue
        seen.add(t)
        yield t
