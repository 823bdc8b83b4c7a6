"""Predicates to event types through the lexicon in ``ontology/lexicon.tsv``."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import OntologyError

LEXICON = Path(__file__).resolve().parents[2] / "ontology" / "lexicon.tsv"
POS = frozenset({"verb", "noun"})


@dataclass(frozen=True, slots=True)
class Sense:
    """What a predicate means as an event."""

    event_type: str
    cameo: str | None = None
    mode: str | None = None


@dataclass
class Lexicon:
    """Predicate lemma (and particle) -> :class:`Sense`."""

    senses: dict[tuple[str, str], Sense] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str = LEXICON) -> Lexicon:
        lex = cls()
        try:
            with Path(path).open(encoding="utf-8") as fh:
                rows = [r for r in fh if r.strip() and not r.startswith("#")]
        except OSError as exc:
            raise OntologyError(f"cannot read lexicon {path}: {exc.strerror}") from None
        for n, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
            lemma = (row.get("lemma") or "").strip().lower()
            pos = (row.get("pos") or "").strip().lower()
            event_type = (row.get("event_type") or "").strip()
            if not lemma or pos not in POS or not event_type:
                raise OntologyError(f"{path}: row {n} needs a lemma, pos (verb|noun), event_type")
            lex.senses.setdefault(
                (lemma, pos), Sense(event_type, row.get("cameo") or None, row.get("mode") or None)
            )
        return lex

    def lookup(self, lemma: str, pos: str = "verb", *, particle: str | None = None) -> Sense | None:
        """The sense of a predicate; a phrasal verb ("crack down") wins over its bare verb."""
        lemma = lemma.lower()
        if particle:
            found = self.senses.get((f"{lemma} {particle.lower()}", pos))
            if found is not None:
                return found
        return self.senses.get((lemma, pos))
