"""The one person the Phoenix dictionaries know by a name an article gives: a full name (of
the country a title gives, if any; else under another spelling of the given name,
:func:`kg.extract.spellings.respelled`), or a bare surname on the article's date."""

from __future__ import annotations

import datetime as dt

from kg.actorcodes import ActorCodes, CodedActor
from kg.extract.spellings import respelled


def known_person(
    codes: ActorCodes | None,
    name: str,
    *,
    country: str | None,
    when: dt.date | None,
    main_country: str | None,
) -> CodedActor | None:
    """The one Phoenix person ``name`` names: a full name of ``country`` (any, when None),
    or a bare surname on the date ``when`` (of ``country``, else of the article's
    ``main_country``); else None (no dictionaries, nobody, or several)."""
    if codes is None:
        return None
    if " " not in name:
        return codes.by_surname(name, when, country=country or main_country)
    found = [a for a in codes.lookup(name) if a.type == "Person" and country in (None, a.country)]
    if not found:  # "Mikhail Saakashvili": Phoenix's Mikheil
        return respelled(codes, name, country=country or main_country)
    return found[0] if len(found) == 1 else None
