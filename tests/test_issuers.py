"""Who a document subject speaks for (kg.extract.issuers, and the Resolver's use of it), on
hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.actors import Gazetteer, Resolver
from kg.extract.issuers import issuer
from kg.extract.phrases import phrase


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "the Acme Council's ruling said": its possessor
        ("the/DET/det/2 Acme/PROPN/compound/2 Council/PROPN/poss/4 's/PART/case/2 "
         "ruling/NOUN/nsubj/5/ruling said/VERB/ROOT/5/say", {"1-2": "ORG"}, "Council"),
        # "a statement issued on behalf of Ivan Petrov said": whom it was issued for
        ("a/DET/det/1 statement/NOUN/nsubj/8 issued/VERB/acl/1/issue on/ADP/prep/2 "
         "behalf/NOUN/pobj/3 of/ADP/prep/4 Ivan/PROPN/compound/7 Petrov/PROPN/pobj/5 "
         "said/VERB/ROOT/8/say", {"6-7": "PERSON"}, "Petrov"),
        # "a report by Acme urged ...": a speech act
        ("a/DET/det/1 report/NOUN/nsubj/4 by/ADP/prep/1 Acme/PROPN/pobj/2 "
         "urged/VERB/ROOT/4/urge", {"3": "ORG"}, "Acme"),
        # "a report on attacks by Acme said": Acme did the attacks, not the report
        ("a/DET/det/1 report/NOUN/nsubj/6 on/ADP/prep/1 attacks/NOUN/pobj/2/attack/NNS "
         "by/ADP/prep/3 Acme/PROPN/pobj/4 said/VERB/ROOT/6/say", {"5": "ORG"}, None),
        # "a report from last year said": a time issues nothing
        ("a/DET/det/1 report/NOUN/nsubj/5 from/ADP/prep/1 last/ADJ/amod/4 year/NOUN/pobj/2 "
         "said/VERB/ROOT/5/say", {"3-4": "DATE"}, None),
        # "reports from Russia say": a place the reports come from, not who issued them
        ("reports/NOUN/nsubj/3/report/NNS from/ADP/prep/0 Russia/PROPN/pobj/1 "
         "say/VERB/ROOT/3/say", {"2": "GPE"}, None),
        # "Acme's inquiry sparked debate": no speech, the inquiry is an event
        ("Acme/PROPN/poss/2 's/PART/case/0 inquiry/NOUN/nsubj/3/inquiry "
         "sparked/VERB/ROOT/3/spark debate/NOUN/dobj/3", {"0": "ORG"}, None),
        # "Acme's plan said": no document
        ("Acme/PROPN/poss/2 's/PART/case/0 plan/NOUN/nsubj/3/plan said/VERB/ROOT/3/say",
         {"0": "ORG"}, None),
        # "the report said": no issuer in its phrase, no guess
        ("the/DET/det/1 report/NOUN/nsubj/2/report said/VERB/ROOT/2/say", {}, None),
    ],
)  # fmt: skip
def test_the_issuer_a_document_subject_names(spec, ents, expected):
    doc = parse(spec, ents=ents)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    found = issuer(subject)
    assert (found.text if found is not None else None) == expected


def test_a_document_subject_is_resolved_to_its_issuer(gaz):
    doc = parse(
        "a/DET/det/1 report/NOUN/nsubj/4 by/ADP/prep/1 Acme/PROPN/pobj/2 urged/VERB/ROOT/4/urge",
        ents={"3": "ORG"},
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[1]))
    assert (found.actor.id, found.is_actor, found.via) == ("org/acme", True, "spokesperson")
