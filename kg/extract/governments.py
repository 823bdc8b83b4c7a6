"""The state whose government a person speaks for ("we" of a minister), by the Phoenix
dictionaries on the article's date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.actorcodes import ActorCodes, codes_at
from kg.extract import descriptions as described
from kg.extract.codes import GOVERNMENT, coded_actor
from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer, to_actor
from kg.model import Actor


def state_of(
    person: Actor,
    tok: Token,
    positions: list[tuple[int, Actor]],
    *,
    codes: ActorCodes | None,
    gazetteer: Gazetteer,
    when: dt.date | None,
) -> Actor | None:
    """The state whose government a person is in on the article's date, by the Phoenix
    dictionaries (GBRGOV, VENGOVBUS; not a code a title word guessed) or kg's table of office
    holders (``offices.tsv``: the lord chancellor, whom the dictionaries lack), as its
    government: Tony Blair's "we" is the United Kingdom. Not when the sentence of the
    pronoun ``tok`` names an actor of another state, with whom "we" may be the speaker ("we
    will meet in Beijing", said by Putin of Xi and himself; "if we put back on the table the
    British cheque", Chirac of the EU's members): None."""
    if codes is None or person.country is None:
        return None
    coded = coded_actor(person, codes)
    held = codes_at(coded, when) if coded is not None else ()
    office = codes.offices.code(person.id, when)
    held = (*held, office) if office is not None else held
    entry = gazetteer.entries.get(f"country/{person.country}")
    if entry is None or not any(c.startswith(person.country + GOVERNMENT) for c in held):
        return None
    if described.foreign_in_sentence(tok, positions, person.country):
        return None
    return to_actor(entry, sector=vocabulary().sector_nouns.get("government"))
