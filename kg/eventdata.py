"""Event data out: one typed statement per row, in the columns analysts load into pandas, R or
a spreadsheet (as GDELT, ICEWS and POLECAT tables have them). The rows come from one named
query, ``ontology/queries/events_table.rq``, so they can be read from any store or endpoint;
to add a column, select it there and list it in :data:`COLUMNS`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import UsageError

#: The columns, in order. ``source_*`` and ``target_*`` are the statement's agent and
#: recipient (empty when it has none); ``*_code`` their CAMEO actor codes at its date.
COLUMNS = (
    "date", "source_label", "source_country", "source_code", "event_class", "event_mode",
    "event_context", "quad_class", "negated", "modality", "target_label", "target_country",
    "target_code", "place", "confidence", "sentence", "article", "statement",
)  # fmt: skip
QUERY = "events_table"


@cache
def quad_classes() -> dict[str, str]:
    """Event class -> CAMEO/PLOVER quad class (``verbal-cooperation``, ``material-conflict``,
    ..., ``neutral``), from the ontology's ``kg:quadClass`` and ``kg:polarity``: spelled as
    ``statements.jsonl`` and the page spell them, with the neutral classes (Say, Relation,
    null in the JSON) named ``neutral`` rather than left empty."""
    from kg.rdf.ontology import modes, polarity

    kinds = modes()
    return {cls: f"{kinds[cls]}-{pol}" if pol != "neutral" and cls in kinds else "neutral"
            for cls, pol in polarity().items()}  # fmt: skip


#: Columns a statement may have several values of: joined by ``; `` in its one row.
MANY = ("place", "event_context")


def table(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Query rows as event rows: one per statement (several places or contexts joined by
    ``; ``), every column present, the quad class filled in from the event class."""
    quads = quad_classes()
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        fresh = {c: row.get(c) for c in COLUMNS} | {c: [] for c in MANY}
        event = out.setdefault(row["statement"], fresh)
        for column in MANY:
            if row.get(column) and row[column] not in event[column]:
                event[column].append(row[column])
    for event in out.values():
        for column in MANY:
            event[column] = "; ".join(event[column]) or None
        event["quad_class"] = quads.get(event["event_class"] or "")
    return list(out.values())


def rows(source) -> list[dict[str, Any]]:
    """The event rows of a :class:`~kg.store.db.Store` (or anything :func:`kg.sparql.engine.run`
    takes)."""
    from kg.sparql.engine import run
    from kg.sparql.named import named_queries

    return table(run(source, named_queries()[QUERY].text).to_dicts())


def events(*, store=None, graph=None):
    """The event table of a store (folder or :class:`~kg.store.db.Store`) or an RDF file, as a
    pandas DataFrame with the columns of :data:`COLUMNS` (pandas: the ``notebook`` extra)."""
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("kg.events needs pandas", "pip install 'kg[notebook]'") from None
    from kg.sparql.engine import open_source
    from kg.store.db import Store

    source = store if isinstance(store, Store) else open_source(store, graph)
    return pd.DataFrame(rows(source), columns=list(COLUMNS))


def write_csv(events: list[dict[str, Any]], fh) -> None:
    """Event rows as CSV (UTF-8, a header row) to a binary file."""
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in events)
    fh.write(text.getvalue().encode("utf-8"))


def write_parquet(events: list[dict[str, Any]], out: Path) -> None:
    """Event rows as a Parquet file, written atomically."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "writing Parquet needs pyarrow", "pip install pyarrow, or write events.csv"
        ) from None
    from kg.rdf.serialize import atomic

    data = pa.Table.from_pylist(events, schema=_schema(pa))
    with atomic(out) as fh:
        pq.write_table(data, fh)


def _schema(pa):
    types = {"negated": pa.bool_(), "confidence": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def _cell(value: Any) -> Any:
    """A CSV cell: booleans as true/false (as in SPARQL results), nothing as empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value
