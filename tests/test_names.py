"""Named entities to actors (hand-built parses): titles, appositions, owners, short names."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.fullnames import (
    honorific,
    name_of,
    with_honorific_names,
    without_affiliations,
    without_callings,
)
from kg.extract.names import Description, Names
from kg.gazetteer import Gazetteer

PETROV = (
    "Russian/ADJ/amod/1 President/PROPN/compound/3 Ivan/PROPN/compound/3 "
    "Petrov/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4 "
    "Petrov/PROPN/nsubj/7 left/VERB/ROOT/7/leave"
)
PETROV_ENTS = {"0": "NORP", "2-3": "PERSON", "6": "PERSON"}


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def test_a_title_gives_role_and_country_and_a_short_name_the_full_name(gaz):
    names = Names(parse(PETROV, ents=PETROV_ENTS), gaz)
    full, short = names.ents[1], names.ents[2]
    assert names.people == {"Ivan": ("Ivan Petrov",), "Petrov": ("Ivan Petrov",)}
    assert names.description(full) == ("president", "RUS", None)
    assert names.description(short) == (None, None, None)
    actor = names.entity(full, {})
    assert (actor.id, actor.label, actor.role, actor.country) == (
        "person/ivan-petrov",
        "Ivan Petrov",
        "president",
        "RUS",
    )


@pytest.mark.parametrize(
    ("place", "label", "country"),
    [
        ("Paris", "GPE", "FRA"),  # "Ivan Zubov, from Paris, said": a Frenchman
        ("Britain", "GPE", "GBR"),
        ("Zubcorp", "ORG", None),  # from a body: no place
    ],
)
def test_a_from_place_after_a_name_gives_its_country(gaz, place, label, country):
    doc = parse(
        f"Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/6 ,/PUNCT/punct/1 from/ADP/prep/1 "
        f"{place}/PROPN/pobj/3 ,/PUNCT/punct/1 said/VERB/ROOT/6/say",
        ents={"0-1": "PERSON", "4": label},
    )
    names = Names(doc, gaz)
    assert names.description(names.ents[0]).country == country


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        ("human/ADJ/amod/6 rights/NOUN/compound/6", "human rights group"),  # HRI: an NGO's
        ("big/ADJ/amod/6 rock/NOUN/compound/6", None),  # a role no sector's noun ends in
    ],
)
def test_a_body_a_name_is_from_gives_the_role_the_article_calls_it_by(gaz, kind, body):
    """ "Shami Chakrabarti, from human rights group Liberty": Liberty's role in the article is
    a Phoenix role noun (human rights group, HRI), which is her body's sector word."""
    doc = parse(
        f"Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/9 ,/PUNCT/punct/1 from/ADP/prep/1 {kind} "
        "group/NOUN/compound/7 Zubliberty/PROPN/pobj/3 ,/PUNCT/punct/1 said/VERB/ROOT/9/say",
        ents={"0-1": "PERSON", "7": "ORG"},
    )
    names = Names(doc, gaz, codes=actorcodes.load())
    assert names.description(names.ents[0]).body == body


def test_a_from_place_a_comma_qualifies_gives_the_qualifier_s_country(gaz):
    """ "Ivan Zubov, from Birmingham, Alabama, said": an American, not a Briton."""
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/8 ,/PUNCT/punct/1 from/ADP/prep/1 "
        "Birmingham/PROPN/pobj/3 ,/PUNCT/punct/4 Alabama/PROPN/appos/4 ,/PUNCT/punct/1 "
        "said/VERB/ROOT/8/say",
        ents={"0-1": "PERSON", "4": "GPE", "6": "GPE"},
    )
    names = Names(doc, gaz)
    assert names.description(names.ents[0]).country == "USA"


def test_a_from_place_after_a_list_of_names_gives_each_its_country(gaz):
    """ "Ivan Zubov, from Paris, and Oleg Zubkov and Petr Zubin, from Berlin, said": the
    last phrase is the list's (the parser hangs it on its first name), the first only
    Zubov's."""
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/16 ,/PUNCT/punct/1 from/ADP/prep/1 "
        "Paris/PROPN/pobj/3 ,/PUNCT/punct/1 and/CCONJ/cc/1 Oleg/PROPN/compound/8 "
        "Zubkov/PROPN/conj/1 and/CCONJ/cc/8 Petr/PROPN/compound/11 Zubin/PROPN/conj/8 "
        ",/PUNCT/punct/8 from/ADP/prep/8 Berlin/PROPN/pobj/13 ,/PUNCT/punct/8 "
        "said/VERB/ROOT/16/say",
        ents={"0-1": "PERSON", "4": "GPE", "7-8": "PERSON", "10-11": "PERSON", "14": "GPE"},
    )
    names = Names(doc, gaz)
    people = [e for e in names.ents if e.label_ == "PERSON"]
    assert [names.description(e).country for e in people] == ["FRA", "DEU", "DEU"]


def test_a_person_the_office_table_has_in_office_is_of_its_country(gaz):
    """A story about no one country: the shadow foreign secretary is British all the same."""
    doc = parse("Michael/PROPN/compound/1 Ancram/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
                ents={"0-1": "PERSON"})  # fmt: skip
    codes = actorcodes.load()
    names = Names(doc, gaz, codes=codes, when=dt.date(2005, 3, 1))
    assert names.entity(names.ents[0], {}).country == "GBR"
    names = Names(doc, gaz, codes=codes, when=dt.date(1990, 3, 1))
    assert names.entity(names.ents[0], {}).country is None  # before he held it


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "Economist Ivan Zubov said": an economist opening the sentence, not The Economist
        ("Economist/PROPN/compound/2 Ivan/PROPN/compound/2 Zubov/PROPN/nsubj/3 said/VERB/ROOT/3",
         {"1-2": "PERSON"}, ("economist", None, None)),
        # "said Economist Ivan Zubov": inside a sentence, the magazine's man, as before
        ("Bo/PROPN/nsubj/1 said/VERB/ROOT/1 Economist/PROPN/compound/4 Ivan/PROPN/compound/4 "
         "Zubov/PROPN/dobj/1", {"3-4": "PERSON"}, (None, "GBR", "media")),
        # "Economist editor Ivan Zubov said": the noun not right before the name, the magazine's
        ("Economist/PROPN/compound/3 editor/NOUN/compound/3 Ivan/PROPN/compound/3 "
         "Zubov/PROPN/nsubj/4 said/VERB/ROOT/4", {"2-3": "PERSON"}, ("editor", "GBR", "media")),
    ],
)  # fmt: skip
def test_a_person_noun_opening_a_sentence_is_a_role(gaz, spec, ents, expected):
    names = Names(parse(spec, ents=ents), gaz)
    person = next(e for e in names.ents if e.label_ == "PERSON")
    assert tuple(names.description(person)) == expected


def test_a_bare_name_takes_the_role_it_is_given_and_entity_writes_nothing(gaz):
    names = Names(parse(PETROV, ents=PETROV_ENTS), gaz)
    short = names.ents[2]
    roles: dict = {}
    assert names.entity(short, roles).role is None and roles == {}
    remembered = {"Ivan Petrov": Description("president", "RUS")}
    actor = names.entity(short, remembered)
    assert (actor.id, actor.role, actor.country) == ("person/ivan-petrov", "president", "RUS")
    assert names.role_of(names.ents[1]) == ("Ivan Petrov", ("president", "RUS", None))
    assert names.role_of(short) is None  # no title: nothing to remember


def test_apposition_gives_a_role_and_country(gaz):
    doc = parse(
        "the/DET/det/3 Kremlin/PROPN/poss/3 's/PART/case/1 adviser/NOUN/nsubj/7 "
        ",/PUNCT/punct/3 Ivan/PROPN/compound/6 Sidorov/PROPN/appos/3 "
        "said/VERB/ROOT/7/say",
        ents={"1": "ORG", "5-6": "PERSON"},
    )
    names = Names(doc, gaz)
    assert names.description(names.ents[1]) == ("adviser", "RUS", None)


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        (  # "Jan Novak, a member of the Bundesbank's board, said": the Bundesbank's
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/11 ,/PUNCT/punct/1 a/DET/det/4 "
            "member/NOUN/appos/1 of/ADP/prep/4 the/DET/det/7 Bundesbank/PROPN/poss/9 "
            "'s/PART/case/7 board/NOUN/pobj/5 ,/PUNCT/punct/1 said/VERB/ROOT/11/say",
            {"0-1": "PERSON", "7": "ORG"},
            ("member", "DEU", "centralbank"),
        ),
        (  # "Jan Novak, a spokesman for Germany's finance ministry, said": Germany's
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/11 ,/PUNCT/punct/1 a/DET/det/4 "
            "spokesman/NOUN/appos/1 for/ADP/prep/4 Germany/PROPN/poss/9 's/PART/case/6 "
            "finance/NOUN/compound/9 ministry/NOUN/pobj/5 ,/PUNCT/punct/1 "
            "said/VERB/ROOT/11/say",
            {"0-1": "PERSON", "6": "GPE"},
            ("spokesman", "DEU", None),
        ),
        (  # "Jan Novak, an analyst at a bank in Tokyo, said": where, not whose
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/11 ,/PUNCT/punct/1 an/DET/det/4 "
            "analyst/NOUN/appos/1 at/ADP/prep/4 a/DET/det/7 bank/NOUN/pobj/5 in/ADP/prep/7 "
            "Tokyo/PROPN/pobj/8 ,/PUNCT/punct/1 said/VERB/ROOT/11/say",
            {"0-1": "PERSON", "9": "GPE"},
            ("analyst", None, None),
        ),
        (  # "Jan Novak, head of UK equities for Zubcorp Investments, said": the named
            # firm decides (:func:`kg.extract.employers.employer`), not what he heads
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/11 ,/PUNCT/punct/1 head/NOUN/appos/1 "
            "of/ADP/prep/3 UK/PROPN/compound/6 equities/NOUN/pobj/4 for/ADP/prep/6 "
            "Zubcorp/PROPN/compound/9 Investments/PROPN/pobj/7 ,/PUNCT/punct/1 "
            "said/VERB/ROOT/11/say",
            {"0-1": "PERSON", "5": "GPE", "8-9": "ORG"},
            ("head", None, None),
        ),
        (  # "Jan Novak of the German finance ministry said": the name's own phrase
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/7 of/ADP/prep/1 the/DET/det/6 "
            "German/ADJ/amod/6 finance/NOUN/compound/6 ministry/NOUN/pobj/2 "
            "said/VERB/ROOT/7/say",
            {"0-1": "PERSON", "4": "NORP"},
            (None, "DEU", "ministry"),
        ),
        (  # "Jan Novak, a critic of Germany's government, said": no employer
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/10 ,/PUNCT/punct/1 a/DET/det/4 "
            "critic/NOUN/appos/1 of/ADP/prep/4 Germany/PROPN/poss/8 's/PART/case/6 "
            "government/NOUN/pobj/5 ,/PUNCT/punct/1 said/VERB/ROOT/10/say",
            {"0-1": "PERSON", "6": "GPE"},
            ("critic", None, None),
        ),
    ],
)
def test_the_owner_of_an_appositions_employer_is_the_persons_country(gaz, spec, ents, expected):
    names = Names(parse(spec, ents=ents), gaz)
    (person,) = [e for e in names.ents if e.label_ == "PERSON"]
    assert names.description(person) == expected


def test_an_unknown_organisation_takes_the_noun_its_apposition_or_title_calls_it(gaz):
    # "The mill , Zubstal , was sold . Zubstal closed ."
    doc = parse(
        "The/DET/det/1 mill/NOUN/nsubjpass/5 ,/PUNCT/punct/1 Zubstal/PROPN/appos/1 "
        ",/PUNCT/punct/1 was/AUX/auxpass/6 sold/VERB/ROOT/6/sell ./PUNCT/punct/6 "
        "Zubstal/PROPN/nsubj/9 closed/VERB/ROOT/9/close",
        ents={"3": "ORG", "8": "ORG"},
    )
    names = Names(doc, gaz)
    first, later = names.ents
    assert names.role_of(first) == ("Zubstal", ("mill", None, None))
    assert names.role_of(later) is None  # nothing calls it anything here
    actor = names.entity(later, dict([names.role_of(first)]))
    assert (actor.id, actor.type, actor.role) == ("org/zubstal", "Organization", "mill")
    assert names.entity(later, {}).role is None


@pytest.mark.parametrize(
    ("spec", "ents", "country"),
    [
        (  # "Zubcorp, of Houston, said . Iraq voted": the place phrase, not the main country
            "Zubcorp/PROPN/nsubj/5 ,/PUNCT/punct/0 of/ADP/prep/0 Houston/PROPN/pobj/2 "
            ",/PUNCT/punct/0 said/VERB/ROOT/5/say ./PUNCT/punct/5 Iraq/PROPN/nsubj/8 "
            "voted/VERB/ROOT/8/vote",
            {"0": "ORG", "3": "GPE", "7": "GPE"},
            "USA",
        ),
        (  # "the Pentagon's Zub Office said . Iraq voted . Iraq won": its owner's
            "the/DET/det/1 Pentagon/PROPN/poss/4 's/PART/case/1 Zub/PROPN/compound/4 "
            "Office/PROPN/nsubj/5 said/VERB/ROOT/5/say ./PUNCT/punct/5 Iraq/PROPN/nsubj/8 "
            "voted/VERB/ROOT/8/vote ./PUNCT/punct/8 Iraq/PROPN/nsubj/11 won/VERB/ROOT/11/win",
            {"1": "ORG", "3-4": "ORG", "7": "GPE", "10": "GPE"},
            "USA",
        ),
        (  # "Zubcorp said . Iraq voted": unplaced, the article's main country
            "Zubcorp/PROPN/nsubj/1 said/VERB/ROOT/1/say ./PUNCT/punct/1 Iraq/PROPN/nsubj/4 "
            "voted/VERB/ROOT/4/vote",
            {"0": "ORG", "3": "GPE"},
            "IRQ",
        ),
    ],
)
def test_an_unknown_organisation_is_of_the_place_or_owner_its_phrase_names(
    gaz, spec, ents, country
):
    names = Names(parse(spec, ents=ents), gaz)
    org = next(e for e in names.ents if e.text.startswith("Zub"))
    assert names.entity(org, {}).country == country


def test_a_known_person_keeps_the_gazetteer_identity_and_remembers_nothing(gaz):
    doc = parse(
        "President/PROPN/compound/1 Putin/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
        ents={"1": "PERSON"},
    )
    names = Names(doc, gaz)
    actor = names.entity(names.ents[0], {})
    assert (actor.id, actor.role, actor.country) == ("person/vladimir-putin", "president", "RUS")
    assert names.role_of(names.ents[0]) is None


@pytest.mark.parametrize(
    ("spec", "ents", "label", "expected"),
    [
        (
            "Acme/PROPN/compound/1 Corp/PROPN/nsubj/2 left/VERB/ROOT/2",
            {"0-1": "ORG"},
            "ORG",
            ("org/acme-corp", "Organization"),
        ),
        (
            "Zubrovia/PROPN/nsubj/1 left/VERB/ROOT/1",
            {"0": "GPE"},
            "GPE",
            ("location/zubrovia", "Location"),
        ),
        ("Expo/PROPN/nsubj/1 opened/VERB/ROOT/1", {"0": "EVENT"}, "EVENT", ("topic/expo", "Topic")),
        ("Monday/PROPN/npadvmod/1 opened/VERB/ROOT/1", {"0": "DATE"}, "DATE", None),
    ],
)
def test_names_the_gazetteer_does_not_know(gaz, spec, ents, label, expected):
    names = Names(parse(spec, ents=ents), gaz)
    (ent,) = names.ents
    assert ent.label_ == label
    actor = names.entity(ent, {})
    assert ((actor.id, actor.type) if actor is not None else None) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "noun", "owner"),
    [
        (
            "Russian/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2",
            {"0": "NORP"},
            1,
            "country/RUS",
        ),
        (
            "Beijing/PROPN/poss/2 's/PART/case/0 diplomats/NOUN/nsubj/3/diplomat left/VERB/ROOT/3",
            {"0": "GPE"},
            2,
            "country/CHN",
        ),
        (
            "U.N./PROPN/compound/1 envoys/NOUN/nsubj/2/envoy left/VERB/ROOT/2",
            {"0": "ORG"},
            1,
            "org/UN",
        ),
        (
            "rebels/NOUN/nsubj/3/rebel in/ADP/prep/0 Chad/PROPN/pobj/1 fled/VERB/ROOT/3",
            {"2": "GPE"},
            0,
            "country/TCD",
        ),
        (
            "rebels/NOUN/nsubj/3/rebel near/ADP/prep/0 Chad/PROPN/pobj/1 fled/VERB/ROOT/3",
            {"2": "GPE"},
            0,
            None,
        ),
        ("angry/ADJ/amod/1 troops/NOUN/nsubj/2/troop massed/VERB/ROOT/2", {}, 1, None),
    ],
)
def test_owner_of_a_noun(gaz, spec, ents, noun, owner):
    names = Names(parse(spec, ents=ents), gaz)
    found = names.owner(names.doc[noun])
    assert (found.key if found else None) == owner


# -- names within an article: honorifics, bare surnames, ambiguity, junk --------------------

#: "Ivan Petrov spoke. Mr Petrov left."; spaCy takes the honorific into the entity.
HONORIFIC = (
    "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "Mr/PROPN/compound/5 Petrov/PROPN/nsubj/6 left/VERB/ROOT/6/leave"
)


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        ("Mr/PROPN/compound/1 Blair/PROPN/nsubj/2 left/VERB/ROOT/2", {"0-1": "PERSON"}, "Blair"),
        (
            "Wednesday/PROPN/compound/2 Mr/PROPN/compound/2 Blair/PROPN/nsubj/3 left/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Blair",
        ),
        ("-/PUNCT/punct/1 Blair/PROPN/nsubj/2 left/VERB/ROOT/2", {"0-1": "PERSON"}, "Blair"),
        (
            "ofNew/PROPN/compound/1 Labour/PROPN/nsubj/2 left/VERB/ROOT/2",
            {"0-1": "ORG"},
            "New Labour",
        ),
        (
            "Kimberly/PROPN/compound/1 Quinn/PROPN/nsubj/3 -/PUNCT/punct/1 left/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Kimberly Quinn",
        ),
        ("Mr/PROPN/nsubj/1 left/VERB/ROOT/1", {"0": "PERSON"}, "Mr"),  # nothing else: kept
        (  # a function word left at the end ("the Commons on Monday")
            "Commons/PROPN/nsubj/2 on/ADP/prep/0 spoke/VERB/ROOT/2",
            {"0-1": "ORG"},
            "Commons",
        ),
        (  # a bracket the entity cut open
            "Survivors/PROPN/compound/1 Fund/PROPN/nsubj/4 (/PUNCT/punct/1 SURF/PROPN/appos/1 "
            "said/VERB/ROOT/4",
            {"0-3": "ORG"},
            "Survivors Fund",
        ),
        (  # ... or closes at its end
            "Project/PROPN/nsubj/4 (/PUNCT/punct/0 PCO/PROPN/appos/0 )/PUNCT/punct/0 "
            "said/VERB/ROOT/4",
            {"0-3": "ORG"},
            "Project",
        ),
        (  # ... not one inside it
            "Fund/PROPN/nsubj/5 (/PUNCT/punct/0 UK/PROPN/appos/0 )/PUNCT/punct/0 "
            "Trust/PROPN/appos/0 said/VERB/ROOT/5",
            {"0-4": "ORG"},
            "Fund ( UK ) Trust",
        ),
        (  # a religious title spaCy took in is a title, not part of the name
            "Rabbi/PROPN/compound/2 Marvin/PROPN/compound/2 Hier/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Marvin Hier",
        ),
        (  # a prince's title is part of the name he is known by
            "Prince/PROPN/compound/1 Harry/PROPN/nsubj/2 left/VERB/ROOT/2",
            {"0-1": "PERSON"},
            "Prince Harry",
        ),
        (  # a place the parser ran into the name, before its honorific
            "Tanzania/PROPN/compound/2 Mr/PROPN/compound/2 Brown/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Brown",
        ),
        (  # an academic title and a seat in a parliament are titles, not names
            "Prof/PROPN/compound/1 Etzioni/PROPN/nsubj/2 says/VERB/ROOT/2",
            {"0-1": "PERSON"},
            "Etzioni",
        ),
        (
            "MEP/PROPN/compound/2 Nigel/PROPN/compound/2 Farage/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Nigel Farage",
        ),
        (  # an honorific at the end is not inside the name
            "Jones/PROPN/compound/1 Mr/PROPN/nsubj/2 said/VERB/ROOT/2",
            {"0-1": "PERSON"},
            "Jones Mr",
        ),
        (  # an organisation that stands alone keeps its 's: it is its name
            "Standard/PROPN/nsubj/4 &/CCONJ/cc/0 Poor/PROPN/conj/0 's/PART/case/2//POS "
            "upgraded/VERB/ROOT/4 Russia/PROPN/dobj/4",
            {"0-3": "ORG"},
            "Standard & Poor's",
        ),
        (
            "Analysts/NOUN/nsubj/4 at/ADP/prep/0 Moody/PROPN/pobj/1 's/PART/case/2//POS "
            "said/VERB/ROOT/4",
            {"2-3": "ORG"},
            "Moody's",
        ),
        (  # ... not one that owns the noun after it
            "Standard/PROPN/poss/4 &/CCONJ/cc/0 Poor/PROPN/conj/0 's/PART/case/2//POS "
            "decision/NOUN/nsubj/5 came/VERB/ROOT/5",
            {"0-3": "ORG"},
            "Standard & Poor",
        ),
        (  # ... and a person's or place's 's is never part of the name
            "Putin/PROPN/nsubj/2 's/PART/case/0//POS left/VERB/ROOT/2",
            {"0-1": "PERSON"},
            "Putin",
        ),
        (  # a noun of what a person is, capitalised at the start of a sentence
            "Lawyer/NOUN/compound/2 Louise/PROPN/compound/2 Zubov/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "Louise Zubov",
        ),
        (  # ... not before one word: "Judge" may be the name
            "Judge/PROPN/compound/1 Zubov/PROPN/nsubj/2 said/VERB/ROOT/2",
            {"0-1": "PERSON"},
            "Judge Zubov",
        ),
        (  # a sum in figures run into the name: "awarded Varig 2bn reais"
            "Zubair/PROPN/compound/2 2bn/NUM/compound/2 reais/NOUN/dobj/3 won/VERB/ROOT/3",
            {"0-1": "ORG"},
            "Zubair",
        ),
        (  # ... not a bare number, which a name may end with ("Channel 4")
            "Zubnet/PROPN/compound/1 4/NUM/nsubj/2 won/VERB/ROOT/2",
            {"0-1": "ORG"},
            "Zubnet 4",
        ),
    ],
)
def test_a_name_loses_the_junk_at_its_edges(spec, ents, expected):
    (ent,) = parse(spec, ents=ents).ents
    assert name_of(ent) == expected


def test_an_honorific_and_surname_are_the_full_name_and_give_no_role(gaz):
    names = Names(parse(HONORIFIC, ents={"0-1": "PERSON", "4-5": "PERSON"}), gaz)
    full, short = (names.entity(e, {}) for e in names.ents)
    assert full.id == short.id == "person/ivan-petrov"
    assert short.label == "Ivan Petrov" and short.role is None
    assert not names.is_ambiguous(names.ents[1])


def test_a_surname_two_people_share_is_ambiguous_and_not_merged(gaz):
    doc = parse(
        "Ivan/PROPN/compound/1 Petrov/PROPN/nsubj/5 and/CCONJ/cc/1 Boris/PROPN/compound/4 "
        "Petrov/PROPN/conj/1 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
        "Mr/PROPN/compound/8 Petrov/PROPN/nsubj/9 left/VERB/ROOT/9/leave",
        ents={"0-1": "PERSON", "3-4": "PERSON", "7-8": "PERSON"},
    )
    names = Names(doc, gaz)
    bare = names.ents[2]
    assert names.is_ambiguous(bare)
    assert names.entity(bare, {}).id == "person/petrov"
    assert names.role_of(bare) is None


def two_petrovs(first: str, second: str | None, title: str, *, inside: bool):
    """ "<first> Petrov [and <second> Petrov] spoke. <title> Petrov left.", the title inside
    the last entity or before it (spaCy does both); its last entity is the mention."""
    pair = f"and/CCONJ/cc/1 {second}/PROPN/compound/4 Petrov/PROPN/conj/1 " if second else ""
    n = 3 if second else 0  # the tokens "and X Petrov" shift the rest
    spec = (
        f"{first}/PROPN/compound/1 Petrov/PROPN/nsubj/{2 + n} {pair}spoke/VERB/ROOT/{2 + n}/speak "
        f"./PUNCT/punct/{2 + n} {title}/PROPN/compound/{5 + n} Petrov/PROPN/nsubj/{6 + n} "
        f"left/VERB/ROOT/{6 + n}/leave"
    )
    ents = {"0-1": "PERSON", f"{4 + n}-{5 + n}" if inside else f"{5 + n}": "PERSON"}
    if second:
        ents["3-4"] = "PERSON"
    return parse(spec, ents=ents)


@pytest.mark.parametrize("inside", [True, False], ids=["title-in-entity", "title-before"])
@pytest.mark.parametrize(
    ("first", "second", "title", "expected"),
    [
        ("Tony", "Cherie", "Mr", "person/tony-petrov"),  # a man and a woman of one surname
        ("Tony", "Cherie", "Mrs", "person/cherie-petrov"),
        ("Cherie", "Tony", "Mr", "person/tony-petrov"),  # not the first named: the man
        ("Tony", "Cherie", "Ms", "person/cherie-petrov"),
        ("Tony", "Cherie", "Sir", "person/tony-petrov"),
        ("Tony", "Cherie", "Lady", "person/cherie-petrov"),
        ("Tony", "Cherie", "Dr", None),  # an honorific with no gender: ambiguous, as before
        ("Ivan", "Boris", "Mr", None),  # two men of one surname: ambiguous, as before
        ("Olga", "Anna", "Mrs", None),  # two women
        ("Oleg", "Cherie", "Mr", "person/oleg-petrov"),  # a first name of no known gender
        ("Oleg", "Cherie", "Mrs", None),  # ... may be a woman's: ambiguous, as before
        ("Oleg", "Tony", "Mr", None),
        ("Olga", "Anna", "Mr", "person/petrov"),  # neither is Mr Petrov: no one's full name
        ("Cherie", None, "Mr", "person/petrov"),  # the one Petrov named is a woman
        ("Cherie", None, "Mrs", "person/cherie-petrov"),
        ("Oleg", None, "Mrs", "person/oleg-petrov"),  # no gender known: as before
    ],
)
def test_an_honorific_with_a_gender_picks_the_person_of_that_gender(
    gaz, first, second, title, expected, inside
):
    names = Names(two_petrovs(first, second, title, inside=inside), gaz)
    mention = max(names.ents, key=lambda e: e.start)
    assert name_of(mention) == "Petrov"
    assert names.is_ambiguous(mention) == (expected is None)
    actor = names.entity(mention, {})
    assert actor.id == (expected or "person/petrov")


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        (  # no entity at all
            "Mr/PROPN/compound/1 Cable/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {},
            [("Mr Cable", "PERSON")],
        ),
        (  # taken for an organisation, or a product
            "Mr/PROPN/compound/1 Balls/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "ORG"},
            [("Mr Balls", "PERSON")],
        ),
        (
            "Mr/PROPN/compound/1 Straw/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"1": "PRODUCT"},
            [("Mr Straw", "PERSON")],
        ),
        (  # a work of art reaching past the names gives way to them
            "Both/DET/det/2 Mr/PROPN/compound/2 Brown/PROPN/nsubj/6 and/CCONJ/cc/2 "
            "Mr/PROPN/compound/5 Blair/PROPN/conj/2 rose/VERB/ROOT/6/rise",
            {"0-5": "WORK_OF_ART"},
            [("Mr Brown", "PERSON"), ("Mr Blair", "PERSON")],
        ),
        (  # spaCy's person is kept as it is
            "Mr/PROPN/compound/1 Blair/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"1": "PERSON"},
            [("Blair", "PERSON")],
        ),
        (  # an organisation reaching past the name is kept
            "Mr/PROPN/compound/2 Kipling/PROPN/compound/2 cakes/NOUN/nsubj/3/cake "
            "sold/VERB/ROOT/3/sell",
            {"0-2": "ORG"},
            [("Mr Kipling cakes", "ORG")],
        ),
        (  # a title is no name
            "Lord/PROPN/compound/1 Chancellor/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {},
            [],
        ),
        ("Mr/PROPN/nsubj/1 said/VERB/ROOT/1/say", {}, []),  # nothing after the honorific
    ],
)
def test_a_name_after_an_honorific_is_a_person_whatever_spacy_said(spec, ents, expected):
    doc = parse(spec, ents=ents)
    assert [(e.text, e.label_) for e in with_honorific_names(doc)] == expected
    assert (
        [(e.text, e.label_) for e in doc.ents]
        == [  # the doc is not changed
            (doc[int(k.split("-")[0]) : int(k.split("-")[-1]) + 1].text, v) for k, v in ents.items()
        ]
    )


def test_a_name_spacy_missed_after_an_honorific_is_the_full_name(gaz):
    doc = parse(HONORIFIC, ents={"0-1": "PERSON"})  # "Mr Petrov" with no entity
    names = Names(doc, gaz)
    ent = names.entity_at(doc[5])
    assert ent is not None and names.entity(ent, {}).id == "person/ivan-petrov"


def test_a_first_name_does_not_make_a_surname_ambiguous(gaz):
    # "Michael Howard ... Howard Flight ... Mr Howard": Howard is Michael Howard's surname
    doc = parse(
        "Michael/PROPN/compound/1 Howard/PROPN/nsubj/5 and/CCONJ/cc/1 Howard/PROPN/compound/4 "
        "Flight/PROPN/conj/1 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
        "Mr/PROPN/compound/8 Howard/PROPN/nsubj/9 left/VERB/ROOT/9/leave",
        ents={"0-1": "PERSON", "3-4": "PERSON", "7-8": "PERSON"},
    )
    names = Names(doc, gaz)
    assert not names.is_ambiguous(names.ents[2])
    assert names.entity(names.ents[2], {}).id == "person/michael-howard"


def test_a_name_ending_in_an_organisation_is_no_full_name(gaz):
    doc = parse(
        "Blair/PROPN/compound/1 Labour/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
        "Ivan/PROPN/compound/5 Blair/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
        ents={"0-1": "PERSON", "4-5": "PERSON"},
    )
    assert Names(doc, gaz).people["Blair"] == ("Ivan Blair",)


@pytest.mark.parametrize("honorific", [True, False])
def test_a_surname_that_names_a_people_is_one_when_an_honorific_gives_it(gaz, honorific):
    """ "Mike German, leader of the Liberal Democrats ... Mr German said": "German" names a
    people (the gazetteer's Germany), but "Mr German" says it is his surname, so "Mr German"
    is Mike German, not Germany; with no honorific the name is not split."""
    mr = "Mr/PROPN/compound/5 " if honorific else ""
    doc = parse(
        "Mike/PROPN/compound/1 German/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        f"{mr}German/PROPN/nsubj/{6 if honorific else 5} "
        f"said/VERB/ROOT/{6 if honorific else 5}/say",
        ents={"0-1": "PERSON", ("4-5" if honorific else "4"): "PERSON"},
    )
    names = Names(doc, gaz)
    assert names.people.get("German") == (("Mike German",) if honorific else None)
    if honorific:
        assert names.entity(names.ents[1], {}).id == "person/mike-german"


# -- a bare surname across articles: the Phoenix people by date and country -----------------


def test_a_bare_surname_is_the_one_phoenix_person_of_the_article_country_on_its_date(gaz):
    import datetime as dt

    from kg import actorcodes

    doc = parse(
        "Britain/PROPN/nsubj/1 voted/VERB/ROOT/1/vote ./PUNCT/punct/1 "
        "Mr/PROPN/compound/4 Brown/PROPN/nsubj/5 left/VERB/ROOT/5/leave",
        ents={"0": "GPE", "3-4": "PERSON"},
    )
    codes = actorcodes.load()
    in_2005 = Names(doc, gaz, codes=codes, when=dt.date(2005, 3, 1))
    assert in_2005.country == "GBR"
    assert in_2005.entity(in_2005.ents[1], {}).id == "person/gordon-brown"
    in_1985 = Names(doc, gaz, codes=codes, when=dt.date(1985, 3, 1))
    assert in_1985.entity(in_1985.ents[1], {}).id == "person/brown"  # no Brown in office


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mr", "person/gordon-brown"),
        ("Mrs", "person/brown"),  # not Gordon Brown, the one Brown in office
        ("Dr", "person/gordon-brown"),  # no gender: as before
    ],
)
def test_a_phoenix_surname_of_the_other_gender_is_not_taken(gaz, title, expected):
    import datetime as dt

    from kg import actorcodes

    doc = parse(
        "Britain/PROPN/nsubj/1 voted/VERB/ROOT/1/vote ./PUNCT/punct/1 "
        f"{title}/PROPN/compound/4 Brown/PROPN/nsubj/5 left/VERB/ROOT/5/leave",
        ents={"0": "GPE", "3-4": "PERSON"},
    )
    names = Names(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    assert names.entity(names.ents[1], {}).id == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Mr", "person/tony-blair"), ("Mrs", "person/blair"), ("Lord", "person/tony-blair")],
)
def test_a_gazetteer_alias_of_the_other_gender_is_not_taken(gaz, title, expected):
    doc = parse(
        f"{title}/PROPN/compound/1 Blair/PROPN/nsubj/2 left/VERB/ROOT/2/leave",
        ents={"0-1": "PERSON"},
    )
    names = Names(doc, gaz)
    assert names.entity(names.ents[0], {}).id == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        (
            "Tessa/PROPN/compound/1 Jowell/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
            {"0-1": "PERSON"},
            ("person/tessa-jowell", "Person", "GBR"),
        ),
        (
            "Deutsche/PROPN/compound/1 Bank/PROPN/nsubj/2 sued/VERB/ROOT/2/sue",
            {"0-1": "ORG"},
            ("org/deutsche-bank", "Organization", "DEU"),  # the country of its code MNCDEU
        ),
        (
            "Simon/PROPN/compound/2 Wiesenthal/PROPN/compound/2 Center/PROPN/nsubj/3 "
            "spoke/VERB/ROOT/3/speak",
            {"0-2": "ORG"},
            ("org/simon-wiesenthal-center", "Organization", None),  # NGOJEW: JEW is no state
        ),
        (
            "Ivan/PROPN/compound/1 Zubrov/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
            {"0-1": "PERSON"},
            ("person/ivan-zubrov", "Person", None),
        ),
    ],
)
def test_a_full_name_the_phoenix_dictionaries_know_takes_their_actor(gaz, spec, ents, expected):
    from kg import actorcodes

    names = Names(parse(spec, ents=ents), gaz, codes=actorcodes.load())
    actor = names.entity(names.ents[0], {})
    assert (actor.id, actor.type, actor.country) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a party the gazetteer knows, tagged or not, gives its country, not the article's
        (
            "Tory/PROPN/compound/1 leader/NOUN/compound/3 Jan/PROPN/compound/3 "
            "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
            {"0": "NORP", "2-3": "PERSON"},
            ("leader", "GBR", "party"),
        ),
        (
            "Labour/NOUN/compound/1 MP/PROPN/compound/3 Jan/PROPN/compound/3 "
            "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
            {"2-3": "PERSON"},
            ("mp", "GBR", "party"),
        ),
        # two words together name it ("Democrat" alone names nothing)
        (
            "Liberal/ADJ/amod/1 Democrat/PROPN/compound/2 leader/NOUN/compound/4 "
            "Jan/PROPN/compound/4 Novak/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak",
            {"1": "NORP", "3-4": "PERSON"},
            ("liberal leader", "GBR", "party"),
        ),
        # a capitalised role word that names nothing is only a role
        (
            "Foreign/PROPN/compound/1 Minister/PROPN/compound/3 Jan/PROPN/compound/3 "
            "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
            {"2-3": "PERSON"},
            ("foreign minister", None, None),
        ),
    ],
)
def test_a_party_in_a_title_gives_the_country_and_the_body(gaz, spec, ents, expected):
    names = Names(parse(spec, ents=ents), gaz)
    (person,) = [e for e in names.ents if e.label_ == "PERSON"]
    assert names.description(person) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # the party a title names is the person's body
        (
            "UKIP/PROPN/compound/2 chairman/NOUN/compound/3 Jan/PROPN/compound/3 "
            "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
            {"0": "ORG", "2-3": "PERSON"},
            ("chairman", "GBR", "party"),
        ),
        # an organisation an apposition's "of" names, unknown: its name's last word
        (
            "Jan/PROPN/compound/1 Novak/PROPN/nsubj/10 ,/PUNCT/punct/1 the/DET/det/4 "
            "leader/NOUN/appos/1 of/ADP/prep/4 the/DET/det/9 Zubrovian/PROPN/compound/9 "
            "Workers/PROPN/compound/9 Union/PROPN/pobj/5 spoke/VERB/ROOT/10/speak",
            {"0-1": "PERSON", "7-9": "ORG"},
            ("leader", None, "Union"),
        ),
        # the party a person's name owns ("Robert Kilroy Silk's Veritas Party")
        (
            "Jan/PROPN/compound/1 Novak/PROPN/poss/4 's/PART/case/1 Zubrovian/PROPN/compound/4 "
            "Party/PROPN/nsubj/5 won/VERB/ROOT/5/win",
            {"0-1": "PERSON", "3-4": "ORG"},
            (None, None, "Party"),
        ),
        # a place names no body
        (
            "Yorkshire/PROPN/compound/1 millionaire/NOUN/compound/3 Jan/PROPN/compound/3 "
            "Novak/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak",
            {"0": "GPE", "2-3": "PERSON"},
            ("millionaire", None, None),
        ),
    ],
)
def test_the_body_a_title_or_apposition_names_is_the_persons_sector(gaz, spec, ents, expected):
    names = Names(parse(spec, ents=ents), gaz)
    (person,) = [e for e in names.ents if e.label_ == "PERSON"]
    assert names.description(person) == expected
    assert names.entity(person, {}).sector == expected[2]


def test_an_untitled_company_the_parser_took_for_a_person_is_the_company(gaz):
    from kg import actorcodes

    doc = parse(
        "Deutsche/PROPN/compound/1 Bank/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "Banker/PROPN/compound/5 Deutsche/PROPN/compound/6 Bank/PROPN/nsubj/7 "
        "left/VERB/ROOT/7/leave",
        ents={"0-1": "PERSON", "5-6": "PERSON"},
    )
    names = Names(doc, gaz, codes=actorcodes.load())
    bank = names.entity(names.ents[0], {})
    assert (bank.id, bank.type, bank.country) == ("org/deutsche-bank", "Organization", "DEU")
    assert names.entity(names.ents[1], {}).type == "Person"  # a title makes it a person
    mr = Names(
        parse(
            "Mr/PROPN/compound/1 Microsoft/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
            ents={"1": "PERSON"},
        ),
        gaz,
        codes=actorcodes.load(),
    )
    assert mr.entity(mr.ents[0], {}).type == "Person"  # so does an honorific


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # a proper noun the parser left out of the entity
        ("BNP/PROPN/compound/1 Paribas/PROPN/nsubj/2 lent/VERB/ROOT/2/lend",
         {"1": "ORG"}, ("org/bnp-paribas", "BNP Paribas", "FRA")),
        # a last word that only says what it is
        ("JP/PROPN/compound/3 Morgan/PROPN/compound/3 Chase/PROPN/compound/3 "
         "Bank/PROPN/nsubj/4 lent/VERB/ROOT/4/lend",
         {"0-3": "ORG"}, ("org/jp-morgan-chase", "JP Morgan Chase", "USA")),
        # ... but not down to one word ("Deutsche")
        ("Zubrovia/PROPN/compound/1 Bank/PROPN/nsubj/2 lent/VERB/ROOT/2/lend",
         {"0-1": "ORG"}, ("org/zubrovia-bank", "Zubrovia Bank", None)),
    ],
)  # fmt: skip
def test_a_companys_name_is_found_in_the_dictionaries_as_written_or_nearly(
    gaz, spec, ents, expected
):
    from kg import actorcodes

    names = Names(parse(spec, ents=ents), gaz, codes=actorcodes.load())
    (ent,) = names.ents
    actor = names.entity(ent, {})
    assert (actor.id, actor.label, actor.country) == expected


def test_a_double_surname_the_article_hyphenates_is_one_person_named_with_the_hyphen(gaz):
    doc = parse(
        "Robert/PROPN/compound/2 Kilroy/PROPN/compound/2 Silk/PROPN/nsubj/3 "
        "spoke/VERB/ROOT/3/speak ./PUNCT/punct/3 Mr/PROPN/compound/6 "
        "Kilroy-Silk/PROPN/nsubj/7 left/VERB/ROOT/7/leave",
        ents={"0-2": "PERSON", "5-6": "PERSON"},
    )
    names = Names(doc, gaz)
    full, short = (names.entity(e, {}) for e in names.ents)
    assert full.id == short.id == "person/robert-kilroy-silk"
    assert short.label == "Robert Kilroy-Silk"
    assert names.people["Robert"] == names.people["Robert Kilroy Silk"] == ("Robert Kilroy-Silk",)


def test_a_respelled_full_name_is_the_phoenix_person_and_a_bare_one_keeps_its_title(gaz):
    """ "former prime minister Rafik Hariri ... Mr Hariri": Phoenix's Rafiq Hariri both times
    (one node, his label), the bare mention with the role the title gave (ELI after office)."""
    from kg import actorcodes

    spec = (
        "former/ADJ/amod/2 prime/NOUN/compound/2 minister/NOUN/compound/4 Rafik/PROPN/compound/4 "
        "Hariri/PROPN/nsubj/5 died/VERB/ROOT/5/die ./PUNCT/punct/5 Mr/PROPN/compound/8 "
        "Hariri/PROPN/nsubj/9 led/VERB/ROOT/9/lead Lebanon/PROPN/dobj/9 ./PUNCT/punct/9"
    )
    names = Names(parse(spec, ents={"3-4": "PERSON", "8": "PERSON", "10": "GPE"}), gaz,
                  codes=actorcodes.load())  # fmt: skip
    full, bare = names.ents[0], names.ents[1]
    found = names.role_of(full)
    assert found is not None and found[1].role == "former prime minister"
    titled = names.entity(full, {})
    later = names.entity(bare, {found[0]: found[1]})
    assert (titled.id, titled.label) == ("person/rafiq-hariri", "Rafiq Hariri")
    assert (later.id, later.role) == ("person/rafiq-hariri", "former prime minister")


@pytest.mark.parametrize(
    ("spec", "ents", "country"),
    [
        # "Romanian and Bulgarian visas ... the UK": nationality words tie with the UK, the
        # names of states do not
        (
            "Romanian/ADJ/amod/2 Bulgarian/ADJ/amod/2 visas/NOUN/nsubj/3/visa "
            "reached/VERB/ROOT/3/reach the/DET/det/5 UK/PROPN/dobj/3",
            {"0": "NORP", "1": "NORP", "5": "GPE"},
            "GBR",
        ),
        # three states named as such, one each: no main country
        (
            "Romania/PROPN/nsubj/1 met/VERB/ROOT/1/meet the/DET/det/3 UK/PROPN/dobj/1 "
            "and/CCONJ/cc/3 France/PROPN/conj/3",
            {"0": "GPE", "3": "GPE", "5": "GPE"},
            None,
        ),
        # a nationality word that makes the majority counts as before
        (
            "Romanian/ADJ/amod/1 troops/NOUN/nsubj/2/troop reached/VERB/ROOT/2/reach "
            "Romania/PROPN/dobj/2 and/CCONJ/cc/3 the/DET/det/6 UK/PROPN/conj/3",
            {"0": "NORP", "3": "GPE", "6": "GPE"},
            "ROU",
        ),
    ],
)
def test_the_main_country_leaves_out_nationality_words_on_a_tie(gaz, spec, ents, country):
    assert Names(parse(spec, ents=ents), gaz).country == country


@pytest.mark.parametrize(
    ("spec", "ents", "country"),
    [
        # a US state (named twice, one vote) and a US city outvote a capital the gazetteer
        # knows ("his Paris apartment" of a story of Florida): more than half the votes
        (
            "Morrison/PROPN/nsubj/1 studied/VERB/ROOT/1/study in/ADP/prep/1 "
            "Florida/PROPN/pobj/2 ,/PUNCT/punct/3 Florida/PROPN/conj/3 and/CCONJ/cc/3 "
            "Miami/PROPN/conj/3 and/CCONJ/cc/3 Paris/PROPN/conj/3",
            {"0": "PERSON", "3": "GPE", "5": "GPE", "7": "GPE", "9": "GPE"},
            "USA",
        ),
        # a story whose names the gazetteer does not know: a city of the place list
        (
            "Hendrix/PROPN/nsubj/1 lived/VERB/ROOT/1/live in/ADP/prep/1 Seattle/PROPN/pobj/2",
            {"0": "PERSON", "3": "GPE"},
            "USA",
        ),
        # a place votes once however often it is named: a US court's city named three times
        # in a story of Russia named twice is one vote against two
        (
            "Russia/PROPN/nsubj/1 fought/VERB/ROOT/1/fight Russia/PROPN/dobj/1 in/ADP/prep/1 "
            "Houston/PROPN/pobj/3 ,/PUNCT/punct/4 Houston/PROPN/conj/4 and/CCONJ/cc/4 "
            "Houston/PROPN/conj/4",
            {"0": "GPE", "2": "GPE", "4": "GPE", "6": "GPE", "8": "GPE"},
            "RUS",
        ),
        # a tie of a place with the gazetteer's state is no majority: the gazetteer's
        # country stays (Malcolm Glazer of Florida, in a story of the UK)
        (
            "Glazer/PROPN/nsubj/1 flew/VERB/ROOT/1/fly from/ADP/prep/1 Florida/PROPN/pobj/2 "
            "to/ADP/prep/1 the/DET/det/6 UK/PROPN/pobj/4",
            {"0": "PERSON", "3": "GPE", "6": "GPE"},
            "GBR",
        ),
        # a town of fewer than 100,000 people does not vote: "West End" is a Canadian town's
        # name and London's theatres
        (
            "The/DET/det/1 show/NOUN/nsubj/2 moved/VERB/ROOT/2/move to/ADP/prep/2 "
            "the/DET/det/6 West/PROPN/compound/6 End/PROPN/pobj/3",
            {"5-6": "LOC"},
            None,
        ),
    ],
)
def test_cities_and_states_vote_for_the_story_s_country(gaz, spec, ents, country):
    assert Names(parse(spec, ents=ents), gaz).country == country


@pytest.mark.parametrize(
    ("spec", "ents", "country"),
    [
        # a story that names no place: the country of an office kg's table has a person
        # it names hold that day (a Commons committee's chair)
        (
            "MPs/PROPN/nsubj/1 said/VERB/ROOT/1/say ./PUNCT/punct/1 Alan/PROPN/compound/4 "
            "Beith/PROPN/nsubj/5 agreed/VERB/ROOT/5/agree",
            {"0": "ORG", "3-4": "PERSON"},
            "GBR",
        ),
        # a place the gazetteer knows decides, whoever the people are
        (
            "Alan/PROPN/compound/1 Beith/PROPN/nsubj/2 visited/VERB/ROOT/2/visit "
            "France/PROPN/dobj/2",
            {"0-1": "PERSON", "3": "GPE"},
            "FRA",
        ),
        # a firm's person of kg's office table (a club's owner, USABUS) places no story
        (
            "Bob/PROPN/compound/1 Murray/PROPN/nsubj/2 bid/VERB/ROOT/2/bid ./PUNCT/punct/2 "
            "Malcolm/PROPN/compound/5 Glazer/PROPN/nsubj/6 agreed/VERB/ROOT/6/agree",
            {"0-1": "PERSON", "4-5": "PERSON"},
            None,
        ),
        # nor the Phoenix people of a name (a film composer, a Barbadian politician's name)
        (
            "MPs/PROPN/nsubj/1 said/VERB/ROOT/1/say ./PUNCT/punct/1 John/PROPN/compound/4 "
            "Williams/PROPN/nsubj/5 agreed/VERB/ROOT/5/agree",
            {"0": "ORG", "3-4": "PERSON"},
            None,
        ),
        # a name the dictionaries do not know places nobody
        (
            "MPs/PROPN/nsubj/1 said/VERB/ROOT/1/say ./PUNCT/punct/1 Zub/PROPN/compound/4 "
            "Zubwick/PROPN/nsubj/5 agreed/VERB/ROOT/5/agree",
            {"0": "ORG", "3-4": "PERSON"},
            None,
        ),
    ],
)
def test_a_story_of_no_place_takes_the_country_of_its_known_people(gaz, spec, ents, country):
    codes = actorcodes.load()
    names = Names(parse(spec, ents=ents), gaz, codes=codes, when=dt.date(2005, 3, 1))
    assert names.country == country


@pytest.mark.parametrize(
    ("spec", "ents", "labels"),
    [
        # a peer with no first name goes by the title, at every mention
        (
            "Lord/PROPN/compound/1 Zubwick/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Zubwick/PROPN/nsubj/5 left/VERB/ROOT/5/leave",
            {"0-1": "PERSON", "4": "PERSON"},
            ["Lord Zubwick", "Lord Zubwick"],
        ),
        # ... not when the article gives the first name
        (
            "Lord/PROPN/compound/1 Zubwick/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
            "Harry/PROPN/compound/5 Zubwick/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
            {"0-1": "PERSON", "4-5": "PERSON"},
            ["Harry Zubwick", "Harry Zubwick"],
        ),
        # "Mr" is no peer's title
        (
            "Mr/PROPN/compound/1 Zubwick/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
            {"0-1": "PERSON"},
            ["Zubwick"],
        ),
        # post-nominal letters are no part of the name
        (
            "Ken/PROPN/compound/2 Zubwick/PROPN/compound/2 QC/PROPN/nsubj/3 spoke/VERB/ROOT/3",
            {"0-2": "PERSON"},
            ["Ken Zubwick"],
        ),
    ],
)
def test_peers_keep_their_title_and_post_nominals_go(gaz, spec, ents, labels):
    names = Names(parse(spec, ents=ents), gaz)
    assert [names.entity(e, {}).label for e in names.ents] == labels


def test_a_title_in_capitals_in_apposition_gives_the_role(gaz):
    doc = parse(
        "Lord/PROPN/compound/1 Zubwick/PROPN/nsubj/7 ,/PUNCT/punct/1 the/DET/det/6 "
        "Lord/PROPN/compound/6 Chief/PROPN/compound/6 Justice/PROPN/appos/1 said/VERB/ROOT/7/say",
        ents={"0-1": "PERSON"},
    )
    names = Names(doc, gaz)
    assert names.description(names.ents[0]).role == "lord chief justice"  # JUD


@pytest.mark.parametrize(
    ("label", "later", "kind"),
    [
        ("ORG", "Mr", "Person"),  # "The trial of Zub Ebbwick ... Mr Ebbwick": a person
        ("GPE", "Mr", "Person"),
        ("ORG", "the", "Organization"),  # no honorific names the surname: as tagged
    ],
)
def test_a_full_name_the_parser_took_for_an_organisation(gaz, label, later, kind):
    doc = parse(
        "Zub/PROPN/compound/1 Ebbwick/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        f"{later}/PROPN/compound/5 Ebbwick/PROPN/nsubj/6 left/VERB/ROOT/6/leave",
        ents={"0-1": label, "5": "PERSON" if later == "Mr" else "ORG"},
    )
    names = Names(doc, gaz)
    first = names.entity(names.ents[0], {})
    assert first.type == kind
    if kind == "Person":  # "Mr Ebbwick" is the full name
        assert names.entity(names.ents[1], {}).id == first.id == "person/zub-ebbwick"


@pytest.mark.parametrize(
    ("spec", "ents", "kind"),
    [
        # "oil giant Zubos": one word a company's noun calls so is the company
        ("oil/NOUN/compound/1 giant/NOUN/compound/2 Zubos/PROPN/nsubj/3 fell/VERB/ROOT/3/fall",
         {"2": "PERSON"}, "Organization"),
        # a first and last name stay a person's, whatever the noun before
        ("producer/NOUN/compound/2 Ann/PROPN/compound/2 Zubos/PROPN/nsubj/3 fell/VERB/ROOT/3",
         {"1-2": "PERSON"}, "Person"),
    ],
)  # fmt: skip
def test_a_company_the_parser_took_for_a_person(gaz, spec, ents, kind):
    names = Names(parse(spec, ents=ents), gaz)
    assert names.entity(names.ents[0], {}).type == kind


def test_a_weekday_before_a_name_is_no_title(gaz):
    doc = parse(
        "on/ADP/prep/4 Wednesday/PROPN/compound/3 Lord/PROPN/compound/3 Zubwick/PROPN/nsubj/4 "
        "said/VERB/ROOT/4/say",
        ents={"1": "DATE", "2-3": "PERSON"},
    )
    names = Names(doc, gaz)
    person = next(e for e in names.ents if e.label_ == "PERSON")
    assert names.description(person).role is None  # not "wednesday"


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        ("Mr/PROPN/compound/1 Brown/PROPN/nsubj/2 said/VERB/ROOT/2", {"1-1": "PERSON"}, "mr"),
        ("Mrs/PROPN/compound/1 Brown/PROPN/nsubj/2 said/VERB/ROOT/2", {"0-1": "PERSON"}, "mrs"),
        (  # inside the entity, after a place the parser ran into it
            "Tanzania/PROPN/compound/2 Mrs/PROPN/compound/2 Brown/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "mrs",
        ),
        ("Gordon/PROPN/compound/1 Brown/PROPN/nsubj/2 said/VERB/ROOT/2", {"0-1": "PERSON"}, None),
    ],
)
def test_the_honorific_of_a_name_is_found_before_or_inside_it(spec, ents, expected):
    (ent,) = parse(spec, ents=ents).ents
    assert honorific(ent) == expected


@pytest.mark.parametrize(
    ("spec", "ents", "label"),
    [
        (  # the parser left "UK" out of the party's entity: the gazetteer knows the whole name
            "Silk/PROPN/nsubj/1 quit/VERB/ROOT/1 the/DET/det/5 UK/PROPN/compound/5 "
            "Independence/PROPN/compound/5 Party/PROPN/dobj/1",
            {"4-5": "ORG"},
            "UK Independence Party",
        ),
        (  # ... a name the gazetteer does not know stays as the entity gives it
            "Silk/PROPN/nsubj/1 quit/VERB/ROOT/1 the/DET/det/5 Kent/PROPN/compound/5 "
            "Independence/PROPN/compound/5 Party/PROPN/dobj/1",
            {"4-5": "ORG"},
            "Independence Party",
        ),
        (  # ... and a name it knows as written is that name
            "Silk/PROPN/nsubj/1 quit/VERB/ROOT/1 UKIP/PROPN/dobj/1",
            {"2": "ORG"},
            "UK Independence Party",
        ),
    ],
)
def test_an_organisation_takes_the_proper_noun_compounded_onto_it(gaz, spec, ents, label):
    doc = parse(spec, ents=ents)
    names = Names(doc, gaz)
    assert names.entity(doc.ents[-1], {}).label == label


@pytest.mark.parametrize(
    ("label", "word", "expected"),
    [
        ("ORG", "Zubov", "person/ivan-zubov"),  # "Zubov" the parser took for a body
        ("GPE", "Zubov", "person/ivan-zubov"),  # ... or for a place
        ("ORG", "Ivan", "org/ivan"),  # a first name is no surname
        ("GPE", "France", "country/FRA"),  # a name the gazetteer knows stays its own
    ],
)
def test_a_one_word_body_or_place_that_is_a_named_person_s_surname_is_that_person(
    gaz, label, word, expected
):
    """ "Ivan Zubov won. Zubov said": the second "Zubov" tagged ORG (or GPE) is Ivan Zubov."""
    doc = parse(
        f"Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/2 won/VERB/ROOT/2/win ./PUNCT/punct/2 "
        f"{word}/PROPN/nsubj/5 said/VERB/ROOT/5/say",
        ents={"0-1": "PERSON", "4": label},
    )
    names = Names(doc, gaz)
    assert names.entity(names.ents[1], {}).id == expected


def test_a_surname_two_people_of_the_article_share_stays_apart(gaz):
    doc = parse(
        "Ivan/PROPN/compound/1 Zubov/PROPN/nsubj/5 and/CCONJ/cc/1 Olga/PROPN/compound/4 "
        "Zubov/PROPN/conj/1 won/VERB/ROOT/5/win ./PUNCT/punct/5 Zubov/PROPN/nsubj/8 "
        "said/VERB/ROOT/8/say",
        ents={"0-1": "PERSON", "3-4": "PERSON", "7": "ORG"},
    )
    names = Names(doc, gaz)
    assert names.entity(names.ents[2], {}).type == "Organization"


def test_a_multinational_the_gazetteer_knows_is_its_home_country_s_not_the_story_s(gaz):
    """BMW in a story about China is German (the gazetteer's well-known multinationals the
    Phoenix dictionaries lack), and the firm named does not make the story German."""
    spec = (
        "BMW/PROPN/nsubj/1 sold/VERB/ROOT/1/sell cars/NOUN/dobj/1/car in/ADP/prep/1 "
        "China/PROPN/pobj/3 and/CCONJ/cc/4 Japan/PROPN/conj/4 ./PUNCT/punct/1 "
        "BMW/PROPN/nsubj/9 grew/VERB/ROOT/9/grow in/ADP/prep/9 China/PROPN/pobj/10"
    )
    names = Names(
        parse(spec, ents={"0": "ORG", "4": "GPE", "6": "GPE", "8": "ORG", "11": "GPE"}), gaz
    )
    assert names.country == "CHN"
    actor = names.entity(names.ents[0], {})
    assert (actor.label, actor.country, actor.subtype) == ("BMW", "DEU", "company")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # "Delta Air Lines grew . Delta fell": a Canadian town's name the article writes
        # alone only as the firm's
        ("ORG", "Delta Air Lines"),
        # written as a place: the place's name, no short form
        ("GPE", None),
    ],
)
def test_a_place_s_name_written_only_as_a_firm_s_is_its_short_form(gaz, label, expected):
    doc = parse(
        "Delta/PROPN/compound/2 Air/PROPN/compound/2 Lines/PROPN/nsubj/3 grew/VERB/ROOT/3/grow "
        "./PUNCT/punct/3 Delta/PROPN/nsubj/6 fell/VERB/ROOT/6/fall",
        ents={"0-2": "ORG", "5": label},
    )
    found = Names(doc, gaz, codes=actorcodes.load()).parts.get("Delta")
    assert (found.text if found is not None else None) == expected


def test_a_party_tagged_without_its_first_word_is_the_party(gaz):
    """ "The Conservatives and Liberal Democrats say": the parser tags "Democrats" alone; with
    the untagged "Liberal" before it, it is the Liberal Democrats, not a group "Democrats"."""
    doc = parse(
        "The/DET/det/1 Conservatives/PROPN/nsubj/5 and/CCONJ/cc/1 Liberal/PROPN/compound/4 "
        "Democrats/PROPN/conj/1 say/VERB/ROOT/5",
        ents={"1": "NORP", "4": "NORP"},
    )
    names = Names(doc, gaz)
    assert [e.text for e in names.ents] == ["Conservatives", "Liberal Democrats"]
    assert names.entity(names.ents[1], {}).id == "org/GB-LIBDEMS"
    # a word before a name that with it spells no other known name is left out
    doc = parse("Former/ADJ/amod/1 Conservatives/PROPN/nsubj/2 say/VERB/ROOT/2", ents={"1": "NORP"})
    assert [e.text for e in Names(doc, gaz).ents] == ["Conservatives"]


def test_an_institution_named_after_its_place_is_of_that_place_s_country(gaz):
    """A university named after its town is of the town's country, not of the story's (a
    US one here); so is a researcher the text places at it. A firm's name holding a town's
    name ("Delft Data") is no sign of where the firm is: the story's country, as before."""
    codes = actorcodes.load()
    doc = parse(
        "Jan/PROPN/compound/1 Zubwelse/PROPN/nsubj/8 ,/PUNCT/punct/1 a/DET/det/4 "
        "researcher/NOUN/appos/1 at/ADP/prep/4 Delft/PROPN/compound/7 "
        "University/PROPN/pobj/5 said/VERB/ROOT/8/say the/DET/det/10 US/PROPN/dobj/8",
        ents={"0-1": "PERSON", "6-7": "ORG", "10": "GPE"},
    )
    names = Names(doc, gaz, codes=codes)
    assert names.country == "USA"
    person, university, _ = names.ents
    assert names.entity(university, {}).country == "NLD"
    assert names.entity(person, {}).country == "NLD"
    doc = parse(
        "Delft/PROPN/compound/1 Data/PROPN/nsubj/2 beat/VERB/ROOT/2 the/DET/det/4 US/PROPN/dobj/2",
        ents={"0-1": "ORG", "4": "GPE"},
    )
    names = Names(doc, gaz, codes=codes)
    assert names.entity(names.ents[0], {}).country == "USA"
    # a place's name that is an English word is no sign: "Olympic" (a Hong Kong place)
    doc = parse(
        "Olympic/PROPN/compound/2 Primary/PROPN/compound/2 School/PROPN/nsubj/3 "
        "opened/VERB/ROOT/3/open",
        ents={"0-2": "ORG"},
    )
    names = Names(doc, gaz, codes=codes)
    assert names.entity(names.ents[0], {}).country is None


def test_a_treasurer_s_title_is_no_part_of_the_name(gaz):
    """ "Treasurer Peter Costello": the parser takes the title into the name; it is a title
    (``titles``: treasurer), not a first name."""
    doc = parse(
        "Treasurer/PROPN/compound/2 Zub/PROPN/compound/2 Zubov/PROPN/nsubj/3 spoke/VERB/ROOT/3",
        ents={"0-2": "PERSON"},
    )
    names = Names(doc, gaz)
    assert names.entity(names.ents[0], {}).label == "Zub Zubov"


@pytest.mark.parametrize(
    ("spec", "ents", "label", "role", "country"),
    [
        (  # "Tory Liam Fox said": the party word is a title, not a word of the name
            "Tory/PROPN/compound/2 Liam/PROPN/compound/2 Fox/PROPN/nsubj/3 said/VERB/ROOT/3/say",
            {"0-2": "PERSON"},
            "Liam Fox",
            None,
            "GBR",
        ),
        (  # a state's adjective and a title after it: "Iraqi PM Ayad Allawi"
            "Iraqi/ADJ/amod/3 PM/PROPN/compound/3 Ayad/PROPN/compound/3 Allawi/PROPN/nsubj/4 "
            "spoke/VERB/ROOT/4/speak",
            {"0-3": "PERSON"},
            "Ayad Allawi",
            "pm",
            "IRQ",
        ),
        (  # one word left would be no full name: "German Gref" (a first name) stays whole
            "German/PROPN/compound/1 Gref/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak",
            {"0-1": "PERSON"},
            "German Gref",
            None,
            None,
        ),
        (  # a first name the gazetteer knows as a state is the person's: "Chad Lee Smith"
            "Chad/PROPN/compound/2 Lee/PROPN/compound/2 Smith/PROPN/nsubj/3 "
            "spoke/VERB/ROOT/3/speak",
            {"0-2": "PERSON"},
            "Chad Lee Smith",
            None,
            None,
        ),
    ],
)
def test_a_party_or_state_word_the_parser_took_into_a_name_is_its_title(
    gaz, spec, ents, label, role, country
):
    names = Names(parse(spec, ents=ents), gaz)
    person = next(e for e in names.ents if e.label_ == "PERSON")
    actor = names.entity(person, {})
    assert (actor.label, actor.role, actor.country) == (label, role, country)


def test_a_title_alone_the_parser_took_into_a_name_leaves_the_name_whole(gaz):
    # "President George Bush": no party's or state's word before the title
    doc = parse(
        "President/PROPN/compound/2 George/PROPN/compound/2 Bush/PROPN/nsubj/3 "
        "spoke/VERB/ROOT/3/speak",
        ents={"0-2": "PERSON"},
    )
    assert [e.text for e in without_affiliations(doc.ents, lambda words: False)] == [
        "President George Bush"
    ]


@pytest.mark.parametrize(
    ("spec", "ents", "kept"),
    [
        (  # "Songwriter Guy Chambers": the noun of what he is opens the sentence
            "Songwriter/PROPN/compound/2 Guy/PROPN/compound/2 Chambers/PROPN/nsubj/3 "
            "spoke/VERB/ROOT/3/speak",
            {"0-2": "PERSON"},
            "Guy Chambers",
        ),
        (  # "Bookmakers Ladbrokes": a plural noun, an organisation
            "Bookmakers/PROPN/compound/1 Ladbrokes/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "ORG"},
            "Ladbrokes",
        ),
        (  # "Christian Harris": a one-word person is no name
            "Christian/PROPN/compound/1 Harris/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "PERSON"},
            "Christian Harris",
        ),
        (  # "Virgin Radio": a word alone is no firm's name
            "Virgin/PROPN/compound/1 Radio/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "ORG"},
            "Virgin Radio",
        ),
        (  # "Doctors Without Borders": a stop word goes on
            "Doctors/PROPN/nsubj/3 Without/PROPN/prep/0 Borders/PROPN/pobj/1 said/VERB/ROOT/3/say",
            {"0-2": "ORG"},
            "Doctors Without Borders",
        ),
        (  # "Farmers Union": the body's own name
            "Farmers/PROPN/compound/1 Union/PROPN/nsubj/2 said/VERB/ROOT/2/say",
            {"0-1": "ORG"},
            "Farmers Union",
        ),
        (  # a title is inner_titles' to read
            "President/PROPN/compound/2 George/PROPN/compound/2 Bush/PROPN/nsubj/3 "
            "spoke/VERB/ROOT/3/speak",
            {"0-2": "PERSON"},
            "President George Bush",
        ),
        (  # inside a sentence the word is written as a name's
            "The/DET/det/1 comic/NOUN/nsubj/5 and/CCONJ/cc/1 Comic/PROPN/compound/5 "
            "Joe/PROPN/compound/5 Pasquale/PROPN/conj/1 spoke/VERB/ROOT/6/speak",
            {"3-5": "PERSON"},
            "Comic Joe Pasquale",
        ),
    ],
)
def test_a_noun_of_what_a_name_is_opening_its_sentence_is_cut_off(spec, ents, kept):
    doc = parse(spec, ents=ents)
    named = without_callings(doc.ents, lambda name: None)
    assert [e.text for e in named] == [kept]


def test_a_noun_before_a_name_the_gazetteer_knows_whole_is_kept():
    doc = parse(
        "Bookmakers/PROPN/compound/1 Ladbrokes/PROPN/nsubj/2 said/VERB/ROOT/2/say",
        ents={"0-1": "ORG"},
    )
    named = without_callings(
        doc.ents, lambda name: "org/x" if name == "Bookmakers Ladbrokes" else None
    )
    assert [e.text for e in named] == ["Bookmakers Ladbrokes"]


def test_a_noun_of_what_a_person_is_opening_the_sentence_is_the_title_not_the_label(gaz):
    doc = parse(
        "Comic/PROPN/compound/2 Joe/PROPN/compound/2 Pasquale/PROPN/nsubj/3 "
        "spoke/VERB/ROOT/3/speak",
        ents={"0-2": "PERSON"},
    )
    names = Names(doc, gaz)
    person = next(e for e in names.ents if e.label_ == "PERSON")
    assert names.entity(person, {}).label == "Joe Pasquale"


def test_a_firm_noun_opening_the_sentence_makes_the_name_an_organisation():
    doc = parse(
        "Bookmaker/PROPN/compound/2 William/PROPN/compound/2 Hill/PROPN/nsubj/3 "
        "said/VERB/ROOT/3/say",
        ents={"0-2": "PERSON"},
    )
    named = without_callings(doc.ents, lambda name: None)
    assert [(e.text, e.label_) for e in named] == [("William Hill", "ORG")]
