"""Predicate–argument statements (Open IE) from spaCy dependency parses.

Pure generators over a ``Doc`` or ``Span``: :func:`clauses` (verbal predicates), and
:func:`extractions`, which adds appositions and nominal events (:mod:`kg.extract.nominal`).
A clause is read in three steps: analyse the predicate (:func:`predicate`), choose its
arguments (:func:`arguments`), emit one extraction per subject and object (:func:`emit`).
Nothing here knows about actors, events or RDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract import modality as mood
from kg.extract.coordination import first_conjunct, frame, shared_words
from kg.extract.doctext import doc_text
from kg.extract.nominal import appositions, nominal_events
from kg.extract.parse import parse_of, positions
from kg.extract.phrases import (
    TOP_DROP_DEPS,
    clause_arg,
    conjuncts,
    glued_unit,
    is_temporal,
    object_arg,
    phrase,
    prep_arg,
    prep_object,
    token_text,
)
from kg.extract.predicates import (
    absorbed_by_head,
    absorbed_xcomp,
    clause_depth,
    intent_possessor,
    is_passive,
    is_predicate_at,
    matrix,
    misread_subject,
    objects,
    subjects,
    verb_group,
)
from kg.extract.records import Arg, Extraction
from kg.extract.words import vocabulary

#: Base confidence of each pattern, and what each way of finding the subject takes off.
PATTERN_SCORES = {"svo": 0.9, "passive": 0.85, "copula": 0.75, "clause": 0.6, "intransitive": 0.55}
SUBJECT_PENALTIES = {
    "explicit": 0.0,
    "conj": 0.05,
    "control": 0.1,
    "inherited": 0.15,
    "relative": 0.1,
    "modifier": 0.2,
}
#: What a possessor that is a subject leaves out: its "'s" ("Iran's bid to join": Iran).
OWNER_DROP_DEPS = TOP_DROP_DEPS | {"case"}
#: Dependents taken as extra arguments as they are (others are prepositions with objects).
BARE_EXTRAS = frozenset({"oprd", "dative"})


@dataclass(frozen=True, slots=True)
class Predicate:
    """A verbal predicate, analysed: what every extraction of its clause shares."""

    verb: Token
    xcomp: Token | None  # an absorbed infinitive ("sought to project")
    subjects: list[Token]
    how: str  # how the subjects were found: explicit, conj, control, ...
    group: list[Token]  # the words of the relation
    negated: bool
    passive: bool
    copula: bool
    modality: str
    speaker: Arg | None
    matrix: str | None
    depth: int

    @property
    def head(self) -> Token:
        """The word whose lemma is the relation's: the absorbed infinitive, else the verb."""
        return self.xcomp if self.xcomp is not None else self.verb


@dataclass(frozen=True, slots=True)
class Reading:
    """One object of a predicate: the argument, the prepositions the relation takes with it,
    whether it came through a preposition, and the pattern."""

    object: Arg | None
    preps: tuple[Token, ...] = ()
    via_prep: bool = False
    pattern: str = "svo"


def clauses(doclike: Doc | Span, *, negation: bool = True) -> Iterator[Extraction]:
    """Statements of verbal predicates: active, passive, copula, with their objects.

    Conjoined subjects and objects are distributed ("A and B sent C" gives two statements).
    With ``negation=False`` negated clauses are left out; by default they are kept, flagged.
    """
    n_tokens, p, doc = len(doclike), parse_of(doclike.doc), doclike.doc
    for i in positions(doclike):
        if not is_predicate_at(p, i) or absorbed_by_head(verb := doc[i]):
            continue
        pred = predicate(verb)
        if pred is None or (pred.negated and not negation):
            continue
        readings, extras = arguments(pred)
        yield from emit(pred, readings, extras, n_tokens=n_tokens)


def predicate(verb: Token) -> Predicate | None:
    """Step 1: the predicate ``verb`` heads, or None when it has no subject."""
    found, how = subjects(verb)
    if not found:
        return None
    shared = frame(verb)  # "needs to enter ... and change": read as "needs to change"
    verb, xcomp = (shared, verb) if shared is not None else (verb, absorbed_xcomp(verb))
    xcomp, between = _last_infinitive(xcomp)
    group = sorted({*_words(verb, xcomp), *between}, key=lambda t: t.i)
    reporting = mood.reporter(verb)
    act = mood.speech_act(verb)  # "demanded that Y cancel": the content is requested
    control = matrix(verb, first_conjunct(xcomp) if xcomp is not None else None)
    if control is None and intent_possessor(verb) is not None:  # "France's refusal to back"
        control = vocabulary().intent_nouns[verb.head.lemma_.lower()]  # as "refused to back"
    return Predicate(
        verb=verb,
        xcomp=xcomp,
        subjects=found,
        how=how,
        group=group,
        negated=mood.negated(group),
        # "was arrested and charged": the conjunct shares the passive auxiliary
        passive=is_passive(verb) or any(w.dep_ == "auxpass" for w in group),
        copula=verb.pos_ == "AUX" and xcomp is None,
        modality=mood.modality(
            verb,
            xcomp,
            reported=reporting is not None,
            matrix=control,
            act=act[1] if act else None,
        ),
        speaker=mood.speaker(reporting if reporting is not None else act[0] if act else None),
        matrix=control,
        depth=clause_depth(verb),
    )


#: How many infinitives a relation runs through at most ("promised to continue to ensure").
MAX_INFINITIVES = 4


def _last_infinitive(xcomp: Token | None) -> tuple[Token | None, list[Token]]:
    """The last of a chain of absorbed infinitives, and the words of those before it: in
    "promised to continue to ensure the rebate was justified", "is to try to overturn a
    court ruling", the relation runs to the last ("promised to continue to ensure"), whose
    object is the statement's; it stopped at the second ("Mr Straw | promised to continue |
    None"). Verbs only: a chain through "be" or an adjective stays as it was."""
    between: list[Token] = []
    for _ in range(MAX_INFINITIVES):
        following = absorbed_xcomp(xcomp) if xcomp is not None and xcomp.pos_ == "VERB" else None
        if following is None or following.head != xcomp or following.pos_ != "VERB":
            break  # not through "be" ("has to be careful not to move"), nor an adjective
        between += verb_group(xcomp, None)
        xcomp = following
    return xcomp, between


def _words(verb: Token, xcomp: Token | None) -> list[Token]:
    """The words of the relation, with those a coordinated verb shares with the verb before
    it ("should cut costs and sell assets": "should sell"; :mod:`kg.extract.coordination`)."""
    shared = [w for v in (verb, xcomp) if v is not None for w in shared_words(v)]
    group = {*verb_group(verb, xcomp), *shared}
    return sorted(group, key=lambda t: t.i)


def arguments(pred: Predicate) -> tuple[list[Reading], list[Token]]:
    """Step 2: the objects the relation takes, and the dependents left for extra arguments."""
    direct, preps, clause = objects(pred.verb, pred.xcomp)
    direct = [o for o in direct if not glued_unit(o)]  # "m" of "$28.5m": the amount's own
    prep_args = [p for p in preps if _prep_object_arg(p, pred.verb)]
    if len(direct) > 1 and direct[-1].dep_ == "oprd":  # "calling Xi a dear friend"
        preps = [*preps, direct.pop()]
    return _readings(pred, direct, prep_args, clause), preps


def _readings(
    pred: Predicate, direct: list[Token], prep_args: list[Token], clause: Token | None
) -> list[Reading]:
    """The direct objects, else a reporting verb's clause or one right after the verb,
    else the object of the first preposition after the verb (which joins the relation:
    "met with"), else a clause."""
    verb = pred.verb
    if direct:
        pattern = "copula" if pred.copula else "svo"
        wished = _wished(verb, direct)
        if wished is not None:
            return [Reading(wished, pattern="clause")]
        asked = _asked(verb, direct)
        if asked is not None:
            return [Reading(asked, pattern=pattern)]
        reported = _reported(verb, direct)
        if reported is not None:
            return [Reading(reported, pattern="clause")]
        predicated = _predicated(verb, direct)
        if predicated is not None:
            return [Reading(predicated, pattern=pattern)]
        return [
            Reading(arg, pattern=pattern)
            for o in direct
            for arg in _whole(o, verb) or [object_arg(c, verb) for c in conjuncts(o)]
        ]
    reports = verb.lemma_ in vocabulary().reporting_verbs
    if clause is not None and (reports or not prep_args or _between(verb, clause, prep_args[0])):
        return [Reading(clause_arg(clause), pattern="clause")]
    if prep_args:
        main = prep_args[0]
        pobj = prep_object(main)
        assert pobj is not None
        via, pobj = _complex_preposition(main, pobj)
        whole = _whole(pobj, verb) or [object_arg(o, verb) for o in conjuncts(pobj)]
        return [Reading(arg, via, True) for arg in whole]
    return [Reading(None, pattern="intransitive")]


#: Entity labels of an amount ("£4.3bn", "14.1%", "180,000 Rover cars", "40 tonnes"; read by
#: evidence too), and the dependencies of a number on its unit ("150 euros").
AMOUNT_ENTS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
NUMBER_DEPS = frozenset({"nummod", "compound", "quantmod"})


def _whole(tok: Token, verb: Token) -> list[Arg]:
    """The coordination ``tok`` heads as one argument, where its conjuncts are no objects
    one by one, a range of amounts after "between" (words.tsv ``between_prepositions``; "was
    paid | between £45,001 and £50,000", not "| £50,000"; not "between five and 10 searches
    and the tools", whose range is inside the first conjunct; not the parties "between Yahoo
    and MSN", each an actor the graph links); empty otherwise (the conjuncts are spread:
    "discussed Ukraine and Taiwan")."""
    coordinated = conjuncts(tok)
    if len(coordinated) == 1:
        return []
    between = vocabulary().between_prepositions
    ranged = all(map(_amount, coordinated)) and any(
        c.lower_ in between and not any(w.dep_ == "cc" for w in tok.doc[c.i : tok.i])
        for c in (tok.head, *tok.subtree)
        if c.i < tok.i
    )
    if not ranged:
        return []
    first, last = object_arg(tok, verb), object_arg(coordinated[-1], verb)
    start, end = first.start, last.end
    return [Arg(doc_text(verb.doc)[start:end], start, end, tok.i)]


def _amount(tok: Token) -> bool:
    """Whether ``tok`` is a number or an amount ("£45,001", "150 euros", "$3bn")."""
    return (
        tok.like_num
        or tok.ent_type_ in AMOUNT_ENTS
        or any(c.like_num and c.dep_ in NUMBER_DEPS for c in tok.children)
    )


def _complex_preposition(prep: Token, pobj: Token) -> tuple[tuple[Token, ...], Token]:
    """The words of a preposition and its object: a preposition made of a bare noun and "of"
    (words.tsv ``preposition_nouns``: "in favour of", "on behalf of") joins the relation, and
    the object of its "of" is the object ("voted in favour of | the bill")."""
    if pobj.lemma_.lower() not in vocabulary().preposition_nouns or any(
        c.dep_ in {"det", "poss", "amod"} for c in pobj.children
    ):
        return (prep,), pobj
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = prep_object(of) if of is not None else None
    if of is None or inner is None or inner.dep_ != "pobj":
        return (prep,), pobj
    return (prep, pobj, of), inner


def _wished(verb: Token, direct: list[Token]) -> Arg | None:
    """What a verb that wants or allows something takes: its object and the infinitive after
    it together ("would prefer | Turkey to admit ...", "will allow | China to operate ..."),
    the verbs listed in words.tsv ``content_verbs``; the infinitive heads it, so the object
    names no actor by itself. None for other verbs ("urged Iran to stop": Iran is urged)."""
    if verb.lemma_.lower() not in vocabulary().content_verbs or len(_spread(direct)) != 1:
        return None
    (obj,) = direct
    return _with_infinitive(verb, obj, head_on_object=False)


def _asked(verb: Token, direct: list[Token]) -> Arg | None:
    """What a verb of asking or telling takes: the one asked and the infinitive of what they
    are asked to do together ("urged | the government to continue pressing its case", "told
    | government departments to put plans in place"), so the request keeps its content; the
    one asked heads it, the addressee it names. The verbs: ``speech_acts`` of a request and
    ``addressee_verbs``. What they are asked to do is still a statement of its own ("the
    government | to continue pressing | its case", requested)."""
    words, lemma = vocabulary(), verb.lemma_.lower()
    if words.speech_acts.get(lemma) != "requested" and lemma not in words.addressee_verbs:
        return None
    if len(_spread(direct)) != 1 or direct[0].dep_ != "dobj":
        return None
    (obj,) = direct
    return _with_infinitive(verb, obj, head_on_object=True)


def _with_infinitive(verb: Token, obj: Token, *, head_on_object: bool) -> Arg | None:
    """``verb``'s object ``obj`` and the to-infinitive of ``verb`` after it as one argument,
    headed by the object (:func:`_asked`) or by the infinitive (:func:`_wished`); None where
    no such infinitive follows the object."""
    infinitive = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i and _to_infinitive(c)),
        None,
    )
    if infinitive is None:
        return None
    start, end = phrase(obj).start, clause_arg(infinitive).end
    head = obj.i if head_on_object else infinitive.i
    return Arg(doc_text(verb.doc)[start:end], start, end, head)


def _reported(verb: Token, direct: list[Token]) -> Arg | None:
    """A reported clause whose subject the parser took for the verb's object, the clause as
    one ("denied | the concessions were a political manoeuvre"; see
    :func:`~kg.extract.predicates.misread_subject`), headed by its verb."""
    if len(direct) != 1:
        return None
    clause = next(
        (c for c in verb.children if c.dep_ == "ccomp" and misread_subject(c) == direct[0]),
        None,
    )
    if clause is None:
        return None
    start, end = phrase(direct[0]).start, clause_arg(clause).end
    return Arg(doc_text(verb.doc)[start:end], start, end, clause.i)


def _predicated(verb: Token, direct: list[Token]) -> Arg | None:
    """An object with the adjective said of it after it, which the parser takes for a clause
    ("might make | integration into the EU difficult", not "might make | integration")."""
    if len(_spread(direct)) != 1 or direct[0].dep_ != "dobj":
        return None
    (obj,) = direct
    p = parse_of(verb.doc)  # most verbs have no such clause: no Token per dependent
    adjective = next(
        (c for c in p.children[verb.i] if p.dep[c] == "ccomp" and p.pos[c] == "ADJ" and c > obj.i),
        None,
    )
    if adjective is None or p.children[adjective]:
        return None
    start, end = phrase(obj).start, p.end[adjective]
    return Arg(doc_text(verb.doc)[start:end], start, end, obj.i)


def _to_infinitive(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    )


def _between(verb: Token, clause: Token, prep: Token) -> bool:
    """Whether a clausal complement follows the verb before a preposition does: the clause
    is what the verb takes, the preposition a circumstance ("wanted it to end, despite US
    objections")."""
    return clause.pos_ in {"VERB", "AUX"} and verb.i < clause.left_edge.i < prep.i


def _prep_object_arg(prep: Token, verb: Token) -> bool:
    """A preposition after the verb whose object can be the relation's object (not a date)."""
    return prep.i > verb.i and prep.dep_ != "dative" and not is_temporal(prep_object(prep) or prep)


def _spread(tokens: list[Token]) -> list[Token]:
    """Each token followed by its conjuncts ("discussed Ukraine and Taiwan")."""
    return [o for tok in tokens for o in conjuncts(tok)]


def emit(
    pred: Predicate, readings: list[Reading], extras: list[Token], *, n_tokens: int
) -> Iterator[Extraction]:
    """Step 3: one extraction per reading and subject."""
    for reading in readings:
        pattern = "passive" if reading.pattern == "svo" and pred.passive else reading.pattern
        rel_tokens = sorted(pred.group + list(reading.preps), key=lambda t: t.i)
        rel_span = (rel_tokens[0].idx, rel_tokens[-1].idx + len(rel_tokens[-1].text))
        more = _extra_args(extras, used={*reading.preps, *_within(extras, reading.object)})
        relation, lemma = token_text(rel_tokens), pred.head.lemma_.lower()
        for subj in pred.subjects:
            yield Extraction(
                subject=phrase(subj, drop=OWNER_DROP_DEPS) if subj.dep_ == "poss" else phrase(subj),
                relation=relation,
                relation_span=rel_span,
                object=reading.object,
                lemma=lemma,
                trigger=pred.head.i,
                extras=more,
                negated=pred.negated,
                modality=pred.modality,
                attributed_to=pred.speaker,
                passive=pred.passive,
                confidence=score(pattern, pred.how, subj, reading, n_tokens=n_tokens),
                pattern=pattern,
                matrix=pred.matrix,
                depth=pred.depth,
            )


def _within(tokens: list[Token], arg: Arg | None) -> list[Token]:
    """The tokens that stand inside an argument's span (already said there)."""
    return [] if arg is None else [t for t in tokens if arg.start <= t.idx < arg.end]


def _extra_args(candidates: list[Token], *, used: set[Token]) -> tuple[Arg, ...]:
    """The arguments besides subject and object: prepositional phrases, a predicative
    ("a dear friend"), a receiver ("gave Tanzania a grant")."""
    return tuple(
        [
            phrase(p) if p.dep_ in BARE_EXTRAS else prep_arg(p)
            for p in candidates
            if p not in used and (p.dep_ in BARE_EXTRAS or prep_object(p) is not None)
        ]
    )


def score(pattern: str, how: str, subj: Token, reading: Reading, *, n_tokens: int) -> float:
    """How sure an extraction is: its pattern, how its subject was found, less for an object
    through a preposition, a pronoun subject, a long object, a long sentence."""
    obj = reading.object
    found = PATTERN_SCORES[pattern] - SUBJECT_PENALTIES.get(how, 0.2)
    if reading.via_prep:
        found -= 0.1
    if subj.pos_ == "PRON":
        found -= 0.15
    if obj is not None and len(obj.text.split()) > 8:
        found -= 0.1
    if n_tokens > 40:
        found -= 0.1
    return round(max(0.05, min(0.99, found)), 3)


def extractions(doclike: Doc | Span, *, negation: bool = True) -> Iterator[Extraction]:
    """All extractions of a sentence (or doc): clauses, appositions, nominal events."""
    seen: set[tuple[int, int, str, int | None]] = set()
    for ext in (
        *clauses(doclike, negation=negation),
        *appositions(doclike),
        *nominal_events(doclike),
    ):
        key = (
            ext.subject.start,
            ext.subject.end,
            ext.relation,
            ext.object.start if ext.object else None,
        )
        if key in seen:
            continue
        seen.add(key)
        yield ext
