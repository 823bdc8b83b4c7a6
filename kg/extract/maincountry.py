"""The country an article is mostly about, from the names it tags: the guess for a person or
organisation of the article whose country nothing else gives ("a person of a British story,
unknown: British"). The gazetteer's names vote, and so do the cities and states a place list
knows, each once, when their votes make a majority of all ("Florida" and "Miami" in a story of
Jim Morrison that names "his Paris apartment" once: the US, not France)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Span

from kg.extract.fullnames import name_of
from kg.gazetteer import Gazetteer
from kg.places import Place, Places

#: Gazetteer subtypes that say nothing of where a story is: a multinational named in a story
#: about Asia ("BMW") is no sign that the story is German.
PLACELESS = frozenset({"company"})
#: Entity labels of the places a place list may know.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The kinds of place that vote for their country whatever their size: a US state, a capital.
VOTING_KINDS = frozenset({"state", "capital"})
#: The fewest people a city needs to vote for its country: a smaller town shares its name
#: with districts and towns elsewhere ("West End", a Canadian town of 47,000 and London's
#: theatres; "Hyde Park", two US towns and London's park; "Goa", a Philippine town).
VOTING_POPULATION = 100_000


def main_country(
    ents: Iterable[Span],
    gazetteer: Gazetteer,
    kinds: frozenset[str],
    *,
    known: Callable[[str], str | None] | None = None,
    places: Places | None = None,
) -> str | None:
    """The country at least half of the article's named actors (entities of ``kinds``) with
    a country belong to; else, when none is, the one at least half of them belong to leaving
    out nationality words ("the Romanian and Bulgarian visas scandal" of a story about the
    UK's visas); else, when the gazetteer places none of them, the one at least half of the
    people named in full whom ``known`` places belong to (the country of a state office kg's
    table has them hold: "MPs ... Committee chairman Alan Beith", GBR, in a story that names
    no place); else None. Firms are not counted (:data:`PLACELESS`). Over all that, the
    country of more than half the votes of those names and of the cities and states of
    ``places`` the gazetteer does not know (:func:`voting_place`), when there is one; a
    place votes once however often it is named: "Houston" and "Texas" of a Yukos story's
    US court, named five times, are two votes, so the US (6 + 2) does not outvote Russia's 8
    and Germany's 1."""
    ents = list(ents)
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()  # without nationality words (NORP)
    placed: dict[str, str] = {}  # place -> country: cities and states the gazetteer lacks
    for ent in ents:
        if ent.label_ in kinds:
            name = name_of(ent)
            hit = gazetteer.lookup(name)
            if hit is not None and hit[0].country and hit[0].subtype not in PLACELESS:
                counts[hit[0].country] += 1
                named[hit[0].country] += ent.label_ != "NORP"
            elif hit is None and places is not None and ent.label_ in PLACE_LABELS:
                place = voting_place(places, name)
                if place is not None:
                    placed[place.name] = place.country
    if counts or known is None:
        found = _most(counts) or _most(+named)
    else:
        found = _most(people_countries(ents, known))
    return (_more_than_half(counts + Counter(placed.values())) if placed else None) or found


def voting_place(places: Places, name: str) -> Place | None:
    """The place a name names that votes for a story's country: a US state, a capital or a
    city of at least :data:`VOTING_POPULATION` people ("Florida", "Miami"); None for a town,
    a region (a region is found only in a story's known country) or no place."""
    place = places.lookup(name)
    if place is None or not (place.kind in VOTING_KINDS or place.population >= VOTING_POPULATION):
        return None
    return place


def people_countries(ents: Iterable[Span], known: Callable[[str], str | None]) -> Counter[str]:
    """The countries of the people an article names in full whom ``known`` places, one count
    a mention ("Alan Beith ... Alan Beith": GBR twice; "Beith" alone, and people ``known``
    gives no country, count nothing)."""
    names = (name_of(ent) for ent in ents if ent.label_ == "PERSON")
    return Counter(c for c in (known(n) for n in names if " " in n) if c)


def _more_than_half(counts: Counter[str]) -> str | None:
    """The key with more than half of the counts, if any."""
    key, n = counts.most_common(1)[0]
    return key if 2 * n > sum(counts.values()) else None


def _most(counts: Counter[str]) -> str | None:
    """The key with at least half of the counts, if any."""
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return key if 2 * n >= sum(counts.values()) else None
