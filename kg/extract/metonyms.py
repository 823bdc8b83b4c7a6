"""Whether a capital's name stands for the city or for the government seated there.

"Beijing denounced the boycott" is China's government; "talks in Beijing" and "civil servants
will leave London" are the cities. A capital is the city where the grammar makes it a place:
the object of a place preposition (``location_prepositions``), of a verb of going
(``motion_verbs``), or of a path preposition after one (``path_prepositions``: "flew to
Beijing", but "protested to Beijing" is the government); everywhere else it keeps the
metonym's sector.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.words import vocabulary
from kg.gazetteer import Entry
from kg.model import Actor
from kg.places import Places, place_actor


def capital_place(places: Places, ent: Span, text: str, entry: Entry) -> Actor | None:
    """A capital named as a place ("talks in Beijing", "left London") is the city, not
    the government it stands for as a speaker or target ("Beijing denounced")."""
    if not entry.country or not as_place(ent.root):
        return None
    place = places.lookup(text, country=entry.country)
    city = place is not None and place.kind not in {"state", "region"}  # not "Westminster"
    here = city and place.country == entry.country
    return place_actor(place) if here else None


def as_place(tok: Token) -> bool:
    """A name used as a place: the object of a place preposition ("in London"), of a verb of
    going ("left London"), or of a path preposition after one ("flew to London", "fled out
    of London"), itself, the first of a list, or the place a comma sets it after ("a service
    in Westminster Hall, London", "a cafe in Brick Lane, east London")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    words = vocabulary()
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in words.location_prepositions:
            return True
        return prep.lower_ in words.path_prepositions and _going(prep.head)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.motion_verbs


def _going(tok: Token) -> bool:
    """A verb of going, or a word that hangs on one ("fled out of", "flew back to")."""
    while tok.dep_ in ("advmod", "prt", "prep") and tok.head.i != tok.i:
        tok = tok.head
    return tok.lemma_.lower() in vocabulary().motion_verbs
