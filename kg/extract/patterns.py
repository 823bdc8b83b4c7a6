"""CAMEO's verb + object patterns (``ontology/verb_patterns.tsv``), looked up by verb and noun.

PETRARCH2's verb dictionary gives a verb with an object noun a CAMEO code ("resume talks":
Consult, "lift sanctions": Retreat) and may name a synonym set for the object ("&weapon": gun,
rifle, ...). kg keeps that shape (one row a pattern, not one per noun of its set) and looks a
pattern up in dictionaries: the verb and the noun, then the verb and each synonym set the noun
belongs to. ``scripts/gen_lexicon.py`` generates the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg import data, tsv
from kg.errors import OntologyError
from kg.extract.sense import Sense

KINDS = frozenset({"set", "object"})


@dataclass
class VerbPatterns:
    """Noun -> its synonym sets; (verb, object key) -> the :class:`~kg.extract.sense.Sense`
    the verb with that object has."""

    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    objects: dict[tuple[str, str], Sense] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None) -> VerbPatterns:
        path = path or data.verb_patterns()
        found = cls()
        for n, row in tsv.rows(path, "verb patterns"):
            kind, word, group = (row.get(c, "").strip().lower() for c in ("kind", "word", "group"))
            if kind not in KINDS or not word or not group:
                raise OntologyError(
                    f"{path}: row {n} needs a kind (set|object), a word and a group; "
                    "regenerate it with scripts/gen_lexicon.py"
                )
            if kind == "object":
                event_type = (row.get("event_type") or "").strip()
                found.objects[(group, word)] = Sense(
                    "" if event_type == "-" else event_type,
                    row.get("cameo") or None,
                    row.get("mode") or None,
                    context=row.get("context") or None,
                )
            else:
                found.sets[word] = (*found.sets.get(word, ()), group)
        return found

    def lookup(self, verb: str, noun: str, *, prefix: str | None = None) -> Sense | None:
        """The pattern a verb and its object's noun make ("resume" + "talk"), the noun after a
        particle or preposition when ``prefix`` is given ("return" + "to" + "barrack"; "call"
        + "off" + "talk" is also the phrasal verb "call off" + "talk"); a pattern of the noun
        itself wins over one of its synonym sets."""
        for head in (noun, *self.sets.get(noun, ())):
            found = self.objects.get((verb, f"{prefix} {head}" if prefix else head))
            if found is None and prefix:  # "called off talks": the phrasal verb "call off"
                found = self.objects.get((f"{verb} {prefix}", head))
            if found is not None:
                return found
        return None
