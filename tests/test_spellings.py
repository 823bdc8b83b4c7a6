"""Another spelling of a given name the Phoenix dictionaries know (kg.extract.spellings)."""

from __future__ import annotations

import pytest

from kg import actorcodes
from kg.extract.spellings import is_spelling, respelled


@pytest.mark.parametrize(
    ("written", "known", "expected"),
    [
        ("Mikhail", "Mikheil", True),  # a transliteration
        ("Rafik", "Rafiq", True),
        ("Mohammed", "Mohammad", True),
        ("Mikhaïl", "Mikheil", True),  # an accent is no letter
        ("John", "Joan", False),  # 0.75: another name
        ("Michael", "Michele", False),  # alike, but a man's and a woman's
        ("Rafik", "Tafik", False),  # not the same first letter
        ("", "Rafiq", False),
    ],
)
def test_a_given_name_is_another_spelling_of_one_alike_and_of_no_other_gender(
    written, known, expected
):
    assert is_spelling(written, known) is expected


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Mikhail Saakashvili", "GEO", "person/mikheil-saakashvili"),
        ("Rafik Hariri", "LBN", "person/rafiq-hariri"),
        ("Mikhail Saakashvili", "RUS", None),  # the surname's Phoenix person is Georgian
        ("Mikhail Saakashvili", None, None),  # no country: too loose across the world
        ("Nino Saakashvili", "GEO", None),  # another given name
        ("Saakashvili", "GEO", None),  # a surname alone is by_surname's, by date
    ],
)
def test_a_respelled_name_is_the_one_phoenix_person_of_its_surname_and_country(
    name, country, expected
):
    found = respelled(actorcodes.load(), name, country=country)
    assert (found.key if found is not None else None) == expected
