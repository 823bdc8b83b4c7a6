"""Statements -> RDF: named graphs, provenance, valid and deterministic output (no model)."""

from __future__ import annotations

import subprocess

import pyoxigraph as ox
import pytest
from factories import require_tool, result
from rdflib import Graph, URIRef

from kg.ids import node_iri
from kg.model import Statement
from kg.rdf.mapping import graph_iri, to_rdf
from kg.rdf.namespace import KG
from kg.rdf.serialize import ox_quads, serialize, write

NASTY = 'Evil "quoted" \\ name <script>alert(1)</script>\nnext line'


def test_one_named_graph_per_article_with_provenance():
    ds = to_rdf([result("a1"), result("a2")])
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert {graph_iri("a1"), graph_iri("a2")} <= names
    rows = list(
        ds.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?st ?text ?date WHERE { ?st a kg:Support ; kg:agent ?a ; kg:evidence ?s ;
            dcterms:date ?date ; dcterms:source ?art . ?s rdf:value ?text }""")
    )
    assert len(rows) == 2
    assert str(rows[0].date) == "2021-12-15" and "praised" in str(rows[0].text)


def test_direct_edge_only_for_factual_statements():
    r = result()
    ds = to_rdf([r])
    putin = URIRef(r.statements[0].subject_id)
    assert (putin, URIRef("https://w3id.org/kg-news/rel/praise"), None) in ds
    r.statements[0].negated = True
    ds = to_rdf([r])
    assert (putin, URIRef("https://w3id.org/kg-news/rel/praise"), None) not in ds


def test_rebuilding_an_article_replaces_its_graph():
    ds = to_rdf([result("a1", relation="praised")])
    n = len(list(ds.quads()))
    to_rdf([result("a1", relation="praised")], ds)
    assert len(list(ds.quads())) == n
    to_rdf([result("a1", relation="hailed")], ds)
    texts = {str(o) for o in ds.objects(None, KG.relation)}
    assert texts == {"hailed"}


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples"])
def test_nasty_text_gives_output_strict_parsers_accept(fmt, tmp_path):
    ds = to_rdf([result(subject=NASTY, relation="praised\t\u202e")])
    data = serialize(ox_quads(ds), fmt)
    oxfmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "ntriples": ox.RdfFormat.N_TRIPLES,
    }[fmt]
    parsed = list(ox.parse(data, format=oxfmt))
    assert parsed
    labels = {str(q.object.value) for q in parsed if q.predicate.value.endswith("#label")}
    assert NASTY in labels


def test_turtle_passes_rapper(tmp_path):
    rapper = require_tool("rapper")
    path = tmp_path / "g.ttl"
    write(to_rdf([result(subject=NASTY)]), path)
    proc = subprocess.run(
        [rapper, "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_output_is_deterministic_and_uses_kg_prefixes(tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    write(to_rdf([result("a1"), result("a2")]), a)
    write(to_rdf([result("a2"), result("a1")]), b)
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in text and "ns1:" not in text
    assert len(Graph().parse(a)) > 20


def test_statements_that_differ_only_by_actor_get_their_own_nodes():
    r = result()
    twin = Statement.from_dict(r.statements[0].to_dict())
    twin.subject_id = node_iri("person/xi-jinping")
    r.statements.append(twin)
    ds = to_rdf([r])
    assert len(set(ds.subjects(KG.relation, None))) == 2


def test_an_article_states_each_triple_once():
    from dataclasses import replace

    from kg.rdf.mapping import article_triples, to_nquads

    r = result()
    first = r.statements[0]
    first.object_mentions = [node_iri("country/CHN")]
    r.statements.append(replace(first, relation="praised again", relation_span=(5, 6)))
    triples = [(str(s), str(p), o) for s, p, o in article_triples(r)]
    praise = "https://w3id.org/kg-news/rel/praise"
    assert sum(1 for s, _, _ in triples if s == praise) == 3  # type, subPropertyOf, label
    assert sum(1 for _, p, _ in triples if p == praise) == 1  # the same edge, stated once
    assert sum(1 for _, p, _ in triples if p == str(KG.mentions)) == 1
    assert len(triples) == len(set(triples))
    lines = to_nquads(r).splitlines()
    assert len(lines) == len(set(lines)) == len(triples)


def test_terms_are_the_namespace_strings_and_a_typo_still_raises():
    from rdflib.namespace import RDF

    from kg.rdf.mapping import Terms

    kg, rdf = Terms(KG), Terms(RDF)
    assert kg.agent == str(KG.agent) and type(kg.agent) is str
    assert kg.agent is kg.agent  # looked up once
    assert rdf.type == str(RDF.type)
    with pytest.raises(AttributeError):
        kg.agnet  # noqa: B018
    with pytest.raises(AttributeError):
        kg.__deepcopy__  # noqa: B018
