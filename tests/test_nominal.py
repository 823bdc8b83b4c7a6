"""Statements without a verb: appositions and nominal events, on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.nominal import appositions, nominal_events


def test_apposition_names_the_subject():
    doc = parse(
        "the/DET/det/2 top/ADJ/amod/2 adviser/NOUN/nsubj/6 ,/PUNCT/punct/2 "
        "Yuri/PROPN/compound/5 Ushakov/PROPN/appos/2 said/VERB/ROOT/6/say"
    )
    (ext,) = appositions(doc)
    assert (ext.subject.text, ext.relation, ext.object.text) == (
        "Yuri Ushakov",
        "is",
        "the top adviser",
    )
    assert ext.pattern == "appos" and doc.text[slice(*ext.relation_span)] == ", "


def test_an_apposition_statement_relates_the_two_phrases_not_one_to_itself():
    # "Oleg Gordievsky, a senior officer": the object is the description, which the
    # statement says of him; it does not stand for him as another mention would
    doc = parse(
        "Oleg/PROPN/compound/1 Gordievsky/PROPN/nsubj/6 ,/PUNCT/punct/1 a/DET/det/5 "
        "senior/ADJ/amod/5 officer/NOUN/appos/1 spoke/VERB/ROOT/6/speak",
        ents={"0-1": "PERSON"},
    )
    (ext,) = appositions(doc)
    assert (ext.subject.text, ext.object.text) == ("Oleg Gordievsky", "a senior officer")
    assert (ext.subject.appos, ext.object.appos) == (5, None)


def test_a_date_in_apposition_is_no_statement():
    doc = parse(
        "Monday/PROPN/npadvmod/4 ,/PUNCT/punct/0 March/PROPN/appos/0 3/NUM/nummod/2 "
        "talks/VERB/ROOT/4/talk",
        ents={"0": "DATE", "2-3": "DATE"},
    )
    assert list(appositions(doc)) == []


def test_nominal_event_with_possessor_and_target():
    doc = parse(
        "Beijing/PROPN/poss/2 's/PART/case/0 crackdown/NOUN/nsubj/5 on/ADP/prep/2 "
        "Kong/PROPN/pobj/3 drew/VERB/ROOT/5/draw criticism/NOUN/dobj/5"
    )
    (ext,) = nominal_events(doc)
    assert (ext.subject.text, ext.relation, ext.object.text) == ("Beijing", "crackdown on", "Kong")
    assert ext.lemma == "crackdown" and ext.pattern == "nominal"


def test_nominal_event_with_a_nationality_as_agent():
    doc = parse(
        "Russian/ADJ/amod/1 strikes/NOUN/nsubj/4/strike on/ADP/prep/1 "
        "Kyiv/PROPN/pobj/2 continued/VERB/ROOT/4/continue",
        ents={"0": "NORP", "3": "GPE"},
    )
    (ext,) = nominal_events(doc)
    assert (ext.subject.text, ext.relation, ext.object.text) == ("Russian", "strikes on", "Kyiv")


def test_a_noun_without_an_agent_or_with_another_preposition_is_no_event():
    doc = parse("strikes/NOUN/nsubj/3/strike on/ADP/prep/0 Kyiv/PROPN/pobj/1 continued/VERB/ROOT/3")
    assert list(nominal_events(doc)) == []
    doc = parse(
        "Beijing/PROPN/poss/2 's/PART/case/0 crackdown/NOUN/nsubj/5 in/ADP/prep/2 "
        "Kong/PROPN/pobj/3 drew/VERB/ROOT/5/draw"
    )
    assert list(nominal_events(doc)) == []


@pytest.mark.parametrize(
    ("modifier", "expected"),
    [
        # "US air strikes on Kyiv": the state strikes
        ("air/NOUN/compound/2/air", 1),
        # "the US terror attacks on Kyiv": where terror struck, no state's act
        ("terror/NOUN/compound/2/terror", 0),
    ],
)
def test_a_state_before_a_noun_of_terror_is_no_agent(modifier, expected):
    doc = parse(
        f"US/PROPN/compound/2 {modifier} attacks/NOUN/nsubj/5/attack on/ADP/prep/2 "
        "Kyiv/PROPN/pobj/3 continued/VERB/ROOT/5/continue",
        ents={"0": "GPE", "4": "GPE"},
    )
    assert len(list(nominal_events(doc))) == expected
