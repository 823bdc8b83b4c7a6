"""Pictures of the actor graph for ``kg stats --plot DIR``: cooperation against conflict per
month for the busiest pairs, activity per actor over time, and the centrality ranking, as PNG
files drawn by matplotlib (the ``notebook`` extra). Figures are made with matplotlib's object
API (no pyplot: no global state, no display needed) and written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError, UsageError

FILES = ("dyads.png", "activity.png", "centrality.png")


def dyad_months(g: nx.MultiDiGraph, *, top: int = 5) -> dict[tuple[str, str], dict[str, list]]:
    """For the ``top`` actor pairs with most dated cooperation or conflict statements (both
    directions together): the months (``YYYY-MM``) and the cooperation and conflict counts."""
    from kg.analysis import actors_only

    actors = actors_only(g)
    counts: dict[tuple[str, str], dict[str, list[int]]] = {}
    for u, v, d in actors.edges(data=True):
        if u == v or not d.get("date") or not d.get("polarity"):
            continue
        pair = tuple(sorted((actors.nodes[u]["label"], actors.nodes[v]["label"])))
        month = counts.setdefault(pair, {}).setdefault(d["date"][:7], [0, 0])
        month[0 if d["polarity"] > 0 else 1] += 1
    busiest = sorted(counts, key=lambda p: (-sum(sum(c) for c in counts[p].values()), p))
    out = {}
    for pair in busiest[:top]:
        months = sorted(counts[pair])
        out[pair] = {"months": months,
                     "cooperation": [counts[pair][m][0] for m in months],
                     "conflict": [counts[pair][m][1] for m in months]}  # fmt: skip
    return out


def plot(g: nx.MultiDiGraph, data: dict[str, Any], folder: Path, *, top: int = 10) -> list[Path]:
    """Draw the three pictures of a graph and its :func:`kg.analysis.report` into ``folder``;
    returns the files written."""
    try:
        import matplotlib.figure  # noqa: F401 (only to fail early and clearly)
    except ImportError:
        raise UsageError(
            "kg stats --plot needs matplotlib", "pip install 'kg[notebook]' (or matplotlib)"
        ) from None
    drawers = (_dyads(dyad_months(g, top=min(top, 6))), _activity(data["activity"], top=top),
               _centrality(data["central"]))  # fmt: skip
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return [_save(fig, folder / name) for name, fig in zip(FILES, drawers, strict=True)]
    except OSError as exc:  # a file where the folder should be, no permission, a full disk
        raise OutputError(
            f"cannot write the pictures into {folder}: {exc.strerror or exc}",
            "give --plot a folder kg may write to (it is created if missing)",
        ) from None


def _dyads(pairs: dict) -> Any:
    fig = _figure(figsize=(9, max(2.5, 2.2 * len(pairs))))
    if not pairs:
        return _empty(fig, "No dated cooperation or conflict between actors")
    axes = fig.subplots(len(pairs), 1, squeeze=False)[:, 0]
    for ax, ((a, b), series) in zip(axes, pairs.items(), strict=True):
        x = range(len(series["months"]))
        ax.bar([i - 0.2 for i in x], series["cooperation"], width=0.4, label="cooperation",
               color="#2b8a3e")  # fmt: skip
        ax.bar([i + 0.2 for i in x], series["conflict"], width=0.4, label="conflict",
               color="#c92a2a")  # fmt: skip
        ax.set_xticks(list(x), series["months"])
        ax.set_title(f"{a} – {b}", fontsize=10)
        ax.set_ylabel("statements")
        _whole_numbers(ax)
    axes[0].legend(loc="upper right")
    fig.suptitle("Cooperation and conflict per month, busiest pairs")
    return fig


def _activity(activity: dict[str, dict[str, int]], *, top: int) -> Any:
    fig = _figure(figsize=(9, 5))
    busiest = sorted(activity.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    if not busiest:
        return _empty(fig, "No dated statements")
    months = sorted({m for _, per in busiest for m in per})
    ax = fig.subplots()
    for label, per in busiest:
        ax.plot(months, [per.get(m, 0) for m in months], marker="o", label=label)
    ax.set_ylabel("statements as agent")
    _whole_numbers(ax)
    ax.set_title("Activity per actor and month")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1, 1))
    return fig


def _centrality(central: list[dict]) -> Any:
    fig = _figure(figsize=(8, max(2.5, 0.4 * len(central) + 1)))
    if not central:
        return _empty(fig, "No actors")
    ax = fig.subplots()
    rows = list(reversed(central))  # the most central on top
    ax.barh([r["label"] for r in rows], [r["pagerank"] for r in rows], color="#1c7ed6")
    ax.set_xlabel("PageRank")
    ax.set_title("Most central actors")
    return fig


def _figure(**options: Any) -> Any:
    """A matplotlib Figure that lays its parts out itself (titles and labels never cut)."""
    from matplotlib.figure import Figure

    return Figure(layout="constrained", **options)


def _whole_numbers(ax) -> None:
    """Counts on an axis: ticks at whole numbers only."""
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _empty(fig, text: str) -> Any:
    ax = fig.subplots()
    ax.axis("off")
    ax.text(0.5, 0.5, text, ha="center", va="center")
    return fig


def _save(fig, path: Path) -> Path:
    from kg.rdf.serialize import atomic

    with atomic(path) as fh:
        fig.savefig(fh, format="png", dpi=100)
    return path
