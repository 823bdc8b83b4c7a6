"""The RDF graph projected to a NetworkX actor graph, and the metrics analysts ask for."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from kg.namespace import KG
from kg.ontology import polarity
from kg.store import Store

#: One row per statement that has a target; evidence comes along for tooltips.
EDGES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?st ?agent ?target ?relation ?cls ?negated ?modality ?date ?conf ?sentence ?title WHERE {
  GRAPH ?g {
    ?st a kg:Statement ; kg:agent ?agent ; kg:target ?target ; kg:relation ?relation ;
        kg:negated ?negated ; kg:modality ?modality ; kg:confidence ?conf ; kg:evidence ?ev ;
        a ?cls .
    ?ev rdf:value ?sentence .
    OPTIONAL { ?st dcterms:date ?date }
    OPTIONAL { ?st dcterms:source ?art . ?art dcterms:title ?title }
  }
  FILTER(?cls != kg:Statement)
}
"""
NODES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?node ?label ?type ?country WHERE {
  GRAPH ?g {
    ?node rdfs:label ?label ; a ?type .
    OPTIONAL { ?node kg:countryCode ?country }
  }
  FILTER(?type IN (kg:Person, kg:Country, kg:Organization, kg:Group, kg:Location, kg:Topic))
}
"""
SIGN = {"cooperation": 1, "conflict": -1, "neutral": 0}


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _rows(source, sparql: str) -> list[dict]:
    from kg.sparql import run
    from kg.store import Store

    store = source if isinstance(source, Store) else Store.from_rdflib(source)
    return run(store, sparql).to_dicts()


def to_networkx(graph: Graph | Store) -> nx.MultiDiGraph:
    """Actors and topics as nodes; one edge per statement, agent -> target.

    ``graph`` is a kg :class:`~kg.store.Store` or an rdflib Graph/Dataset. Node attributes:
    ``label``, ``type``, ``country``, ``mentions``. Edge attributes: ``relation``,
    ``event_type``, ``polarity`` (+1 cooperation, -1 conflict, 0 neutral; flipped for negated
    statements), ``negated``, ``modality``, ``date``, ``confidence``, ``sentence``, ``title``,
    ``statement``.
    """
    pol = polarity()
    store = graph if isinstance(graph, Store) else Store.from_rdflib(graph)
    g = nx.MultiDiGraph()
    for row in _rows(store, NODES_QUERY):
        g.add_node(row["node"], label=row["label"], type=_local(row["type"]),
                   country=row["country"], mentions=0)  # fmt: skip
    for row in _rows(store, EDGES_QUERY):
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
            polarity=-sign if negated else sign, negated=negated, modality=row["modality"],
            date=row["date"], confidence=float(row["conf"]), sentence=row["sentence"],
            title=row["title"], statement=row["st"],
        )  # fmt: skip
    for node in [n for n, d in g.degree() if d == 0]:
        g.remove_node(node)
    return g


def actors_only(
    g: nx.MultiDiGraph, types: Iterable[str] = ("Person", "Country", "Organization", "Group")
) -> nx.MultiDiGraph:
    """The subgraph of real actors (no topics or places)."""
    keep = set(types)
    return g.subgraph(n for n, d in g.nodes(data=True) if d.get("type") in keep).copy()


def centrality(g: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality on the simple undirected graph (0 for a single node)."""
    simple = nx.Graph(g)
    return nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)


__all__ = ["KG", "actors_only", "centrality", "to_networkx"]
