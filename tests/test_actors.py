"""Gazetteer lookups and resolution of mentions to canonical actors (hand-built parses)."""

from __future__ import annotations

import pytest
from conftest import parse

from kg.extract.actors import GAZETTEER, Gazetteer, Resolver
from kg.extract.clauses import phrase


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("surface", "key", "sector"),
    [
        ("the United States", "country/USA", None),
        ("US", "country/USA", None),
        ("Britain", "country/GBR", None),
        ("Russian", "country/RUS", None),
        ("the Kremlin", "country/RUS", "government"),
        ("Beijing", "country/CHN", "government"),
        ("NATO", "org/NATO", None),
        ("Xinhua", "org/XINHUA", None),
        ("Uyghurs", "group/UYGHURS", None),
        ("Putin", "person/vladimir-putin", None),
        ("Kiev", "country/UKR", "government"),
        ("Burma", "country/MMR", None),
    ],
)
def test_gazetteer_lookup(gaz, surface, key, sector):
    entry, found_sector = gaz.lookup(surface)
    assert entry.key == key and found_sector == sector


def test_country_rows_carry_iso_codes(gaz):
    countries = [e for e in gaz.entries.values() if e.key.startswith("country/")]
    assert len(countries) >= 240
    assert all(e.country and len(e.country) == 3 for e in countries)


def test_a_user_adds_an_actor_by_adding_a_row(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        GAZETTEER.read_text(encoding="utf-8")
        + "org/QUAD\tQuad\tOrganization\tIGO\t\t\tQuadrilateral Security Dialogue\n"
    )
    entry, _ = Gazetteer.load(path).lookup("Quadrilateral Security Dialogue")
    assert entry.label == "Quad" and entry.type == "Organization"


def test_title_gives_role_and_short_name_resolves_within_article(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 President/PROPN/compound/3 Ivan/PROPN/compound/3 "
        "Petrov/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
        "Petrov/PROPN/nsubj/7 left/VERB/ROOT/7/leave",
        ents={"0": "NORP", "2-3": "PERSON", "6": "PERSON"},
    )
    res = Resolver(doc, gaz)
    full, is_actor = res.resolve(phrase(doc[3]))
    short, _ = res.resolve(phrase(doc[6]))
    assert is_actor and full.id == short.id == "person/ivan-petrov"
    assert full.label == "Ivan Petrov" and full.role == "president" and full.country == "RUS"


def test_collective_mentions_stand_for_the_country(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2/mass", ents={"0": "NORP"}
    )
    actor, is_actor = Resolver(doc, gaz).resolve(phrase(doc[1]))
    assert is_actor and actor.id == "country/RUS" and actor.sector == "military"


def test_pronouns_take_the_nearest_compatible_antecedent(gaz):
    doc = parse(
        "Xi/PROPN/nsubj/1 met/VERB/ROOT/1/meet Russia/PROPN/dobj/1 ./PUNCT/punct/1 "
        "He/PRON/nsubj/5 left/VERB/ROOT/5/leave ./PUNCT/punct/5 "
        "It/PRON/nsubj/8 objected/VERB/ROOT/8/object",
        ents={"0": "PERSON", "2": "GPE"},
    )
    res = Resolver(doc, gaz)
    assert res.resolve(phrase(doc[4]))[0].id == "person/xi-jinping"
    assert res.resolve(phrase(doc[7]))[0].id == "country/RUS"


def test_unresolvable_pronoun_is_dropped_and_topics_stay_topics(gaz):
    doc = parse("He/PRON/nsubj/1 praised/VERB/ROOT/1/praise the/DET/det/3 relationship/NOUN/dobj/1")
    res = Resolver(doc, gaz)
    assert res.resolve(phrase(doc[0])) is None
    topic, is_actor = res.resolve(phrase(doc[3]))
    assert not is_actor and topic.type == "Topic" and topic.label == "relationship"
