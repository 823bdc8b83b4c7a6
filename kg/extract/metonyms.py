"""Whether a capital's name stands for the city or for the government seated there.

"Beijing denounced the boycott" is China's government; "talks in Beijing" and "civil servants
will leave London" are the cities. A capital is the city where the grammar makes it a place:
the object of a place preposition (``location_prepositions``) or of a verb of going
(``motion_verbs``); everywhere else it keeps the metonym's sector.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.words import vocabulary


def as_place(tok: Token) -> bool:
    """A name used as a place: the object of a place preposition ("in London", "out of
    London") or of a verb of going ("left London"), itself or the first of a list."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    words = vocabulary()
    if tok.dep_ == "pobj":
        return tok.head.lower_ in words.location_prepositions
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.motion_verbs
