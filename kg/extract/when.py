"""Dates of statements: temporal expressions anchored on the article date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})\s+(" + "|".join(MONTHS) + r")|(" + "|".join(MONTHS) + r")\s+(\d{1,2}))"
    r"(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"
)
_YEAR = re.compile(r"^(?:in\s+)?(1[89]\d\d|20\d\d)$")


def resolve(
    expr: str, anchor: dt.date | None, *, future: bool = False
) -> tuple[dt.date, str] | None:
    """An expression ("Wednesday", "last week", "in February", "2021-12-15") -> (date, how).

    ``how`` is the precision and source: ``absolute``, ``relative``, ``month``, ``year``.
    Relative expressions need ``anchor`` (the article date); ``future`` looks forward.
    """
    text = " ".join(expr.lower().split())
    if m := _ISO.search(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "absolute"
        except ValueError:
            return None
    if m := _DAY_MONTH.search(text):
        day = int(m[1] or m[4])
        month = MONTHS.index(m[2] or m[3]) + 1
        year = int(m[5]) if m[5] else (anchor.year if anchor else None)
        if year is None:
            return None
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if not m[5] and anchor and not future and found > anchor:
            found = found.replace(year=year - 1)
        return found, "absolute" if m[5] else "relative"
    if m := _YEAR.match(text):
        return dt.date(int(m[1]), 1, 1), "year"
    if anchor is None:
        return None
    words = text.replace("on ", "").replace("this ", "").split()
    for n, name in enumerate(WEEKDAYS):
        if name in words:
            delta = (anchor.weekday() - n) % 7
            if future:
                return anchor + dt.timedelta(days=(n - anchor.weekday()) % 7), "relative"
            if "last" in words and delta == 0:
                delta = 7
            return anchor - dt.timedelta(days=delta), "relative"
    for n, name in enumerate(MONTHS):
        if name in words and not any(w.isdigit() for w in words):
            year = anchor.year
            if future and n + 1 < anchor.month:
                year += 1
            elif not future and n + 1 > anchor.month:
                year -= 1
            return dt.date(year, n + 1, 1), "month"
    fixed = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
    for word, days in fixed.items():
        if word in words:
            return anchor + dt.timedelta(days=days), "relative"
    if "last" in words or "next" in words:
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
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "during"}:
            yield from (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "DATE")
        elif child.dep_ in {"npadvmod", "tmod", "obl"} and child.ent_type_ == "DATE":
            yield child


def statement_date(
    trigger: Token, anchor: dt.date | None, *, future: bool = False
) -> tuple[str | None, str]:
    """The ISO date a predicate refers to and its source (``relative``, ..., ``article``)."""
    for tok in _date_children(trigger):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        found = resolve(ent.text if ent is not None else tok.text, anchor, future=future)
        if found is not None:
            return found[0].isoformat(), found[1]
    if anchor is not None:
        return anchor.isoformat(), "article"
    return None, "none"
