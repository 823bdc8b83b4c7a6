"""Every graph kg writes conforms to ontology/shapes.ttl (pySHACL), and the shapes have teeth."""

from __future__ import annotations

import pytest
from factories import generated_articles, result
from pyshacl import validate
from rdflib import RDF, Graph, Literal, URIRef

from kg import data as kgdata
from kg.rdf.mapping import to_rdf
from kg.rdf.namespace import KG

SHAPES = kgdata.shapes()
ONTOLOGY = kgdata.ontology()


def conforms(graph: Graph) -> tuple[bool, str]:
    data = Graph()
    for triple in graph.triples((None, None, None)):
        data.add(triple)
    ok, _, text = validate(
        data, shacl_graph=Graph().parse(SHAPES), ont_graph=Graph().parse(ONTOLOGY), advanced=True
    )
    return ok, text


def test_hand_made_graph_conforms():
    ok, text = conforms(to_rdf([result("a1"), result("a2")]))
    assert ok, text


@pytest.mark.parametrize(
    "damage",
    ["second_agent", "no_evidence", "bad_modality", "two_event_types", "bad_country_code"],
)
def test_shapes_catch_violations(damage):
    ds = to_rdf([result("a1")])
    g = Graph()
    for t in ds.triples((None, None, None)):
        g.add(t)
    st = next(g.subjects(RDF.type, KG.Statement))
    putin = URIRef("https://w3id.org/kg-news/id/person/vladimir-putin")
    if damage == "second_agent":
        g.add((st, KG.agent, URIRef("https://w3id.org/kg-news/id/country/RUS")))
    elif damage == "no_evidence":
        g.remove((st, KG.evidence, None))
    elif damage == "bad_modality":
        g.set((st, KG.modality, Literal("maybe")))
    elif damage == "two_event_types":
        g.add((st, RDF.type, KG.Accuse))
    elif damage == "bad_country_code":
        g.set((putin, KG.countryCode, Literal("Russia")))
    ok, _ = conforms(g)
    assert not ok


@pytest.mark.model
def test_sample_graph_conforms(sample_result):
    ok, text = conforms(to_rdf([sample_result]))
    assert ok, text


@pytest.mark.model
def test_generated_corpus_conforms(nlp, knowledge):
    from kg.run.build import results

    res = list(results(generated_articles(40), nlp=nlp, knowledge=knowledge))
    assert sum(len(r.statements) for r in res) > 200
    ok, text = conforms(to_rdf(res))
    assert ok, text
