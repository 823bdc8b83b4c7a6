"""Organisations an article calls by a noun of their kind (kg.extract.callings), on
hand-built parses."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.codes import code_of
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer

#: "Zubcorp heads a coalition . But the <noun> denied reports": Zubcorp, an unknown name.
SPEC = (
    "Zubcorp/PROPN/nsubj/1 heads/VERB/ROOT/1/head a/DET/det/3 coalition/NOUN/dobj/1 "
    "./PUNCT/punct/1 But/CCONJ/cc/7 the/DET/det/7 {noun}/NOUN/nsubj/8/{noun}/NN "
    "denied/VERB/ROOT/8/deny reports/NOUN/dobj/8/report ./PUNCT/punct/8 "
    "Zubcorp/PROPN/nsubj/12 left/VERB/ROOT/12/leave"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("noun", "role", "sector"),
    [
        ("firm", "firm", "BUS"),  # a firm, from the first mention on
        ("bank", "bank", "BUS"),
        ("airline", "airline", "BUS"),  # "the airline" points back too
        ("commission", None, None),  # a state's noun: not said of it here
        ("report", None, None),  # no noun of an organisation
    ],
)
def test_an_organisation_the_article_calls_a_firm_is_one_at_every_mention(gaz, noun, role, sector):
    doc = parse(SPEC.format(noun=noun), ents={"0": "ORG", "11": "ORG"})
    res = Resolver(doc, gaz, codes=actorcodes.load())
    first, later = res.resolve(phrase(doc[0])), res.resolve(phrase(doc[11]))
    assert first.actor.id == later.actor.id == "org/zubcorp"
    assert first.actor.role == later.actor.role == role
    placed = replace(first.actor, country="FRA")  # its code, once a country is known
    assert code_of(placed, None, actorcodes.load()) == "FRA" + (sector or "")
    assert all(a.role == role for i, a in res.positions if a.id == "org/zubcorp")
