"""A party's spokesperson is its front bench in opposition (kg.extract.benches), and a
spokesperson's code is the body they speak for (kg.extract.codes), on hand-built parses."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.codes import code_of
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer
from kg.model import Actor

#: "{party} home affairs spokesman Mark Zubkin spoke ." ({n} words of the party's name)
STORY = (
    "{party} home/NOUN/compound/{s} affairs/NOUN/compound/{s} spokesman/NOUN/compound/{p} "
    "Mark/PROPN/compound/{p} Zubkin/PROPN/nsubj/{v} spoke/VERB/ROOT/{v}/speak ./PUNCT/punct/{v}"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def _spokesman(gaz, words: list[str], label: str, when: dt.date):
    n = len(words)
    party = " ".join(f"{w}/PROPN/compound/{n + 2}" for w in words)
    spec = STORY.format(party=party, s=n + 2, p=n + 4, v=n + 5)
    ents = {f"0-{n - 1}" if n > 1 else "0": label, f"{n + 3}-{n + 4}": "PERSON"}
    doc = parse(spec, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    actor = resolver.resolve(phrase(doc[n + 4])).actor
    return actor, code_of(actor, when, actorcodes.load())


@pytest.mark.parametrize(
    ("words", "label", "when", "code"),
    [
        (["Liberal", "Democrat"], "NORP", dt.date(2005, 3, 1), "GBROPP"),
        (["Lib", "Dem"], "PERSON", dt.date(2005, 3, 1), "GBROPP"),  # the parser's "person"
        (["Tory"], "NORP", dt.date(2005, 3, 1), "GBROPP"),
        (["Labour"], "ORG", dt.date(2005, 3, 1), "GBRPTY"),  # the party in government's
        # a day the table knows no leader of the party: not said to be in opposition
        (["Liberal", "Democrat"], "NORP", dt.date(2012, 3, 1), None),
    ],
)
def test_a_party_spokesman_in_opposition_is_its_front_bench(gaz, words, label, when, code):
    actor, found = _spokesman(gaz, words, label, when)
    assert actor.id == "person/mark-zubkin"
    if code is None:
        assert found != "GBROPP"
    else:
        assert found == code


@pytest.mark.parametrize(
    ("sector", "code"),
    [
        ("party", "GBRPTY"),  # a party's spokesman speaks for it, no news medium
        ("Union", "GBRLAB"),  # "PCS Union spokesman"
        (None, "GBRMED"),  # no body named: Phoenix's spokesman
    ],
)
def test_a_spokesperson_is_coded_as_the_body_they_speak_for(sector, code):
    actor = Actor("person/x-y", "X Y", "Person", "GBR", role="spokesman", sector=sector)
    assert code_of(actor, None, actorcodes.load()) == code
