"""Where the page draws each actor, and which actors it shows first."""

from __future__ import annotations

import math
import random

import networkx as nx

from kg.analysis import simple


def ranking(g: nx.MultiDiGraph) -> list[str]:
    """The nodes, most central first: the page opens on the head of this list.

    Central means linked to the most other actors (degree on the simple graph), then in the
    most statements; ties go by label and IRI, so the order is the same on every run.
    """
    und = simple(g)
    return sorted(
        g.nodes,
        key=lambda n: (
            -und.degree(n),
            -g.nodes[n].get("mentions", 0),
            str(g.nodes[n].get("label", n)),
            n,
        ),
    )


def _induced(und: nx.Graph, keep: set) -> nx.Graph:
    """The subgraph on ``keep``, in ``und``'s order (a subgraph view iterates a set: hash order,
    and the layout depends on the order)."""
    out = nx.Graph()
    out.add_nodes_from(n for n in und if n in keep)
    out.add_edges_from((u, v, d) for u, v, d in und.edges(data=True) if u in keep and v in keep)
    return out


def _spread(und: nx.Graph, *, seed: int) -> dict:
    """A layout of ``und`` within about [-1, 1]: Kamada-Kawai up to 300 nodes, else fast."""
    if len(und) <= 300:
        if nx.is_connected(und):
            return nx.kamada_kawai_layout(und, weight=None)
        # components side by side, each laid out on its own
        return nx.spring_layout(und, seed=seed, k=2.5 / len(und) ** 0.5)
    # large graphs: an instant spectral layout, refined by a few force-directed steps
    start = nx.spectral_layout(und) if nx.is_connected(und) else None
    return nx.spring_layout(und, pos=start, seed=seed, iterations=12, method="force")


def _around(und: nx.Graph, core: dict, *, seed: int) -> dict:
    """Positions for the nodes outside ``core`` (which stays where it is): each starts just
    outside the core, beyond the core nodes it is linked to, and a few force-directed steps
    settle them."""
    rng = random.Random(seed)
    radius = max((math.hypot(x, y) for x, y in core.values()), default=1.0) or 1.0
    start = dict(core)
    for node in und:
        if node in core:
            continue
        linked = [core[m] for m in und[node] if m in core]
        angle = (
            math.atan2(sum(p[1] for p in linked), sum(p[0] for p in linked))
            if linked
            else rng.uniform(-math.pi, math.pi)
        )
        r = radius * rng.uniform(1.1, 1.6)
        start[node] = (r * math.cos(angle), r * math.sin(angle))
    pos = nx.spring_layout(
        und, pos=start, fixed=list(core), seed=seed, iterations=20,
        k=1.5 * radius / len(core) ** 0.5, method="force",
    )  # fmt: skip
    # nodes the forces threw far out are brought back within a ring as dense as the core
    outer = radius * max(1.9, (len(und) / len(core)) ** 0.5)
    for node, (x, y) in pos.items():
        r = math.hypot(x, y)
        if r > outer:
            pos[node] = (x * outer / r, y * outer / r)
    return pos


def layout(
    g: nx.MultiDiGraph, *, first: list[str] | None = None, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Node positions computed in Python, so the page draws at once with physics off.

    With ``first`` (the nodes the page opens on), those are laid out on their own, readable
    without the rest, and the others around them, so "show more" adds nodes at the edges
    instead of moving the ones on screen.
    """
    if len(g) == 0:
        return {}
    und = simple(g)  # sorted: the layout must not depend on hash order
    if first is None or len(first) >= len(g):
        pos, shown = _spread(und, seed=seed), len(g)
    else:
        core = _spread(_induced(und, set(first)), seed=seed)
        pos, shown = _around(und, core, seed=seed), len(first)
    scale = 250 + 60 * shown**0.5
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
