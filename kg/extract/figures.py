"""Figures: money, prices, debts, profits and shares (``figure_nouns``, from WordNet), which in
news are measured, not acted on (issue 19); and states of things, which are acknowledged, not
agreed to.

Business news speaks of figures with the verbs of conflict: "profits beat forecasts", "foreign
reserves beat the debt", "higher oil prices have forced the government to act", "his review
team may impose a higher flat rate". A figure is no actor, so it does nothing
(:func:`kg.extract.abstain.abstraction` counts it with the abstractions), and an assault or a
coercion needs an actor or a physical thing as its target, which a figure is not
(:func:`figure_target`), unless the act takes it from its owner ("plundered the money":
``taking_verbs``) or names the party it falls on ("imposed a fine on the firm").

An acceptance (``acceptance_verbs``) is PLOVER's Agree only of what a party offers, proposes
or decides ("accepted the offer", "the ruling", "the invitation"); a figure, a feeling, a
state or a quality accepted is acknowledged, which is speech (:func:`acknowledged`: "he
accepted the difficult balance between security and rights", "accepted people's
frustration").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events import Lexicon
from kg.extract.records import Extraction
from kg.extract.targets import is_party, party_named, patient, through_span
from kg.extract.wordnet import abstract_kinds, figure_nouns
from kg.extract.words import vocabulary

#: WordNet kinds of what is acknowledged, not agreed to, when accepted.
ACKNOWLEDGED_KINDS = frozenset({"feeling", "state", "attribute"})
#: Material conflict, whose target is an actor or a thing, never a clause.
MATERIAL_CONFLICT = frozenset({"Assault", "Coerce", "Sanction"})
#: Material classes whose target must be an actor or a thing (Sanction's may be aid or
#: money withheld: "cut its aid", "froze the loans").
TARGETED = frozenset({"Assault", "Coerce"})


def figure(noun: Token, *, owned: bool = False) -> bool:
    """Whether a word is a common noun that names a figure ("profits", "the debt", "a higher
    flat rate") and no party; with ``owned``, also a figure a name owns ("France Telecom's
    debt", which :func:`kg.extract.targets.is_party` takes for its owner's)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() not in figure_nouns():
        return False
    if owned:  # only the word itself must name no party
        return not is_party(noun, owned=False)
    return not is_party(noun)  # nor may a name own it: "Yukos's debt" is Yukos's, a party


def figure_target(
    found: str | None, ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon
) -> bool:
    """Whether an assault, or a coercion a light verb names by itself ("impose": its object
    names no event), is aimed at a figure: its object (a passive's subject: "the extra costs
    imposed by new US laws") is one, owned by no party ("Yukos's debt" is aimed at Yukos), and
    no party is named for it to fall on ("imposed a fine on the firm"); not what a verb of
    ``taking_verbs`` takes from its owner ("plundered the money"). A coercion's own verb may
    well act on a figure or what WordNet takes for one ("seized the money", "censored
    coverage")."""
    lemma = trigger.lemma_.lower()
    if found not in TARGETED or lemma in vocabulary().taking_verbs:
        return False
    if found == "Coerce" and not lexicon.is_light(lemma):
        return False
    target = patient(ext, doc)
    if target is None:
        return False
    if not figure(target):
        return False
    return not party_named(target, beside=(trigger,))


def acknowledged(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an acceptance (``acceptance_verbs``) acknowledges a state of things: its direct
    object is a figure or an abstraction whose commonest sense is a feeling, a state or a
    quality (``ACKNOWLEDGED_KINDS``: "accepted the balance", "accepted people's frustration");
    not an offer, a proposal, a plan or a ruling."""
    if trigger.lemma_.lower() not in vocabulary().acceptance_verbs or ext.passive:
        return False
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    noun = through_span(obj)
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    kind = abstract_kinds().get(noun.lemma_.lower())
    return kind in ACKNOWLEDGED_KINDS or figure(noun)


def clause_target(found: str | None, ext: Extraction, doc: Doc) -> bool:
    """Whether an assault, a coercion or a sanction is aimed at a clause, which is no actor and
    no thing: its object's head is a gerund with no noun's role ("has exploded with the web
    eating into TV viewing habits", "convicting the guilty and penalising them": a verb read
    as the object of the one before); not what a party is kept "from" doing ("Parmalat bank
    barred from suing": the bank is restricted)."""
    if found not in MATERIAL_CONFLICT or ext.passive or ext.object is None:
        return False
    if ext.last_word == "from":
        return False
    head = doc[ext.object.root]
    return head.tag_ == "VBG" and head.pos_ == "VERB"
