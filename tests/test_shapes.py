"""Every article graph kg writes conforms to ontology/shapes.ttl (pySHACL), each on its own,
and the shapes have teeth. The graphs are what ``to_nquads`` wrote (factories)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import (
    conforms,
    dataset,
    generated_articles,
    news_articles,
    parse,
    result,
    shacl_report,
)
from rdflib import DCTERMS, RDF, RDFS, Graph, Literal, URIRef

from kg.extract.statements import process
from kg.ids import node_iri
from kg.model import Article
from kg.rdf.namespace import CONTEXT, KG, MODE

PUTIN = URIRef(node_iri("person/vladimir-putin"))
NOBODY = URIRef(node_iri("person/nobody"))
TOPIC = URIRef(node_iri("topic/relationship-with-china"))


def test_hand_made_graphs_conform():
    ok, text = conforms([result("a1"), result("a2")])
    assert ok, text


def _damage(g: Graph, damage: str) -> None:
    st = next(g.subjects(KG.agent, PUTIN))
    sentence = g.value(st, KG.evidence)
    actor_sum = next(g.subjects(KG.actor, PUTIN))
    moded = next(g.subjects(KG.eventMode, None))
    if damage == "second_agent":
        g.add((st, KG.agent, URIRef(node_iri("country/RUS"))))
    elif damage == "no_evidence":
        g.remove((st, KG.evidence, None))
    elif damage == "bad_modality":
        g.set((st, KG.modality, Literal("maybe")))
    elif damage == "two_event_types":
        g.add((st, RDF.type, KG.Accuse))
    elif damage == "relation_stated":  # a statement with no event type has no class
        g.remove((st, RDF.type, KG.Support))
        g.add((st, RDF.type, KG.Relation))
    elif damage == "statement_stated":
        g.add((st, RDF.type, KG.Statement))
    elif damage == "asserted_stated":  # the default, not stated
        g.add((st, KG.modality, Literal("asserted")))
    elif damage == "negated_false":  # a flag stated only when true
        g.set((st, KG.negated, Literal(False)))
    elif damage == "no_spans":
        g.remove((st, KG.spans, None))
    elif damage == "bad_spans":
        g.set((st, KG.spans, Literal("0-14 15")))
    elif damage == "sentence_without_offset":
        g.remove((sentence, KG.offset, None))
    elif damage == "sentence_without_article":
        g.remove((sentence, DCTERMS.isPartOf, None))
    elif damage == "bad_country_code":
        g.set((URIRef(node_iri("country/RUS")), KG.countryCode, Literal("Russia")))
    elif damage == "country_code_on_a_person":  # the code is on the country's node only
        g.add((PUTIN, KG.countryCode, Literal("RUS")))
    elif damage == "country_without_code":
        g.remove((URIRef(node_iri("country/RUS")), KG.countryCode, None))
    elif damage == "two_countries":
        g.add((PUTIN, KG.countryOf, URIRef(node_iri("country/CHN"))))
    elif damage == "unlabelled_agent":
        g.remove((PUTIN, None, None))
    elif damage == "untyped_agent":  # only a topic has no class
        g.remove((PUTIN, RDF.type, None))
    elif damage == "topic_typed":  # kg:Topic is the default, not stated
        g.add((TOPIC, RDF.type, KG.Topic))
    elif damage == "topic_as_person":  # a topic's IRI typed as an actor
        g.add((TOPIC, RDF.type, KG.Person))
    elif damage == "unlabelled_topic":
        g.remove((TOPIC, RDFS.label, None))
    elif damage == "summary_of_a_topic":
        g.set((actor_sum, KG.actor, TOPIC))
    elif damage == "summary_without_count":
        g.remove((actor_sum, None, None))
        g.add((actor_sum, KG.actor, PUTIN))
    elif damage == "summary_under_another_class":  # Putin counted as a country
        count = g.value(actor_sum, KG.personStatements)
        g.remove((actor_sum, KG.personStatements, None))
        g.add((actor_sum, KG.countryStatements, count))
    elif damage == "summary_under_two_classes":
        g.add((actor_sum, KG.countryStatements, Literal(1)))
    elif damage == "mode_as_text":  # a mode is a concept, not a string
        g.set((moded, KG.eventMode, Literal("allege")))
    elif damage == "unknown_mode":
        g.set((moded, KG.eventMode, MODE["Support/allege"]))
    elif damage == "context_as_mode":  # a concept of the other scheme
        g.set((moded, KG.eventMode, CONTEXT.military))
    elif damage == "unknown_context":
        g.add((moded, KG.eventContext, CONTEXT.militray))
    elif damage == "bad_actor_code":
        g.set((PUTIN, KG.actorCode, Literal("rus gov")))
    elif damage == "two_agent_codes":
        g.add((st, KG.agentCode, Literal("RUSGOV")))
        g.add((st, KG.agentCode, Literal("RUSMIL")))
    elif damage == "pair_without_counts":
        pair = next(g.subjects(KG.pairAgent, None))
        g.remove((pair, KG.pairStatements, None))
    else:  # a node some other reference names, never typed or labelled
        path = {"untyped_target": KG.target, "untyped_about": KG.about,
                "untyped_speaker": KG.attributedTo, "untyped_subject": KG.subjectEntity,
                "untyped_mention": KG.mentions}[damage]  # fmt: skip
        g.set((st if path != KG.mentions else TOPIC, path, NOBODY))


@pytest.mark.parametrize(
    "damage",
    [
        "second_agent",
        "no_evidence",
        "bad_modality",
        "two_event_types",
        "relation_stated",
        "statement_stated",
        "asserted_stated",
        "negated_false",
        "no_spans",
        "bad_spans",
        "sentence_without_offset",
        "sentence_without_article",
        "bad_country_code",
        "country_code_on_a_person",
        "country_without_code",
        "two_countries",
        "unlabelled_agent",
        "untyped_agent",
        "topic_typed",
        "topic_as_person",
        "unlabelled_topic",
        "summary_of_a_topic",
        "summary_without_count",
        "summary_under_another_class",
        "summary_under_two_classes",
        "pair_without_counts",
        "mode_as_text",
        "unknown_mode",
        "context_as_mode",
        "unknown_context",
        "bad_actor_code",
        "two_agent_codes",
        "untyped_target",
        "untyped_about",
        "untyped_speaker",
        "untyped_subject",
        "untyped_mention",
    ],
)
def test_shapes_catch_violations(damage):
    r = result("a1", pair=True)
    second = r.statements[1]  # "Russia accused China": a mode and contexts to damage
    second.event_type, second.event_mode = "Accuse", "disapprove"
    second.event_context = ["diplomatic", "political"]
    g = Graph()
    for triple in dataset([r]).triples((None, None, None)):
        g.add(triple)
    assert shacl_report(g)[0]
    _damage(g, damage)
    ok, _ = shacl_report(g)
    assert not ok


def test_an_actor_typed_only_in_another_article_is_a_violation():
    alone = result("a1")
    alone.actors = {k: v for k, v in alone.actors.items() if k != "person/vladimir-putin"}
    assert shacl_report(_union([alone, result("a2")]))[0]  # the union hides it
    ok, text = conforms([alone, result("a2")])
    assert not ok and "a1:" in text and "a2:" not in text


def _union(results) -> Graph:
    g = Graph()
    for triple in dataset(results).triples((None, None, None)):
        g.add(triple)
    return g


#: "A complaint was made to the council by Russia.": the agent is neither subject nor object
#: but a "by" phrase among the other arguments (BBC: "... made to local government watchdogs
#: by the British Jews"); it must still be a typed, labelled node of the article's graph.
PASSIVE = (
    "A/DET/det/1 complaint/NOUN/nsubjpass/3 was/AUX/auxpass/3/be made/VERB/ROOT/3/make/VBN "
    "to/ADP/prep/3 the/DET/det/6 council/NOUN/pobj/4 by/ADP/agent/3 Russia/PROPN/pobj/7 "
    "./PUNCT/punct/3"
)


def test_the_by_agent_of_a_passive_is_typed_in_its_article(knowledge):
    doc = parse(PASSIVE, ents={"8": "GPE"})
    article = Article(id="passive", text=doc.text, source="test", date=dt.date(2005, 2, 1))
    res = process(doc, article, knowledge)
    (st,) = res.statements
    assert (st.relation, st.agent_id) == ("was made to", node_iri("country/RUS"))
    assert "country/RUS" in res.actors
    ok, text = conforms([res])
    assert ok, text
    orphan = replace(res, actors={k: a for k, a in res.actors.items() if k != "country/RUS"})
    assert not conforms([orphan])[0]


@pytest.mark.model
def test_sample_graph_conforms(sample_result):
    ok, text = conforms([sample_result])
    assert ok, text


@pytest.mark.model
def test_generated_corpus_conforms(nlp, knowledge):
    from kg.run.build import results

    arts = [*generated_articles(15), *news_articles(20)]
    res = list(results(arts, nlp=nlp, knowledge=knowledge))
    assert sum(len(r.statements) for r in res) > 200
    # agents that are neither subject nor object: "by" phrases among the other arguments
    hidden = [
        st for r in res for st in r.statements if st.agent_id not in (st.subject_id, st.object_id)
    ]
    assert len(hidden) > 20
    ok, text = conforms(res)
    assert ok, text
