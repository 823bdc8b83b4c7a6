"""What the parse says of an extraction for admission (kg/extract/evidence.py): an instrument
that acts for whoever issued it, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.evidence import antecedent, issued, participle

INSTRUMENTS = [
    # documents and instruments of policy (document_nouns, policy_nouns)
    ("the/DET/det/1 budget/NOUN/nsubj/2 calls/VERB/ROOT/2/call/VBZ", True),
    ("the/DET/det/1 report/NOUN/nsubj/2 demands/VERB/ROOT/2/demand/VBZ", True),
    ("control/NOUN/compound/1 orders/NOUN/nsubj/2/order include/VERB/ROOT/2/include/VBP", True),
    # a headline's capital makes the noun proper: still the budget
    ("Iran/PROPN/compound/1 Budget/PROPN/nsubj/2/budget seeks/VERB/ROOT/2/seek/VBZ", True),
    # what an economy does is no instrument's, nor a body's people
    ("the/DET/det/1 economy/NOUN/nsubj/2 grew/VERB/ROOT/2/grow/VBD", False),
    ("the/DET/det/1 officials/NOUN/nsubj/2/official said/VERB/ROOT/2/say/VBD", False),
]


@pytest.mark.parametrize(("spec", "expected"), INSTRUMENTS)
def test_an_instrument_is_a_document_or_an_instrument_of_policy(spec, expected):
    doc = parse(spec)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert issued(subject) is expected


@pytest.mark.parametrize(("pos", "expected"), [("VERB", False), ("NOUN", True)])
def test_a_verb_is_no_instrument_though_it_spells_one(pos, expected):
    # "they plan ...": the verb "plan"; the noun "plan" of "the plan" is one
    doc = parse(f"they/PRON/nsubj/1 plan/{pos}/ROOT/1/plan")
    assert issued(doc[1]) is expected


PARTICIPLES = [
    # a bare -ing participle says what a thing is for, and is often misread
    ("measures/NOUN/ROOT/0/measure boosting/VERB/acl/0/boost/VBG jobs/NOUN/dobj/1/job", True),
    # with its auxiliary it is a clause's verb ("the plans are seeking ...")
    (
        "the/DET/det/1 plans/NOUN/nsubj/3/plan are/AUX/aux/3/be/VBP "
        "seeking/VERB/ROOT/3/seek/VBG cuts/NOUN/dobj/3/cut",
        False,
    ),
    # a past participle or a finite verb is none ("a budget designed to expand spending")
    ("a/DET/det/1 budget/NOUN/ROOT/1 designed/VERB/acl/1/design/VBN", False),
    ("the/DET/det/1 budget/NOUN/nsubj/2 calls/VERB/ROOT/2/call/VBZ", False),
]


@pytest.mark.parametrize(("spec", "expected"), PARTICIPLES)
def test_a_bare_ing_participle_is_no_clause_verb(spec, expected):
    verb = next(t for t in parse(spec) if t.pos_ == "VERB")
    assert participle(verb) is expected


ANTECEDENTS = [
    # the last mention of the topic's phrase before the pronoun: its head
    ("The/DET/det/1 chancellor/NOUN/nsubj/2 left/VERB/ROOT/2/leave/VBD ./PUNCT/punct/2 "
     "He/PRON/nsubj/5/he insisted/VERB/ROOT/5/insist/VBD", "chancellor", 5, 1),
    ("Prosecutors/NOUN/nsubj/4/prosecutor in/ADP/prep/0 the/DET/det/3 south/NOUN/pobj/1 "
     "met/VERB/ROOT/4/meet/VBD ,/PUNCT/punct/4 they/PRON/nsubj/7 said/VERB/ROOT/7/say/VBD",
     "Prosecutors in the south", 6, 0),
    # case does not matter; a mention after the pronoun is none
    ("the/DET/det/1 Government/PROPN/nsubj/2 acted/VERB/ROOT/2/act/VBD ./PUNCT/punct/2 "
     "It/PRON/nsubj/5/it won/VERB/ROOT/5/win/VBD", "government", 4, 1),
    ("It/PRON/nsubj/1/it said/VERB/ROOT/1/say/VBD the/DET/det/3 government/NOUN/dobj/1",
     "government", 0, None),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "label", "pronoun", "expected"), ANTECEDENTS)
def test_the_antecedent_is_the_head_of_the_last_mention_before_the_pronoun(
    spec, label, pronoun, expected
):
    assert antecedent(parse(spec), pronoun, label) == expected
