"""Nouns of people or of a body that acts, by kg's own word lists ("the chancellor", "the
government", "critics", "the board"): what a pronoun resolved to such a noun may stand for, and
who may speak a quotation. Here, below both :mod:`kg.extract.statements` and
:mod:`kg.extract.quotes`, which read it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.words import united, vocabulary

#: Parts of speech of a head noun that may name people: a common noun, or one written with a
#: capital ("the Home Secretary", a headline's "Minister digs in").
PEOPLE_POS = frozenset({"NOUN", "PROPN"})

#: kg's own lists of nouns of people or a body that acts, united once
#: (:func:`kg.extract.words.united`).
ACTING_LISTS = ("people_nouns", "organisation_nouns", "leader_nouns", "acting_body_nouns")


def acting(head: Token) -> bool:
    """Whether a head noun names people or a body that acts by kg's own lists alone
    (``people_nouns``, ``organisation_nouns``, ``leader_nouns``, ``acting_body_nouns``: "the
    chancellor", "the government", "critics", "the board"), not by Phoenix's role nouns or a
    sector ("schools", "hospitals"): what a pronoun resolved to it may stand for
    (:func:`kg.extract.statements._referred`), and who may speak
    (:func:`kg.extract.quotes.can_speak`)."""
    return head.pos_ in PEOPLE_POS and head.lemma_.lower() in united(vocabulary(), ACTING_LISTS)
