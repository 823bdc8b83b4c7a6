"""Names of works, not actors (kg/extract/works.py), on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.phrases import phrase
from kg.extract.works import work_cue, works
from kg.gazetteer import Gazetteer

# "US musical Sweet Charity has closed ."
MUSICAL = (
    "US/PROPN/nmod/3 musical/ADJ/amod/3 Sweet/PROPN/compound/3 Charity/PROPN/nsubj/5 "
    "has/AUX/aux/5 closed/VERB/ROOT/5 ./PUNCT/punct/5"
)
# "US star Sweet Charity has closed ." (a person's title: no work)
STAR = (
    "US/PROPN/nmod/3 star/NOUN/compound/3 Sweet/PROPN/compound/3 "
    "Charity/PROPN/nsubj/5 has/AUX/aux/5 closed/VERB/ROOT/5 ./PUNCT/punct/5"
)
# "He wrote his first novel , Runaway Zero , in 1958 ."
APPOS = (
    "He/PRON/nsubj/1 wrote/VERB/ROOT/1 his/PRON/poss/4 first/ADJ/amod/4 "
    "novel/NOUN/dobj/1 ,/PUNCT/punct/4 Runaway/PROPN/compound/7 Zero/PROPN/appos/4 "
    ",/PUNCT/punct/4 in/ADP/prep/1 1958/NUM/pobj/9 ./PUNCT/punct/1"
)
# "Johnny Vaughan and Denise Outen 's show Passport ended ." (the parser hung "show" on the
# first owner, no comma: no apposition of a work)
OWNERS = (
    "Johnny/PROPN/compound/1 Vaughan/PROPN/nsubj/9 and/CCONJ/cc/1 "
    "Denise/PROPN/compound/4 Outen/PROPN/conj/1 's/PART/case/4 show/NOUN/appos/1 "
    "Passport/PROPN/appos/6 ended/VERB/ROOT/9 ./PUNCT/punct/9"
)
# "Angels and Demons , by author Dan Brown , is out ."
BY = (
    "Angels/PROPN/nsubj/9 and/CCONJ/cc/0 Demons/PROPN/conj/0 ,/PUNCT/punct/0 "
    "by/ADP/prep/0 author/NOUN/compound/7 Dan/PROPN/compound/7 Brown/PROPN/pobj/4 "
    ",/PUNCT/punct/0 is/AUX/ROOT/9 out/ADV/advmod/9 ./PUNCT/punct/9"
)
# "Demons was hit by Dan Brown ." (a passive's agent: no work)
AGENT = (
    "Demons/PROPN/nsubjpass/2 was/AUX/auxpass/2 hit/VERB/ROOT/2 by/ADP/agent/2 "
    "Dan/PROPN/compound/5 Brown/PROPN/pobj/3 ./PUNCT/punct/2"
)


def _ent(doc, start, end):
    return next(e for e in doc.ents if e.start == start and e.end == end)


@pytest.mark.parametrize(
    ("spec", "ents", "span", "expected"),
    [
        (MUSICAL, {"0": "GPE", "2-3": "PERSON"}, (2, 4), True),
        (STAR, {"0": "GPE", "2-3": "PERSON"}, (2, 4), False),
        (APPOS, {"6-7": "PERSON"}, (6, 8), True),
        (OWNERS, {"0-1": "PERSON", "3-4": "PERSON", "7": "ORG"}, (0, 2), False),
        (OWNERS, {"0-1": "PERSON", "3-4": "PERSON", "7": "ORG"}, (7, 8), True),
        (BY, {"2": "ORG", "6-7": "PERSON"}, (2, 3), True),
        (AGENT, {"0": "ORG", "4-5": "PERSON"}, (0, 1), False),
    ],
)
def test_work_cue(spec, ents, span, expected):
    doc = parse(spec, ents=ents)
    assert work_cue(_ent(doc, *span)) is expected


def test_works_names_every_mention_and_the_listed_names():
    doc = parse(BY, ents={"0": "ORG", "2": "ORG", "6-7": "PERSON"})
    assert works(doc.ents, lambda name: False) == {"Demons", "Angels"}


def test_works_never_a_known_actor_nor_a_person_named_by():
    doc = parse(BY, ents={"0": "GPE", "2": "ORG", "6-7": "PERSON"})
    assert works(doc.ents, lambda name: name == "Angels") == {"Demons"}


def test_works_keeps_a_work_of_art_tag():
    doc = parse(AGENT, ents={"0": "WORK_OF_ART", "4-5": "PERSON"})
    assert works(doc.ents, lambda name: False) == {"Demons"}


# "of The Libertine starring Johnny Depp" (the parser hung "starring" elsewhere)
STARRING = (
    "Shooting/VERB/ROOT/0 of/ADP/prep/0 The/DET/det/3 Libertine/PROPN/pobj/1 "
    "starring/VERB/acl/0/star/VBG Johnny/PROPN/compound/6 Depp/PROPN/dobj/4 "
    "./PUNCT/punct/0"
)
# "Jude Law stars in it ." (a person who plays: no work)
STARS_IN = (
    "Jude/PROPN/compound/1 Law/PROPN/nsubj/2 stars/VERB/ROOT/2/star/VBZ in/ADP/prep/2 "
    "it/PRON/pobj/3 ./PUNCT/punct/2"
)
# "Wheels ( 1971 ) followed ." and "Smith ( 1920 - 2004 ) died ."
DATED = (
    "Wheels/PROPN/nsubj/4 (/PUNCT/punct/0 1971/NUM/appos/0 )/PUNCT/punct/0 "
    "followed/VERB/ROOT/4 ./PUNCT/punct/4"
)
LIFE = (
    "Smith/PROPN/nsubj/6 (/PUNCT/punct/0 1920/NUM/appos/0 -/PUNCT/punct/2 "
    "2004/NUM/prep/2 )/PUNCT/punct/0 died/VERB/ROOT/6 ./PUNCT/punct/6"
)


@pytest.mark.parametrize(
    ("spec", "ents", "span", "expected"),
    [
        (STARRING, {"2-3": "ORG", "5-6": "PERSON"}, (2, 4), True),
        (STARS_IN, {"0-1": "PERSON"}, (0, 2), False),
        (DATED, {"0": "ORG"}, (0, 1), True),
        (LIFE, {"0": "PERSON"}, (0, 1), False),
    ],
)
def test_work_cue_after_the_name(spec, ents, span, expected):
    doc = parse(spec, ents=ents)
    assert work_cue(_ent(doc, *span)) is expected


# "US musical Zubcharity has closed . Zubcharity tells a story ." and the same with "star"
AGAIN = (
    "US/PROPN/nmod/2 {noun}/{pos}/amod/2 Zubcharity/PROPN/nsubj/4 has/AUX/aux/4 "
    "closed/VERB/ROOT/4/close ./PUNCT/punct/4 Zubcharity/PROPN/nsubj/7 tells/VERB/ROOT/7/tell "
    "a/DET/det/9 story/NOUN/dobj/7 ./PUNCT/punct/7"
)


@pytest.mark.parametrize(
    ("noun", "pos", "work"),
    [("musical", "ADJ", True), ("novel", "NOUN", True), ("star", "NOUN", False)],
)
def test_a_work_is_no_actor_at_every_mention(noun, pos, work):
    doc = parse(AGAIN.format(noun=noun, pos=pos), ents={"0": "GPE", "2": "PERSON", "6": "ORG"})
    res = Resolver(doc, Gazetteer.load(), codes=actorcodes.load())
    first = res.resolve(phrase(doc[2])).actor
    later = res.resolve(phrase(doc[6])).actor
    assert (first.type == "Topic") is work
    assert (later.type == "Topic") is work
    assert all(actor.label != "Zubcharity" for _, actor in res.positions) is work


@pytest.mark.model
def test_a_film_the_parser_took_for_a_person_is_a_topic(nlp, knowledge):
    doc = nlp("Hailey's first novel, Runaway Zero-Eight, was a hit. Runaway Zero-Eight sold well.")
    res = Resolver(doc, knowledge.gazetteer, codes=knowledge.codes)
    named = [res.entity(e) for e in res.names.ents if "Runaway" in e.text]
    assert named and all(actor is not None and actor.type == "Topic" for actor in named)
