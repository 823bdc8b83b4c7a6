"""Answers of ``kg serve`` in the format a client asks for, capped: at most ``max_results``
solutions or triples and at most ``max_bytes`` bytes, for every query form (SELECT, ASK,
CONSTRUCT, DESCRIBE) and format. Rows are counted as rows, never as lines (a CSV value may
span lines), and serialized by Oxigraph after the cut, so a truncated answer is still valid
CSV, JSON, XML, Turtle..."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.rdf.mapping import PREFIXES

Q = ox.QueryResultsFormat
SOLUTIONS: Mapping[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": Q.JSON,
    "application/json": Q.JSON,
    "application/sparql-results+xml": Q.XML,
    "application/xml": Q.XML,
    "text/csv": Q.CSV,
    "text/tab-separated-values": Q.TSV,
}
GRAPHS: Mapping[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
T = TypeVar("T")


@dataclass(frozen=True)
class Rendered:
    """An answer ready to send."""

    content_type: str
    body: bytes
    truncated: bool = False


def render(answer: Any, accept: str | None, *, max_results: int, max_bytes: int) -> Rendered:
    """A pyoxigraph answer in the format ``accept`` prefers (JSON results and Turtle by
    default), cut to ``max_results`` solutions or triples, then halved until it fits in
    ``max_bytes``."""
    if isinstance(answer, ox.QueryBoolean):
        fmt = SOLUTIONS[media_type(accept, SOLUTIONS, "application/sparql-results+json")]
        return Rendered(fmt.media_type, answer.serialize(format=fmt))
    if isinstance(answer, ox.QuerySolutions):
        fmt = SOLUTIONS[media_type(accept, SOLUTIONS, "application/sparql-results+json")]
        variables = answer.variables
        rows = list(islice(answer, max_results + 1))
        return _capped(rows, lambda rs: solutions(variables, rs, fmt), fmt.media_type,
                       max_results=max_results, max_bytes=max_bytes)  # fmt: skip
    rdf = GRAPHS[media_type(accept, GRAPHS, "text/turtle")]
    triples = list(islice(answer, max_results + 1))
    prefixes = dict(PREFIXES) if rdf == ox.RdfFormat.TURTLE else None
    return _capped(triples, lambda ts: ox.serialize(ts, format=rdf, prefixes=prefixes),
                   rdf.media_type, max_results=max_results, max_bytes=max_bytes)  # fmt: skip


def solutions(
    variables: Sequence[ox.Variable], rows: Sequence[ox.QuerySolution], fmt: ox.QueryResultsFormat
) -> bytes:
    """Rows already read from an answer, serialized by Oxigraph: they are written as SPARQL
    TSV (each term in N-Triples syntax, which escapes tabs and line breaks), read back as
    solutions and serialized in ``fmt`` (pyoxigraph has no way to make solutions from terms)."""
    lines = ["\t".join(str(v) for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    return ox.parse_query_results(tsv, format=Q.TSV).serialize(format=fmt)


def _capped(
    items: list[T],
    write: Callable[[list[T]], bytes],
    content_type: str,
    *,
    max_results: int,
    max_bytes: int,
) -> Rendered:
    truncated = len(items) > max_results
    items = items[:max_results]
    body = write(items)
    while len(body) > max_bytes and items:
        items = items[: len(items) // 2]
        truncated = True
        body = write(items)
    return Rendered(content_type, body, truncated)


def media_type(accept: str | None, offered: Mapping[str, Any], default: str) -> str:
    """The offered media type an HTTP ``Accept`` header prefers (with q-values, ``*/*`` and
    ``type/*``), or ``default`` when it names none of them."""
    best, best_q = default, 0.0
    for part in (accept or "").split(","):
        kind, *options = (x.strip() for x in part.split(";"))
        q = 1.0
        for option in options:
            key, _, value = option.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        kind = kind.lower()
        if kind in offered:
            match: str | None = kind
        elif kind == "*/*":
            match = default
        elif kind.endswith("/*"):
            match = next((m for m in offered if m.startswith(kind[:-1])), None)
        else:
            match = None
        if match and q > best_q:
            best, best_q = match, q
    return best
