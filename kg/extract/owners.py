"""The state or organisation a noun belongs to, from its modifiers ("Russian troops",
"Beijing's diplomats", "U.N. helicopters", "the Liberal Democrat leader") or a place phrase
("rebels in Ivory Coast"): what :meth:`kg.extract.names.Names.owner` answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.titles import OWNER_DEPS, looks_named, owner_candidates
from kg.gazetteer import Entry

if TYPE_CHECKING:
    from kg.extract.names import Names

#: Entities that may name a place of ``ontology/places.tsv``, whose country owns what is in
#: it ("rebels in Kirkuk").
PLACE_ENTS = frozenset({"GPE", "LOC"})


def find_owner(names: Names, tok: Token) -> Entry | None:
    """The first owner a modifier or place phrase of ``tok`` names (:func:`owning`)."""
    for cand in owner_candidates(tok):
        found = owning(names, cand)
        if found is not None:
            return found
    return None


def owning(names: Names, cand: Token) -> Entry | None:
    """The organisation, or the country of the actor, a modifier names: its name, else the
    name it makes with the named modifier before it (:func:`joined`), else the country of
    the place it names."""
    ent = names.entity_at(cand)
    hit = names.gazetteer.lookup(ent.text if ent is not None else cand.text)
    if hit is None:
        hit = joined(names, cand)
    if hit is None:  # "rebels in Kirkuk": the country of the place
        place = names.places.lookup(ent.text) if ent and ent.label_ in PLACE_ENTS else None
        return names.gazetteer.entries.get(f"country/{place.country}") if place else None
    entry = hit[0]
    if entry.type == "Organization":
        return entry
    if entry.country:
        return names.gazetteer.entries.get(f"country/{entry.country}", entry)
    return None


def joined(names: Names, cand: Token) -> tuple[Entry, str | None] | None:
    """The gazetteer's hit for a modifier with the named word just before it that modifies
    the same noun or the modifier itself: "Liberal Democrat" of "the Liberal Democrat
    leader", which the parser splits into two names (Liberal ORG, Democrat NORP) that
    neither names the party alone."""
    if cand.i == 0:
        return None
    prev = cand.doc[cand.i - 1]
    if prev.dep_ not in OWNER_DEPS or prev.head.i not in (cand.i, cand.head.i):
        return None
    return names.gazetteer.lookup(f"{prev.text} {cand.text}") if looks_named(prev) else None
