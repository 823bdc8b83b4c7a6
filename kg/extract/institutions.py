"""Institutions named after their place: a university, college, school, hospital or police
force whose name holds a town or region ("Delft University of Technology", "University of
Michigan", "Oxford University") is of that place's country, whatever country the story is
mostly about (a Delft researcher quoted in an American file-sharing story is Dutch)."""

from __future__ import annotations

from spacy.tokens import Span, Token

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
    """The country of the place an institution's name holds (:data:`PLACED_SECTORS`): the
    whole run of capitalised words just before its role noun ("Delft University") or after
    its "of" ("University of Michigan") read as a place's own name (one in ``country``, the
    article's, first); not part of a person's name ("George Mason University") nor a place
    that is an English word ("Olympic Primary School": not Hong Kong's Olympic); else None."""
    from kg.nlp import dictionary_words

    if codes is None:
        return None
    toks = list(ent)
    nouns = [i for i, t in enumerate(toks) if t.text[:1].isupper() and _placed_noun(codes, t)]
    for n in nouns:
        for run in (_run(toks, n - 1, -1), _run(toks, n + 2, 1) if _of(toks, n + 1) else []):
            if not run or len(run) > PLACE_WORDS:
                continue
            name = " ".join(t.text for t in run)
            place = places.lookup(name, country=country)
            if place is not None and place.name == name and name.lower() not in dictionary_words():
                return place.country
    return None


def _of(toks: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is "of"."""
    return 0 <= i < len(toks) and toks[i].lower_ == "of"


def _run(toks: list[Token], i: int, step: int) -> list[Token]:
    """The run of capitalised words from ``i`` going ``step`` (in text order), not "The"."""
    run: list[Token] = []
    while 0 <= i < len(toks) and toks[i].text[:1].isupper() and toks[i].lower_ != "the":
        run.append(toks[i])
        i += step
    return run[::step]


def _placed_noun(codes: ActorCodes, tok: Token) -> bool:
    """Whether a word is, in the singular, a Phoenix role noun of an institution's sector
    (:data:`PLACED_SECTORS`): "University", not "Students" (of the National Union of
    Students)."""
    agent = codes.agent(tok.lower_)
    return agent is not None and agent.name == tok.lower_ and agent.code in PLACED_SECTORS
