"""Statements -> RDF under the kg ontology: one named graph per article, provenance on each.

:func:`to_nquads` is kg's one RDF writer: the build, the store and the tests all read its
N-Quads (rdflib parses them too: ``Dataset().parse(data=..., format="nquads")``)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from rdflib import RDF, RDFS, XSD, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, Namespace

from kg.ids import (
    GRAPH_BASE,
    REL_BASE,
    RESOURCE_BASE,
    article_iri,
    graph_iri,
    node_iri,
    relation_iri,
    sentence_iri,
    statement_iri,
)
from kg.model import ACTOR_TYPES, Actor, ArticleResult, Statement
from kg.rdf.namespace import KG

SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {
    "kg": str(KG._NS),
    "kgr": RESOURCE_BASE,
    "rel": REL_BASE,
    "kgg": GRAPH_BASE,
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


class Lit(NamedTuple):
    """A literal: its lexical form and datatype IRI (``None``: a plain string)."""

    value: str
    datatype: str | None = None


#: The mapping yields plain terms (an IRI is a ``str``, a literal a :class:`Lit`); its one
#: writer, :func:`to_nquads`, turns them into the N-Quads text the store loads.
Term = str | Lit
Triple = tuple[str, str, Term]

_INTEGER, _DECIMAL, _BOOLEAN = str(XSD.integer), str(XSD.decimal), str(XSD.boolean)
_DATE, _ANY_URI = str(XSD.date), str(XSD.anyURI)
_TRUE, _FALSE = Lit("true", _BOOLEAN), Lit("false", _BOOLEAN)


class Terms:
    """A namespace's terms as plain strings, each looked up (and checked: an unknown name
    raises) once; writing a quad costs about as much as one rdflib namespace lookup."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):  # copy, pickle and the like probe for these
            raise AttributeError(name)
        value = str(self._namespace[name])
        setattr(self, name, value)
        return value


_KG, _RDF, _RDFS, _DCTERMS = Terms(KG), Terms(RDF), Terms(RDFS), Terms(DCTERMS)
_PROV, _SKOS, _OWL, _SCHEMA = Terms(PROV), Terms(SKOS), Terms(OWL), Terms(SCHEMA)


@lru_cache(maxsize=1024)
def event_class(event_type: str | None) -> URIRef:
    """The ontology class of an event type; unknown or missing types are ``kg:Relation``."""
    if event_type:
        try:
            return KG[event_type]
        except (AttributeError, KeyError):
            pass
    return KG.Relation


def actor_triples(actor: Actor) -> Iterator[Triple]:
    node = actor.iri
    yield node, _RDF.type, KG[actor.type] if actor.type in _ENTITY_TYPES else _KG.Entity
    if actor.type in ACTOR_TYPES:
        yield node, _RDF.type, _KG.Actor  # entailed; stated so queries can bind it cheaply
    yield node, _RDFS.label, Lit(actor.label)
    if actor.country:
        yield node, _KG.countryCode, Lit(actor.country)
        if actor.id != f"country/{actor.country}":
            yield node, _KG.countryOf, node_iri(f"country/{actor.country}")
    if actor.wikidata:
        yield node, _OWL.sameAs, WIKIDATA[actor.wikidata]
    if actor.role and actor.type == "Person":
        yield node, _KG.role, Lit(actor.role)
    if actor.subtype:
        yield node, _KG.subtype, Lit(actor.subtype)


_ENTITY_TYPES = frozenset({"Person", "Country", "Organization", "Group", "Location", "Topic"})


def _int(value: int) -> Lit:
    return Lit(str(int(value)), _INTEGER)


def statement_triples(
    st: Statement, node: str | None = None, *, declared: set[Hashable] | None = None
) -> Iterator[Triple]:
    """One statement's triples. Its actor–actor edge and the declaration of the edge's
    ``rel:`` property are left out when ``declared`` (kept per article) has them already."""
    node = node or statement_iri(st.doc, st.id)
    yield node, _RDF.type, _KG.Statement
    yield node, _RDF.type, event_class(st.event_type)
    agent = st.agent_id or st.subject_id
    target = st.recipient_id or st.object_id
    yield node, _KG.agent, agent
    yield node, _KG.subjectEntity, st.subject_id
    if target:
        yield node, _KG.target, target
    if st.object_id and st.object_id != target:
        yield node, _KG.about, st.object_id
    yield node, _KG.relation, Lit(st.relation)
    if st.relation_lemma:
        yield node, _KG.relationLemma, Lit(st.relation_lemma)
    yield node, _KG.subjectText, Lit(st.subject)
    if st.object is not None:
        yield node, _KG.objectText, Lit(st.object)
    yield node, _KG.negated, _TRUE if st.negated else _FALSE
    yield node, _KG.modality, Lit(st.modality)
    yield node, _KG.confidence, Lit(str(Decimal(str(st.confidence))), _DECIMAL)
    if st.date:
        yield node, _DCTERMS.date, Lit(st.date, _DATE)
        yield node, _KG.dateSource, Lit(st.date_source)
    if st.pattern:
        yield node, _KG.pattern, Lit(st.pattern)
    sentence = sentence_iri(st.doc, st.sentence_id)
    yield node, _KG.evidence, sentence
    yield node, _PROV.wasDerivedFrom, sentence
    yield node, _KG.subjectStart, _int(st.subject_span[0])
    yield node, _KG.subjectEnd, _int(st.subject_span[1])
    yield node, _KG.relationStart, _int(st.relation_span[0])
    yield node, _KG.relationEnd, _int(st.relation_span[1])
    if st.object_span is not None:
        yield node, _KG.objectStart, _int(st.object_span[0])
        yield node, _KG.objectEnd, _int(st.object_span[1])
    if st.attributed_to:
        yield node, _KG.attributedTo, st.attributed_to
    if st.subject_role:
        yield node, _KG.subjectRole, Lit(st.subject_role)
    if st.object_role:
        yield node, _KG.objectRole, Lit(st.object_role)
    for extra in st.extra_args:
        yield node, _KG.extraArgument, Lit(extra)
    yield node, _KG.clauseDepth, _int(st.clause_depth)
    if target and not st.negated and st.modality in FACTUAL and target != agent:
        prop = relation_iri(st.relation_lemma)
        seen = set() if declared is None else declared
        if (edge := (agent, prop, target)) not in seen:
            seen.add(edge)
            yield agent, prop, target
        if prop not in seen:
            seen.add(prop)
            yield prop, _RDF.type, _OWL.ObjectProperty
            yield prop, _RDFS.subPropertyOf, _KG.related
            yield prop, _RDFS.label, Lit(st.relation_lemma or "related")


def article_triples(result: ArticleResult) -> Iterator[Triple]:
    """Everything one article contributes: the article, its sentences, actors and statements."""
    art = result.article
    node = article_iri(art.id)
    yield node, _RDF.type, _SCHEMA.NewsArticle
    yield node, _DCTERMS.identifier, Lit(art.id)
    if art.title:
        yield node, _DCTERMS.title, Lit(art.title)
    if art.date:
        yield node, _DCTERMS.date, Lit(art.date.isoformat(), _DATE)
    if art.section:
        yield node, _SCHEMA.articleSection, Lit(art.section)
    if art.url:
        yield node, _SCHEMA.url, Lit(art.url, _ANY_URI)
    used = {st.sentence_id for st in result.statements}
    for sid in sorted(used):
        sentence = sentence_iri(art.id, sid)
        yield sentence, _RDF.type, _KG.Sentence
        yield sentence, _RDF.value, Lit(result.sentences[sid])
        yield sentence, _KG.sentenceIndex, _int(sid)
        yield sentence, _DCTERMS.isPartOf, node
    for actor in sorted(result.actors.values(), key=lambda a: a.id):
        yield from actor_triples(actor)
    aliases: set[tuple[str, str]] = set()
    declared: set[Hashable] = set()  # what was stated once in this article and may recur
    for st in result.statements:
        stmt = statement_iri(st.doc, st.id)
        yield stmt, _DCTERMS.source, node
        yield from statement_triples(st, stmt, declared=declared)
        if st.subject_resolution in NAMING:
            aliases.add((st.subject_id, st.subject))
        if st.object_id and st.object_type == "Topic":
            for actor in st.object_mentions:
                if (mention := (st.object_id, actor)) not in declared:
                    declared.add(mention)
                    yield st.object_id, _KG.mentions, actor
        if st.object_id and st.object is not None and st.object_resolution in NAMING:
            aliases.add((st.object_id, st.object))
    labels = {a.iri: a.label for a in result.actors.values()}
    for node_id, surface in sorted(aliases):
        surface = " ".join(surface.split())
        if surface and surface != labels.get(node_id) and len(surface) <= 80:
            yield node_id, _SKOS.altLabel, Lit(surface)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Term) -> str:
    if isinstance(term, Lit):
        text = term.value.translate(_ESCAPES)
        return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'
    return f"<{term}>"


def to_nquads(result: ArticleResult) -> str:
    """One article's named graph as N-Quads text (what workers send and the store bulk-loads)."""
    graph = f"<{graph_iri(result.article.id)}>"
    return "".join(f"{_nt(s)} <{p}> {_nt(o)} {graph} .\n" for s, p, o in article_triples(result))
