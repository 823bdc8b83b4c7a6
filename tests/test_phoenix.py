"""scripts/gen_phoenix.py: reading the TABARI dictionary formats and turning them into kg's
gazetteer rows, on hand-written snippets of the format (never the dictionaries themselves)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kg import actorcodes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_phoenix  # noqa: E402
import phoenix_names  # noqa: E402
from tabari import Spell, parse_actors, parse_agents, parse_spell  # noqa: E402

D = dt.date
WORDS = phoenix_names.load_words(ROOT / "scripts" / "phoenix_words.tsv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GBRGOV 970502-070627", Spell("GBRGOV", D(1997, 5, 2), D(2007, 6, 27))),
        ("RUSGOV >080508", Spell("RUSGOV", start=D(2008, 5, 8))),
        ("HTIOPPMED <061231", Spell("HTIOPPMED", end=D(2006, 12, 31))),
        ("IGOUNO", Spell("IGOUNO")),
        ("AFGELI 19270101-730717", Spell("AFGELI", D(1927, 1, 1), D(1973, 7, 17))),
        ("USAGOV 291231-300101", Spell("USAGOV", D(2029, 12, 31), D(2030, 1, 1))),  # 00-30: 20YY
        ("USAGOV 311231-320101", Spell("USAGOV", D(1931, 12, 31), D(1932, 1, 1))),
        ("IGOUNO  >070201", Spell("IGOUNO", start=D(2007, 2, 1))),  # two blanks
        ("GBRGOV >201005011", Spell("GBRGOV", start=D(2010, 5, 1))),  # 9 digits: first 8
        ("ARMUNR 9008223-911221", Spell("ARMUNR", D(1990, 8, 22), D(1991, 12, 21))),
        ("---", None),  # PETRARCH's null code
    ],
)
def test_code_restrictions(text, expected):
    assert parse_spell(text) == expected


@pytest.mark.parametrize(
    "text",
    ["EGYGOV 20121207-20120802", "MNEGOV 20121204", "USAGOV 990231-000101", "gbr gov"],
)
def test_bad_code_restrictions_are_refused(text):
    with pytest.raises(ValueError):
        parse_spell(text)


def actors(text: str):
    return parse_actors(text.splitlines())


def test_a_record_with_aliases_dated_codes_a_default_and_a_comment():
    (record,), problems = actors(
        "TONY_BLAIR_  # CountryInfo.txt\n"
        "+ANTHONY_CHARLES_LYNTON_BLAIR_\n"
        "\t[GBRELI 710101-970502]\n"
        "\t[GBRGOV 970502-070627]\n"
        "\t[GBRELI]\n"
    )
    assert problems == []
    assert record.names == ["TONY BLAIR"]
    assert record.aliases == ["ANTHONY CHARLES LYNTON BLAIR"]
    assert record.spells == [
        Spell("GBRELI", D(1971, 1, 1), D(1997, 5, 2)),
        Spell("GBRGOV", D(1997, 5, 2), D(2007, 6, 27)),
        Spell("GBRELI"),
    ]
    assert record.notes == ["CountryInfo.txt"]


@pytest.mark.parametrize(
    ("text", "names", "codes"),
    [
        # every bracket on a primary line, not only the first (PETRARCH reads one)
        (
            "ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# later UNICEF\n",
            [["ANN VENEMAN"]],
            [["USAGOV", "IGOUNOKID"]],
        ),
        # primary phrases with no codes between them name one actor
        (
            "LEONID_BREZHNEV_\nLEONID_ILYICH_BREZHNEV\n\t[RUSGOV 641014-821110]\n",
            [["LEONID BREZHNEV", "LEONID ILYICH BREZHNEV"]],
            [["RUSGOV"]],
        ),
        # a code ends a record: the next phrase is another actor
        (
            "THE_UNITED_NATIONS_ [IGOUNO]\nUN_ [IGOUNO]\n",
            [["THE UNITED NATIONS"], ["UN"]],
            [["IGOUNO"], ["IGOUNO"]],
        ),
        # a blank line ends a record: U.N._ does not take the secretary-general's code
        (
            "U.N._\n\n# Secretarys General\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\n",
            [["UN SECRETARY GENERAL"]],
            [["IGOUNO"]],
        ),
        # a null code closes a record too, which is then dropped
        (
            "AHMED_DARWISH_  # the soccer player\n\t[---]\nAHMED_EL_AMAWY_\n\t[EGYGOVLAB]\n",
            [["AHMED EL AMAWY"]],
            [["EGYGOVLAB"]],
        ),
        # commented-out lines and prose are not phrases; control characters go
        (
            "#HENRY_CABOT_LODGE_\n#\t[USAGOV 530123-600903]\nSource: MNC.MLH.actors\n"
            "LIAMINE_Z\x1aROUAL_\n\t[DZAGOV]\n",
            [["LIAMINE ZROUAL"]],
            [["DZAGOV"]],
        ),
    ],
)
def test_records(text, names, codes):
    records, _ = actors(text)
    assert [r.names for r in records] == names
    assert [[s.code for s in r.spells] for r in records] == codes


def test_headings_reach_the_records_under_them_up_to_a_blank_line():
    records, _ = actors(
        "# Prime Ministers\nHAROLD_WILSON_\n\t[GBRGOV 641016-700619]\n"
        "EDWARD_HEATH_\n\t[GBRGOV 700619-740304]\n\nALAN_JOHNSON_\n\t[GBRGOV]\n"
    )
    assert [r.heading for r in records] == ["Prime Ministers", "Prime Ministers", None]


def test_synonyms_that_lost_their_line_break_are_split():
    (record,), _ = actors("ADEN_ARMY_ [YEMREB]\n+JAISH_ADAN_+_ISLAMIC_ADEN_ARMY_\n")
    assert record.aliases == ["JAISH ADAN", "ISLAMIC ADEN ARMY"]


def test_what_is_left_out_is_reported_with_its_line():
    _, problems = actors("A_\n\t[GBRGOV 20121207-20120802]\n\nB_\n\n+C_\n")
    reasons = {(p.line, p.reason.split(" (")[0]) for p in problems}
    assert reasons == {
        (2, "bad code restriction"),
        (1, "actor without any code"),
        (4, "actor without any code"),
    }


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
POLICE {} [~COP]
POLICE!PERSON!  [~COP]
FARMER [~AGR] # a comment
CITY [~CVL]
BOSS [~BUS]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
DEFENCE_MINIST [~GOVMIL]
HUMAN_RIGHTS_GROUP [NGO~]
ADM. {} [~MIL]
GEN. [~MIL]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
"""


def test_agents():
    agents, problems = parse_agents(AGENTS.splitlines())
    got = {a.forms[0]: (a.forms, a.code, a.before) for a in agents}
    assert got == {
        "police": (("police",), "COP", False),
        "policeman": (("policeman", "policemen", "policewoman", "policewomen"), "COP", False),
        "farmer": (("farmer", "farmers"), "AGR", False),
        "city": (("city", "cities"), "CVL", False),
        "boss": (("boss", "bosses"), "BUS", False),
        "attorney general": (("attorney general", "attorneys general"), "GOVATG", False),
        "defence minister": (
            ("defence minister", "defence ministers", "defence ministry", "defence ministries"),
            "GOVMIL",
            False,
        ),
        "human rights group": (("human rights group", "human rights groups"), "NGO", True),
        "adm.": (("adm.",), "MIL", False),
        "gen.": (("gen.",), "MIL", False),
        "deparment of environment": (
            ("deparment of environment", "deparment of environments"),
            "ENV",
            False,
        ),
    }
    assert [p.line for p in problems] == [14]


@pytest.mark.parametrize(
    ("upper", "natural"),
    [
        ("MAHENDRA CHAUDHRY", "Mahendra Chaudhry"),
        ("JOHN MCCAIN", "John McCain"),
        ("JOSE MACHADO", "Jose Machado"),
        ("BASHAR AL-ASSAD", "Bashar al-Assad"),
        ("AL-QAEDA", "Al-Qaeda"),
        ("OSAMA BIN LADEN", "Osama bin Laden"),
        ("DAN O'BRIEN", "Dan O'Brien"),
        ("AL QA'IDA", "Al Qa'ida"),
        ("PEOPLE'S LIBERATION ARMY", "People's Liberation Army"),
        ("ELIZABETH II", "Elizabeth II"),
        ("GEORGE W. BUSH", "George W. Bush"),
        ("MR. OBAMA", "Mr. Obama"),
        ("JEAN-MARIE GUEHENNO", "Jean-Marie Guehenno"),
        ("MAZAR-I-SHARIF", "Mazar-i-Sharif"),
        ("HERMAN VAN ROMPUY", "Herman van Rompuy"),
        ("VAN ROMPUY", "Van Rompuy"),
        ("UN SECRETARY GENERAL", "UN Secretary General"),
        ("BBC WORLD SERVICE", "BBC World Service"),
        ("GUEVARIST ARMY (ERG)", "Guevarist Army (ERG)"),
        ("RENESOLA LTD", "Renesola Ltd"),
        ("ECONOMIC AND SOCIAL COMMISSION FOR ASIA", "Economic and Social Commission for Asia"),
    ],
)
def test_natural_case(upper, natural):
    assert phoenix_names.natural_case(upper, words=WORDS) == natural


@pytest.mark.parametrize(
    ("name", "titled"),
    [
        ('TZIPORA "TZIPI" LIVNI', ["TZIPORA LIVNI", "TZIPI LIVNI"]),
        ('MANUEL HELDER DIAS "KOPELIPA"', ["MANUEL HELDER DIAS", "KOPELIPA"]),
        ("GORDON BROWN", ["GORDON BROWN"]),
    ],
)
def test_nicknames(name, titled):
    assert phoenix_names.nicknames(name) == titled


TITLES = {"prime minister", "president", "secretary general", "secretary of state", "minister"}


@pytest.mark.parametrize(
    ("name", "title", "rest"),
    [
        ("PRIME MINISTER GORDON BROWN", "prime minister", "GORDON BROWN"),
        ("SECRETARY-GENERAL BAN KI-MOON", "secretary general", "BAN KI-MOON"),
        ("PRESIDENT KARZAI", "president", "KARZAI"),
        ("SECRETARY GENERAL OF THE UNITED NATIONS", "", "SECRETARY GENERAL OF THE UNITED NATIONS"),
        ("GORDON BROWN", "", "GORDON BROWN"),
        ("PRESIDENT", "", "PRESIDENT"),
    ],
)
def test_a_title_before_a_name(name, title, rest):
    assert phoenix_names.title_of(name, TITLES) == (title, rest)


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("PRESIDENT OF THE UNITED STATES", True),
        ("US SECRETARY OF STATE", True),
        ("KOSOVAR PRIME MINISTER", True),
        ("UN SECRETARY GENERAL", True),
        ("PERVEZ MINISTER", False),  # a surname, not a qualifier and a title
        ("ASEAN DEFENSE MINISTERS", False),  # plural: a body
        ("GORDON BROWN", False),
    ],
)
def test_offices(name, office):
    assert phoenix_names.is_office(name, TITLES) is office


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Prime Ministers", "prime minister"),
        ("U.S. Secretaries of State", "secretary of state"),
        ("Monarch[s]", "monarch"),
        ("Goverment Agencies and metonyms", ""),
        (None, ""),
    ],
)
def test_heading_titles(heading, title):
    assert phoenix_names.heading_title(heading, TITLES | {"monarch"}) == title


def convert(tmp_path: Path, countries: str, international: str = "", nonstate: str = ""):
    """Run the whole script on hand-written dictionaries; the written files, loaded."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "Phoenix.Countries.actors.txt").write_text(countries, encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text(international, encoding="utf-8")
    (src / "Phoenix.MilNonState.actors.txt").write_text(nonstate, encoding="utf-8")
    (src / "Phoenix.agents.txt").write_text(
        "PRIME_MINISTER [~GOV]\nPRESIDENT [~GOV]\nPOLICE {} [~COP]\n", encoding="utf-8"
    )
    gen_phoenix.main([str(src), "--out", str(out)])
    return actorcodes.load(out / "phoenix_actors.tsv", out / "agents.tsv")


COUNTRIES = """\
FIJI_  [FJI]
+SUVA_

# Prime Ministers
SITIVENI_RABUKA_  # CountryInfo.txt
\t[FJIELI 480101-920602]
\t[FJIGOV 920602-990519]
\t[FJIELI]
MAHENDRA_CHAUDHRY_  # CountryInfo.txt
\t[FJIELI 420101-990519]
\t[FJIGOV 990519-000527]
\t[FJIELI]
FIJI_POLICE_FORCE_
\t[FJICOP]
JOHN_SMITH_  # CountryInfo.txt
\t[FJIGOVBUS 030101-061231]
"""


def test_the_same_name_gives_different_codes_in_1999_and_2010(tmp_path):
    codes = convert(tmp_path, COUNTRIES)
    (chaudhry,) = codes.lookup("Mahendra Chaudhry")
    assert actorcodes.codes_at(chaudhry, D(1999, 6, 1)) == ("FJIGOV",)
    assert actorcodes.codes_at(chaudhry, D(2010, 6, 1)) == ("FJIELI",)
    assert chaudhry.key == "person/mahendra-chaudhry"
    assert (chaudhry.type, chaudhry.subtype, chaudhry.country) == ("Person", "leader", "FJI")
    assert chaudhry.titles == ("prime minister",)  # from the heading


def test_converted_types_and_role_holders(tmp_path):
    codes = convert(
        tmp_path,
        COUNTRIES,
        "KOFI_ANNAN_\n+SECRETARY-GENERAL_KOFI_ANNAN\n\t[IGOUNO 970101-061231]\n\t[ELI]\n"
        "ELIZABETH_ARDEN_\t[MNCUSA]\n"
        "ACME_BANK_\t[FJIGOVBUS 081004-]\n\t[MNCFJI]\n"
        "THE_EUROPEAN_UNION [IGOEUREEC]\n+EUROPEAN_UNION\n",
        "HAMAS_  #  kkl 21 Mar 13\n+ISLAMIC_RESISTANCE_MOVEMENT\n\t[PSEREBHMS]\n"
        "OSAMA_BIN_LADEN_ [IMGMUSALQ]\n",
    )
    assert codes.lookup("Fiji") == ()  # country-level records are kg's actors.tsv's
    kinds = {key: (codes.actor(key).type, codes.actor(key).subtype) for key in codes.rows}
    assert kinds["org/fiji-police-force"] == ("Organization", "institution")
    assert kinds["person/john-smith"] == ("Person", "official")
    assert kinds["person/kofi-annan"] == ("Person", "official")
    assert kinds["org/elizabeth-arden"] == ("Organization", "company")
    assert kinds["org/acme-bank"] == ("Organization", "company")  # once nationalised
    assert kinds["org/HAMAS"] == ("Group", "armed group")  # actors.tsv's id for Hamas
    assert kinds["person/osama-bin-laden"] == ("Person", "official")  # "bin": a person
    assert codes.actor("org/EU").label == "European Union"  # not "The European Union"
    assert codes.actor("org/HAMAS").note is None  # the initials-and-date stamp is dropped
    (annan,) = codes.lookup("Secretary-General Kofi Annan")
    assert annan.titles == ("secretary general",)
    assert [h.actor.label for h in codes.who_held("prime minister", "FJI", D(1995, 1, 1))] == [
        "Sitiveni Rabuka"
    ]
    assert [h.actor.label for h in codes.who_held("prime ministers", "FJI", D(1999, 6, 1))] == [
        "Mahendra Chaudhry"
    ]
    assert codes.who_held("prime minister", "FJI", D(2005, 1, 1)) == []  # nobody known
    assert [h.actor.label for h in codes.holders("FJIGOV", D(2005, 1, 1))] == ["John Smith"]


def test_repeated_records_merge(tmp_path):
    codes = convert(
        tmp_path,
        "BAN_KI_MOON_  # CountryInfo.txt\n\t[KORGOVBUS 041001-061130]\n",
        "SECRETARY-GENERAL_BAN_KI-MOON\n+BAN_KI-MOON\n\t[IGOUNO >20070101]\n"
        "KOFI_ANNAN_\n+KOFI_ATTA_ANNAN_\n\t[IGOUNO 970101-061231]\n"
        "KOFI_ATTA_ANNAN_\t[IGOUNO 970101-061231] [ELI]\n",
    )
    (ban,) = codes.lookup("Ban Ki-moon")
    assert ban.country == "KOR"
    assert [s.code for s in ban.spells] == ["KORGOVBUS", "IGOUNO"]
    assert len(codes.lookup("Kofi Atta Annan")) == 1
