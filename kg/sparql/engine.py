"""Running SPARQL over a kg store or an RDF file: ad hoc and named queries, with safe
parameters. Every query passes kg's checks first (:func:`kg.sparql.policy.prepare`: no
SERVICE, no updates, size and nesting limits) and runs on a big-stack thread, within an
optional time limit (:mod:`kg.sparql.deadline`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, UsageError
from kg.rdf.mapping import PREFIXES
from kg.sparql import deadline
from kg.sparql.binding import PLAIN, Kinds, bind, resolve, statement_roles
from kg.sparql.named import named_queries, resolve_text
from kg.sparql.pages import turn
from kg.sparql.policy import LIMITS, Limits, check_size, normalize, prepare
from kg.store.db import Store

#: SPARQL results formats that :func:`run` can hand back serialized.
RESULTS_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}


@dataclass
class Result:
    """A query's answer: solutions (``columns``/``rows``), a boolean, or triples; or, when
    :func:`run` was asked for a results format, solutions or a boolean serialized (``data``)."""

    kind: str  # "select", "ask" or "graph"
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    data: bytes | None = None

    def to_dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (str, int, float, bool, date...)."""
        return [{c: python_value(v) for c, v in zip(self.columns, row, strict=True)}
                for row in self.rows]  # fmt: skip

    def to_dataframe(self):
        """Rows as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:
            raise UsageError("pandas is not installed", "pip install pandas") from None
        return pd.DataFrame(self.to_dicts(), columns=self.columns)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)


def python_value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value (IRIs and unknown datatypes as strings)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if dt in {"integer", "int", "long"}:
                return int(term.value)
            if dt in {"decimal", "double", "float"}:
                return float(term.value)
            if dt == "boolean":
                return term.value == "true"
        except ValueError:
            return term.value
        return term.value
    return term.value


def prepared(
    source,
    sparql: str,
    params: Mapping[str, str] | None = None,
    *,
    kinds: Kinds = PLAIN,
    limits: Limits = LIMITS,
) -> str:
    """The query text an engine may run: size checked, paged, its parameters resolved through
    ``source`` (a :class:`~kg.store.db.Store` or a remote endpoint) and bound, and the result
    passed through :func:`kg.sparql.policy.prepare`. Local and remote queries share it."""
    check_size(sparql, limits)
    params = dict(params or {})
    if kinds.paged:
        sparql = turn(sparql, params.pop("limit", None), params.pop("offset", None))
    resolved = resolve(source, params, kinds=kinds, roles=statement_roles(sparql))
    return prepare(bind(normalize(sparql), params, resolved), limits)


def execute(
    store: Store,
    sparql: str,
    params: Mapping[str, str] | None = None,
    *,
    kinds: Kinds = PLAIN,
    limits: Limits = LIMITS,
):
    """The raw pyoxigraph answer of a query, the union of all graphs being the default graph
    (for speed on big stores, match inside ``GRAPH ?g { }`` as the named queries do).
    Parameters are bound as values of the variables of the same name
    (:func:`kg.sparql.binding.bind`), after those that ``kinds`` says name actors, classes,
    modes or contexts are resolved to their IRIs (:class:`kg.sparql.binding.Kinds`); a paged
    query takes ``limit`` and ``offset`` as its page (:func:`kg.sparql.pages.turn`).
    The bound text passes :func:`kg.sparql.policy.prepare` and the engine runs what it
    returns. The answer is lazy: Oxigraph works as its rows are read (:func:`run` reads them
    on a big-stack thread, within a time limit)."""
    text = prepared(store, sparql, params, kinds=kinds, limits=limits)
    try:
        return store.oxigraph.query(text, use_default_graph_as_union=True, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise QueryError(
            f"SPARQL syntax error: {exc}", "check the query near that position"
        ) from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def run(
    store: Store,
    sparql: str,
    params: Mapping[str, str] | None = None,
    *,
    kinds: Kinds = PLAIN,
    timeout: float | None = None,
    results_format: str | None = None,
) -> Result:
    """Run a query (see :func:`execute`) and collect its answer, within ``timeout`` seconds
    (``None`` or 0: no limit; past it :class:`~kg.errors.QueryTimeout` is raised and the query
    runs on in the background until it ends: Oxigraph cannot be interrupted). With
    ``results_format`` (a key of :data:`RESULTS_FORMATS`) solutions and booleans come back
    serialized in ``Result.data``; triples always as triples."""
    return deadline.call(
        lambda: collect(execute(store, sparql, params, kinds=kinds), results_format),
        timeout=timeout,
    )


def collect(answer, results_format: str | None = None) -> Result:
    """A raw pyoxigraph answer as a :class:`Result` (rows, a boolean or triples)."""
    try:
        if results_format and not isinstance(answer, ox.QueryTriples):
            kind = "ask" if isinstance(answer, ox.QueryBoolean) else "select"
            return Result(kind, data=answer.serialize(format=RESULTS_FORMATS[results_format]))
        if isinstance(answer, ox.QuerySolutions):
            columns = [v.value for v in answer.variables]
            rows = [tuple(sol[c] for c in columns) for sol in answer]
            return Result("select", columns, rows)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        return Result("graph", triples=list(answer))
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def checked(name: str | None, params: Mapping[str, str] | None) -> Kinds:
    """For a named query: its parameters checked (none unknown, none required missing) and
    their kinds; for other queries nothing to check, and every parameter a plain value."""
    if not name:
        return PLAIN
    named = named_queries()[name]
    named.check(params)
    return named.kinds


def open_source(store: Path | str | None = None, graph: Path | str | None = None) -> Store:
    """A store directory (read-only) or an RDF file loaded in memory."""
    if (store is None) == (graph is None):
        raise UsageError("give either --store DIR or an RDF file")
    if store is not None:
        return Store(store, read_only=True)  # a missing folder: UsageError "no store at ..."
    return Store.from_file(graph)  # type: ignore[arg-type]


def query(
    sparql: str | None = None,
    *,
    name: str | None = None,
    file: Path | str | None = None,
    store: Store | Path | str | None = None,
    graph: Path | str | None = None,
    params: Mapping[str, str] | None = None,
    dataframe: bool = False,
    timeout: float | None = None,
    endpoint: str | None = None,
):
    """The Python twin of ``kg query``: rows as dicts, or a DataFrame with ``dataframe=True``.

    ``store`` is a :class:`~kg.store.db.Store` or its folder; ``graph`` an RDF file;
    ``endpoint`` the URL of a remote SPARQL endpoint (:mod:`kg.sparql.remote`). Past
    ``timeout`` seconds :class:`~kg.errors.QueryTimeout` is raised, but the query runs on in
    the background until it ends (Oxigraph cannot be interrupted; ``kg serve`` stops runaway
    queries by killing its worker process).
    """
    text = resolve_text(sparql, file=file, name=name)
    kinds = checked(name, params)
    if endpoint is not None:
        from kg.sparql.remote import Endpoint, run_remote

        if store is not None or graph is not None:
            raise UsageError("give endpoint=, or store= / graph=, not both")
        result = run_remote(Endpoint(endpoint, timeout=timeout), text, params, kinds=kinds)
    else:
        source = store if isinstance(store, Store) else open_source(store, graph)
        result = run(source, text, params, kinds=kinds, timeout=timeout)
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return result.triples
    return result.to_dataframe() if dataframe else result.to_dicts()
