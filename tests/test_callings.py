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
        ("union", "union", "LAB"),  # a union is labour
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


#: "Zubcorp heads a coalition . But the Zubnet union denied reports . Zubcorp left": the
#: union carries a name of its own ({dep} of "union"), so it is not Zubcorp.
NAMED = (
    "Zubcorp/PROPN/nsubj/1 heads/VERB/ROOT/1/head a/DET/det/3 coalition/NOUN/dobj/1 "
    "./PUNCT/punct/1 But/CCONJ/cc/9 the/DET/det/8 Zubnet/PROPN/{dep}/8 union/NOUN/nsubj/9/union/NN "
    "denied/VERB/ROOT/9/deny reports/NOUN/dobj/9/report ./PUNCT/punct/9 "
    "Zubcorp/PROPN/nsubj/13 left/VERB/ROOT/13/leave"
)


@pytest.mark.parametrize("dep", ["nmod", "compound"])
def test_a_noun_with_a_name_of_its_own_does_not_point_back(gaz, dep):
    doc = parse(NAMED.format(dep=dep), ents={"0": "ORG", "12": "ORG"})
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert res.resolve(phrase(doc[12])).actor.role is None


@pytest.mark.parametrize(
    ("spec", "ents", "role"),
    [
        # "Shares in Zubcorp fell . Zubcorp left ."
        ("Shares/NOUN/nsubj/3/share/NNS in/ADP/prep/0 Zubcorp/PROPN/pobj/1 fell/VERB/ROOT/3/fall",
         {"2": "ORG"}, "company"),
        # "Zubcorp 's profits rose ." (the parser may take the name for a place)
        ("Zubcorp/PROPN/poss/2 's/PART/case/0 profits/NOUN/nsubj/3/profit/NNS "
         "rose/VERB/ROOT/3/rise", {"0": "GPE"}, "company"),
        # "Zubcorp shareholders voted ."
        ("Zubcorp/PROPN/compound/1 shareholders/NOUN/nsubj/2/shareholder/NNS "
         "voted/VERB/ROOT/2/vote", {"0": "ORG"}, "company"),
        # a person's shares are no company's
        ("Zubov/PROPN/poss/2 's/PART/case/0 shares/NOUN/nsubj/3/share/NNS rose/VERB/ROOT/3/rise",
         {"0": "PERSON"}, None),
        # a word no company needs: "Zubcorp 's staff"
        ("Zubcorp/PROPN/poss/2 's/PART/case/0 staff/NOUN/nsubj/3/staff/NN rose/VERB/ROOT/3/rise",
         {"0": "ORG"}, None),
        # a name the gazetteer knows is left as it knows it
        ("Labour/PROPN/poss/2 's/PART/case/0 profits/NOUN/nsubj/3/profit/NNS "
         "rose/VERB/ROOT/3/rise", {"0": "ORG"}, None),
    ],
)  # fmt: skip
def test_an_organisation_with_shares_or_profits_is_a_company(gaz, spec, ents, role):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz, codes=actorcodes.load())
    name = doc[min(int(k.split("-")[0]) for k in ents)].text
    assert (res.roles[name].role if name in res.roles else None) == role


@pytest.mark.model
@pytest.mark.parametrize(("owner", "country"), [("firm", "NLD"), ("ministry", "GBR")])
def test_a_firms_chief_named_apart_is_of_the_firm_at_every_mention(nlp, gaz, owner, country):
    """ "BMW is preparing ..., the firm's chief has told BBC News. ... Helmut Panke predicted
    ...": Panke is BMW's (DEU, company), in a British story, at every mention (here the Dutch
    brewer Heineken's); a state's noun ("the ministry's chief") says nothing of a firm."""
    doc = nlp(
        "Heineken is preparing to enter the market, the "
        f"{owner}'s chief has told BBC News in London. Speaking at an event in Britain, "
        "Helmut Zubke predicted demand would soar. Mr Zubke said the market would grow."
    )
    res = Resolver(doc, gaz, codes=actorcodes.load())
    people = [e for e in doc.ents if "Zubke" in e.text]
    found = [res.resolve(phrase(e.root)).actor for e in people]
    assert [a.label for a in found] == ["Helmut Zubke", "Helmut Zubke"]
    assert {a.country for a in found} == {country}


#: "Its {title} Zubcorp heads a coalition . But the firm denied reports . Zubcorp left": a
#: title before the name, then "the firm" pointing back to it.
TITLED = (
    "Its/PRON/poss/1 {title}/NOUN/compound/2/{title}/NN Zubcorp/PROPN/nsubj/3 "
    "heads/VERB/ROOT/3/head a/DET/det/5 coalition/NOUN/dobj/3 ./PUNCT/punct/3 "
    "But/CCONJ/cc/9 the/DET/det/9 firm/NOUN/nsubj/10/firm/NN denied/VERB/ROOT/10/deny "
    "reports/NOUN/dobj/10/report ./PUNCT/punct/10 Zubcorp/PROPN/nsubj/14 left/VERB/ROOT/14/leave"
)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # a title that says only how the name stands to another: "the firm" still says its kind
        ("rival", "firm"),
        ("competitor", "firm"),
        ("partner", "firm"),
        # a title that says its kind keeps it
        ("regulator", "regulator"),
    ],
)
def test_a_name_titled_only_as_a_rival_may_be_called_a_firm(gaz, title, role):
    doc = parse(TITLED.format(title=title), ents={"2": "ORG", "13": "ORG"})
    res = Resolver(doc, gaz, codes=actorcodes.load())
    assert res.resolve(phrase(doc[13])).actor.role == role
