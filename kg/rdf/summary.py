"""Per-article summaries: the counts that the aggregate queries (``actors``, ``dyads``,
``accusations``) sum instead of matching every statement.

They are written into the article's own named graph with its statements, so re-adding or
removing an article replaces or removes its counts with it, and each summary node has an IRI
of its article (never a blank node, and never a count on a shared node): in a union of
article graphs, such as ``graph.ttl``, two articles' equal counts stay two triples.

* an **actor summary** per actor (Person, Country, Organization, Group) and month:
  ``kg:actor`` and the count of statements with the actor as agent or target, under the
  property of its class (``kg:personStatements``, ``kg:countryStatements``,
  ``kg:organizationStatements``, ``kg:groupStatements``: the ``actors`` query then counts one
  class without a join), and ``kg:month`` when those statements are dated;
* a **pair summary** per agent, target actor, event class of cooperation or conflict and
  month: ``kg:pairAgent``, ``kg:pairTarget``, ``kg:eventType``, ``kg:pairStatements`` (not
  negated) and ``kg:pairNegated`` (negated), and ``kg:month`` when dated.

Each kind has its own count property, so a query scans the counts of one kind only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import NamedTuple

from kg.ids import summary_iri
from kg.rdf.terms import KGT, Lit, Triple, event_class, integer


class Fact(NamedTuple):
    """What the summaries count of one statement."""

    agent: str | None
    target: str | None
    event: str  # the event class's local name (Relation when untyped)
    negated: bool
    month: str | None  # YYYY-MM of the statement's date


def actor_counts(facts: Iterable[Fact], actors: Collection[str]) -> Counter:
    """Statements per (actor, month) with the actor as agent or target (once if both)."""
    counts: Counter = Counter()
    for fact in facts:
        for node in {fact.agent, fact.target}:
            if node in actors:
                counts[node, fact.month] += 1
    return counts


def pair_counts(
    facts: Iterable[Fact], actors: Collection[str], events: Collection[str]
) -> dict[tuple[str, str, str, str | None], list[int]]:
    """[not negated, negated] statements per (agent, target actor, event, month), for the
    event classes in ``events``; an agent acting on itself is no pair."""
    counts: dict[tuple[str, str, str, str | None], list[int]] = {}
    for fact in facts:
        if (
            fact.agent is not None
            and fact.target in actors
            and fact.target != fact.agent
            and fact.event in events
        ):
            key = (fact.agent, fact.target, fact.event, fact.month)
            counts.setdefault(key, [0, 0])[fact.negated] += 1
    return counts


def _by_key(item: tuple[tuple, object]) -> tuple[str, ...]:
    return tuple(part or "" for part in item[0])  # an undated count sorts first


def _month(month: str | None) -> Iterator[tuple[str, Lit]]:
    if month:
        yield KGT.month, Lit(month)


def summary_triples(
    doc: str, facts: Iterable[Fact], *, actors: Mapping[str, str], events: Collection[str]
) -> Iterator[Triple]:
    """The summaries of article ``doc``: ``actors`` maps the IRIs of its actor nodes to
    their classes (Person, Country, Organization, Group), ``events`` holds the event classes
    whose pairs are counted. Nodes are numbered in sorted order, so the same article gives
    the same triples."""
    facts = list(facts)
    ranked = sorted(actor_counts(facts, actors).items(), key=_by_key)
    for i, ((actor, month), n) in enumerate(ranked):
        node = summary_iri(doc, "actor", i)
        yield node, KGT.actor, actor
        yield node, getattr(KGT, f"{actors[actor].lower()}Statements"), integer(n)
        for p, o in _month(month):
            yield node, p, o
    pairs = sorted(pair_counts(facts, actors, events).items(), key=_by_key)
    for i, ((agent, target, event, month), (n, negated)) in enumerate(pairs):
        node = summary_iri(doc, "pair", i)
        yield node, KGT.pairAgent, agent
        yield node, KGT.pairTarget, target
        yield node, KGT.eventType, event_class(event)
        if n:
            yield node, KGT.pairStatements, integer(n)
        if negated:
            yield node, KGT.pairNegated, integer(negated)
        for p, o in _month(month):
            yield node, p, o
