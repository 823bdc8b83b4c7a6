"""Where the page draws each actor, and which actors it shows first."""

from __future__ import annotations

import math

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


def _rings(und: nx.Graph, core: dict, rest: list[str], *, per_ring: int) -> dict:
    """Positions for the nodes beyond ``core``: ``rest`` (in rank order) goes on rings around
    it, ``per_ring`` nodes to a ring, so each "show more" adds a ring and moves nothing on
    screen. A node sits on its ring towards the nodes already placed that it is linked to;
    neighbours on a ring keep a gap, every other one a little further out.

    Written here rather than taken from NetworkX: its force-directed layouts switch to a
    per-node Python loop from 500 nodes (20 s for 2,000 on the development machine), and
    they let the outer nodes drift in among the first ones.
    """
    radius = max((math.hypot(x, y) for x, y in core.values()), default=1.0) or 1.0
    pos = dict(core)
    for ring, start in enumerate(range(0, len(rest), per_ring), 1):
        chunk = rest[start : start + per_ring]
        wanted = []
        for i, node in enumerate(chunk):
            linked = [pos[m] for m in und[node] if m in pos]
            if linked:
                angle = math.atan2(sum(p[1] for p in linked), sum(p[0] for p in linked))
            else:
                angle = 2 * math.pi * i / len(chunk)
            wanted.append((angle, i, node))
        wanted.sort()
        gap, last = math.pi / len(chunk), -math.inf
        for j, (angle, _, node) in enumerate(wanted):
            last = max(angle, last + gap)
            r = radius * (1 + 0.35 * ring + 0.12 * (j % 2))
            pos[node] = (r * math.cos(last), r * math.sin(last))
    return pos


def layout(
    g: nx.MultiDiGraph, *, ranked: list[str] | None = None, top: int = 0, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Node positions computed in Python, so the page draws at once with physics off.

    With ``ranked`` (the nodes, most central first: :func:`ranking`) and a ``top`` smaller than
    the graph, the ``top`` nodes the page opens on are laid out on their own, readable without
    the rest, and the others on rings around them, ``top`` to a ring.
    """
    if len(g) == 0:
        return {}
    und = simple(g)  # sorted: the layout must not depend on hash order
    if ranked is None or not 0 < top < len(g):
        pos, shown = _spread(und, seed=seed), len(g)
    else:
        core = _spread(_induced(und, set(ranked[:top])), seed=seed)
        pos, shown = _rings(und, core, ranked[top:], per_ring=top), top
    scale = 250 + 60 * shown**0.5
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}
