"""A person the Phoenix dictionaries know under another spelling of their given name:
"Mikhail Saakashvili" is Phoenix's Mikheil Saakashvili, "Rafik Hariri" Rafiq Hariri,
"Mohammed Khatami" Mohammad Khatami. Names written in another script reach English in
several transliterations that differ by a letter or two; the surname is most often spelt
alike, the given name not.

The test is difflib's similarity ratio (the standard library's; one comparison per person
of the surname, for a full name the dictionaries lack, so a fuzzy-matching package would
add a dependency for nothing), on names folded to lower case without accents, with the same
first letter and not of two genders (``first_names.tsv``: "Michael" is not "Michele").
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from kg.actorcodes import ActorCodes, CodedActor
from kg.extract.genders import gender_of

#: How alike two spellings of a given name must be (2 * matching letters / all letters):
#: Mikhail/Mikheil 0.86, Rafik/Rafiq 0.8, Mohammed/Mohammad 0.88; John/Joan 0.75 is not.
MIN_RATIO = 0.8


def respelled(codes: ActorCodes, name: str, *, country: str | None) -> CodedActor | None:
    """The one Phoenix person of ``country`` whose surname is the last word of ``name`` and
    whose given names are another spelling of the rest (:func:`is_spelling`); None when no
    country is known (too loose a test across the world's namesakes), or for none or two."""
    given, _, surname = name.rpartition(" ")
    if country is None or not given:
        return None
    found = [
        a
        for a in codes.namesakes(surname)
        if a.type == "Person"
        and a.country == country
        and is_spelling(given, a.label.rpartition(" ")[0])
    ]
    return found[0] if len(found) == 1 else None


def is_spelling(written: str, known: str) -> bool:
    """Whether ``written`` may be another spelling of the given name(s) ``known``."""
    a, b = _fold(written), _fold(known)
    if not a or not b or a[0] != b[0]:
        return False
    genders = {gender_of(written), gender_of(known)} - {None}
    if len(genders) > 1:
        return False
    return SequenceMatcher(None, a, b).ratio() >= MIN_RATIO


def _fold(name: str) -> str:
    """Lower case, accents and dots dropped: "Mikhaïl" and "mikhail" are one."""
    letters = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in letters if not unicodedata.combining(c) and c != ".")
