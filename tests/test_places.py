"""Places (``ontology/places.tsv``, from GeoNames): lookups, and cities and capitals a text
names (hand-built parses)."""

from __future__ import annotations

import pytest
from factories import cpu_seconds, parse

from kg.errors import OntologyError
from kg.extract.metonyms import capital_place
from kg.extract.names import Names
from kg.gazetteer import Gazetteer
from kg.places import Place, Places, place_actor, places


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def small() -> Places:
    found = Places()
    found.add(Place("Newcastle", "AUS", "city", 500_000))
    found.add(Place("Newcastle upon Tyne", "GBR", "city", 300_000), ("Newcastle",))
    found.add(Place("Kyiv", "UKR", "capital", 3_000_000), ("Kiev",))
    found.add(Place("Virginia", "ZAF", "city", 122_502))
    found.add(Place("Virginia", "USA", "state", 0))
    return found


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Newcastle", None, ("Newcastle", "AUS")),  # a place's own name before an alias
        ("Newcastle", "GBR", ("Newcastle upon Tyne", "GBR")),  # the article's country first
        ("Kiev", None, ("Kyiv", "UKR")),  # an alternate name
        ("Virginia", None, ("Virginia", "USA")),  # a state before a bigger town
        ("Virginia", "ZAF", ("Virginia", "ZAF")),  # ... unless the town is in the country
        ("the Kiev", None, ("Kyiv", "UKR")),  # normalised as gazetteer names are
        ("Zubrovia", None, None),
    ],
)
def test_lookup(name, country, expected):
    found = small().lookup(name, country=country)
    assert ((found.name, found.country) if found else None) == expected


def test_the_packaged_places_load_once_fast_and_know_cities_states_and_capitals():
    def fresh():
        places.cache_clear()
        places()

    assert cpu_seconds(fresh) < 1.5  # about 0.3 s
    found = places()
    assert places() is found
    assert found.lookup("Kirkuk").country == "IRQ"
    assert found.lookup("Abidjan").country == "CIV"
    assert found.lookup("Texas") == Place("Texas", "USA", "state", 0)
    assert found.lookup("Bombay").name == "Mumbai"
    assert found.capitals["GBR"].name == "London"
    assert found.lookup("Asia") is None  # a continent, not the Philippine town of that name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Scotland", "location/GB-SCOTLAND"),
        ("Northern Ireland", "location/GB-NIR"),
        ("Welsh", "location/GB-WALES"),
    ],
)
def test_the_nations_of_the_uk_are_places_in_it(gaz, name, key):
    entry, _ = gaz.lookup(name)
    assert (entry.key, entry.type, entry.country) == (key, "Location", "GBR")


@pytest.mark.parametrize(
    ("place", "country"),
    [("Darfur", "country/SDN"), ("Kirkuk", "country/IRQ")],  # a region; a city
)
def test_rebels_in_a_region_or_city_of_a_country_are_that_country_s(gaz, place, country):
    doc = parse(
        f"rebels/NOUN/nsubj/3/rebel in/ADP/prep/0 {place}/PROPN/pobj/1 fled/VERB/ROOT/3/flee",
        ents={"2": "GPE"},
    )
    found = Names(doc, gaz).owner(doc[0])
    assert found is not None and found.key == country


def test_a_broken_row_says_to_regenerate(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("name\tcountry\tkind\tpopulation\taliases\nX\tGB\tcity\t5\t\n")
    with pytest.raises(OntologyError, match=r"gen_places\.py"):
        Places.load(path)


def test_a_place_is_a_location_in_its_country():
    actor = place_actor(Place("Kyiv", "UKR", "capital", 1))
    assert (actor.id, actor.type, actor.country, actor.subtype) == (
        "location/kyiv-ukr",
        "Location",
        "UKR",
        "city",
    )


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a city the gazetteer does not know: a Location with its country
        ("Fighting/NOUN/nsubj/1 spread/VERB/ROOT/1 to/ADP/prep/1 Kirkuk/PROPN/pobj/2",
         {"3": "GPE"}, ("location/kirkuk-irq", "IRQ", None)),
        ("Houston/PROPN/nsubj/1 grew/VERB/ROOT/1", {"0": "GPE"},
         ("location/houston-usa", "USA", None)),
        # a capital as a speaker is its government; as a place, the city
        ("Beijing/PROPN/nsubj/1 denounced/VERB/ROOT/1/denounce it/PRON/dobj/1",
         {"0": "GPE"}, ("country/CHN", "CHN", "government")),
        ("talks/NOUN/nsubj/3/talk in/ADP/prep/0 Beijing/PROPN/pobj/1 ended/VERB/ROOT/3/end",
         {"2": "GPE"}, ("location/beijing-chn", "CHN", None)),
        ("staff/NOUN/nsubj/2 will/AUX/aux/2 leave/VERB/ROOT/2 London/PROPN/dobj/2",
         {"3": "GPE"}, ("location/london-gbr", "GBR", None)),
        ("they/PRON/nsubj/1 pressed/VERB/ROOT/1/press London/PROPN/dobj/1",
         {"2": "GPE"}, ("country/GBR", "GBR", "government")),
        # after a path preposition, a capital is the city only where someone goes there
        ("Putin/PROPN/nsubj/1 flew/VERB/ROOT/1/fly to/ADP/prep/1 Beijing/PROPN/pobj/2",
         {"3": "GPE"}, ("location/beijing-chn", "CHN", None)),
        ("staff/NOUN/nsubj/1 fled/VERB/ROOT/1/flee out/ADP/prep/1 of/ADP/prep/2 "
         "London/PROPN/pobj/3", {"4": "GPE"}, ("location/london-gbr", "GBR", None)),
        ("Tokyo/PROPN/nsubj/1 protested/VERB/ROOT/1/protest to/ADP/prep/1 Beijing/PROPN/pobj/2",
         {"3": "GPE"}, ("country/CHN", "CHN", "government")),
        ("pressure/NOUN/nsubj/3 from/ADP/prep/0 Washington/PROPN/pobj/1 grew/VERB/ROOT/3/grow",
         {"2": "GPE"}, ("country/USA", "USA", "government")),
        # a country after a place preposition stays the country (no city of its name abroad)
        ("war/NOUN/nsubj/3 in/ADP/prep/0 Liberia/PROPN/pobj/1 ended/VERB/ROOT/3/end",
         {"2": "GPE"}, ("country/LBR", "LBR", None)),
    ],
)  # fmt: skip
def test_cities_and_capitals(gaz, spec, ents, expected):
    names = Names(parse(spec, ents=ents), gaz)
    (ent,) = names.ents
    actor = names.entity(ent, {})
    assert (actor.id, actor.country, actor.sector) == expected


def with_regions() -> Places:
    found = small()
    found.add(Place("South East", "GBR", "region", 0), ("South-East",))
    found.add(Place("Highland", "USA", "city", 20_000))
    found.add(Place("Highland", "GBR", "region", 0))
    return found


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("the South East", "GBR", ("South East", "GBR")),  # a region of the story's country
        ("South-East", "GBR", ("South East", "GBR")),  # by an alias
        ("South East", "LKA", None),  # not of another country's story ...
        ("South East", None, None),  # ... nor of a story of no country
        ("Highland", "GBR", ("Highland", "GBR")),  # before a town of the name abroad
        ("Highland", None, ("Highland", "USA")),  # the town, as before
        ("Newcastle", "GBR", ("Newcastle upon Tyne", "GBR")),  # cities as before
    ],
)
def test_a_region_is_a_place_only_in_a_story_of_its_country(name, country, expected):
    found = with_regions().lookup(name, country=country)
    assert ((found.name, found.country) if found else None) == expected


def test_the_packaged_regions_give_england_s_regions_and_iso_subdivisions():
    found = places()
    assert found.lookup("West Midlands", country="GBR") == Place(
        "West Midlands", "GBR", "region", 0
    )
    assert found.lookup("Oxfordshire", country="GBR").kind == "region"
    assert found.lookup("County Durham", country="GBR").country == "GBR"  # "Durham, County"
    assert found.lookup("Alberta", country="CAN").country == "CAN"
    assert found.lookup("Oxfordshire") is None  # no story's country: no region
    assert found.lookup("Cardiff", country="GBR").kind == "city"  # a city before a region


def test_a_broken_region_row_says_to_regenerate_the_regions(tmp_path):
    good, bad = tmp_path / "places.tsv", tmp_path / "regions.tsv"
    good.write_text("name\tcountry\tkind\tpopulation\taliases\nX\tGBR\tcity\t5\t\n")
    bad.write_text("name\tcountry\tkind\tpopulation\taliases\nY\tGB\tregion\t0\t\n")
    with pytest.raises(OntologyError, match=r"gen_regions\.py"):
        Places.load(good, regions=bad)


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("London", ("location/south-east-gbr", "GBR", "Location")),  # a British story
        ("Colombo", ("location/south-east", None, "Location")),  # a Sri Lankan one: unplaced
    ],
)
def test_a_region_of_the_story_s_country_is_a_location_in_it(gaz, city, expected):
    doc = parse(
        f"Prices/NOUN/nsubj/1/price rose/VERB/ROOT/1/rise in/ADP/prep/1 {city}/PROPN/pobj/2 "
        "and/CCONJ/cc/3 the/DET/det/7 South/PROPN/compound/7 East/PROPN/conj/3",
        ents={"3": "GPE", "6-7": "LOC"},
    )
    names = Names(doc, gaz)
    actor = names.entity(names.ents[-1], {})
    assert (actor.id, actor.country, actor.type) == expected


def test_a_capital_named_as_a_place_is_a_city_not_a_region_of_its_name(gaz):
    """ "talks in Kabul" is the city; where the places know only the province of that name,
    the capital stays its country's, as where they know no place of it."""
    doc = parse(
        "talks/NOUN/nsubj/3/talk in/ADP/prep/0 Kabul/PROPN/pobj/1 ended/VERB/ROOT/3/end",
        ents={"2": "GPE"},
    )
    entry, _ = gaz.lookup("Afghanistan")
    province = Places()
    province.add(Place("Kabul", "AFG", "region", 0))
    city = Places()
    city.add(Place("Kabul", "AFG", "capital", 3_000_000))
    assert capital_place(province, doc.ents[0], "Kabul", entry) is None
    assert capital_place(city, doc.ents[0], "Kabul", entry).id == "location/kabul-afg"


@pytest.mark.parametrize(
    ("spec", "ents", "city"),
    [
        # a capital a comma sets after a place is where, not the government
        (
            "a/DET/det/1 service/NOUN/ROOT/1 in/ADP/prep/1 Westminster/PROPN/compound/4"
            " Hall/PROPN/pobj/2 ,/PUNCT/punct/4 London/PROPN/appos/4",
            {"3-4": "FAC", "6": "GPE"},
            True,
        ),
        (
            "a/DET/det/1 cafe/NOUN/ROOT/1 in/ADP/prep/1 Brick/PROPN/compound/4 Lane/PROPN/pobj/2"
            " ,/PUNCT/punct/4 east/ADJ/amod/7 London/PROPN/appos/4",
            {"3-4": "FAC", "7": "GPE"},
            True,
        ),
        # after a speaker it stays the government: "Mr Blair, London" says nothing of where
        (
            "Blair/PROPN/nsubj/3 ,/PUNCT/punct/0 London/PROPN/appos/0 said/VERB/ROOT/3",
            {"0": "PERSON", "2": "GPE"},
            False,
        ),
    ],
)
def test_a_capital_a_comma_sets_after_a_place_is_the_city(gaz, spec, ents, city):
    doc = parse(spec, ents=ents)
    entry, _ = gaz.lookup("United Kingdom")
    found = Places()
    found.add(Place("London", "GBR", "capital", 8_000_000))
    london = next(e for e in doc.ents if e.text == "London")
    place = capital_place(found, london, "London", entry)
    assert (place is not None and place.id == "location/london-gbr") is city
