"""Talks are held between actors (PLOVER's Consult): a politician who meets voters, talks to
people or visits shoppers campaigns, and consults no one (issue 19). The public
(``public_nouns``: "people", "voters", "members of the public") is no partner.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.records import Extraction
from kg.extract.targets import of_object, pobj, through_span
from kg.extract.words import vocabulary

#: Prepositions of the one talked or met with ("talked to people", "met with voters").
PARTNER_PREPOSITIONS = frozenset({"with", "to"})
#: A body whose members are named by "of": "members of the public".
MEMBER = "member"


def meets_the_public(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a meeting or talk is with the public only: each partner named (the direct
    object, the object of "with" or "to", or a passive's subject) is a noun of
    ``public_nouns`` ("wanted to meet as many ordinary members of the public", "intending to
    talk to as many people as possible"); not with no partner named, nor with a party."""
    partners = [pobj(c) for c in trigger.children if c.lower_ in PARTNER_PREPOSITIONS]
    partners.append(next((c for c in trigger.children if c.dep_ == "dobj"), None))
    if ext.passive:
        partners.append(doc[ext.subject.root])
    found = [p for p in partners if p is not None]
    return bool(found) and all(_public(p) for p in found)


def _public(noun: Token) -> bool:
    """Whether a noun names the public: a ``public_nouns`` word, through a count or "members
    of" ("members of the public")."""
    noun = through_span(noun)
    inner = of_object(noun)
    if inner is not None and noun.lemma_.lower() == MEMBER:
        noun = inner
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in vocabulary().public_nouns
