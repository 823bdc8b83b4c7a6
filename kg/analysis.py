"""The RDF graph projected to a NetworkX actor graph, and the metrics analysts ask for."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Graph

from kg.namespace import KG
from kg.ontology import polarity

#: One row per statement that has a target; evidence comes along for tooltips.
EDGES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?st ?agent ?target ?relation ?cls ?negated ?modality ?date ?conf ?sentence ?title WHERE {
  ?st a kg:Statement ; kg:agent ?agent ; kg:target ?target ; kg:relation ?relation ;
      kg:negated ?negated ; kg:modality ?modality ; kg:confidence ?conf ; kg:evidence ?ev .
  ?st a ?cls . FILTER(?cls != kg:Statement)
  ?ev rdf:value ?sentence .
  OPTIONAL { ?st dcterms:date ?date }
  OPTIONAL { ?st dcterms:source ?art . ?art dcterms:title ?title }
}
"""
NODES_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?node ?label ?type ?country WHERE {
  ?node rdfs:label ?label ; a ?type .
  FILTER(STRSTARTS(STR(?node), "https://w3id.org/kg-news/id/"))
  FILTER(?type IN (kg:Person, kg:Country, kg:Organization, kg:Group, kg:Location, kg:Topic))
  OPTIONAL { ?node kg:countryCode ?country }
}
"""
SIGN = {"cooperation": 1, "conflict": -1, "neutral": 0}


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Actors and topics as nodes; one edge per statement, agent -> target.

    Node attributes: ``label``, ``type``, ``country``, ``mentions``. Edge attributes:
    ``relation``, ``event_type``, ``polarity`` (+1 cooperation, -1 conflict, 0 neutral; flipped
    for negated statements), ``negated``, ``modality``, ``date``, ``confidence``, ``sentence``,
    ``title``, ``statement``.
    """
    pol = polarity()
    g = nx.MultiDiGraph()
    for row in graph.query(NODES_QUERY):
        g.add_node(
            str(row.node),
            label=str(row.label),
            type=_local(row.type),
            country=str(row.country) if row.country else None,
            mentions=0,
        )
    for row in graph.query(EDGES_QUERY):
        agent, target = str(row.agent), str(row.target)
        event_type = _local(row.cls)
        negated = bool(row.negated.toPython())
        sign = SIGN.get(pol.get(event_type, "neutral"), 0)
        for node in (agent, target):
            if node not in g:
                g.add_node(
                    node, label=node.rsplit("/", 1)[-1], type="Entity", country=None, mentions=0
                )
            g.nodes[node]["mentions"] += 1
        g.add_edge(
            agent,
            target,
            key=str(row.st),
            relation=str(row.relation),
            event_type=event_type,
            polarity=-sign if negated else sign,
            negated=negated,
            modality=str(row.modality),
            date=str(row.date) if row.date else None,
            confidence=float(row.conf),
            sentence=str(row.sentence),
            title=str(row.title) if row.title else None,
            statement=str(row.st),
        )
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
