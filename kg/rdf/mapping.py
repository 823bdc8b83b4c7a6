"""Statements -> RDF under the kg ontology: one named graph per article, lean.

Each statement carries what a query or its evidence needs, once (``ontology/README.md``, "How
a statement is written"): its event class, roles, relation, flags, confidence, date, its
sentence and its character offsets in one literal. What can be derived is not written: the
subject and object text (the sentence's text at the offsets), the relation when it is the
sentence's text at its offsets (nine in ten: "will not send", not "is said to be watching"
for "is said to be closely watching"), the article (the sentence's),
``kg:Statement`` and ``kg:Actor`` (superclasses of the stated class), a role's actor code
when it is the actor's default in the article (:mod:`kg.rdf.codes`), the direct
agent-to-target edges (the ``edges`` named query makes them); nor are the defaults: no class
for a statement with no event type (``kg:Relation``), modality ``asserted``, not negated, the
date the article's, no class for a topic (``kg:Topic``). The extraction's own details
(``relation_lemma``, ``extra_args``, ``pattern``, ``clause_depth``) stay in
``statements.jsonl``. Each article
graph also holds its summaries (:mod:`kg.rdf.summary`).

:func:`to_nquads` is kg's one RDF writer: the build, the store and the tests all read its
N-Quads (rdflib parses them too: ``Dataset().parse(data=..., format="nquads")``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Hashable, Iterator, Mapping, Sequence
from functools import cache

from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.ids import (
    GRAPH_BASE,
    REL_BASE,
    RESOURCE_BASE,
    article_iri,
    graph_iri,
    node_iri,
    sentence_iri,
    statement_iri,
)
from kg.model import ACTOR_TYPES, Actor, ArticleResult, Statement
from kg.rdf.codes import default_codes, node_code_triples, statement_code_triples
from kg.rdf.namespace import CONTEXT, KG, MODE
from kg.rdf.summary import Fact, summary_triples
from kg.rdf.terms import (
    ANY_URI,
    DATE,
    DCT,
    KGT,
    OWLT,
    RDFST,
    RDFT,
    SCHEMA,
    SCHEMAT,
    SKOST,
    TRUE,
    WIKIDATA,
    Lit,
    Triple,
    context_iri,
    decimal,
    event_class,
    integer,
    mode_iri,
)

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
    "mode": str(MODE),
    "context": str(CONTEXT),
    "wd": str(WIKIDATA),
}
#: Resolutions whose surface text is a name for the actor (kept as skos:altLabel); pronouns,
#: pairs and descriptions ("the Russian leader") are not.
NAMING = frozenset({"name", "alias", "apposition", None})
_ENTITY_TYPES = frozenset({"Person", "Country", "Organization", "Group", "Location"})


@cache
def counted_events() -> frozenset[str]:
    """The event classes whose actor pairs are summarised: cooperation and conflict (the
    ontology's ``kg:polarity``; the four CAMEO quad classes)."""
    from kg.rdf.ontology import polarity

    return frozenset(c for c, p in polarity().items() if p in {"cooperation", "conflict"})


def actor_triples(actor: Actor, *, countries: Collection[str] = ()) -> Iterator[Triple]:
    """An actor, place or topic node: its class (none for a topic, the default: a labelled
    node with no class is a ``kg:Topic``), label, country, links and role. The country code
    is on the country's node (``kg:countryCode``); anything else links to that node
    (``kg:countryOf``) when it is one of the article's, ``countries`` (the ids of its
    country nodes), else carries the code itself."""
    node = actor.iri
    if actor.type != "Topic":
        yield node, RDFT.type, str(KG[actor.type]) if actor.type in _ENTITY_TYPES else KGT.Entity
    yield node, RDFST.label, Lit(actor.label)
    if actor.country:
        if (country := f"country/{actor.country}") != actor.id and country in countries:
            yield node, KGT.countryOf, node_iri(country)
        else:
            yield node, KGT.countryCode, Lit(actor.country)
    if actor.wikidata:
        yield node, OWLT.sameAs, WIKIDATA[actor.wikidata]
    if actor.role and actor.type == "Person":
        yield node, KGT.role, Lit(actor.role)
    if actor.subtype:
        yield node, KGT.subtype, Lit(actor.subtype)


def roles(st: Statement) -> tuple[str | None, str | None]:
    """The statement's agent and target (PLOVER's actor and recipient) as written in RDF:
    the extraction's roles only, never the surface subject or object in their place (a
    statement with no recipient, "the party has grown authoritarian under Xi", has no target,
    so no agent-to-target edge; its subject and object are ``kg:subjectEntity`` and
    ``kg:about``)."""
    return st.agent_id, st.recipient_id


def spans(st: Statement) -> Lit:
    """The subject's, relation's and object's offsets in the article text, in one literal:
    ``"0-14 15-22 23-51"`` (start-end, end exclusive; no object: two ranges)."""
    (a, b), (c, d) = st.subject_span, st.relation_span
    text = f"{int(a)}-{int(b)} {int(c)}-{int(d)}"
    if st.object_span is None:
        return Lit(text)
    e, f = st.object_span
    return Lit(f"{text} {int(e)}-{int(f)}")


def relation_in_sentence(st: Statement, sentence: str, offset: int | None) -> bool:
    """Whether the statement's relation is its sentence's text at the relation's span (the
    sentence starting at ``offset`` in the article): then ``kg:relation`` is not stated, a
    query reads it there (the ``evidence`` query shows how)."""
    start, end = st.relation_span
    return (
        offset is not None
        and start >= offset
        and sentence[start - offset : end - offset] == st.relation
    )


def statement_triples(
    st: Statement,
    node: str | None = None,
    *,
    codes: Mapping[str, str] | None = None,
    sentence: tuple[str, int | None] | None = None,
) -> Iterator[Triple]:
    """One statement's triples; ``codes`` are the article's default actor codes
    (:func:`kg.rdf.codes.default_codes`): a role code that differs is stated here;
    ``sentence`` is the text of the statement's sentence and where it starts in the article:
    a relation that is the text there is not stated (:func:`relation_in_sentence`)."""
    node = node or statement_iri(st.doc, st.id)
    agent, target = roles(st)
    if (cls := event_class(st.event_type)) != KGT.Relation:  # no event type: no class stated
        yield node, RDFT.type, cls
    if agent:
        yield node, KGT.agent, agent
    if target:
        yield node, KGT.target, target
    if st.object_id and st.object_id != target:
        yield node, KGT.about, st.object_id
    if st.subject_id != agent:
        yield node, KGT.subjectEntity, st.subject_id
    if sentence is None or not relation_in_sentence(st, *sentence):
        yield node, KGT.relation, Lit(st.relation)
    if st.negated:
        yield node, KGT.negated, TRUE
    if st.modality != "asserted":  # the default, not stated
        yield node, KGT.modality, Lit(st.modality)
    yield node, KGT.confidence, decimal(st.confidence)
    if st.date:
        yield node, DCT.date, Lit(st.date, DATE)
        if st.date_source != "article":
            yield node, KGT.dateSource, Lit(st.date_source)
    yield node, KGT.evidence, sentence_iri(st.doc, st.sentence_id)
    yield node, KGT.spans, spans(st)
    if st.event_mode and st.event_type:
        yield node, KGT.eventMode, mode_iri(st.event_type, st.event_mode)
    for context in st.event_context:
        yield node, KGT.eventContext, context_iri(context)
    if st.attributed_to:
        yield node, KGT.attributedTo, st.attributed_to
    if st.subject_role:
        yield node, KGT.subjectRole, Lit(st.subject_role)
    if st.object_role:
        yield node, KGT.objectRole, Lit(st.object_role)
    yield from statement_code_triples(st, node, codes or {})


def sentence_offsets(text: str, sentences: Sequence[str]) -> list[int | None]:
    """Where each sentence starts in the article text. Sentences are consecutive slices of
    it, in order, so each is looked for from the end of the one before (``None``: not there,
    which kg's extraction never gives)."""
    offsets: list[int | None] = []
    pos = 0
    for sentence in sentences:
        at = text.find(sentence, pos)
        offsets.append(at if at >= 0 else None)
        pos = at + len(sentence) if at >= 0 else pos
    return offsets


def article_triples(result: ArticleResult) -> Iterator[Triple]:
    """Everything one article contributes: the article, its sentences, actors, statements
    and summaries."""
    art = result.article
    node = article_iri(art.id)
    yield node, RDFT.type, SCHEMAT.NewsArticle
    yield node, DCT.identifier, Lit(art.id)
    if art.title:
        yield node, DCT.title, Lit(art.title)
    if art.date:
        yield node, DCT.date, Lit(art.date.isoformat(), DATE)
    if art.section:
        yield node, SCHEMAT.articleSection, Lit(art.section)
    if art.url:
        yield node, SCHEMAT.url, Lit(art.url, ANY_URI)
    offsets = sentence_offsets(art.text, result.sentences)
    for sid in sorted({st.sentence_id for st in result.statements}):
        sentence = sentence_iri(art.id, sid)
        yield sentence, RDFT.value, Lit(result.sentences[sid])
        yield sentence, DCT.isPartOf, node
        if offsets[sid] is not None:
            yield sentence, KGT.offset, integer(offsets[sid])
    countries = {a.id for a in result.actors.values() if a.type == "Country"}
    for actor in sorted(result.actors.values(), key=lambda a: a.id):
        yield from actor_triples(actor, countries=countries)
    codes = default_codes(result.statements)
    yield from node_code_triples(codes)
    aliases: set[tuple[str, str]] = set()
    mentioned: set[Hashable] = set()
    facts = []
    for st in result.statements:
        sentence = (result.sentences[st.sentence_id], offsets[st.sentence_id])
        yield from statement_triples(st, codes=codes, sentence=sentence)
        agent, target = roles(st)
        facts.append(Fact(agent, target, event_class(st.event_type).rsplit("#", 1)[-1],
                          st.negated, st.date[:7] if st.date else None))  # fmt: skip
        if st.subject_resolution in NAMING:
            aliases.add((st.subject_id, st.subject))
        if st.object_id and st.object_type == "Topic":
            for actor in st.object_mentions:
                if (mention := (st.object_id, actor)) not in mentioned:
                    mentioned.add(mention)
                    yield st.object_id, KGT.mentions, actor
        if st.object_id and st.object is not None and st.object_resolution in NAMING:
            aliases.add((st.object_id, st.object))
    labels = {a.iri: a.label for a in result.actors.values()}
    for node_id, surface in sorted(aliases):
        surface = " ".join(surface.split())
        if surface and surface != labels.get(node_id) and len(surface) <= 80:
            yield node_id, SKOST.altLabel, Lit(surface)
    actors = {a.iri: a.type for a in result.actors.values() if a.type in ACTOR_TYPES}
    yield from summary_triples(art.id, facts, actors=actors, events=counted_events())


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
#: The characters a quoted N-Triples string may not hold as they are (``ECHAR`` escapes them).
_SPECIAL = re.compile(r'["\\\n\r]')


def escape(text: str) -> str:
    """``text`` as the inside of a quoted N-Triples string: quotes, backslashes and line
    breaks escaped, every other character as it is. Most strings hold none of them, and a
    search is cheaper than a translation."""
    return text.translate(_ESCAPES) if _SPECIAL.search(text) else text


def to_nquads(result: ArticleResult) -> str:
    """One article's named graph as N-Quads text (what workers send and the store bulk-loads).

    Subjects and predicates are IRIs (:data:`~kg.rdf.terms.Triple`); an object is an IRI or a
    :class:`Lit`. One loop with the three line shapes spelled out: this runs for every quad
    kg writes, and a function call per term would double its cost."""
    graph = f"<{graph_iri(result.article.id)}> .\n"
    lines = []
    for s, p, o in article_triples(result):
        if type(o) is Lit:
            if o.datatype:
                lines.append(f'<{s}> <{p}> "{escape(o.value)}"^^<{o.datatype}> {graph}')
            else:
                lines.append(f'<{s}> <{p}> "{escape(o.value)}" {graph}')
        else:
            lines.append(f"<{s}> <{p}> <{o}> {graph}")
    return "".join(lines)
