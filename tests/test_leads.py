"""A news lead's description named in the next sentence (kg.extract.leads), on hand-built
parses: "A former minister called for X . Ann Zubova said ...": the minister is Ann Zubova."""

from __future__ import annotations

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Gazetteer, Resolver
from kg.extract.phrases import phrase


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def _doc(det: str, noun: str, name: str, label: str):
    """ "<det> former <noun> called . <name> said": the name tagged ``label``."""
    words = name.split()
    n = len(words)
    spec = (
        f"{det}/DET/det/2 former/ADJ/amod/2 {noun}/NOUN/nsubj/3/{noun}/NN called/VERB/ROOT/3/call "
        "./PUNCT/punct/3 "
        + " ".join(f"{w}/PROPN/compound/{4 + n}" for w in words[:-1])
        + f" {words[-1]}/PROPN/nsubj/{5 + n}"
        + f" said/VERB/ROOT/{5 + n}/say"
    )
    return parse(spec.replace("  ", " "), ents={f"5-{4 + n}": label})


@pytest.mark.parametrize(
    ("det", "noun", "name", "label", "expected"),
    [
        ("A", "minister", "Ann Zubova", "PERSON", "person/ann-zubova"),  # a role: the person
        ("The", "banker", "Ann Zubova", "PERSON", "person/ann-zubova"),  # a Phoenix role noun
        ("A", "firm", "Zubcorp", "ORG", "org/zubcorp"),  # a company's noun: the company
        ("A", "weblogger", "Ann Zubova", "PERSON", "person/ann-zubova"),  # a role's synonym
        ("A", "minister", "Zubcorp", "ORG", None),  # a person's role, no person named after
        ("A", "government", "Ann Zubova", "PERSON", None),  # no one person's noun
        ("A", "plan", "Ann Zubova", "PERSON", None),  # no actor's noun
    ],
)
def test_a_lead_s_description_is_the_actor_the_next_sentence_names(
    gaz, det, noun, name, label, expected
):
    doc = _doc(det, noun, name, label)
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[2]))
    got = found.actor.id if found.is_actor else None
    assert got == expected
    if expected:
        assert found.confidence < 1  # a guess from the story's form


def test_a_description_of_another_country_is_not_the_name_after(gaz):
    doc = parse(
        "US/PROPN/compound/2 oil/NOUN/compound/2 giant/NOUN/nsubj/3/giant/NN "
        "called/VERB/ROOT/3/call ./PUNCT/punct/3 Russian/ADJ/amod/6 Zubcorp/PROPN/nsubj/7 "
        "said/VERB/ROOT/7/say",
        ents={"0": "GPE", "5": "NORP", "6": "ORG"},
    )
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[2]))
    assert not found.is_actor or found.actor.id != "org/zubcorp"


def test_only_the_story_s_first_sentences_are_its_lead(gaz):
    filler = " ".join(f"It/PRON/nsubj/{2 * i + 1} rained/VERB/ROOT/{2 * i + 1}" for i in range(4))
    doc = parse(
        filler + " A/DET/det/9 minister/NOUN/nsubj/10/minister/NN called/VERB/ROOT/10/call "
        "./PUNCT/punct/10 Ann/PROPN/compound/13 Zubova/PROPN/nsubj/14 said/VERB/ROOT/14/say",
        ents={"12-13": "PERSON"},
    )
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[9]))
    assert not found.is_actor


def test_a_definite_office_is_not_a_lead_s_description(gaz):
    doc = _doc("The", "minister", "Ann Zubova", "PERSON")
    assert not Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[2])).is_actor


@pytest.mark.parametrize(
    ("adjective", "role"),
    [
        ("top", "top minister"),  # the description's role, which codes its sector
        ("former", None),  # no office now: the named person keeps none
    ],
)
def test_a_lead_s_description_gives_the_named_person_its_role(gaz, adjective, role):
    doc = _doc_with(adjective)
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[2]))
    assert found.actor.id == "person/ann-zubova"
    assert found.actor.role == role


def _doc_with(adjective: str):
    """ "A <adjective> minister called . Ann Zubova said"."""
    return parse(
        f"A/DET/det/2 {adjective}/ADJ/amod/2 minister/NOUN/nsubj/3/minister/NN "
        "called/VERB/ROOT/3/call ./PUNCT/punct/3 Ann/PROPN/compound/6 Zubova/PROPN/nsubj/7 "
        "said/VERB/ROOT/7/say",
        ents={"5-6": "PERSON"},
    )


def _object_doc(
    subject: str, subject_label: str, name: str, noun: str = "banker", det: str = "a/DET/det"
):
    """ "<subject> asked <det> <noun> . <name> said": the lead's object, then a person's name
    (``det``: the word before the noun, as word/POS/dependency)."""
    first = subject.split()
    m = len(first)
    words = name.split()
    n = len(words)
    spec = (
        " ".join(f"{w}/PROPN/compound/{m - 1}" for w in first[:-1])
        + f" {first[-1]}/PROPN/nsubj/{m} asked/VERB/ROOT/{m}/ask {det}/{m + 2} "
        f"{noun}/NOUN/dobj/{m}/{noun}/NN ./PUNCT/punct/{m} "
        + " ".join(f"{w}/PROPN/compound/{m + 3 + n}" for w in words[:-1])
        + f" {words[-1]}/PROPN/nsubj/{m + 4 + n} said/VERB/ROOT/{m + 4 + n}/say"
    )
    ents = {f"0-{m - 1}": subject_label, f"{m + 4}-{m + 3 + n}": "PERSON"}
    return parse(spec.strip().replace("  ", " "), ents=ents), m + 2


@pytest.mark.parametrize(
    ("subject", "subject_label", "expected"),
    [
        # "Zubland has asked a banker to run its bank . Ann Zubova ... has agreed": the person
        # the story names first after its lead's object
        ("Zubland", "GPE", "person/ann-zubova"),
        # "Ann Zubova has criticised a banker ... . Ann Zubova said": named before, so the
        # sentence after goes on about the lead's subject, not the banker
        ("Ann Zubova", "PERSON", None),
    ],
)
def test_a_lead_s_object_description_is_the_person_first_named_after(
    gaz, subject, subject_label, expected
):
    doc, i = _object_doc(subject, subject_label, "Ann Zubova")
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[i]))
    assert (found.actor.id if found.is_actor else None) == expected


@pytest.mark.parametrize(
    ("noun", "det"),
    [
        ("magazine", "a/DET/det"),  # "named by a leading business magazine": a body's noun too
        ("banker", "now/ADV/advmod"),  # no determiner ("Tories would cut number of MPs")
    ],
)
def test_a_lead_s_object_is_named_after_only_as_one_person_with_a_determiner(gaz, noun, det):
    doc, i = _object_doc("Zubland", "GPE", "Ann Zubova", noun=noun, det=det)
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[i]))
    assert not found.is_actor or found.actor.id != "person/ann-zubova"


#: "Zubland <verb> ... . Ann Zubova said": the lead's object ``i``, reached from its verb or not.
OBJECTS = [
    # "Zubland paid money to a banker": a preposition's object on the lead's verb
    ("Zubland/PROPN/nsubj/1 paid/VERB/ROOT/1/pay money/NOUN/dobj/1 to/ADP/dative/1 "
     "a/DET/det/5 banker/NOUN/pobj/3/banker/NN ./PUNCT/punct/1", 5, "person/ann-zubova"),
    # "Zubland met the son of a banker": a noun's, not the verb's: not the one named after
    ("Zubland/PROPN/nsubj/1 met/VERB/ROOT/1/meet the/DET/det/3 son/NOUN/dobj/1/son/NN "
     "of/ADP/prep/3 a/DET/det/6 banker/NOUN/pobj/4/banker/NN ./PUNCT/punct/1", 6, None),
    # "Zubland asked a banker and former minister": the conjunct of an object
    ("Zubland/PROPN/nsubj/1 asked/VERB/ROOT/1/ask a/DET/det/3 banker/NOUN/dobj/1/banker/NN "
     "and/CCONJ/cc/3 former/ADJ/amod/6 minister/NOUN/conj/3/minister/NN ./PUNCT/punct/1",
     6, "person/ann-zubova"),
]  # fmt: skip


@pytest.mark.parametrize(("lead", "i", "expected"), OBJECTS)
def test_a_lead_s_object_is_one_of_its_verb_or_a_conjunct_of_one(gaz, lead, i, expected):
    n = len(lead.split())
    name = f"Ann/PROPN/compound/{n + 1} Zubova/PROPN/nsubj/{n + 2} said/VERB/ROOT/{n + 2}/say"
    spec = f"{lead} {name}"
    doc = parse(spec, ents={"0": "GPE", f"{n}-{n + 1}": "PERSON"})
    found = Resolver(doc, gaz, codes=actorcodes.load()).resolve(phrase(doc[i]))
    assert (found.actor.id if found.is_actor else None) == expected
