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
        if pos != "light":
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
        ("send", True, "asserted", "Sanction"),  # "are not sending representatives": boycott
        ("meet", True, "asserted", "Reject"),  # negated cooperation is a refusal
        ("attack", True, "asserted", None),  # "did not attack" is no event
        ("meet", False, "future", "Agree"),  # PLOVER: future cooperation is AGREE
        ("withdraw", False, "future", "Agree"),  # CAMEO 035x: intent to yield -> AGREE
        ("attack", False, "hypothetical", "Threaten"),  # CAMEO 13x
        ("accuse", False, "reported", "Accuse"),
    ],
)
def test_context_shapes_the_type(lemma, negated, modality, expected):
    sense = Lexicon.load().lookup(lemma)
    assert in_context(sense, negated=negated, modality=modality) == expected


def _typed(spec: str) -> list[str | None]:
    from factories import parse

    from kg.extract.clauses import clauses
    from kg.extract.statements import _event_type

    doc = parse(spec)
    lex = Lexicon.load()
    return [_event_type(ext, doc, lex) for ext in clauses(doc)]


def test_light_verb_takes_the_type_of_its_noun():
    assert _typed(
        "Diplomats/NOUN/nsubj/1/diplomat held/VERB/ROOT/1/hold talks/NOUN/dobj/1/talk"
    ) == ["Consult"]
    assert _typed(
        "Students/NOUN/nsubj/1/student staged/VERB/ROOT/1/stage a/DET/det/4 "
        "hunger/NOUN/compound/4 strike/NOUN/dobj/1/strike"
    ) == ["Protest"]


def test_control_verb_gives_the_type():
    assert _typed(
        "Iran/PROPN/nsubj/1 refused/VERB/ROOT/1/refuse to/PART/aux/3 "
        "meet/VERB/xcomp/1/meet envoys/NOUN/dobj/3/envoy"
    ) == ["Reject"]
    assert _typed(
        "Syria/PROPN/nsubj/1 is/AUX/ROOT/1/be willing/ADJ/acomp/1 to/PART/aux/4 "
        "withdraw/VERB/xcomp/2/withdraw troops/NOUN/dobj/4/troop"
    ) == ["Agree"]
