"""Which prepositional arguments can be an event's recipient, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.clauses import clauses
from kg.extract.roles import (
    grievance_owners,
    inner_targets,
    is_target,
    makes_target,
    target_extras,
)


@pytest.mark.parametrize(
    ("prep", "event_type", "expected"),
    [
        ("against", "Protest", True),
        ("on", "Sanction", True),
        ("to", "Aid", True),
        ("with", "Consult", True),  # "met with"
        ("with", "Assault", False),  # "fought with" may be an ally
        ("from", "Request", True),  # "demanded from"
        ("from", "Consult", False),
        ("under", "Accuse", False),  # "under Xi": time, never a target
        ("during", None, False),
        ("after", "Assault", False),
        ("near", "Mobilize", False),  # "stationed near Ukraine"
        ("for", "Consult", False),
        ("over", "Accuse", True),  # "complained over Israeli raids"
        ("over", "Consult", False),
    ],
)
def test_a_preposition_and_an_event_make_a_target(prep, event_type, expected):
    assert makes_target(prep, event_type) is expected


def _ext(spec: str):
    doc = parse(spec)
    return doc, next(iter(clauses(doc)))


def test_an_object_after_under_is_no_target():
    doc, ext = _ext(
        "The/DET/det/1 Party/PROPN/nsubj/3 has/AUX/aux/3/have grown/VERB/ROOT/3/grow/VBN "
        "under/ADP/prep/3 Xi/PROPN/pobj/4"
    )
    assert ext.relation.endswith("under") and not is_target(ext, doc, None)


def test_a_direct_object_is_a_target():
    doc, ext = _ext("Russia/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack Ukraine/PROPN/dobj/1")
    assert is_target(ext, doc, "Assault")


def test_only_extras_after_a_target_preposition_count():
    doc, ext = _ext(
        "Peru/PROPN/nsubj/1 granted/VERB/ROOT/1/grant asylum/NOUN/dobj/1 to/ADP/prep/1 "
        "officers/NOUN/pobj/3/officer during/ADP/prep/1 talks/NOUN/pobj/5/talk"
    )
    assert [x.text for x in ext.extras] == ["to officers", "during talks"]
    assert [x.text for x in target_extras(ext, doc, "Aid")] == ["to officers"]


def test_a_target_inside_an_object_that_is_none():
    doc, ext = _ext(
        "Tutu/PROPN/nsubj/1 called/VERB/ROOT/1/call for/ADP/prep/1 sanctions/NOUN/pobj/2/sanction "
        "against/ADP/prep/3 Nigeria/PROPN/pobj/4"
    )
    assert not is_target(ext, doc, "Request")
    assert [a.text for a in inner_targets(ext.object, doc, "Request")] == ["against Nigeria"]


#: "Britain is not sending representatives for China's abuses"
BOYCOTT = (
    "Britain/PROPN/nsubj/3 is/AUX/aux/3/be not/PART/neg/3 sending/VERB/ROOT/3/send/VBG "
    "representatives/NOUN/dobj/3/representative for/ADP/prep/3 China/PROPN/poss/8 "
    "’s/PART/case/6 abuses/NOUN/pobj/5/abuse"
)


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        ("Sanction", ["China’s"]),  # a conflict answering China's deed is aimed at China
        ("Accuse", ["China’s"]),
        ("Consult", []),  # "met for China's sake": cooperation has no grievance
        (None, []),
    ],
)
def test_the_owner_of_a_grievance_is_a_conflicts_target(event_type, expected):
    doc, ext = _ext(BOYCOTT)
    assert [a.text for a in grievance_owners(ext, doc, event_type)] == expected


def test_a_for_phrase_without_a_possessor_names_no_grievance_owner():
    doc, ext = _ext(
        "Britain/PROPN/nsubj/1 criticised/VERB/ROOT/1/criticise it/PRON/dobj/1 for/ADP/prep/1 "
        "abuses/NOUN/pobj/3/abuse"
    )
    assert grievance_owners(ext, doc, "Accuse") == []
