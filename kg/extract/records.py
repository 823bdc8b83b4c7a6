"""The records Open IE produces: an argument phrase (:class:`Arg`) and an :class:`Extraction`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Arg:
    """An argument phrase: its text, character span and head token (``root``)."""

    text: str
    start: int
    end: int
    root: int
    appos: int | None = None  # head of an apposition that names the same thing


@dataclass(frozen=True, slots=True)
class Extraction:
    """One Open IE extraction: ``subject – relation – object`` plus extra arguments."""

    subject: Arg
    relation: str
    relation_span: tuple[int, int]
    object: Arg | None
    lemma: str
    trigger: int  # token index of the predicate word
    extras: tuple[Arg, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Arg | None = None
    passive: bool = False
    confidence: float = 0.5
    pattern: str = "svo"
    matrix: str | None = None  # lemma of a control word the relation runs through ("refuse")
    depth: int = 0  # clauses between the predicate and the sentence root (0: main clause)

    @property
    def last_word(self) -> str:
        """The relation's last word, lower case: the preposition of "protested to", "called
        for", which makes a phrasal verb or names who the act is aimed at."""
        return self.relation.rsplit(" ", 1)[-1].lower()
