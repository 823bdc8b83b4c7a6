"""A person takes the country and sector of the organisation their title names
(kg.extract.employers), on hand-built parses."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.actors import Resolver
from kg.extract.phrases import phrase
from kg.gazetteer import Gazetteer

#: "{Russian} oil firm Zubko sued . Zubko chief executive Steven Theede spoke ."
TITLED = (
    "{adj}/ADJ/amod/2 oil/NOUN/compound/2 firm/NOUN/compound/3 Zubko/PROPN/nsubj/4 "
    "sued/VERB/ROOT/4/sue ./PUNCT/punct/4 "
    "Zubko/PROPN/compound/9 chief/ADJ/amod/8 executive/NOUN/compound/9 Steven/PROPN/compound/10 "
    "Theede/PROPN/nsubj/11 spoke/VERB/ROOT/11/speak ./PUNCT/punct/11"
)

#: "Russian oil firm Zubko sued . Zubko chief financial officer , Bruce Misamore , spoke ."
APPOS = (
    "Russian/ADJ/amod/2 oil/NOUN/compound/2 firm/NOUN/compound/3 Zubko/PROPN/nsubj/4 "
    "sued/VERB/ROOT/4/sue ./PUNCT/punct/4 "
    "Zubko/PROPN/compound/9 chief/ADJ/amod/9 financial/ADJ/amod/9 officer/NOUN/nsubj/15 "
    ",/PUNCT/punct/9 Bruce/PROPN/compound/12 Misamore/PROPN/appos/9 ,/PUNCT/punct/9 "
    "spoke/VERB/ROOT/15/speak ./PUNCT/punct/15"
)


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def _person(gaz, spec: str, ents: dict[str, str], at: int):
    doc = parse(spec, ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    return resolver.resolve(phrase(doc[at])).actor


@pytest.mark.parametrize(
    ("adj", "firm", "country", "sector"),
    [
        # the firm the title names, as the article describes it, the parser's tag whatever
        ("Russian", "ORG", "RUS", "company"),
        ("Russian", "PERSON", "RUS", "company"),
        # a firm whose country nothing gives: no country, and the name's last word as body,
        # as before (not "company")
        ("big", "ORG", None, "Zubko"),
    ],
)
def test_a_firms_officer_takes_its_country_and_sector(gaz, adj, firm, country, sector):
    ents = {"3": "ORG", "6": firm, "9-10": "PERSON"}
    if adj == "Russian":
        ents["0"] = "NORP"
    theede = _person(gaz, TITLED.format(adj=adj), ents, 10)
    assert theede.id == "person/steven-theede"
    assert (theede.country, theede.sector) == (country, sector)


def test_the_noun_a_name_is_in_apposition_with_names_the_employer(gaz):
    ents = {"0": "NORP", "3": "ORG", "6": "PERSON", "11-12": "PERSON"}
    misamore = _person(gaz, APPOS, ents, 12)
    assert misamore.id == "person/bruce-misamore"
    assert (misamore.country, misamore.sector) == ("RUS", "company")


def test_a_title_that_names_a_country_keeps_it(gaz):
    # "American chief executive Steven Theede" of a Russian firm: the title's own country
    spec = TITLED.format(adj="Russian").replace("Zubko/PROPN/compound/9", "American/ADJ/amod/9")
    theede = _person(gaz, spec, {"0": "NORP", "3": "ORG", "6": "NORP", "9-10": "PERSON"}, 10)
    assert theede.country == "USA"


@pytest.mark.parametrize("tag", ["ORG", "PERSON"])
def test_a_gazetteer_firm_in_a_title_gives_its_country_whatever_the_parser_tagged_it(gaz, tag):
    """ "Yukos chief executive Steven Theede" in a story about a US court, with no words that
    describe Yukos: the gazetteer's firm (RUS) is his employer, though the parser tagged
    "Yukos" a PERSON, not the story's country."""
    spec = (
        "Yukos/PROPN/compound/3 chief/ADJ/amod/2 executive/NOUN/compound/3 "
        "Steven/PROPN/compound/4 Theede/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5"
    )
    theede = _person(gaz, spec, {"0": tag, "3-4": "PERSON"}, 4)
    assert (theede.country, theede.sector) == ("RUS", "company")


@pytest.mark.parametrize(
    ("firm", "country", "sector", "code"),
    [
        # a gazetteer row under the Phoenix dictionaries' own id (audit3): the firm's label, so
        # its officer takes the dictionaries' code, as a Phoenix firm's people do
        ("Shell", "NLD", "Royal Dutch Shell", "MNCNLD"),
        ("BT", "GBR", "BT Group", "MNCGBRMED"),
        # a firm the dictionaries lack: company, the country + BUS
        ("Yukos", "RUS", "company", "RUSBUS"),
    ],
)
def test_a_titles_multinational_gives_its_people_the_dictionaries_code(
    gaz, firm, country, sector, code
):
    """ "BT chief executive Zub Zubkin": before, the gazetteer's row gave "company" and
    GBRBUS, where the dictionaries code BT Group's people MNCGBRMED."""
    from kg.extract.codes import code_of

    spec = (
        f"{firm}/PROPN/compound/3 chief/ADJ/amod/2 executive/NOUN/compound/3 "
        "Zub/PROPN/compound/4 Zubkin/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5"
    )
    person = _person(gaz, spec, {"0": "ORG", "3-4": "PERSON"}, 4)
    assert (person.country, person.sector) == (country, sector)
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "analyst Ivan Zubov at Zub Gold said . we regret": the firm after his name
        ("analyst/NOUN/compound/2", "org/zub-gold"),
        # "Then Ivan Zubov at Zub Gold said . we regret": no title, the speaker as before
        ("Then/ADV/advmod/6", "person/ivan-zubov"),
    ],
)  # fmt: skip
def test_a_titled_name_s_preposition_names_the_employer(gaz, title, expected):
    doc = parse(
        f"{title} Ivan/PROPN/compound/2 Zubov/PROPN/nsubj/6 at/ADP/prep/2 "
        "Zub/PROPN/compound/5 Gold/PROPN/pobj/3 said/VERB/ROOT/6/say ./PUNCT/punct/6 "
        "we/PRON/nsubj/9 regret/VERB/ROOT/9/regret",
        ents={"1-2": "PERSON", "4-5": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    speaker = res.resolve(phrase(doc[2])).actor
    assert res.resolve(phrase(doc[8]), speaker=speaker).actor.id == expected


@pytest.mark.parametrize(
    ("firm", "code"),
    [
        # "said Ivan Zubov at Merrill Lynch": no title, the firm after the name is his
        # employer, whose code (the dictionaries' MNCUSA) he takes
        ("Merrill/PROPN/compound/5 Lynch/PROPN/pobj/3", "MNCUSA"),
        # "... at Lehman Brothers": a gazetteer firm, its country and business
        ("Lehman/PROPN/compound/5 Brothers/PROPN/pobj/3", "USABUS"),
    ],
)  # fmt: skip
def test_an_untitled_name_s_preposition_names_the_employer_of_its_code(gaz, firm, code):
    from kg.extract.codes import code_of

    doc = parse(
        f"Then/ADV/advmod/6 Ivan/PROPN/compound/2 Zubov/PROPN/nsubj/6 at/ADP/prep/2 {firm} "
        "said/VERB/ROOT/6/say ./PUNCT/punct/6",
        ents={"1-2": "PERSON", "4-5": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    person = res.resolve(phrase(doc[2])).actor
    assert person.id == "person/ivan-zubov"
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code


#: "India fined Russian oil firm Zubko in India . {title} Steven Theede spoke ."
OFFICER = (
    "India/PROPN/nsubj/1 fined/VERB/ROOT/1/fine Russian/ADJ/amod/4 oil/NOUN/compound/4 "
    "firm/NOUN/compound/5 Zubko/PROPN/dobj/1 in/ADP/prep/1 India/PROPN/pobj/6 ./PUNCT/punct/1 "
    "{title} Steven/PROPN/compound/12 Theede/PROPN/nsubj/13 spoke/VERB/ROOT/13/speak "
    "./PUNCT/punct/13"
)
OFFICER_ENTS = {"0": "GPE", "2": "NORP", "5": "ORG", "7": "GPE", "11-12": "PERSON"}


def test_a_company_officer_whose_title_names_no_firm_works_for_the_storys_firm(gaz):
    """ "Chief executive Bill Gammell" of a story about Cairn Energy, "a UK oil firm", drilling
    in India: the firm the story names is his employer, not the story's country."""
    spec = OFFICER.format(title="Chief/ADJ/amod/10 executive/NOUN/compound/12")
    theede = _person(gaz, spec, OFFICER_ENTS, 12)
    assert (theede.country, theede.sector) == ("RUS", "company")


@pytest.mark.parametrize(
    "title",
    [
        "Company/NOUN/compound/10 spokesman/NOUN/compound/12",
        "Chief/ADJ/amod/10 spokeswoman/NOUN/compound/12",
    ],
)
def test_a_spokesperson_whose_title_names_no_body_speaks_for_the_storys_firm(gaz, title):
    """ "Company spokesman Glenn Waller" of a story about ExxonMobil: the firm's voice (its
    code), not the media Phoenix makes a spokesman, nor the story's country alone."""
    from kg.extract.codes import code_of

    theede = _person(gaz, OFFICER.format(title=title), OFFICER_ENTS, 12)
    assert (theede.country, theede.sector) == ("RUS", "company")
    assert code_of(theede, dt.date(2005, 3, 1), actorcodes.load()) == "RUSBUS"


def test_a_title_with_a_name_the_parser_left_untagged_is_not_the_storys_firm(gaz):
    """ "Aston's chief executive Ulrich Bez" in a story about Porsche: "Aston" is his firm,
    though the parser tagged it nothing ("Ablo executive Steven Theede"), so the story's firm
    is not his."""
    spec = OFFICER.format(title="Ablo/PROPN/compound/10 executive/NOUN/compound/12")
    theede = _person(gaz, spec, OFFICER_ENTS, 12)
    assert theede.id == "person/steven-theede"
    assert (theede.country, theede.sector) == ("IND", None)


# A body a title or apposition names gives its code, whatever the role's word says (codes8)

#: "Fred Zubov , director general of the CBI , said ."
DIRECTOR = (
    "Fred/PROPN/compound/1 Zubov/PROPN/nsubj/9 ,/PUNCT/punct/1 director/NOUN/compound/4 "
    "general/NOUN/appos/1 of/ADP/prep/4 the/DET/det/7 {body}/PROPN/pobj/5 ,/PUNCT/punct/1 "
    "said/VERB/ROOT/9/say ./PUNCT/punct/9"
)


@pytest.mark.parametrize(
    ("body", "country", "code"),
    [
        ("CBI", "GBR", "GBRBUS"),  # a trade body of firms: business, not "director general" GOV
        ("WTO", None, "IGOBUSWTO"),  # an IGO of the gazetteer's code column
    ],
)
def test_a_body_in_apposition_gives_its_people_its_code(gaz, body, country, code):
    from kg.extract.codes import code_of

    doc = parse(DIRECTOR.format(body=body), ents={"0-1": "PERSON", "7": "ORG"})
    codes = actorcodes.load()
    resolver = Resolver(doc, gaz, codes=codes, when=dt.date(2005, 3, 1))
    zubov = resolver.resolve(phrase(doc[1])).actor
    assert zubov.country == country
    assert code_of(zubov, dt.date(2005, 3, 1), codes) == code


def test_a_titled_officer_of_a_firm_of_a_region_takes_its_code(gaz):
    from kg.extract.codes import code_of

    spec = (
        "Airbus/PROPN/compound/2 head/NOUN/compound/3 Noel/PROPN/compound/3 "
        "Zubov/PROPN/nsubj/4 spoke/VERB/ROOT/4/speak ./PUNCT/punct/4"
    )
    codes = actorcodes.load()
    zubov = _person(gaz, spec, {"0": "ORG", "2-3": "PERSON"}, 3)
    assert zubov.country is None
    assert code_of(zubov, dt.date(2005, 3, 1), codes) == "EURBUS"


def test_a_title_of_a_region_of_one_country_is_that_country_s(gaz):
    """ "Former Northern Ireland minister Nicholas Zubov": the UK's, not Ireland's (the two
    words of the region looked up before the last alone)."""
    spec = (
        "Former/ADJ/amod/3 Northern/PROPN/compound/2 Ireland/PROPN/compound/3 "
        "minister/NOUN/compound/5 Nicholas/PROPN/compound/5 Zubov/PROPN/nsubj/6 "
        "died/VERB/ROOT/6/die ./PUNCT/punct/6"
    )
    zubov = _person(gaz, spec, {"1-2": "GPE", "4-5": "PERSON"}, 5)
    assert zubov.country == "GBR"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # "India grew . analyst Ivan Zubov at Zub Dialog said": a body nothing gives a sector
        # (its code is its country alone); one who reads markets there works for a firm
        ("analyst", "INDBUS"),
        ("economist", "INDBUS"),  # not the EDU Phoenix gives an economist of no firm
        ("strategist", "INDBUS"),
        # a role of no market reader keeps its own sector
        ("lawyer", "INDJUD"),
    ],
)
def test_a_market_reader_at_a_body_of_no_sector_works_for_a_firm(gaz, title, code):
    from kg.extract.codes import code_of

    doc = parse(
        "India/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 "
        f"{title}/NOUN/compound/5 Ivan/PROPN/compound/5 Zubov/PROPN/nsubj/9 at/ADP/prep/5 "
        "Zub/PROPN/compound/8 Dialog/PROPN/pobj/6 said/VERB/ROOT/9/say ./PUNCT/punct/9",
        ents={"0": "GPE", "4-5": "PERSON", "7-8": "ORG"},
    )
    res = Resolver(doc, gaz, codes=actorcodes.load(), when=dt.date(2005, 3, 1))
    person = res.resolve(phrase(doc[5])).actor
    assert person.id == "person/ivan-zubov"
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code


def test_a_name_s_preposition_naming_a_civil_body_gives_its_word_as_the_sector(gaz):
    """ "Ivan Zubov of the Campaign for Zubrovian Kids said": the word heading the body's name
    calls it a non-governmental one (``civil_body_words``), his sector (NGO by codes)."""
    spec = (
        "Then/ADV/advmod/9 Ivan/PROPN/compound/2 Zubov/PROPN/nsubj/9 of/ADP/prep/2 "
        "the/DET/det/5 Campaign/PROPN/pobj/3 for/ADP/prep/5 Zubrovian/PROPN/compound/8 "
        "Kids/PROPN/pobj/6 said/VERB/ROOT/9/say ./PUNCT/punct/9"
    )
    zubov = _person(gaz, spec, {"1-2": "PERSON", "4-8": "ORG"}, 2)
    assert zubov.sector == "Campaign"


@pytest.mark.parametrize(
    ("first", "country"),
    [
        # a body named after a world region is of no one state, and so are its people
        ("European", None),
        # a body of no such word takes the story's country, and its head with it, as before
        ("Zubrovian", "GBR"),
    ],
)
def test_the_head_of_a_body_of_a_world_region_is_of_no_one_state(gaz, first, country):
    """ "Britain grew. European Broadcasting Group head Noel Zubov spoke": the EBU's
    technical director is the body's (the gold codes the ERAA's Andy Clarke with no
    country), not the British story's."""
    spec = (
        "Britain/PROPN/nsubj/1 grew/VERB/ROOT/1/grow ./PUNCT/punct/1 "
        f"{first}/PROPN/compound/5 Broadcasting/PROPN/compound/5 Group/PROPN/compound/6 "
        "head/NOUN/compound/8 Noel/PROPN/compound/8 Zubov/PROPN/nsubj/9 "
        "spoke/VERB/ROOT/9/speak ./PUNCT/punct/9"
    )
    zubov = _person(gaz, spec, {"0": "GPE", "3-5": "ORG", "7-8": "PERSON"}, 8)
    assert (zubov.label, zubov.country) == ("Noel Zubov", country)


@pytest.mark.parametrize(
    ("firm", "tag", "country", "code"),
    [
        # "Ryanair deputy chief executive Zub Zubkin", "Ryanair" tagged a person: a name
        # the dictionaries know only as a firm (MNCIRL) is his employer
        ("Ryanair", "PERSON", "IRL", "MNCIRL"),
        ("Ryanair", "ORG", "IRL", "MNCIRL"),
        # a name nobody knows, tagged a person, names no employer
        ("Zubko", "PERSON", None, None),
    ],
)
def test_a_title_s_firm_the_dictionaries_know_is_the_employer_whatever_its_tag(
    gaz, firm, tag, country, code
):
    from kg.extract.codes import code_of

    spec = (
        f"{firm}/PROPN/compound/3 chief/ADJ/amod/2 executive/NOUN/compound/3 "
        "Zub/PROPN/compound/4 Zubkin/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5"
    )
    person = _person(gaz, spec, {"0": tag, "3-4": "PERSON"}, 4)
    assert person.country == country
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code


@pytest.mark.parametrize(
    ("firm", "country", "code"),
    [
        # "analyst Ivan Zubov at UBS Zubkov": a unit a multinational's name heads is that
        # multinational's (UBS, MNCCHE), as "an economist at UBS Brunswick" is
        ("UBS/PROPN/compound/5 Zubkov/PROPN/pobj/3", "CHE", "MNCCHE"),
        ("Merrill/PROPN/compound/5 Lynch/PROPN/compound/6 Zubkov/PROPN/pobj/3", "USA", "MNCUSA"),
        # a name no multinational's heads: as before, a firm of no country, no code
        ("Zub/PROPN/compound/5 Zubkov/PROPN/pobj/3", None, None),
        # the BBC is coded, but as media, no multinational: not its unit's people
        ("BBC/PROPN/compound/5 Zubkov/PROPN/pobj/3", None, None),
    ],
)  # fmt: skip
def test_a_unit_a_multinational_s_name_heads_gives_its_people_the_multinational(
    gaz, firm, country, code
):
    from kg.extract.codes import code_of

    n = firm.count("/PROPN")
    person = _person(
        gaz,
        f"analyst/NOUN/compound/2 Ivan/PROPN/compound/2 Zubov/PROPN/nsubj/{4 + n} "
        f"at/ADP/prep/2 {firm} said/VERB/ROOT/{4 + n}/say ./PUNCT/punct/{4 + n}",
        {"1-2": "PERSON", f"4-{3 + n}": "ORG"},
        2,
    )
    assert person.country == country
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code


@pytest.mark.parametrize(
    ("title", "country", "code"),
    [
        # "Citigroup vice chairman Stanley Fischer spoke . Mr Fischer left .": the bare
        # mention keeps the firm the article gave the name (USA, MNCUSA), over the
        # dictionaries' Stanley Fischer (ISR)
        ("Citigroup/PROPN/compound/3", "USA", "MNCUSA"),
        # no firm given: the dictionaries' person, as before
        ("new/ADJ/amod/3", "ISR", "ISR"),
    ],
)
def test_a_known_person_s_bare_mention_keeps_the_body_the_article_gave_the_name(
    gaz, title, country, code
):
    from kg.extract.codes import code_of

    person = _person(
        gaz,
        f"{title} vice/NOUN/compound/2 chairman/NOUN/compound/4 Stanley/PROPN/compound/4 "
        "Fischer/PROPN/nsubj/5 spoke/VERB/ROOT/5/speak ./PUNCT/punct/5 "
        "Mr/PROPN/compound/8 Fischer/PROPN/nsubj/9 left/VERB/ROOT/9/leave ./PUNCT/punct/9",
        {"0": "ORG", "3-4": "PERSON", "7-8": "PERSON"}
        if title.startswith("Citigroup")
        else {"3-4": "PERSON", "7-8": "PERSON"},
        8,
    )
    assert person.id == "person/stanley-fischer"
    assert person.country == country
    assert code_of(person, dt.date(2005, 3, 1), actorcodes.load()) == code
