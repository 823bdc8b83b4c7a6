"""``-m "not model"`` needs no spaCy pipeline: a test that takes a fixture loading it is marked.

This sees fixtures only (``item.fixturenames`` holds a test's whole fixture closure, so
``sample_result`` counts through ``nlp``); a test that runs ``kg build`` in a subprocess is
marked by hand. The whole check: run ``-m "not model"`` with the pipeline made uninstalled
(README, "Two commands").
"""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

#: Fixtures of tests/conftest.py that load the pipeline: ``nlp`` itself, and ``sample_store``,
#: which runs ``kg build``.
PIPELINE_FIXTURES = {"nlp", "sample_store"}


def unmarked(items: list[pytest.Item]) -> list[str]:
    return [
        item.nodeid
        for item in items
        if PIPELINE_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("model") is None
    ]


def test_tests_that_load_the_pipeline_are_marked_model(request):
    """Checks the tests selected in this run: under ``-m "not model"``, every one left."""
    assert unmarked(request.session.items) == []


def test_the_check_sees_a_fixture_through_another(pytester):
    pytester.makeini("[pytest]\nmarkers =\n    model: needs the pipeline\n")
    pytester.makeconftest(
        "import pytest\n"
        "@pytest.fixture\ndef nlp(): return 'pipeline'\n"
        "@pytest.fixture\ndef sample_result(nlp): return nlp\n"
    )
    pytester.makepyfile(
        "import pytest\n"
        "def test_bare(sample_result): pass\n"
        "@pytest.mark.model\ndef test_marked(sample_result): pass\n"
        "def test_free(): pass\n"
    )
    items, _ = pytester.inline_genitems("-p", "no:cacheprovider")
    assert [i.name for i in items] == ["test_bare", "test_marked", "test_free"]
    assert [n.split("::")[1] for n in unmarked(items)] == ["test_bare"]
