"""Titles before names and the owners of a title (kg.extract.titles), on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse

from kg.extract.titles import looks_named, owner_candidates


@pytest.mark.parametrize(
    ("spec", "ents", "head", "owners"),
    [
        ("Chinese/ADJ/amod/1 envoy/NOUN/ROOT/1", {"0": "NORP"}, 1, ["Chinese"]),  # an entity
        ("chinese/ADJ/amod/1 envoy/NOUN/ROOT/1", {"0": "NORP"}, 1, ["chinese"]),
        ("Labour/PROPN/compound/1 leader/NOUN/ROOT/1", {}, 1, ["Labour"]),  # a proper noun
        ("Health/NOUN/compound/1 minister/NOUN/ROOT/1", {}, 1, ["Health"]),  # a capital
        ("health/NOUN/compound/1 minister/NOUN/ROOT/1", {}, 1, []),
        ("the/DET/det/1 minister/NOUN/ROOT/1", {}, 1, []),  # no owner's dependency
        ("rebels/NOUN/ROOT/0 in/ADP/prep/0 Chad/PROPN/pobj/1", {}, 0, ["Chad"]),
        ("rebels/NOUN/ROOT/0 near/ADP/prep/0 Chad/PROPN/pobj/1", {}, 0, []),  # no place's
        ("rebels/NOUN/ROOT/0 in/ADP/prep/0 hills/NOUN/pobj/1", {}, 0, []),
    ],
)
def test_owner_candidates_are_modifiers_and_place_objects_that_look_named(spec, ents, head, owners):
    doc = parse(spec, ents=ents)
    found = list(owner_candidates(doc[head]))
    assert [t.text for t in found] == owners
    assert all(looks_named(t) for t in found)
