"""Mentions of a person by an office (kg.extract.offices, hand-built parses): the leader of a
country, the person the article titled so, the office holder on the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract import offices as d
from kg.extract.actors import Resolver
from kg.extract.names import Names
from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def test_the_russian_leader_is_the_russian_person_named_last(gaz):
    doc = parse(
        "Russian/ADJ/amod/1 President/PROPN/compound/3 Ivan/PROPN/compound/3 "
        "Petrov/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
        "The/DET/det/8 Russian/ADJ/amod/8 leader/NOUN/nsubj/9/leader left/VERB/ROOT/9/leave",
        ents={"0": "NORP", "2-3": "PERSON", "7": "NORP"},
    )
    res = Resolver(doc, gaz)
    found = d.definite_leader(doc[8], res.names, res.positions)
    assert found is not None and found.id == "person/ivan-petrov"
    assert d.definite_leader(doc[3], res.names, res.positions) is None


# -- offices to their holders on the article's date -----------------------------------------

PM = (
    "the/DET/det/2 prime/ADJ/amod/2 minister/NOUN/nsubj/3 spoke/VERB/ROOT/3/speak "
    "./PUNCT/punct/3 Britain/PROPN/nsubj/6 voted/VERB/ROOT/6/vote"
)
PM_ENTS = {"5": "GPE"}


@pytest.mark.parametrize(
    ("spec", "ents", "when", "expected"),
    [
        (PM, PM_ENTS, dt.date(2005, 3, 1), "person/tony-blair"),
        (PM, PM_ENTS, dt.date(2009, 3, 1), "person/gordon-brown"),
        (PM, PM_ENTS, None, None),  # no date: nobody can be said to hold it
        (PM, {}, dt.date(2005, 3, 1), None),  # no country in the article
        (
            "the/DET/det/2 Russian/ADJ/amod/2 president/NOUN/nsubj/3 spoke/VERB/ROOT/3/speak",
            {"1": "NORP"},
            dt.date(2005, 3, 1),
            "person/vladimir-putin",
        ),
        (
            "the/DET/det/1 chancellor/NOUN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Britain/PROPN/nsubj/5 voted/VERB/ROOT/5/vote",
            {"4": "GPE"},
            dt.date(2005, 3, 1),
            "person/gordon-brown",  # kg's table of office holders: not the prime minister
        ),
        (
            "the/DET/det/1 chancellor/NOUN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Britain/PROPN/nsubj/5 voted/VERB/ROOT/5/vote",
            {"4": "GPE"},
            dt.date(2009, 3, 1),
            None,  # neither the table nor the dictionaries name one then: no guess
        ),
        (  # an adjective that is no title word is no part of the office
            "the/DET/det/2 embattled/ADJ/amod/2 president/NOUN/nsubj/3 spoke/VERB/ROOT/3/speak "
            "./PUNCT/punct/3 Russia/PROPN/nsubj/6 voted/VERB/ROOT/6/vote",
            {"5": "GPE"},
            dt.date(2005, 3, 1),
            "person/vladimir-putin",
        ),
        (  # a former holder is not whoever holds it that day
            "the/DET/det/2 former/ADJ/amod/2 president/NOUN/nsubj/3 spoke/VERB/ROOT/3/speak "
            "./PUNCT/punct/3 Russia/PROPN/nsubj/6 voted/VERB/ROOT/6/vote",
            {"5": "GPE"},
            dt.date(2005, 3, 1),
            None,
        ),
        (  # a monarch: kg's table of office holders ("The Queen", tagged as a name's word)
            "The/DET/det/1 Queen/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Britain/PROPN/nsubj/5 voted/VERB/ROOT/5/vote",
            {"4": "GPE"},
            dt.date(2005, 3, 1),
            "person/elizabeth-ii-gbr",
        ),
        (  # the monarch of the article's country, on its date
            "the/DET/det/1 king/NOUN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Riyadh/PROPN/nsubj/5 voted/VERB/ROOT/5/vote",
            {"4": "GPE"},
            dt.date(2006, 3, 1),
            "person/abdallah-bin-abd-al-aziz-al-saud",
        ),
        (  # a country that has no queen: no one
            "the/DET/det/1 queen/NOUN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Russia/PROPN/nsubj/5 voted/VERB/ROOT/5/vote",
            {"4": "GPE"},
            dt.date(2005, 3, 1),
            None,
        ),
    ],
)
def test_an_office_is_its_holder_on_the_article_date(gaz, spec, ents, when, expected):
    names = Names(parse(spec, ents=ents), gaz, codes=actorcodes.load(), when=when)
    head = next(t for t in names.doc if t.dep_ == "nsubj")
    found = d.office_holder(head, names)
    assert (found.id if found else None) == expected


#: "Jack Straw spoke . The foreign secretary left ." (and who else the article named first)
STRAW = (
    "{first}/PROPN/compound/1 {last}/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "The/DET/det/6 foreign/ADJ/amod/6 secretary/NOUN/nsubj/7 left/VERB/ROOT/7/leave "
    "./PUNCT/punct/7"
)


@pytest.mark.parametrize(
    ("first", "last", "when", "expected"),
    [
        # the dictionaries give him GBRGOV that day, not as a leader, and name no foreign
        # secretary: he is the one person named who can be (a day kg's table of office
        # holders does not cover)
        ("Jack", "Straw", dt.date(2006, 8, 1), "person/jack-straw"),
        ("Jack", "Straw", dt.date(2010, 3, 1), None),  # out of government then
        ("Tony", "Blair", dt.date(2006, 8, 1), None),  # the head of government: no minister
    ],
)
def test_an_office_the_dictionaries_do_not_title_is_the_one_person_who_can_hold_it(
    gaz, first, last, when, expected
):
    doc = parse(STRAW.format(first=first, last=last), ents={"0-1": "PERSON"})
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    found = d.office_holder(doc[6], resolver.names, resolver.positions)
    assert (found.id if found else None) == expected
    assert d.office_holder(doc[6], resolver.names) is None  # without the names before it


#: "A B spoke . C D spoke . E F spoke . The prime minister left ."
THREE = (
    "{0}/PROPN/compound/1 {1}/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "{2}/PROPN/compound/5 {3}/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak ./PUNCT/punct/6 "
    "{4}/PROPN/compound/9 {5}/PROPN/nsubj/10 spoke/VERB/ROOT/10/speak ./PUNCT/punct/10 "
    "The/DET/det/14 prime/ADJ/amod/14 minister/NOUN/nsubj/15 left/VERB/ROOT/15/leave "
    "./PUNCT/punct/15"
)


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        # the article is mostly about the US (no prime minister), and of those it named only
        # Blair was one that day
        (("George Bush", "Tony Blair", "Condoleezza Rice"), "person/tony-blair"),
        # no country the article is mostly about
        (("George Bush", "Tony Blair", "Jacques Chirac"), "person/tony-blair"),
        (("George Bush", "Jacques Chirac", "Vladimir Putin"), None),  # no prime minister named
        (("George Bush", "Tony Blair", "Ariel Sharon"), None),  # two of them: no guess
    ],
)
def test_an_office_of_no_named_country_is_the_one_person_named_who_held_it(gaz, people, expected):
    words = [w for person in people for w in person.split()]
    doc = parse(THREE.format(*words), ents={"0-1": "PERSON", "4-5": "PERSON", "8-9": "PERSON"})
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = d.office_holder(doc[14], resolver.names, resolver.positions)
    assert (found.id if found else None) == expected


#: "the home secretary spoke . Britain voted ." ({adj}: a word before the office)
HOME = (
    "the/DET/det/3 {adj}/ADJ/amod/3 home/NOUN/compound/3 secretary/NOUN/nsubj/4 "
    "spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 Britain/PROPN/nsubj/7 voted/VERB/ROOT/7/vote"
)


@pytest.mark.parametrize(
    ("adj", "when", "expected"),
    [
        ("new", dt.date(2005, 3, 1), "person/charles-clarke"),
        ("new", dt.date(2004, 6, 1), "person/david-blunkett"),  # before Clarke took it over
        ("new", dt.date(1990, 6, 1), None),  # the table knows nobody then: no guess
        ("former", dt.date(2005, 3, 1), None),  # a former holder is not the holder that day
    ],
)
def test_an_office_the_table_knows_is_its_holder_that_day(gaz, adj, when, expected):
    names = Names(parse(HOME.format(adj=adj), ents={"6": "GPE"}), gaz, codes=actorcodes.load(),
                  when=when)  # fmt: skip
    found = d.office_holder(names.doc[3], names)
    assert (found.id if found else None) == expected


#: "Tony Blair spoke . The Tory leader left ."
TORY = (
    "Tony/PROPN/compound/1 Blair/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "The/DET/det/6 {owner}/{pos}/{dep}/6 leader/NOUN/nsubj/7/leader left/VERB/ROOT/7/leave "
    "./PUNCT/punct/7"
)


@pytest.mark.parametrize(
    ("owner", "pos", "dep", "ent", "when", "expected"),
    [
        # a party's leader is whoever led it that day, not the British person named last
        ("Tory", "PROPN", "compound", "NORP", dt.date(2005, 3, 1), "person/michael-howard"),
        ("Tory", "PROPN", "compound", "NORP", dt.date(2002, 3, 1), "person/iain-duncan-smith"),
        ("Tory", "PROPN", "compound", "NORP", dt.date(1990, 3, 1), None),  # unknown: nobody
        ("Labour", "PROPN", "compound", "ORG", dt.date(2005, 3, 1), "person/tony-blair"),
        # a state's leader is still the person of that state named last
        ("British", "ADJ", "amod", "NORP", dt.date(2005, 3, 1), "person/tony-blair"),
    ],
)
def test_the_leader_of_an_organisation_is_who_led_it_that_day(
    gaz, owner, pos, dep, ent, when, expected
):
    doc = parse(TORY.format(owner=owner, pos=pos, dep=dep), ents={"0-1": "PERSON", "5": ent})
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=when)
    found = d.definite_leader(doc[6], resolver.names, resolver.positions)
    assert (found.id if found else None) == expected


#: "Britain voted . The Home Secretary left .", the office word tagged as a name (Home: ORG,
#: Culture: NORP), as the parser tags a capitalised portfolio
PORTFOLIO = (
    "Britain/PROPN/nsubj/1 voted/VERB/ROOT/1/vote ./PUNCT/punct/1 The/DET/det/5 "
    "{word}/PROPN/compound/5 Secretary/PROPN/nsubj/6/secretary/NNP left/VERB/ROOT/6/leave "
    "./PUNCT/punct/6"
)


@pytest.mark.parametrize(
    ("word", "label", "expected"),
    [
        ("Home", "ORG", "person/charles-clarke"),
        ("Culture", "NORP", "person/tessa-jowell"),
        ("Home", None, "person/charles-clarke"),  # untagged, as before
        ("Zubrovian", "NORP", None),  # no office of kg's table: nobody
    ],
)
def test_a_capitalised_portfolio_the_parser_takes_for_a_name_is_the_office(
    gaz, word, label, expected
):
    ents = {"0": "GPE", **({"4": label} if label else {})}
    doc = parse(PORTFOLIO.format(word=word), ents=ents)
    names = Names(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = d.office_holder(doc[5], names)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("first", "ents", "expected"),
    [
        # "Liberal" ORG and "Democrat" NORP: neither names the party alone, the two do
        ("Liberal", {"1": "ORG", "2": "NORP"}, "person/charles-kennedy"),
        ("Liberal", {"1-2": "NORP"}, "person/charles-kennedy"),  # one name, as before
        ("Zubrovian", {"1": "ORG", "2": "NORP"}, None),  # no party of that name
    ],
)
def test_a_party_name_the_parser_splits_in_two_still_owns_its_leader(gaz, first, ents, expected):
    doc = parse(
        f"The/DET/det/3 {first}/ADJ/amod/3 Democrat/PROPN/compound/3 "
        "leader/NOUN/nsubj/4/leader left/VERB/ROOT/4/leave ./PUNCT/punct/4",
        ents=ents,
    )
    names = Names(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    found = d.definite_leader(doc[3], names, [])
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("premier", "prime minister"),
        ("pm", "prime minister"),
        ("deputy premier", "deputy prime minister"),
        ("prime minister", "prime minister"),
        ("president", "president"),
    ],
)
def test_an_office_by_another_name_is_the_same_office(role, expected):
    assert d.office_title(role) == expected


def test_the_premier_is_the_person_the_article_titled_prime_minister(gaz):
    # "Japanese Prime Minister Junichiro Koizumi spoke . The premier left ."
    doc = parse(
        "Japanese/ADJ/amod/2 Prime/PROPN/compound/2 Minister/PROPN/compound/4 "
        "Junichiro/PROPN/compound/4 Koizumi/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak "
        "./PUNCT/punct/5 The/DET/det/8 premier/NOUN/nsubj/9/premier left/VERB/ROOT/9/leave",
        ents={"0": "NORP", "3-4": "PERSON"},
    )
    resolver = Resolver(doc, gaz)
    found = d.titled(doc[8], resolver.names, resolver.positions)
    assert found is not None and found.label == "Junichiro Koizumi"
