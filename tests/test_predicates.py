"""Predicates on hand-built parses: which words head clauses, their subjects, relation words
and objects."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.predicates import (
    absorbed_by_head,
    absorbed_xcomp,
    clause_depth,
    is_predicate,
    matrix,
    objects,
    subjects,
    verb_group,
)

SOUGHT = (
    "China/PROPN/nsubj/2 has/AUX/aux/2/have sought/VERB/ROOT/2/seek/VBN "
    "to/PART/aux/4 project/VERB/xcomp/2/project a/DET/det/7 unified/ADJ/amod/7 "
    "front/NOUN/dobj/4"
)
ARRANGED = (
    "Venezuela/PROPN/nsubj/1 is/AUX/ROOT/1/be to/PART/aux/3 review/VERB/xcomp/1/review/VB "
    "its/PRON/poss/5 deals/NOUN/dobj/3"
)
INVITED = (
    "Xi/PROPN/nsubj/1 invited/VERB/ROOT/1/invite Putin/PROPN/dobj/1 to/PART/aux/4 "
    "attend/VERB/xcomp/1/attend/VB"
)


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        ("Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss", 1, True),
        ("China/PROPN/nsubj/1 is/AUX/ROOT/1/be a/DET/det/3 state/NOUN/attr/1", 1, True),
        ("Putin/PROPN/nsubj/2 will/AUX/aux/2/will/MD attend/VERB/ROOT/2/attend/VB", 1, False),
        (
            "the/DET/det/2 banned/VERB/amod/2/ban/VBN program/NOUN/nsubj/3 ended/VERB/ROOT/3/end",
            1,
            False,
        ),
        (ARRANGED, 1, True),  # "is to review": what is arranged, the infinitive its relation
        (  # "the aim is to cut costs": what the aim is, no one's act
            "the/DET/det/1 aim/NOUN/nsubj/2 is/AUX/ROOT/2/be to/PART/aux/4 cut/VERB/xcomp/2/cut "
            "costs/NOUN/dobj/4",
            2,
            False,
        ),
        (  # "one of the aims is to cut costs": its "of" names what the infinitive defines
            "one/NUM/nsubj/4 of/ADP/prep/0 the/DET/det/3 aims/NOUN/pobj/1/aim is/AUX/ROOT/4/be "
            "to/PART/aux/6 cut/VERB/xcomp/4/cut costs/NOUN/dobj/6",
            4,
            False,
        ),
        (  # "what they need is to cut costs": a clause the infinitive defines
            "what/PRON/dobj/2 they/PRON/nsubj/2 need/VERB/csubj/3 is/AUX/ROOT/3/be "
            "to/PART/aux/5 cut/VERB/xcomp/3/cut costs/NOUN/dobj/5",
            3,
            False,
        ),
        (  # an aim noun not in the list before: "the approach is to engage"
            "the/DET/det/1 approach/NOUN/nsubj/2 is/AUX/ROOT/2/be to/PART/aux/4 "
            "engage/VERB/xcomp/2/engage",
            2,
            False,
        ),
        (  # "be" with no infinitive and no complement: no predicate
            "Venezuela/PROPN/nsubj/1 is/AUX/ROOT/1/be here/ADV/advmod/1",
            1,
            False,
        ),
    ],
)
def test_is_predicate(spec, i, expected):
    assert is_predicate(parse(spec)[i]) is expected


@pytest.mark.parametrize(
    ("spec", "verb", "subject", "how"),
    [
        ("Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss", 1, ["Russia"], "explicit"),
        (  # the subject hung on the auxiliary by a misparse
            "has/AUX/aux/2/have China/PROPN/nsubj/0 sought/VERB/ROOT/2/seek/VBN",
            2,
            ["China"],
            "explicit",
        ),
        (
            "Russia/PROPN/nsubj/1 dismisses/VERB/ROOT/1/dismiss the/DET/det/3 "
            "allegations/NOUN/dobj/1 and/CCONJ/cc/1 accuses/VERB/conj/1/accuse "
            "the/DET/det/7 West/PROPN/dobj/5",
            5,
            ["Russia"],
            "conj",
        ),
        (INVITED, 4, ["Putin"], "control"),
        (SOUGHT, 4, ["China"], "control"),
        (
            "They/PRON/nsubj/1 accused/VERB/ROOT/1/accuse Russia/PROPN/dobj/1 "
            "of/ADP/prep/1 planning/VERB/pcomp/3/plan/VBG an/DET/det/6 invasion/NOUN/dobj/4",
            4,
            ["Russia"],
            "control",
        ),
        (
            "the/DET/det/1 party/NOUN/nsubj/7 ,/PUNCT/punct/1 which/PRON/nsubj/5/which/WDT "
            "has/AUX/aux/5/have grown/VERB/relcl/1/grow/VBN ,/PUNCT/punct/1 "
            "rules/VERB/ROOT/7/rule China/PROPN/dobj/7",
            5,
            ["party"],
            "relative",
        ),
        (
            "They/PRON/nsubj/1 escalated/VERB/ROOT/1/escalate a/DET/det/3 blitz/NOUN/dobj/1 "
            "criticizing/VERB/acl/3/criticize/VBG democracy/NOUN/dobj/4",
            4,
            ["blitz"],
            "modifier",
        ),
        (  # "an attempt to politicize": the attempt is no agent
            "an/DET/det/1 attempt/NOUN/nsubj/4 to/PART/aux/3 politicize/VERB/acl/1/politicize/VB "
            "failed/VERB/ROOT/4/fail",
            3,
            [],
            "",
        ),
    ],
)
def test_subjects_and_how_they_are_found(spec, verb, subject, how):
    found, found_how = subjects(parse(spec)[verb])
    assert ([t.text for t in found], found_how) == (subject, how)


def test_the_subject_of_a_noun_cut_from_a_name_is_the_name():
    """ "US oil giant Exxon said": the parser made both "giant" and "Exxon" the subject."""
    doc = parse(
        "US/PROPN/compound/2 oil/NOUN/compound/2 giant/NOUN/nsubj/4 Exxon/PROPN/nsubj/4 "
        "said/VERB/ROOT/4/say",
        ents={"0": "GPE", "3": "ORG"},
    )
    found, how = subjects(doc[4])
    assert ([t.text for t in found], how) == (["Exxon"], "explicit")


def test_what_is_to_be_done_is_the_relation_of_its_be():
    doc = parse(ARRANGED)
    assert absorbed_xcomp(doc[1]) == doc[3] and absorbed_by_head(doc[3])
    assert [t.text for t in verb_group(doc[1], doc[3])] == ["is", "to", "review"]
    assert matrix(doc[1], doc[3]) == "be"


def test_an_infinitive_after_a_control_verb_joins_the_relation():
    doc = parse(SOUGHT)
    assert absorbed_xcomp(doc[2]) == doc[4] and absorbed_by_head(doc[4])
    assert [t.text for t in verb_group(doc[2], doc[4])] == ["has", "sought", "to", "project"]
    assert matrix(doc[2], doc[4]) == "seek"
    # with an object in between, the infinitive is a predicate of its own
    doc = parse(INVITED)
    assert absorbed_xcomp(doc[1]) is None and not absorbed_by_head(doc[4])


def test_relation_words_take_negation_and_particles():
    doc = parse(
        "They/PRON/nsubj/3 are/AUX/aux/3/be not/PART/neg/3 sending/VERB/ROOT/3/send/VBG "
        "troops/NOUN/dobj/3 back/ADP/prt/3"
    )
    assert [t.text for t in verb_group(doc[3], None)] == ["are", "not", "sending", "back"]


def test_objects_prepositions_and_clausal_complements():
    doc = parse(
        "Xi/PROPN/nsubj/1 told/VERB/ROOT/1/tell reporters/NOUN/dobj/1 in/ADP/prep/1 "
        "Beijing/PROPN/pobj/3 ties/NOUN/nsubj/6/tie grew/VERB/ccomp/1/grow"
    )
    direct, preps, clause = objects(doc[1], None)
    assert ([t.text for t in direct], [t.text for t in preps], clause) == (
        ["reporters"],
        ["in"],
        doc[6],
    )


def test_a_relative_clause_without_an_object_has_its_noun_as_object():
    doc = parse(
        "a/DET/det/1 criticism/NOUN/nsubj/5 Russia/PROPN/nsubj/4 has/AUX/aux/4/have "
        "leveled/VERB/relcl/1/level/VBN stands/VERB/ROOT/5/stand"
    )
    direct, preps, clause = objects(doc[4], None)
    assert (direct, preps, clause) == ([doc[1]], [], None)


def test_clause_depth_counts_clauses_below_the_root():
    doc = parse(
        "Xi/PROPN/nsubj/1 said/VERB/ROOT/1/say ties/NOUN/nsubj/3/tie grew/VERB/ccomp/1/grow "
        "after/SCONJ/mark/6 leaders/NOUN/nsubj/6/leader met/VERB/advcl/3/meet"
    )
    assert [clause_depth(doc[i]) for i in (1, 3, 6)] == [0, 1, 2]


@pytest.mark.parametrize(
    ("spec", "shared"),
    [
        # "promoted and glorified acts": the first verb takes the second's object
        ("it/PRON/nsubj/1 promoted/VERB/ROOT/1/promote and/CCONJ/cc/1 "
         "glorified/VERB/conj/1/glorify acts/NOUN/dobj/3", ["acts"]),
        # not across other words ("promoted it and then glorified acts")
        ("it/PRON/nsubj/1 promoted/VERB/ROOT/1/promote and/CCONJ/cc/1 then/ADV/advmod/4 "
         "glorified/VERB/conj/1/glorify acts/NOUN/dobj/4", []),
        # not to a passive ("was received and inspired Hunter")
        ("it/PRON/nsubjpass/2 was/AUX/auxpass/2/be received/VERB/ROOT/2/receive/VBN "
         "and/CCONJ/cc/2 inspired/VERB/conj/2/inspire Hunter/PROPN/dobj/4", []),
        # not when the second verb has a subject of its own
        ("it/PRON/nsubj/1 rose/VERB/ROOT/1/rise and/CCONJ/cc/1 "
         "fell/VERB/conj/1/fall they/PRON/nsubj/3 acts/NOUN/dobj/3", []),
    ],
)  # fmt: skip
def test_a_verb_shares_the_object_of_the_verb_coordinated_right_after_it(spec, shared):
    doc = parse(spec)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    direct, _, _ = objects(verb, None)
    assert [t.text for t in direct] == shared


def test_an_expletive_subject_is_not_replaced_by_a_coordinated_one():
    # "Italy favours talks, but there is scepticism": not "Italy is scepticism"
    doc = parse(
        "Italy/PROPN/nsubj/1 favours/VERB/ROOT/1/favour talks/NOUN/dobj/1/talk "
        "but/CCONJ/cc/1 there/PRON/expl/5/there/EX is/VERB/conj/1/be "
        "scepticism/NOUN/attr/5 and/CCONJ/cc/1 rose/VERB/conj/1/rise"
    )
    assert subjects(doc[5]) == ([], "")
    assert [t.text for t in subjects(doc[8])[0]] == ["Italy"]  # a plain conjunct still shares
