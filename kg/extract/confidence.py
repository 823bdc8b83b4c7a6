"""A statement's ``confidence``: the probability that it is right, calibrated on hand judgments.

"Right" is what the judged benchmark (``benchmarks/judged/``) calls right: a faithful reading
of the sentence whose actors are not wrong. The probability comes from a small logistic model
over what the extraction knows of a statement (:func:`features`): whether admission kept it
and why not, whether it is one extraction is surest of (:func:`is_sure`), whether that one
has no recipient read off the object's words (:func:`inferred_recipient`) and is also a
typed event, whether it says what its actor is (:func:`describes`), and how its subject was
resolved; the confidence is capped where the fit's check on articles left out finds no group
right often enough (:data:`CEILING`). The fitted weights are data
(``ontology/confidence.tsv``), refitted from the tune and retired splits of the judgments by
``scripts/fit_confidence.py``, which also shows why the model is no larger: the statement's
pattern, object resolution, modality, clause depth, event type and recipient, added, made the
predictions for articles left out of the fit worse, not better. The Open IE extraction's own
confidence (``kg openie``, CaRB) is another number and is left alone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg import data, tsv
from kg.errors import OntologyError
from kg.model import ACTOR_TYPES, Statement

HINT = "each row is feature<TAB>weight (a number); scripts/fit_confidence.py writes the file"


#: Resolutions that name the actor itself (a name, an alias, an apposition, an office or a
#: spokesperson of a named body), as against one inferred: from a pronoun, a pair, a
#: collective ("Russian officials" -> Russia), a group description, or a title or description
#: matched to an actor named elsewhere ("the company" -> the nearest firm, "the prime
#: minister" -> a leader of the country in the text): often wrong.
NAMED = frozenset({"name", "alias", "apposition", "spokesperson", "office"})
GUESSED = frozenset({"collective", "group", "pronoun", "pair", "description"})


def is_sure(st: Statement) -> bool:
    """What extraction is surest of: a named actor as subject, in the sentence's main clause,
    and an object that is no guessed actor ("Tony Blair has met Silvio Berlusconi", "the Home
    Office defended the measures"; not "he said", "will represent the British citizens")."""
    named = st.subject_resolution in NAMED and st.subject_type in ACTOR_TYPES
    return named and st.clause_depth == 0 and st.object_resolution not in GUESSED


def inferred_recipient(st: Statement) -> bool:
    """Whether the statement's recipient was read off the words of an object that is no
    actor ("claims the US Open champion tested positive": United States; "the Egyptian man":
    Egypt), not the object itself: often wrong."""
    return bool(st.recipient_id) and st.object_type not in ACTOR_TYPES


def _typed(st: Statement) -> bool:
    """Whether the statement has an event class other than plain speech (Say)."""
    return bool(st.event_type) and st.event_type != "Say"


#: Patterns that say what an actor is ("Robert Zoellick is US Trade Representative", "China,
#: an authoritarian one-party state"), or name an actor's act as a noun ("Russia's invasion
#: of Ukraine").
DESCRIBING = frozenset({"appos", "copula", "nominal"})


def describes(st: Statement) -> bool:
    """Whether a sure statement (:func:`is_sure`) says what its named actor is, or names its
    act as a noun (:data:`DESCRIBING`): little to misread."""
    return st.pattern in DESCRIBING and is_sure(st)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def features(st: Statement) -> list[str]:
    """The features of a statement the model weighs, as ``name=value`` strings: admitted
    or not and the reasons why not, sure (:func:`is_sure`), sure with no recipient inferred
    from the object's words (:func:`inferred_recipient`), that and a typed event (not a Say):
    "Tony Blair has met Silvio Berlusconi", and sure saying what its actor is
    (:func:`describes`), and how its subject was resolved (a name, a pronoun, a pair, ...:
    ``subject_resolution``)."""
    sure = is_sure(st)
    direct = sure and not inferred_recipient(st)
    found = [
        "bias",
        f"admitted={_yes(st.admitted)}",
        f"sure={_yes(sure)}",
        f"sure_direct={_yes(direct)}",
        f"sure_direct_typed={_yes(direct and _typed(st))}",
        f"sure_describes={_yes(describes(st))}",
        f"subject={st.subject_resolution or 'none'}",
    ]
    return found + [f"dropped={code}" for code in st.dropped_because]


def probability(st: Statement, weights: Mapping[str, float]) -> float:
    """The model's probability that ``st`` is right (a feature without a weight counts 0)."""
    score = sum([weights.get(f, 0.0) for f in features(st)])
    return 1.0 / (1.0 + math.exp(-score))


#: The row of the weights file that caps the confidence (not a feature): the highest value
#: the fit's leave-one-article-out check supports (``scripts/fit_confidence.py``). A
#: confidence of 0.8 or more is to mean at least 90 % right; while no group of statements
#: reaches that on articles left out of the fit, the cap is 0.79.
CEILING = "ceiling"


def calibrate(st: Statement, weights: Mapping[str, float] | None = None) -> float:
    """The statement's confidence: its probability of being right, to two decimals, at
    most the weights' :data:`CEILING` (none: 1)."""
    weights = weights if weights is not None else model()
    return round(min(probability(st, weights), weights.get(CEILING, 1.0)), 2)


def load(path: Path | str | None = None) -> Mapping[str, float]:
    """Read a weights TSV (``feature``, ``weight``; ``#`` lines are comments)."""
    path = path or data.confidence()
    weights: dict[str, float] = {}
    for n, row in tsv.rows(path, "confidence weights"):
        name = (row.get("feature") or "").strip()
        try:
            weights[name] = float(row.get("weight") or "")
        except ValueError:
            raise OntologyError(f"{path}: row {n}: weight {row.get('weight')!r}", HINT) from None
        if not name:
            raise OntologyError(f"{path}: row {n}: no feature", HINT)
    return MappingProxyType(weights)


@cache
def model() -> Mapping[str, float]:
    """The packaged weights, read on first use and kept for the life of the process."""
    return load()
