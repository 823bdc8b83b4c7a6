"""'His party' is the party of the person 'his' stands for (kg.extract.possessed), on
hand-built parses."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer

#: "{title} {first} {last} said his {noun} won ." (the title: a party word and "chairman")
SAID = (
    "{t0}/{p0}/compound/3 {t1}/NOUN/compound/3 {first}/PROPN/compound/3 {last}/PROPN/nsubj/4 "
    "said/VERB/ROOT/4/say his/PRON/poss/6 {noun}/NOUN/nsubj/7/{noun}/NN won/VERB/ccomp/4/win "
    "./PUNCT/punct/4"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("t0", "p0", "first", "last", "noun", "when", "expected"),
    [
        # the party the speaker's title names
        ("Tory", "PROPN", "Liam", "Fox", "party", dt.date(2005, 3, 1), "org/GB-CONSERVATIVES"),
        # no party in the title: the one kg's table has him lead that day
        ("the", "DET", "Michael", "Howard", "party", dt.date(2005, 3, 1), "org/GB-CONSERVATIVES"),
        ("the", "DET", "Michael", "Howard", "party", dt.date(1990, 3, 1), None),  # not yet
        ("Tory", "PROPN", "Liam", "Fox", "government", dt.date(2005, 3, 1), None),  # no party
    ],
)
def test_his_party_is_the_party_of_the_person_his_stands_for(
    gaz, t0, p0, first, last, noun, when, expected
):
    spec = SAID.format(t0=t0, p0=p0, t1="chairman", first=first, last=last, noun=noun)
    ents = {"2-3": "PERSON"} | ({"0": "NORP"} if t0 == "Tory" else {})
    doc = parse(spec, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    found = resolver.resolve(phrase(doc[6]))
    assert (found.actor.id if found.is_actor else None) == expected
