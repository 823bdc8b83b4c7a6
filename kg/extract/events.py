"""Predicates to event types through the lexicon in ``ontology/lexicon.tsv``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg import data, tsv
from kg.errors import OntologyError
from kg.extract.patterns import VerbPatterns
from kg.extract.sense import Sense

if TYPE_CHECKING:
    from spacy.tokens import Token

POS = frozenset({"verb", "noun", "light"})
#: The event_type that says a predicate has no class ("come", "leave"): it overrides a
#: derived row without giving a type.
NO_CLASS = "-"
#: Control words whose own type wins over their infinitive ("refused to meet" is Reject).
CONTROL_TYPES = frozenset({"Request", "Reject", "Threaten", "Agree", "Accuse"})


@dataclass
class Lexicon:
    """Predicate lemma (and particle) -> :class:`Sense`, and CAMEO's verb + object patterns."""

    senses: dict[tuple[str, str], Sense] = field(default_factory=dict)
    patterns: VerbPatterns = field(default_factory=VerbPatterns)

    @classmethod
    def load(cls, path: Path | str | None = None, *, patterns: Path | str | None = None) -> Lexicon:
        path = path or data.lexicon()
        lex = cls(patterns=VerbPatterns.load(patterns))
        for n, row in tsv.rows(path, "lexicon"):
            key, sense = _sense(path, n, row)
            lex.senses[key] = sense  # a later row wins: users append overrides
        return lex

    def is_light(self, lemma: str) -> bool:
        """A light verb ("hold", "stage") whose event is its object noun ("talks", "rally")."""
        return (lemma.lower(), "light") in self.senses

    def lookup(self, lemma: str, pos: str = "verb", *, particle: str | None = None) -> Sense | None:
        """The sense of a predicate; a phrasal verb ("crack down") wins over its bare verb."""
        lemma = lemma.lower()
        if particle:
            found = self.senses.get((f"{lemma} {particle.lower()}", pos))
            if found is not None:
                return found
        return self.senses.get((lemma, pos))

    def pattern(
        self,
        verb: str,
        objects: Sequence[tuple[str | None, str]],
        *,
        loose: Sequence[tuple[str | None, str]] = (),
        means: Collection[str] = (),
    ) -> Sense | None:
        """The sense of a verb with an object: ``objects`` are (particle or preposition, noun)
        readings of it, the likeliest first ("called off the strike": ("off", "strike")). A
        lexicon row of verb, particle and noun ("open fire") wins over CAMEO's patterns, which
        read only a noun of an event or its means (:meth:`_eventful`);
        ``loose`` readings (by a compound alone: "halted mediation efforts") match only the
        lexicon's rows ("blew up power lines" is no "blast power", a criticism)."""
        for prefix, noun in (*objects, *loose):
            found = self.senses.get((" ".join(w for w in (verb, prefix, noun) if w), "verb"))
            if found is not None:
                return found
        for prefix, noun in objects:
            eventful = self._eventful(noun, means)
            found = self.patterns.lookup(verb, noun, prefix=prefix) if eventful else None
            if found is not None:
                return found
        return None

    def _eventful(self, noun: str, means: Collection[str]) -> bool:
        """Whether a noun names an event or its means, so that a CAMEO pattern may read it: a
        noun of the lexicon ("talks", "sanctions", "regret"), of a pattern's synonym set
        ("&weapon") or of ``means`` (the cue words of event modes: "fire", "bomb"). A pattern
        of a common noun codes a dyadic act PETRARCH2 assumed: "took part" (Agree), "sold its
        products" (Cooperate), "increased the budget" (Aid) are none in news at large."""
        last = noun.rpartition(" ")[2]
        return any(
            (word, "noun") in self.senses or word in self.patterns.sets or word in means
            for word in (noun, last)
        )


#: Dependency labels of the words before a noun that may name an event with it.
MODIFIERS = frozenset({"compound", "amod"})


def modifier(noun: Token, deps: frozenset[str] = MODIFIERS) -> Token | None:
    """The last compound or adjective before a noun ("hunger" of "hunger strike", "martial"
    of "martial law"), or of ``deps`` only; None without one."""
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ in deps), None)


def noun_sense(noun: Token, lexicon: Lexicon) -> Sense | None:
    """A nominal trigger's sense; a compound or adjective with it ("hunger strike", "martial
    law", "general strike"; the nearest first, then further: "joint naval exercises") wins
    over its head."""
    for before in reversed(list(noun.lefts)):
        if before.dep_ not in MODIFIERS:
            continue
        found = lexicon.lookup(f"{before.lower_} {noun.lemma_}", "noun")
        if found is not None:
            return found
    found = lexicon.lookup(noun.lemma_, "noun")
    if found is None:  # "a mediation effort": the compound names the event
        compound = modifier(noun, frozenset({"compound"}))
        found = lexicon.lookup(compound.lemma_, "noun") if compound is not None else None
    return found


def _sense(path: Path | str, n: int, row: dict[str, str]) -> tuple[tuple[str, str], Sense]:
    """((lemma, pos), sense) of one lexicon row, or an OntologyError."""
    lemma, pos = _cell(row, "lemma").lower(), _cell(row, "pos").lower()
    event_type = _cell(row, "event_type")
    if not (lemma and pos in POS and (event_type or pos == "light")):
        raise OntologyError(
            f"{path}: row {n} needs a lemma, pos (verb|noun|light) and an event_type"
        )
    negated = _cell(row, "negated") or None
    if event_type == NO_CLASS:
        event_type = ""  # a sense with no type: the predicate is known and has no class
    context = _cell(row, "context") or None
    sense = Sense(event_type, row.get("cameo") or None, row.get("mode") or None, negated, context)
    return (lemma, pos), sense


def _cell(row: dict[str, str], column: str) -> str:
    return (row.get(column) or "").strip()


#: PLOVER: "future-tense CONSULT, SUPPORT, COOPERATE or AID is coded AGREE".
#: CAMEO 03x "express intent to ..." (cooperate, aid, yield, release) maps to AGREE as well.
FUTURE_AS_AGREE = frozenset({"Consult", "Support", "Cooperate", "Aid", "Concede", "Retreat"})
#: CAMEO 13x: a threat is a conflictual act announced for the future ("will impose a curfew").
#: A hypothetical one is no threat: "control orders could impose curfews" says what a law
#: would allow, "the order would be imposed by judges" who imposes it; it keeps its class and
#: its modality says it is hypothetical (PLOVER's auxiliary mode).
FUTURE_AS_THREATEN = frozenset({"Sanction", "Coerce", "Assault", "Mobilize"})
#: Modalities of a material conflict announced: intended, or threatened in words ("warned it
#: would cut off supplies").
THREATENING = frozenset({"future", "threatened"})
#: PLOVER's cooperative classes, verbal and material, concessions among them.
COOPERATION_TYPES = frozenset(
    {"Agree", "Consult", "Support", "Cooperate", "Aid", "Concede", "Retreat"}
)
#: Negated cooperation is a refusal unless the lexicon says otherwise ("not sending" -> Sanction).
NEGATED_AS_REJECT = COOPERATION_TYPES


def in_context(sense: Sense | None, *, negated: bool, modality: str) -> str | None:
    """The event type a predicate has in its clause, as PLOVER would code it.

    A negated predicate takes the lexicon's ``negated`` type, else negated cooperation is
    Reject and a negated conflict event is no event; a future cooperation is Agree and a
    future or threatened material conflict is Threaten (a hypothetical one keeps its class).
    """
    if sense is None or not sense.event_type:
        return None
    if negated:
        if sense.negated:
            return sense.negated
        return "Reject" if sense.event_type in NEGATED_AS_REJECT else None
    if modality == "future" and sense.event_type in FUTURE_AS_AGREE:
        return "Agree"
    if modality in THREATENING and sense.event_type in FUTURE_AS_THREATEN:
        return "Threaten"  # "will impose a curfew", "warned it would stop cooperating"
    return sense.event_type
