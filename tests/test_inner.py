"""Which words inside an argument can name the event's target (issue 19/20: a recipient is
not read off a name or a topic), on hand-built parses and on the real pipeline."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.inner import target_phrases
from kg.extract.phrases import clause_arg, phrase


def inside(spec: str, root: int, ents: dict[str, str], *, kind=phrase) -> list[str]:
    doc = parse(spec, ents=ents)
    return [a.text for a in target_phrases(kind(doc[root]), doc)]


@pytest.mark.parametrize(
    ("spec", "root", "ents", "expected"),
    [
        # a nationality or name on the head noun: "attacked Iraqi positions"
        ("Troops/NOUN/nsubj/1 attacked/VERB/ROOT/1 Iraqi/ADJ/amod/3 positions/NOUN/dobj/1",
         3, {"2": "NORP"}, ["Iraqi"]),
        # the possessor: "condemned Iran's nuclear programme"
        ("The/DET/det/1 US/PROPN/nsubj/2 condemned/VERB/ROOT/2 Iran/PROPN/poss/6 's/PART/case/3 "
         "nuclear/ADJ/amod/6 programme/NOUN/dobj/2", 6, {"1": "GPE", "3": "GPE"}, ["Iran's"]),
        # a noun's target preposition: "hails the relationship with China"
        ("Putin/PROPN/nsubj/1 hails/VERB/ROOT/1 the/DET/det/3 relationship/NOUN/dobj/1 "
         "with/ADP/prep/3 China/PROPN/pobj/4", 3, {"0": "PERSON", "5": "GPE"}, ["China"]),
        # through a common noun's compound: "attack EU asylum moves"
        ("Tories/PROPN/nsubj/1 attack/VERB/ROOT/1 EU/PROPN/compound/3 asylum/NOUN/compound/4 "
         "moves/NOUN/dobj/1", 4, {"2": "ORG"}, ["EU"]),
        # a count names what it counts: "ousted many of Mr Khatami's supporters"
        ("Elections/NOUN/nsubj/1 ousted/VERB/ROOT/1 many/ADJ/dobj/1 of/ADP/prep/2 "
         "Khatami/PROPN/poss/6 's/PART/case/4 supporters/NOUN/pobj/3",
         2, {"4": "PERSON"}, ["Khatami's", "Khatami's supporters"]),
        # a plan's infinitive: "plans for sovereignty to be shared between Britain and Spain"
        ("They/PRON/nsubj/1 rejected/VERB/ROOT/1 plans/NOUN/dobj/1 for/SCONJ/mark/7 "
         "sovereignty/NOUN/nsubjpass/7 to/PART/aux/7/to/TO be/AUX/auxpass/7 "
         "shared/VERB/acl/2/share/VBN between/ADP/prep/7 Britain/PROPN/pobj/8 "
         "and/CCONJ/cc/9 Spain/PROPN/conj/9", 2, {"9": "GPE", "11": "GPE"},
         ["sovereignty", "Britain", "Spain"]),
        # none: the head is a named event ("won the US Open", "defended the Iraq war")
        ("Sharapova/PROPN/nsubj/1 won/VERB/ROOT/1 the/DET/det/4 US/PROPN/compound/4 "
         "Open/PROPN/dobj/1", 4, {"2-4": "EVENT"}, []),
        ("Blair/PROPN/nsubj/1 defended/VERB/ROOT/1 the/DET/det/4 Iraq/PROPN/compound/4 "
         "war/NOUN/dobj/1", 4, {"2-4": "EVENT"}, []),
        # none: a name that goes on ("the US Open champion")
        ("the/DET/det/3 US/PROPN/compound/3 Open/PROPN/compound/3 champion/NOUN/nsubj/4 "
         "tested/VERB/ROOT/4", 3, {"1": "GPE"}, []),
        # none: a modifier's modifier ("a Russian-made rifle")
        ("He/PRON/nsubj/1 fired/VERB/ROOT/1 a/DET/det/6 Russian/PROPN/npadvmod/5 "
         "-/PUNCT/punct/5 made/VERB/amod/6 rifle/NOUN/dobj/1", 6, {"3": "NORP"}, []),
        # none: another preposition ("a higher price for a project in Benin")
        ("Titan/PROPN/nsubj/1 got/VERB/ROOT/1 a/DET/det/3 price/NOUN/dobj/1 for/ADP/prep/3 "
         "a/DET/det/6 project/NOUN/pobj/4 in/ADP/prep/6 Benin/PROPN/pobj/7",
         3, {"0": "ORG", "8": "GPE"}, []),
        # none: a clause on a noun that is not its infinitive ("a report that the firm
        # failed to win a contract in Iraq")
        ("a/DET/det/1 report/NOUN/ROOT/1 that/SCONJ/mark/5 the/DET/det/4 firm/NOUN/nsubj/5 "
         "failed/VERB/acl/1 in/ADP/prep/5 Iraq/PROPN/pobj/6", 1, {"7": "GPE"}, []),
    ],
)  # fmt: skip
def test_target_words_inside_an_object(spec, root, ents, expected):
    assert inside(spec, root, ents) == expected


@pytest.mark.parametrize(
    ("spec", "root", "ents", "expected"),
    [
        # a clause's subject and its target prepositions ("denied the decision would
        # suggest to China"), not its other prepositions ("meet in Beijing")
        ("He/PRON/nsubj/1 said/VERB/ROOT/1 ONGC/PROPN/nsubj/3 reached/VERB/ccomp/1 "
         "a/DET/det/5 deal/NOUN/dobj/3 with/ADP/prep/3 Iran/PROPN/pobj/6",
         3, {"2": "ORG", "7": "GPE"}, ["ONGC", "a deal", "Iran"]),
        ("He/PRON/nsubj/1 said/VERB/ROOT/1 we/PRON/nsubj/3 meet/VERB/ccomp/1 "
         "in/ADP/prep/3 Beijing/PROPN/pobj/4", 3, {"5": "GPE"}, []),
    ],
)  # fmt: skip
def test_target_words_inside_a_clause(spec, root, ents, expected):
    assert inside(spec, root, ents, kind=clause_arg) == expected


def test_a_bare_receiver_names_its_objects_and_their_words():
    """ "awarded the contracts to a Canadian and a Turkish company" (a dative, kept whole as
    an extra argument): both companies."""
    spec = (
        "They/PRON/nsubj/1 awarded/VERB/ROOT/1 contracts/NOUN/dobj/1 to/ADP/dative/1 "
        "a/DET/det/5 Canadian/PROPN/pobj/3 and/CCONJ/cc/5 a/DET/det/9 Turkish/ADJ/amod/9 "
        "company/NOUN/conj/5"
    )
    assert inside(spec, 3, {"5": "NORP", "8": "NORP"}) == [
        "a Canadian",
        "a Turkish company",
        "Turkish",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation", "recipient"),
    [
        ("US troops attacked Iraqi positions near Basra.", "attacked", "Iraq"),
        ("The US condemned Iran's nuclear programme.", "condemned", "Iran"),
        ("Sharapova won the US Open last year.", "won", None),
        ("The gunman fired a Russian-made rifle.", "fired", None),
        ("Blair defended the Iraq war in the Commons.", "defended", None),
        ("Claude Eerdekens claims the US Open champion tested positive for ephedrine.",
         "claims", None),
        # a place inside the object: the target of force, of no state nor speech (issue 19)
        ("Israeli helicopters fired missiles at targets in Jericho on Monday.", "fired",
         "Jericho"),
        ("John Reade is an analyst at UBS.", "is", None),
        ("GM said higher costs in North America would hurt its performance.", "said", None),
        ("Southcorp has rejected a takeover offer from Foster's Group.", "has rejected",
         "Foster's Group"),
    ],
)  # fmt: skip
def test_recipients_on_the_real_pipeline(nlp, knowledge, text, relation, recipient):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (st,) = [s for s in result.statements if s.relation == relation]
    assert st.recipient_label == recipient


def test_a_participles_doer_names_the_target():
    """ "alleges messages sent by Mr Pitylak broke the law": the doer of the deed."""
    spec = (
        "He/PRON/nsubj/1 alleges/VERB/ROOT/1 messages/NOUN/nsubj/6 sent/VERB/acl/2/send/VBN "
        "by/ADP/agent/3 Pitylak/PROPN/pobj/4 broke/VERB/ccomp/1 the/DET/det/8 law/NOUN/dobj/6"
    )
    assert inside(spec, 6, {"5": "PERSON"}, kind=clause_arg) == ["messages", "Pitylak", "the law"]


#: "GM is recalling vehicles in the US and parts from Canada" (a hand-built parse).
RECALL = (
    "GM/PROPN/nsubj/2 is/AUX/aux/2 recalling/VERB/ROOT/2/recall vehicles/NOUN/dobj/2 "
    "in/ADP/prep/3 the/DET/det/6 US/PROPN/pobj/4 and/CCONJ/cc/3 parts/NOUN/conj/3 "
    "from/ADP/prep/8 Canada/PROPN/pobj/9"
)


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        (None, ["the US", "Canada"]),  # all place prepositions: an act of force's
        (frozenset({"from"}), ["Canada"]),  # only "from": another act's
        (frozenset(), []),  # none: speech's and a state's
    ],
)
def test_which_place_prepositions_name_a_target(places, expected):
    doc = parse(RECALL, ents={"0": "ORG", "6": "GPE", "10": "GPE"})
    assert [a.text for a in target_phrases(phrase(doc[3]), doc, places=places)] == expected


def test_a_target_preposition_counts_whatever_the_places():
    """ "hails the relationship with China": "with" is no place preposition."""
    spec = (
        "Putin/PROPN/nsubj/1 hails/VERB/ROOT/1 the/DET/det/3 relationship/NOUN/dobj/1 "
        "with/ADP/prep/3 China/PROPN/pobj/4"
    )
    doc = parse(spec, ents={"0": "PERSON", "5": "GPE"})
    assert [a.text for a in target_phrases(phrase(doc[3]), doc, places=frozenset())] == ["China"]
