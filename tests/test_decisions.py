"""A conflict act decided or announced as decided is the act, not a threat (issue 19)."""

import pytest
from factories import classes_by_lemma


@pytest.mark.parametrize(
    ("control", "expected"),
    [
        # a decision decides the act
        ("voted/VERB/ROOT/1/vote/VBD", "Sanction"),
        ("decided/VERB/ROOT/1/decide/VBD", "Sanction"),
        # an intention is still a threat
        ("planned/VERB/ROOT/1/plan/VBD", "Threaten"),
    ],
)
def test_a_decided_sanction_is_a_sanction(control, expected):
    spec = (
        f"the/DET/det/1 EU/PROPN/nsubj/2 {control.replace('ROOT/1', 'ROOT/2')} to/PART/aux/4 "
        "impose/VERB/xcomp/2/impose/VB sanctions/NOUN/dobj/4/sanction/NNS on/ADP/prep/5 "
        "Burma/PROPN/pobj/6"
    )
    assert classes_by_lemma(spec, {"1": "ORG", "7": "GPE"})["impose"] == expected


@pytest.mark.parametrize("at", [4, 2])  # the condition on the act, or on the decision
def test_a_decision_on_a_condition_stays_a_threat(at):
    spec = (
        "the/DET/det/1 EU/PROPN/nsubj/2 voted/VERB/ROOT/2/vote/VBD to/PART/aux/4 "
        "impose/VERB/xcomp/2/impose/VB sanctions/NOUN/dobj/4/sanction/NNS unless/SCONJ/mark/8 "
        f"Burma/PROPN/nsubj/8 complies/VERB/advcl/{at}/comply/VBZ"
    )
    assert classes_by_lemma(spec, {"1": "ORG", "7": "GPE"})["impose"] == "Threaten"


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # announced as decided: the act, in the announcement and in its clause
        ("announced/VERB/ROOT/1/announce/VBD", ("Sanction", "Sanction")),
        # said: the act to come is a threat
        ("said/VERB/ROOT/1/say/VBD", ("Threaten", "Threaten")),
    ],
)
def test_an_announced_sanction_is_a_sanction(verb, expected):
    spec = (
        f"Washington/PROPN/nsubj/1 {verb} it/PRON/nsubj/4 would/AUX/aux/4 "
        "halt/VERB/ccomp/1/halt/VB aid/NOUN/dobj/4 to/ADP/prep/5 the/DET/det/8 "
        "rebels/NOUN/pobj/6/rebel/NNS"
    )
    classes = classes_by_lemma(spec, {"0": "GPE"})
    assert (classes[verb.split("/")[4]], classes["halt"]) == expected
