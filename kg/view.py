"""NetworkX actor graph -> one self-contained, offline Pyvis HTML page."""

from __future__ import annotations

import html
import re
from collections import defaultdict

import networkx as nx

from kg.analysis import centrality, simple

TYPE_STYLE = {  # colour, shape
    "Person": ("#4e79a7", "dot"),
    "Country": ("#f28e2b", "diamond"),
    "Organization": ("#76b7b2", "square"),
    "Group": ("#b07aa1", "triangle"),
    "Location": ("#9c755f", "triangleDown"),
    "Topic": ("#bab0ac", "dot"),
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


SEARCH_HTML = """
<div id="kg-search" style="font:13px sans-serif;padding:0 10px 6px;">
  <label>Find an actor: <input id="kg-find" list="kg-names" placeholder="name"></label>
  <datalist id="kg-names"></datalist>
  <span id="kg-status" style="color:#666;margin-left:8px"></span>
</div>
"""
#: Fills the search list from the node data (as text, never as HTML), focuses a chosen actor,
#: shows an edge's label while the pointer is on it (all at once they hide one another), and
#: marks the page once the canvas is drawn (the browser test reads the marks).
SEARCH_SCRIPT = """
<script type="text/javascript">
(function () {
  function ready() {
    if (typeof network === "undefined") { return setTimeout(ready, 50); }
    var list = document.getElementById("kg-names");
    nodes.get().forEach(function (n) {
      var opt = document.createElement("option");
      opt.value = n.label;
      list.appendChild(opt);
    });
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-kg-drawn", "1");
      document.body.setAttribute("data-kg-nodes", String(nodes.length));
      document.body.setAttribute("data-kg-edges", String(edges.length));
    });
    network.on("hoverEdge", function (e) {
      edges.update({id: e.edge, label: edges.get(e.edge).hoverLabel});
    });
    // " ", not "" or null: vis-network keeps drawing the old label for those
    network.on("blurEdge", function (e) { edges.update({id: e.edge, label: " "}); });
    network.redraw();
    document.getElementById("kg-find").addEventListener("change", function (e) {
      var found = nodes.get({filter: function (n) { return n.label === e.target.value; }});
      var status = document.getElementById("kg-status");
      if (!found.length) { status.textContent = "not in this view"; return; }
      status.textContent = "";
      network.selectNodes([found[0].id]);
      network.focus(found[0].id, {scale: 1.5, animation: false});
    });
  }
  ready();
})();
</script>
"""


def _render(net) -> str:
    """Pyvis's own page for ``net``, always with vis-network's text tooltips.

    ``Network.generate_html`` takes a link template as soon as a node title contains "href":
    that template writes titles with ``innerHTML`` (markup in a name runs on hover) and its
    popup knows only nodes (edge tooltips break). So kg fills Pyvis's template itself, with
    the values ``generate_html`` gives it and the link template off. vis-network shows a
    string title as text (``innerText``: a newline becomes a line break). Pyvis is pinned.
    """
    nodes, edges, heading, height, width, options = net.get_network_data()
    template = net.templateEnv.get_template(net.path)
    return template.render(
        height=height,
        width=width,
        nodes=nodes,
        edges=edges,
        heading=heading,
        options=options,
        physics_enabled=net.options.physics.enabled,
        use_DOT=net.use_DOT,
        dot_lang=net.dot_lang,
        widget=net.widget,
        bgcolor=net.bgcolor,
        conf=net.conf,
        tooltip_link=False,
        neighborhood_highlight=net.neighborhood_highlight,
        select_menu=net.select_menu,
        filter_menu=net.filter_menu,
        notebook=False,
        cdn_resources=net.cdn_resources,
    )


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


def layout(g: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions computed in Python, so the page draws at once with physics off."""
    if len(g) == 0:
        return {}
    und = simple(g)  # sorted: the layout must not depend on hash order
    scale = 250 + 60 * len(g) ** 0.5
    if len(g) <= 300:
        pos = nx.kamada_kawai_layout(und, scale=scale) if nx.is_connected(und) else None
        if pos is None:  # components side by side, each laid out on its own
            pos = nx.spring_layout(und, seed=seed, scale=scale, k=2.5 / len(g) ** 0.5)
    else:
        # large graphs: an instant spectral layout, refined by a few force-directed steps
        start = nx.spectral_layout(und) if nx.is_connected(und) else None
        pos = nx.spring_layout(
            und, pos=start, seed=seed, scale=scale, iterations=12, method="force"
        )
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def actor_view(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Actors and places only: the default view (topics are there with ``--topics``)."""
    keep = [n for n, d in g.nodes(data=True) if d.get("type") not in {"Topic", "Entity"}]
    h = g.subgraph(keep).copy()
    h.remove_nodes_from([n for n, deg in h.degree() if deg == 0])
    return h


def to_pyvis(g: nx.MultiDiGraph, *, height: str = "800px", seed: int = 7) -> str:
    """An HTML page (string) drawing ``g``; all data text is escaped or shown as text."""
    from pyvis.network import Network

    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    cent = centrality(g)
    ids = {node: n for n, node in enumerate(sorted(g.nodes))}
    pos = layout(g, seed=seed)
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
            font={"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
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
            hoverLabel=label,  # the label while the pointer is on the edge (SEARCH_SCRIPT)
            color=colour,
            width=1 + min(len(edges), 8),
            arrows="to",
            font={"size": 10, "color": "#555555"},
        )
    net.toggle_physics(False)
    net.options.interaction.hover = True  # hoverEdge / blurEdge events
    net.set_edge_smooth("dynamic")
    page = _REMOTE.sub("", _render(net))
    page = page.replace("<h1></h1>", "", 1)
    page = page.replace("<body>", "<body>\n" + legend_html() + SEARCH_HTML, 1)
    return page.replace("</body>", SEARCH_SCRIPT + "</body>", 1)
