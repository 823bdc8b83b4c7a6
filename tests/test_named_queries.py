"""Named queries give the rows the statements say: each query's rows are checked against the
same answer computed in Python from the statement records (the JSON Lines contract), so the
summaries, the paging and the query plans change nothing but speed. On a synthetic corpus
(no model), and on the sample plus generated news through the real pipeline (model)."""

from __future__ import annotations

import io
from collections import Counter, defaultdict

import pytest
from factories import (
    generated_articles,
    news_articles,
    result,
    stored,
    synthetic_results,
)

from kg.errors import UsageError
from kg.ids import node_iri
from kg.model import ACTOR_TYPES, ArticleResult
from kg.rdf.ontology import polarity
from kg.sparql.binding import bind
from kg.sparql.engine import run
from kg.sparql.named import named_queries
from kg.store.db import Store

QUERIES = named_queries()


def rows(store: Store, name: str, **params: str) -> list[dict]:
    q = QUERIES[name]
    if q.kinds.paged:
        params.setdefault("limit", "all")
    return run(store, q.text, params, kinds=q.kinds).to_dicts()


def facts(results: list[ArticleResult]):
    """Each statement with its article's nodes by IRI, agent, target and event class: the
    roles as extracted (no role: None, never the subject or object in its place)."""
    for r in results:
        nodes = {a.iri: a for a in r.actors.values()}
        for st in r.statements:
            agent, target = st.agent_id, st.recipient_id
            yield r, nodes, st, agent, target, st.event_type or "Relation"


def is_actor(nodes, iri) -> bool:
    return iri in nodes and nodes[iri].type in ACTOR_TYPES


# --- the answers the statements give ---------------------------------------------------------


def expected_actors(results, kind=None) -> Counter:
    counts = Counter()
    for _, nodes, _, agent, target, _ in facts(results):
        for node in {agent, target}:
            if is_actor(nodes, node) and kind in (None, nodes[node].type):
                counts[node, nodes[node].type] += 1
    return counts


def expected_dyads(results) -> dict:
    pol = polarity()
    pairs = defaultdict(lambda: [0, 0])
    for _, nodes, st, agent, target, event in facts(results):
        if st.negated or agent is None or not is_actor(nodes, target) or agent == target:
            continue
        if pol.get(event) in ("cooperation", "conflict"):
            pairs[agent, target][pol[event] == "conflict"] += 1
    return {k: tuple(v) for k, v in pairs.items() if sum(v)}


def expected_accusations(results) -> Counter:
    counts = Counter()
    for _, nodes, st, agent, target, event in facts(results):
        accused = event == "Accuse" and not st.negated and agent != target
        if accused and is_actor(nodes, agent) and is_actor(nodes, target):
            counts[nodes[agent].label, nodes[target].label] += 1
    return counts


def expected_events(results, event_type) -> Counter:
    return Counter(
        (st.date, nodes[agent].label if agent else None, st.relation,
         nodes[target].label if target else None, st.negated, st.sentence)
        for _, nodes, st, agent, target, event in facts(results)
        if event == event_type
    )  # fmt: skip


def expected_actor(results, iri) -> set:
    found = set()
    for r, nodes, st, agent, target, event in facts(results):
        for role, me, other in (("agent", agent, target), ("target", target, agent)):
            if me == iri:
                label = nodes[other].label if other else None
                found.add((st.date, role, st.relation, event, label, st.negated, st.sentence,
                           r.article.id))  # fmt: skip
    return found


def expected_between(results, a, b) -> set:
    return {
        (st.date, nodes[agent].label, st.relation, nodes[target].label, event, st.negated,
         st.sentence)
        for _, nodes, st, agent, target, event in facts(results)
        if {agent, target} == {a, b} and a != b
    }  # fmt: skip


def most_given(results, iri) -> tuple[str, str | None]:
    """The label and the country most articles give a node (ties: the greatest)."""
    labels = Counter(r.actors[k].label for r in results for k in r.actors if node_iri(k) == iri)
    countries = Counter(r.actors[k].country for r in results for k in r.actors
                        if node_iri(k) == iri and r.actors[k].country)  # fmt: skip
    top = lambda c: max(c, key=lambda v: (c[v], v), default=None)  # noqa: E731
    return top(labels), top(countries)


def labels_of(results) -> dict[str, set]:
    seen = defaultdict(set)
    for r in results:
        for a in r.actors.values():
            seen[a.iri].add((a.label, a.country))
    return seen


# --- the checks --------------------------------------------------------------------------------


def check_all(store: Store, results: list[ArticleResult]) -> int:
    """Every named query against the statements; returns how many rows were compared."""
    seen, compared = labels_of(results), 0
    for kind in (None, "Person", "Country", "Organization", "Group"):
        got = rows(store, "actors", **({"kind": kind} if kind else {}))
        assert Counter({(r["actor"], r["type"]): r["statements"] for r in got}) == (
            expected_actors(results, kind)
        )
        for r in got:  # the label and country most articles give (ties: the greatest)
            assert (r["label"], r["country"]) == most_given(results, r["actor"])
        compared += len(got)
    got = rows(store, "dyads")
    assert {(r["agent_id"], r["target_id"]): (r["cooperation"], r["conflict"]) for r in got} == (
        expected_dyads(results)
    )
    assert all(r["balance"] == r["cooperation"] - r["conflict"] for r in got)
    assert all(r["agent"] in {lab for lab, _ in seen[r["agent_id"]]} for r in got)
    got = rows(store, "accusations")
    assert Counter({(r["agent"], r["target"]): r["statements"] for r in got}) == (
        expected_accusations(results)
    )
    assert rows(store, "events", type="Relation") == []  # no class stated, so none listed
    for event in ("Accuse", "Support", "Say"):
        got = rows(store, "events", type=event)
        assert Counter(
            (r["date"], r["agent"], r["relation"], r["target"], r["negated"], r["sentence"])
            for r in got
        ) == expected_events(results, event)
        compared += len(got)
    # the actor and between queries match agents and targets: an actor only a speaker ("Xi
    # said, according to Xinhua"), subject or object is absent from them, as one unnamed
    named = {n for _, _, _, agent, target, _ in facts(results) for n in (agent, target)}
    nodes = {a.iri for r in results for a in r.actors.values() if a.type in ACTOR_TYPES} & named
    for iri in sorted(nodes):
        got = rows(store, "actor", actor=iri)
        assert {tuple(r.values()) for r in got} == expected_actor(results, iri)
        compared += len(got)
    unnamed = {a.iri for r in results for a in r.actors.values()} - named  # only a country of
    assert unnamed or len(results) < 10
    for iri in sorted(unnamed)[:5]:  # an actor that no statement names: an error, not 0 rows
        with pytest.raises(UsageError, match="absent from this store"):
            rows(store, "actor", actor=iri)
    for a, b in [(x, y) for x in sorted(nodes) for y in sorted(nodes) if x < y][:30]:
        got = rows(store, "between", a=a, b=b)
        assert {tuple(r.values()) for r in got} == expected_between(results, a, b)
    return compared


def _dates(rows_: list[dict]) -> list:
    return [r["date"] or "" for r in rows_]


def check_pages(store: Store, name: str, size: int, **params: str) -> None:
    """The pages of a paged query, one after another, are its rows in its order."""
    everything = rows(store, name, **params)
    pages, offset = [], 0
    while True:
        page = rows(store, name, **params, limit=str(size), offset=str(offset))
        assert len(page) <= size
        if not page:
            break
        pages += page
        offset += size
    if name == "actors":  # a page is sorted by count; an actor's label is one of its labels
        counted = [(r["statements"], r["actor"], r["type"]) for r in pages]
        assert counted == sorted(counted, key=lambda c: -c[0])
        assert sorted(counted) == sorted((r["statements"], r["actor"], r["type"])
                                         for r in everything)  # fmt: skip
    else:
        assert Counter(map(str, pages)) == Counter(map(str, everything))
    if name in ("events", "actor"):
        assert _dates(pages) == sorted(_dates(pages))


SYNTHETIC = synthetic_results(60)


@pytest.fixture(scope="module")
def synthetic_store() -> Store:
    return stored(SYNTHETIC)


def test_named_queries_give_what_the_statements_say(synthetic_store):
    assert check_all(synthetic_store, SYNTHETIC) > 300


def test_the_union_of_the_graphs_keeps_every_count(tmp_path):
    """graph.ttl is the union of the article graphs: equal counts of two articles stay two."""
    twins = [result("a1", pair=True), result("a2", pair=True)]
    path = tmp_path / "graph.ttl"
    stored(twins).export(path, "turtle")
    union = Store.from_file(path)
    assert {r["label"]: r["statements"] for r in rows(union, "actors")}["Russia"] == 2
    ((dyad),) = rows(union, "dyads")
    assert (dyad["agent"], dyad["target"], dyad["cooperation"]) == ("Russia", "China", 2)
    assert check_all(union, twins) >= 4


@pytest.mark.parametrize(("coded", "russia"), [(0, "RUS"), (1, "RUS"), (2, "RUSMIL")])
def test_actors_give_the_code_most_articles_give(coded, russia):
    arts = [result(f"a{i}", pair=True) for i in range(3)]
    for art in arts[:coded]:
        art.statements[1].agent_code = "RUSMIL"  # "Russian troops backed China."
    got = {r["label"]: r["code"] for r in rows(stored(arts), "actors")}
    assert got == {"Russia": russia, "Vladimir Putin": "RUSGOV", "China": "CHN"}


@pytest.mark.parametrize(("name", "size"), [("actors", 3), ("dyads", 2), ("events", 4)])
def test_pages_follow_one_another(synthetic_store, name, size):
    params = {"type": "Support"} if name == "events" else {}
    check_pages(synthetic_store, name, size, **params)


def test_actor_pages_follow_one_another(synthetic_store):
    check_pages(synthetic_store, "actor", 5, actor="https://w3id.org/kg-news/id/country/RUS")


def test_a_page_is_counted_after_the_parameters_apply(synthetic_store):
    """kind is bound inside the counting subquery: the first page of countries is full."""
    countries = rows(synthetic_store, "actors", kind="Country", limit="2")
    assert [r["type"] for r in countries] == ["Country", "Country"]
    everything = rows(synthetic_store, "actors", kind="Country")
    assert countries == everything[:2]


@pytest.mark.parametrize(
    ("params", "error"),
    [({"limit": "ten"}, "not a whole number"), ({"offset": "-1"}, "not a whole number")],
)
def test_a_bad_page_is_an_error(synthetic_store, params, error):
    with pytest.raises(UsageError, match=error):
        rows(synthetic_store, "actors", **params)


def test_evidence_gives_back_the_texts_and_offsets(synthetic_store):
    for _, _, st, _, _, _ in facts(SYNTHETIC[:10]):
        from kg.ids import statement_iri

        (got,) = rows(synthetic_store, "evidence", statement=statement_iri(st.doc, st.id))
        assert (got["subject"], got["object"], got["sentence"]) == (
            st.subject, st.object, st.sentence)  # fmt: skip
        assert (got["subjectStart"], got["subjectEnd"]) == st.subject_span
        assert (got["objectStart"], got["objectEnd"]) == st.object_span


@pytest.mark.parametrize(
    "marked",  # the query with @ where the VALUES clause is expected
    [
        # a subquery that projects the parameter gets it, at its WHERE and GRAPH groups
        "SELECT * {@ { SELECT ?p (SUM(?n) AS ?s) WHERE {@ GRAPH ?g {@ ?x ?p ?n } } LIMIT 2 } }",
        "SELECT * {@ { SELECT * {@ ?x ?p ?n } } }",
        "SELECT * {@ { SELECT ?p ?x {@ ?x ?p 1 } } UNION { SELECT ?p ?x {@ ?x ?p 2 } } }",
        "SELECT * {@ ?x ?y ?z LATERAL { SELECT ?p ?z WHERE {@ ?z ?p 1 } LIMIT 1 } }",
        # nested: the inner one projects it too
        "SELECT * {@ { SELECT ?p ?c {@ { SELECT ?p (COUNT(*) AS ?c) {@ ?x ?p 1 } GROUP BY ?p } } } }",  # noqa: E501
        # not where it is only used in an expression, or not projected at all
        "SELECT * {@ { SELECT (SUM(?p) AS ?s) { ?x ?y ?p } } }",
        "SELECT * {@ { SELECT ?q { ?x ?q ?p } } }",
    ],
)
def test_parameters_reach_the_subqueries_that_project_them(marked: str):
    expected = marked.replace("@", ' VALUES ?p { "x" } ')
    assert bind(marked.replace("@", ""), {"p": "x"}) == expected


@pytest.mark.model
def test_named_queries_on_the_sample_and_generated_news(sample_result, nlp, knowledge):
    from kg.run.build import results

    arts = [*generated_articles(12), *news_articles(12)]
    corpus = [sample_result, *results(arts, nlp=nlp, knowledge=knowledge)]
    store = stored(corpus)
    assert check_all(store, corpus) > 200
    check_pages(store, "actors", 7)
    check_pages(store, "dyads", 3)
    out = io.BytesIO()
    store.export(out, "turtle")
    assert b"kg:personStatements" in out.getvalue()
