"""Statements -> RDF: named graphs, provenance, valid and deterministic output (no model).

Every graph here is what ``to_nquads`` wrote, read back by rdflib or the store (factories)."""

from __future__ import annotations

import subprocess

import pyoxigraph as ox
import pytest
from factories import dataset, exported, nquads, require_tool, result, stored
from hypothesis import given, settings
from hypothesis import strategies as hyp
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

import kg
from kg.errors import UsageError
from kg.ids import graph_iri, node_iri, node_key, sentence_iri, statement_iri
from kg.model import Statement
from kg.rdf.namespace import CONTEXT, KG, MODE
from kg.rdf.ontology import ontology_graph

NASTY = 'Evil "quoted" \\ name <script>alert(1)</script>\nnext line'


def test_one_named_graph_per_article_with_provenance():
    ds = dataset([result("a1"), result("a2")])
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {URIRef(graph_iri("a1")), URIRef(graph_iri("a2"))}
    rows = list(
        ds.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?st ?text ?date ?id WHERE { ?st a kg:Support ; kg:agent ?a ; kg:evidence ?s ;
            dcterms:date ?date . ?s rdf:value ?text ; dcterms:isPartOf/dcterms:identifier ?id }
        ORDER BY ?id""")
    )
    assert [str(r.id) for r in rows] == ["a1", "a2"]
    assert str(rows[0].date) == "2021-12-15" and "praised" in str(rows[0].text)


def test_direct_edges_are_derived_for_factual_statements_only():
    from kg.sparql.engine import run
    from kg.sparql.named import named_queries

    edges = named_queries()["edges"]
    r = result(pair=True)
    triples = {(str(t.subject.value), str(t.predicate.value), str(t.object.value))
               for t in run(stored([r]), edges.text).triples}  # fmt: skip
    support = "https://w3id.org/kg-news/rel/support"
    assert (node_iri("country/RUS"), support, node_iri("country/CHN")) in triples
    assert (support, "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
            str(KG.related)) in triples  # fmt: skip
    r.statements[1].negated = True
    r.statements[0].modality = "hypothetical"
    assert run(stored([r]), edges.text).triples == []
    assert not any("/rel/" in line for line in nquads([r]).splitlines())  # derived, not stored


def test_rebuilding_an_article_replaces_its_graph():
    store = stored([result("a1", relation="praised")])
    n = len(store)
    store.put_nquads([("a1", nquads([result("a1", relation="praised")]))])
    assert len(store) == n
    store.put_nquads([("a1", nquads([result("a1", relation="hailed")]))])
    rows = kg.query(name="actor", store=store, params={"actor": "Putin"})
    assert [r["relation"] for r in rows] == ["hailed"]


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples"])
def test_nasty_text_gives_output_strict_parsers_accept(fmt):
    data = exported([result(subject=NASTY, relation="praised\t\u202e")], fmt)
    oxfmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "ntriples": ox.RdfFormat.N_TRIPLES,
    }[fmt]
    parsed = list(ox.parse(data, format=oxfmt))
    assert parsed
    labels = {str(q.object.value) for q in parsed if q.predicate.value.endswith("#label")}
    assert NASTY in labels
    sentences = {q.object.value for q in parsed if q.predicate.value == str(RDF.value)}
    assert sentences == {f"{NASTY} praised\t\u202e the relationship with China."}


def test_nasty_text_survives_rdflib_reading_the_nquads():
    ds = dataset([result(subject=NASTY, relation="praised\t\u202e")])
    assert NASTY in {str(o) for o in ds.objects(None, RDFS.label)}
    (sentence,) = {str(o) for o in ds.objects(None, RDF.value)}
    assert sentence.startswith(NASTY) and "praised\t\u202e" in sentence


def test_turtle_passes_rapper(tmp_path):
    rapper = require_tool("rapper")
    path = tmp_path / "g.ttl"
    path.write_bytes(exported([result(subject=NASTY)]))
    proc = subprocess.run(
        [rapper, "-q", "-i", "turtle", "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_output_is_deterministic_and_uses_kg_prefixes():
    first = exported([result("a1"), result("a2")])
    assert exported([result("a1"), result("a2")]) == first
    assert nquads([result("a1")]) == nquads([result("a1")])
    text = first.decode("utf-8")
    assert "@prefix kg: <https://w3id.org/kg-news/ontology#>" in text and "ns1:" not in text
    assert len(Graph().parse(data=text, format="turtle")) > 20


def test_statements_that_differ_only_by_actor_get_their_own_nodes():
    r = result()
    twin = Statement.from_dict(r.statements[0].to_dict())
    twin.subject_id = node_iri("person/xi-jinping")
    r.statements.append(twin)
    ds = dataset([r])
    assert len(set(ds.subjects(KG.evidence, None))) == 2


def test_an_article_states_each_triple_once():
    from dataclasses import replace

    from kg.rdf.mapping import article_triples, to_nquads

    r = result()
    first = r.statements[0]
    first.object_mentions = [node_iri("country/CHN")]
    r.statements.append(replace(first, relation="praised again", relation_span=(5, 6)))
    triples = [(str(s), str(p), o) for s, p, o in article_triples(r)]
    assert sum(1 for _, p, _ in triples if p == str(KG.mentions)) == 1
    assert len(triples) == len(set(triples))
    lines = to_nquads(r).splitlines()
    assert len(lines) == len(set(lines)) == len(triples)


#: What a statement of the hand-made article says, each once: nothing derived or copied (its
#: relation, "praised", is the sentence's text at its range: not stated).
LEAN = {
    str(RDF.type): "https://w3id.org/kg-news/ontology#Support",
    str(KG.agent): node_iri("person/vladimir-putin"),
    str(KG.about): node_iri("topic/relationship-with-china"),  # a topic: no recipient
    str(KG.confidence): "0.9",
    "http://purl.org/dc/terms/date": "2021-12-15",
    str(KG.evidence): sentence_iri("a1", 0),
    str(KG.spans): "0-14 15-22 23-50",
}


def test_a_statement_says_each_thing_once():
    r = result()
    quads = [q for q in ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS)
             if q.subject.value == statement_iri("a1", r.statements[0].id)]  # fmt: skip
    assert {q.predicate.value: q.object.value for q in quads} == LEAN
    assert len(quads) == len(LEAN)  # one type, no kg:Statement, no text copies, no provenance
    r.statements[0].event_type, r.statements[0].modality = None, "reported"
    quads = [q for q in ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS)
             if q.subject.value == statement_iri("a1", r.statements[0].id)]  # fmt: skip
    stated = {q.predicate.value: q.object.value for q in quads}
    assert str(RDF.type) not in stated and stated[str(KG.modality)] == "reported"
    r.statements[0].negated = True
    negated = [q for q in ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS)
               if q.predicate.value == str(KG.negated)]  # fmt: skip
    assert [q.object.value for q in negated] == ["true"]


@pytest.mark.parametrize(
    ("relation", "stated"),
    [
        ("praised", []),  # the sentence's text at the relation's range: derived
        ("has praised", ["has praised"]),  # words the sentence does not have there
        ("praise", ["praise"]),  # a part of the range's text
    ],
)
def test_a_relation_is_stated_when_it_is_not_the_text_at_its_range(relation, stated):
    r = result("a1")  # "Vladimir Putin praised the relationship with China."
    st = r.statements[0]
    st.relation = relation
    quads = ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS)
    assert [q.object.value for q in quads if q.predicate.value == str(KG.relation)] == stated
    store = stored([r])
    rows = kg.query(name="evidence", store=store, params={"statement": statement_iri("a1", st.id)})
    assert [row["relation"] for row in rows] == [relation]
    rows = kg.query(name="actor", store=store, params={"actor": "Putin"})
    assert [row["relation"] for row in rows] == [relation]


def test_a_relation_read_off_the_sentence_keeps_its_characters():
    r = result("a1", relation="praised\t\u202e\U0001f600")  # astral: one character, not two
    store = stored([r])
    rows = kg.query(name="actor", store=store, params={"actor": "Putin"})
    assert [row["relation"] for row in rows] == ["praised\t\u202e\U0001f600"]
    assert not any(q.predicate.value == str(KG.relation)
                   for q in ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS))  # fmt: skip


def _roles(r) -> dict[str, set[tuple[str, str]]]:
    """Each statement's role and object properties, as (predicate local name, object)."""
    keep = {str(KG.agent), str(KG.target), str(KG.about), str(KG.subjectEntity)}
    out: dict[str, set[tuple[str, str]]] = {}
    for q in ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS):
        if q.predicate.value in keep:
            name = q.predicate.value.rsplit("#", 1)[1]
            out.setdefault(q.subject.value, set()).add((name, q.object.value))
    return out


RUSSIA, CHINA = node_iri("country/RUS"), node_iri("country/CHN")


@pytest.mark.parametrize(
    ("agent", "recipient", "roles"),
    [
        # both roles: the agent -> recipient edge
        (RUSSIA, CHINA, {("agent", RUSSIA), ("target", CHINA)}),
        # no recipient ("the party has grown ... under Xi"): no target; the object is about
        (RUSSIA, None, {("agent", RUSSIA), ("about", CHINA)}),
        # no agent ("Russia was banned"): no agent; the subject is the subject entity
        (None, CHINA, {("subjectEntity", RUSSIA), ("target", CHINA)}),
        # neither role: neither end of an edge
        (None, None, {("subjectEntity", RUSSIA), ("about", CHINA)}),
    ],
)
def test_roles_come_from_the_extraction_never_from_subject_and_object(agent, recipient, roles):
    r = result(pair=True)
    second = r.statements[1]  # "Russia backed China."
    second.agent_id, second.recipient_id = agent, recipient
    assert _roles(r)[statement_iri("a1", second.id)] == roles


@pytest.mark.parametrize(
    ("agent", "recipient", "edges"),
    [
        (RUSSIA, CHINA, [(RUSSIA, CHINA)]),
        (RUSSIA, None, []),
        (None, CHINA, []),
        (CHINA, RUSSIA, [(CHINA, RUSSIA)]),  # the roles' direction, not the sentence's
    ],
)
def test_actor_edges_follow_the_roles(agent, recipient, edges):
    """The view's graph, the ``edges`` and ``between`` queries and the pair summaries
    (``dyads``) all draw an actor-to-actor edge only from agent to recipient."""
    import kg
    from kg.analysis import to_networkx

    r = result(pair=True)
    second = r.statements[1]
    second.agent_id, second.recipient_id = agent, recipient
    store = stored([r])
    actors = {RUSSIA, CHINA}
    assert [(u, v) for u, v in to_networkx(store).edges() if {u, v} <= actors] == edges
    built = [(t.subject.value, t.object.value) for t in kg.query(name="edges", store=store)]
    assert [(s, o) for s, o in built if {s, o} <= actors] == edges
    if edges:
        between = kg.query(name="between", store=store, params={"a": "Russia", "b": "China"})
        assert len(between) == len(edges)
    else:  # one of them has no statement as agent or target: between says so
        with pytest.raises(UsageError, match="as agent or target"):
            kg.query(name="between", store=store, params={"a": "Russia", "b": "China"})
    dyads = kg.query(name="dyads", store=store)
    assert [(str(d["agent_id"]), str(d["target_id"])) for d in dyads] == edges


def test_plover_mode_and_contexts_are_concepts_on_the_statement():
    r = result()
    st = r.statements[0]
    st.event_type, st.event_mode, st.event_context = "Accuse", "allege", ["military", "cbrn"]
    quads = list(ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS))
    modes = [q.object for q in quads if q.predicate.value == str(KG.eventMode)]
    assert modes == [ox.NamedNode(str(MODE["Accuse/allege"]))]  # the mode of its class
    contexts = [q.object for q in quads if q.predicate.value == str(KG.eventContext)]
    assert contexts == [ox.NamedNode(str(CONTEXT.military)), ox.NamedNode(str(CONTEXT.cbrn))]
    onto = ontology_graph()  # each a concept of its scheme, labelled and defined
    for concept, scheme in ((modes[0], MODE.scheme), *((c, CONTEXT.scheme) for c in contexts)):
        node = URIRef(concept.value)
        assert (node, SKOS.inScheme, scheme) in onto
        assert onto.value(node, SKOS.prefLabel) and onto.value(node, SKOS.definition)


@pytest.mark.parametrize(
    ("text", "sentences", "offsets"),
    [
        ("A b.\nC d. E f.", ["A b.", "C d.", "E f."], [0, 5, 10]),
        ("Same. Same.", ["Same.", "Same."], [0, 6]),  # a repeated sentence is the next one
        ("  Lead. Tail.", ["Lead.", "Tail."], [2, 8]),
        ("Only this.", ["Only this.", "Missing."], [0, None]),
    ],
)
def test_sentences_are_found_in_order_in_the_article_text(text, sentences, offsets):
    from kg.rdf.mapping import sentence_offsets

    assert sentence_offsets(text, sentences) == offsets


def test_spans_give_back_the_subject_and_object_as_written():
    r = result(pair=True)
    ds = dataset([r])
    for st in r.statements:
        node = URIRef(statement_iri("a1", st.id))
        sentence = ds.value(node, KG.evidence)
        at = int(ds.value(sentence, KG.offset))
        text = str(ds.value(sentence, RDF.value))
        (subject, relation, obj) = [
            tuple(map(int, pair.split("-"))) for pair in str(ds.value(node, KG.spans)).split()
        ]
        assert (subject, relation, obj) == (st.subject_span, st.relation_span, st.object_span)
        assert text[subject[0] - at : subject[1] - at] == st.subject
        assert text[obj[0] - at : obj[1] - at] == st.object
        assert r.article.text[at : at + len(text)] == text


def test_terms_are_the_namespace_strings_and_a_typo_still_raises():
    from kg.rdf.terms import Terms

    kg, rdf = Terms(KG), Terms(RDF)
    assert kg.agent == str(KG.agent) and type(kg.agent) is str
    assert kg.agent is kg.agent  # looked up once
    assert rdf.type == str(RDF.type)
    with pytest.raises(AttributeError):
        kg.agnet  # noqa: B018
    with pytest.raises(AttributeError):
        kg.__deepcopy__  # noqa: B018


@pytest.mark.parametrize("doc", ["two words", "ü/../x#y?z", "<script>\"'", "a%20b"])
def test_any_article_id_gives_valid_iris_in_its_own_graph(doc):
    quads = list(ox.parse(nquads([result(doc)]), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == {graph_iri(doc)}
    assert len({graph_iri(doc), graph_iri(doc + "x"), graph_iri("a b")}) == 3


#: Strings a literal writer gets wrong: quotes, backslashes (also before a quote or a ``u``),
#: line breaks of every kind, control characters, non-BMP characters, and nothing to escape.
TRICKY = ['say "no"', "C:\\path\\u0041", 'end\\"', "a\nb\r\nc", "tab\there\x00\x0b\x0c\x1f",
          "\x85 \u2028 \u2029", "flags 🇬🇧 and 𝔘𝔫𝔦", "plain text", ""]  # fmt: skip


def _literal_read_back(text: str) -> tuple[str, str]:
    """``text`` written by kg's escaping in one N-Triples line, read back by pyoxigraph and
    rdflib."""
    from kg.rdf.mapping import escape

    line = f'<http://s> <http://p> "{escape(text)}" .\n'
    (triple,) = ox.parse(line, format=ox.RdfFormat.N_TRIPLES)
    (read,) = Graph().parse(data=line, format="nt")
    return triple.object.value, str(read[2])


@pytest.mark.parametrize("text", TRICKY)
def test_a_literal_reads_back_as_written(text):
    assert _literal_read_back(text) == (text, text)


@given(hyp.text())
@settings(max_examples=300, deadline=None)
def test_any_text_reads_back_as_written(text):
    assert _literal_read_back(text)[0] == text  # pyoxigraph, the store's parser


@pytest.mark.parametrize(
    ("text", "escaped"),
    [('say "no"', 'say \\"no\\"'), ("a\\b", "a\\\\b"), ("a\r\nb", "a\\r\\nb"), ("tab\t", "tab\t")],
)
def test_only_quotes_backslashes_and_line_breaks_are_escaped(text, escaped):
    from kg.rdf.mapping import escape

    assert escape(text) == escaped


@pytest.mark.parametrize(
    ("value", "lexical"), [(0.9, "0.9"), (0.25, "0.25"), (1.0, "1.0"), (1, "1"), (1e-05, "0.00001")]
)
def test_a_confidence_is_a_decimal_in_plain_notation(value, lexical):
    from kg.rdf.terms import DECIMAL, decimal

    assert decimal(1.0) != decimal(1)  # one cache, and 1 and 1.0 kept apart
    assert decimal(value) == (lexical, DECIMAL)


@pytest.mark.parametrize("doc", ["a1", "two words", "ü/../x#y?z", "<script>\"'", "a%20b"])
def test_statement_and_sentence_iris_quote_the_article_id_as_a_node_key_does(doc):
    import hashlib

    key = f"{doc}/0/0-5-9-14-4/x/y"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    assert statement_iri(doc, key) == node_iri(f"statement/{doc}/{digest}")
    assert sentence_iri(doc, 12) == node_iri(f"article/{doc}/sentence/12")


@pytest.mark.parametrize("key", ["person/michael-howard", "topic/ü/../x#y?z", "a%20b c"])
def test_a_node_key_reads_its_iri_back(key):
    assert node_key(node_iri(key)) == key
    assert node_key("https://example.org/id/person/x") is None
