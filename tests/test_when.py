"""Dates anchored on the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.when import resolve

THURSDAY = dt.date(2021, 12, 16)


@pytest.mark.parametrize(
    ("expr", "future", "expected", "how"),
    [
        ("Wednesday", False, "2021-12-15", "relative"),
        ("on Wednesday", False, "2021-12-15", "relative"),
        ("Thursday", False, "2021-12-16", "relative"),
        ("Friday", True, "2021-12-17", "relative"),
        ("yesterday", False, "2021-12-15", "relative"),
        ("last week", False, "2021-12-09", "relative"),
        ("last month", False, "2021-11-01", "month"),
        ("in February", False, "2021-02-01", "month"),
        ("In February", True, "2022-02-01", "month"),
        ("December 15", False, "2021-12-15", "relative"),
        ("15 March 2020", False, "2020-03-15", "absolute"),
        ("2021-12-01", False, "2021-12-01", "absolute"),
        ("2014", False, "2014-01-01", "year"),
    ],
)
def test_resolve(expr, future, expected, how):
    found = resolve(expr, THURSDAY, future=future)
    assert found is not None
    assert (found[0].isoformat(), found[1]) == (expected, how)


@pytest.mark.parametrize("expr", ["recent years", "90 minutes", "2021-02-30", "weeks"])
def test_unresolvable(expr):
    assert resolve(expr, THURSDAY) is None


def test_relative_needs_an_anchor():
    assert resolve("Wednesday", None) is None
