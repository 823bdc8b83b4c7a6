"""How ``kg`` shows results: aligned tables, compact IRIs, listings and summary lines.

Each function takes what the library returned and writes (or returns) text; none computes
anything the library could be asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any


def say(quiet: bool, text: str) -> None:
    """A line for the user on standard error, unless ``--quiet``."""
    if not quiet:
        print(text, file=sys.stderr)


def short(term: Any) -> str:
    """A pyoxigraph term as table text: an IRI under a known prefix as ``prefix:local``."""
    from kg.rdf.mapping import PREFIXES

    if term is None:
        return ""
    text = term.value
    if type(term).__name__ == "NamedNode":
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and prefix not in {"rdf", "xsd"}:
                return f"{prefix}:{text[len(ns) :]}"
    return text


def named_query_list(queries: Iterable[Any]) -> list[str]:
    """``kg query --list``: each named query, its parameters and an example."""
    lines = []
    for q in queries:
        params = " ".join(f"--param {n}=..." for n, _ in q.params)
        lines.append(f"{q.name:14} {q.description}")
        lines += [f"{'':14}   {n}: {what}" for n, what in q.params]
        if q.example:
            lines.append(f"{'':14}   e.g. {q.example}")
        elif params:
            lines.append(f"{'':14}   {params}")
    return lines


def graph_text(triples: Iterable[Any], fmt: str) -> str:
    """CONSTRUCT or DESCRIBE triples in ``fmt`` (a triples format of
    :data:`kg.rdf.serialize.FORMATS`; Turtle with kg's prefixes)."""
    import pyoxigraph as ox

    from kg.rdf.mapping import PREFIXES
    from kg.rdf.serialize import FORMATS

    ox_format = FORMATS[fmt][0]
    prefixes = dict(PREFIXES) if ox_format == ox.RdfFormat.TURTLE else None
    return ox.serialize(triples, format=ox_format, prefixes=prefixes).decode("utf-8")


def results_table(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Solutions as an aligned table on standard output, then the row count."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(short(v) for v in row))
    console = Console(width=max(160, Console().width))
    console.print(table)
    console.print(f"[dim]{len(rows)} rows[/dim]")


def stats_report(data: dict[str, Any], *, top: int) -> None:
    """``kg stats``: the report of :func:`kg.analysis.report` as tables and lists."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(120, Console().width))
    console.print(
        f"{data['actors']} actors, {data['nodes']} nodes, {data['statements']} statements"
    )
    tables = (
        ("Most central actors", data["central"],
         ("label", "type", "statements", "degree", "pagerank", "betweenness")),
        ("Cooperation and conflict by pair", data["dyads"],
         ("a", "b", "statements", "cooperation", "conflict", "balance")),
    )  # fmt: skip
    for title, rows, columns in tables:
        table = Table(*columns, title=title, header_style="bold")
        for row in rows:
            table.add_row(*(str(row[c]) for c in columns))
        console.print(table)
    console.print("[bold]Communities[/bold] (Louvain)")
    for n, members in enumerate(data["communities"], start=1):
        console.print(f"  {n}. {', '.join(members)}", markup=False)
    busiest = sorted(data["activity"].items(), key=lambda kv: -sum(kv[1].values()))[:top]
    console.print("[bold]Activity[/bold] (statements as agent, per month)")
    for label, months in busiest:
        console.print(
            f"  {label}: " + ", ".join(f"{m} {c}" for m, c in months.items()), markup=False
        )
    if "path" in data:
        console.print("[bold]Path[/bold]")
        for step in data["path"]:
            console.print(
                f"  {step['from']} -{step['relation']} ({step['event_type']})-> "
                f"{step['to']}: {step['sentence']}",
                markup=False,
            )


def build_summary(report: Any, *, out: Any, html: bool, ttl: bool | None, store: Any) -> list[str]:
    """The lines ``kg build`` ends with: counts, the files written, where the graph is."""
    first = report.summary().splitlines()[0]
    if report.failed:  # the summary's list of them went to stderr as "kg: skipped ..." lines
        first = first.removesuffix(":") + " (listed above)"
    lines = [f"kg: {first}"]
    lines += names_summary(report.named, report.ambiguous)
    written = ["statements.jsonl"] + ["graph.ttl"] * report.ttl + ["graph.html"] * html
    lines.append(f"kg: wrote {out}/" + ", ".join(written))
    if ttl is None and not report.ttl:  # the default with --store
        lines.append(f"kg: the graph is in the store; for Turtle: kg export --store {store} "
                     "--out FILE (or kg build --ttl)")  # fmt: skip
    return lines


#: Names a summary line lists at most.
MAX_LISTED = 5


def names_summary(named: dict[str, str], ambiguous: dict[str, tuple[str, ...]]) -> list[str]:
    """The line on bare surnames resolved across articles (``kg.run.names``), if any."""
    if not named and not ambiguous:
        return []

    def listed(items: list[str]) -> str:
        more = len(items) - MAX_LISTED
        return ", ".join(items[:MAX_LISTED]) + (f", and {more} more" if more > 0 else "")

    parts = []
    if named:
        found = [f"{k}: {v}" for k, v in sorted(named.items())]
        parts.append(f"{len(named)} bare surnames named in full by other articles "
                     f"({listed(found)})")  # fmt: skip
    if ambiguous:
        found = [f"{k}: {' or '.join(v)}" for k, v in sorted(ambiguous.items())]
        parts.append(f"{len(ambiguous)} left apart, several people fit ({listed(found)})")
    return ["kg: " + "; ".join(parts)]
