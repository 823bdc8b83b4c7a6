"""The organisation a person's title names, whose country and sector the person takes.

"Russian oil firm Yukos ... Yukos chief executive Steven Theede": the gazetteer knows neither
Yukos nor Theede, so Theede took the article's main country (the United States, in a story
about a US court), where event-data coding gives an organisation's officers and staff the
organisation's country and sector (a firm's executive is business: RUSBUS). The organisation
must be one whose country the article or the dictionaries give ("Russian oil firm Yukos"; a
company the Phoenix dictionaries code), not one that took the main country itself. The
gazetteer's organisations ("UKIP chairman") are the titles' owners already
(:meth:`kg.extract.names.Names.description`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.fullnames import name_of
from kg.extract.titles import Description, appos_noun, company_role, title_words

if TYPE_CHECKING:
    from kg.extract.names import Names

#: The body word of a company (the sector a person's code takes from it: BUS).
COMPANY = "company"


def employer(
    names: Names, ent: Span, roles: Mapping[str, Description]
) -> tuple[str, str | None] | None:
    """(country, body word) of the organisation named in the title before a person's name
    or in the noun it is in apposition with ("Yukos chief executive Steven Theede", "Yukos
    chief financial officer Bruce Misamore": RUS, company), when the article's own
    description of it ("Russian oil firm Yukos") or the dictionaries give its country; the
    body word is "company" for a firm, else None. None when the title names no such body."""
    for org in _named_bodies(names, ent):
        said = roles.get(name_of(org))
        if said is not None and said.country and (org.label_ == "ORG" or company_role(said.role)):
            return said.country, COMPANY if company_role(said.role) else None  # "Russian oil firm"
        actor = names.entity(org, roles) if org.label_ == "ORG" else None
        coded = actor is not None and names.codes is not None and actor.id in names.codes.rows
        if coded and actor.type == "Organization" and actor.country:  # a Phoenix company
            return actor.country, COMPANY if actor.subtype == COMPANY else None
    return None


def _named_bodies(names: Names, ent: Span) -> list[Span]:
    """The entities in a name's title or just before it, or among the words before the noun
    in apposition with it ("Yukos" of "Yukos chief financial officer, Bruce Misamore"); the
    parser may tag a firm's name a person's ("Yukos" PERSON), which the article's own
    description of it then tells apart."""
    title = title_words(ent)
    noun = appos_noun(ent.root)
    if title:
        words = [ent.doc[title[0].i - 1], *title] if title[0].i else title
    elif noun is not None and noun.i < ent.start:
        words = list(noun.lefts)
    else:
        return []
    found: dict[int, Span] = {}
    for w in words:
        org = names.entity_at(w)
        if org is not None and org.end <= ent.start:
            found.setdefault(org.start, org)
    return list(found.values())
