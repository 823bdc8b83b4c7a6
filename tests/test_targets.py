"""kg/extract/targets.py: what a statement's verb acts on (hand-built parses)."""

import pytest
from factories import parse

from kg.extract.clauses import clauses
from kg.extract.targets import patient


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (  # the object
            "Russia/PROPN/nsubj/1 sent/VERB/ROOT/1/send/VBD troops/NOUN/dobj/1/troop/NNS",
            "troops",
        ),
        (  # the object, through a count of it
            "Russia/PROPN/nsubj/1 sent/VERB/ROOT/1/send/VBD thousands/NOUN/dobj/1/thousand/NNS "
            "of/ADP/prep/2 troops/NOUN/pobj/3/troop/NNS",
            "troops",
        ),
        (  # a passive's subject, not its "by" agent
            "A/DET/det/1 firm/NOUN/nsubjpass/3 was/AUX/auxpass/3/be bought/VERB/ROOT/3/buy/VBN "
            "by/ADP/agent/3 Rosneft/PROPN/pobj/4",
            "firm",
        ),
        ("Rebels/NOUN/nsubj/1/rebel/NNS attacked/VERB/ROOT/1/attack/VBD", None),  # no target
    ],
)
def test_the_patient_is_the_object_or_a_passives_subject(spec, expected):
    doc = parse(spec)
    (ext,) = clauses(doc)
    found = patient(ext, doc)
    assert (found.text if found is not None else None) == expected
