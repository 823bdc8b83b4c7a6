"""Organisations an article shows to be companies by what only a company has: shares,
shareholders, a dividend, profits ("Shares in Solidere fell 15%", "Audi's profits", "Jarvis
shareholders"). Such a name is a firm at every mention (its code is the country's BUS), as
"the firm" pointing back would have said (:mod:`kg.extract.callings`). Only for a name
nothing else describes (no title, apposition, gazetteer or dictionary row), and only where
the name owns the word (``company_marks``): as its possessor ("Audi's profits"), a compound
before it ("Jarvis shareholders") or the object of its preposition ("shares in Solidere";
``company_mark_prepositions``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.fullnames import name_of
from kg.extract.parse import Parse, parse_of
from kg.extract.titles import Description
from kg.extract.words import vocabulary

#: The role a company's name is given: a company's noun (``company_nouns``).
COMPANY = "company"
#: Dependencies by which a name owns the word it modifies ("Audi's", "Jarvis shareholders").
OWNING_DEPS = frozenset({"poss", "compound"})
#: Whether a name (an entity of the article) is an organisation nothing else describes.
Undescribed = Callable[[Span], bool]


def traded(doc: Doc, entity_at: Callable[[Token], Span | None], undescribed: Undescribed) -> dict:
    """Name -> the company role, for each organisation of ``doc`` that owns a word only a
    company has (see the module); ``entity_at`` gives the entity a token is in, and
    ``undescribed`` says whether it is an organisation kg knows nothing else of."""
    marks = vocabulary().company_marks
    p = parse_of(doc)
    found: dict[str, Description] = {}
    for i, lower in enumerate(p.lower):
        if lower not in marks:
            continue
        for j in _owners(p, i):
            ent = entity_at(doc[j])
            if ent is not None and ent.root.i == j and undescribed(ent):
                found.setdefault(name_of(ent), Description(role=COMPANY))
    return found


def _owners(p: Parse, i: int) -> Iterator[int]:
    """Token indices that may name what owns word ``i``: its possessor or compound
    modifiers, and the objects of its "in" or "of"."""
    prepositions = vocabulary().company_mark_prepositions
    for c in p.children[i]:
        if p.dep[c] in OWNING_DEPS:
            yield c
        elif p.dep[c] == "prep" and p.lower[c] in prepositions:
            yield from (g for g in p.children[c] if p.dep[g] == "pobj")
