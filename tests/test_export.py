"""``kg export --verbose`` (:mod:`kg.store.verbose`): the lean graph with what it leaves
unstated written out, by the queries of ontology/queries/derived/, in the right graphs."""

from __future__ import annotations

import io
import json
import subprocess
import warnings
from collections import Counter

import pyoxigraph as ox
import pytest
from factories import (
    ROOT,
    kg_cli,
    require_tool,
    result,
    shacl_report,
    stored,
    synthetic_results,
)
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.ids import graph_iri, statement_iri
from kg.rdf.namespace import KG
from kg.store.db import Store
from kg.store.verbose import derived_quads, derived_queries

SAMPLE_GRAPH = ROOT / "output" / "graph.ttl"
SAMPLE_JSONL = ROOT / "output" / "statements.jsonl"


def _export(store: Store, fmt: str, *, verbose: bool) -> bytes:
    out = io.BytesIO()
    store.export(out, fmt, verbose=verbose)
    return out.getvalue()


def _graph(data: bytes, fmt: str = "turtle") -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format=fmt)


def _dataset(data: bytes, fmt: str = "nquads") -> Dataset:
    ds = Dataset()
    with warnings.catch_warnings():  # rdflib's own readers call its deprecated API
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        ds.parse(data=data.decode("utf-8"), format=fmt)
    return ds


def _admitted() -> list[dict]:
    lines = SAMPLE_JSONL.read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r["admitted"]]


@pytest.fixture(scope="module")
def sample() -> tuple[Graph, Graph]:
    """The committed sample graph (output/graph.ttl), exported lean and verbose."""
    store = Store.from_file(SAMPLE_GRAPH)
    return (_graph(_export(store, "turtle", verbose=False)),
            _graph(_export(store, "turtle", verbose=True)))  # fmt: skip


def test_verbose_states_every_relation_as_the_jsonl_has_it(sample):
    lean, verbose = sample
    records = _admitted()
    assert len(records) == 68
    stated = 0
    for r in records:
        node = URIRef(statement_iri(r["doc"], r["id"]))
        assert list(verbose.objects(node, KG.relation)) == [Literal(r["relation"])], r["relation"]
        stated += (node, KG.relation, None) in lean
    assert 0 < stated < len(records)  # the lean graph states a few (those not in the sentence)


def test_verbose_states_the_defaults_and_classes(sample):
    lean, verbose = sample
    for r in _admitted():
        node = URIRef(statement_iri(r["doc"], r["id"]))
        assert verbose.value(node, KG.modality) == Literal(r["modality"])
        assert verbose.value(node, KG.negated) == Literal(r["negated"])
        assert verbose.value(node, KG.subjectEntity) == URIRef(r["subject_id"])
        assert verbose.value(node, PROV.wasDerivedFrom) == verbose.value(node, KG.evidence)
        types = set(verbose.objects(node, RDF.type))
        assert KG.Statement in types
        assert (KG.Relation in types) == (r["event_type"] is None)
        assert (KG.Event in types) == (r["event_type"] is not None)
        if r["date"]:
            assert verbose.value(node, KG.dateSource) == Literal(r["date_source"])
        for role, code in (("agent", "agent_code"), ("recipient", "recipient_code")):
            prop = KG.agentCode if role == "agent" else KG.targetCode
            if r[f"{role}_id"] and r[code]:  # a role's code, stated or its node's default
                assert verbose.value(node, prop) == Literal(r[code])
    for cls in (KG.Statement, KG.Relation, KG.Topic, KG.Actor, KG.Sentence):
        assert (None, RDF.type, cls) not in lean
        assert (None, RDF.type, cls) in verbose


def test_topics_are_typed_and_country_codes_written_out(sample):
    lean, verbose = sample
    topics = {o for r in _admitted() for o in (r["subject_id"], r["object_id"])
              if o and "/topic/" in o}  # fmt: skip
    assert len(topics) > 10
    for topic in map(URIRef, topics):
        assert set(verbose.objects(topic, RDF.type)) == {KG.Topic}
        assert (topic, RDF.type, None) not in lean
    linked = list(verbose.subject_objects(KG.countryOf))
    assert linked
    for node, country in linked:
        assert (node, KG.countryCode, None) not in lean
        code = verbose.value(country, KG.countryCode)
        assert set(verbose.objects(node, KG.countryCode)) == {code}


def test_verbose_adds_to_the_lean_graph_and_repeats_nothing(sample):
    lean, verbose = sample
    assert set(lean) < set(verbose)
    store = Store.from_file(SAMPLE_GRAPH)
    derived = [q.triple for q in derived_quads(store.oxigraph)]
    assert len(derived) == len(set(derived)) == len(verbose) - len(lean)


def _articles() -> list:
    r = result("a1", pair=True)
    r.statements[1].event_type = None  # an untyped statement: kg:Relation
    r.statements[1].modality, r.statements[1].negated = "reported", True
    return [r, result("a2", relation="hailed"), *synthetic_results(6)]


def test_each_derived_quad_is_in_its_articles_graph():
    articles = _articles()
    together = _dataset(_export(stored(articles), "nquads", verbose=True))
    for r in articles:
        alone = _dataset(_export(stored([r]), "nquads", verbose=True))
        name = URIRef(graph_iri(r.article.id))
        assert set(together.graph(name)) == set(alone.graph(name)), r.article.id
    # and a statement's derived triples are in the graph of its IRI's article
    for s, _, _, g in together.quads((None, KG.relation, None, None)):
        doc = str(s).split("/statement/")[1].split("/")[0]
        assert g == URIRef(graph_iri(doc))


def test_a_relation_stated_is_not_stated_twice():
    r = result("a1")
    r.statements[0].relation = "is said to have praised"  # not the sentence's text
    graph = _graph(_export(stored([r]), "turtle", verbose=True))
    node = URIRef(statement_iri("a1", r.statements[0].id))
    assert list(graph.objects(node, KG.relation)) == [Literal("is said to have praised")]
    assert graph.value(node, KG.modality) == Literal("asserted")


def test_the_union_writes_each_derived_triple_once():
    articles = [result("a1"), result("a2")]  # Putin, his country and the topic in both
    text = _export(stored(articles), "ntriples", verbose=True).decode("utf-8")
    lines = text.splitlines()
    assert len(lines) == len(set(lines))
    topic = "<https://w3id.org/kg-news/id/topic/relationship-with-china>"
    assert text.count(f"{topic} <{RDF.type}> <{KG.Topic}>") == 1
    union = _graph(_export(stored(articles), "xml", verbose=True), "xml")
    assert set(union) == set(_graph(text.encode("utf-8"), "nt"))


def test_jsonld_and_trig_hold_what_nquads_holds():
    store = stored(_articles())
    quads = set(_dataset(_export(store, "nquads", verbose=True)).quads())
    assert set(_dataset(_export(store, "trig", verbose=True), "trig").quads()) == quads
    assert set(_dataset(_export(store, "jsonld", verbose=True), "json-ld").quads()) == quads


def test_the_lean_export_is_unchanged_by_the_option():
    store = stored(_articles())
    for fmt in ("turtle", "nquads"):
        lean = _export(store, fmt, verbose=False)
        assert b"#Topic>" not in lean and b"kg:Topic" not in lean
        assert lean == _export(stored(_articles()), fmt, verbose=False)


def test_verbose_graphs_conform_to_the_shapes_but_the_lean_ones():
    store = stored(_articles())
    data = _dataset(_export(store, "nquads", verbose=True))
    for r in _articles():
        graph = Graph()
        for triple in data.graph(URIRef(graph_iri(r.article.id))):
            graph.add(triple)
        ok, text = shacl_report(graph, verbose=True)
        assert ok, f"{r.article.id}:\n{text}"
        ok, text = shacl_report(graph)  # the lean graph's shapes forbid what it adds
        assert not ok and "not stated" in text


@pytest.mark.parametrize("damage", ["topic_as_person", "two_event_classes", "bad_modality"])
def test_the_verbose_shapes_have_teeth(damage):
    graph = _graph(_export(stored([result("a1", pair=True)]), "turtle", verbose=True))
    st = next(graph.subjects(KG.agent, None))
    if damage == "topic_as_person":
        graph.add((next(graph.subjects(RDF.type, KG.Topic)), RDF.type, KG.Person))
    elif damage == "two_event_classes":
        graph.add((st, RDF.type, KG.Accuse))
    else:
        graph.set((st, KG.modality, Literal("maybe")))
    assert not shacl_report(graph, verbose=True)[0]


@pytest.mark.parametrize(
    ("fmt", "syntax"),
    [("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"), ("ntriples", "ntriples"),
     ("xml", "rdfxml")],
)  # fmt: skip
def test_verbose_exports_pass_rapper(fmt, syntax, tmp_path):
    rapper = require_tool("rapper")
    path = tmp_path / f"g.{fmt}"
    Store.from_file(SAMPLE_GRAPH).export(path, fmt, verbose=True)
    proc = subprocess.run(
        [rapper, "-q", "-i", syntax, "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_verbose_exports_are_deterministic_on_disk(fmt, tmp_path):
    out = []
    for name, order in (("x", _articles()), ("y", _articles()[::-1])):
        store = Store(tmp_path / name)
        store.put_nquads((r.article.id, _nq(r)) for r in order)
        store.export(tmp_path / f"{name}.out", fmt, verbose=True)
        out.append((tmp_path / f"{name}.out").read_bytes())
    assert out[0] == out[1]


def _nq(r) -> str:
    from kg.rdf.mapping import to_nquads

    return to_nquads(r)


def test_the_derived_queries_are_no_named_queries():
    from kg.sparql.named import named_queries

    derived = derived_queries()
    assert set(derived) == {"classes", "defaults", "links", "relation"}
    assert not set(derived) & set(named_queries())
    for text in derived.values():  # each selects a triple and its graph
        assert "SELECT" in text and all(f"?{v}" in text for v in "gspo")


def test_derived_quads_only_bind_what_is_there():
    empty = ox.Store()
    assert list(derived_quads(empty)) == []
    counts = Counter(q.predicate.value for q in derived_quads(stored([result("a1")]).oxigraph))
    assert counts[str(KG.relation)] == 1 and counts[str(RDF.type)] >= 4


def test_cli_verbose_export_and_events_refusal(tmp_path):
    out = tmp_path / "v.nq"
    proc = kg_cli("export", "--graph", str(SAMPLE_GRAPH), "--format", "nquads", "--verbose",
                  "--out", str(out))  # fmt: skip
    assert "quads" in proc.stderr
    relations = sum(1 for line in out.read_text().splitlines() if f"<{KG.relation}>" in line)
    assert relations == len(_admitted())
    proc = kg_cli("export", "--graph", str(SAMPLE_GRAPH), "--format", "events", "--verbose",
                  check=False)  # fmt: skip
    assert proc.returncode == 2 and "--verbose" in proc.stderr
