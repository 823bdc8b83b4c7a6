"""Write RDF files fast, deterministically and atomically (through pyoxigraph's writers)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import UsageError
from kg.rdf.mapping import PREFIXES

#: name -> (pyoxigraph format, keeps named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "xml": (ox.RdfFormat.RDF_XML, False),
}
SUFFIXES = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".rdf": "xml",
    ".owl": "xml",
}


def to_ox(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def ox_quads(ds: Dataset) -> Iterator[ox.Quad]:
    """Every quad of an rdflib Dataset as pyoxigraph quads (default graph kept as default)."""
    for s, p, o, g in ds.quads((None, None, None, None)):
        gid = getattr(g, "identifier", g)
        graph = ox.DefaultGraph() if gid in (None, DATASET_DEFAULT_GRAPH_ID) else to_ox(gid)
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def canonical(quads: Iterable[ox.Quad], *, named: bool) -> list[ox.Quad] | list[ox.Triple]:
    """Sorted, de-duplicated quads (or triples of the union graph) for byte-stable output."""
    if named:
        return sorted(
            set(quads),
            key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
        )
    triples = {q.triple for q in quads}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def format_for(path: Path, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown RDF format {fmt!r}", f"use one of {', '.join(FORMATS)}")
        return fmt
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise UsageError(f"cannot tell the RDF format of {path}", "pass --format")
    return found


@contextlib.contextmanager
def atomic(path: Path, mode: str = "wb") -> Iterator[object]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def serialize(quads: Iterable[ox.Quad], fmt: str = "turtle") -> bytes:
    """Quads as bytes in ``fmt``; triple formats get the union of all named graphs."""
    ox_format, named = FORMATS[fmt]
    items = canonical(quads, named=named)
    prefixes = PREFIXES if fmt in {"turtle", "trig"} else None
    return ox.serialize(items, format=ox_format, prefixes=prefixes)


def write(ds: Dataset, path: Path | str, fmt: str | None = None) -> int:
    """Write a Dataset to ``path`` atomically; returns the number of statements written."""
    path = Path(path)
    fmt = format_for(path, fmt)
    quads = list(ox_quads(ds))
    data = serialize(quads, fmt)
    with atomic(path) as fh:
        fh.write(data)  # type: ignore[attr-defined]
    named = FORMATS[fmt][1]
    return len(set(quads)) if named else len({q.triple for q in quads})
