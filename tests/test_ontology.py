"""The ontology is the source of truth: it loads, documents every term, and matches namespace.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg import data
from kg.rdf.namespace import CONTEXT, KG, MODE
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


def test_every_mode_and_context_extraction_writes_is_a_concept():
    """The word lists' modes (``Assault/firearms``) and contexts, and each mode of the verb
    lexicon, name concepts of the PLOVER schemes: a statement never points to nothing."""
    from kg.extract.words import vocabulary
    from kg.rdf.ontology import concepts

    words = vocabulary()
    modes, contexts = concepts("mode"), concepts("context")
    assert len(modes) > 40 and len(contexts) >= 37  # PLOVER's own, and kg's
    for value in words.event_modes.values():
        assert value.casefold() in modes, value
    for value in words.event_contexts.values():
        assert value.casefold() in contexts, value
    assert modes["restrict"] == [str(MODE["Coerce/restrict"]), str(MODE["Threaten/restrict"])]


def test_kgs_own_contexts_point_to_plovers():
    g = Graph().parse(data.ontology())
    for own in ("political", "refugee", "resource", "rights"):
        near = g.value(CONTEXT[own], SKOS.closeMatch)
        assert near is not None and (near, SKOS.inScheme, CONTEXT.scheme) in g, own


def test_the_shapes_allow_exactly_the_ontologys_modes_and_contexts():
    """shapes.ttl lists the concepts (pySHACL mixes in the ontology's classes, not its
    concepts, so ``sh:class skos:Concept`` could not check them): the lists match kg.ttl."""
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.rdf.ontology import concepts

    shapes = Graph().parse(data.shapes())
    for prop, scheme in ((KG.eventMode, "mode"), (KG.eventContext, "context")):
        (shape,) = shapes.subjects(SH.path, prop)
        allowed = {str(c) for c in Collection(shapes, shapes.value(shape, SH["in"]))}
        assert allowed == {c for found in concepts(scheme).values() for c in found}, scheme
