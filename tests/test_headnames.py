"""Surnames in an article's headline are the people the text names in full
(kg.extract.headnames), on hand-built parses."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse
from spacy.tokens import Span

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.fullnames import (
    with_bare_surnames,
    with_first_name_people,
    with_people_named_again,
)
from kg.extract.headnames import with_title_surnames
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer

#: "{head} defends detentions \n\n {first} Clarke spoke ."
STORY = (
    "{head}/PROPN/nsubj/1 defends/VERB/ROOT/1/defend detentions/NOUN/dobj/1 "
    "\\n\\n/SPACE/dep/1 {first}/PROPN/compound/5 Clarke/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak "
    "./PUNCT/punct/6"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("head", "first", "label", "expected"),
    [
        ("Clarke", "Charles", "ORG", "person/charles-clarke"),  # the parser's organisation
        ("Clarke", "Charles", None, "person/charles-clarke"),  # no entity at all
        ("Clarke", "Mr", "ORG", "org/clarke"),  # the text never names him in full
        ("Jones", "Charles", "ORG", "org/jones"),  # nobody of that surname
    ],
)
def test_a_headline_surname_is_the_person_named_in_full(gaz, head, first, label, expected):
    ents = {"4-5": "PERSON"}
    if label:
        ents["0"] = label
    doc = parse(STORY.format(head=head, first=first), ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = resolver.resolve(phrase(doc[0]))
    assert found.is_actor and found.actor.id == expected


def test_no_headline_line_no_change():
    # the same words with no line break after the first sentence: no headline to read
    doc = parse(
        "Clarke/PROPN/nsubj/1 defends/VERB/ROOT/1/defend detentions/NOUN/dobj/1 ./PUNCT/punct/1 "
        "Charles/PROPN/compound/5 Clarke/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak",
        ents={"0": "ORG", "4-5": "PERSON"},
    )
    ents = tuple(doc.ents)
    assert with_title_surnames(ents) == ents


def test_a_headline_person_is_kept_and_a_longer_entity_untouched():
    doc = parse(STORY.format(head="Clarke", first="Charles"), ents={"0": "ORG", "4-5": "PERSON"})
    found = with_title_surnames(tuple(doc.ents))
    assert [(e.text, e.label_) for e in found] == [
        ("Clarke", "PERSON"),
        ("Charles Clarke", "PERSON"),
    ]


def test_a_headline_surname_two_people_share_is_the_one_named_first(gaz):
    # "Clarke defends detentions \n\n Charles Clarke spoke and Kate Clarke wept ."
    doc = parse(
        "Clarke/PROPN/nsubj/1 defends/VERB/ROOT/1/defend detentions/NOUN/dobj/1 "
        "\\n\\n/SPACE/dep/1 Charles/PROPN/compound/5 Clarke/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak "
        "and/CCONJ/cc/6 Kate/PROPN/compound/9 Clarke/PROPN/nsubj/10 wept/VERB/conj/6/weep "
        "./PUNCT/punct/6",
        ents={"0": "ORG", "4-5": "PERSON", "8-9": "PERSON"},
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = resolver.resolve(phrase(doc[0]))
    assert found.is_actor and found.actor.id == "person/charles-clarke"
    assert resolver.names.is_ambiguous(Span(doc, 5, 6, label="PERSON"))  # in the text: both


@pytest.mark.parametrize(
    ("spec", "ents", "person"),
    [
        # a first name and a surname the parser left untagged, or half read as a date
        ("Theresa/PROPN/compound/1 Zubmay/PROPN/nsubj/2 said/VERB/ROOT/2", None, (0, 2)),
        ("Theresa/PROPN/compound/1 May/PROPN/nsubj/2 said/VERB/ROOT/2", {"1": "DATE"}, (0, 2)),
        # after a title noun, whatever the parser tagged ("spokesman Glyn Davies" an ORG)
        (
            "spokesman/NOUN/compound/2 Zlyn/PROPN/compound/2 Zavies/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"1-2": "ORG"},
            (1, 3),
        ),
        # a first name on an organisation's name is no person's without a title before it
        ("Morgan/PROPN/compound/1 Zubley/PROPN/nsubj/2 said/VERB/ROOT/2", {"0-1": "ORG"}, None),
        # a first name's whole run the parser took for an organisation that speaks: a person
        # ("Julia Eccleshare, chair of ..., said"; '"...," said Nikki Rocco')
        (
            "Julia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "ORG"},
            (0, 2),
        ),
        (
            "said/VERB/ROOT/0/say Julia/PROPN/compound/2 Zeccleshare/PROPN/nsubj/0",
            {"1-2": "ORG"},
            (1, 3),
        ),
        # one whose surname speaks later, written alone ("Ireland's Alistair Cragg won ...
        # '...,' said Cragg"): a person; a run whose surname does not speak is left alone
        (
            "Julia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
            "said/VERB/ROOT/4/say Zeccleshare/PROPN/nsubj/4",
            {"0-1": "ORG"},
            (0, 2),
        ),
        (
            "Julia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
            "said/VERB/ROOT/4/say Zubley/PROPN/nsubj/4",
            {"0-1": "ORG"},
            None,
        ),
        # one that does not speak, or an organisation of the first name alone: left alone
        (
            "Julia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 built/VERB/ROOT/2/build",
            {"0-1": "ORG"},
            None,
        ),
        (
            "Julia/PROPN/nsubj/2 Zeccleshare/PROPN/npadvmod/2 said/VERB/ROOT/2/say",
            {"0": "ORG"},
            None,
        ),
        # no first name and no title: left alone
        ("Zulyn/PROPN/compound/1 Zavies/PROPN/nsubj/2 said/VERB/ROOT/2", None, None),
        # a plural last word, a body's word or a determiner on the last word: no person
        ("Roman/PROPN/compound/1 Catholics/PROPN/nsubj/2//NNPS said/VERB/ROOT/2", None, None),
        (
            "adviser/NOUN/compound/2 Zeutsche/PROPN/compound/2 Bank/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"1-2": "ORG"},
            None,
        ),
        ("a/DET/det/2 Marshall/PROPN/compound/2 Plan/PROPN/nsubj/3 helped/VERB/ROOT/3", None, None),
        # a longer name going on: not cut
        (
            "Theresa/PROPN/compound/2 Zub/PROPN/compound/2 Zubco/PROPN/compound/3 "
            "Zubcorp/PROPN/nsubj/4 said/VERB/ROOT/4",
            None,
            None,
        ),
    ],
)
def test_a_first_name_or_title_before_a_name_the_parser_missed_makes_a_person(spec, ents, person):
    doc = parse(spec, ents=ents)
    found = with_first_name_people(doc, tuple(doc.ents))
    people = [(e.start, e.end) for e in found if e.label_ == "PERSON"]
    assert people == ([person] if person else [])


#: "Gerard Zepardieu won . {later} made money": a full name, then a word standing for it.
LATER = (
    "Gerard/PROPN/compound/1 Zepardieu/PROPN/nsubj/2 won/VERB/ROOT/2 ./PUNCT/punct/2 "
    "{later} made/VERB/ROOT/{root}/make money/NOUN/dobj/{root}"
)


@pytest.mark.parametrize(
    ("later", "ents", "person"),
    [
        # the surname alone, untagged, as a work of art, or read as a plural noun
        ("Zepardieu/PROPN/nsubj/5", {}, (4, 5)),
        ("Zepardieu/PROPN/nsubj/5", {"4": "WORK_OF_ART"}, (4, 5)),
        ("Zepardieu/NOUN/nsubj/5//NNS", {}, (4, 5)),
        # an organisation or a place the parser made of it is Names._surname_of's
        ("Zepardieu/PROPN/nsubj/5", {"4": "ORG"}, None),
        # lower case, a determiner of its own, a proper noun going on: no name alone
        ("zepardieu/NOUN/nsubj/5", {}, None),
        ("the/DET/det/5 Zepardieu/NOUN/nsubj/6", {}, None),
        ("Zepardieu/PROPN/compound/5 Films/PROPN/nsubj/6", {}, None),
        ("Zepardieu/PROPN/compound/5 film/NOUN/nsubj/6", {}, None),
        # another person of the same surname: either
        (
            "Kate/PROPN/compound/5 Zepardieu/PROPN/nsubj/8 and/CCONJ/cc/5 Zepardieu/PROPN/conj/5",
            {"4-5": "PERSON"},
            None,
        ),
    ],
)
def test_a_surname_written_alone_after_the_full_name_is_that_person(later, ents, person):
    root = later.count(" ") + 5
    doc = parse(LATER.format(later=later, root=root), ents={"0-1": "PERSON", **ents})
    found = with_bare_surnames(tuple(doc.ents))
    people = [(e.start, e.end) for e in found if e.label_ == "PERSON" and e.start >= 4]
    people = [p for p in people if p != (4, 6)]  # the second full name
    assert people == ([person] if person else [])


def test_a_surname_written_before_the_full_name_is_left():
    doc = parse(
        "Zepardieu/PROPN/nsubj/1 won/VERB/ROOT/1 ./PUNCT/punct/1 Gerard/PROPN/compound/4 "
        "Zepardieu/PROPN/nsubj/5 made/VERB/ROOT/5/make money/NOUN/dobj/5",
        ents={"3-4": "PERSON"},
    )
    assert with_bare_surnames(tuple(doc.ents)) == tuple(doc.ents)


def test_a_surname_written_alone_resolves_to_the_full_name(gaz):
    doc = parse(LATER.format(later="Zepardieu/PROPN/nsubj/5", root=5), ents={"0-1": "PERSON"})
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = resolver.resolve(phrase(doc[4]))
    assert found.is_actor and found.actor.id == "person/gerard-zepardieu"


def test_a_surname_with_a_capital_inside_written_alone_is_that_person():
    # "Jack McZonnell won. McZonnell made money": str.istitle refuses "McZonnell"
    doc = parse(
        "Jack/PROPN/compound/1 McZonnell/PROPN/nsubj/2 won/VERB/ROOT/2 ./PUNCT/punct/2 "
        "McZonnell/PROPN/nsubj/5 made/VERB/ROOT/5/make money/NOUN/dobj/5",
        ents={"0-1": "PERSON"},
    )
    found = with_bare_surnames(tuple(doc.ents))
    assert [(e.start, e.end) for e in found if e.label_ == "PERSON"] == [(0, 2), (4, 5)]


@pytest.mark.parametrize(
    ("later", "ents", "person"),
    [
        # the surname alone a person's later ("Ireland's Alistair Cragg won . Cragg said"):
        # the organisation the parser made of the full name is a person's
        ("Zeccleshare/PROPN/nsubj/5 said/VERB/ROOT/5/say", {"0-1": "ORG", "4": "PERSON"}, True),
        # by honorific and surname, as before ("Mr Ebbers")
        (
            "Mr/PROPN/compound/5 Zeccleshare/PROPN/nsubj/6 said/VERB/ROOT/6/say",
            {"0-1": "ORG", "4-5": "PERSON"},
            True,
        ),
        # another word alone a person's, or the surname not a person's: left an organisation
        ("Zubley/PROPN/nsubj/5 said/VERB/ROOT/5/say", {"0-1": "ORG", "4": "PERSON"}, False),
        ("Zeccleshare/PROPN/nsubj/5 said/VERB/ROOT/5/say", {"0-1": "ORG", "4": "ORG"}, False),
    ],
)
def test_a_full_name_taken_for_an_organisation_is_a_person_named_again(later, ents, person):
    doc = parse(
        "Zulia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
        + later,
        ents=ents,
    )
    found = with_people_named_again(tuple(doc.ents))
    assert (found[0].label_ == "PERSON") is person


def test_a_place_is_not_a_person_by_a_word_alone():
    # "South Yorkshire ... Yorkshire" with "Yorkshire" alone mistagged a person: still a place
    doc = parse(
        "Zulia/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
        "Zeccleshare/PROPN/nsubj/5 said/VERB/ROOT/5/say",
        ents={"0-1": "GPE", "4": "PERSON"},
    )
    assert with_people_named_again(tuple(doc.ents))[0].label_ == "GPE"


def test_a_firm_whose_first_word_is_a_common_word_is_not_a_person_by_a_word_alone():
    # "Budget Aston takes on Porsche ... Aston" with "Aston" alone mistagged a person
    doc = parse(
        "Budget/PROPN/compound/1 Zeccleshare/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
        "Zeccleshare/PROPN/nsubj/5 said/VERB/ROOT/5/say",
        ents={"0-1": "ORG", "4": "PERSON"},
    )
    assert with_people_named_again(tuple(doc.ents))[0].label_ == "ORG"
