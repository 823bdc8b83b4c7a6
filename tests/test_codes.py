"""CAMEO actor codes at a statement's date (kg.extract.codes), on hand-made actors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.codes import business, code_of, parse_day, political
from kg.extract.names import Names
from kg.extract.orgnames import head_word
from kg.gazetteer import Gazetteer, to_actor
from kg.model import Actor


def _gazetteer_actor(name: str) -> Actor:
    """The actor the gazetteer gives a name, with the sector its hit carries."""
    entry, sector = Gazetteer.load().lookup(name)
    return to_actor(entry, sector=sector)


BROWN = Actor("person/gordon-brown", "Gordon Brown", "Person", "GBR")
BLAIR = Actor("person/tony-blair", "Tony Blair", "Person", "GBR")


@pytest.fixture(scope="module")
def codes():
    return actorcodes.load()


@pytest.mark.parametrize(
    ("actor", "when", "code"),
    [
        (BROWN, dt.date(1999, 6, 1), "GBRELI"),  # an MP, not yet in government
        (BROWN, dt.date(2010, 1, 1), "GBRGOV"),  # prime minister
        (BLAIR, dt.date(1990, 1, 1), "GBRELI"),
        # the text's title gives a state office the dictionaries lag behind: the text's
        (replace(BROWN, role="prime minister"), dt.date(1999, 6, 1), "GBRGOV"),
        (replace(BROWN, role="prime minister"), dt.date(2010, 1, 1), "GBRGOV"),  # they agree
        (replace(BROWN, role="economist"), dt.date(1999, 6, 1), "GBRELI"),  # no state office
        (BLAIR, dt.date(1999, 1, 1), "GBRGOV"),
        (Actor("org/UN", "United Nations", "Organization"), None, "IGOUNO"),
        (Actor("country/USA", "United States", "Country", "USA", sector="government"), None,
         "USAGOV"),  # "Washington said"
        (Actor("country/RUS", "Russia", "Country", "RUS"), None, "RUS"),
        (Actor("country/IRQ", "Iraq", "Country", "IRQ", sector="military"), None, "IRQMIL"),
        (Actor("group/police", "police", "Group", "NGA"), None, "NGACOP"),  # police in Lagos
        (Actor("org/us-congress", "US Congress", "Organization", "USA"), None,
         "USAGOVLEG"),  # the dictionaries know it
        (Actor("org/zub-congress", "Zubrovian Congress", "Organization", "ZUB"), None,
         "ZUBLEG"),  # the name's last word
        (Actor("person/jean-dupont", "Jean Dupont", "Person", "FRA", role="president"), None,
         "FRAGOV"),
        (Actor("person/jean-dupont", "Jean Dupont", "Person", "FRA", role="top spokesman"),
         None, "FRAMED"),  # the role's last word
        (Actor("person/jean-dupont", "Jean Dupont", "Person"), None, None),  # nothing known
        (Actor("topic/talks", "talks", "Topic", "FRA"), None, None),
        # an organisation's subtype, when nothing surer says its sector
        (Actor("org/zub-greens", "Zubrovian Greens", "Organization", "ZUB", subtype="party"),
         None, "ZUBPTY"),
        (Actor("org/zub-times", "Zubrovian Times", "Organization", "ZUB", subtype="media"),
         None, "ZUBMED"),
        (Actor("org/zub-acme", "Acme", "Organization", "ZUB", subtype="NGO"), None, "ZUB"),
        (Actor("org/zub-x", "Zubrovian Congress", "Organization", "ZUB", subtype="party"),
         None, "ZUBPTY"),  # the gazetteer's kind of body comes before the name's last word
        # a region of the gazetteer: its CAMEO code, which its id ends in
        (Actor("region/MEA", "Middle East", "Location", subtype="region"), None, "MEA"),
        # a region of one country: its country's code, not its gazetteer id
        (Actor("location/GB-WALES", "Wales", "Location", "GBR", subtype="region"), None, "GBR"),
        (Actor("location/CHECHNYA", "Chechnya", "Location", "RUS", subtype="region"), None,
         "RUS"),
        # people of a role noun that no country's story places: the sector alone
        (Actor("topic/economists", "economists", "Topic", sector="economist"), None, "EDU"),
        (Actor("topic/traders", "traders", "Topic", "GBR", sector="trader"), None, "GBRBUS"),
        # a devolved government or assembly is the UK's (the gold: GBRGOV, GBRLEG)
        (Actor("org/GB-SCOTTISH-EXECUTIVE", "Scottish Executive", "Organization", "GBR",
               subtype="office"), None, "GBRGOV"),
        (Actor("org/GB-SCOTTISH-PARLIAMENT", "Scottish Parliament", "Organization", "GBR",
               subtype="legislature"), None, "GBRLEG"),
        (Actor("location/zubland", "Zubland", "Location"), None, None),  # no code known
        # a people: civilians of their country (ETHNIC_GROUP [~CVL]), not the state
        (Actor("group/zubrovians", "Zubrovians", "Group", "ZUB", subtype="nationals"), None,
         "ZUBCVL"),
        (Actor("group/zubs-fra", "Zubs", "Group", "FRA", subtype="ethnic"), None, "FRACVL"),
        # a last word the Phoenix agents lack, by kg's sector nouns
        (Actor("org/zub-ec", "Electoral Commission", "Organization", "ZUB"), None, "ZUBGOV"),
        (Actor("org/zub-bank", "Zubrovian Savings Bank", "Organization", "ZUB"), None,
         "ZUBBUS"),
        # a person's body, after the role: "UKIP chairman", a union's leader, "Labour MP"
        (Actor("person/x", "X", "Person", "ZUB", role="chairman", sector="party"), None,
         "ZUBPTY"),
        (Actor("person/x", "X", "Person", "ZUB", role="leader", sector="Union"), None,
         "ZUBLAB"),  # an unknown organisation's last word
        (Actor("person/x", "X", "Person", "ZUB", role="mp", sector="party"), None, "ZUBLEG"),
        # a party's backbencher is a member of parliament too ("Labour backbencher")
        (Actor("person/x", "X", "Person", "ZUB", role="labour backbencher", sector="party"),
         None, "ZUBLEG"),
        (Actor("person/x", "X", "Person", "ZUB", role="peer", sector="party"), None, "ZUBLEG"),
        (Actor("org/zub-vp", "Veritas Party", "Organization", "ZUB"), None, "ZUBPTY"),
        # a company's legal form ends its name: business
        (Actor("org/x", "Tanco Holdings", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Zubrovian Gas Corp", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Zubtel plc", "Organization", "ZUB"), None, "ZUBBUS"),
        # ... or a word of a firm's name: a fund manager
        (Actor("org/x", "Zubrova Capital", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Global Zub Management", "Organization", "ZUB"), None, "ZUBBUS"),
        # a firm's role or a name's word that is also a word of people in general
        # (civilian_nouns) codes no civilians ("troubled Delta, parent of Comair"; "parents"
        # alone are the public: test_descriptions); these guard the codes against such
        # words as sector words (sector_nouns, agents): test_civilian_nouns_are_no_sector_words
        (Actor("org/x", "Zubdelta", "Organization", "ZUB", role="parent"), None, "ZUB"),
        (Actor("org/x", "Zub Consumer Association", "Organization", "ZUB"), None, "ZUB"),
        # a partnership's "& Associates", whatever an earlier word says ("King": GOV)
        (Actor("org/x", "ZB King & Associates", "Organization", "ZUB"), None, "ZUBBUS"),
        # ... or a word for what a firm makes or runs, heading its name
        (Actor("org/x", "Zubrovia Telekom", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Zubland Airways", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Zubrov Steel", "Organization", "ZUB"), None, "ZUBBUS"),
        # ... a phrase of the agents ending in the head before a preposition, over the head
        (Actor("org/x", "Zubland Securities and Exchange Commission", "Organization",
               "ZUB"), None, "ZUBGOV"),  # no preposition after the head: its last word
        (Actor("org/x", "Central Bank of Zubrovia", "Organization", "ZUB"), None,
         "ZUBGOVBUS"),  # not a bank (BUS)
        (Actor("org/x", "Bank of Zubrovia", "Organization", "ZUB", role="central bank"),
         None, "ZUBGOVBUS"),  # a state's bank: a central bank, though "bank" is a firm's
        (Actor("org/x", "Zubrov Stock Exchange", "Organization", "ZUB"), None, "ZUBBUS"),
        # ... not after a preposition: the noun before it heads the name
        (Actor("org/x", "Ministry of Oil", "Organization", "ZUB"), None, "ZUBGOV"),
        (Actor("org/x", "Zubrovian Institute of Petroleum", "Organization", "ZUB"), None, "ZUB"),
        # ... "Group" only after a coined name, not after words of the dictionary
        (Actor("org/x", "Zubatep Group", "Organization", "ZUB"), None, "ZUBBUS"),
        (Actor("org/x", "Contact Group", "Organization", "ZUB"), None, "ZUB"),
        (Actor("org/x", "Zubland Study Group", "Organization", "ZUB"), None, "ZUB"),
        # ... nor a group a description names by the common noun
        (Actor("group/x", "Zubrovian militant group", "Group", "ZUB"), None, "ZUB"),
        # an earlier word of a name, when nothing else says: a Phoenix role noun, or a
        # private sector of kg's sector nouns
        (Actor("org/zub-ca", "Zubrovian Casino Association", "Organization", "ZUB"), None,
         "ZUBBUS"),
        (Actor("org/zub-ca", "Court of Appeal", "Organization", "ZUB"), None, "ZUBJUD"),
        (Actor("org/zub-pf", "Zubrovian Leadership Forum", "Organization", "ZUB"), None,
         "ZUB"),  # kg's "leadership" is the state's: not from inside a name
        # the noun that heads a name before its preposition, when its last word says nothing
        (Actor("org/x", "Department of Employment", "Organization", "ZUB"), None, "ZUBGOV"),
        (Actor("org/x", "Office for National Statistics", "Organization", "ZUB"), None,
         "ZUBGOV"),
        (Actor("org/x", "Zubrovian Union of Students", "Organization", "ZUB"), None,
         "ZUBEDU"),  # the last word first: students
        # a role's shorter endings
        (Actor("person/x", "X", "Person", "ZUB", role="lord chief justice"), None, "ZUBJUD"),
        # a private role by kg's sector nouns: a millionaire is business
        (Actor("person/x", "X", "Person", "ZUB", role="yorkshire millionaire"), None,
         "ZUBBUS"),
        # ... but not a role's: a party's "deputy leader" is no government
        (Actor("person/x", "X", "Person", "ZUB", role="deputy leader"), None, "ZUB"),
        # a shadow minister is the opposition front bench, whatever the office
        (Actor("person/x", "X", "Person", "ZUB", role="shadow foreign secretary"), None,
         "ZUBOPP"),
        (Actor("person/x", "X", "Person", "ZUB", role="foreign secretary"), None, "ZUBGOV"),
        # ... after a party's name too
        (Actor("person/x", "X", "Person", "ZUB", role="conservative shadow foreign secretary"),
         None, "ZUBOPP"),
        # a spokesperson of a kind of body speaks for it: not Phoenix's MED for "spokesman"
        (Actor("person/x", "X", "Person", "ZUB", role="company spokesman"), None, "ZUBBUS"),
        (Actor("person/x", "X", "Person", "ZUB", role="foreign ministry spokesman"), None,
         "ZUBGOV"),
        # a company officer is business, though Phoenix codes "chief executive" GOV
        (Actor("person/x", "X", "Person", "ZUB", role="former chief executive"), None,
         "ZUBBUS"),
        # an organisation a title calls a company is business, whatever Phoenix says
        (Actor("org/x", "Zubair", "Organization", "ZUB", role="italian carrier"), None,
         "ZUBBUS"),
        # a title the name keeps says the sector when the role does not
        (Actor("person/x", "Prince X", "Person", "ZUB", role="grandson"), None, "ZUBGOV"),
        (Actor("person/x", "Prince X", "Person", "ZUB"), None, "ZUBGOV"),
        (Actor("person/x", "Prince", "Person", "ZUB"), None, "ZUB"),  # a name, no title
        # an organisation by the noun an apposition or title calls it: "the mill, X"
        (Actor("org/x", "Zubstal", "Organization", "ZUB", role="mill"), None, "ZUBBUS"),
        (Actor("org/x", "Zubcorp", "Organization", "ZUB", role="steel giant"), None, "ZUBBUS"),
        # a committee whose name says a chamber's is the legislature's; one naming none is not
        (Actor("org/x", "Zubrovian House Budget Committee", "Organization", "ZUB"), None,
         "ZUBLEG"),
        (Actor("org/x", "Treasury Select Committee", "Organization", "ZUB"), None, "ZUBLEG"),
        (Actor("org/x", "Monetary Policy Committee", "Organization", "ZUB"), None, "ZUB"),
        (Actor("org/x", "House of Zub", "Organization", "ZUB"), None, "ZUB"),  # no committee
        # the gazetteer's company is business, whatever its name's last word says ("Poor's")
        (Actor("org/x", "Zubard & Poor's", "Organization", "ZUB", subtype="company"), None,
         "ZUBBUS"),
        (Actor("org/x", "Zubard & Poor's", "Organization", "ZUB"), None, "ZUBCVL"),
        (Actor("org/x", "Parliament of the Zubrovian Kingdom", "Organization", "ZUB",
               subtype="legislature"), None, "ZUBLEG"),  # not Phoenix's "kingdom"
        # ... unless the mention says a sector: "the Zubrovian Party government"
        (Actor("org/x", "Zub Party", "Organization", "ZUB", subtype="party",
               sector="government"), None, "ZUBGOV"),
        # a national rights group or NGO: NGO first, as the dictionaries write one (NGOUSAHRI)
        (Actor("org/x", "Zubliberty", "Organization", "ZUB", role="human rights group"), None,
         "NGOZUBHRI"),
        (Actor("org/x", "Zubaid", "Organization", "ZUB", role="ngo"), None, "NGOZUB"),
        # ... not a body a state sets up, by the noun heading its name
        (Actor("org/x", "Zubland Human Rights Commission", "Organization", "ZUB",
               role="human rights group"), None, "ZUBHRI"),
        (Actor("person/x", "X", "Person", "ZUB", role="director", sector="rights group"),
         None, "NGOZUBHRI"),  # a person of one
        (Actor("person/x", "X", "Person", "ZUB", role="rights activist"), None, "ZUBHRI"),
        (None, None, None),
    ],
)  # fmt: skip
def test_the_code_of_an_actor_on_a_day(codes, actor, when, code):
    assert code_of(actor, when, codes) == code


@pytest.mark.parametrize(
    ("text", "day"), [("2005-03-01", dt.date(2005, 3, 1)), (None, None), ("soon", None)]
)
def test_statement_dates_parse_or_are_none(text, day):
    assert parse_day(text) == day


def test_an_organisation_named_with_its_country_belongs_to_it():
    doc = parse(
        "The/DET/det/2 US/PROPN/compound/2 Congress/PROPN/nsubj/3 voted/VERB/ROOT/3/vote",
        ents={"0-2": "ORG"},
    )
    names = Names(doc, Gazetteer.load())
    actor = names.entity(names.ents[0], {})
    assert (actor.id, actor.country) == ("org/us-congress", "USA")


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        ("the Central Bank of Liberia", "LBR", None),  # the state its name ends in
        ("the Bank of Zubrovia", None, None),  # no state
        ("the Bank of Ireland", "IRL", None),  # a firm: central banks are gazetteer rows
        ("a Bank of American", None, None),  # an adjective names no state
    ],
)
def test_an_organisation_named_after_a_state_belongs_to_it(text, country, role):
    words = text.split()
    tags = {"the": "DET/det", "a": "DET/det", "of": "ADP/prep", "American": "ADJ/pobj"}
    last = len(words) - 1
    heads = [n + (w in ("the", "a")) for n, w in enumerate(words)]
    spec = " ".join(
        f"{w}/{tags.get(w, 'PROPN/pobj' if n == last else 'PROPN/compound')}/{heads[n]}"
        for n, w in enumerate(words)
    )
    doc = parse(f"{spec} fell/VERB/ROOT/{len(words)}/fall", ents={f"1-{len(words) - 1}": "ORG"})
    names = Names(doc, Gazetteer.load())
    actor = names.entity(names.ents[0], {})
    assert (actor.country, actor.role) == (country, role)


@pytest.mark.parametrize(
    ("name", "label", "code"),
    [
        ("UKIP", "UK Independence Party", "GBRPTY"),
        ("Tories", "Conservative Party", "GBRPTY"),
        ("Lib Dems", "Liberal Democrats", "GBRPTY"),
        # the adjective, as "Liberal Democrat" and "Tory" are: "the Conservative leader"
        ("Conservative", "Conservative Party", "GBRPTY"),
    ],
)
def test_british_parties_are_parties_of_the_uk(codes, name, label, code):
    actor = _gazetteer_actor(name)
    assert (actor.label, actor.country, code_of(actor, None, codes)) == (label, "GBR", code)


@pytest.mark.parametrize(
    ("name", "label", "code"),
    [
        ("Yukos", "Yukos", "RUSBUS"),
        ("Yugansk", "Yuganskneftegas", "RUSBUS"),  # its short name
        # the country's firms, as the actor gold codes firms the dictionaries lack
        ("Heineken", "Heineken", "NLDBUS"),
        ("Anglo American", "Anglo American", "GBRBUS"),
        ("Rosneft", "Rosneft", "RUSBUS"),
    ],
)
def test_large_firms_the_dictionaries_lack_are_gazetteer_firms(codes, name, label, code):
    """Russia's largest firms, the largest brewers and a few more (``ontology/actors.tsv``):
    Phoenix has no row for them, so "Yukos" had only the story's country."""
    actor = _gazetteer_actor(name)
    assert (actor.label, code_of(actor, None, codes)) == (label, code)


@pytest.mark.parametrize(
    ("name", "label", "country", "code"),
    [
        # under Phoenix's own ids: the dictionaries' codes, reached from the text's short name
        ("Shell", "Royal Dutch Shell", "NLD", "MNCNLD"),
        ("the Fed", "U.S. Federal Reserve", "USA", "USAGOVBUS"),
        # firms: their head office's country + BUS
        ("Deutsche Börse", "Deutsche Boerse", "DEU", "DEUBUS"),
        ("Worldcom", "WorldCom", "USA", "USABUS"),
        ("Nationwide", "Nationwide Building Society", "GBR", "GBRBUS"),
        # trade bodies, unions, public bodies, the NHS, campaign groups, BBC channels
        ("CBI", "Confederation of British Industry", "GBR", "GBRBUS"),
        ("TUC", "Trades Union Congress", "GBR", "GBRLAB"),
        ("ONS", "Office for National Statistics", "GBR", "GBRGOV"),
        ("SEC", "Securities and Exchange Commission", "USA", "USAGOV"),
        ("NHS", "National Health Service", "GBR", "GBRHLH"),
        ("Countryside Alliance", "Countryside Alliance", "GBR", "NGOGBR"),
        ("Radio 4", "BBC Radio 4", "GBR", "GBRMED"),
    ],
)
def test_bodies_of_the_corpus_audit_have_country_and_sector(codes, name, label, country, code):
    """Bodies the BBC business and politics articles name most that kg gave no country or no
    sector (``ontology/actors.tsv``, the codes7 block; ``subtype_codes``: trade-body,
    health-service, campaign-group), looked up by name or alias."""
    actor = _gazetteer_actor(name)
    assert (actor.label, actor.country, code_of(actor, None, codes)) == (label, country, code)


def test_the_corpus_audit_block_loads():
    """Every row of the codes7 block loads as an organisation of one country, and each
    new subtype has its sector."""
    from kg.extract.words import vocabulary

    gaz = Gazetteer.load()
    keys = ("org/cbi", "org/tuc", "org/nhs", "org/age-concern", "org/bbc-one", "org/saab")
    entries = [gaz.entries[k] for k in keys]
    assert all(e.country for e in entries)
    kinds = vocabulary().subtype_codes
    assert (kinds["trade-body"], kinds["campaign-group"], kinds["health-service"]) == (
        "BUS",
        "NGO",
        "HLH",
    )


@pytest.mark.parametrize(
    ("name", "label", "country", "code"),
    [
        # the third audit's (audit3) firms the dictionaries hold under another spelling: their
        # own ids, so the short name reaches Phoenix's code
        ("Yahoo", "Yahoo! Inc", "USA", "MNCUSA"),
        ("BT", "BT Group", "GBR", "MNCGBRMED"),
        ("JPMorgan", "JP Morgan Chase", "USA", "MNCUSA"),
        # firms (a bank's named arm its own), a regulator, a prosecution service, trade bodies
        # and a campaign group (Euronext, owned across Europe, is Europe's: the code column)
        ("Euronext", "Euronext", None, "EURBUS"),
        ("Dresdner Kleinwort", "Dresdner Kleinwort Wasserstein", "DEU", "DEUBUS"),
        ("Toshiba", "Toshiba", "JPN", "JPNBUS"),
        ("Ofcom", "Ofcom", "GBR", "GBRGOV"),
        ("CPS", "Crown Prosecution Service", "GBR", "GBRJUD"),
        ("MPAA", "Motion Picture Association of America", "USA", "USABUS"),
        ("EFF", "Electronic Frontier Foundation", "USA", "NGOUSA"),
        # creditor states' club: no country (it was Paris's); its code from the gazetteer's column
        ("Paris Club", "Paris Club", None, "IGOBUS"),
        # a town below places.tsv's 15,000 people
        ("Davos", "Davos", "CHE", "CHE"),
    ],
)
def test_bodies_of_the_third_audit_have_country_and_code(codes, name, label, country, code):
    """Bodies and places the BBC business, politics and tech articles name most that kg gave
    no country or no sector (``ontology/actors.tsv``, the audit3 block; ``subtype_codes``:
    prosecution-service), looked up by name or alias."""
    actor = _gazetteer_actor(name)
    assert (actor.label, actor.country, code_of(actor, None, codes)) == (label, country, code)


@pytest.mark.parametrize(
    ("name", "label", "country", "code"),
    [
        # codes11's corpus-wide ORG probe: foreign firms a UK story gave its own country
        ("Enron", "Enron", "USA", "USABUS"),
        ("Deutsche Telekom", "Deutsche Telekom", "DEU", "DEUBUS"),
        ("Lehman Brothers", "Lehman Brothers", "USA", "USABUS"),
        ("Calyon", "Calyon", "FRA", "FRABUS"),
        ("Calyon Securities", "Calyon Securities", "USA", "USABUS"),  # its US broker
        # firms the dictionaries hold under another spelling: their ids reach Phoenix's code
        ("GE", "General Electric", "USA", "MNCUSA"),
        ("ChevronTexaco", "ChevronTexaco", "USA", "MNCUSA"),
        ("ING", "Ing Group", "NLD", "MNCNLD"),
        # UK firms and bodies with a country and no sector before
        ("EMI", "EMI", "GBR", "GBRBUS"),
        ("Flight International", "Flight International", "GBR", "GBRMED"),
        ("MPC", "Monetary Policy Committee", "GBR", "GBRGOVBUS"),
        ("NAO", "National Audit Office", "GBR", "GBRGOV"),
        ("RAF", "Royal Air Force", "GBR", "GBRMIL"),
        ("Sentencing Guidelines Council", "Sentencing Guidelines Council", "GBR", "GBRJUD"),
        ("Stop Stansted Expansion", "Stop Stansted Expansion", "GBR", "NGOGBR"),
        # a foreign state's body (a UK story gave it the UK)
        ("Commerce Department", "US Department of Commerce", "USA", "USAGOV"),
        # aliases of rows kg had
        ("Mercedes", "Mercedes-Benz", "DEU", "DEUBUS"),
        ("Telegraph", "The Daily Telegraph", "GBR", "GBRMED"),
    ],
)
def test_bodies_of_the_codes11_probe_have_country_and_code(codes, name, label, country, code):
    """Firms and bodies the BBC business, politics and tech articles name in two articles or
    more that kg gave no country, the story's or no sector (``ontology/actors.tsv``, the
    codes11 block, and ``aliases.tsv``), looked up by name or alias."""
    actor = _gazetteer_actor(name)
    assert (actor.label, actor.country, code_of(actor, None, codes)) == (label, country, code)


def test_anglo_american_is_no_firm():
    """ "Anglo-American forces attacked Falluja": the usual word for the US and the UK, not
    the mining firm Anglo American (which keeps its own name)."""
    hit = Gazetteer.load().lookup("Anglo-American")
    assert hit is None or hit[0].id != "org/anglo-american"


def test_civilian_nouns_are_no_sector_words(codes):
    """Each word of people in general (``civilian_nouns``: parents, consumers) is neither a
    Phoenix agent nor a sector word, so a firm's role or name's word ("Delta, parent of
    Comair", "the Consumer Electronics Association") codes no civilians."""
    from kg.extract.words import vocabulary

    words = vocabulary().civilian_nouns
    assert words
    for word in words:
        firm = Actor("org/x", f"Zub {word.title()} Association", "Organization", "ZUB")
        parent = Actor("org/x", "Zubdelta", "Organization", "ZUB", role=word)
        found = [code_of(a, None, codes) or "" for a in (firm, parent)]
        assert not any("CVL" in c for c in found)


@pytest.mark.parametrize(
    ("name", "label", "code"),
    [
        ("the Bank of Japan", "Bank of Japan", "JPNGOVBUS"),
        ("Bundesbank", "Deutsche Bundesbank", "DEUGOVBUS"),
        ("RBI", "Reserve Bank of India", "INDGOVBUS"),
        ("the Swiss National Bank", "Swiss National Bank", "CHEGOVBUS"),
    ],
)
def test_central_banks_are_gazetteer_rows_of_their_state(codes, name, label, code):
    """Central banks are data (``ontology/actors.tsv``), not a "Bank of <state>" pattern,
    which the Bank of Ireland, the Bank of Cyprus and the Bank of Scotland (firms) break."""
    actor = _gazetteer_actor(name)
    assert (actor.label, code_of(actor, None, codes)) == (label, code)


def test_a_firm_named_bank_of_a_state_is_no_central_bank():
    assert Gazetteer.load().lookup("Bank of Ireland") is None
    assert Gazetteer.load().lookup("Bank of Cyprus") is None


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("Ministry of Natural Resources", "ministry"),
        ("Department for Work and Pensions", "department"),
        ("Project and Contract Office", "office"),  # "and" is no preposition
        ("Child Support Agency", "agency"),
        ("Acme", "acme"),
    ],
)
def test_the_noun_that_heads_an_organisations_name(label, head):
    assert head_word(label) == head


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a person whose body is a firm the dictionaries code takes its code
        (Actor("person/x", "X", "Person", "GBR", "chief", "Barclays Plc"), "MNCGBR"),
        (Actor("person/x", "X", "Person", None, "spokeswoman", "European Commission"), "IGOEUREEC"),
        # a body of no country whose code the gazetteer gives: its people take it (codes8)
        (Actor("person/x", "X", "Person", None, "head", "Airbus"), "EURBUS"),
        (
            Actor("person/x", "X", "Person", None, "director general", "World Trade Organization"),
            "IGOBUSWTO",
        ),
        # a firm's economist is business, not the education Phoenix makes an economist
        (Actor("person/x", "X", "Person", "GBR", "chief economist", "company"), "GBRBUS"),
        (Actor("person/x", "X", "Person", "GBR", "chief economist"), "GBREDU"),
    ],
)
def test_a_person_takes_the_code_of_the_body_they_work_for(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


def test_a_role_after_a_name_gives_the_firm_the_person_works_for(codes):
    doc = parse(
        "Philip/PROPN/compound/1 Shaw/PROPN/nsubj/9 ,/PUNCT/punct/1 chief/ADJ/amod/4 "
        "economist/NOUN/appos/1 at/ADP/prep/4 Barclays/PROPN/pobj/5 ,/PUNCT/punct/1 "
        "he/PRON/nsubj/9 said/VERB/ROOT/9/say",
        ents={"0-1": "PERSON", "6-6": "ORG"},
    )
    names = Names(doc, Gazetteer.load(), codes=codes, when=dt.date(2005, 3, 1))
    actor = names.entity(names.ents[0], {})
    assert (actor.country, actor.sector) == ("GBR", "Barclays Plc")
    assert code_of(actor, names.when, codes) == "MNCGBR"


@pytest.mark.parametrize("noun", ["critic", "shareholder", "opponent"])
def test_a_noun_of_no_employment_after_a_name_gives_no_employer(codes, noun):
    doc = parse(
        f"Philip/PROPN/compound/1 Shaw/PROPN/nsubj/8 ,/PUNCT/punct/1 a/DET/det/4 "
        f"{noun}/NOUN/appos/1 of/ADP/prep/4 Barclays/PROPN/pobj/5 ,/PUNCT/punct/1 "
        "said/VERB/ROOT/8/say",
        ents={"0-1": "PERSON", "6-6": "ORG"},
    )
    names = Names(doc, Gazetteer.load(), codes=codes, when=dt.date(2005, 3, 1))
    actor = names.entity(names.ents[0], {})
    assert actor.sector != "Barclays Plc"
    assert code_of(actor, names.when, codes) != "MNCGBR"


@pytest.mark.parametrize(
    ("code", "firm"),
    [
        ("GBRBUS", True),
        ("MNCGBRMED", True),
        ("LBRGOVBUS", False),  # a central bank: its governor is no firm's employee
        ("IGOBUSIMF", False),
        ("NGOVNM", False),
        (None, False),
    ],
)
def test_a_code_is_a_firms_by_its_three_letter_parts(code, firm):
    assert business(code) is firm


@pytest.mark.parametrize(
    ("code", "firm"),
    [("GBRBUS", True), ("LBRGOVBUS", True), ("IGOBUSIMF", True), ("GBRGOV", False), (None, False)],
)
def test_a_public_bodys_firm_code_counts_when_asked(code, firm):
    assert business(code, public_too=True) is firm


@pytest.mark.parametrize(
    ("code", "public"),
    [
        ("GBRGOV", True),
        ("GBRPTY", True),
        ("USALEG", True),
        ("RUSGOVBUS", True),  # a state's firm
        ("GBRBUS", False),
        ("IGOBUSIMF", False),
        ("NGOVNM", False),  # an NGO of Vietnam: no GOV in its three-letter parts
        (None, False),
    ],
)
def test_a_code_is_a_states_or_partys_by_its_three_letter_parts(code, public):
    assert political(code) is public


@pytest.mark.parametrize(
    ("name", "label", "code"),
    [
        # IGOs the dictionaries lack, by the gazetteer's code column (codes8)
        ("WTO", "World Trade Organization", "IGOBUSWTO"),
        ("World Trade Organisation", "World Trade Organization", "IGOBUSWTO"),
        ("the European Central Bank", "European Central Bank", "IGOEUREEC"),
        ("ECB", "European Central Bank", "IGOEUREEC"),
        ("the Paris Club", "Paris Club", "IGOBUS"),
        ("European Court of Justice", "European Court of Justice", "IGOEUREEC"),
        ("European Court of Human Rights", "European Court of Human Rights", "IGOEURCOE"),
        ("Ecofin", "Council of the European Union", "IGOEUREEC"),
        # firms of a world region
        ("Airbus", "Airbus", "EURBUS"),
        ("EADS", "EADS", "EURBUS"),
        ("Euronext", "Euronext", "EURBUS"),
        # IGOs the dictionaries hold under a spelling the news does not write: their codes
        ("FAO", "Food and Agriculture Organization", "IGOUNOAGRFAO"),
        ("Food & Agriculture Organisation", "Food and Agriculture Organization", "IGOUNOAGRFAO"),
        ("International Labour Organisation", "International Labour Organization", "IGOUNOLABILO"),
        ("OECD", "Organisation for Economic Co-operation and Development", "IGOWSTBUS"),
        ("G8", "G8", "IGOBUSGOE"),
    ],
)
def test_igos_and_region_firms_have_the_gazetteer_s_codes(codes, name, label, code):
    actor = _gazetteer_actor(name)
    assert (actor.label, actor.country) == (label, None)
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Edinburgh City Council", "GBRGOV"),  # local government, by the name's last two words
        ("Kent County Council", "GBRGOV"),
        ("Zubrovian Arts Council", "GBR"),  # "Council" alone says no sector
        ("City Council", "GBR"),  # two words: no place's council named
    ],
)
def test_a_local_council_s_name_is_local_government(codes, label, code):
    actor = Actor(f"org/{label.lower().replace(' ', '-')}", label, "Organization", "GBR")
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("msp", "GBRLEG"),  # a member of the Scottish Parliament: a member of parliament
        ("green msp", "GBRLEG"),
        ("backbencher", "GBRLEG"),  # a member of parliament off the front bench
        ("premier", "GBRGOV"),  # a synonym the dictionaries know as well
    ],
)
def test_a_role_by_another_name_codes_as_its_office(codes, role, code):
    actor = Actor("person/zed-zubov", "Zed Zubov", "Person", "GBR", role=role)
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # the text calls the body a lobby group: an NGO, whatever its name's "Commission" says
        (Actor("organization/g", "Zubrovian Rights Commission", "Organization", "GBR",
               "lobby group"), "NGOGBR"),
        # and a human rights one by its name's phrase (GOVHRI of a state's): NGOGBRHRI
        (Actor("organization/g", "Zubrovian Human Rights Commission", "Organization", "GBR",
               "lobby group"), "NGOGBRHRI"),
        (Actor("organization/z", "Zubrovian Relief", "Organization", "GBR", "charity"), "NGOGBR"),
        # a name headed by "Campaign": a campaign group's
        (Actor("organization/c", "Campaign for Zubrovian Kids", "Organization", "USA"), "NGOUSA"),
        # a person of such a body takes its code (the body word :mod:`kg.extract.names` gives)
        (Actor("person/w", "William Corr", "Person", "USA", None, "Campaign"), "NGOUSA"),
    ],
)  # fmt: skip
def test_a_body_the_text_calls_a_non_governmental_one_is_an_ngo(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    "actor",
    [
        # the state's: "Charity" is no head of the name
        Actor("organization/c", "Charity Commission", "Organization", "GBR"),
        Actor("organization/c", "Zubrovian Human Rights Commission", "Organization", "GBR"),
    ],
)
def test_a_body_of_no_civil_word_is_no_ngo(codes, actor):
    assert not (code_of(actor, dt.date(2005, 3, 1), codes) or "").startswith("NGO")


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a word for what a firm makes or runs heading the name (industry_name_words)
        (Actor("org/x", "Zubrov Energy", "Organization", "ZUB"), "ZUBBUS"),
        (Actor("org/x", "Zubland Hotels & Resorts", "Organization", "ZUB"), "ZUBBUS"),
        (Actor("org/x", "Zub Labs", "Organization", "ZUB"), "ZUBBUS"),
        (Actor("org/x", "Zubrov Financial", "Organization", "ZUB"), "ZUBBUS"),
        # partners' names joined by an ampersand: a firm's name ("Tate & Lyle")
        (Actor("org/x", "Zubrov & Kalm", "Organization", "ZUB"), "ZUBBUS"),
        (Actor("org/x", "Zub&K", "Organization", "ZUB"), "ZUBBUS"),
        # a company officer's role whose last two words say so: "chief financial officer"
        (Actor("person/x", "X", "Person", "ZUB", role="chief financial officer"), "ZUBBUS"),
        (Actor("person/x", "X", "Person", "ZUB", role="chief executive officer"), "ZUBBUS"),
    ],
)  # fmt: skip
def test_a_firm_by_its_name_or_its_officer_by_the_role(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # the word after a preposition does not head the name: the state's department
        (Actor("org/x", "Department of Energy", "Organization", "ZUB"), "ZUBGOV"),
        # an ampersand in a body whose last word the agents code: the agents' sector
        (Actor("org/x", "Zubland Food & Drug Administration", "Organization", "ZUB"),
         "ZUBGOV"),
        # an officer of no firm's kind is no company officer
        (Actor("person/x", "X", "Person", "ZUB", role="police officer"), "ZUBCOP"),
    ],
)  # fmt: skip
def test_a_name_or_role_of_no_firm_keeps_its_sector(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a body an earlier word of the role names, where the role's endings say no sector
        (Actor("person/x", "X", "Person", "ZUB", role="airport authority chief"), "ZUBGOV"),
        (Actor("person/x", "X", "Person", "ZUB", role="senior business manager"), "ZUBBUS"),
        (Actor("person/x", "X", "Person", "ZUB", role="regional police co-ordinator"),
         "ZUBCOP"),
        # a military rank written short: "Lt Col" is a lieutenant colonel's
        (Actor("person/x", "X", "Person", "ZUB", role="lt col"), "ZUBMIL"),
        # the body word nearest the role's head: a business union's leader is the union's
        (Actor("person/x", "X", "Person", "ZUB", role="business union leader"), "ZUBLAB"),
        # the role's own last words first: an army's police officer is police
        (Actor("person/x", "X", "Person", "ZUB", role="army police officer"), "ZUBCOP"),
        # no body word in the role: the country alone
        (Actor("person/x", "X", "Person", "ZUB", role="senior project manager"), "ZUB"),
        # an organisation's role is no person's: its own rules
        (Actor("org/x", "Zubrov Trust", "Organization", "ZUB", role="business trust"), "ZUB"),
    ],
)  # fmt: skip
def test_a_person_of_a_body_an_earlier_word_of_the_role_names(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a word for a news outlet heading the name (media_name_words): "Greater Manchester
        # Radio", "the Jewish Chronicle" (not the agents' "jewish" of an earlier word)
        (Actor("org/x", "Greater Zubrov Radio", "Organization", "ZUB"), "ZUBMED"),
        (Actor("org/x", "Jewish Chronicle", "Organization", "ZUB"), "ZUBMED"),
        (Actor("org/x", "Zubrov Gazette", "Organization", "ZUB"), "ZUBMED"),
        # a journalist's word ending the role (journalist_nouns): "Jewish Chronicle editor"
        (Actor("person/x", "X", "Person", "ZUB", role="chronicle editor"), "ZUBMED"),
        (Actor("person/x", "X", "Person", "ZUB", role="deputy editor"), "ZUBMED"),
        (Actor("person/x", "X", "Person", "ZUB", role="political correspondent"), "ZUBMED"),
        (Actor("person/x", "X", "Person", "ZUB", role="freelance journalist"), "ZUBMED"),
        (Actor("person/x", "X", "Person", "ZUB", role="sunday columnist"), "ZUBMED"),
        # the word after a preposition does not head the name: the state's administration
        (Actor("org/x", "State Administration of Radio", "Organization", "ZUB"), "ZUBGOV"),
        # a person named after an outlet's word is no outlet; nor a role of no journalist's
        (Actor("person/x", "Zub Herald", "Person", "ZUB"), "ZUB"),
        (Actor("person/x", "X", "Person", "ZUB", role="senior project manager"), "ZUB"),
    ],
)  # fmt: skip
def test_a_news_outlet_by_its_name_and_a_journalist_by_the_role(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a former holder of a government's office the dictionaries do not date: a former
        # British minister sits in parliament (former_office_sectors: LEG) ...
        (Actor("person/x", "X", "Person", "GBR", role="former cabinet minister"), "GBRLEG"),
        (Actor("person/x", "X", "Person", "GBR", role="former tory chancellor"), "GBRLEG"),
        (Actor("person/x", "X", "Person", "GBR", role="ex-minister"), "GBRLEG"),
        # ... one of elsewhere is of CAMEO's elites, former government officials
        (Actor("person/x", "X", "Person", "ZUB", role="former finance minister"), "ZUBELI"),
        # the office now, or a former one of no government: as before
        (Actor("person/x", "X", "Person", "GBR", role="cabinet minister"), "GBRGOV"),
        (Actor("person/x", "X", "Person", "GBR", role="then minister"), "GBRGOV"),
        (Actor("person/x", "X", "Person", "GBR", role="former chief executive"), "GBRBUS"),
        (Actor("person/x", "X", "Person", "GBR", role="former shadow chancellor"), "GBROPP"),
        # a former office the agents code themselves (a party's former president too): ELI
        (Actor("person/x", "X", "Person", "GBR", role="former president", sector="party"),
         "GBRELI"),
        (Actor("person/x", "X", "Person", "GBR", role="former prime minister"), "GBRELI"),
    ],
)  # fmt: skip
def test_a_former_holder_of_a_governments_office_is_no_government(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code


@pytest.mark.parametrize(
    "role", ["former cabinet minister", "former chancellor", "former minister"]
)
def test_a_former_office_is_not_the_title_the_dictionaries_lag_behind(codes, role):
    # Gordon Brown in 1999, GBRELI in the dictionaries: a former office is no office now, so
    # it does not stand for the office the dictionaries lag behind, as "prime minister" does
    assert code_of(replace(BROWN, role=role), dt.date(1999, 6, 1), codes) == "GBRELI"


def test_a_former_office_past_the_dictionaries_dates_is_not_the_government(codes):
    # Clare Short, GBRGOVDEV to 2003 in the dictionaries: "former minister" is no office now
    short = Actor("person/clare-short", "Clare Short", "Person", "GBR", role="former minister")
    assert code_of(short, dt.date(2005, 3, 1), codes) == "GBRLEG"


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        # a clergyman's title, a church as a person's body or heading a body's name: the
        # religion's sector (religious_words) ...
        (Actor("person/x", "X", "Person", "USA", role="reverend"), "USACHR"),
        (Actor("person/x", "X", "Person", "GBR", role="vicar"), "GBRCHR"),
        (Actor("person/x", "X", "Person", "USA", sector="Fullness of Joy Church"), "USACHR"),
        (Actor("org/x", "Fullness of Joy Church", "Organization", "USA"), "USACHR"),
        (Actor("org/x", "Church of Zubland", "Organization", "ZUB"), "ZUBCHR"),
        (Actor("org/x", "Finsbury Park Mosque", "Organization", "GBR"), "GBRMUS"),
        # ... and people a sector noun names after one, no state's ministers
        (Actor("topic/x", "Church ministers", "Topic", "USA", sector="minister"), "USACHR"),
        # no such word: as before
        (Actor("topic/x", "Jonesboro ministers", "Topic", "USA", sector="minister"), "USAGOV"),
        (Actor("person/x", "X", "Person", "GBR", role="minister"), "GBRGOV"),
        (Actor("org/x", "Churchill Insurance", "Organization", "GBR", subtype="company"),
         "GBRBUS"),
        # a first name before the word: a person the tagger made an organisation
        (Actor("org/x", "Charlotte Church", "Organization", "GBR"), "GBR"),
    ],
)  # fmt: skip
def test_a_church_and_its_clergy_take_the_religions_sector(codes, actor, code):
    assert code_of(actor, dt.date(2005, 3, 1), codes) == code
