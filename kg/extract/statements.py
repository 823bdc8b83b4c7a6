"""One parsed article -> contract :class:`~kg.model.Statement` records (no RDF here)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from kg import actorcodes
from kg.actorcodes import ActorCodes
from kg.extract.acting import ACTING_LISTS, PEOPLE_POS, acting
from kg.extract.actors import Gazetteer, Resolution, Resolver, to_actor
from kg.extract.admission import COPULA_PATTERNS, Evidence, admit
from kg.extract.classify import Typed, classify
from kg.extract.clauses import extractions
from kg.extract.codes import code_of, parse_day
from kg.extract.confidence import calibrate
from kg.extract.cues import Cues, cue_words, event_fields, quad_class
from kg.extract.described import (
    a_role_of,
    as_subject,
    described,
    describes_subject,
    person_noun,
    unused_topics,
)
from kg.extract.doctext import span_text
from kg.extract.events import COOPERATION_TYPES, Lexicon
from kg.extract.evidence import antecedent, evidence_of, issued, vague_group
from kg.extract.headlines import title_end
from kg.extract.inner import targets_among
from kg.extract.parse import parse_of
from kg.extract.phrases import prep_arg, prep_object
from kg.extract.pronouns import SUBJECTS
from kg.extract.quotes import attributed, quote_speakers
from kg.extract.readings import written
from kg.extract.records import Arg, Extraction
from kg.extract.roles import (
    deed_agents,
    grievance_owners,
    grievances,
    inner_targets,
    is_target,
    preposition,
    target_extras,
)
from kg.extract.settled import international, settle
from kg.extract.targets import is_party
from kg.extract.when import statement_date
from kg.extract.words import Words, united, vocabulary
from kg.layout import is_dateline
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


#: What can be an event's recipient: an actor, or a place (its country counts).
RECIPIENT_TYPES = ACTOR_TYPES | {"Location"}


def _recipient(
    ext: Extraction,
    target: Actor | None,
    resolver: Resolver,
    mentions: list[Actor],
    typed: Typed,
) -> Actor | None:
    """PLOVER's recipient: the object if it is an actor, else an actor among the extra
    arguments ("granted asylum to Panamanian officers"), else one named in the object. Only
    an argument whose preposition makes it a target with this verb counts ("under Xi",
    "during the war" never do: :mod:`kg.extract.roles`). A complaint to an audience is aimed
    at the actor its grievance names ("complained to the UN over Israeli air raids")."""
    places = _at_a_place(ext, typed)  # "fired at targets in Jericho", not "vehicles in the US"
    if ext.object is not None:  # "attacked Iraqi positions", not "won the US Open"
        mentions = _inside(ext.object, mentions, resolver, places)
    for grievance in grievances(ext, resolver.doc, typed.act):
        named = _named_in(grievance, resolver, places)
        if named:
            return named[0]
    doers: list[Arg] = []
    if ext.object is not None and not is_target(ext, resolver.doc, typed.act):
        # "grown authoritarian under Xi": no target; "called for sanctions against Nigeria":
        # the target is named inside the object, after a target preposition
        inner = inner_targets(ext.object, resolver.doc, typed.act)
        target, mentions = None, [a for arg in inner for a in _named_in(arg, resolver, places)]
    elif ext.object is not None:
        doers = deed_agents(ext.object, resolver.doc)  # "the strikes carried out by Israel"
    if target is not None and target.type in RECIPIENT_TYPES:
        return target
    extras = target_extras(ext, resolver.doc, typed.act)
    for extra in extras:
        found = resolver.resolve(extra)
        if found is not None and found.actor.type in RECIPIENT_TYPES:
            return found.actor
    if mentions:
        return mentions[0]
    for doer in doers:
        named = _named_in(doer, resolver, places)
        if named:
            return named[0]
    for extra in extras:  # "fired at targets in Jericho"
        inner = _inside(extra, resolver.mentions(extra), resolver, places)
        if inner:
            return inner[0]
    for owner in grievance_owners(ext, resolver.doc, typed.event_type):  # "for China's abuses"
        found = resolver.resolve(owner)
        if found is not None and found.actor.type in RECIPIENT_TYPES:
            return found.actor
    return None


def _undergoer(ext: Extraction, subject: Actor, resolver: Resolver) -> Actor:
    """The recipient of a passive: its subject, or when that is a thing, the actor it names
    ("a camp for Congolese refugees was attacked": the Congolese), as for an active object."""
    if subject.type in RECIPIENT_TYPES:
        return subject
    named = resolver.mentions(ext.subject)
    return named[0] if named else subject


#: The quad classes of deeds (``quad_classes``): what stands at a place is their target
#: ("fired at targets in Jericho", "was awarded contracts in Egypt").
MATERIAL = frozenset({"material-conflict", "material-cooperation"})


def _at_a_place(ext: Extraction, typed: Typed) -> frozenset[str] | None:
    """The place prepositions on a noun inside an argument whose objects can be the target
    (:func:`kg.extract.inner.target_phrases`): all of them for a deed, force or help ("fired
    at targets in Jericho", "was awarded contracts in Egypt"), done to what stands at the
    place; only "from" for another act ("rejected an offer from Foster's", not "attended a
    ceremony in Hambantota", "is recalling vehicles in the US"); none for speech and a state
    ("said costs in North America rose", "is an analyst at UBS", "was a bequest from Ruth
    Beardmore"): the place where something is, is not whom an act, a word or a state is
    about."""
    quad = quad_class(typed.act)
    if quad in MATERIAL:
        return None
    if ext.pattern in COPULA_PATTERNS or (typed.event_type is not None and quad is None):
        return frozenset()
    return vocabulary().source_prepositions  # "rejected an offer from Foster's"


def _named_in(arg: Arg, resolver: Resolver, places: frozenset[str] | None = None) -> list[Actor]:
    """The actor an argument names (its head, if an actor or place), then those inside it
    that can be the target (:func:`_inside`)."""
    found = resolver.resolve(arg)
    head = [found.actor] if found is not None and found.actor.type in RECIPIENT_TYPES else []
    return head + _inside(arg, resolver.mentions(arg), resolver, places)


def _inside(
    arg: Arg, actors: list[Actor], resolver: Resolver, places: frozenset[str] | None = None
) -> list[Actor]:
    """Of the actors named inside an argument, those that can be its target: an owner or a
    party's name on its head, not part of a name or word (:mod:`kg.extract.inner`)."""
    if not actors:
        return actors

    def named(sub: Arg) -> Actor | None:
        found = resolver.resolve(sub)
        return found.actor if found is not None else None

    return targets_among(arg, resolver.doc, actors, named, places=places)


def _source(ext: Extraction, resolver: Resolver) -> Actor | None:
    """The actor a conflict the subject undergoes comes "from": an extra argument or a phrase
    of the object ("drew fierce criticism from human rights groups", "drew criticism from
    Washington")."""
    doc = resolver.doc
    args = [a for a in ext.extras if (p := preposition(a, doc)) is not None and p.lower_ == "from"]
    if ext.object is not None:
        head = doc[ext.object.root]
        froms = (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from")
        args += [prep_arg(c) for c in froms if prep_object(c) is not None]
    for arg in args:
        found = resolver.resolve(arg)
        if found is not None and found.actor.type in ACTOR_TYPES:
            return found.actor
    return None


def _statement(
    ext: Extraction,
    subj: Resolution,
    obj: Resolution | None,
    speaker: Actor | None,
    mentions: list[Actor],
    resolver: Resolver,
    typed: Typed,
    *,
    code: Callable[[Actor | None], str | None],
) -> tuple[dict, list[Actor], Actor | None] | None:
    """Statement fields for one resolved subject and object, every actor they name (the
    agent too: in "a complaint was made to X by Y" Y is found among the other arguments),
    and the agent."""
    subject = subj.actor
    target = obj.actor if obj else None
    if target is not None and target.id == subject.id:
        return None
    agent: Actor | None = subject
    if typed.undergone:
        # "the convoy came under fire (from rebels)": the subject is the target
        other = _source(ext, resolver) or _recipient(ext, None, resolver, [], typed)
        agent = other if other is not None and other.id != subject.id else None
        recipient: Actor | None = subject
    elif ext.passive and target is not None and ext.relation.endswith(" by"):
        # "X was attacked by Y": Y acts on X
        agent, recipient = target, _undergoer(ext, subject, resolver)
    elif ext.passive:
        # "China was excluded from Biden's summit": the subject undergoes the act; an actor
        # among the other arguments is the likeliest agent
        other = _recipient(ext, target, resolver, mentions, typed)
        if other is not None and other.id != subject.id:
            agent, recipient = other, _undergoer(ext, subject, resolver)
        else:  # "three coachloads of people were searched": no agent named
            agent, recipient = None, _undergoer(ext, subject, resolver)
    else:
        recipient = _recipient(ext, target, resolver, mentions, typed)
        if recipient is not None and recipient.id == subject.id:
            recipient = target if target is not None and target.id != agent.id else None
    confidence = ext.confidence * subj.confidence * (obj.confidence if obj else 1.0)
    return (
        {
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
            "agent_id": agent.iri if agent else None,
            "agent_label": agent.label if agent else None,
            "agent_country": agent.country if agent else None,
            "recipient_id": recipient.iri if recipient else None,
            "recipient_label": recipient.label if recipient else None,
            "recipient_country": recipient.country if recipient else None,
            "subject_code": code(subject),
            "object_code": code(target),
            "agent_code": code(agent),
            "recipient_code": code(recipient),
            "object_mentions": [a.iri for a in mentions],
            "clause_depth": ext.depth,
        },
        [a for a in (subject, target, speaker, recipient, *mentions, agent) if a],
        agent,
    )


def _describe(
    statements: list[Statement], actors: dict[str, Actor], which: dict[int, bool]
) -> None:
    """Each statement of ``which`` whose object describes its subject (:mod:`described`; a
    person's noun that kg read as its owner's body too: :func:`described.a_role_of`) with its
    subject's actor as object; topics no statement names any longer leave ``actors``."""
    left: set[str] = set()
    for n, person in sorted(which.items()):
        if described(statements[n]) or (person and a_role_of(statements[n])):
            left.add(statements[n].object_id or "")
            statements[n] = as_subject(statements[n])
    for key in unused_topics(actors, statements, left=left):
        del actors[key]


#: Classes an event keeps with no actor as its agent ("a roadside bomb killed", "troops were
#: deployed"); any other needs one: "the protocol was signed", "his words met" are no events.
AGENTLESS_TYPES = frozenset({"Assault", "Coerce", "Mobilize", "Say"})
#: Classes whose act a passive with no agent named does to its subject: accused, charged,
#: convicted, urged, released, refused or rejected ("threatened with collapse" threatens no
#: one).
PASSIVE_TYPES = frozenset({"Accuse", "Request", "Sanction", "Retreat", "Reject"})
#: Classes whose passive subject is the thing the act turns down (a bid, an offer, a claim),
#: never a person: "D'Arcy has been ruled out of the team" refuses no one.
REFUSED_TYPES = frozenset({"Reject"})
#: Tags of a head noun that names a thing, not people ("the protocol", "the fact"); plural
#: nouns ("demonstrators", "prisoners") and names may well be actors the gazetteer lacks.
THING_TAGS = frozenset({"NN"})


def _head(ext: Extraction, doc: Doc, agent: Actor | None, subj: Resolution) -> Token | None:
    """The head word of the phrase that names the agent (the subject, or a "by" object)."""
    if agent is None:
        return None
    if agent.id == subj.actor.id:
        return doc[ext.subject.root]
    return doc[ext.object.root] if ext.object is not None else None


def _with_agent(
    event: dict, agent: Actor | None, head: Token | None, *, undergone: bool = False
) -> dict:
    """The event fields, untyped when the class needs an actor and the agent is none or a
    thing ("the protocol", "his words"; not "a group", "the movement": people nouns). An
    event the subject undergoes names its target, not its agent ("Labour has attracted media
    criticism", "came under fire"): it keeps its class with no agent."""
    kind = event["event_type"]
    if kind is None or kind in AGENTLESS_TYPES or written(kind, head):  # "a UN report accused"
        return event
    if undergone and agent is None:
        return event
    if agent is not None and (agent.type in ACTOR_TYPES or not _thing(head)):
        return event
    return _untyped(event)


#: Sectors of an agent that is the public, no party: civilians ("customers", "taxpayers",
#: "passengers", "voters") and people ("people", "men"), as agents.tsv codes them.
PUBLIC_SECTORS = frozenset({"CVL", "PPL"})


def _by_the_public(event: dict, st: dict) -> dict:
    """The event fields, untyped when the class is a cooperation or a concession
    (:data:`COOPERATION_TYPES`) and its agent is the public (:func:`_public`): "customers
    abandoning calls", "taxpayers end up paying for", "people have signed up", "passengers have
    had to give up the opportunity", "women will back plans": PLOVER's cooperation is between
    parties, and members of the public buying, paying, signing up or giving up are none (issue
    19). A meeting with a party stays ("parents who met Mr Blair": the party's consultation),
    and so does conflict by the public ("householders attacking intruders", "parents refuse to
    allow")."""
    if event["event_type"] not in COOPERATION_TYPES:
        return event
    if not _public(st["agent_code"], st["agent_country"]):
        return event
    party = st["recipient_code"] and not _public(st["recipient_code"], st["recipient_country"])
    if event["event_type"] == "Consult" and party:
        return event
    return _untyped(event)


def _public(code: str | None, country: str | None) -> bool:
    """Whether an actor's code, after its country, is one of :data:`PUBLIC_SECTORS`."""
    return code is not None and code.removeprefix(country or "") in PUBLIC_SECTORS


def _untyped(event: dict) -> dict:
    """The event fields with no class, and so no mode, contexts or quad class."""
    return {
        **event,
        "event_type": None,
        "event_mode": None,
        "event_context": [],
        "quad_class": None,
    }


def _aimed(
    event: dict, typed: Typed, recipient_id: str | None, *, control: str | None = None
) -> dict:
    """The event fields, untyped when a threat read from violence to come (an Assault in the
    future: "will flatten a building", "want to destroy our society", "could strike"; not the
    verb "threaten" or "warn") has no recipient: PLOVER's Threaten is made against a party,
    and harm to come aimed at no actor is a prediction, no threat. A restriction to come needs
    none: "is prepared to impose martial law" threatens the state's own people (PLOVER dev).
    Harm promised (the ``control`` word one of ``promise_verbs``: "the rebels vowed to attack
    the city", "vowed to fight back") is a threat, aimed or not."""
    if event["event_type"] != "Threaten" or recipient_id is not None:
        return event
    if control is not None and control.lower() in vocabulary().promise_verbs:
        return event
    if typed.sense is None or typed.sense.event_type != "Assault":
        return event
    return _untyped(event)


def _targets_a_party(
    ext: Extraction,
    doc: Doc,
    typed: Typed,
    subject: Resolution,
    resolver: Resolver,
    people_noun: Callable[[int], bool],
) -> bool:
    """Whether a passive verb of its own (no control word: not "is expected to call for")
    names an actor as the target of an act done to it, with no agent named: "Mamdouh Habib,
    accused of terrorist offences", "the government was criticised for insisting", "Gerry
    Conlon was convicted of", "is being urged to use", "have been released on bail", "Iran's
    bid ... has been refused" (a refusal's thing subject names the body or state refused:
    :func:`_owner_refused`; a refusal's subject is no person named: :data:`REFUSED_TYPES`),
    or a subject headed by a noun of people who act (``people_noun``, :func:`names_people`:
    "The minister was criticised", "the ambassador was expelled") or naming people of a country
    (a ``group`` resolution: "A Dutch-Moroccan man ... has been charged", "Greek sprinters
    suspended"). Its class (of :data:`PASSIVE_TYPES`) stands with no agent, as PLOVER codes
    an unknown source. A control word that asks (``speech_acts`` of a request: "Iran was urged
    to suspend") asks it of the subject: the Request is made of it."""
    asked = ext.matrix is not None and typed.event_type == "Request"
    asked = asked and vocabulary().speech_acts.get(ext.matrix) == "requested"
    if not ext.passive or (ext.matrix is not None and not asked):
        return False
    if typed.event_type not in PASSIVE_TYPES:
        return False
    trigger = doc[ext.trigger].head if asked else doc[ext.trigger]
    subjects = [c.i for c in trigger.children if c.dep_ in SUBJECTS]
    if any(c.dep_ == "auxpass" and c.i < s for c in trigger.children for s in subjects):
        return False  # "Was Iran urged to suspend enrichment?": a question
    reduced = trigger.dep_ == "acl" and trigger.tag_ == "VBN"  # "Habib, accused of"
    own = reduced or any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children)
    if typed.event_type in REFUSED_TYPES and _person(trigger):
        return False  # "D'Arcy has been ruled out of the team": a person is no refused thing
    if not own:
        return False
    party = (
        subject.actor.type in ACTOR_TYPES
        or subject.via == "group"
        or people_noun(ext.subject.root)
        or _owner_refused(typed, ext, subject.actor, resolver)
    )  # the recipient read only for a refusal's thing subject
    return party and not _let_out_of_care(typed, trigger)


#: Actor types whose thing can be refused them: a body's or a state's bid, offer or claim
#: ("Deutsche Boerse's offer was rejected"), not a person's ("Cueto's effort was ruled out").
OWNER_TYPES = frozenset({"Organization", "Country", "Group"})


def _owner_refused(typed: Typed, ext: Extraction, subject: Actor, resolver: Resolver) -> bool:
    """Whether a refusal's thing subject names the body or state it was refused (the passive's
    recipient, :func:`_undergoer`, of :data:`OWNER_TYPES`): "Iran's bid to join the trade
    body has been refused" is a Reject of Iran. Other classes done to a thing hit no owner:
    "Kasabian's album was released", "Shearer's snap-shot was charged down"."""
    if typed.event_type not in REFUSED_TYPES:
        return False
    return _undergoer(ext, subject, resolver).type in OWNER_TYPES


def _person(trigger: Token) -> bool:
    """Whether a passive verb's subject is a person the parser named (a PERSON entity)."""
    return any(c.dep_ in SUBJECTS and c.ent_type_ == "PERSON" for c in trigger.children)


def _let_out_of_care(typed: Typed, trigger: Token) -> bool:
    """Whether a Retreat names a 'from' place where no one is held (no custody_nouns): "was
    released from hospital" is no release of a prisoner; "released from prison" is."""
    if typed.event_type != "Retreat":
        return False
    custody = vocabulary().custody_nouns
    places = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from"
              for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(o.lemma_.lower() not in custody for o in places)


def _thing(head: Token | None) -> bool:
    """Whether a head noun names a thing: a singular common noun that names no party
    (:func:`kg.extract.targets.is_party`: "the army", "the regime", "a bomber" are parties;
    "Turkey's involvement", "Foster's proposal" are things a party owns, no party)."""
    return head is not None and head.tag_ in THING_TAGS and not is_party(head, owned=False)


def names_people(head: Token, codes: ActorCodes) -> bool:
    """Whether a head noun names people or a body that acts, though no actor of the gazetteer
    ("a spokesman", "the organisers", "officials", "the board"): kg's people nouns (with
    ``acting_body_nouns``, admission's own) or a Phoenix role noun
    (not a bystander's: "people", "tourists"). A head written with a capital that the tagger
    calls a name counts by kg's own lists only ("the Home Secretary", a headline's "Minister
    digs in"; not "People"), and a lower-case one never ("the one law lord")."""
    if head.pos_ not in PEOPLE_POS or (head.pos_ == "PROPN" and not head.text[:1].isupper()):
        return False
    words = vocabulary()
    lemma = head.lemma_.lower()
    if lemma in united(words, ACTING_LISTS) or institutional(head):
        return True
    if head.pos_ != "NOUN":  # "the Home Secretary", "Minister digs in": an office, written up
        return False
    if lemma in words.sector_nouns and words.sector_nouns[lemma] not in BYSTANDERS:
        return True
    agent = codes.agent(head.text)
    return agent is not None and agent.code.lower() not in words.bystander_codes


#: Sectors of ``sector_nouns`` that name people who do not act as a body ("people", "citizens",
#: "athletes": society), as Phoenix's civilian codes do not.
BYSTANDERS = frozenset({"society"})

#: Dependencies by which a noun says whose its head is: "the council's ruling", "a court order".
OWNER_DEPS = frozenset({"poss", "compound"})


def institutional(head: Token) -> bool:
    """Whether a head noun is the act of a body that acts, named as its owner or modifier
    ("the council's ruling", "the court order": the council, the court act)."""
    words, p = vocabulary(), parse_of(head.doc)
    owners = (c for c in p.children[head.i] if p.dep[c] in OWNER_DEPS and p.pos[c] == "NOUN")
    return any(head.doc[c].lemma_.lower() in words.organisation_nouns for c in owners)


def _referred(seen: Evidence, ext: Extraction, subj: Resolution, doc: Doc) -> Evidence:
    """``seen``, with the subject naming people who act when it is a pronoun kg resolved to a
    topic whose phrase names them (:func:`kg.extract.evidence.antecedent`: "The chancellor is
    on a tour ... . He insisted he still trusted Mr Blair": the chancellor insisted, whoever
    kg could not name him as), or an instrument that acts for its issuer when it is "it" so
    resolved (:func:`kg.extract.evidence.issued`: "the law ... . it will hurt smaller tech
    firms", as "the law will hurt ..." is kept; not "they", often the people a document is
    about); else ``seen`` as it is."""
    if seen.people[0] or seen.participle or subj.via != "pronoun" or subj.is_actor:
        return seen  # not "he | tackling | the challenges": a participle's subject is kg's guess
    if doc[ext.subject.root].pos_ != "PRON":
        return seen
    head = antecedent(doc, ext.subject.root, subj.actor.label)
    if head is None or head == ext.subject.root:
        return seen
    pronoun = doc[ext.subject.root].lower_
    if pronoun in vocabulary().thing_pronouns and issued(doc[head]):  # "the law ... it will"
        return replace(seen, issued=True, referent=True)
    if not acting(doc[head]) or vague_group(doc[head]):  # "Analysts ... . They said ..."
        return seen
    return replace(seen, people=(True, seen.people[1]), referent=True)


#: Longer "sentences" (tables, run-on text without punctuation) give no usable statements.
MAX_SENTENCE_TOKENS = 200


def sentence_extractions(sent: Span, *, negation: bool = True) -> Iterator[Extraction]:
    """Extractions of one sentence, skipping empty and overlong ones and wire datelines
    ("MOSCOW (Reuters) -": a place and a date, not "MOSCOW is Reuters")."""
    text = span_text(sent)
    if text.strip() and len(sent) <= MAX_SENTENCE_TOKENS and not is_dateline(text):
        yield from extractions(sent, negation=negation)


def article_statements(
    doc: Doc, article: Article, knowledge: Knowledge
) -> tuple[list[str], list[Statement], dict[str, Actor]]:
    """Sentences, statements and actors of one parsed article."""
    resolver = Resolver(doc, knowledge.gazetteer, codes=knowledge.codes, when=article.date)
    sentences: list[str] = []
    statements: list[Statement] = []
    evidence: list[Evidence] = []  # per statement: what the parse says of it, for admission
    actors: dict[str, Actor] = {}
    describing: dict[int, bool] = {}  # statements whose object describes their subject: is
    # its noun a person's ("BMW's group chief executive")
    words = vocabulary()
    # pure functions of an actor and a day, and of a head word, asked again and again: kept
    # for the article
    code = cache(lambda actor, when: code_of(actor, when, knowledge.codes))
    people_noun = cache(lambda i: names_people(doc[i], knowledge.codes))
    quoted = quote_speakers(doc)  # a quotation's sentences with no frame of their own
    for sid, sent in enumerate(doc.sents):
        sentences.append(span_text(sent).strip())
        cues: tuple[Cues, ...] | None = None  # read for the first typed statement, then kept
        voiced: dict[int, Actor] = {}  # the speaker of a pronoun subject: "I" of "I don't think"
        for ext in (attributed(e, quoted.get(sent.start)) for e in sentence_extractions(sent)):
            speaker = None
            if ext.attributed_to is not None:
                found = resolver.resolve(
                    ext.attributed_to, speaker=voiced.get(ext.attributed_to.root)
                )
                speaker = found.actor if found else None
                if speaker is not None and doc[ext.subject.root].pos_ == "PRON":
                    voiced.setdefault(ext.subject.root, speaker)  # its clauses speak with it
            subjects = resolver.resolve_all(ext.subject, speaker=speaker)
            objects = resolver.resolve_all(ext.object, speaker=speaker) if ext.object else [None]
            if not subjects or not objects:
                continue  # a pronoun with no antecedent in the article: not worth a statement
            typed = classify(ext, doc, knowledge.lexicon)
            if typed.event_type is not None and cues is None:
                cues = cue_words(sent)
            event = event_fields(typed, doc[ext.trigger], cues or ())
            future = ext.modality == "future"
            date, date_source = statement_date(doc[ext.trigger], article.date, future=future)
            mentions = resolver.mentions(ext.object) if ext.object is not None else []
            coder = partial(code, when=parse_day(date))
            named = resolver.mentions(ext.subject)  # "Gordon Brown's budget plans"
            seen = evidence_of(ext, doc, people_noun, subject_mentions=tuple(a.iri for a in named))
            for subj in subjects:
                for obj in objects:
                    built = _statement(
                        ext, subj, obj, speaker, mentions, resolver, typed, code=coder
                    )
                    if built is None:
                        continue
                    st, involved, agent = built
                    head = _head(ext, doc, agent, subj)
                    undergone = typed.undergone or (
                        agent is None
                        and _targets_a_party(ext, doc, typed, subj, resolver, people_noun)
                    )
                    fields = _with_agent(event, agent, head, undergone=undergone)
                    fields = _by_the_public(fields, st)
                    fields = _aimed(fields, typed, st["recipient_id"], control=ext.matrix)
                    for actor in involved:
                        actors.setdefault(actor.id, actor)
                    statements.append(
                        Statement(
                            doc=article.id,
                            sentence_id=sid,
                            sentence=sentences[-1],
                            **fields,
                            date=date,
                            date_source=date_source,
                            **st,
                        )
                    )
                    evidence.append(_referred(seen, ext, subj, doc))
                    if describes_subject(ext, doc, words):
                        describing[len(statements) - 1] = person_noun(doc[ext.object.root], words)
    settle(statements, actors.values())  # one sector per person or firm through the article
    international(statements)  # an IGO's official on the day: no state's side
    kinds = frozenset(a.iri for a in actors.values() if a.type in ACTOR_TYPES)
    title = title_end(article.text, article.title)
    admit(statements, actors=kinds, evidence=evidence, text=article.text, title=title)
    for st in statements:  # the probability of being right, now that admission is known
        st.confidence = calibrate(st)
    _describe(statements, actors, describing)
    for actor in list(actors.values()):  # every country an actor belongs to is a node too
        entry = knowledge.gazetteer.entries.get(f"country/{actor.country}")
        if actor.country and entry is not None:
            actors.setdefault(entry.key, to_actor(entry))
    return sentences, statements, actors


def process(doc: Doc, article: Article, knowledge: Knowledge) -> ArticleResult:
    """Everything kg extracts from one parsed article."""
    sentences, statements, actors = article_statements(doc, article, knowledge)
    return ArticleResult(article, sentences, statements, actors)
