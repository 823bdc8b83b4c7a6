"""The RDF graph projected to a NetworkX actor graph, and the metrics analysts ask for."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from kg.model import ACTOR_TYPES
from kg.rdf.ontology import polarity
from kg.store.db import Store

#: One row per statement with an agent and a target (its class, if any, is its event type;
#: the defaults are not stated); evidence comes along for tooltips. The target is the
#: statement's recipient (``kg:target``), else its object when that is a topic (``kg:about``):
#: never an actor or place that is no recipient, so no wrong actor-to-actor edge is drawn.
EDGES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?st ?agent ?target ?relation ?cls ?negated ?modality ?date ?conf ?sentence ?art ?title
WHERE {
  GRAPH ?g {
    ?st kg:agent ?agent ; kg:spans ?spans ; kg:confidence ?conf ; kg:evidence ?ev .
    ?ev rdf:value ?sentence ; kg:offset ?at .
    OPTIONAL { ?st kg:relation ?written }
    OPTIONAL { ?st kg:target ?recipient }
    OPTIONAL { ?st kg:about ?topic . FILTER NOT EXISTS { ?topic a ?any } }  # a topic: no class
    OPTIONAL { ?st a ?class }
    OPTIONAL { ?st kg:modality ?stated }
    OPTIONAL { ?st dcterms:date ?date }
    OPTIONAL { ?st kg:negated ?flag }
    OPTIONAL { ?ev dcterms:isPartOf ?art . OPTIONAL { ?art dcterms:title ?title } }
  }
  BIND(COALESCE(?flag, false) AS ?negated)
  BIND(COALESCE(?stated, "asserted") AS ?modality)
  BIND(COALESCE(?class, kg:Relation) AS ?cls)
  BIND(COALESCE(?recipient, ?topic) AS ?target)
  # the relation: kg:relation when stated, else the sentence's text at its range (the
  # second of kg:spans, in the article text; the sentence starts at kg:offset)
  BIND(xsd:integer(REPLACE(?spans, "^[0-9]+-[0-9]+ ([0-9]+)-.*$", "$1")) AS ?relation_start)
  BIND(xsd:integer(REPLACE(?spans, "^[0-9]+-[0-9]+ [0-9]+-([0-9]+).*$", "$1")) AS ?relation_end)
  BIND(COALESCE(?written,
                SUBSTR(?sentence, ?relation_start - ?at + 1, ?relation_end - ?relation_start))
       AS ?relation)
  FILTER(BOUND(?target))
}
"""
NODES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?node ?label ?type ?country WHERE {
  GRAPH ?g {
    ?node rdfs:label ?label .
    OPTIONAL { ?node a ?stated }
    OPTIONAL { ?node kg:countryOf?/kg:countryCode ?country }  # a country's code, or its country's
  }
  BIND(COALESCE(?stated, kg:Topic) AS ?type)  # a labelled node with no class is a topic
  FILTER(?type IN (kg:Person, kg:Country, kg:Organization, kg:Group, kg:Location, kg:Topic))
}
"""
SIGN = {"cooperation": 1, "conflict": -1, "neutral": 0}


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _rows(source, sparql: str) -> list[dict]:
    from kg.sparql.engine import run
    from kg.store.db import Store

    store = source if isinstance(source, Store) else Store.from_rdflib(source)
    return run(store, sparql).to_dicts()


def to_networkx(graph: Graph | Store) -> nx.MultiDiGraph:
    """Actors and topics as nodes; one edge per statement, agent -> target.

    ``graph`` is a kg :class:`~kg.store.db.Store` or an rdflib Graph/Dataset. Node attributes:
    ``label``, ``type``, ``country``, ``mentions``. Edge attributes: ``relation``,
    ``event_type``, ``polarity`` (+1 cooperation, -1 conflict, 0 neutral: from the event type,
    which already reflects negation), ``negated``, ``modality``, ``date``, ``confidence``,
    ``sentence``, ``article`` (IRI), ``title``, ``statement``.
    """
    pol = polarity()
    store = graph if isinstance(graph, Store) else Store.from_rdflib(graph)
    g = nx.MultiDiGraph()
    for row in sorted(_rows(store, NODES_QUERY), key=lambda r: (r["node"], r["type"])):
        g.add_node(row["node"], label=row["label"], type=_local(row["type"]),
                   country=row["country"], mentions=0)  # fmt: skip
    for row in sorted(_rows(store, EDGES_QUERY), key=lambda r: (r["st"], r["cls"])):
        agent, target = row["agent"], row["target"]
        event_type = _local(row["cls"])
        negated = bool(row["negated"])
        sign = SIGN.get(pol.get(event_type, "neutral"), 0)
        for node in (agent, target):
            if node not in g:
                g.add_node(node, label=node.rsplit("/", 1)[-1], type="Entity", country=None,
                           mentions=0)  # fmt: skip
            g.nodes[node]["mentions"] += 1
        g.add_edge(
            agent, target, key=row["st"], relation=row["relation"], event_type=event_type,
            polarity=sign, negated=negated, modality=row["modality"],
            date=row["date"], confidence=float(row["conf"]), sentence=row["sentence"],
            article=row["art"], title=row["title"], statement=row["st"],
        )  # fmt: skip
    for node in [n for n, d in g.degree() if d == 0]:
        g.remove_node(node)
    return g


def actors_only(g: nx.MultiDiGraph, types: Iterable[str] = ACTOR_TYPES) -> nx.MultiDiGraph:
    """The subgraph of real actors (no topics or places)."""
    keep = set(types)
    return g.subgraph(n for n, d in g.nodes(data=True) if d.get("type") in keep).copy()


def centrality(g: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality on the simple undirected graph (0 for a single node)."""
    simple = nx.Graph(g)
    return nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)


def simple(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of ``g`` (one edge per connected pair, weight = statements)."""
    out = nx.Graph()  # built in sorted order: subgraph views iterate sets (hash order)
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda nd: nd[0]))
    for u, v in sorted(g.edges()):
        if u == v:
            continue
        if out.has_edge(u, v):
            out[u][v]["weight"] += 1
        else:
            out.add_edge(u, v, weight=1)
    return out


def central_actors(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """The most central actors: degree, PageRank and betweenness, best PageRank first."""
    actors = actors_only(g)
    if len(actors) == 0:
        return []
    und = simple(actors)
    degree = nx.degree_centrality(und) if len(und) > 1 else dict.fromkeys(und, 0.0)
    pagerank = nx.pagerank(nx.DiGraph(actors), weight=None) if actors.number_of_edges() else {
        n: 1 / len(actors) for n in actors}  # fmt: skip
    between = nx.betweenness_centrality(und) if len(und) > 2 else dict.fromkeys(und, 0.0)
    rows = [{"actor": n, "label": actors.nodes[n]["label"], "type": actors.nodes[n]["type"],
             "degree": round(degree[n], 4), "pagerank": round(pagerank[n], 4),
             "betweenness": round(between[n], 4), "statements": actors.nodes[n]["mentions"]}
            for n in actors]  # fmt: skip
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))
    return rows[:top]


def communities(g: nx.MultiDiGraph, *, seed: int = 7) -> list[list[str]]:
    """Louvain communities of actors (labels), largest first; deterministic for a seed."""
    und = simple(actors_only(g))
    if und.number_of_edges() == 0:
        return [[und.nodes[n]["label"]] for n in und]
    found = nx.community.louvain_communities(und, weight="weight", seed=seed)
    labelled = [sorted({und.nodes[n]["label"] for n in c}) for c in found]  # one name once
    return sorted(labelled, key=lambda c: (-len(c), c))


def dyads(g: nx.MultiDiGraph) -> list[dict]:
    """Cooperation/conflict balance of each actor pair (both directions together)."""
    pairs: dict[tuple[str, str], dict] = {}
    actors = actors_only(g)
    for u, v, d in actors.edges(data=True):
        if u == v:
            continue
        key = tuple(sorted((u, v)))
        row = pairs.setdefault(key, {"a": actors.nodes[key[0]]["label"],
                                     "b": actors.nodes[key[1]]["label"],
                                     "cooperation": 0, "conflict": 0, "statements": 0})  # fmt: skip
        row["statements"] += 1
        if d["polarity"] > 0:
            row["cooperation"] += 1
        elif d["polarity"] < 0:
            row["conflict"] += 1
    rows = list(pairs.values())
    for row in rows:
        row["balance"] = row["cooperation"] - row["conflict"]
    rows.sort(key=lambda r: (-r["statements"], r["a"], r["b"]))
    return rows


def find_actor(g: nx.MultiDiGraph, name: str) -> str:
    """The node whose label (or IRI) is ``name``, case-insensitively; KeyError if none."""
    if name in g:
        return name
    wanted = name.casefold()
    for node, d in g.nodes(data=True):
        if str(d.get("label", "")).casefold() == wanted:
            return node
    words = [n for n, d in g.nodes(data=True)
             if wanted in str(d.get("label", "")).casefold().split()]  # fmt: skip
    if len(words) == 1:  # "Putin" for "Vladimir Putin", when it is unambiguous
        return words[0]
    raise KeyError(name)


def ego(g: nx.MultiDiGraph, actor: str, radius: int = 1) -> nx.MultiDiGraph:
    """An actor's ego network: everything within ``radius`` statements of it."""
    center = find_actor(g, actor)
    keep = nx.ego_graph(simple(g), center, radius=radius).nodes
    return g.subgraph(keep).copy()


def path(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The shortest chain of statements linking two actors (either direction), step by step."""
    a, b = find_actor(g, source), find_actor(g, target)
    nodes = nx.shortest_path(simple(g), a, b)
    steps = []
    for u, v in itertools.pairwise(nodes):
        data = g.get_edge_data(u, v) or g.get_edge_data(v, u)
        first = next(iter(data.values()))
        steps.append({"from": g.nodes[u]["label"], "to": g.nodes[v]["label"],
                      "relation": first["relation"], "event_type": first["event_type"],
                      "sentence": first["sentence"], "statements": len(data)})  # fmt: skip
    return steps


def activity(g: nx.MultiDiGraph, *, period: str = "month") -> dict[str, dict[str, int]]:
    """Statements per actor (as agent) per month (``YYYY-MM``) or ISO week (``YYYY-Www``)."""
    import datetime as dt

    out: dict[str, dict[str, int]] = {}
    for u, _, d in g.edges(data=True):
        if not d.get("date") or g.nodes[u].get("type") not in ACTOR_TYPES:
            continue
        day = dt.date.fromisoformat(d["date"][:10])
        if period == "week":
            year, week, _ = day.isocalendar()
            key = f"{year}-W{week:02d}"
        else:
            key = day.strftime("%Y-%m")
        label = g.nodes[u]["label"]
        out.setdefault(label, {})
        out[label][key] = out[label].get(key, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in sorted(out.items())}


def filtered(
    g: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    min_mentions: int = 0,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """A readable subgraph: statements in a date range (an undated statement is in none),
    nodes with enough statements, and only the ``top`` most connected nodes."""
    h = nx.MultiDiGraph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, k, d in g.edges(keys=True, data=True):
        date = d.get("date") or ""
        if (since or until) and not date:
            continue
        if (since and date < since) or (until and date > until):
            continue
        h.add_edge(u, v, key=k, **d)
    h.remove_nodes_from([n for n, deg in h.degree() if deg == 0 or deg < min_mentions])
    if top is not None and len(h) > top:
        keep = sorted(h.degree(), key=lambda nd: (-nd[1], nd[0]))[:top]
        h = h.subgraph(n for n, _ in keep).copy()
    return h


def report(g: nx.MultiDiGraph, *, top: int = 10) -> dict:
    """Everything ``kg stats`` prints, as plain data."""
    return {
        "nodes": g.number_of_nodes(),
        "statements": g.number_of_edges(),
        "actors": len(actors_only(g)),
        "central": central_actors(g, top=top),
        "communities": communities(g)[:top],
        "dyads": dyads(g)[:top],
        "activity": activity(g),
    }
