"""PLOVER's mode, context and quad class of a typed statement, from cue words of its sentence.

Which words are cues is data (``event_modes``, ``event_contexts`` and ``quad_classes`` in
``ontology/words.tsv``); here they are only looked up. A mode is how the event was carried out
(Assault: firearms, explosives, aerial, ...; Protest: demo, riot, ...), a context what it is
about (military, diplomatic, legal, ...; several may apply).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.extract.parse import parse_of, positions
from kg.extract.sense import Sense
from kg.extract.words import vocabulary

if TYPE_CHECKING:
    from kg.extract.classify import Typed

#: A token's cue words: its lower-case form and its lemma in lower case.
Cues = tuple[str, str]


def _cues(tok: Token) -> Cues:
    return tok.lower_, tok.lemma_.lower()


def cue_words(doclike: Doc | Span) -> tuple[Cues, ...]:
    """The cue words of each token of a sentence, read once for all its statements (from the
    parse's snapshot: no Token made)."""
    p = parse_of(doclike.doc)
    return tuple([(p.lower[i], p.lemma[i].lower()) for i in positions(doclike)])


def event_mode(
    event_type: str | None, sense: Sense | None, trigger: Token, sentence: Sequence[Cues]
) -> str | None:
    """The mode of an event: the trigger's own cue ("shelled"), else a cue word in the
    sentence (:func:`cue_words`) for the same class ("gunmen" for an Assault), else the
    lexicon's mode when it is a mode of that class."""
    if event_type is None:
        return None
    modes = vocabulary().event_modes
    prefix = f"{event_type}/"
    for cues in (_cues(trigger), *sentence):
        for word in cues:
            found = modes.get(word)
            if found is not None and found.startswith(prefix):
                return found[len(prefix) :]
    if sense is not None and sense.mode and sense.event_type == event_type:
        known = {v.split("/", 1)[1] for v in modes.values() if v.startswith(prefix)}
        return sense.mode if sense.mode in known else None
    return None


def event_context(
    event_type: str | None, sentence: Sequence[Cues], sense: Sense | None = None
) -> list[str]:
    """The context the predicate's CAMEO code has (``sense.context``: "arrested" is legal,
    "deployed" military), then those cue words of the sentence (:func:`cue_words`) name, in
    the order they first appear."""
    if event_type is None:
        return []
    contexts = vocabulary().event_contexts
    found: list[str] = [sense.context] if sense is not None and sense.context else []
    for cues in sentence:
        for word in cues:
            context = contexts.get(word)
            if context is not None and context not in found:
                found.append(context)
    return found


def quad_class(event_type: str | None) -> str | None:
    """PLOVER's quad class of an event type (verbal/material × cooperation/conflict); None for
    Say, which PLOVER does not code, and for untyped statements."""
    if event_type is None:
        return None
    return vocabulary().quad_classes.get(event_type.lower())


def event_fields(typed: Typed, trigger: Token, cues: Sequence[Cues]) -> dict:
    """A statement's class and PLOVER's mode, contexts and quad class for it, from the cue
    words of its sentence."""
    kind = typed.event_type
    return {
        "event_type": kind,
        "event_mode": event_mode(kind, typed.sense, trigger, cues),
        "event_context": event_context(kind, cues, typed.sense),
        "quad_class": quad_class(kind),
    }
