"""The event lexicon is data: loading, lookups and a user-added verb."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.events import LEXICON, Lexicon
from kg.namespace import KG


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
    path.write_text(LEXICON.read_text(encoding="utf-8") + "snub\tverb\tReject\t12\t\n")
    assert Lexicon.load(path).lookup("snub").event_type == "Reject"


def test_a_broken_row_says_where(tmp_path):
    path = tmp_path / "lexicon.tsv"
    path.write_text("lemma\tpos\tevent_type\tcameo\tmode\nsnub\tadverb\tReject\t\t\n")
    with pytest.raises(OntologyError, match="row 2"):
        Lexicon.load(path)
