"""NetworkX actor graph -> one self-contained, offline Pyvis HTML page."""

from __future__ import annotations

import html
import re
from collections import defaultdict

import networkx as nx

from kg.analysis import centrality

TYPE_STYLE = {  # colour, shape
    "Person": ("#4e79a7", "dot"),
    "Country": ("#f28e2b", "diamond"),
    "Organization": ("#76b7b2", "square"),
    "Group": ("#b07aa1", "triangle"),
    "Location": ("#9c755f", "triangleDown"),
    "Topic": ("#bab0ac", "ellipse"),
    "Entity": ("#bab0ac", "dot"),
}
POLARITY_COLOR = {1: "#2ca02c", -1: "#d62728", 0: "#7f7f7f"}
MAX_EVIDENCE = 5
#: pyvis links bootstrap from a CDN even with in-line resources; kg's page needs no bootstrap.
_REMOTE = re.compile(
    r"<link[^>]*https?://[^>]*/>|<script[^>]*src=\"https?://[^>]*>\s*</script>", re.S
)


def _edge_title(edges: list[dict]) -> str:
    """Tooltip text of a merged edge (plain text: vis-network shows titles as text)."""
    lines = []
    for d in edges[:MAX_EVIDENCE]:
        neg = "NOT " if d.get("negated") else ""
        head = f"{neg}{d.get('relation')} [{d.get('event_type')}] {d.get('date') or ''}"
        lines.append(f"{head} (confidence {d.get('confidence', 0):.2f})")
        lines.append(f"  “{d.get('sentence', '')}”")
        if d.get("title"):
            lines.append(f"  — {d['title']}")
    if len(edges) > MAX_EVIDENCE:
        lines.append(f"… and {len(edges) - MAX_EVIDENCE} more statements")
    return "\n".join(lines)


def legend_html() -> str:
    items = "".join(
        f'<span style="margin-right:12px"><b style="color:{c}">■</b> {html.escape(t)}</span>'
        for t, (c, _) in TYPE_STYLE.items()
        if t != "Entity"
    )
    edges = "".join(
        f'<span style="margin-right:12px"><b style="color:{c}">—</b> {name}</span>'
        for name, c in (
            ("cooperation", POLARITY_COLOR[1]),
            ("conflict", POLARITY_COLOR[-1]),
            ("neutral", POLARITY_COLOR[0]),
        )
    )
    return (
        '<div id="kg-legend" style="font:13px sans-serif;padding:6px 10px;">'
        f"{items}<br>{edges}</div>"
    )


def to_pyvis(g: nx.MultiDiGraph, *, height: str = "800px", seed: int = 7) -> str:
    """An HTML page (string) drawing ``g``; all data text is escaped or shown as text."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    cent = centrality(g)
    ids = {node: n for n, node in enumerate(sorted(g.nodes))}
    pos = nx.spring_layout(nx.Graph(g), seed=seed, scale=max(300, 40 * len(g) ** 0.5)) if g else {}
    for node in sorted(g.nodes):
        d = g.nodes[node]
        colour, shape = TYPE_STYLE.get(d.get("type", "Entity"), TYPE_STYLE["Entity"])
        x, y = pos.get(node, (0.0, 0.0))
        tip = (
            f"{d.get('label')}\n{d.get('type')}"
            + (f" · {d['country']}" if d.get("country") else "")
            + f"\n{d.get('mentions', 0)} statements"
        )
        net.add_node(
            ids[node],
            label=str(d.get("label", node)),
            title=tip,
            color=colour,
            shape=shape,
            size=10 + 40 * cent.get(node, 0.0),
            x=float(x),
            y=float(y),
            physics=False,
        )
    merged: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for u, v, d in g.edges(data=True):
        merged[(u, v)].append(d)
    for (u, v), edges in sorted(merged.items()):
        score = sum(e.get("polarity", 0) for e in edges)
        colour = POLARITY_COLOR[(score > 0) - (score < 0)]
        relations = sorted({e.get("relation", "") for e in edges})
        label = relations[0] if len(relations) == 1 else f"{relations[0]} (+{len(edges) - 1})"
        net.add_edge(
            ids[u],
            ids[v],
            title=_edge_title(edges),
            label=label,
            color=colour,
            width=1 + min(len(edges), 8),
            arrows="to",
            value=len(edges),
        )
    net.toggle_physics(False)
    page = _REMOTE.sub("", net.generate_html(notebook=False))
    page = page.replace("<h1></h1>", "", 1)
    return page.replace("<body>", "<body>\n" + legend_html(), 1)
