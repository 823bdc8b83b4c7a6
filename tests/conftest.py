"""Shared fixtures: hand-built parses (no model) and the real pipeline (marked ``model``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factories import SAMPLE, kg_cli


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def knowledge():
    from kg.extract.statements import Knowledge

    return Knowledge()


@pytest.fixture(scope="session")
def sample_result(nlp, knowledge):
    from kg.extract.statements import process
    from kg.ingest import read

    article = next(read([SAMPLE]))
    return process(nlp(article.text), article, knowledge)


@pytest.fixture()
def articles_dir(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    shutil.copy(SAMPLE, d / SAMPLE.name)
    return d


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    base = tmp_path_factory.mktemp("store")
    kg_cli("build", str(SAMPLE), "--out", str(base / "out"), "--store", str(base / "db"), "-q")
    return base / "db"
