"""Speech typed by what it does (issue 19): questioning a policy is a criticism, resisting calls a
rejection, taking a case to court an accusation; talk about something with no one is speech."""

import pytest
from factories import classes_by_lemma


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        (
            "Davis/PROPN/nsubj/1 questioned/VERB/ROOT/1/question/VBD the/DET/det/3 "
            "plans/NOUN/dobj/1/plan/NNS",
            "question",
            "Accuse",
        ),
        (
            "The/DET/det/1 government/NOUN/nsubj/2 resisted/VERB/ROOT/2/resist/VBD "
            "calls/NOUN/dobj/2/call/NNS for/ADP/prep/3 an/DET/det/6 inquiry/NOUN/pobj/4",
            "resist",
            "Reject",
        ),
        (
            "The/DET/det/1 detainees/NOUN/nsubj/2/detainee/NNS took/VERB/ROOT/2/take/VBD "
            "their/PRON/poss/4 case/NOUN/dobj/2 to/ADP/prep/2 court/NOUN/pobj/5",
            "take",
            "Accuse",
        ),
        # "take" alone names no event
        (
            "The/DET/det/1 detainees/NOUN/nsubj/2/detainee/NNS took/VERB/ROOT/2/take/VBD "
            "their/PRON/poss/4 seats/NOUN/dobj/2/seat/NNS",
            "take",
            None,
        ),
    ],
)
def test_a_speech_verb_takes_the_class_of_what_it_does(spec, lemma, expected):
    assert classes_by_lemma(spec, {"0": "PERSON"})[lemma] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # talk about something, with no one: speech
        (
            "Officials/NOUN/nsubj/1/official/NNS talked/VERB/ROOT/1/talk/VBD "
            "about/ADP/prep/1 inflation/NOUN/pobj/2",
            "Say",
        ),
        # talk with or to someone, or approach someone, about something: talks
        (
            "Officials/NOUN/nsubj/1/official/NNS talked/VERB/ROOT/1/talk/VBD "
            "to/ADP/prep/1 Iran/PROPN/pobj/2 about/ADP/prep/1 inflation/NOUN/pobj/4",
            "Consult",
        ),
        (
            "Officials/NOUN/nsubj/1/official/NNS talked/VERB/ROOT/1/talk/VBD "
            "with/ADP/prep/1 Iran/PROPN/pobj/2",
            "Consult",
        ),
    ],
)
def test_talk_about_something_with_no_one_is_speech(spec, expected):
    iran = {str(i): "GPE" for i, w in enumerate(spec.split()) if w.startswith("Iran/")}
    assert classes_by_lemma(spec, iran)["talk"] == expected


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        # praise promised or to come is speech to come, no agreement
        (
            "Blair/PROPN/nsubj/1 promised/VERB/ROOT/1/promise/VBD to/PART/aux/3 "
            "hail/VERB/xcomp/1/hail/VB the/DET/det/5 record/NOUN/dobj/3",
            "hail",
            "Say",
        ),
        (
            "Blair/PROPN/nsubj/2 will/AUX/aux/2 praise/VERB/ROOT/2/praise/VB "
            "the/DET/det/4 troops/NOUN/dobj/2/troop/NNS",
            "praise",
            "Say",
        ),
        # praise given is support; backing promised is an agreement
        (
            "Blair/PROPN/nsubj/1 praised/VERB/ROOT/1/praise/VBD "
            "the/DET/det/3 troops/NOUN/dobj/1/troop/NNS",
            "praise",
            "Support",
        ),
        (
            "Blair/PROPN/nsubj/2 will/AUX/aux/2 back/VERB/ROOT/2/back/VB "
            "the/DET/det/4 plan/NOUN/dobj/2",
            "back",
            "Agree",
        ),
        # a spur to growth supports no one; encouraging a party does
        (
            "The/DET/det/1 cut/NOUN/nsubj/2 spurred/VERB/ROOT/2/spur/VBD growth/NOUN/dobj/2",
            "spur",
            None,
        ),
        (
            "Britain/PROPN/nsubj/1 encouraged/VERB/ROOT/1/encourage/VBD Iran/PROPN/dobj/1",
            "encourage",
            "Support",
        ),
    ],
)
def test_praise_to_come_is_speech_and_spurs_need_a_party(spec, lemma, expected):
    ents = {str(i): "GPE" for i, w in enumerate(spec.split()) if w.split("/")[0] in GPES}
    ents |= {str(i): "PERSON" for i, w in enumerate(spec.split()) if w.startswith("Blair/")}
    assert classes_by_lemma(spec, ents)[lemma] == expected


GPES = frozenset({"Britain", "Iran"})


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "warned there could be further walkouts unless there was a government rethink": a
        # conditional warning of a conflict act is a threat
        (
            "unless/SCONJ/mark/8/unless/IN there/PRON/expl/8/there/EX was/VERB/advcl/4/be/VBD "
            "a/DET/det/10 rethink/NOUN/attr/8",
            "Threaten",
        ),
        # with no condition it is a forecast
        ("", "Say"),
    ],
)
def test_a_conditional_warning_that_there_will_be_conflict_threatens(rest, expected):
    spec = (
        "Union/NOUN/nsubj/1/union warned/VERB/ROOT/1/warn there/PRON/expl/4/there/EX "
        "could/AUX/aux/4/could/MD be/AUX/ccomp/1/be/VB walkouts/NOUN/attr/4/walkout/NNS "
        f"{rest}"
    ).strip()
    assert classes_by_lemma(spec)["warn"] == expected
