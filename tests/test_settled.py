"""One sector per person or organisation through an article (kg.extract.settled)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import actor_statement

from kg.extract.settled import international, sectored, settle, settled_codes
from kg.model import Actor, Statement

ROCHE = Actor("person/barbara-roche", "Barbara Roche", "Person", country="GBR")
FIAT = Actor("org/fiat", "Fiat", "Organization", country="ITA")
BRITAIN = Actor("country/GBR", "United Kingdom", "Country", country="GBR")
TOPIC = Actor("topic/figures", "figures", "Topic")


def said(subject: Actor, code: str | None, obj: Actor | None = None, obj_code=None) -> Statement:
    """A statement with ``subject`` (coded ``code``) as subject and agent, ``obj`` as object
    and recipient."""
    return actor_statement(
        subject,
        obj,
        recipient_id=obj.iri if obj else None,
        recipient_country=obj.country if obj else None,
        subject_code=code,
        agent_code=code,
        object_code=obj_code,
        recipient_code=obj_code,
    )


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("GBRLEG", "GBR", True),
        ("MNCUSA", "USA", True),
        ("GBR", "GBR", False),  # the country alone
        ("USABUS", "GBR", False),  # another country's
        (None, "GBR", False),
        ("GBRLEG", None, False),
    ],
)
def test_a_sectored_code_says_a_sector_of_the_country(code, country, expected):
    assert sectored(code, country) is expected


def test_a_bare_mention_takes_the_sector_a_titled_one_gave():
    # "Labour MP Barbara Roche said ... . She added ...": GBRLEG both times
    statements = [said(ROCHE, "GBRLEG"), said(ROCHE, "GBR"), said(FIAT, "ITA", ROCHE, "GBR")]
    settle(statements, [ROCHE, FIAT])
    assert [st.subject_code for st in statements] == ["GBRLEG", "GBRLEG", "ITA"]
    assert statements[1].agent_code == "GBRLEG"
    assert (statements[2].object_code, statements[2].recipient_code) == ("GBRLEG", "GBRLEG")


def test_the_sector_most_statements_give_wins_and_ties_go_alphabetically():
    statements = [said(FIAT, "ITABUS"), said(FIAT, "ITAMED"), said(FIAT, "ITABUS")]
    assert settled_codes(statements, {FIAT.iri: FIAT}) == {FIAT.iri: "ITABUS"}
    tied = [said(FIAT, "ITAMED"), said(FIAT, "ITABUS")]
    assert settled_codes(tied, {FIAT.iri: FIAT}) == {FIAT.iri: "ITABUS"}


@pytest.mark.parametrize(
    ("actor", "codes", "expected"),
    [
        # a state: "Britain" is GBR though "Britain said" was GBRGOV (a metonym's sector)
        (BRITAIN, ["GBRGOV", "GBR"], ["GBRGOV", "GBR"]),
        # a code that says a sector is never replaced
        (ROCHE, ["GBRLEG", "GBRGOV"], ["GBRLEG", "GBRGOV"]),
        # no mention says a sector: nothing to settle on
        (ROCHE, ["GBR", "GBR"], ["GBR", "GBR"]),
        # no code at all stays none
        (ROCHE, ["GBRLEG", None], ["GBRLEG", None]),
    ],
)
def test_only_bare_codes_of_people_and_organisations_are_filled(actor, codes, expected):
    statements = [said(actor, code) for code in codes]
    settle(statements, [actor])
    assert [st.subject_code for st in statements] == expected


def test_a_mention_of_another_country_keeps_its_own_code():
    # the same person read as Israeli in one mention, American in another
    american = Actor(ROCHE.id, ROCHE.label, "Person", country="USA")
    statements = [said(ROCHE, "GBRLEG"), said(american, "USA")]
    settle(statements, [ROCHE])
    assert [st.subject_code for st in statements] == ["GBRLEG", "USA"]


def test_topics_are_left_alone():
    statements = [said(TOPIC, None, ROCHE, "GBRLEG"), said(TOPIC, None, ROCHE, "GBR")]
    settle(statements, [TOPIC, ROCHE])
    assert [st.subject_code for st in statements] == [None, None]
    assert statements[1].object_code == "GBRLEG"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("year", "GBR"),  # "Mr Blunkett entered Parliament in 1987": coded for 1987
        ("absolute", "GBR"),  # "on 11 September 2001"
        ("relative", "GBRGOV"),  # "on Monday": the story's days
        ("article", "GBRGOV"),
        ("none", "GBRGOV"),
    ],
)
def test_a_statement_its_sentence_dates_keeps_that_day_s_code(source, expected):
    blunkett = Actor("person/david-blunkett", "David Blunkett", "Person", country="GBR")
    dated = replace(said(blunkett, "GBR"), date_source=source)
    statements = [said(blunkett, "GBRGOV"), dated]
    settle(statements, [blunkett])
    assert statements[1].subject_code == expected


def test_an_actor_coded_as_an_igo_s_on_the_day_has_no_country():
    """A commissioner the dictionaries list under his own state (GBRGOV until 2004,
    IGOEUREEC from then) acts for the EU: no state's side, as the Commission has none; the
    object coded as his state's keeps its country."""
    commissioner = Actor("person/zed-zubov", "Zed Zubov", "Person", country="GBR")
    st = replace(said(commissioner, "IGOEUREEC", ROCHE, "GBRLEG"), agent_country="GBR")
    international([st])
    assert (st.subject_country, st.agent_country) == (None, None)
    assert (st.subject_code, st.agent_code) == ("IGOEUREEC", "IGOEUREEC")
    assert (st.object_country, st.recipient_country) == ("GBR", "GBR")


def test_an_actor_coded_as_his_state_s_keeps_his_country():
    commissioner = Actor("person/zed-zubov", "Zed Zubov", "Person", country="GBR")
    st = said(commissioner, "GBRGOV")
    international([st])
    assert st.subject_country == "GBR"
