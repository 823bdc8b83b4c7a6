"""The ontology is the source of truth: it loads, documents every term, and matches namespace.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg import data
from kg.rdf.namespace import KG
from kg.rdf.ontology import polarity

ROOT = Path(__file__).resolve().parents[1]
PLOVER = [
    "Agree",
    "Consult",
    "Support",
    "Concede",
    "Cooperate",
    "Aid",
    "Retreat",
    "Request",
    "Accuse",
    "Reject",
    "Threaten",
    "Protest",
    "Sanction",
    "Mobilize",
    "Coerce",
    "Assault",
]


def kg_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(KG._NS))}


def test_loads_in_rdflib_and_pyoxigraph():
    g = Graph().parse(data.ontology())
    store = ox.Store()
    store.load(path=str(data.ontology()), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g) > 100
    assert (None, RDF.type, OWL.Ontology) in g


def test_every_term_has_a_label_and_a_comment():
    g = Graph().parse(data.ontology())
    for term in kg_terms(g):
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.comment) is not None, term


def test_plover_types_with_polarity():
    pol = polarity()
    for name in PLOVER:
        assert pol[name] in {"cooperation", "conflict"}, name
    assert pol["Support"] == "cooperation" and pol["Accuse"] == "conflict"


def test_namespace_module_is_in_sync_with_the_ontology():
    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_namespace import render

    expected = render(Graph().parse(data.ontology()))
    assert (ROOT / "kg" / "rdf" / "namespace.py").read_text(encoding="utf-8") == expected, (
        "run: python scripts/gen_namespace.py > kg/rdf/namespace.py"
    )


def test_reference_is_in_sync_with_the_ontology():
    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_ontology_doc import render

    expected = render(Graph().parse(data.ontology()))
    assert (ROOT / "ontology" / "README.md").read_text(encoding="utf-8") == expected, (
        "run: python scripts/gen_ontology_doc.py > ontology/README.md"
    )
