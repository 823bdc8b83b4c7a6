"""Gazetteer lookups and resolution of mentions to canonical actors (hand-built parses)."""

from __future__ import annotations

import pytest
from factories import parse

from kg import data
from kg.extract.actors import Gazetteer, Resolver
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
        data.gazetteer().read_text(encoding="utf-8")
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
    full, short = res.resolve(phrase(doc[3])), res.resolve(phrase(doc[6]))
    assert full.is_actor and full.via == "name"
    full, short = full.actor, short.actor
    assert full.id == short.id == "person/ivan-petrov"
    assert full.label == "Ivan Petrov" and full.role == "president" and full.country == "RUS"


def test_collective_mentions_stand_for_the_country(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2/mass", ents={"0": "NORP"}
    )
    found = Resolver(doc, gaz).resolve(phrase(doc[1]))
    assert found.is_actor and found.via == "collective"
    assert found.actor.id == "country/RUS" and found.actor.sector == "military"


def test_pronouns_take_the_nearest_compatible_antecedent(gaz):
    doc = parse(
        "Xi/PROPN/nsubj/1 met/VERB/ROOT/1/meet Russia/PROPN/dobj/1 ./PUNCT/punct/1 "
        "He/PRON/nsubj/5 left/VERB/ROOT/5/leave ./PUNCT/punct/5 "
        "It/PRON/nsubj/8 objected/VERB/ROOT/8/object",
        ents={"0": "PERSON", "2": "GPE"},
    )
    res = Resolver(doc, gaz)
    he, it = res.resolve(phrase(doc[4])), res.resolve(phrase(doc[7]))
    assert he.actor.id == "person/xi-jinping" and it.actor.id == "country/RUS"
    assert he.via == "pronoun" and he.confidence < 1


def test_unresolvable_pronoun_is_dropped_and_topics_stay_topics(gaz):
    doc = parse("He/PRON/nsubj/1 praised/VERB/ROOT/1/praise the/DET/det/3 relationship/NOUN/dobj/1")
    res = Resolver(doc, gaz)
    assert res.resolve(phrase(doc[0])) is None
    found = res.resolve(phrase(doc[3]))
    assert not found.is_actor and found.actor.type == "Topic"
    assert found.actor.label == "relationship"


@pytest.mark.parametrize(
    ("spec", "ents", "key", "kind", "country"),
    [
        (
            "Afghan/ADJ/amod/1 guerrillas/NOUN/nsubj/2/guerrilla fled/VERB/ROOT/2/flee",
            {"0": "NORP"},
            "group/afghan-guerrillas",
            "Group",
            "AFG",
        ),
        (
            "rebels/NOUN/nsubj/3/rebel in/ADP/prep/0 Chad/PROPN/pobj/1 fled/VERB/ROOT/3/flee",
            {"2": "GPE"},
            "group/rebels-in-chad",
            "Group",
            "TCD",
        ),
        (
            "Thousands/NOUN/nsubj/4/thousand of/ADP/prep/0 Iraqi/ADJ/amod/3 Kurds/PROPN/pobj/1 "
            "marched/VERB/ROOT/4/march",
            {"2": "NORP"},
            None,
            None,
            "IRQ",
        ),
        (
            "Ghanaian/ADJ/amod/1 authorities/NOUN/nsubj/2/authority acted/VERB/ROOT/2/act",
            {},
            "country/GHA",
            "Country",
            "GHA",
        ),
        (
            "U.N./PROPN/compound/1 envoys/NOUN/nsubj/2/envoy left/VERB/ROOT/2/leave",
            {"0": "ORG"},
            "org/UN",
            "Organization",
            None,
        ),
    ],
)
def test_groups_collectives_and_quantities(gaz, spec, ents, key, kind, country):
    doc = parse(spec, ents=ents)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    found = Resolver(doc, gaz).resolve(phrase(subj))
    assert found.actor.country == country
    if key:
        assert (found.actor.id, found.actor.type) == (key, kind)


def test_the_two_leaders_are_the_pair_just_named(gaz):
    doc = parse(
        "Biden/PROPN/nsubj/1 called/VERB/ROOT/1/call Macron/PROPN/dobj/1 ./PUNCT/punct/1 "
        "The/DET/det/6 two/NUM/nummod/6 leaders/NOUN/nsubj/7/leader "
        "agreed/VERB/ROOT/7/agree",
        ents={"0": "PERSON", "2": "PERSON"},
    )
    found = Resolver(doc, gaz).resolve_all(phrase(doc[6]))
    assert [f.actor.id for f in found] == ["person/joe-biden", "person/emmanuel-macron"]
    assert all(f.via == "pair" for f in found)


def test_apposition_gives_a_role_and_country(gaz):
    doc = parse(
        "the/DET/det/3 Kremlin/PROPN/poss/3 's/PART/case/1 adviser/NOUN/nsubj/7 "
        ",/PUNCT/punct/3 Ivan/PROPN/compound/6 Sidorov/PROPN/appos/3 "
        "said/VERB/ROOT/7/say",
        ents={"1": "ORG", "5-6": "PERSON"},
    )
    actor = Resolver(doc, gaz).resolve(phrase(doc[6])).actor
    assert actor.label == "Ivan Sidorov" and actor.role == "adviser" and actor.country == "RUS"
