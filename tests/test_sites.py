"""Sites and natural features no place list holds (``kg.extract.sites``): which names are
sites, and the country each is in (hand-built parses)."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.names import Names
from kg.extract.sites import is_site, site_actor, site_country
from kg.gazetteer import Gazetteer
from kg.places import Place, Places


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def small() -> Places:
    found = Places()
    found.add(Place("London", "GBR", "capital", 8_000_000))
    found.add(Place("Brussels", "BEL", "capital", 1_000_000))
    found.add(Place("Guantanamo", "CUB", "city", 228_000))
    found.add(Place("Brick", "USA", "city", 75_000))  # a New Jersey township
    return found


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        ("Belmarsh/PROPN/compound/1 Prison/PROPN/ROOT/1", {"0-1": "FAC"}, True),
        ("the/DET/det/2 Nu/PROPN/compound/2 River/PROPN/ROOT/2", {"1-2": "LOC"}, True),
        ("the/DET/det/1 River/PROPN/ROOT/1 Thames/PROPN/appos/1", {"0-2": "LOC"}, True),
        ("Trafford/PROPN/compound/1 Centre/PROPN/ROOT/1", {"0-1": "GPE"}, True),
        # the parser's organisation is a body, read as one
        ("Trafford/PROPN/compound/1 Centre/PROPN/ROOT/1", {"0-1": "ORG"}, False),
        # no site's word: a location the parser tags may be a product ("Windows", "Amiga")
        ("Yangtze/PROPN/ROOT/0", {"0": "LOC"}, False),
        # a site's word with an open-water word: a sea's name, no one state's site
        ("the/DET/det/2 Adriatic/PROPN/compound/2 Canal/PROPN/ROOT/2", {"1-2": "LOC"}, False),
        ("the/DET/det/2 Baltic/PROPN/compound/2 Bay/PROPN/ROOT/2", {"1-2": "LOC"}, False),
        ("Prison/PROPN/ROOT/0", {"0": "FAC"}, False),  # a site's word alone names none
        ("200/NUM/nummod/1 Square/PROPN/ROOT/1", {"0-1": "FAC"}, False),
    ],
)
def test_a_name_is_a_site_by_its_site_word(spec, ents, expected):
    doc = parse(spec, ents=ents)
    assert is_site(doc.ents[0]) is expected


@pytest.mark.parametrize(
    ("spec", "ents", "story", "expected"),
    [
        # a place its own name holds, wherever the story is
        ("Guantanamo/PROPN/compound/1 Bay/PROPN/ROOT/1", {"0-1": "FAC"}, "GBR", "CUB"),
        # a small town abroad is a word of the name, not the site's place
        ("Brick/PROPN/compound/1 Lane/PROPN/ROOT/1", {"0-1": "FAC"}, "GBR", "GBR"),
        # an "in" phrase, a possessive, a comma
        (
            "Belmarsh/PROPN/compound/1 Prison/PROPN/ROOT/1 in/ADP/prep/1 London/PROPN/pobj/2",
            {"0-1": "FAC", "3": "GPE"},
            "CHN",
            "GBR",
        ),
        (
            "London/PROPN/poss/3 's/PART/case/0 Regent/PROPN/compound/3 Street/PROPN/ROOT/3",
            {"0": "GPE", "2-3": "FAC"},
            "USA",
            "GBR",
        ),
        (
            "a/DET/det/1 cafe/NOUN/ROOT/1 in/ADP/prep/1 Brick/PROPN/compound/4 Lane/PROPN/pobj/2"
            " ,/PUNCT/punct/4 east/ADJ/amod/7 London/PROPN/appos/4",
            {"3-4": "FAC", "7": "GPE"},
            "CHN",
            "GBR",
        ),
        # none: the story's
        ("the/DET/det/2 Nu/PROPN/compound/2 River/PROPN/ROOT/2", {"1-2": "LOC"}, "CHN", "CHN"),
    ],
)
def test_a_site_is_in_the_country_of_a_place_its_words_name(gaz, spec, ents, story, expected):
    doc = parse(spec, ents=ents)
    site = next(e for e in doc.ents if is_site(e))
    assert site_country(site, small(), gaz, story) == expected


def test_a_site_is_in_the_city_named_just_before_it_not_a_country_named_in_passing(gaz):
    brussels = (
        "artists/NOUN/nsubj/1 modelled/VERB/ROOT/1 Brussels/PROPN/dobj/1 ./PUNCT/punct/1"
        " they/PRON/nsubj/5 saw/VERB/ROOT/5 Coudenberg/PROPN/compound/7 Palace/PROPN/dobj/5"
    )
    doc = parse(brussels, ents={"2": "GPE", "6-7": "FAC"})
    assert site_country(doc.ents[1], small(), gaz, "GBR") == "BEL"


@pytest.mark.parametrize(
    ("name", "town"),
    [
        # a country the gazetteer knows, whatever town abroad shares its name
        ("Lebanon", Place("Lebanon", "USA", "city", 26_000)),
        ("Mexico", Place("Mexico", "PHL", "city", 170_000)),
        # a small town abroad is no site's place
        ("Hershey", Place("Hershey", "USA", "city", 15_000)),
    ],
)
def test_a_site_is_not_in_a_country_or_small_town_named_in_passing(gaz, name, town):
    """ "Troops left Lebanon. He spoke from Brick Lane": Brick Lane is the story's, not in a
    Lebanon of Pennsylvania."""
    places = small()
    places.add(town)
    spec = (
        f"troops/NOUN/nsubj/1 left/VERB/ROOT/1 {name}/PROPN/dobj/1 ./PUNCT/punct/1"
        " he/PRON/nsubj/5 spoke/VERB/ROOT/5 from/ADP/prep/5 Brick/PROPN/compound/8"
        " Lane/PROPN/pobj/6"
    )
    doc = parse(spec, ents={"2": "GPE", "7-8": "FAC"})
    assert site_country(doc.ents[1], places, gaz, "GBR") == "GBR"


def test_a_site_is_a_location_or_the_building_topic_it_was_with_its_country(gaz):
    doc = parse(
        "the/DET/det/2 Nu/PROPN/compound/2 River/PROPN/ROOT/2 and/CCONJ/cc/2"
        " Belmarsh/PROPN/compound/5 Prison/PROPN/conj/2",
        ents={"1-2": "LOC", "4-5": "FAC"},
    )
    river, prison = doc.ents
    found = site_actor(river, "Nu River", small(), gaz, "CHN")
    assert (found.id, found.type, found.country) == ("location/nu-river", "Location", "CHN")
    found = site_actor(prison, "Belmarsh Prison", small(), gaz, "GBR")
    assert (found.id, found.type, found.country) == ("topic/belmarsh-prison", "Topic", "GBR")
    assert site_actor(parse("Yangtze/PROPN/ROOT/0", ents={"0": "LOC"}).ents[0], "Yangtze",
                      small(), gaz, "CHN") is None  # fmt: skip


def test_names_read_a_site_no_list_holds_in_its_country(gaz):
    doc = parse(
        "he/PRON/nsubj/1 visited/VERB/ROOT/1 Belmarsh/PROPN/compound/3 Prison/PROPN/dobj/1"
        " in/ADP/prep/3 London/PROPN/pobj/4",
        ents={"2-3": "FAC", "5": "GPE"},
    )
    found = Names(doc, gaz, places=small()).entity(doc.ents[0], {})
    assert (found.label, found.country) == ("Belmarsh Prison", "GBR")
