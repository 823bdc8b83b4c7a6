"""Statements -> RDF under the kg ontology: one named graph per article, provenance on each."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, Namespace

from kg.ids import RESOURCE_BASE, node_iri, slug
from kg.model import ACTOR_TYPES, Actor, ArticleResult, Statement
from kg.namespace import GRAPH, KG, REL

SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {
    "kg": str(KG._NS),
    "kgr": RESOURCE_BASE,
    "rel": str(REL),
    "kgg": str(GRAPH),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "wd": str(WIKIDATA),
}
#: Modalities that assert the relation happened; only these get a direct actor–actor edge.
FACTUAL = frozenset({"asserted", "reported"})
#: Resolutions whose surface text is a name for the actor (kept as skos:altLabel); pronouns,
#: pairs and descriptions ("the Russian leader") are not.
NAMING = frozenset({"name", "alias", "apposition", None})

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def iri(key: str) -> URIRef:
    """The IRI of a node key such as ``person/vladimir-putin`` (percent-encoded, always valid)."""
    return URIRef(node_iri(key))


def article_iri(doc: str) -> URIRef:
    return iri(f"article/{doc}")


def graph_iri(doc: str) -> URIRef:
    """The named graph that holds everything one article contributes."""
    return GRAPH[quote(doc, safe="-._~")]


def statement_iri(st: Statement) -> URIRef:
    digest = hashlib.sha1(st.id.encode("utf-8")).hexdigest()[:16]
    return iri(f"statement/{st.doc}/{digest}")


def event_class(event_type: str | None) -> URIRef:
    """The ontology class of an event type; unknown or missing types are ``kg:Relation``."""
    if event_type:
        try:
            return KG[event_type]
        except (AttributeError, KeyError):
            pass
    return KG.Relation


def relation_property(lemma: str) -> URIRef:
    return REL[slug(lemma or "related")]


def actor_triples(actor: Actor) -> Iterator[Triple]:
    node = iri(actor.id)
    yield node, RDF.type, KG[actor.type] if actor.type in _ENTITY_TYPES else KG.Entity
    if actor.type in ACTOR_TYPES:
        yield node, RDF.type, KG.Actor  # entailed; stated so queries can bind it cheaply
    yield node, RDFS.label, Literal(actor.label)
    if actor.country:
        yield node, KG.countryCode, Literal(actor.country)
        if actor.id != f"country/{actor.country}":
            yield node, KG.countryOf, iri(f"country/{actor.country}")
    if actor.wikidata:
        yield node, OWL.sameAs, WIKIDATA[actor.wikidata]
    if actor.role and actor.type == "Person":
        yield node, KG.role, Literal(actor.role)
    if actor.subtype:
        yield node, KG.subtype, Literal(actor.subtype)


_ENTITY_TYPES = frozenset({"Person", "Country", "Organization", "Group", "Location", "Topic"})


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def statement_triples(st: Statement) -> Iterator[Triple]:
    node = statement_iri(st)
    yield node, RDF.type, KG.Statement
    yield node, RDF.type, event_class(st.event_type)
    agent = URIRef(st.agent_id or st.subject_id)
    target = st.recipient_id or st.object_id
    yield node, KG.agent, agent
    yield node, KG.subjectEntity, URIRef(st.subject_id)
    if target:
        yield node, KG.target, URIRef(target)
    if st.object_id and st.object_id != target:
        yield node, KG.about, URIRef(st.object_id)
    yield node, KG.relation, Literal(st.relation)
    if st.relation_lemma:
        yield node, KG.relationLemma, Literal(st.relation_lemma)
    yield node, KG.subjectText, Literal(st.subject)
    if st.object is not None:
        yield node, KG.objectText, Literal(st.object)
    yield node, KG.negated, Literal(st.negated)
    yield node, KG.modality, Literal(st.modality)
    yield node, KG.confidence, Literal(Decimal(str(st.confidence)), datatype=XSD.decimal)
    if st.date:
        yield node, DCTERMS.date, Literal(st.date, datatype=XSD.date)
        yield node, KG.dateSource, Literal(st.date_source)
    if st.pattern:
        yield node, KG.pattern, Literal(st.pattern)
    sentence = iri(f"article/{st.doc}/sentence/{st.sentence_id}")
    yield node, KG.evidence, sentence
    yield node, PROV.wasDerivedFrom, sentence
    yield node, KG.subjectStart, _int(st.subject_span[0])
    yield node, KG.subjectEnd, _int(st.subject_span[1])
    yield node, KG.relationStart, _int(st.relation_span[0])
    yield node, KG.relationEnd, _int(st.relation_span[1])
    if st.object_span is not None:
        yield node, KG.objectStart, _int(st.object_span[0])
        yield node, KG.objectEnd, _int(st.object_span[1])
    if st.attributed_to:
        yield node, KG.attributedTo, URIRef(st.attributed_to)
    if st.subject_role:
        yield node, KG.subjectRole, Literal(st.subject_role)
    if st.object_role:
        yield node, KG.objectRole, Literal(st.object_role)
    for extra in st.extra_args:
        yield node, KG.extraArgument, Literal(extra)
    yield node, KG.clauseDepth, _int(st.clause_depth)
    if target and not st.negated and st.modality in FACTUAL and URIRef(target) != agent:
        prop = relation_property(st.relation_lemma)
        yield agent, prop, URIRef(target)
        yield prop, RDF.type, OWL.ObjectProperty
        yield prop, RDFS.subPropertyOf, KG.related
        yield prop, RDFS.label, Literal(st.relation_lemma or "related")


def article_triples(result: ArticleResult) -> Iterator[Triple]:
    """Everything one article contributes: the article, its sentences, actors and statements."""
    art = result.article
    node = article_iri(art.id)
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, DCTERMS.identifier, Literal(art.id)
    if art.title:
        yield node, DCTERMS.title, Literal(art.title)
    if art.date:
        yield node, DCTERMS.date, Literal(art.date.isoformat(), datatype=XSD.date)
    if art.section:
        yield node, SCHEMA.articleSection, Literal(art.section)
    if art.url:
        yield node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)
    used = {st.sentence_id for st in result.statements}
    for sid in sorted(used):
        sentence = iri(f"article/{art.id}/sentence/{sid}")
        yield sentence, RDF.type, KG.Sentence
        yield sentence, RDF.value, Literal(result.sentences[sid])
        yield sentence, KG.sentenceIndex, _int(sid)
        yield sentence, DCTERMS.isPartOf, node
    for actor in sorted(result.actors.values(), key=lambda a: a.id):
        yield from actor_triples(actor)
    aliases: set[tuple[str, str]] = set()
    for st in result.statements:
        yield statement_iri(st), DCTERMS.source, node
        yield from statement_triples(st)
        if st.subject_resolution in NAMING:
            aliases.add((st.subject_id, st.subject))
        if st.object_id and st.object_type == "Topic":
            for actor in st.object_mentions:
                yield URIRef(st.object_id), KG.mentions, URIRef(actor)
        if st.object_id and st.object is not None and st.object_resolution in NAMING:
            aliases.add((st.object_id, st.object))
    labels = {node_iri(a.id): a.label for a in result.actors.values()}
    for node_id, surface in sorted(aliases):
        surface = " ".join(surface.split())
        if surface and surface != labels.get(node_id) and len(surface) <= 80:
            yield URIRef(node_id), SKOS.altLabel, Literal(surface)


def bind(graph: Graph) -> Graph:
    """Bind kg's prefixes (``kg:``, ``rel:``, ...) so no ``ns1:`` ever appears."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True, override=True)
    return graph


def to_rdf(results: Iterable[ArticleResult], dataset: Dataset | None = None) -> Dataset:
    """An rdflib Dataset with one named graph per article (replacing an article's old graph)."""
    ds = dataset if dataset is not None else Dataset(default_union=True)
    bind(ds)
    for result in results:
        g = ds.graph(graph_iri(result.article.id))
        g.remove((None, None, None))
        for triple in article_triples(result):
            g.add(triple)
    return ds
