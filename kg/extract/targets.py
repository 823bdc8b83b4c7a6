"""What an event is done to or with: a party (an actor, people, a body), and whether a verb's
object is of the kind its class needs ("met a cool reception" is no meeting)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.pronouns import PLURALS
from kg.extract.records import Extraction
from kg.extract.words import vocabulary

#: Entity labels that name a party an event can be done to or with ("met Putin").
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
#: Dependency labels of a verb's clausal complement ("recognise (that) there is a limit").
CLAUSAL = frozenset({"ccomp"})


def is_party(tok: Token) -> bool:
    """Whether a word names a party (an actor, people, a body): a pronoun, a number
    ("released 12"), a name or a named actor or place, or a noun of people or bodies."""
    words = vocabulary()
    lemma = tok.lemma_.lower()
    nouns = (
        words.party_nouns,
        words.group_nouns,
        words.organisation_nouns,
        words.leader_nouns,
        words.quantity_nouns,
        words.people_nouns,
        words.sector_nouns,  # "the military", "the regime", "the navy"
        words.court_nouns,  # "a judge"
    )
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return (
        tok.pos_ in {"PRON", "NUM", "PROPN"}
        or tok.ent_type_ in PARTY_ENTS
        or any(lemma in found for found in nouns)
        or (owner is not None and owner.pos_ == "PROPN")  # "recognised Kosovo's independence"
    )


def object_fits(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether the verb's object is of the kind its class needs: "met a cool reception" and
    "released growth figures" are no meeting and no release (``party_object_verbs``: a
    party as direct object); "demonstrating the strength of our values" is no protest
    (``intransitive_event_verbs``: no direct object); "prohibited torture" is no sanction
    (``ban_verbs``: a party or ``traded_nouns``); "recognise there is a limit" is no
    recognition (``belief_verbs``: no direct object, unless passive)."""
    words = vocabulary()
    lemma = trigger.lemma_.lower()
    particle = next((c.lower_ for c in trigger.children if c.dep_ == "prt"), None)
    if particle:  # a phrasal verb is another verb: "called off the strike" calls no one
        lemma = f"{lemma} {particle}"
    dobj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    clause = any(c.dep_ in CLAUSAL for c in trigger.children)
    # "released growth figures", "released figures showing (that) ...": no party released
    unfit = (dobj is not None and not is_party(dobj)) or (dobj is None and clause)
    if lemma in words.party_object_verbs and unfit:
        return False
    if lemma in words.intransitive_event_verbs and dobj is not None:
        return False
    banned = dobj is not None and not is_party(dobj) and dobj.tag_ not in PLURALS
    if lemma in words.ban_verbs and banned and dobj.lemma_.lower() not in words.traded_nouns:
        return False  # "prohibited torture": a policy, no sanction on anyone
    return not (lemma in words.belief_verbs and dobj is None and not ext.passive)
