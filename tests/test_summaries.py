"""Per-article summaries: what they count, that they are the article's own, and that they are
replaced and removed with it (no model)."""

from __future__ import annotations

from collections import Counter

import pytest
from factories import nquads, result, stored

from kg.ids import node_iri
from kg.rdf.namespace import KG
from kg.rdf.summary import Fact, actor_counts, pair_counts, summary_triples
from kg.sparql.engine import run
from kg.sparql.named import named_queries

A, B, C, T = "urn:a", "urn:b", "urn:c", "urn:topic"
ACTORS = {A: str(KG.Person), B: str(KG.Country), C: str(KG.Group)}


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ([Fact(A, B, "Support", False, None)], {(A, None): 1, (B, None): 1}),
        ([Fact(A, A, "Say", False, None)], {(A, None): 1}),  # agent and target: counted once
        ([Fact(A, T, "Accuse", True, None)], {(A, None): 1}),  # a topic is no actor
        ([Fact(A, None, "Relation", False, "2021-12")], {(A, "2021-12"): 1}),
        (
            [Fact(A, B, "Support", False, "2021-12"), Fact(A, C, "Accuse", False, "2022-01")],
            {(A, "2021-12"): 1, (A, "2022-01"): 1, (B, "2021-12"): 1, (C, "2022-01"): 1},
        ),
    ],
)
def test_actor_counts(facts, expected):
    assert actor_counts(facts, ACTORS) == Counter(expected)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ([Fact(A, B, "Support", False, None)], {(A, B, "Support", None): [1, 0]}),
        (
            [Fact(A, B, "Accuse", False, None), Fact(A, B, "Accuse", True, None)],
            {(A, B, "Accuse", None): [1, 1]},  # not negated, negated
        ),
        ([Fact(A, A, "Support", False, None)], {}),  # no pair with oneself
        ([Fact(A, T, "Support", False, None)], {}),  # the target must be an actor
        ([Fact(T, A, "Support", False, None)], {(T, A, "Support", None): [1, 0]}),  # any agent
        ([Fact(A, B, "Say", False, None), Fact(A, B, "Relation", False, None)], {}),  # neutral
        (
            [Fact(A, B, "Support", False, "2021-12"), Fact(A, B, "Support", False, "2022-01")],
            {(A, B, "Support", "2021-12"): [1, 0], (A, B, "Support", "2022-01"): [1, 0]},
        ),
    ],
)
def test_pair_counts(facts, expected):
    assert pair_counts(facts, ACTORS, {"Support", "Accuse"}) == expected


def test_summary_nodes_are_the_articles_own_and_numbered_in_order():
    facts = [Fact(B, A, "Support", False, None), Fact(A, B, "Accuse", True, "2021-12")]
    triples = list(summary_triples("d1", facts, actors=ACTORS, events={"Support", "Accuse"}))
    assert triples == list(
        summary_triples("d1", reversed(facts), actors=ACTORS, events={"Support", "Accuse"})
    )
    subjects = list(dict.fromkeys(s for s, _, _ in triples))
    assert subjects == [node_iri(f"article/d1/{kind}/{i}") for kind, i in
                        [("actor", 0), ("actor", 1), ("actor", 2), ("actor", 3), ("pair", 0),
                         ("pair", 1)]]  # fmt: skip
    by_node = {s: {p: o for t, p, o in triples if t == s} for s in subjects}
    pair = by_node[node_iri("article/d1/pair/0")]  # A -> B, Accuse, negated only, dated
    assert pair[str(KG.pairAgent)] == A and pair[str(KG.eventType)] == str(KG.Accuse)
    assert str(KG.pairStatements) not in pair and pair[str(KG.pairNegated)].value == "1"
    assert pair[str(KG.month)].value == "2021-12"
    assert str(KG.month) not in by_node[node_iri("article/d1/pair/1")]


def _actors(store) -> dict:
    q = named_queries()["actors"]
    return {r["label"]: r["statements"] for r in run(store, q.text, {}, kinds=q.kinds).to_dicts()}


def test_summaries_are_replaced_and_removed_with_their_article():
    store = stored([result("a1", pair=True), result("a2", pair=True)])
    assert _actors(store) == {"Russia": 2, "Vladimir Putin": 2, "China": 2}
    size = len(store)
    assert not store.put_nquads([("a1", nquads([result("a1")]))])  # a1 loses a sentence
    assert _actors(store) == {"Russia": 1, "Vladimir Putin": 2, "China": 1}
    assert not store.put_nquads([("a1", nquads([result("a1", pair=True)]))])
    assert len(store) == size
    assert store.remove_article("a2")
    assert _actors(store) == {"Russia": 1, "Vladimir Putin": 1, "China": 1}
