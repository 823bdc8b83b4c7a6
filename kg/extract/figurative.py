"""Conflict in words or in arms: whether an attack is aimed at a policy, a claim or a statement
(an accusation, issue 19: "launched an attack on Conservative spending plans") or is made with
weapons of war, which are never figurative ("shelled rebel positions")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events import Lexicon, noun_sense
from kg.extract.records import Extraction
from kg.extract.targets import pobj
from kg.extract.words import vocabulary

#: Modes of weapons of war, whose verbs are never figurative ("shelled", "bombed").
WAR_MODES = frozenset({"Assault/heavy-weapons", "Assault/explosives", "Assault/aerial"})
#: Prepositions a light verb's event noun takes its target with ("an attack on", "a strike at").
TARGET_PREPOSITIONS = frozenset({"on", "against", "at"})


def violent(trigger: Token) -> bool:
    """Whether the predicate itself names a weapon of war (a cue word of an Assault mode of
    heavy weapons, explosives or aircraft: "shelled", "bombed"), which is never figurative:
    "shelled rebel positions" is an assault, though "attacked his position" is an
    accusation (and "fired a broadside", "shot down the proposal" may be words)."""
    cue = vocabulary().event_modes.get(trigger.lemma_.lower(), "")
    return cue in WAR_MODES


def verbal_target(ext: Extraction, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a conflict event is aimed at a policy, claim or statement, not at people or
    places: the object itself ("attacked the plans"; a passive's subject: "its reputation was
    hurt by tax bills" is aimed at the reputation, not the bills), or the target of a light
    verb's event noun ("launched an attack on ... plans"); not an object that is the event
    itself ("imposed martial law")."""
    nouns = vocabulary().verbal_target_nouns
    if ext.passive:
        head = doc[ext.subject.root]  # "his plans were attacked"; not the "by" agent
    elif ext.object is not None:
        head = doc[ext.object.root]
    else:
        return False
    if head.lemma_.lower() in nouns:
        return noun_sense(head, lexicon) is None
    for prep in head.children:
        target = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPOSITIONS else None
        if target is not None and target.lemma_.lower() in nouns:
            return True
    return False
