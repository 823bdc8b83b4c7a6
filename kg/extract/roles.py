"""Which prepositional arguments can be an event's recipient (PLOVER's target).

A phrase after a preposition is a target only when the preposition and the event make it one:
"against", "on", "at", "into", "to" for any event; "with" for meetings and agreements; "from"
for demands, withdrawals and expulsions; "over" for accusations, protests, rejections and
threats. Time and circumstance ("under Xi", "during the war", "after the talks", the
``non_target_prepositions`` word list) never make a target, nor does a preposition not listed
here ("for", "about"). A conflict answering an actor's deed names its target as that deed's
owner: "not sending representatives ... for China's abuses" is aimed at China; a complaint
made to an audience is aimed at whom its grievance names ("complained to the UN over Israeli
air raids": Israel); an act on a deed is aimed at its doer ("condemned the strikes carried
out by Israel": Israel).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.parse import first_conjunct_at, parse_of
from kg.extract.phrases import phrase, prep_arg, prep_object
from kg.extract.records import Arg, Extraction
from kg.extract.words import vocabulary

#: Prepositions that make their object a target, and the event types they do it for
#: (None: any event, typed or not).
TARGET_PREPOSITIONS: dict[str, frozenset[str] | None] = {
    "against": None,
    "on": None,
    "at": None,
    "upon": None,
    "into": None,
    "to": None,
    "toward": None,
    "towards": None,
    "with": frozenset({"Consult", "Agree", "Cooperate", "Reject", "Support", "Aid"}),
    "from": frozenset({"Request", "Retreat", "Sanction", "Coerce", "Aid"}),
    # "complained to the UN over Israeli air raids": the grievance names whom it is against
    "over": frozenset({"Accuse", "Protest", "Reject", "Threaten"}),
}
#: Complaints whose "to" object is their audience: an actor the grievance names is the target
#: ("complained to the UN over Israeli air raids" is aimed at Israel).
AUDIENCE_TYPES = frozenset({"Accuse", "Protest"})


def preposition(arg: Arg, doc: Doc) -> Token | None:
    """The preposition a prepositional argument hangs from, or None for a bare one."""
    p = parse_of(doc)
    i = first_conjunct_at(p, arg.root)
    if p.dep[i] == "pobj" and p.dep[p.head[i]] in {"prep", "agent"}:
        return doc[p.head[i]]
    return None


def makes_target(prep: str, event_type: str | None) -> bool:
    """Whether an argument after ``prep`` can be the recipient of an ``event_type`` event."""
    prep = prep.lower()
    if prep in vocabulary().non_target_prepositions or prep not in TARGET_PREPOSITIONS:
        return False
    types = TARGET_PREPOSITIONS[prep]
    return types is None or event_type in types


def is_target(ext: Extraction, doc: Doc, event_type: str | None) -> bool:
    """Whether the extraction's object can be its recipient: a direct object always, an
    object through a preposition ("grown authoritarian under Xi") only as :func:`makes_target`
    says."""
    if ext.object is None:
        return False
    prep = preposition(ext.object, doc)
    if prep is None or ext.last_word != prep.lower_:
        return True  # a direct object: the preposition did not join the relation
    return prep.dep_ == "agent" or makes_target(prep.lower_, event_type)


def target_extras(ext: Extraction, doc: Doc, event_type: str | None) -> list[Arg]:
    """The extra arguments that can be the recipient (or a passive's agent): bare ones ("gave
    Tanzania a grant"), a passive's "by" phrase and prepositional ones whose preposition makes
    a target."""
    found = []
    for extra in ext.extras:
        prep = preposition(extra, doc)
        # a passive's "by" phrase is kept: it is the agent ("made to the council by Russia")
        if prep is None or prep.dep_ == "agent" or makes_target(prep.lower_, event_type):
            found.append(extra)
    return found


def inner_targets(arg: Arg, doc: Doc, event_type: str | None) -> list[Arg]:
    """The target phrases inside an argument that is not itself a target: "called for
    sanctions against Nigeria" targets Nigeria, not the sanctions."""
    head = doc[arg.root]
    return [
        prep_arg(c)
        for c in head.children
        if c.dep_ == "prep" and prep_object(c) is not None and makes_target(c.lower_, event_type)
    ]


def grievance_owners(ext: Extraction, doc: Doc, event_type: str | None) -> list[Arg]:
    """The possessors of the grievance a conflict or sanction answers ("are not sending
    representatives ... for China's abuses": China), to be its recipient when no other
    argument is one. Only for conflict classes (the quad class says), and never for a
    passive, whose subject is already the one acted on."""
    quad = vocabulary().quad_classes.get((event_type or "").lower(), "")
    if ext.passive or not quad.endswith("conflict"):
        return []
    found = []
    for arg in (ext.object, *ext.extras):
        prep = preposition(arg, doc) if arg is not None else None
        if prep is None or prep.lower_ not in vocabulary().grievance_prepositions:
            continue
        found += [phrase(c) for c in doc[arg.root].children if c.dep_ == "poss"]
    return found


def grievances(ext: Extraction, doc: Doc, event_type: str | None) -> list[Arg]:
    """The grievance arguments of a complaint made to an audience ("complained to the UN
    over Israeli air raids": "over Israeli air raids"), whose actors come before the
    audience as its target. Empty unless the relation ends with "to" its object."""
    if event_type not in AUDIENCE_TYPES or ext.object is None:
        return []
    prep = preposition(ext.object, doc)
    if prep is None or prep.lower_ != "to" or ext.last_word != "to":
        return []
    found = []
    for extra in ext.extras:
        extra_prep = preposition(extra, doc)
        if extra_prep is not None and extra_prep.lower_ in vocabulary().complaint_prepositions:
            found.append(extra)
    return found


def deed_agents(arg: Arg, doc: Doc) -> list[Arg]:
    """The "by" agents of a passive participle that modifies an argument's head: "condemned
    the strikes carried out by Israel" is aimed at Israel, the doer of the deed (the reduced
    relative takes the passive's roles; the argument's phrase leaves it out)."""
    p, found = parse_of(doc), []
    for participle in p.children[arg.root]:
        if p.dep[participle] != "acl" or p.tag[participle] != "VBN":
            continue
        agents = (doc[c] for c in p.children[participle] if p.dep[c] == "agent")
        found += [prep_arg(c) for c in agents if prep_object(c)]
    return found
