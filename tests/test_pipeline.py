"""The real spaCy pipeline on the sample article: what a careful reader would write down."""

from __future__ import annotations

import pytest
from factories import SAMPLE, dataset

from kg.extract.clauses import extractions
from kg.model import CONTRACT_KEYS

pytestmark = pytest.mark.model


def find(result, **want):
    return [s for s in result.statements if all(getattr(s, k) == v for k, v in want.items())]


def test_title_and_dateline_are_their_own_sentences(nlp):
    doc = nlp("Putin hails ties with China\nMoscow:\nRussian President Vladimir Putin praised Xi.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:2] == ["Putin hails ties with China", "Moscow:"]
    assert not any(e.label_ == "PERSON" and e.text == "Moscow" for e in doc.ents)


def test_putin_praised_the_relationship(sample_result):
    (st,) = find(sample_result, subject_label="Vladimir Putin", relation="praised")
    assert "relationship with China" in st.object
    assert st.event_type == "Support" and st.date == "2021-12-15" and st.date_source == "relative"
    assert st.subject_type == "Person" and st.subject_country == "RUS"


def test_four_countries_are_not_sending_representatives(sample_result):
    sending = [s for s in sample_result.statements if "sending" in s.relation]
    assert {s.subject_country for s in sending} == {"USA", "GBR", "CAN", "AUS"}
    assert all(s.negated and s.subject_type == "Country" for s in sending)


@pytest.mark.parametrize(
    ("subject", "relation", "obj", "event_type"),
    [
        ("Russia", "dismisses", "Topic", "Reject"),
        ("Russia", "accuses", "Group", "Accuse"),
        ("Xi Jinping", "invited", "Person", "Consult"),
    ],
)
def test_sample_statements(sample_result, subject, relation, obj, event_type):
    found = find(sample_result, subject_label=subject, relation=relation)
    assert found and found[0].object_type == obj and found[0].event_type == event_type


def test_beijing_and_moscow_are_the_countries(sample_result):
    denounced = find(sample_result, relation="denounced")
    assert {(s.subject, s.subject_label) for s in denounced} == {
        ("Beijing", "China"),
        ("Moscow", "Russia"),
    }


def test_no_bare_pronoun_or_relative_subjects(sample_result):
    pronouns = {"he", "she", "it", "they", "we", "i", "which", "that", "who"}
    for st in sample_result.statements:
        assert st.subject_label.lower() not in pronouns  # resolved, or not emitted
        assert st.subject.lower() not in {"which", "that", "who"}
    he = [s for s in sample_result.statements if s.subject == "he" and s.relation == "will attend"]
    assert he and he[0].subject_label == "Vladimir Putin"


def test_reported_speech_is_attributed(sample_result):
    inner = find(sample_result, relation="have withstood")
    assert inner and inner[0].modality == "reported"
    assert inner[0].attributed_to.endswith("person/xi-jinping")


def test_spans_point_into_the_article(sample_result):
    text = sample_result.article.text
    for st in sample_result.statements:
        assert text[slice(*st.subject_span)] == st.subject
        if st.object_span is not None:
            assert text[slice(*st.object_span)] == st.object
        assert 0 <= st.relation_span[0] < st.relation_span[1] <= len(text)


def test_every_statement_has_the_contract_keys(sample_result):
    for st in sample_result.statements:
        d = st.to_dict()
        assert set(CONTRACT_KEYS) <= set(d)
        assert 0 < d["confidence"] <= 1 and isinstance(d["negated"], bool)


def test_headline_syntax(nlp):
    doc = nlp("Putin hails model relationship with China")
    ext = next(extractions(doc))
    assert (ext.subject.text, ext.relation, ext.object.text) == (
        "Putin",
        "hails",
        "model relationship with China",
    )


def test_sample_actors_are_canonical(sample_result):
    actors = sample_result.actors
    people = {a.label for a in actors.values() if a.type == "Person"}
    assert {"Vladimir Putin", "Xi Jinping", "Yuri Ushakov", "Joe Biden"} <= people
    assert not people & {"Moscow", "Xinhua", "Uyghurs", "Putin", "Xi"}
    putin = actors["person/vladimir-putin"]
    assert putin.role == "president" and putin.country == "RUS"
    assert actors["group/UYGHURS"].type == "Group"
    surfaces = {
        s.subject
        for s in sample_result.statements
        if s.subject_id.endswith("person/vladimir-putin")
    }
    assert {"Russian President Vladimir Putin", "Putin", "he"} <= surfaces


def test_spacy_errors_are_fixed_by_rules(nlp, knowledge):
    from kg.extract.actors import Resolver
    from kg.ingest import read

    doc = nlp(next(read([SAMPLE])).text)
    res = Resolver(doc, knowledge.gazetteer)
    by_text = {e.text: res.entity(e) for e in doc.ents}
    assert by_text["Xinhua"].type == "Organization" and by_text["Xinhua"].subtype == "media"
    assert by_text["Uyghurs"].type == "Group"
    assert by_text["Moscow"].type == "Country"  # the dateline and the metonym
    assert by_text["Hong Kong"].type == "Location" and by_text["Hong Kong"].country == "CHN"


def test_putin_role_and_country_are_in_the_graph(sample_result):
    from rdflib import Literal, URIRef

    from kg.rdf.namespace import KG

    ds = dataset([sample_result])
    putin = URIRef("https://w3id.org/kg-news/id/person/vladimir-putin")
    assert (putin, KG.role, Literal("president")) in ds
    assert (putin, KG.countryOf, URIRef("https://w3id.org/kg-news/id/country/RUS")) in ds


def test_two_articles_share_one_node_per_person(nlp, knowledge):
    from kg.ingest import parse_record
    from kg.run.build import results

    arts = [
        parse_record({"id": "a", "text": "Vladimir Putin praised China."}, source="a"),
        parse_record({"id": "b", "text": "Putin criticized NATO."}, source="b"),
    ]
    ids = {
        st.subject_id for r in results(arts, nlp=nlp, knowledge=knowledge) for st in r.statements
    }
    assert ids == {"https://w3id.org/kg-news/id/person/vladimir-putin"}


def test_pronouns_and_pairs_in_the_sample(sample_result):
    two = [s for s in sample_result.statements if s.subject == "the two leaders"]
    assert {s.subject_label for s in two} == {"Vladimir Putin", "Xi Jinping"}
    said = [s for s in sample_result.statements if s.subject == "I"]
    assert said and said[0].subject_label == "Vladimir Putin"
