"""Conflict in words or in arms: whether an attack is aimed at a policy, a claim or a statement
(an accusation, issue 19: "launched an attack on Conservative spending plans") or made by a
person on a person ("Lord Butler launches attack on Blair"), or is made with weapons of war,
which are never figurative ("shelled rebel positions")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.abstain import abstraction, person
from kg.extract.doers import doer, violence
from kg.extract.events import Lexicon, noun_sense
from kg.extract.records import Extraction
from kg.extract.targets import pobj, through_span
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


def attack_on_a_person(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a light verb's attack (its object a noun of ``verbal_attack_verbs``: "launched
    an attack on") is made by a person or by people of words (``critic_nouns``) on a person,
    on such people or on an abstraction or a figure, with no violence or its means beside it:
    "Lord Butler launches attack on Blair", "Howard launched a fierce attack on the Tories",
    "has launched an attack on the cost of Britain's asylum system" are criticisms (CAMEO
    111); "Bush launched an attack on Iraq" (a place), "Hamas launched an attack on
    Israelis" are not."""
    words = vocabulary()
    if not lexicon.is_light(ext.lemma) or ext.object is None or ext.passive:
        return False
    noun = through_span(doc[ext.object.root])
    found = doer(ext, trigger, doc)
    if noun.lemma_.lower() not in words.verbal_attack_verbs or found is None:
        return False
    if not (person(found) or found.lemma_.lower() in words.critic_nouns):
        return False
    preps = [c for c in (*noun.children, *trigger.children) if c.dep_ == "prep"]
    pairs = [(c.lower_, o) for c in preps if (o := pobj(c)) is not None]
    aimed = [o for prep, o in pairs if prep in TARGET_PREPOSITIONS]
    if not any(_in_words(o) for o in aimed):
        return False
    return not any(violence(o, lexicon) for _, o in pairs)


def _in_words(target: Token) -> bool:
    """Whether what an attack is aimed at can only be attacked in words: a person, people of
    words (``critic_nouns``), an abstraction or a figure ("the cost of the asylum system")."""
    return (
        person(target)
        or target.lemma_.lower() in vocabulary().critic_nouns
        or (abstraction(target))
    )


def intangible_side(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an act's doer, its means or its target is a thing neither a party nor
    physical (``intangible_nouns``): "viruses have struck the US", "people being bombarded
    with pop-up ads", "to steal market share", "wiping out a third of the profits", "the
    screensaver came under fire" (the subject of "come under" undergoes it). Force or
    coercion needs a party or a physical thing on both sides; "the building was hit" is one."""
    words = vocabulary()
    sides = [doer(ext, trigger, doc)]
    sides += [pobj(c) for c in trigger.children if c.lower_ in words.means_prepositions]
    undergoes = trigger.lemma_.lower() in words.undergo_verbs
    if ext.passive or undergoes:
        sides.append(doc[ext.subject.root])
    elif ext.object is not None:
        sides.append(through_span(doc[ext.object.root]))
    nouns = words.intangible_nouns
    return any(
        t is not None and t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in nouns
        for t in sides
    )
