"""First names and honorifics with a gender (``ontology/first_names.tsv``, ``words.tsv``)."""

from __future__ import annotations

import pytest
from factories import loaded_on_import

from kg.errors import OntologyError
from kg.extract.genders import first_names, gender_of, load, of_gender
from kg.extract.words import vocabulary


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tony", "male"),
        ("gordon", "male"),
        ("michael", "male"),  # in both census lists, far more often a man's
        ("charles", "male"),
        ("cherie", "female"),
        ("mary", "female"),  # in both lists, far more often a woman's
        ("leslie", None),  # borne by men and women alike: left out
        ("kim", None),
        ("robin", None),
        ("hilary", None),  # a woman's in the census, Hilary Benn's too: left out by hand
        ("menzies", None),  # not in the census
    ],
)
def test_the_packaged_table_has_clear_names_and_leaves_unisex_ones_out(name, expected):
    assert first_names().get(name) == expected


def test_the_table_stays_small_and_is_read_once_per_process_not_on_import():
    assert 1_000 < len(first_names()) < 5_000
    assert first_names() is first_names()
    assert (
        loaded_on_import("kg.extract.names, kg.extract.genders", "kg.extract.genders:first_names")
        == 0
    )


@pytest.mark.parametrize("row", ["cherie\twoman\n", "\tmale\n", "mary ann\tfemale\n", "tony\n"])
def test_a_broken_row_is_an_error_naming_the_file_and_row(tmp_path, row):
    path = tmp_path / "first_names.tsv"
    path.write_text(f"# comment\nname\tgender\ngordon\tmale\n{row}", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"first_names.tsv: row 3"):
        load(path)


def test_a_table_of_its_own_loads(tmp_path):
    path = tmp_path / "first_names.tsv"
    path.write_text("# comment\nname\tgender\nGordon\tmale\ncherie\tfemale\n", encoding="utf-8")
    assert dict(load(path)) == {"gordon": "male", "cherie": "female"}


@pytest.mark.parametrize(
    ("full", "expected"),
    [("Tony Blair", "male"), ("Cherie Blair", "female"), ("Menzies Campbell", None), ("", None)],
)
def test_a_full_name_has_the_gender_of_its_first_name(full, expected):
    assert gender_of(full) == expected


@pytest.mark.parametrize(
    ("fulls", "gender", "expected"),
    [
        (("Tony Blair", "Cherie Blair"), "male", ("Tony Blair",)),
        (("Tony Blair", "Cherie Blair"), "female", ("Cherie Blair",)),
        (("Tony Blair", "Cherie Blair"), None, ("Tony Blair", "Cherie Blair")),
        (("Tony Benn", "Hilary Benn"), "male", ("Tony Benn", "Hilary Benn")),  # Hilary: unknown
        (("Cherie Blair",), "male", ()),
    ],
)
def test_an_honorific_keeps_the_names_not_of_the_other_gender(fulls, gender, expected):
    assert of_gender(fulls, gender) == expected


def test_the_honorifics_with_a_gender_are_honorifics():
    words = vocabulary()
    assert words.honorific_genders["mr"] == "male" and words.honorific_genders["mrs"] == "female"
    assert "dr" not in words.honorific_genders
    assert set(words.honorific_genders) <= words.honorifics
