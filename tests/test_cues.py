"""PLOVER mode, context and quad class from cue words, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.cues import cue_words, event_context, event_mode, quad_class
from kg.extract.sense import Sense

GUNMEN = (
    "Gunmen/NOUN/nsubj/1/gunman attacked/VERB/ROOT/1/attack troops/NOUN/dobj/1/troop "
    "near/ADP/prep/1 the/DET/det/5 border/NOUN/pobj/3"
)


def test_a_cue_word_gives_the_mode_of_its_class_only():
    doc = parse(GUNMEN)
    assert event_mode("Assault", None, doc[1], cue_words(doc)) == "firearms"
    assert event_mode("Consult", None, doc[1], cue_words(doc)) is None  # "gunmen" is no Consult cue
    assert event_mode(None, None, doc[1], cue_words(doc)) is None


def test_cue_words_are_each_tokens_lower_case_form_and_lemma_for_a_doc_or_its_span():
    doc = parse("Gunmen/NOUN/nsubj/1/Gunman ATTACKED/VERB/ROOT/1/attack troops/NOUN/dobj/1/troop")
    assert cue_words(doc) == (("gunmen", "gunman"), ("attacked", "attack"), ("troops", "troop"))
    assert cue_words(doc[1:3]) == (("attacked", "attack"), ("troops", "troop"))


def test_the_lexicon_mode_counts_when_it_is_a_mode_of_the_class():
    doc = parse("Police/NOUN/nsubj/1 searched/VERB/ROOT/1/search homes/NOUN/dobj/1/home")
    assert event_mode("Coerce", Sense("Coerce", "171", "seize"), doc[1], cue_words(doc)) == "seize"
    assert event_mode("Coerce", Sense("Coerce", "171", "galloping"), doc[1], cue_words(doc)) is None


def test_contexts_in_order_of_their_cues():
    doc = parse(
        "Troops/NOUN/nsubj/1/troop left/VERB/ROOT/1/leave before/ADP/prep/1 "
        "the/DET/det/4 election/NOUN/pobj/2 talks/NOUN/dobj/1/talk"
    )
    assert event_context("Retreat", cue_words(doc)) == ["military", "election", "diplomatic"]
    assert event_context(None, cue_words(doc)) == []


def test_the_context_of_the_predicates_cameo_code_comes_first():
    # CAMEO2PLOVER gives the code a context (the lexicon's context column: 173 arrest is legal)
    doc = parse("Rebels/NOUN/nsubj/1/rebel held/VERB/ROOT/1/hold troops/NOUN/dobj/1/troop")
    sense = Sense("Coerce", "173", "arrest", context="legal")
    assert event_context("Coerce", cue_words(doc), sense) == ["legal", "military"]
    assert event_context("Coerce", cue_words(doc), Sense("Coerce", "17")) == ["military"]


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        ("Assault", "material-conflict"),
        ("Accuse", "verbal-conflict"),
        ("Aid", "material-cooperation"),
        ("Consult", "verbal-cooperation"),
        ("Say", None),
        (None, None),
    ],
)
def test_quad_class(event_type, expected):
    assert quad_class(event_type) == expected


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("brigade", "brigade", ["military"]),  # a unit
        ("extradition", "extradition", ["legal"]),  # custody and courts
        ("referendum", "referendum", ["election"]),
        ("plutonium", "plutonium", ["cbrn"]),
        ("exiles", "exile", ["refugee"]),
        ("weather", "weather", []),  # no topic
    ],
)
def test_context_words_come_by_class(word, lemma, expected):
    doc = parse(
        f"Officials/NOUN/nsubj/1/official discussed/VERB/ROOT/1/discuss the/DET/det/3 "
        f"{word}/NOUN/dobj/1/{lemma}"
    )
    assert event_context("Consult", cue_words(doc)) == expected
