"""kg's table of office holders by date (kg.officeholders) and the codes it gives."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import actorcodes, officeholders
from kg.errors import OntologyError
from kg.extract.codes import code_of
from kg.model import Actor

HEADER = "office\tof\tholder\tlabel\tcountry\tcode\tstart\tend\n"
ROWS = (
    "# a comment\n"
    "Home Secretary\tZUB\tperson/a\tA\tZUB\tZUBGOV\t2001-01-01\t2002-12-31\n"
    "home secretary\tZUB\tperson/b\tB\tZUB\tZUBGOV\t2003-01-01\t2004-12-31\n"
    "leader\torg/zub-greens\tperson/b\tB\tZUB\tZUBOPP\t2000-01-01\t2003-06-30\n"
    "co-chair\torg/zub-reds\tperson/c\tC\t\tZUBPTY\t2000-01-01\t2009-12-31\n"
    "co-chair\torg/zub-reds\tperson/d\tD\t\tZUBPTY\t2005-01-01\t2009-12-31\n"
)


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "offices.tsv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return officeholders.read(path)


@pytest.mark.parametrize(
    ("office", "of", "when", "holder"),
    [
        ("home secretary", "ZUB", dt.date(2002, 12, 31), "person/a"),  # both days included
        ("home secretary", "ZUB", dt.date(2003, 1, 1), "person/b"),
        ("home secretary", "ZUB", dt.date(2005, 1, 1), None),  # nobody known that day
        ("home secretary", "XYZ", dt.date(2002, 1, 1), None),  # another country's office
        ("home secretary", "ZUB", None, None),  # no day: nobody can be said to hold it
        ("leader", "org/zub-greens", dt.date(2001, 1, 1), "person/b"),
        ("co-chair", "org/zub-reds", dt.date(2004, 1, 1), "person/c"),
        ("co-chair", "org/zub-reds", dt.date(2006, 1, 1), None),  # shared: names nobody
    ],
)
def test_who_held_an_office_that_day(table, office, of, when, holder):
    found = table.holder(office, of, when)
    assert (found.holder if found else None) == holder


@pytest.mark.parametrize(
    ("holder", "when", "code"),
    [
        ("person/b", dt.date(2001, 1, 1), "ZUBOPP"),  # the party's leader in opposition
        ("person/b", dt.date(2004, 1, 1), "ZUBGOV"),  # then in government
        ("person/b", dt.date(2006, 1, 1), None),
        ("person/a", None, None),
        ("person/z", dt.date(2001, 1, 1), None),
    ],
)
def test_the_code_of_an_office_held_that_day(table, holder, when, code):
    assert table.code(holder, when) == code


@pytest.mark.parametrize(
    ("holder", "when", "country"),
    [
        ("person/b", dt.date(2004, 1, 1), "ZUB"),  # the country of the office held that day
        ("person/c", dt.date(2004, 1, 1), None),  # a row with no country
        ("person/b", dt.date(2006, 1, 1), None),  # no office that day
        ("person/b", None, None),
    ],
)
def test_the_country_of_an_office_held_that_day(table, holder, when, country):
    assert table.country(holder, when) == country


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("home secretary\tZUB\t\tA\tZUB\tZUBGOV\t2001-01-01\t2002-12-31\n", "lacks holder"),
        ("home secretary\tZUB\tperson/a\tA\tZUB\tZUBGOV\t2001\t2002-12-31\n", "must be dates"),
    ],
)
def test_a_broken_row_is_named(tmp_path, row, message):
    path = tmp_path / "offices.tsv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        officeholders.read(path)


def test_a_missing_table_is_an_ontology_error(tmp_path):
    with pytest.raises(OntologyError, match="cannot read office holders"):
        officeholders.read(tmp_path / "none.tsv")


GRIFFIN = Actor("person/nick-griffin", "Nick Griffin", "Person", "GBR")
REID = Actor("person/john-reid", "John Reid", "Person", "GBR")
HOWARD = Actor("person/michael-howard", "Michael Howard", "Person", "GBR", sector="party")
GOLDSMITH = Actor("person/lord-goldsmith", "Lord Goldsmith", "Person", "GBR")
WOOLF = Actor("person/lord-woolf", "Lord Woolf", "Person", "GBR")
BARROT = Actor("person/jacques-barrot", "Jacques Barrot", "Person")
FALCONER = Actor("person/lord-falconer", "Lord Falconer", "Person", "GBR")
MANDELSON = Actor("person/peter-mandelson", "Peter Mandelson", "Person", "GBR")


@pytest.mark.parametrize(
    ("actor", "when", "code"),
    [
        # the leader of the opposition, whom the dictionaries do not know, is the opposition
        (HOWARD, dt.date(2005, 3, 1), "GBROPP"),
        (HOWARD, dt.date(2007, 3, 1), "GBRPTY"),  # out of the office: his party's, as before
        # the dictionaries' code wins where they have one (John Reid, health secretary)
        (REID, dt.date(2004, 3, 1), "GBRGOVHLH"),
        # the leader of a party with no front bench is the party
        (GRIFFIN, dt.date(2005, 3, 1), "GBRPTY"),
        # the law officers and the judiciary's head: a peer the dictionaries do not know
        (GOLDSMITH, dt.date(2005, 3, 1), "GBRGOV"),
        (GOLDSMITH, dt.date(2000, 3, 1), "GBR"),  # before he was attorney general
        (WOOLF, dt.date(2005, 3, 1), "GBRJUD"),
        # an EU commissioner is the Commission's, with no country
        (BARROT, dt.date(2005, 3, 1), "IGOEUREEC"),
        (BARROT, dt.date(2004, 3, 1), None),  # before the Barroso Commission
        # the lord chancellor, whom the dictionaries do not know
        (FALCONER, dt.date(2005, 3, 1), "GBRGOV"),
        (FALCONER, dt.date(2002, 3, 1), "GBR"),  # before he held the office
        # a commissioner the dictionaries know only later, in another office (2008-2010)
        (MANDELSON, dt.date(2005, 3, 1), "IGOEUREEC"),
        (MANDELSON, dt.date(2009, 3, 1), "GBRGOVBUS"),
    ],
)
def test_the_packaged_table_codes_whom_the_dictionaries_do_not(actor, when, code):
    assert code_of(actor, when, actorcodes.load()) == code


COOK = Actor("person/robin-cook", "Robin Cook", "Person", "GBR")
MAY = Actor("person/theresa-may", "Theresa May", "Person", "GBR")
MACDONALD = Actor("person/ken-macdonald", "Ken Macdonald", "Person", "GBR")
CLARK = Actor("person/letitia-clark", "Letitia Clark", "Person", "USA")
GATES = Actor("person/bill-gates", "Bill Gates", "Person", "USA")


@pytest.mark.parametrize(
    ("actor", "when", "code"),
    [
        # audit3's rows: an MP in 2005 whom the dictionaries know as a minister until 2003
        (COOK, dt.date(2005, 3, 1), "GBRLEG"),
        (COOK, dt.date(2003, 2, 1), "GBRGOV"),
        # a shadow minister in 2005 whom the dictionaries know as home secretary from 2010
        (MAY, dt.date(2005, 3, 1), "GBROPP"),
        (MAY, dt.date(2011, 3, 1), "GBRGOVHRI"),
        # a law officer, only while he held the office
        (MACDONALD, dt.date(2005, 3, 1), "GBRJUD"),
        (MACDONALD, dt.date(2002, 3, 1), "GBR"),
        # a US judge in a Russian firm's case is the US's court, and a firm's chairman the firm's
        (CLARK, dt.date(2005, 3, 1), "USAJUD"),
        (GATES, dt.date(2005, 3, 1), "MNCUSA"),
    ],
)
def test_the_third_audits_office_rows_code_at_their_date(actor, when, code):
    assert code_of(actor, when, actorcodes.load()) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "label", "country", "code"),
    [
        # labels6's people of 2004-2005 news: an MP out of office, a union's leader with no
        # country before, an opposition spokesman, a head of an IGO, a firm's former chief
        ("David Blunkett", "David Blunkett", "GBR", "GBRLEG"),
        ("Brendan Barber", "Brendan Barber", "GBR", "GBRLAB"),
        ("Mark Oaten", "Mark Oaten", "GBR", "GBROPP"),
        ("Rodrigo Rato", "Rodrigo Rato", None, "IGOBUSIMF"),
        ("Scott Sullivan", "Scott Sullivan", "USA", "USABUS"),
        ("Jan Egeland", "Jan Egeland", None, "IGOUNO"),
        ("Jack McConnell", "Jack McConnell", "GBR", "GBRGOV"),
        # the Phoenix dictionaries' Geoffrey Hoon, whom the news calls Geoff
        ("Geoff Hoon", "Geoffrey Hoon", "GBR", "GBRGOVMIL"),
    ],
)
def test_people_of_2005_news_have_their_office_code(nlp, knowledge, name, label, country, code):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    text = f"{name} criticised the plan."
    article = parse_record({"id": "t", "text": text, "date": "2005-03-01"}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (st,) = [s for s in result.statements if s.subject == name]
    assert (st.subject_label, st.subject_country, st.subject_code) == (label, country, code)


def test_a_state_code_is_one_of_a_states_office(table):
    # person/c's office is a party's (org/zub-reds): a code, but no office of the state
    assert table.code("person/c", dt.date(2004, 1, 1)) == "ZUBPTY"
    assert table.state_code("person/c", dt.date(2004, 1, 1)) is None
    assert table.state_code("person/b", dt.date(2004, 1, 1)) == "ZUBGOV"


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        # a public body's chairman is coded GBRGOV, but is not in the government: his "we" is
        # the commission's, not the United Kingdom's
        (Actor("person/sam-younger", "Sam Younger", "Person", "GBR"), False),
        (Actor("person/trevor-phillips", "Trevor Phillips", "Person", "GBR"), False),
        (Actor("person/jack-mcconnell", "Jack McConnell", "Person", "GBR"), False),  # Scotland's
        (Actor("person/margaret-hodge", "Margaret Hodge", "Person", "GBR"), True),  # a minister
        (GOLDSMITH, True),
    ],
)
def test_only_an_office_of_the_state_puts_a_person_in_its_government(actor, expected):
    from kg.extract.governments import in_government

    assert in_government(actor, actorcodes.load(), dt.date(2005, 3, 1)) is expected


@pytest.mark.parametrize(
    ("holder", "when", "bodies"),
    [
        ("person/b", dt.date(2001, 1, 1), ["org/zub-greens"]),  # an office of a party
        ("person/b", dt.date(2004, 1, 1), []),  # the state's office only: no body
        ("person/a", dt.date(2001, 1, 1), []),
        ("person/c", None, []),  # no day
    ],
)
def test_the_bodies_a_person_holds_an_office_of_that_day(table, holder, when, bodies):
    assert [o.of for o in table.bodies(holder, when)] == bodies
