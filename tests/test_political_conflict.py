"""Conflict in politics is in words (issue 19): people who clash, battle for votes, launch an
attack on a person or kick off a campaign use no force; an acceptance of a state of things
acknowledges it; a news conference is speech."""

import pytest
from factories import classes_by_lemma


@pytest.mark.parametrize(
    ("spec", "ents", "lemma", "expected"),
    [
        # a person (a title before a name the tagger took for a place) attacks in words
        (
            "president/NOUN/compound/1 Mbeki/PROPN/nsubj/2 attacked/VERB/ROOT/2/attack/VBD "
            "British/ADJ/amod/4 imperialists/NOUN/dobj/2/imperialist/NNS",
            {"1": "GPE"},
            "attack",
            "Accuse",
        ),
        (
            "Jackson/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 "
            "his/PRON/poss/4 leaders/NOUN/pobj/2/leader/NNS",
            {"0": "PERSON"},
            "clash",
            "Accuse",
        ),
        # protesters who clash with police protest violently (PLOVER's Protest, riot mode;
        # CAMEO 145), not an armed attack (``protester_nouns``, branch events4)
        (
            "Protesters/NOUN/nsubj/1/protester/NNS clashed/VERB/ROOT/1/clash/VBD "
            "with/ADP/prep/1 police/NOUN/pobj/2",
            {},
            "clash",
            "Protest",
        ),
        # troops who clash with rebels fight
        (
            "Troops/NOUN/nsubj/1/troop/NNS clashed/VERB/ROOT/1/clash/VBD "
            "with/ADP/prep/1 rebels/NOUN/pobj/2/rebel/NNS",
            {},
            "clash",
            "Assault",
        ),
        # a battle for votes is a contest
        (
            "The/DET/det/1 parties/NOUN/nsubj/2/party/NNS battled/VERB/ROOT/2/battle/VBD "
            "for/ADP/prep/2 votes/NOUN/pobj/3/vote/NNS",
            {},
            "battle",
            None,
        ),
        (
            "Rebels/NOUN/nsubj/1/rebel/NNS battled/VERB/ROOT/1/battle/VBD "
            "government/NOUN/compound/3 troops/NOUN/dobj/1/troop/NNS",
            {},
            "battle",
            "Assault",
        ),
        # kicking off or firing up a campaign starts it
        (
            "Howard/PROPN/nsubj/1 kicked/VERB/ROOT/1/kick/VBD off/ADP/prt/1 his/PRON/poss/4 "
            "campaign/NOUN/dobj/1",
            {"0": "PERSON"},
            "kick",
            None,
        ),
        (
            "He/PRON/nsubj/1 fired/VERB/ROOT/1/fire/VBD up/ADP/prt/1 his/PRON/poss/4 "
            "campaign/NOUN/dobj/1",
            {},
            "fire",
            None,
        ),
    ],
)
def test_conflict_between_politicians_is_in_words(spec, ents, lemma, expected):
    assert classes_by_lemma(spec, ents)[lemma] == expected


LAUNCH = "{doer} launched/VERB/ROOT/1/launch/VBD an/DET/det/3 attack/NOUN/dobj/1 on/ADP/prep/3 "


@pytest.mark.parametrize(
    ("doer", "target", "ents", "expected"),
    [
        ("Butler/PROPN/nsubj/1", "Blair/PROPN/pobj/4", {"0": "PERSON", "5": "PERSON"}, "Accuse"),
        ("Bush/PROPN/nsubj/1", "Iraq/PROPN/pobj/4", {"0": "PERSON", "5": "GPE"}, "Assault"),
        ("Hamas/PROPN/nsubj/1", "Blair/PROPN/pobj/4", {"0": "ORG", "5": "PERSON"}, "Assault"),
    ],
)
def test_an_attack_launched_by_a_person_on_a_person_is_in_words(doer, target, ents, expected):
    spec = LAUNCH.format(doer=doer) + target
    assert classes_by_lemma(spec, ents)["launch"] == expected


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("the/DET/det/3 difficult/ADJ/amod/3 balance/NOUN/dobj/1", "Say"),  # a figure
        ("people/NOUN/poss/3 's/PART/case/2 frustration/NOUN/dobj/1", "Say"),  # a feeling
        ("the/DET/det/3 offer/NOUN/dobj/1", "Agree"),
        ("the/DET/det/3 ruling/NOUN/dobj/1", "Agree"),
    ],
)
def test_a_state_of_things_accepted_is_acknowledged(obj, expected):
    spec = f"Clarke/PROPN/nsubj/1 accepted/VERB/ROOT/1/accept/VBD {obj}"
    assert classes_by_lemma(spec, {"0": "PERSON"})["accept"] == expected


@pytest.mark.parametrize(
    ("spec", "lemma", "expected"),
    [
        (
            "Blair/PROPN/nsubj/2 will/AUX/aux/2 hold/VERB/ROOT/2/hold/VB a/DET/det/5 "
            "news/NOUN/compound/5 conference/NOUN/dobj/2",
            "hold",
            "Say",
        ),
        (
            "Blair/PROPN/nsubj/2 will/AUX/aux/2 hold/VERB/ROOT/2/hold/VB a/DET/det/4 "
            "conference/NOUN/dobj/2",
            "hold",
            "Agree",
        ),
        (
            "They/PRON/nsubj/2 will/AUX/aux/2 welcome/VERB/ROOT/2/welcome/VB a/DET/det/4 "
            "debate/NOUN/dobj/2",
            "welcome",
            "Say",
        ),
        (
            "He/PRON/nsubj/3 will/AUX/aux/3 not/PART/neg/3 talk/VERB/ROOT/3/talk/VB "
            "about/ADP/prep/3 the/DET/det/6 breakthrough/NOUN/pobj/4",
            "talk",
            "Say",
        ),
    ],
)
def test_speech_to_come_is_no_agreement_or_refusal(spec, lemma, expected):
    assert classes_by_lemma(spec, {"0": "PERSON"})[lemma] == expected


@pytest.mark.parametrize(
    ("obj", "ents", "expected"),
    [
        # an office taken over seizes no one
        (
            "the/DET/det/4 presidency/NOUN/dobj/1 of/ADP/prep/4 the/DET/det/7 EU/PROPN/pobj/5",
            {"0": "GPE", "7": "ORG"},
            None,
        ),
        ("the/DET/det/4 chairmanship/NOUN/dobj/1", {"0": "GPE"}, None),
        # a town taken over is seized
        ("the/DET/det/4 town/NOUN/dobj/1", {"0": "GPE"}, "Coerce"),
    ],
)
def test_an_office_taken_over_is_no_seizure(obj, ents, expected):
    spec = f"Britain/PROPN/nsubj/1 took/VERB/ROOT/1/take/VBD over/ADP/prt/1 {obj}"
    assert classes_by_lemma(spec, ents)["take"] == expected


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("voters/NOUN/dobj/1/voter/NNS", None),  # campaigning, no talks
        ("members/NOUN/dobj/1/member/NNS of/ADP/prep/2 the/DET/det/5 public/NOUN/pobj/3", None),
        ("union/NOUN/compound/3 leaders/NOUN/dobj/1/leader/NNS", "Consult"),
    ],
)
def test_meeting_the_public_is_no_consultation(obj, expected):
    spec = f"Blair/PROPN/nsubj/1 met/VERB/ROOT/1/meet/VBD {obj}"
    assert classes_by_lemma(spec, {"0": "PERSON"})["meet"] == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # someone called: a Consult
        (
            "Blair/PROPN/nsubj/1 called/VERB/ROOT/1/call/VBD Bush/PROPN/dobj/1",
            {"0": "PERSON", "2": "PERSON"},
            "Consult",
        ),
        # a call for a clause: a Request
        (
            "Germany/PROPN/nsubj/1 called/VERB/ROOT/1/call/VBD for/SCONJ/mark/6 the/DET/det/4 "
            "ban/NOUN/nsubjpass/6 to/PART/aux/6 lifted/VERB/advcl/1/lift/VBN",
            {"0": "GPE"},
            "Request",
        ),
        # naming, or no one called: nothing
        (
            "Amnesty/PROPN/nsubj/1 called/VERB/ROOT/1/call/VBD Delta/PROPN/dobj/1 "
            "a/DET/det/4 gulag/NOUN/oprd/1",
            {"0": "ORG", "2": "FAC"},
            None,
        ),
        ("Germany/PROPN/nsubj/2 has/AUX/aux/2 called/VERB/ROOT/2/call/VBN", {"0": "GPE"}, None),
    ],
)
def test_a_call_is_a_consultation_only_of_someone_called(spec, ents, expected):
    assert classes_by_lemma(spec, ents)["call"] == expected


def test_an_attack_launched_by_a_person_on_a_figure_is_in_words():
    spec = LAUNCH.format(doer="Howard/PROPN/nsubj/1") + (
        "the/DET/det/6 cost/NOUN/pobj/4 of/ADP/prep/6 asylum/NOUN/pobj/7"
    )
    assert classes_by_lemma(spec, {"0": "PERSON"})["launch"] == "Accuse"


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # a fact shown is no protest
        ("we/PRON/nsubj/4 can/AUX/aux/4 win/VERB/ccomp/1/win/VB", None),
        ("against/ADP/prep/1 the/DET/det/4 war/NOUN/pobj/2", "Protest"),
    ],
)
def test_demonstrating_that_something_is_so_is_no_protest(rest, expected):
    spec = f"Thousands/NOUN/nsubj/1/thousand/NNS demonstrated/VERB/ROOT/1/demonstrate/VBD {rest}"
    assert classes_by_lemma(spec)["demonstrate"] == expected
