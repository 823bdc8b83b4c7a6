"""One parsed article -> contract :class:`~kg.model.Statement` records (no RDF here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.actors import Gazetteer, Resolver
from kg.extract.clauses import Arg, Extraction, extractions
from kg.extract.events import Lexicon
from kg.extract.when import statement_date
from kg.ids import node_iri
from kg.model import Actor, Article, ArticleResult, Statement


@dataclass
class Knowledge:
    """The user-extensible data extraction reads: gazetteer and event lexicon."""

    gazetteer: Gazetteer = field(default_factory=Gazetteer.load)
    lexicon: Lexicon = field(default_factory=Lexicon.load)


def _span(arg: Arg) -> tuple[int, int]:
    return (arg.start, arg.end)


def _event_type(ext: Extraction, doc: Doc, lexicon: Lexicon) -> tuple[str | None, str | None]:
    trigger = doc[ext.trigger]
    pos = "noun" if ext.pattern == "nominal" else "verb"
    particle = next((c.text for c in trigger.children if c.dep_ == "prt"), None)
    sense = lexicon.lookup(ext.lemma, pos, particle=particle)
    if sense is None and ext.pattern == "clause" and ext.lemma in {"say", "tell"}:
        return "Say", "01"
    if sense is None:
        return None, None
    return sense.event_type, sense.cameo


def sentence_extractions(sent: Span, *, negation: bool = True) -> Iterator[Extraction]:
    """Extractions of one sentence, skipping whitespace-only sentences."""
    if sent.text.strip():
        yield from extractions(sent, negation=negation)


def article_statements(
    doc: Doc, article: Article, knowledge: Knowledge
) -> tuple[list[str], list[Statement], dict[str, Actor]]:
    """Sentences, statements and actors of one parsed article."""
    resolver = Resolver(doc, knowledge.gazetteer)
    sentences: list[str] = []
    statements: list[Statement] = []
    actors: dict[str, Actor] = {}
    for sid, sent in enumerate(doc.sents):
        sentences.append(sent.text.strip())
        for ext in sentence_extractions(sent):
            speaker = None
            if ext.attributed_to is not None:
                found = resolver.resolve(ext.attributed_to)
                speaker = found[0] if found else None
            subj = resolver.resolve(ext.subject, speaker=speaker)
            if subj is None:
                continue  # a pronoun with no antecedent in the article: not worth a statement
            obj = resolver.resolve(ext.object, speaker=speaker) if ext.object else None
            if ext.object is not None and obj is None:
                continue
            subject, _ = subj
            target = obj[0] if obj else None
            if target is not None and target.id == subject.id:
                continue
            event_type, _cameo = _event_type(ext, doc, knowledge.lexicon)
            future = ext.modality == "future"
            date, date_source = statement_date(doc[ext.trigger], article.date, future=future)
            for actor in (subject, target, speaker):
                if actor is not None:
                    actors.setdefault(actor.id, actor)
            statements.append(
                Statement(
                    doc=article.id,
                    sentence_id=sid,
                    sentence=sentences[-1],
                    subject=ext.subject.text,
                    relation=ext.relation,
                    object=ext.object.text if ext.object else None,
                    subject_id=node_iri(subject.id),
                    object_id=node_iri(target.id) if target else None,
                    subject_label=subject.label,
                    object_label=target.label if target else None,
                    subject_type=subject.type,
                    object_type=target.type if target else None,
                    subject_country=subject.country,
                    object_country=target.country if target else None,
                    event_type=event_type,
                    negated=ext.negated,
                    modality=ext.modality,
                    date=date,
                    confidence=ext.confidence,
                    subject_span=_span(ext.subject),
                    relation_span=ext.relation_span,
                    object_span=_span(ext.object) if ext.object else None,
                    relation_lemma=ext.lemma,
                    date_source=date_source,
                    attributed_to=node_iri(speaker.id) if speaker else None,
                    extra_args=[x.text for x in ext.extras],
                    pattern=ext.pattern,
                    subject_role=subject.role or subject.sector,
                    object_role=(target.role or target.sector) if target else None,
                )
            )
    return sentences, statements, actors


def process(doc: Doc, article: Article, knowledge: Knowledge) -> ArticleResult:
    """Everything kg extracts from one parsed article."""
    sentences, statements, actors = article_statements(doc, article, knowledge)
    return ArticleResult(article, sentences, statements, actors)
