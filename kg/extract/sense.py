"""What a predicate means as an event: the record the lexicon (:mod:`kg.extract.events`) and
CAMEO's verb + object patterns (:mod:`kg.extract.patterns`) both give."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sense:
    """What a predicate means as an event: its PLOVER type ('' for none), CAMEO code, mode,
    the type it has negated, and the PLOVER context of its code."""

    event_type: str
    cameo: str | None = None
    mode: str | None = None
    negated: str | None = None  # the type when the predicate is negated
    context: str | None = None  # the PLOVER context its CAMEO code has ("arrest": legal)
