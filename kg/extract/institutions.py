"""Institutions named after their place: a university, college, school, hospital or police
force whose name holds a town or region ("Delft University of Technology", "University of
Michigan", "Oxford University") is of that place's country, whatever country the story is
mostly about (a Delft researcher quoted in an American file-sharing story is Dutch)."""

from __future__ import annotations

from spacy.tokens import Span

from kg.actorcodes import ActorCodes
from kg.places import Places

#: The sectors (of the Phoenix role noun a name holds) of institutions that are where their
#: name says: universities, colleges and schools (EDU), hospitals (HLH), police forces (COP).
PLACED_SECTORS = frozenset({"EDU", "HLH", "COP"})
#: The most words of a place's name looked up inside an institution's name.
PLACE_WORDS = 2


def placed_country(
    ent: Span, places: Places, codes: ActorCodes | None, *, country: str | None = None
) -> str | None:
    """The country of the place an institution's name holds (:data:`PLACED_SECTORS`), the
    capitalised words next to its role noun read as a place's own name (one in ``country``,
    the article's, first), not one that is an English word ("Olympic Primary School": not
    Hong Kong's Olympic), else None."""
    from kg.nlp import dictionary_words

    if codes is None:
        return None
    nouns = [i for i, t in enumerate(ent) if t.text[:1].isupper() and _placed_noun(codes, t.lower_)]
    if not nouns:
        return None
    words = [t.text for t in ent]
    for size in range(PLACE_WORDS, 0, -1):
        for i in range(len(words) - size + 1):
            part = words[i : i + size]
            if any(i <= n < i + size for n in nouns) or not all(w[:1].isupper() for w in part):
                continue
            name = " ".join(part)
            place = places.lookup(name, country=country)
            if place is not None and place.name == name and name.lower() not in dictionary_words():
                return place.country
    return None


def _placed_noun(codes: ActorCodes, word: str) -> bool:
    """Whether a word is a Phoenix role noun of an institution's sector (:data:`PLACED_SECTORS`)."""
    agent = codes.agent(word)
    return agent is not None and agent.code in PLACED_SECTORS
