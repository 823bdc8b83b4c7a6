"""Faults: a kill at any moment, a typo on the command line, a full disk, a pathological article.
Old data or new, never neither; a clear message and the rest of the batch goes on."""

from __future__ import annotations

import multiprocessing
import random
import time
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.mapping import graph_iri
from kg.store.db import Store

# --- a kill while the store is written -------------------------------------------------------

CHURNED, STEADY, RETURNING = 24, 8, 8  # articles: changed every round, unchanged, re-added


def _nquads(doc: str, version: int, size: int = 400) -> str:
    """An article's graph in one of two versions that share no quad (the worst case)."""
    graph = f"<{graph_iri(doc)}>"
    return "".join(
        f'<urn:kg:{doc}/s{i}/v{version}> <urn:kg:p> "{doc} {i} v{version}" {graph} .\n'
        for i in range(size)
    )


def _quads(text: str) -> frozenset[ox.Quad]:
    return frozenset(ox.parse(text, format=ox.RdfFormat.N_QUADS))


def _allowed(doc: str) -> list[frozenset[ox.Quad]]:
    """The graphs ``doc`` may have after a kill: its old or new version; for an article that
    was removed and is being added back, also none (the removal is a state of its own)."""
    if doc.startswith("steady"):
        return [_quads(_nquads(doc, 0))]
    versions = [_quads(_nquads(doc, v)) for v in (0, 1)]
    return [*versions, frozenset()] if doc.startswith("ret") else versions


def _docs() -> list[str]:
    return (
        [f"churn{i}" for i in range(CHURNED)]
        + [f"steady{i}" for i in range(STEADY)]
        + [f"ret{i}" for i in range(RETURNING)]
    )


def churn(path: str) -> None:
    """Rewrite the store's articles forever, as re-adding builds do: changed articles replaced
    (transactions), unchanged ones re-added, removed ones added back (bulk loads)."""
    store = Store(path)
    for round_ in range(1_000_000):
        for doc in (d for d in _docs() if d.startswith("ret")):
            store.remove_article(doc)
        version = round_ % 2
        batch = [(d, _nquads(d, 0 if d.startswith("steady") else version)) for d in _docs()]
        assert not store.put_nquads(batch)


def _graphs(path: Path) -> dict[str, frozenset[ox.Quad]]:
    store = ox.Store.read_only(str(path))  # as a reader would see it, before any repair
    graphs = {d: frozenset(store.quads_for_pattern(None, None, None, _graph(d))) for d in _docs()}
    del store
    return graphs


def _graph(doc: str) -> ox.NamedNode:
    return ox.NamedNode(str(graph_iri(doc)))


def test_a_store_killed_while_replacing_articles_keeps_old_or_new_graphs(tmp_path):
    path = tmp_path / "db"
    store = Store(path)
    assert not store.put_nquads([(d, _nquads(d, 0)) for d in _docs()])
    del store
    spawn = multiprocessing.get_context("spawn")
    rng = random.Random(5)
    started = time.monotonic()
    for _ in range(8):
        writer = spawn.Process(target=churn, args=(str(path),))
        writer.start()
        time.sleep(rng.uniform(1.5, 4.0))  # spawning and opening take about a second
        writer.kill()  # SIGKILL: no cleanup runs
        writer.join()
        for doc, quads in _graphs(path).items():
            assert quads in _allowed(doc), (doc, len(quads))
    assert time.monotonic() - started < 120
