"""Facts read from ``ontology/kg.ttl`` at run time (event polarity, labels)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDFS, Graph
from rdflib.namespace import SKOS

from kg import data
from kg.rdf.namespace import CONTEXT, KG, MODE


@cache
def ontology_graph(path: Path | None = None) -> Graph:
    """The ontology as an rdflib Graph (parsed once per process)."""
    return Graph().parse(path or data.ontology(), format="turtle")


@cache
def polarity() -> dict[str, str]:
    """Event class local name -> ``cooperation`` / ``conflict`` / ``neutral``."""
    g = ontology_graph()
    out = {}
    for cls, value in g.subject_objects(KG.polarity):
        out[str(cls).rsplit("#", 1)[-1]] = str(value)
    for cls in g.subjects(RDFS.subClassOf, KG.Event):
        out.setdefault(str(cls).rsplit("#", 1)[-1], "neutral")
    return out


@cache
def modes() -> dict[str, str]:
    """Event class local name -> ``verbal`` / ``material`` (``kg:quadClass``); classes without
    one (Relation) are missing."""
    g = ontology_graph()
    pairs = g.subject_objects(KG.quadClass)
    return {str(cls).rsplit("#", 1)[-1]: str(value) for cls, value in pairs}


#: The PLOVER concept schemes by the name a query parameter gives them.
SCHEMES = {"mode": MODE, "context": CONTEXT}


@cache
def concepts(scheme: str) -> dict[str, list[str]]:
    """The concepts of a PLOVER scheme (``mode`` or ``context``) by name, case-folded: each
    notation (``firearms``: the modes of that name of every class) and, for a mode, its class
    and notation (``assault/firearms``: one). Empty for a scheme the ontology lacks."""
    namespace = SCHEMES.get(scheme)
    if namespace is None:
        return {}
    g, base = ontology_graph(), str(namespace)
    out: dict[str, list[str]] = {}
    for concept in sorted(g.subjects(SKOS.inScheme, namespace.scheme)):
        iri = str(concept)
        for key in {str(g.value(concept, SKOS.notation)), iri[len(base) :]}:
            out.setdefault(key.casefold(), []).append(iri)
    return out
