"""Two ways one article writes one person's name (kg.extract.namevariants): a surname with
a particle, a given name spelt two ways."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.actors import Resolver
from kg.extract.namevariants import add_variants, particle_surname
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Julio De Vido", "De Vido"),
        ("Johannes van der Waals", "van der Waals"),
        ("Osama bin Laden", "bin Laden"),
        ("Gordon Brown", None),  # no particle
        ("De Vido", None),  # nothing before the particle: no full name
    ],
)
def test_particle_surname(name, surname):
    assert particle_surname(name.split()) == surname


@pytest.mark.parametrize(
    ("fulls", "key", "expected"),
    [
        (["Dominique de Villepin"], "de Villepin", ("Dominique de Villepin",)),
        (["Dominique de Villepin"], "De Villepin", ("Dominique de Villepin",)),  # sentence start
        (["Victor Makarov", "Viktor Makarov"], "Viktor Makarov", ("Victor Makarov",)),
        (["John Smith", "Joan Smith"], "Joan Smith", None),  # a man's and a woman's name
        (["Victor Makarov", "Boris Makarov"], "Boris Makarov", None),  # another person
        # the family name before the particles, after two given names: "President Lula"
        (["Luiz Inacio Lula da Silva"], "Lula", ("Luiz Inacio Lula da Silva",)),
        (["Luiz Inacio Lula da Silva"], "Lula da Silva", ("Luiz Inacio Lula da Silva",)),
        (["Julio De Vido"], "Julio", None),  # one given name: no family name before
    ],
)
def test_variants_added_to_the_index(fulls, key, expected):
    people: dict[str, tuple[str, ...]] = {}
    add_variants(people, [f.split() for f in fulls])
    assert people.get(key) == expected


#: "{first} {second} Vido spoke . Mr {p} Vido left ."
STORY = (
    "{first}/PROPN/compound/2 {p}/PROPN/compound/2 Vido/PROPN/nsubj/3 spoke/VERB/ROOT/3/speak "
    "./PUNCT/punct/3 Mr/PROPN/compound/7 {p}/PROPN/compound/7 Vido/PROPN/nsubj/8 "
    "left/VERB/ROOT/8/leave ./PUNCT/punct/8"
)


@pytest.mark.parametrize(
    ("first", "p", "same"),
    [("Julio", "De", True), ("Julio", "Zub", False)],  # "Zub" is no particle: apart, as before
)
def test_mr_de_vido_is_julio_de_vido(gaz, first, p, same):
    doc = parse(STORY.format(first=first, p=p), ents={"0-2": "PERSON", "6-7": "PERSON"})
    resolver = Resolver(doc, gaz)
    full, short = (resolver.resolve(phrase(doc[i])).actor.id for i in (2, 7))
    assert (full == short) is same


def test_a_name_spelt_again_is_the_first_person(gaz):
    doc = parse(
        "Victor/PROPN/compound/1 Makarov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "Viktor/PROPN/compound/5 Makarov/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
        ents={"0-1": "PERSON", "4-5": "PERSON"},
    )
    resolver = Resolver(doc, gaz)
    assert {resolver.resolve(phrase(doc[i])).actor.id for i in (1, 5)} == {"person/victor-makarov"}
