"""Sources a sentence cites with "according to" (kg.extract.according), on hand-built parses,
and what they change for pronouns (through the Resolver)."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.according import Cited, cited_sources, is_cited
from kg.extract.actors import Gazetteer, Resolver
from kg.extract.phrases import phrase

#: "Prosecutors targeted a ranch owned by Acme . According to Reuters , they plan raids"
PROSECUTORS = (
    "Prosecutors/NOUN/nsubj/1/prosecutor/NNS targeted/VERB/ROOT/1/target a/DET/det/3 "
    "ranch/NOUN/dobj/1 owned/VERB/acl/3/own by/ADP/agent/4 Acme/PROPN/pobj/5 "
    "./PUNCT/punct/1 According/VERB/prep/13/accord to/ADP/prep/8 Reuters/PROPN/pobj/9 "
    ",/PUNCT/punct/13 they/PRON/nsubj/13 plan/VERB/ROOT/13 raids/NOUN/dobj/13/raid/NNS"
)
ENTS = {"6": "ORG", "10": "ORG"}


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        (PROSECUTORS, ENTS, {8: "Reuters"}),
        # "Prices rose , according to figures from the Acme Bank": the body, not the figures
        ("Prices/NOUN/nsubj/1/price/NNS rose/VERB/ROOT/1/rise ,/PUNCT/punct/1 "
         "according/VERB/prep/1/accord to/ADP/prep/3 figures/NOUN/pobj/4/figure/NNS "
         "from/ADP/prep/5 the/DET/det/9 Acme/PROPN/compound/9 Bank/PROPN/pobj/6",
         {"8-9": "ORG"}, {0: "the Acme Bank"}),
        # "Prices rose , according to the commission": the object of "to"
        ("Prices/NOUN/nsubj/1/price/NNS rose/VERB/ROOT/1/rise ,/PUNCT/punct/1 "
         "according/VERB/prep/1/accord to/ADP/prep/3 the/DET/det/6 commission/NOUN/pobj/4",
         {}, {0: "the commission"}),
        # quoted words cite no source for the narrative
        ('Ivan/PROPN/nsubj/1 said/VERB/ROOT/1/say "/PUNCT/punct/4 according/VERB/prep/7/accord '
         'to/ADP/prep/3 Acme/PROPN/pobj/4 ,/PUNCT/punct/7 it/PRON/nsubj/7 fell/VERB/ccomp/1/fall '
         '"/PUNCT/punct/7', {"5": "ORG"}, {}),
        ("Prices/NOUN/nsubj/1/price/NNS rose/VERB/ROOT/1/rise", {}, {}),
        # "Acme withdrew according to the agreement": an instrument followed, no source
        ("Acme/PROPN/nsubj/1 withdrew/VERB/ROOT/1/withdraw according/VERB/prep/1/accord "
         "to/ADP/prep/2 the/DET/det/5 agreement/NOUN/pobj/3", {"0": "ORG"}, {}),
    ],
)  # fmt: skip
def test_the_source_each_sentence_cites(spec, ents, expected):
    found = cited_sources(parse(spec, ents=ents))
    assert {start: arg.text for start, arg in found.items()} == expected
    assert all(isinstance(arg, Cited) for arg in found.values())


def test_a_cited_source_is_no_participant():
    doc = parse(PROSECUTORS, ents=ENTS)
    assert is_cited(doc[10]) and not is_cited(doc[6]) and not is_cited(doc[12])


def test_they_after_a_cited_source_is_the_plural_subject_before_it(gaz):
    """Not Reuters (the source, also the sentence's speaker), nor Acme (named after the
    prosecutors, but in no subject): the prosecutors."""
    doc = parse(PROSECUTORS, ents=ENTS)
    res = Resolver(doc, gaz)
    reuters = res.resolve(phrase(doc[10])).actor
    found = res.resolve(phrase(doc[12]), speaker=reuters)
    assert (found.actor.id, found.is_actor) == ("topic/prosecutors", False)


@pytest.mark.parametrize(
    ("spec", "ents", "i", "expected"),
    [
        # "Acme and Globex said they would merge": both
        ("Acme/PROPN/nsubj/3 and/CCONJ/cc/0 Globex/PROPN/conj/0 said/VERB/ROOT/3/say "
         "they/PRON/nsubj/6 would/AUX/aux/6 merge/VERB/ccomp/3",
         {"0": "ORG", "2": "ORG"}, 4, ["org/acme", "org/globex"]),
        # "Acme and Globex must realise they lose , says Ivan": the subject of the clause above
        ("Acme/PROPN/nsubj/3 and/CCONJ/cc/0 Globex/PROPN/conj/0 realise/VERB/ccomp/7/realise "
         "they/PRON/nsubj/5 lose/VERB/ccomp/3 ,/PUNCT/punct/7 says/VERB/ROOT/7/say "
         "Ivan/PROPN/nsubj/7",
         {"0": "ORG", "2": "ORG", "8": "PERSON"}, 4, ["org/acme", "org/globex"]),
        # one organisation: "they" is it, as before
        ("Acme/PROPN/nsubj/1 said/VERB/ROOT/1/say they/PRON/nsubj/3 would/AUX/aux/4 "
         "merge/VERB/ccomp/1", {"0": "ORG"}, 2, ["org/acme"]),
    ],
)  # fmt: skip
def test_they_after_a_joined_subject_is_all_its_actors(gaz, spec, ents, i, expected):
    doc = parse(spec, ents=ents)
    res = Resolver(doc, gaz)
    speaker = res.resolve(phrase(doc[0])).actor
    found = res.resolve_all(phrase(doc[i]), speaker=speaker)
    assert sorted(r.actor.id for r in found) == expected
