"""The word lists (``ontology/words.tsv``): loading, checking, extending without code."""

from __future__ import annotations

import pytest
from factories import loaded_on_import, parse

from kg import data
from kg.errors import OntologyError
from kg.extract.actors import Gazetteer, Resolver
from kg.extract.clauses import clauses
from kg.extract.phrases import phrase
from kg.extract.words import LISTS, Words, declared_twice, vocabulary


@pytest.fixture()
def user_words(tmp_path, monkeypatch):
    """Make the packaged word lists plus ``rows`` the ones kg reads, as a user's edit would."""

    def write(rows: str) -> None:
        path = tmp_path / "words.tsv"
        path.write_text(data.words().read_text(encoding="utf-8") + rows, encoding="utf-8")
        monkeypatch.setattr(data, "words", lambda: path)
        vocabulary.cache_clear()

    yield write
    vocabulary.cache_clear()


def packaged_plus(tmp_path, rows: str):
    path = tmp_path / "words.tsv"
    path.write_text(data.words().read_text(encoding="utf-8") + rows, encoding="utf-8")
    return path


def test_the_packaged_lists_load_with_every_list_filled():
    words = Words.load()
    for name in LISTS:
        assert getattr(words, name), name
    assert "say" in words.reporting_verbs and "president" in words.titles
    assert words.sector_nouns["troop"] == "military" and words.pair_nouns["side"] == "Country"


def test_the_lists_are_read_once_per_process_and_not_on_import():
    assert vocabulary() is vocabulary()
    assert (
        loaded_on_import("kg.extract.statements, kg.extract.openie", "kg.extract.words:vocabulary")
        == 0
    )


REPORT = (
    "Xi/PROPN/nsubj/1 murmured/VERB/ROOT/1/murmur relations/NOUN/nsubj/4/relation "
    "have/AUX/aux/4/have withstood/VERB/ccomp/1/withstand/VBN tests/NOUN/dobj/4/test"
)


def test_a_user_added_reporting_verb_makes_speech_reported(user_words):
    inner = next(e for e in clauses(parse(REPORT)) if e.lemma == "withstand")
    assert inner.modality == "asserted" and inner.attributed_to is None
    user_words("reporting_verbs\tmurmur\t\n")
    inner = next(e for e in clauses(parse(REPORT)) if e.lemma == "withstand")
    assert inner.modality == "reported" and inner.attributed_to.text == "Xi"


@pytest.mark.parametrize(
    ("row", "spec", "before", "after"),
    [
        (
            "group_nouns\therder\t\n",
            "Chadian/ADJ/amod/1 herders/NOUN/nsubj/2/herder fled/VERB/ROOT/2/flee",
            ("topic/chadian-herders", "group"),
            ("group/chadian-herders", "group"),
        ),
        (
            "sector_nouns\tcoastguard\tmilitary\n",
            "Russian/ADJ/amod/1 coastguard/NOUN/nsubj/2/coastguard left/VERB/ROOT/2/leave",
            ("topic/russian-coastguard", "group"),
            ("country/RUS", "collective"),
        ),
    ],
)
def test_a_user_added_noun_changes_what_a_mention_resolves_to(user_words, row, spec, before, after):
    def resolved():
        doc = parse(spec, ents={"0": "NORP"})
        found = Resolver(doc, Gazetteer.load()).resolve(phrase(doc[1]))
        return found.actor.id, found.via

    assert resolved() == before
    user_words(row)
    assert resolved() == after


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("reporting_verb\tmurmur\t\n", "unknown list 'reporting_verb'"),
        ("titles\t\t\n", "titles needs one word"),
        ("titles\tvice president\t\n", "without spaces (got 'vice president')"),
        ("titles\tsir\tknight\n", "titles 'sir': takes no value (got 'knight')"),
        ("sector_nouns\tcoastguard\t\n", "sector_nouns 'coastguard': needs a value"),
        ("pair_nouns\tally\tFriend\n", "value must be one of Country, Person (got 'Friend')"),
        ("titles\tsir\t\tmore\n", "titles 'sir': more than three columns"),
    ],
)
def test_a_malformed_row_is_a_clear_error(tmp_path, rows, message):
    path = packaged_plus(tmp_path, rows)
    with pytest.raises(OntologyError) as err:
        Words.load(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert "list<TAB>word<TAB>value" in str(err.value)  # the hint says what a row is


def test_a_minimal_file_loads_and_an_error_gives_the_row(tmp_path):
    values = {
        "pair_nouns": "Person",
        "story_body_nouns": "company",
        "sector_nouns": "government",
        "speech_acts": "requested",
        "event_modes": "Assault/firearms",
        "event_contexts": "military",
        "quad_classes": "material-conflict",
        "subtype_codes": "PTY",
        "civil_body_words": "NGO",
        "religious_words": "christian",
        "prefix_roles": "opposition leader",
        "title_synonyms": "prime minister",
        "former_office_sectors": "LEG",
        "post_nominal_roles": "counsel",
        "home_bodies": "org/x",
        "collective_nouns": "civilian",
        "civilian_nouns": "civilian",
        "state_plural_nouns": "government",
        "honorific_genders": "male",
        "pronoun_genders": "female",
        "person_noun_genders": "female",
        "restriction_nouns": "Retreat/085/economic",
        "intent_nouns": "decide",
        "misconduct_verbs": "norm",
        "refusal_nouns": "out_of",
        "shortfall_verbs": "short",
    }
    rows = "".join(f"{name}\tword\t{values.get(name, '')}\n" for name in LISTS)
    path = tmp_path / "words.tsv"
    path.write_text("# one word a list\nlist\tword\tvalue\n" + rows, encoding="utf-8")
    assert Words.load(path).pair_nouns == {"word": "Person"}
    path.write_text(path.read_text(encoding="utf-8") + "title\tsir\t\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=f"row {len(LISTS) + 2}: unknown list 'title'"):
        Words.load(path)


def test_a_file_without_the_header_or_with_lists_missing_is_an_error(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("name\tword\tvalue\ntitles\tsir\t\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="header line must be list<TAB>word<TAB>value"):
        Words.load(path)
    path.write_text("list\tword\tvalue\ntitles\tsir\t\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="no words for reporting_verbs, allegation_verbs"):
        Words.load(path)
    with pytest.raises(OntologyError, match="cannot read word lists"):
        Words.load(tmp_path / "missing.tsv")


def test_a_broken_packaged_file_stops_the_process_that_reads_it(user_words):
    user_words("titles\tvice president\t\n")
    with pytest.raises(OntologyError, match="titles needs one word"):
        vocabulary()


def test_words_are_lower_cased_and_a_later_mapping_row_wins(tmp_path):
    words = Words.load(packaged_plus(tmp_path, "titles\tViceroy\t\nsector_nouns\ttroop\tpolice\n"))
    assert "viceroy" in words.titles
    assert words.sector_nouns["troop"] == "police"


def test_quad_classes_agree_with_the_ontology():
    from kg.rdf.namespace import KG
    from kg.rdf.ontology import ontology_graph

    g = ontology_graph()
    quads = Words.load().quad_classes
    for event_type, quad in quads.items():
        cls = KG[event_type.capitalize()]
        kind, polarity = quad.split("-")
        assert (
            str(g.value(cls, KG.quadClass)) == kind and str(g.value(cls, KG.polarity)) == polarity
        )
    assert len(quads) == 16  # every PLOVER class; Say has none


@pytest.mark.parametrize(
    ("name", "word", "value"),
    [("speech_acts", "beg", "asked"), ("quad_classes", "say", "verbal-neutral")],
)
def test_a_value_outside_the_allowed_ones_is_an_error(tmp_path, name, word, value):
    path = tmp_path / "words.tsv"
    text = data.words().read_text(encoding="utf-8") + f"{name}\t{word}\t{value}\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match="value must be one of"):
        Words.load(path)


@pytest.mark.parametrize(
    ("lines", "twice"),
    [
        (["#   titles    words of office", "#   titles    again"], ["titles"]),
        (["#   titles    words of office", "#             titles of a peer"], []),
        (["#   titles    words of office", "#   name_joins   of the"], []),
        (["#   not_a_list    x", "#   not_a_list    y"], []),
        (["titles\tsir\t", "titles\tlord\t"], []),
    ],
)
def test_a_list_the_header_declares_twice_is_found(lines, twice):
    assert declared_twice(lines) == twice


def test_a_list_declared_twice_is_a_clear_error(tmp_path):
    path = packaged_plus(tmp_path, "#   name_prepositions      of a name, again\n")
    with pytest.raises(OntologyError, match="lists declared twice: name_prepositions"):
        Words.load(path)


def test_no_list_is_a_field_of_the_words_twice():
    """A field annotated twice is one field: two lists' words would be read as one."""
    import ast
    import inspect

    from kg.extract import words

    tree = ast.parse(inspect.getsource(words.Words))
    names = [n.target.id for n in ast.walk(tree) if isinstance(n, ast.AnnAssign)]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_united_lists_are_the_union_of_each_words_own_lists():
    """:func:`united` keeps its union for the Words it was asked of: a Words read anew (a
    user's lists, after ``vocabulary.cache_clear()``) gets its own, not the last one's."""
    from dataclasses import replace

    from kg.extract.words import PRONOUN_LISTS, body_titles, pronouns, united

    words = vocabulary()
    assert pronouns(words) == frozenset().union(*(getattr(words, n) for n in PRONOUN_LISTS))
    assert body_titles(words) == (
        words.company_nouns | words.organisation_nouns | words.named_organisation_nouns
    )
    other = replace(words, person_pronouns=frozenset({"thou"}))
    assert "thou" in pronouns(other) and "he" not in pronouns(other)
    assert "thou" not in pronouns(words) and "he" in pronouns(words)  # asked in turns
    assert united(words, ("civilian_nouns",)) == frozenset(words.civilian_nouns)  # the keys
