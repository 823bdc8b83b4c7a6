"""Which words inside an argument can name the event's target (PLOVER's recipient).

An actor named inside an object is its target when it says whose the object is or whom it
holds: the possessor ("condemned Iran's nuclear programme": Iran), a name or nationality that
modifies the head noun ("attacked Iraqi positions": Iraq; "dismissed the US complaint"), the
object of a place preposition on the head or of one that carries a noun's target (words.tsv
``place_prepositions``, ``location_prepositions`` but the ``non_target_prepositions``,
``nominal_prepositions``, ``between_prepositions``: "fired at targets in Jericho", "positions
of the Iraqi army", "began a hunger strike outside Parliament", "hails the relationship with
China"), a deed's
doer ("recognizing victories by Djindjic's coalition", "messages sent by Mr Pitylak"), what
a plan's infinitive says ("rejected plans for sovereignty to be shared between Britain and
Spain"), and in a clause its subject, object and their words, and its target prepositions'
objects ("said ONGC and NIOC reached a deal", "denied the decision would suggest to China").

It is not when it is part of a name or a word ("won the US Open", "the US Open champion",
"the Iraq war" as an event's name, "a Russian-made rifle", "German-bashing"), nor further
down: a modifier's modifier, a clause on a noun but a plan's infinitive and a participle's
doer ("a report that the firm failed to win a contract in Iraq"), a preposition of another
kind ("a higher price for a project in Benin", "despite US objections").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from spacy.tokens import Doc

from kg.extract.parse import Parse, conjuncts_at, parse_of
from kg.extract.phrases import phrase
from kg.extract.records import Arg
from kg.extract.words import vocabulary
from kg.model import Actor

#: Entity labels of a party, whose name as a modifier can name the target.
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC"})
#: Entity labels of a named thing: nothing inside its name names a target ("the US Open",
#: "the Iraq war").
THING_ENTS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
#: Dependencies by which a word modifies a head noun.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: A clause's arguments whose words can name the target.
CLAUSE_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "dative"})
#: A clause's complements, whose arguments are its content's.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
NOUNS = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
#: The prepositions by which a count names what it counts ("many of the men") and a deed its
#: doer ("victories by Djindjic's coalition", as :func:`kg.extract.roles.deed_agents`).
OF_BY = frozenset({"of", "by"})
#: A past participle on a noun: a reduced passive relative, whose "by" phrase names the doer.
PARTICIPLE = "VBN"
#: How deep into an argument the walk goes (a clause's subject's possessor's place, ...).
MAX_DEPTH = 4


def target_phrases(arg: Arg, doc: Doc, *, places: frozenset[str] | None = None) -> list[Arg]:
    """The phrases inside ``arg`` that can name its target, in the order of the text.

    ``places``: the place prepositions on a head noun whose objects count besides the target
    prepositions (None: all, "fired at targets in Jericho"; an empty set: none, "recalling
    vehicles in the US", "unaware of the fraud at WorldCom")."""
    p = parse_of(doc)
    preps = _target_prepositions() | (_noun_prepositions() if places is None else places)
    walks = [
        _walk(p, doc, arg.root, 0, preps),
        *(_walk(p, doc, c, 0, preps) for c in _caught(p, arg)),
    ]
    found = {(a.start, a.end): a for walk in walks for a in walk}
    return [found[k] for k in sorted(found)]


def _caught(p: Parse, arg: Arg) -> list[int]:
    """The receivers and target prepositions of the verb that the argument's span takes in
    though they are the verb's ("issued a stern reminder Saturday to Iraq that it must ...":
    "to Iraq" stands inside the object's span)."""
    root, head = arg.root, p.head[arg.root]
    if head == root:
        return []
    targets = _target_prepositions()
    return [
        c
        for c in p.children[head]
        if c != root
        and arg.start <= p.idx[c] < arg.end
        and (p.dep[c] == "dative" or (p.dep[c] == "prep" and p.lower[c] in targets))
    ]


@cache  # of the process-wide word lists, as kg.extract.targets keeps its unions
def _target_prepositions() -> frozenset[str]:
    """Prepositions that carry a target on a noun or a verb ("relationship with China",
    "sovereignty shared between Britain and Spain")."""
    words = vocabulary()
    return words.nominal_prepositions | words.between_prepositions


@cache
def _noun_prepositions() -> frozenset[str]:
    """Prepositions whose objects can name a head noun's target: of a place (not "near") or a
    target."""
    words = vocabulary()
    located = words.location_prepositions - words.non_target_prepositions  # not "near"
    return words.place_prepositions | located | _target_prepositions()


def _walk(p: Parse, doc: Doc, i: int, depth: int, preps: frozenset[str]) -> Iterator[Arg]:
    if depth > MAX_DEPTH:
        return
    if p.pos[i] == "ADP":  # a prepositional argument: its object ("to a Turkish company")
        for o in p.children[i]:
            if p.dep[o] in {"pobj", "pcomp"}:
                yield from _object(p, doc, o, depth, preps)
        return
    for head in conjuncts_at(p, i):
        if p.pos[head] in VERBS:
            yield from _clause(p, doc, head, depth, preps)
        elif p.ent_type[head] not in THING_ENTS:
            yield from _noun(p, doc, head, depth, preps)


def _object(p: Parse, doc: Doc, i: int, depth: int, preps: frozenset[str]) -> Iterator[Arg]:
    """An argument inside the argument (and its conjuncts): its phrase, unless a pronoun or a
    named thing, and the words inside it."""
    for c in conjuncts_at(p, i):
        if p.pos[c] in NOUNS and p.ent_type[c] not in THING_ENTS:
            yield phrase(doc[c])
    yield from _walk(p, doc, i, depth + 1, preps)


def _clause(p: Parse, doc: Doc, verb: int, depth: int, preps: frozenset[str]) -> Iterator[Arg]:
    """A clause's subject and object (and its complement's) and the objects of its target
    prepositions ("would suggest to China"): they and the words that say whose they are."""
    targets = _target_prepositions()
    for c in p.children[verb]:
        if p.dep[c] in CLAUSE_ARG_DEPS:
            yield from _object(p, doc, c, depth, preps)
        elif p.dep[c] in COMPLEMENT_DEPS:  # "said he wanted talks with the US to begin"
            yield from _walk(p, doc, c, depth + 1, preps)
        elif p.dep[c] == "prep" and p.lower[c] in targets:
            yield from _prep_objects(p, doc, c, depth, preps)


def _noun(p: Parse, doc: Doc, noun: int, depth: int, preps: frozenset[str]) -> Iterator[Arg]:
    """A head noun's possessor, its name modifiers, and the objects of its place and target
    prepositions ("targets in Jericho", "relationship with China"); of a count, what it
    counts ("many of Mr Khatami's supporters")."""
    nominal = p.pos[noun] in NOUNS
    for c in p.children[noun]:
        dep = p.dep[c]
        if dep == "poss" and nominal and p.ent_type[c] not in THING_ENTS:
            yield phrase(doc[c])
        elif dep in MODIFIER_DEPS and nominal:
            yield from _modifiers(p, doc, c, noun)
        elif dep == "prep" and (p.lower[c] in OF_BY or (nominal and p.lower[c] in preps)):
            yield from _prep_objects(p, doc, c, depth, preps)
        elif dep == "acl" and nominal and _infinitive(p, c):  # the plan's content
            yield from _walk(p, doc, c, depth + 1, preps)
        elif dep == "acl" and nominal and p.tag[c] == PARTICIPLE:  # "messages sent by X"
            for agent in p.children[c]:
                if p.dep[agent] == "agent":
                    yield from _prep_objects(p, doc, agent, depth, preps)


def _infinitive(p: Parse, i: int) -> bool:
    """An infinitive clause on a noun, which says what the plan, bid or call is ("plans for
    sovereignty to be shared between Britain and Spain"); not a participle ("messages sent
    by ...") nor a relative clause."""
    return any(p.dep[c] == "aux" and p.tag[c] == "TO" for c in p.children[i])


def _prep_objects(
    p: Parse, doc: Doc, prep: int, depth: int, preps: frozenset[str]
) -> Iterator[Arg]:
    for o in p.children[prep]:
        if p.dep[o] == "pobj":
            yield from _object(p, doc, o, depth, preps)


def _modifiers(p: Parse, doc: Doc, c: int, noun: int) -> Iterator[Arg]:
    """A modifier that names a party, and through a common noun's compound, its own ("EU
    asylum moves", "the EU member countries")."""
    if _names_a_party(p, doc, c, noun):
        yield phrase(doc[c])
    elif p.pos[c] == "NOUN" and p.dep[c] == "compound":
        for g in p.children[c]:
            if p.dep[g] in MODIFIER_DEPS:
                yield from _modifiers(p, doc, g, c)


def _names_a_party(p: Parse, doc: Doc, c: int, noun: int) -> bool:
    """Whether a modifier of a head noun names a party of its own: a party's name or
    nationality, a whole word and a whole name ("Iraqi positions"); not part of a name that
    goes on ("the US Open champion": "US" before "Open"), nor of a hyphenated word
    ("Russian-made", "German-bashing"), nor of a named thing."""
    if p.ent_type[c] not in PARTY_ENTS:
        return False
    after = c + 1
    if after < len(doc) and doc[c].whitespace_ == "" and doc[after].text == "-":
        return False  # "Russian-made": one word
    if c > 0 and doc[c - 1].text == "-" and doc[c - 1].whitespace_ == "":
        return False  # "pro-Western"
    return not _name_goes_on(p, doc, c, noun)


def _name_goes_on(p: Parse, doc: Doc, c: int, noun: int) -> bool:
    """Whether the next word before the head is a proper noun modifier of the same noun that
    the modifier's entity does not take in: "US Open champion" ("US" is part of "US Open")."""
    nxt = c + 1
    if nxt >= noun:
        return False
    same_entity = p.ent_type[nxt] == p.ent_type[c] and doc[nxt].ent_iob_ == "I"
    return p.pos[nxt] == "PROPN" and p.head[nxt] in {noun, c} and not same_entity


def targets_among(
    arg: Arg,
    doc: Doc,
    actors: list[Actor],
    resolve: Callable[[Arg], Actor | None],
    *,
    places: frozenset[str] | None = None,
) -> list[Actor]:
    """Of ``actors`` (those named inside ``arg``), the ones its target phrases name, in their
    order (``resolve``: a phrase to the actor it names, or None; ``places``: as
    :func:`target_phrases`)."""
    found_in = target_phrases(arg, doc, places=places)
    ids = {found.id for sub in found_in if (found := resolve(sub)) is not None}
    return [a for a in actors if a.id in ids]
