"""The actor gazetteer (``ontology/actors.tsv``): lookups and extension by a row."""

from __future__ import annotations

import pytest

from kg import data
from kg.errors import OntologyError
from kg.gazetteer import NORM_CACHE, Gazetteer, norm, read_entries, respelled, topic


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("surface", "key", "sector"),
    [
        ("the United States", "country/USA", None),
        ("US", "country/USA", None),
        ("Britain", "country/GBR", None),
        ("Russian", "country/RUS", None),
        ("the Kremlin", "country/RUS", "government"),
        ("Beijing", "country/CHN", "government"),
        ("NATO", "org/NATO", None),
        ("Xinhua", "org/XINHUA", None),
        ("Uyghurs", "group/UYGHURS", None),
        ("Putin", "person/vladimir-putin", None),
        ("Kiev", "country/UKR", "government"),
        ("Burma", "country/MMR", None),
        ("BBC", "org/BBC", None),  # news media, with their countries (GBRMED)
        ("BBC News", "org/BBC-NEWS", None),  # the BBC's news division, as judges name it
        ("EU", "org/EU", None),
        ("BNP", "org/GB-BNP", None),  # the parties of the 2005 general election
        ("Veritas", "org/GB-VERITAS", None),
        # an institution of the union is not the union (IGOEUREEC, as Phoenix has it)
        ("the European Commission", "org/european-commission", None),
        ("Al Jazeera", "org/ALJAZEERA", None),
        # a region's demonyms, as a country's: "European shares" are of Europe, no group
        ("European", "region/EUR", None),
        ("Europeans", "region/EUR", None),
        ("Latin American", "region/LAM", None),
        ("The Times", "org/GB-TIMES", None),
        ("the Independent", "org/GB-INDEPENDENT", None),  # the British papers BBC quotes
        ("the Sunday Times", "org/GB-SUNDAY-TIMES", None),
        ("the Middle East", "region/MEA", None),  # a region, by its CAMEO code
        # the devolved governments and assemblies, of the UK (GBRGOV, GBRLEG), not their regions
        ("the Welsh Assembly Government", "org/GB-WALES-GOVERNMENT", None),
        ("the Welsh Assembly", "org/GB-WALES-ASSEMBLY", None),
        ("the Scottish Executive", "org/GB-SCOTTISH-EXECUTIVE", None),
        ("the Scottish Parliament", "org/GB-SCOTTISH-PARLIAMENT", None),
        ("Holyrood", "org/GB-SCOTTISH-PARLIAMENT", None),
        ("Scottish ministers", "org/GB-SCOTTISH-EXECUTIVE", None),  # the Executive's, not the UK
        ("Westminster", "org/GB-PARLIAMENT", None),  # the metonym, not the London borough
    ],
)
def test_gazetteer_lookup(gaz, surface, key, sector):
    entry, found_sector = gaz.lookup(surface)
    assert entry.key == key and found_sector == sector


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Amnesty", "org/AMNESTY"),  # the name as the gazetteer has it
        ("AMNESTY", "org/AMNESTY"),  # a name in another case: folded
        ("the amnesty", None),  # a common noun, no name: not folded
        ("The amnesty", None),  # a sentence's first word is no name either
        ("the kremlin", None),
        ("times", None),  # "hard times": no newspaper
    ],
)
def test_only_a_name_is_looked_up_case_folded(gaz, surface, key):
    hit = gaz.lookup(surface)
    assert (hit[0].key if hit is not None else None) == key


def test_news_media_have_their_country(gaz):
    """ "BBC News", "Al-Jazeera": a broadcaster is of its country (GBRMED, QATMED), as event
    coders code it, not the country of the story that cites it."""
    assert {gaz.lookup(n)[0].country for n in ("BBC", "Reuters")} == {"GBR"}
    assert gaz.lookup("Al-Jazeera")[0].country == "QAT"


def test_country_rows_carry_iso_codes(gaz):
    countries = [e for e in gaz.entries.values() if e.key.startswith("country/")]
    assert len(countries) >= 240
    assert all(e.country and len(e.country) == 3 for e in countries)


def test_each_packaged_actor_has_one_row():
    """Two rows of one id split an actor's aliases where a reader of the file looks for one;
    a row added for an actor already listed extends that row instead."""
    ids = [e.key for e in read_entries(data.gazetteer())]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_a_user_adds_an_actor_by_adding_a_row(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        data.gazetteer().read_text(encoding="utf-8")
        + "org/QUAD\tQuad\tOrganization\tIGO\t\t\tQuadrilateral Security Dialogue\n"
    )
    entry, _ = Gazetteer.load(path).lookup("Quadrilateral Security Dialogue")
    assert entry.label == "Quad" and entry.type == "Organization"


# -- alias files: merge a name into an actor, or keep it apart ------------------------------


def test_an_alias_file_merges_and_keeps_apart(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("# mine\nalias\tid\nThe Boss\tperson/tony-blair\nPutin\t-\n", encoding="utf-8")
    plain = Gazetteer.load()
    assert plain.lookup("The Boss") is None and plain.lookup("Putin")[0].key == (
        "person/vladimir-putin"
    )
    mine = Gazetteer.load(aliases=path)
    assert mine.lookup("the Boss")[0].key == "person/tony-blair"  # a name, case-folded
    assert mine.lookup("Putin") is None and "Putin" in mine.apart
    assert mine.lookup("Vladimir Putin")[0].key == "person/vladimir-putin"  # others untouched


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("Nobody\tperson/no-such-person\n", "not an actor of the gazetteer"),
        ("Nobody\t\n", "needs an alias and an id"),
    ],
)
def test_a_bad_alias_row_is_named(tmp_path, rows, message):
    path = tmp_path / "aliases.tsv"
    path.write_text("alias\tid\n" + rows, encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        Gazetteer.load(aliases=path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Dubya\tperson/george-w-bush\n", "the header lacks the columns alias, id"),
        (b"name\tid\nDubya\tperson/george-w-bush\n", "the header lacks the column alias"),
        (b"alias\tid\nDubya\tperson/george-w-bush\nBlai\xdf\t-\n", "not UTF-8 text"),
    ],
)
def test_an_alias_file_that_cannot_be_read_says_why(tmp_path, data, message):
    path = tmp_path / "aliases.tsv"
    path.write_bytes(data)
    with pytest.raises(OntologyError, match=message) as exc:
        Gazetteer.load(aliases=path)
    assert str(path) in str(exc.value) and exc.value.hint  # the file, and what to do


def test_a_name_kept_apart_is_its_own_person_in_an_article(tmp_path):
    from factories import parse

    from kg.extract.names import Names

    path = tmp_path / "aliases.tsv"
    path.write_text("alias\tid\nBlair\t-\n", encoding="utf-8")
    doc = parse("Mr/PROPN/compound/1 Blair/PROPN/nsubj/2 left/VERB/ROOT/2", ents={"0-1": "PERSON"})
    assert Names(doc, Gazetteer.load()).entity(doc.ents[0], {}).id == "person/tony-blair"
    apart = Names(doc, Gazetteer.load(aliases=path))
    assert apart.entity(doc.ents[0], {}).id == "person/blair"


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("the  United   Nations", "United Nations"),
        ("Britain’s", "Britain"),
        ("“Hamas”", "Hamas"),
        ("The Hague", "Hague"),
        ("", ""),
    ],
)
def test_norm_is_cached_and_the_same_twice(surface, key):
    assert norm(surface) == norm.__wrapped__(surface) == key
    assert norm(surface) == key  # now from the cache
    assert norm.cache_info().maxsize == NORM_CACHE  # bounded: a corpus cannot grow it


@pytest.mark.parametrize("text", ["the relationship with China", "“talks”", "a"])
def test_topic_is_memoized_and_the_same_as_uncached(text):
    assert topic(text) == topic.__wrapped__(text)
    assert topic(text) is topic(text)  # shared: an Actor is immutable


def test_asian_and_african_name_no_region(gaz):
    """British news calls British communities so ("Asian voters"): no region of them."""
    assert gaz.lookup("Asian") is None
    assert gaz.lookup("African") is None


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("the World Trade Organisation", "org/WTO"),  # the gazetteer spells it Organization
        ("World Health Organisation", "org/WHO"),
        ("North Atlantic Treaty Organisation", "org/NATO"),
    ],
)
def test_a_name_is_found_in_either_spelling(gaz, surface, key):
    assert gaz.lookup(surface)[0].key == key


def test_a_new_row_is_found_in_either_spelling(tmp_path):
    rows = "id\tlabel\ttype\taliases\norg/SWC\tSimon Wiesenthal Center\tOrganization\t\n"
    (tmp_path / "actors.tsv").write_text(rows, encoding="utf-8")
    gaz = Gazetteer.load(tmp_path / "actors.tsv")
    assert gaz.lookup("the Simon Wiesenthal Centre")[0].key == "org/SWC"
    assert gaz.lookup("Simon Wiesenthal Center")[0].key == "org/SWC"
    assert respelled("Labour Party") == []  # Labour and Labor name two parties


def test_the_packaged_file_is_parsed_once_for_the_gazetteer_and_the_codes(monkeypatch):
    from kg import actorcodes, gazetteer

    entries = gazetteer.packaged_entries()
    wto = next(e for e in entries if e.key == "org/WTO")
    assert wto.code == "IGOBUSWTO"
    monkeypatch.setattr(gazetteer, "read_entries", None)  # a second parse would fail
    assert Gazetteer.load().entries["org/WTO"] is wto
    assert actorcodes.load().actor("org/WTO").label == wto.label
