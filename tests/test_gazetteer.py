"""The actor gazetteer (``ontology/actors.tsv``): lookups and extension by a row."""

from __future__ import annotations

import pytest

from kg import data
from kg.gazetteer import Gazetteer


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
    ],
)
def test_gazetteer_lookup(gaz, surface, key, sector):
    entry, found_sector = gaz.lookup(surface)
    assert entry.key == key and found_sector == sector


def test_country_rows_carry_iso_codes(gaz):
    countries = [e for e in gaz.entries.values() if e.key.startswith("country/")]
    assert len(countries) >= 240
    assert all(e.country and len(e.country) == 3 for e in countries)


def test_a_user_adds_an_actor_by_adding_a_row(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        data.gazetteer().read_text(encoding="utf-8")
        + "org/QUAD\tQuad\tOrganization\tIGO\t\t\tQuadrilateral Security Dialogue\n"
    )
    entry, _ = Gazetteer.load(path).lookup("Quadrilateral Security Dialogue")
    assert entry.label == "Quad" and entry.type == "Organization"
