"""Word lists generated from WordNet 3.0, read once per process on first use: the nouns that name
abstractions, not people, places or things (``ontology/abstract_nouns.tsv``), and those that
name figures: money, prices, debts (``ontology/figure_nouns.tsv``)."""

from __future__ import annotations

from functools import cache

from kg import data, tsv
from kg.errors import OntologyError


@cache
def abstract_nouns() -> dict[str, bool]:
    """Noun lemma whose two commonest senses are abstractions ("peace", "sale",
    "credibility": what a material act cannot be done to) -> whether a rarer sense is a
    thing, so that its plural may count things ("supplies", "goods")."""
    path = data.abstract_nouns()
    found = {}
    for n, row in tsv.rows(path, "abstract nouns"):
        noun = (row.get("noun") or "").strip()
        if not noun:
            raise OntologyError(
                f"{path}: row {n} has no noun; regenerate it with scripts/gen_abstract_nouns.py"
            )
        found[noun] = (row.get("things") or "").strip() == "yes"
    return found


@cache
def abstract_kinds() -> dict[str, str]:
    """Noun lemma of ``abstract_nouns`` -> the kind of its commonest sense (WordNet's
    lexicographer file: "feeling", "state", "act", "communication", ...)."""
    path = data.abstract_nouns()
    return {
        (row.get("noun") or "").strip(): (row.get("kind") or "").strip()
        for _, row in tsv.rows(path, "abstract nouns")
    }


@cache
def figure_nouns() -> frozenset[str]:
    """Noun lemmas whose two commonest senses are possessions or abstractions, one at least a
    possession ("profit", "price", "debt", "reserve"): figures, which do nothing."""
    path = data.figure_nouns()
    found = set()
    for n, row in tsv.rows(path, "figure nouns"):
        noun = (row.get("noun") or "").strip()
        if not noun:
            raise OntologyError(
                f"{path}: row {n} has no noun; regenerate it with "
                "scripts/gen_abstract_nouns.py --figures"
            )
        found.add(noun)
    return frozenset(found)
