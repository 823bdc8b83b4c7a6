"""The persistent graph: an embedded Oxigraph store, one named graph per article.

pyoxigraph is used directly (not through oxrdflib): adding triples one by one through the rdflib
API is about as slow as rdflib's own store, while Oxigraph's bulk writes are ~6x faster
(see ``benchmarks/store.py``). Articles are replaced whole, so re-adding the same article is a
no-op and a changed article replaces its old statements; a replacement is one transaction, so a
killed process leaves each article's old graph or its new one, never neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import StoreError, UsageError
from kg.ids import graph_iri
from kg.rdf.mapping import PREFIXES
from kg.rdf.namespace import GRAPH


def article_quads(result) -> list[ox.Quad]:
    """Everything one article contributes, as pyoxigraph quads in its named graph."""
    from kg.rdf.mapping import to_nquads

    return list(ox.parse(to_nquads(result), format=ox.RdfFormat.N_QUADS))


#: Articles replaced in one transaction: each is replaced whole either way; a transaction of
#: many articles holds all their changes in memory until it commits.
REPLACE_BATCH = 16


def _graph(doc: str) -> ox.NamedNode:
    return ox.NamedNode(str(graph_iri(doc)))


def _blocks(quads: Iterable[ox.Quad]) -> str:
    """Quads as the ``GRAPH <g> { s p o . }`` blocks of a SPARQL ``INSERT``/``DELETE DATA``
    (pyoxigraph writes terms in N-Triples syntax, which SPARQL reads as they are)."""
    by_graph: dict[ox.NamedNode, list[str]] = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())


class Store:
    """An Oxigraph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None and self.path.exists() and not self.path.is_dir():
            raise UsageError(
                f"{self.path} is a file, not a store",
                "give --store a folder; kg build --store DIR creates it",
            )
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():  # a mistyped path, like a bad option
                    raise UsageError(
                        f"no store at {self.path}", "build one with kg build --store DIR"
                    )
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}",
                "is it a folder kg build --store made?"
                if read_only
                else "is another kg process writing to it? One writer at a time",
            ) from None

    @classmethod
    def from_file(cls, path: Path | str) -> Store:
        """An in-memory store holding an RDF file (Turtle, TriG, N-Quads, ...)."""
        from kg.rdf.serialize import FORMATS, SUFFIXES

        path = Path(path)
        fmt = SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise UsageError(f"cannot tell the RDF format of {path}", "use .ttl, .trig or .nq")
        if not path.is_file():
            raise UsageError(f"{path} does not exist")
        store = cls()
        ox_format, named = FORMATS[fmt]
        into = None if named else ox.NamedNode(str(GRAPH["file"]))  # queries match GRAPH ?g
        try:
            store._store.bulk_load(path=str(path), format=ox_format, to_graph=into)
        except SyntaxError as exc:
            raise UsageError(f"{path} is not valid {fmt}: {exc}") from None
        return store

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        return self._store

    def __len__(self) -> int:
        return len(self._store)

    def articles(self) -> list[str]:
        """Ids of the articles in the store (their named graphs)."""
        prefix = str(GRAPH)
        return sorted(
            g.value[len(prefix) :] for g in self._store.named_graphs() if g.value.startswith(prefix)
        )

    def put_article(self, doc: str, quads: Iterable[ox.Quad]) -> int:
        """Replace the named graph of article ``doc`` by ``quads`` (in one transaction: a kill
        leaves the old graph or the new one); returns its size."""
        graph = _graph(doc)
        items = {ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads}
        self._replace([(graph, items)])
        return len(items)

    def put_nquads(self, articles: Iterable[tuple[str, str]]) -> dict[str, SyntaxError]:
        """Replace the named graphs of ``articles``, pairs of an article id and its quads as
        N-Quads text (each in its own graph); returns the articles whose text is not valid
        N-Quads, which keep what the store held for them.

        Each article is replaced whole or not at all, whenever the process dies. Articles the
        store does not hold yet go in with Oxigraph's bulk loader (about 3x faster than a
        transaction; one call ingests all its files at once, or nothing). An article it holds
        is replaced in a transaction that removes the quads it no longer has and adds the new
        ones, so re-adding an unchanged article writes nothing.
        """
        todo = dict(articles)  # the same id twice: the last wins
        held = {doc for doc in todo if self._store.contains_named_graph(_graph(doc))}
        failed = self._load_new({d: text for d, text in todo.items() if d not in held})
        changes = []
        for doc in sorted(held):
            graph = _graph(doc)
            try:
                quads = ox.parse(todo[doc], format=ox.RdfFormat.N_QUADS)
                changes.append((graph, {ox.Quad(*q.triple, graph) for q in quads}))
            except SyntaxError as exc:
                failed[doc] = exc
            if len(changes) >= REPLACE_BATCH:
                self._replace(changes)
                changes = []
        self._replace(changes)
        return failed

    def _load_new(self, articles: dict[str, str]) -> dict[str, SyntaxError]:
        """Load articles the store does not hold: all at once, or one by one to find the
        broken ones when the text of one of them is not valid N-Quads."""
        load = self._store.load if self.path is None else self._store.bulk_load
        failed: dict[str, SyntaxError] = {}
        if not articles:
            return failed
        try:
            load("".join(articles.values()).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            return failed
        except SyntaxError:
            pass  # nothing was written: a load writes all or nothing
        for doc, text in articles.items():
            try:
                load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            except SyntaxError as exc:
                failed[doc] = exc
        return failed

    def _replace(self, changes: list[tuple[ox.NamedNode, set[ox.Quad]]]) -> None:
        """Give each graph exactly its new quads, in one transaction (a SPARQL update): the
        quads it no longer has are deleted and the missing ones inserted. kg's graphs hold no
        blank nodes (every node has an IRI), which ``DELETE DATA`` could not name."""
        gone: list[ox.Quad] = []
        added: list[ox.Quad] = []
        for graph, quads in changes:
            old = set(self._store.quads_for_pattern(None, None, None, graph))
            gone += (q for q in old if q not in quads)
            added += (q for q in quads if q not in old)
        ops = [f"{verb} DATA {{ {_blocks(qs)} }}" for verb, qs in (("DELETE", gone),
               ("INSERT", added)) if qs]  # fmt: skip
        if ops:  # a graph that loses all its quads stays listed, as an empty article
            self._store.update(" ;\n".join(ops))

    def remove_article(self, doc: str) -> bool:
        """Drop one article's graph; False when the store does not hold it."""
        graph = _graph(doc)
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        return True

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def distinct_triples(self) -> Iterator[ox.Triple]:
        """The union of all graphs without duplicates, streamed in the store's order: by
        content on disk, by insertion order in memory (so the same input gives the same file)."""
        # CONSTRUCT hands back Triples made in Rust: twice as fast as Triples built from rows
        query = "CONSTRUCT { ?s ?p ?o } { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
        yield from self._store.query(query)  # type: ignore[misc]

    def export(
        self, output: BinaryIO | str | Path, fmt: str = "turtle", *, verbose: bool = False
    ) -> int:
        """Write the store as ``fmt`` (Turtle, N-Triples, RDF/XML: the union of the graphs,
        without duplicates, sorted); returns the number of triples written (quads for the
        formats with named graphs: TriG, N-Quads, JSON-LD). ``verbose`` adds the triples the
        graph leaves unstated (:mod:`kg.store.verbose`): in the article graph they follow
        from, or once in the union."""
        from kg.rdf.serialize import FORMATS

        if fmt not in FORMATS:
            raise UsageError(f"unknown RDF format {fmt!r}", f"use one of {', '.join(FORMATS)}")
        ox_format, named = FORMATS[fmt]
        out = str(output) if isinstance(output, Path) else output
        prefixes = PREFIXES if fmt in {"turtle", "trig"} else None
        counted = [0]

        def count(items: Iterator) -> Iterator:
            for item in items:
                counted[0] += 1
                yield item

        if fmt == "jsonld":  # compacted with kg's prefixes as @context (Oxigraph: expanded)
            from kg.rdf.jsonld import compact

            if verbose:
                quads = ox.serialize(count(self._quads(verbose)), format=ox.RdfFormat.N_QUADS)
            else:
                quads, counted[0] = self._store.dump(format=ox.RdfFormat.N_QUADS), len(self)
            data = compact(quads)
            if isinstance(out, str):
                Path(out).write_bytes(data)
            else:
                out.write(data)
            return counted[0]
        if named and not verbose:
            self._store.dump(out, ox_format, prefixes=prefixes)
            return len(self._store)
        items = self._quads(verbose) if named else self._triples(verbose)
        ox.serialize(count(items), out, ox_format, prefixes=prefixes)
        return counted[0]

    def _quads(self, verbose: bool) -> Iterator[ox.Quad]:
        from kg.store.verbose import with_derived

        return with_derived(self._store) if verbose else iter(self._store)

    def _triples(self, verbose: bool) -> Iterator[ox.Triple]:
        from kg.store.verbose import union_derived

        yield from self.distinct_triples()
        if verbose:
            yield from union_derived(self._store)

    @classmethod
    def from_rdflib(cls, graph) -> Store:
        """An in-memory store holding an rdflib Graph or Dataset."""
        from kg.rdf.serialize import ox_quads

        store = cls()
        into = ox.NamedNode(str(GRAPH["file"]))
        store._store.extend(
            [q if isinstance(q.graph_name, ox.NamedNode) else ox.Quad(*q.triple, into)
             for q in ox_quads(graph)]
        )  # fmt: skip
        return store

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> None:
        """Compact an on-disk store after bulk loads: bulk-loaded data lands in many small
        files, and compacting them (~3 s per million quads) halves query and export times."""
        if self.path is not None:
            self._store.optimize()
