"""Word lists generated from WordNet 3.0, read once per process on first use: the nouns that
name abstractions, not people, places or things (``ontology/abstract_nouns.tsv``), and those
that name figures: money, prices, debts (``ontology/figure_nouns.tsv``), and those one of whose
two commonest senses is a person or a group (``ontology/agent_nouns.tsv``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg import data, tsv
from kg.errors import OntologyError


@cache
def abstract_table() -> dict[str, tuple[bool, str]]:
    """``ontology/abstract_nouns.tsv`` read once: noun lemma -> (whether a rarer sense is a
    thing, the kind of its commonest sense); both lists below are views of it."""
    path = data.abstract_nouns()
    found = {}
    for n, row in tsv.rows(path, "abstract nouns"):
        noun = (row.get("noun") or "").strip()
        if not noun:
            raise OntologyError(
                f"{path}: row {n} has no noun; regenerate it with scripts/gen_abstract_nouns.py"
            )
        found[noun] = ((row.get("things") or "").strip() == "yes", (row.get("kind") or "").strip())
    return found


@cache
def abstract_nouns() -> dict[str, bool]:
    """Noun lemma whose two commonest senses are abstractions ("peace", "sale",
    "credibility": what a material act cannot be done to) -> whether a rarer sense is a
    thing, so that its plural may count things ("supplies", "goods")."""
    return {noun: things for noun, (things, _) in abstract_table().items()}


@cache
def abstract_kinds() -> dict[str, str]:
    """Noun lemma of ``abstract_nouns`` -> the kind of its commonest sense (WordNet's
    lexicographer file: "feeling", "state", "act", "communication", ...)."""
    return {noun: kind for noun, (_, kind) in abstract_table().items()}


@cache
def figure_nouns() -> frozenset[str]:
    """Noun lemmas whose two commonest senses are possessions or abstractions, one at least a
    possession ("profit", "price", "debt", "reserve"): figures, which do nothing."""
    return noun_list(data.figure_nouns(), "figure nouns", "--figures")


@cache
def agent_nouns() -> frozenset[str]:
    """Noun lemmas one of whose two commonest senses is a person or a group ("member",
    "supplier", "nation", "bank"): what a body or a person may be said to be."""
    return noun_list(data.agent_nouns(), "agent nouns", "--agents")


def noun_list(path: Path, label: str, option: str) -> frozenset[str]:
    """The nouns of a generated one-column list (``noun``), or an OntologyError that names the
    row and the ``scripts/gen_abstract_nouns.py`` option that regenerates it."""
    found = set()
    for n, row in tsv.rows(path, label):
        noun = (row.get("noun") or "").strip()
        if not noun:
            raise OntologyError(
                f"{path}: row {n} has no noun; regenerate it with "
                f"scripts/gen_abstract_nouns.py {option}"
            )
        found.add(noun)
    return frozenset(found)
