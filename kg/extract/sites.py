"""Sites and natural features no place list holds: rivers, shopping centres, prisons, halls.

A name the parser tags a location, building or place whose first or last word is a site's
(``site_nouns``: "Nu River", "Trafford Centre", "Belmarsh Prison", "the River Thames") is a
site when neither the gazetteer nor the places know it; a bare location is not ("Yangtze":
products and titles are tagged so too, "Windows", "San Andreas"). It is in the country of a
place its own name holds ("Guantanamo Bay": Guantanamo's, Cuba; "Edinburgh Airport"), else of
the place an "in" phrase after it, a possessive before it or a comma after it names ("Belmarsh
Prison in London", "Manchester's Trafford Centre", "Brick Lane, east London"), else of a city
named just before it, else of the story ("the Nu River" of a Chinese story). A sea's or
ocean's name (``open_water_words``: "Atlantic", "Baltic") is no one state's, and a word of
the dictionary is no place in a name ("Market Square").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.owners import PLACE_ENTS
from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer, topic
from kg.ids import slug
from kg.model import Actor
from kg.places import Place, Places

#: Entity labels of a location, building or place that is a site when a site's word names it
#: ("Nu River", "Belmarsh Prison", "Trafford Centre" tagged GPE).
SITE_ENTS = frozenset({"LOC", "FAC", "GPE"})
#: Kinds of place a site's name holds wherever the story is ("Guantanamo Bay" of a British
#: story: Cuba's), with a town of another country big enough to be known for itself; a smaller
#: one abroad is more likely a word ("Brick Lane" of a London story is no New Jersey town's).
KNOWN_KINDS = frozenset({"capital", "state"})
FOREIGN_TOWN = 100_000
#: How many sentences before a site the place named last may be its place.
NEARBY_SENTENCES = 2
#: The gazetteer's classes of a place (a capital is a Country entry with a sector: "London")
#: whose country a site near it takes, as it does of a place the parser tags
#: (:data:`kg.extract.owners.PLACE_ENTS`).
PLACE_TYPES = frozenset({"Country", "Location"})


def is_site(ent: Span) -> bool:
    """Whether an entity no list holds names a site: a location, building or place of two
    words or more whose first or last word is a site's ("the River Thames", "Belmarsh
    Prison"); not a sea's ("the Baltic Sea"), nor a figure ("200bn")."""
    words, toks = vocabulary(), _name_words(ent)
    if not toks or any(t.lower_ in words.open_water_words for t in toks):
        return False
    if any(t.like_num for t in toks):
        return False  # "200bn": a figure the parser tagged, no site
    named = {toks[0].lower_, toks[-1].lower_} & words.site_nouns
    return ent.label_ in SITE_ENTS and bool(named) and len(toks) > 1


def _name_words(ent: Span) -> list[Token]:
    """The words of a site's name but its article ("the River Thames": River, Thames)."""
    articles = vocabulary().definite_articles
    return [t for t in ent if t.lower_ not in articles]


def site_country(
    ent: Span, places: Places, gazetteer: Gazetteer, country: str | None
) -> str | None:
    """The country of a site: of a place its name holds, else of a place an "in" phrase, a
    possessive or a comma names, else of the city the text named last before it
    (:func:`nearby_place`: "Coudenberg Palace" after "Brussels"), else the story's
    ``country``."""
    return (
        inner_place(ent, places, country)
        or outer_place(ent, places, gazetteer, country)
        or nearby_place(ent, places, gazetteer, country)
        or country
    )


def site_actor(
    ent: Span, text: str, places: Places, gazetteer: Gazetteer, country: str | None
) -> Actor | None:
    """The node of a site (:func:`is_site`) in its country (:func:`site_country`), or None when
    the entity names no site: a location as a Location, a building as the Topic it was, with
    its country ("Belmarsh Prison": what is done there is done to no one)."""
    if not is_site(ent):
        return None
    found = site_country(ent, places, gazetteer, country)
    if ent.label_ == "FAC":
        return replace(topic(ent.text), country=found)
    return Actor(id=f"location/{slug(text)}", label=text, type="Location", country=found)


def inner_place(ent: Span, places: Places, country: str | None) -> str | None:
    """The country of a place that the words of a site's name other than its site word name,
    as one run ("Guantanamo Bay": Guantanamo; "Westminster Hall"); not a dictionary word
    ("Market Square"); a small town abroad only if the story is of its country
    (:data:`FOREIGN_TOWN`)."""
    from kg.nlp import dictionary_words

    site, toks = vocabulary().site_nouns, _name_words(ent)
    if len(toks) < 2:
        return None
    if toks[-1].lower_ in site:
        run = toks[:-1]  # "Guantanamo Bay"
    elif toks[0].lower_ in site:
        run = toks[2:] if toks[1].lower_ == "of" else toks[1:]  # "Isle of Sheppey"
    else:
        return None
    if not run or not all(t.text[:1].isupper() for t in run):
        return None
    name = " ".join(t.text for t in run)
    if name.lower() in dictionary_words():
        return None
    place = places.lookup(name, country=country)
    return known_country(place, country) if place is not None and place.name == name else None


def known_country(place: Place | None, country: str | None) -> str | None:
    """The country of a place a site may be in: one of the story's country, a capital or a
    state wherever it is (:data:`KNOWN_KINDS`), or a town abroad big enough to be known for
    itself (:data:`FOREIGN_TOWN`); None for a smaller one abroad, more likely a word ("Brick"
    of "Brick Lane" is no New Jersey township)."""
    if place is None:
        return None
    known = place.country == country or place.kind in KNOWN_KINDS
    return place.country if known or place.population >= FOREIGN_TOWN else None


def is_country(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether an entity names a country itself ("Lebanon", "Mexico"), not its capital standing
    for its government ("London")."""
    hit = gazetteer.lookup(ent.text)
    return hit is not None and hit[0].type == "Country" and hit[1] is None


def outer_place(ent: Span, places: Places, gazetteer: Gazetteer, country: str | None) -> str | None:
    """The country of a known place named by an "in" phrase on a site ("Belmarsh Prison in
    London"), by a possessive before it ("Manchester's Trafford Centre") or by a comma after
    it ("Brick Lane, east London")."""
    root, doc = ent.root, ent.doc
    named = [t for t in root.children if t.dep_ == "poss" and t.i < ent.start]
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":  # "Brick Lane, east London"
        named += [t for t in doc[ent.end + 1 : ent.end + 3] if t.ent_type_ in PLACE_ENTS][:1]
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in vocabulary().site_prepositions:
            named += [o for o in prep.children if o.dep_ == "pobj"]
    for tok in named:
        place = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        found = place_country(place, places, gazetteer, country) if place is not None else None
        if found is not None:
            return found
    return None


def nearby_place(
    ent: Span, places: Places, gazetteer: Gazetteer, country: str | None
) -> str | None:
    """The country of the city, state or region the text names last before a site, in its
    sentence or the :data:`NEARBY_SENTENCES` before it ("a model of Brussels' Coudenberg
    Cellars. ... the remnants of Coudenberg Palace": Belgium's; :func:`place_country`); not a
    country named in passing ("Troops left Lebanon. ... a cafe in Brick Lane": no Lebanon of
    Pennsylvania), nor a small town abroad (:func:`known_country`)."""
    sents = list(ent.doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start <= ent.start < s.end), 0)
    start = sents[max(0, at - NEARBY_SENTENCES)].start
    before = [e for e in ent.doc.ents if start <= e.start and e.end <= ent.start]
    for other in reversed(before):
        found = (
            None
            if is_country(other, gazetteer)
            else place_country(other, places, gazetteer, country)
        )
        if found is not None:
            return found
    return None


def place_country(
    ent: Span, places: Places, gazetteer: Gazetteer, country: str | None
) -> str | None:
    """The country of a place or country an entity names, if the gazetteer or a place list
    holds it ("London", "China"; "Brussels", the gazetteer's European Union, as the city), a
    town abroad only if known for itself (:func:`known_country`); None for any other name."""
    if ent.label_ not in PLACE_ENTS:
        return None
    hit = gazetteer.lookup(ent.text)
    if hit is not None and hit[0].type in PLACE_TYPES and hit[0].country:
        return hit[0].country
    return known_country(places.lookup(ent.text, country=country), country)
