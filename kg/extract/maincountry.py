"""The country an article is mostly about, from the names it tags: the guess for a person or
organisation of the article whose country nothing else gives ("a person of a British story,
unknown: British")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Span

from kg.extract.fullnames import name_of
from kg.gazetteer import Gazetteer

#: Gazetteer subtypes that say nothing of where a story is: a multinational named in a story
#: about Asia ("BMW") is no sign that the story is German.
PLACELESS = frozenset({"company"})


def main_country(
    ents: Iterable[Span],
    gazetteer: Gazetteer,
    kinds: frozenset[str],
    *,
    known: Callable[[str], str | None] | None = None,
) -> str | None:
    """The country at least half of the article's named actors (entities of ``kinds``) with
    a country belong to; else, when none is, the one at least half of them belong to leaving
    out nationality words ("the Romanian and Bulgarian visas scandal" of a story about the
    UK's visas); else, when the gazetteer places none of them, the one at least half of the
    people named in full whom ``known`` places belong to (the country of a state office kg's
    table has them hold: "MPs ... Committee chairman Alan Beith", GBR, in a story that names
    no place); else None. Firms are not counted (:data:`PLACELESS`)."""
    ents = list(ents)
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()  # without nationality words (NORP)
    for ent in ents:
        if ent.label_ in kinds:
            hit = gazetteer.lookup(name_of(ent))
            if hit is not None and hit[0].country and hit[0].subtype not in PLACELESS:
                counts[hit[0].country] += 1
                named[hit[0].country] += ent.label_ != "NORP"
    if counts or known is None:
        return _most(counts) or _most(+named)
    return _most(people_countries(ents, known))


def people_countries(ents: Iterable[Span], known: Callable[[str], str | None]) -> Counter[str]:
    """The countries of the people an article names in full whom ``known`` places, one count
    a mention ("Alan Beith ... Alan Beith": GBR twice; "Beith" alone, and people ``known``
    gives no country, count nothing)."""
    names = (name_of(ent) for ent in ents if ent.label_ == "PERSON")
    return Counter(c for c in (known(n) for n in names if " " in n) if c)


def _most(counts: Counter[str]) -> str | None:
    """The key with at least half of the counts, if any."""
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return key if 2 * n >= sum(counts.values()) else None
