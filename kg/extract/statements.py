"""One parsed article -> contract :class:`~kg.model.Statement` records (no RDF here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from spacy.tokens import Doc, Span

from kg import actorcodes
from kg.actorcodes import ActorCodes
from kg.extract.actors import Gazetteer, Resolution, Resolver, to_actor
from kg.extract.clauses import extractions
from kg.extract.codes import code_of, parse_day
from kg.extract.events import CONTROL_TYPES, Lexicon, in_context
from kg.extract.records import Arg, Extraction
from kg.extract.when import statement_date
from kg.extract.words import Words, vocabulary
from kg.model import ACTOR_TYPES, Actor, Article, ArticleResult, Statement


@dataclass
class Knowledge:
    """The user-extensible data extraction reads: gazetteer, event lexicon and word lists."""

    gazetteer: Gazetteer = field(default_factory=Gazetteer.load)
    lexicon: Lexicon = field(default_factory=Lexicon.load)
    codes: ActorCodes = field(default_factory=actorcodes.load)  # once per process
    # the process-wide word lists the rules read, loaded (and checked) here, up front
    words: Words = field(init=False, default_factory=vocabulary)


def _span(arg: Arg) -> tuple[int, int]:
    return (arg.start, arg.end)


def _event_type(ext: Extraction, doc: Doc, lexicon: Lexicon) -> str | None:
    """The event type of an extraction: control word, light verb + noun, or the predicate."""
    trigger = doc[ext.trigger]
    pos = "noun" if ext.pattern == "nominal" else "verb"
    particle = next((c.text for c in trigger.children if c.dep_ == "prt"), None)
    last = ext.relation.rsplit(" ", 1)[-1].lower()
    if particle is None and last in {t.lower_ for t in trigger.children if t.dep_ == "prep"}:
        particle = last  # "called for sanctions": the preposition makes the phrasal verb
    sense = lexicon.lookup(ext.lemma, pos, particle=particle)
    if ext.matrix:
        control = lexicon.lookup(ext.matrix, "verb")
        if control is not None and control.event_type in CONTROL_TYPES:
            sense = control  # "refused to meet" is a refusal, "demanded to see" a request
    if pos == "verb" and ext.object is not None and lexicon.is_light(ext.lemma):
        sense = _noun_sense(doc[ext.object.root], lexicon) or sense  # "held talks": Consult
    if sense is None or (not sense.event_type) or ext.pattern in {"copula", "appos"}:
        return None
    return in_context(sense, negated=ext.negated, modality=ext.modality)


def _noun_sense(noun, lexicon: Lexicon):
    """A nominal trigger's sense; a compound ("hunger strike") wins over its head."""
    compounds = [c.lower_ for c in noun.lefts if c.dep_ == "compound"]
    if compounds:
        found = lexicon.lookup(" ".join([*compounds[-1:], noun.lemma_]), "noun")
        if found is not None:
            return found
    return lexicon.lookup(noun.lemma_, "noun")


#: What can be an event's recipient: an actor, or a place (its country counts).
RECIPIENT_TYPES = ACTOR_TYPES | {"Location"}


def _recipient(
    ext: Extraction, target: Actor | None, resolver: Resolver, mentions: list[Actor]
) -> Actor | None:
    """PLOVER's recipient: the object if it is an actor, else an actor among the extra
    arguments ("granted asylum to Panamanian officers"), else one named in the object."""
    if target is not None and target.type in RECIPIENT_TYPES:
        return target
    for extra in ext.extras:
        found = resolver.resolve(extra)
        if found is not None and found.actor.type in RECIPIENT_TYPES:
            return found.actor
    if mentions:
        return mentions[0]
    for extra in ext.extras:  # "fired at targets in Jericho", "over Israeli air raids"
        inner = resolver.mentions(extra)
        if inner:
            return inner[0]
    return None


def _statement(
    ext: Extraction,
    subj: Resolution,
    obj: Resolution | None,
    speaker: Actor | None,
    mentions: list[Actor],
    resolver: Resolver,
    *,
    code: Callable[[Actor | None], str | None],
) -> tuple[dict, list[Actor]] | None:
    """Statement fields for one resolved subject and object, and every actor they name (the
    agent too: in "a complaint was made to X by Y" Y is found among the other arguments)."""
    subject = subj.actor
    target = obj.actor if obj else None
    if target is not None and target.id == subject.id:
        return None
    agent = subject
    if ext.passive and target is not None and ext.relation.endswith(" by"):
        agent, recipient = target, subject  # "X was attacked by Y": Y acts on X
    elif ext.passive:
        # "China was excluded from Biden's summit": the subject undergoes the act; an actor
        # among the other arguments is the likeliest agent
        other = _recipient(ext, target, resolver, mentions)
        if other is not None and other.id != subject.id:
            agent, recipient = other, subject
        else:
            recipient = None
    else:
        recipient = _recipient(ext, target, resolver, mentions)
        if recipient is not None and recipient.id == agent.id:
            recipient = target if target is not None and target.id != agent.id else None
    confidence = ext.confidence * subj.confidence * (obj.confidence if obj else 1.0)
    return {
        "subject": ext.subject.text,
        "relation": ext.relation,
        "object": ext.object.text if ext.object else None,
        "subject_id": subject.iri,
        "object_id": target.iri if target else None,
        "subject_label": subject.label,
        "object_label": target.label if target else None,
        "subject_type": subject.type,
        "object_type": target.type if target else None,
        "subject_country": subject.country,
        "object_country": target.country if target else None,
        "negated": ext.negated,
        "modality": ext.modality,
        "confidence": round(confidence, 3),
        "subject_span": _span(ext.subject),
        "relation_span": ext.relation_span,
        "object_span": _span(ext.object) if ext.object else None,
        "relation_lemma": ext.lemma,
        "attributed_to": speaker.iri if speaker else None,
        "extra_args": [x.text for x in ext.extras],
        "pattern": ext.pattern,
        "subject_role": subject.role or subject.sector,
        "object_role": (target.role or target.sector) if target else None,
        "subject_resolution": subj.via,
        "object_resolution": obj.via if obj else None,
        "agent_id": agent.iri,
        "agent_label": agent.label,
        "agent_country": agent.country,
        "recipient_id": recipient.iri if recipient else None,
        "recipient_label": recipient.label if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "object_mentions": [a.iri for a in mentions],
        "clause_depth": ext.depth,
        "subject_code": code(subject),
        "object_code": code(target),
        "agent_code": code(agent),
        "recipient_code": code(recipient),
    }, [a for a in (subject, target, speaker, recipient, *mentions, agent) if a]


#: Longer "sentences" (tables, run-on text without punctuation) give no usable statements.
MAX_SENTENCE_TOKENS = 200


def sentence_extractions(sent: Span, *, negation: bool = True) -> Iterator[Extraction]:
    """Extractions of one sentence, skipping empty and overlong ones."""
    if sent.text.strip() and len(sent) <= MAX_SENTENCE_TOKENS:
        yield from extractions(sent, negation=negation)


def article_statements(
    doc: Doc, article: Article, knowledge: Knowledge
) -> tuple[list[str], list[Statement], dict[str, Actor]]:
    """Sentences, statements and actors of one parsed article."""
    resolver = Resolver(doc, knowledge.gazetteer, codes=knowledge.codes, when=article.date)
    sentences: list[str] = []
    statements: list[Statement] = []
    actors: dict[str, Actor] = {}
    for sid, sent in enumerate(doc.sents):
        sentences.append(sent.text.strip())
        for ext in sentence_extractions(sent):
            speaker = None
            if ext.attributed_to is not None:
                found = resolver.resolve(ext.attributed_to)
                speaker = found.actor if found else None
            subjects = resolver.resolve_all(ext.subject, speaker=speaker)
            objects = resolver.resolve_all(ext.object, speaker=speaker) if ext.object else [None]
            if not subjects or not objects:
                continue  # a pronoun with no antecedent in the article: not worth a statement
            event_type = _event_type(ext, doc, knowledge.lexicon)
            future = ext.modality == "future"
            date, date_source = statement_date(doc[ext.trigger], article.date, future=future)
            mentions = resolver.mentions(ext.object) if ext.object is not None else []
            for subj in subjects:
                for obj in objects:
                    coder = partial(code_of, when=parse_day(date), codes=knowledge.codes)
                    built = _statement(ext, subj, obj, speaker, mentions, resolver, code=coder)
                    if built is None:
                        continue
                    st, involved = built
                    for actor in involved:
                        actors.setdefault(actor.id, actor)
                    statements.append(
                        Statement(
                            doc=article.id,
                            sentence_id=sid,
                            sentence=sentences[-1],
                            event_type=event_type,
                            date=date,
                            date_source=date_source,
                            **st,
                        )
                    )
    for actor in list(actors.values()):  # every country an actor belongs to is a node too
        entry = knowledge.gazetteer.entries.get(f"country/{actor.country}")
        if actor.country and entry is not None:
            actors.setdefault(entry.key, to_actor(entry))
    return sentences, statements, actors


def process(doc: Doc, article: Article, knowledge: Knowledge) -> ArticleResult:
    """Everything kg extracts from one parsed article."""
    sentences, statements, actors = article_statements(doc, article, knowledge)
    return ArticleResult(article, sentences, statements, actors)
