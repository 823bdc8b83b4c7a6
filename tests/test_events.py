"""The event lexicon is data: loading, lookups and a user-added verb."""

from __future__ import annotations

import pytest

from kg import data
from kg.errors import OntologyError
from kg.extract.events import Lexicon, in_context
from kg.rdf.namespace import KG


@pytest.mark.parametrize(
    ("lemma", "pos", "event_type"),
    [
        ("praise", "verb", "Support"),
        ("hail", "verb", "Support"),
        ("boycott", "verb", "Sanction"),
        ("accuse", "verb", "Accuse"),
        ("dismiss", "verb", "Reject"),
        ("invite", "verb", "Consult"),
        ("warn", "verb", "Threaten"),
        ("station", "verb", "Mobilize"),
        ("crackdown", "noun", "Coerce"),
    ],
)
def test_lookup(lemma, pos, event_type):
    assert Lexicon.load().lookup(lemma, pos).event_type == event_type


def test_every_event_type_is_an_ontology_class():
    for (_, pos), sense in Lexicon.load().senses.items():
        if pos != "light" and sense.event_type:  # '' is a '-' row: no class
            assert KG[sense.event_type]  # DefinedNamespace with _fail raises on a typo


def test_phrasal_verb_wins_over_the_bare_verb():
    lex = Lexicon.load()
    assert lex.lookup("pull", particle="out").event_type == "Retreat"
    assert lex.lookup("crack", particle="down").event_type == "Coerce"


def test_a_user_adds_a_verb_by_adding_a_line(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text(data.lexicon().read_text(encoding="utf-8") + "snub\tverb\tReject\t12\t\n")
    assert Lexicon.load(path).lookup("snub").event_type == "Reject"


def test_a_broken_row_says_where(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("lemma\tpos\tevent_type\tcameo\tmode\nsnub\tadverb\tReject\t\t\n")
    with pytest.raises(OntologyError, match="row 2"):
        Lexicon.load(path)


@pytest.mark.parametrize(
    ("lemma", "negated", "modality", "expected"),
    [
        ("praise", False, "asserted", "Support"),
        # "are not sending representatives": a boycott; sending alone is no event
        ("send representative", True, "asserted", "Sanction"),
        ("send representative", False, "asserted", "Consult"),
        ("send", False, "asserted", None),  # "he was sent to Guantanamo": no consultation
        # an intention is the modality of what is intended ("plans to visit": future), not
        # an event of its own: "planned the election strategy", "did not plan to sue"
        ("plan", False, "asserted", None),
        ("plan", True, "asserted", None),
        ("meet", True, "asserted", "Reject"),  # negated cooperation is a refusal
        ("attack", True, "asserted", None),  # "did not attack" is no event
        ("meet", False, "future", "Agree"),  # PLOVER: future cooperation is AGREE
        ("withdraw", False, "future", "Agree"),  # CAMEO 035x: intent to yield -> AGREE
        ("attack", False, "future", "Threaten"),  # CAMEO 13x: announced for the future
        # "could impose curfews" (what a law would allow): no threat, a hypothetical act
        ("attack", False, "hypothetical", "Assault"),
        ("impose", False, "hypothetical", "Coerce"),
        ("accuse", False, "reported", "Accuse"),
    ],
)
def test_context_shapes_the_type(lemma, negated, modality, expected):
    sense = Lexicon.load().lookup(lemma)
    assert in_context(sense, negated=negated, modality=modality) == expected


@pytest.mark.parametrize(
    "lemma",
    [
        *("come", "go", "face", "join", "leave", "arrive", "grow"),
        # PETRARCH2's synonym blocks, no event alone: "served eight years in prison", "the
        # court heard how ...", "handling explosives", "the rules governing the euro zone"
        *("serve", "hear", "learn", "introduce", "handle", "govern", "steer", "pay"),
        # running something (PETRARCH2's block of managing, 060) cooperates with no one: "the
        # court has ruled", "the firm controls the market"; competing criticises no one and
        # dealing with something supports nothing
        *("rule", "control", "manage", "regulate", "oversee", "compete", "deal"),
        # stepping something up, easing, allotting, linking or enacting it (PETRARCH2's 060
        # blocks): "leaders step up", "can enhance our democracy"
        *("step up", "enhance", "intensify", "facilitate", "allocate", "connect", "enact"),
    ],
)
def test_motion_and_existence_verbs_have_no_class(lemma):
    # PETRARCH2 files them under CONSULT (040); kg's '-' rows say they are no event
    sense = Lexicon.load().lookup(lemma)
    assert sense is not None and sense.event_type == ""
    assert in_context(sense, negated=False, modality="asserted") is None


@pytest.mark.parametrize(
    ("lemma", "event_type"),
    [
        ("lift", "Retreat"),
        ("ease", "Retreat"),
        ("release", "Retreat"),
        ("visit", "Consult"),
        ("rule out", "Reject"),  # "ruled out free personal care": a refusal
        ("rule against", "Sanction"),  # a court finds a party liable (PLOVER: convict)
        ("hammer out", "Agree"),  # "the deal was hammered out": reached, no assault
        ("walk out", "Protest"),  # "tube workers walked out": a strike, no visit
    ],
)
def test_giving_up_and_lifting_is_retreat(lemma, event_type):
    assert Lexicon.load().lookup(lemma).event_type == event_type


def test_a_no_class_row_overrides_a_verb(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text(data.lexicon().read_text(encoding="utf-8") + "praise\tverb\t-\t\t\n")
    assert Lexicon.load(path).lookup("praise").event_type == ""


@pytest.mark.model
@pytest.mark.parametrize(
    ("form", "verb"),
    [
        ("fined", "fine"),  # spaCy: fin
        ("fining", "fine"),
        ("lambasted", "lambaste"),  # spaCy: lambast
        ("extolled", "extol"),  # spaCy: extoll
        ("arrested", "arrest"),
        ("jailed", "jail"),
    ],
)
def test_the_lemma_spacy_gives_a_verbs_form_has_the_verbs_class(form, verb):
    # kg looks the lexicon up by spaCy's lemma: "was fined" must reach fine's class
    from kg.nlp import verb_lemma

    lex = Lexicon.load()
    found = lex.lookup(verb_lemma(form))
    assert found is not None and found.event_type == lex.lookup(verb).event_type != ""


# spaCy's lemmas of these verbs' forms are verbs of their own: "rapped" (criticised), "snipped",
# "can"
LEMMA_COLLISIONS = {"rape", "snipe", "cane"}


@pytest.mark.model
def test_every_classed_verb_in_e_keeps_its_class_through_spacys_lemma():
    # a verb ending in "e" takes "d" in the past ("fine", "fined"); a new lexicon row whose past
    # form spaCy lemmatizes to another word needs a row under that word too
    from kg.nlp import verb_lemma

    lex = Lexicon.load()
    lost = []
    for (lemma, pos), sense in lex.senses.items():
        if pos != "verb" or " " in lemma or not lemma.endswith("e") or not sense.event_type:
            continue
        if lemma in LEMMA_COLLISIONS:
            continue
        found = lex.lookup(verb_lemma(lemma + "d"))
        if found is None or found.event_type != sense.event_type:
            lost.append(lemma)
    assert lost == []
