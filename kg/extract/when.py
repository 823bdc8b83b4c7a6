"""Dates of statements: temporal expressions anchored on the article date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.doctext import entity_text
from kg.extract.parse import parse_of
from kg.layout import MONTHS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})\s+(" + "|".join(MONTHS) + r")|(" + "|".join(MONTHS) + r")\s+(\d{1,2}))"
    r"(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"
)
_YEAR = re.compile(r"^(?:in\s+)?(1[89]\d\d|20\d\d)$")


Found = tuple[dt.date, str]
#: Days named relative to the article's day.
NAMED_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def resolve(expr: str, anchor: dt.date | None, *, future: bool = False) -> Found | None:
    """An expression ("Wednesday", "last week", "in February", "2021-12-15") -> (date, how).

    ``how`` is the precision and source: ``absolute``, ``relative``, ``month``, ``year``.
    Relative expressions need ``anchor`` (the article date); ``future`` looks forward.
    """
    text = " ".join(expr.lower().split())
    if m := _ISO.search(text):
        return _iso(m)
    if m := _DAY_MONTH.search(text):
        return _day_month(m, anchor, future=future)
    if m := _YEAR.match(text):
        return dt.date(int(m[1]), 1, 1), "year"
    if anchor is None:
        return None
    words = text.replace("on ", "").replace("this ", "").split()
    return (
        _weekday(words, anchor, future=future)
        or _month(words, anchor, future=future)
        or _named_day(words, anchor)
        or _last_or_next(words, anchor)
    )


def _iso(m: re.Match[str]) -> Found | None:
    """2021-12-15 (None for an impossible date)."""
    found = _date(int(m[1]), int(m[2]), int(m[3]))
    return (found, "absolute") if found is not None else None


def _day_month(m: re.Match[str], anchor: dt.date | None, *, future: bool) -> Found | None:
    """ "15 March 2020"; "December 15" is in the article's year, or the year before when that
    would be after the article, unless the clause is about the future."""
    day = int(m[1] or m[4])
    month = MONTHS.index(m[2] or m[3]) + 1
    if m[5]:
        found = _date(int(m[5]), month, day)
        return (found, "absolute") if found is not None else None
    found = _date(anchor.year, month, day) if anchor else None
    if found is None or anchor is None:
        return None
    if not future and found > anchor:
        found = found.replace(year=anchor.year - 1)
    return found, "relative"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(words: list[str], anchor: dt.date, *, future: bool) -> Found | None:
    """ "Wednesday", "last Friday": the day of the article's week before it, or after it in a
    clause about the future."""
    n = next((n for n, name in enumerate(WEEKDAYS) if name in words), None)
    if n is None:
        return None
    if future:
        return anchor + dt.timedelta(days=(n - anchor.weekday()) % 7), "relative"
    delta = (anchor.weekday() - n) % 7
    if "last" in words and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta), "relative"


def _month(words: list[str], anchor: dt.date, *, future: bool) -> Found | None:
    """ "in February": the month of the article's year, or of the year before (after) it."""
    if any(w.isdigit() for w in words):
        return None
    n = next((n for n, name in enumerate(MONTHS) if name in words), None)
    if n is None:
        return None
    year = anchor.year
    if future and n + 1 < anchor.month:
        year += 1
    elif not future and n + 1 > anchor.month:
        year -= 1
    return dt.date(year, n + 1, 1), "month"


def _named_day(words: list[str], anchor: dt.date) -> Found | None:
    """ "yesterday", "today", "tomorrow"."""
    days = next((days for word, days in NAMED_DAYS.items() if word in words), None)
    return (anchor + dt.timedelta(days=days), "relative") if days is not None else None


def _last_or_next(words: list[str], anchor: dt.date) -> Found | None:
    """ "last week", "next month", "last year"."""
    if "last" not in words and "next" not in words:
        return None
    sign = -1 if "last" in words else 1
    if "week" in words:
        return anchor + dt.timedelta(days=7 * sign), "relative"
    if "month" in words:
        month = anchor.month + sign
        year = anchor.year + (month - 1) // 12
        return dt.date(year, (month - 1) % 12 + 1, 1), "month"
    if "year" in words:
        return dt.date(anchor.year + sign, 1, 1), "year"
    return None


def _date_children(trigger: Token) -> Iterable[Token]:
    """Temporal expressions that modify the predicate directly ("on Wednesday", "last week")."""
    p, doc = parse_of(trigger.doc), trigger.doc
    for child in p.children[trigger.i]:
        if p.dep[child] == "prep" and p.lower[child] in {"on", "in", "during"}:
            dates = (g for g in p.children[child] if p.dep[g] == "pobj")
            yield from (doc[g] for g in dates if p.ent_type[g] == "DATE")
        elif p.dep[child] in {"npadvmod", "tmod", "obl"} and p.ent_type[child] == "DATE":
            yield doc[child]


def statement_date(
    trigger: Token, anchor: dt.date | None, *, future: bool = False
) -> tuple[str | None, str]:
    """The ISO date a predicate refers to and its source (``relative``, ..., ``article``)."""
    for tok in _date_children(trigger):
        found = resolve(entity_text(tok) or tok.text, anchor, future=future)
        if found is not None:
            return found[0].isoformat(), found[1]
    if anchor is not None:
        return anchor.isoformat(), "article"
    return None, "none"
