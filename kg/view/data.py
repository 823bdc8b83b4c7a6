"""NetworkX actor graph -> the plain data the page draws from and filters in the browser.

The page gets every node (most central first, with its position) and every statement (one per
edge of the MultiDiGraph, with its evidence); it merges, filters and limits them itself, so an
analyst changes the view without running kg again. Sentences and articles, shared by several
statements, are listed once and referred to by index.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.analysis import centrality
from kg.rdf import ontology
from kg.view.layout import layout, ranking

TYPE_STYLE = {  # colour, shape
    "Person": ("#4e79a7", "dot"),
    "Country": ("#f28e2b", "diamond"),
    "Organization": ("#76b7b2", "square"),
    "Group": ("#b07aa1", "triangle"),
    "Location": ("#9c755f", "triangleDown"),
    "Topic": ("#bab0ac", "dot"),
    "Entity": ("#bab0ac", "dot"),
}
#: CAMEO/PLOVER quad classes, in their usual order, spelled as statements.jsonl and the event
#: table spell them, and the colour of an edge whose statements are mostly of one (light and
#: dark green for cooperation, orange and red for conflict); neutral statements (Say,
#: Relation) have none and are grey
QUAD_COLOR = {
    "verbal-cooperation": "#8cd17d",
    "material-cooperation": "#2ca02c",
    "verbal-conflict": "#f28e2b",
    "material-conflict": "#d62728",
}
QUADS = tuple(QUAD_COLOR)
NEUTRAL_COLOR = "#9d9d9d"
#: how many actors the page shows at first, and adds with each "show more"
TOP = 50


def actor_view(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Actors and places only: the default view (topics are there with ``--topics``)."""
    keep = [n for n, d in g.nodes(data=True) if d.get("type") not in {"Topic", "Entity"}]
    h = g.subgraph(keep).copy()
    h.remove_nodes_from([n for n, deg in h.degree() if deg == 0])
    return h


def quad_class(d: Mapping[str, Any], modes: Mapping[str, str]) -> str | None:
    """A statement's quad class (``verbal-cooperation`` ... ``material-conflict``), or None.

    The hook for statements that carry their own: an edge with a ``quad_class`` keeps it.
    Otherwise it is derived from the event class through the ontology: ``kg:quadClass`` gives
    verbal or material, the edge's polarity (``kg:polarity``, negation already applied)
    cooperation or conflict. ``modes`` is :func:`kg.rdf.ontology.modes`.
    """
    if d.get("quad_class"):
        return str(d["quad_class"])
    mode, sign = modes.get(str(d.get("event_type"))), d.get("polarity", 0)
    if mode is None or not sign:
        return None
    return f"{mode}-{'cooperation' if sign > 0 else 'conflict'}"


class _Index:
    """Distinct values in first-seen order; ``add`` gives a value's position."""

    def __init__(self) -> None:
        self.items: list = []
        self._at: dict = {}

    def add(self, key: Any, item: Any) -> int:
        if key not in self._at:
            self._at[key] = len(self.items)
            self.items.append(item)
        return self._at[key]


def _article(d: Mapping[str, Any]) -> tuple[Any, dict]:
    iri = d.get("article")
    ident = str(iri).rstrip("/").rsplit("/", 1)[-1] if iri else None
    return (iri, d.get("title")), {"id": ident, "title": d.get("title")}


def page_data(g: nx.MultiDiGraph, *, top: int = TOP, seed: int = 7) -> dict:
    """Everything the page needs, as JSON-ready data.

    ``nodes`` are sorted most central first (:func:`~kg.view.layout.ranking`) and their ``id``
    is that rank, so the page's first ``top`` nodes are the most central actors.
    ``statements`` refer to nodes by id and to ``sentences`` and ``articles`` by index.
    """
    order = ranking(g)
    ids = {node: rank for rank, node in enumerate(order)}
    pos = layout(g, ranked=order, top=top, seed=seed)
    cent, kinds = centrality(g), ontology.modes()
    nodes = []
    for node in order:
        d = g.nodes[node]
        x, y = pos.get(node, (0.0, 0.0))
        nodes.append({
            "id": ids[node], "label": str(d.get("label", node)), "type": d.get("type", "Entity"),
            "country": d.get("country"), "mentions": d.get("mentions", 0),
            "x": round(x, 1), "y": round(y, 1), "size": round(10 + 40 * cent.get(node, 0.0), 1),
        })  # fmt: skip
    sentences, articles = _Index(), _Index()
    statements = []
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2])))
    for u, v, key, d in edges:
        sentence = str(d.get("sentence") or "")
        statements.append({
            "from": ids[u], "to": ids[v], "relation": str(d.get("relation") or ""),
            "class": d.get("event_type") or "Relation", "quad": quad_class(d, kinds),
            "polarity": d.get("polarity", 0), "negated": bool(d.get("negated")),
            "modality": d.get("modality"), "date": (d.get("date") or "")[:10] or None,
            "confidence": round(float(d.get("confidence") or 0.0), 3),
            "sentence": sentences.add(sentence, sentence), "article": articles.add(*_article(d)),
            "statement": str(d.get("statement") or key),
        })  # fmt: skip
    return {
        "top": top,
        "nodes": nodes,
        "statements": statements,
        "sentences": sentences.items,
        "articles": articles.items,
        "style": {"types": TYPE_STYLE, "quads": QUAD_COLOR, "neutral": NEUTRAL_COLOR},
    }
