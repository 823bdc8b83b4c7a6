"""A statement of one's own act to come is a promise, a threat or a refusal (issue 19)."""

import pytest
from factories import classes_by_lemma

SAID = "Israel/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD "


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # its own withdrawal to come: a promise (PLOVER: future Retreat is Agree)
        (
            "it/PRON/nsubj/4 would/AUX/aux/4 withdraw/VERB/ccomp/1/withdraw/VB "
            "its/PRON/poss/6 troops/NOUN/dobj/4/troop/NNS",
            "Agree",
        ),
        # refusing its own support: a rejection
        (
            "it/PRON/nsubj/5 would/AUX/aux/5 not/PART/neg/5 back/VERB/ccomp/1/back/VB "
            "the/DET/det/7 plan/NOUN/dobj/5",
            "Reject",
        ),
        # a condition, another's act, or a state to come promises nothing
        (
            "it/PRON/nsubj/4 would/AUX/aux/4 withdraw/VERB/ccomp/1/withdraw/VB "
            "its/PRON/poss/6 troops/NOUN/dobj/4/troop/NNS if/SCONJ/mark/9 "
            "attacks/NOUN/nsubj/9/attack/NNS stopped/VERB/advcl/4/stop/VBD",
            "Say",
        ),
        (
            "Syria/PROPN/nsubj/4 would/AUX/aux/4 withdraw/VERB/ccomp/1/withdraw/VB "
            "its/PRON/poss/6 troops/NOUN/dobj/4/troop/NNS",
            "Say",
        ),
        ("growth/NOUN/nsubj/4 would/AUX/aux/4 slow/VERB/ccomp/1/slow/VB", "Say"),
        # "he" is no country
        (
            "he/PRON/nsubj/4 would/AUX/aux/4 withdraw/VERB/ccomp/1/withdraw/VB "
            "his/PRON/poss/6 troops/NOUN/dobj/4/troop/NNS",
            "Say",
        ),
    ],
)
def test_saying_ones_own_act_to_come_commits(content, expected):
    spec = SAID + content
    ents = {"0": "GPE"} | ({"2": "GPE"} if content.startswith("Syria") else {})
    assert classes_by_lemma(spec, ents)["say"] == expected


@pytest.mark.parametrize(
    ("purpose", "expected"),
    [
        ("help/VERB/advcl/1/help/VB victims/NOUN/dobj/5/victim/NNS", "Aid"),
        ("crush/VERB/advcl/1/crush/VB rebels/NOUN/dobj/5/rebel/NNS", "Mobilize"),
    ],
)
def test_what_is_sent_to_help_is_aid(purpose, expected):
    spec = (
        "Australia/PROPN/nsubj/1 sent/VERB/ROOT/1/send/VBD a/DET/det/3 team/NOUN/dobj/1 "
        f"to/PART/aux/5/to/TO {purpose}"
    )
    if expected == "Mobilize":
        spec = spec.replace(
            "a/DET/det/3 team/NOUN/dobj/1", "some/DET/det/3 troops/NOUN/dobj/1/troop/NNS"
        )
    assert classes_by_lemma(spec, {"0": "GPE"})["send"] == expected
