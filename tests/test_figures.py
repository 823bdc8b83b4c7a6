"""Figures do nothing and suffer no assault; a passive's subject is its verb's object for
CAMEO's patterns; security forces that block a road coerce; a conflict aimed at a passive's
subject (issue 19)."""

import pytest
from factories import classes_by_lemma

STRUCK = "was/AUX/auxpass/3/be struck/VERB/ROOT/3/strike/VBN"


@pytest.mark.parametrize(
    ("spec", "ents", "lemma", "expected"),
    [
        # a figure does nothing: no assault, no coercion by profits, reserves or prices
        (
            "Profits/NOUN/nsubj/1/profit/NNS beat/VERB/ROOT/1/beat "
            "forecasts/NOUN/dobj/1/forecast/NNS",
            {},
            "beat",
            None,
        ),
        (
            "Foreign/ADJ/amod/1 reserves/NOUN/nsubj/2/reserve/NNS beat/VERB/ROOT/2/beat "
            "the/DET/det/4 debt/NOUN/dobj/2",
            {},
            "beat",
            None,
        ),
        (
            "Prices/NOUN/nsubj/1/price/NNS forced/VERB/ROOT/1/force/VBD "
            "the/DET/det/3 government/NOUN/dobj/1",
            {},
            "force",
            None,
        ),
        # ... but a party does, and the rebels' target is people
        (
            "Rebels/NOUN/nsubj/1/rebel/NNS beat/VERB/ROOT/1/beat/VBD "
            "the/DET/det/3 soldiers/NOUN/dobj/1/soldier/NNS",
            {},
            "beat",
            "Assault",
        ),
        # a coercion aimed at a figure is none ...
        (
            "The/DET/det/1 team/NOUN/nsubj/3 may/AUX/aux/3 impose/VERB/ROOT/3 "
            "a/DET/det/6 higher/ADJ/amod/6 rate/NOUN/dobj/3",
            {},
            "impose",
            None,
        ),
        # ... unless it names whom the figure falls on, or takes the figure from its owner
        (
            "The/DET/det/1 EU/PROPN/nsubj/2 imposed/VERB/ROOT/2/impose/VBD a/DET/det/4 "
            "fine/NOUN/dobj/2 on/ADP/prep/4 Microsoft/PROPN/pobj/5",
            {"1": "ORG", "6": "ORG"},
            "impose",
            "Coerce",
        ),
        (
            "Police/NOUN/nsubj/1 seized/VERB/ROOT/1/seize/VBD the/DET/det/3 money/NOUN/dobj/1",
            {},
            "seize",
            "Coerce",
        ),
    ],
)
def test_a_figure_does_nothing_and_suffers_no_assault(spec, ents, lemma, expected):
    assert classes_by_lemma(spec, ents)[lemma] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("A/DET/det/1 deal/NOUN/nsubjpass/3", "Agree"),  # struck a deal: no assault
        ("The/DET/det/1 agreement/NOUN/nsubjpass/3", "Agree"),
        ("The/DET/det/1 convoy/NOUN/nsubjpass/3", "Assault"),  # the verb's own class
    ],
)
def test_a_passive_subject_is_the_object_of_a_verb_pattern(subject, expected):
    assert classes_by_lemma(f"{subject} {STRUCK}")["strike"] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "The/DET/det/1 road/NOUN/nsubjpass/3 was/AUX/auxpass/3/be "
            "blocked/VERB/ROOT/3/block/VBN by/ADP/agent/3 police/NOUN/pobj/4",
            "Coerce",
        ),
        ("Police/NOUN/nsubj/1 blocked/VERB/ROOT/1/block the/DET/det/3 road/NOUN/dobj/1", "Coerce"),
        (
            "Protesters/NOUN/nsubj/1/protester/NNS blocked/VERB/ROOT/1/block "
            "the/DET/det/3 road/NOUN/dobj/1",
            "Protest",
        ),
    ],
)
def test_security_forces_that_block_a_road_coerce(spec, expected):
    assert classes_by_lemma(spec)["block"] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # the passive's subject is the target, not the "by" agent
        ("His/PRON/poss/1 plans/NOUN/nsubjpass/3/plan/NNS", "Accuse"),
        ("The/DET/det/1 village/NOUN/nsubjpass/3", "Assault"),
    ],
)
def test_an_attack_on_a_passive_subject_that_is_a_policy_is_in_words(subject, expected):
    spec = (
        f"{subject} were/AUX/auxpass/3/be attacked/VERB/ROOT/3/attack/VBN "
        "by/ADP/agent/3 rebels/NOUN/pobj/4/rebel/NNS"
    )
    assert classes_by_lemma(spec)["attack"] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("The/DET/det/1 rise/NOUN/nsubj/3", None),  # figurative harm to come
        ("The/DET/det/1 cuts/NOUN/nsubj/3/cut/NNS", None),
        ("The/DET/det/1 rebels/NOUN/nsubj/3/rebel/NNS", "Threaten"),  # armed men
    ],
)
def test_figurative_harm_to_come_is_no_threat(subject, expected):
    spec = f"{subject} will/AUX/aux/3 hit/VERB/ROOT/3/hit/VB consumers/NOUN/dobj/3/consumer/NNS"
    assert classes_by_lemma(spec)["hit"] == expected
