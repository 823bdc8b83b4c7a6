"""A saying typed by what its content clause does (issue 19: speech acts by what is said).

"Mr Howard said he rejected the idea" is a rejection and "Cable said he supported the move"
backing: a speaker who reports their own stance takes it (CAMEO codes the stance, not the
statement; :func:`stance`). "The Tories said she broke a convention", "lawyers say the auction
violated US law" accuse someone of misconduct (CAMEO 11x, Accuse; :func:`accuses`): the
content's verb is one of wrongdoing (``misconduct_verbs``), done by another than the speaker
("we ignored the rules" is an admission), asserted, not guessed ("could undermine" is a worry).
So is what critics say ("critics claim the record is at best patchy"), the speaker's own
outrage at a thing ("said he was appalled that the authorities ...": :func:`outraged`) and
another's thing said to fall short ("said the reforms did not go far enough":
:func:`finds_short`). An idiom that rules a
thing out is a refusal ("said removing the sanctions is out of the question": Reject; see
:func:`rules_out`). A future act of the speaker's own is a promise or a threat
(:mod:`kg.extract.promises`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Token

from kg.extract.coordination import CONTRASTIVE
from kg.extract.modality import has_condition
from kg.extract.parse import Parse, dependent, parse_of
from kg.extract.promises import CONTENT_DEPS, REPORTED_FUTURE, announced, content, same_speaker
from kg.extract.pronouns import SUBJECTS
from kg.extract.records import Extraction
from kg.extract.wordnet import abstract_kinds, abstract_nouns, figure_nouns
from kg.extract.words import vocabulary

#: The stances a speaker's own reported act gives the saying: a rejection, backing, an
#: accusation, a demand ("said it continued to oppose the plans", "said he backed the move").
STANCES = frozenset({"Reject", "Support", "Accuse", "Request"})
#: Parts of speech of a conjoined verb ("has broken", "was wasted").
VERBS = frozenset({"VERB", "AUX"})
#: Labels of an infinitive of purpose or control ("used the tools to defraud", "conspired to
#: defraud").
INFINITIVES = frozenset({"xcomp", "advcl"})
#: Labels of a feeling as a clause's complement ("was angry at the decision").
FEELING_DEPS = frozenset({"acomp", "oprd"})
#: WordNet kinds (lexicographer files) of a deed, word or plan a party may be blamed for.
DEED_KINDS = frozenset({"act", "communication", "cognition"})
#: How a ``shortfall_verbs`` value says its idiom is negated: "not_enough" is "not" with
#: "enough" ("did not go far enough"); "short" is "short" alone ("fall short").
NEGATED_IDIOM = "not_"


def said_class(
    ext: Extraction, trigger: Token, doc: Doc, classify: Callable[[Extraction], str | None]
) -> str | None:
    """The class a saying takes from its content clause: a promise or threat announced, else
    a stance of the speaker's own, else a refusal (:func:`rules_out`); None if none
    (``classify`` types a clause)."""
    found = announced(ext, trigger, doc, classify) or stance(ext, trigger, doc, classify)
    return found or ("Reject" if rules_out(trigger) else None)


def stance(
    ext: Extraction, trigger: Token, doc: Doc, classify: Callable[[Extraction], str | None]
) -> str | None:
    """The class of a content clause that reports the speaker's own stance, now or past (no
    modal: "should back" is no backing yet) and not negated ("said he rejected the idea",
    "said it continued to oppose Mr Glazer's plans": the infinitive's verb, under the
    clause's own as control word), when it is one of :data:`STANCES`, and no "but" turns
    from it to the point; else None."""
    if ext.passive:
        return None
    speaker = doc[ext.subject.root]
    words = vocabulary()
    modals = words.future_auxiliaries | words.hypothetical_auxiliaries | REPORTED_FUTURE
    p = parse_of(doc)
    for at in _clauses(p, trigger.i):
        if "nsubj" not in map(p.dep.__getitem__, p.children[at]):
            continue  # cheap first: no subject of its own, no stance of the speaker's
        clause = doc[at]
        kids = list(clause.children)
        subject = next(c for c in kids if c.dep_ == "nsubj")
        if not same_speaker(subject, speaker) or _doubted(clause, kids):
            continue
        if any(c.dep_ == "cc" and c.lower_ in CONTRASTIVE for c in kids):
            continue  # "we applaud the initiatives, but why target the airlines?": the point
        if any(c.dep_ == "aux" and c.lower_ in modals for c in kids):
            continue  # a promise or a threat (:func:`announced`), or what should be
        verb = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        said = content(clause, subject, kids, modality="asserted")
        if verb is not None:  # "continued to oppose": oppose, with "continue" controlling it
            inner = list(verb.children)
            said = content(verb, subject, inner, modality="asserted", matrix=clause.lemma_)
        if _own(said, trigger.doc, words.speaker_pronouns):
            continue  # "we are defending our national sovereignty": a position, no one backed
        found = classify(said)
        if found in STANCES:
            return found
    return None


def _own(said: Extraction, doc: Doc, speaker_pronouns: frozenset[str]) -> bool:
    """Whether a stance's object is the speaker's own ("our sovereignty", "my record")."""
    if said.object is None:
        return False
    owners = (c for c in doc[said.object.root].children if c.dep_ == "poss")
    return any(c.lower_ in speaker_pronouns for c in owners)


def accuses(ext: Extraction, trigger: Token) -> bool:
    """Whether a saying's content clause accuses another of misconduct (see the module):
    its verb is of ``misconduct_verbs`` with what that needs, asserted (no guess, no
    condition, not negated), and its doer is not the speaker; or the speakers are critics
    (``critic_speakers``), whose content is criticism whatever it says."""
    words = vocabulary()
    speaker = trigger.doc[ext.subject.root] if not ext.passive else None
    if speaker is not None and speaker.lemma_.lower() in words.critic_speakers:
        # "critics claim the record is patchy": the verb's own subject ("to placate critics,
        # announcing he would ..." is no critic's)
        own = speaker.dep_ == "nsubj" and speaker.head == trigger
        return own and bool(_clauses(parse_of(trigger.doc), trigger.i))
    p = parse_of(trigger.doc)
    for at in _clauses(p, trigger.i):
        clause = trigger.doc[at]
        if not any(misconduct(d) for d in _deeds(clause)):
            continue
        if _speakers_own(_first_subject(clause.children), speaker):
            continue  # "we ignored the rules": an admission
        return True
    return False


def _deeds(clause: Token) -> Iterator[Token]:
    """A content clause's verb and, the clause asserted, the infinitive of its purpose or
    control ("used the FBI's tools to defraud the public", "conspired to defraud"): the
    deed the clause says its doer did."""
    yield clause
    kids = list(clause.children)
    if _doubted(clause, kids):
        return
    for child in kids:
        if child.dep_ in INFINITIVES and any(a.tag_ == "TO" for a in child.children):
            yield child


def outraged(ext: Extraction, trigger: Token) -> bool:
    """Whether a saying's content clause tells the speaker's own outrage at a thing: a word
    of ``outrage_words`` as the clause's verb or complement, felt by the speaker
    (:func:`same_speaker`), at something named (a content clause, or a phrase of
    ``outrage_prepositions``): "said he was appalled that the authorities felt the need to
    detain them", "said they were angry at the decision", "disgusted by the remarks" (a
    criticism, CAMEO 111). Another's feeling ("voters are angry") and a feeling at nothing
    named ("said he was angry") are not; nor one negated, guessed or conditional."""
    words = vocabulary()
    speaker = trigger.doc[ext.subject.root] if not ext.passive else None
    if speaker is None:
        return False
    p = parse_of(trigger.doc)
    for at in _clauses(p, trigger.i):
        clause = trigger.doc[at]
        kids = list(clause.children)
        feelings = [clause] if _outrage(clause) else []
        feelings += [c for c in kids if c.dep_ in FEELING_DEPS and _outrage(c)]
        if not feelings or _doubted(clause, kids):
            continue
        subject = _subject(clause)
        if subject is None or not same_speaker(subject, speaker):
            continue
        if any(_felt_at(f, words.outrage_prepositions) for f in feelings):
            return True
    return False


def _subject(clause: Token) -> Token | None:
    """A clause's subject, or, a conjunct with none, its first conjunct's ("she was shocked
    at ... and appalled that ...")."""
    subject = _first_subject(clause.children)
    if subject is None and clause.dep_ == "conj":
        return _first_subject(clause.head.children)
    return subject


def _first_subject(kids: Iterable[Token]) -> Token | None:
    """The first of a clause's children (``kids``) that is its subject, else None."""
    return next((c for c in kids if c.dep_ in SUBJECTS), None)


def _speakers_own(subject: Token | None, speaker: Token | None) -> bool:
    """Whether a content clause's active subject is the speaker (:func:`same_speaker`): "we
    ignored the rules", "we have not gone far enough" admit, they do not accuse."""
    if subject is None or speaker is None or subject.dep_ != "nsubj":
        return False
    return same_speaker(subject, speaker)


def _outrage(word: Token) -> bool:
    """Whether a word is a feeling of outrage (``outrage_words``), by form or lemma."""
    outrage = vocabulary().outrage_words
    return word.lower_ in outrage or word.lemma_.lower() in outrage


def _felt_at(feeling: Token, prepositions: frozenset[str]) -> bool:
    """Whether a feeling names what it is at: a content clause ("appalled that ...") or a
    phrase of ``prepositions`` with its object ("angry at the decision", "disgusted by")."""
    for child in feeling.children:
        if child.dep_ in CONTENT_DEPS and child.pos_ in VERBS:
            return True
        phrase = child.dep_ in {"prep", "agent"} and child.lower_ in prepositions
        if phrase and any(o.dep_ == "pobj" for o in child.children):
            return True
    return False


def finds_short(ext: Extraction, trigger: Token) -> bool:
    """Whether a saying's content clause says another's thing falls short, with an idiom of
    ``shortfall_verbs``: "said the reforms did not go far enough" (negated, with "enough"),
    "said the plans fall short" (a criticism, CAMEO 111): said of a deed, word or plan
    (:func:`_a_deed`), not of a figure ("sales fell short of forecasts") or a thing (a
    product reviewed); not the speaker's own ("we have not gone far enough" admits), not
    guessed or conditional."""
    idioms = vocabulary().shortfall_verbs
    speaker = trigger.doc[ext.subject.root] if not ext.passive else None
    p = parse_of(trigger.doc)
    for at in _clauses(p, trigger.i):
        clause = trigger.doc[at]
        idiom = idioms.get(clause.lemma_.lower())  # cheap first
        if idiom is None:
            continue
        kids = list(clause.children)
        negated = idiom.startswith(NEGATED_IDIOM)
        if guessed(kids) or has_condition(clause) or _negated(kids) != negated:
            continue
        below = [g for c in kids for g in (c, *c.children)]
        if not any(w.lower_ == idiom.removeprefix(NEGATED_IDIOM) for w in below):
            continue
        subject = _first_subject(kids)
        if subject is None or not _a_deed(subject) or _speakers_own(subject, speaker):
            continue
        return True
    return False


def _a_deed(noun: Token) -> bool:
    """Whether a noun names a deed, word or plan (an abstraction of :data:`DEED_KINDS`:
    "reforms", "the proposal", "the plans"), not a figure ("sales fell short of forecasts")
    nor a thing ("the Mac mini fell short of being a media server": a product reviewed)."""
    names = {noun.lemma_.lower(), noun.lower_}
    if names & figure_nouns():
        return False
    kinds = abstract_kinds()
    return any(kinds.get(n) in DEED_KINDS for n in names)


def misconduct(clause: Token) -> bool:
    """Whether a verb says a wrong was done: of ``misconduct_verbs`` with what that needs
    (:func:`_has`: "broke the pledges", "failing to uphold the rights"), asserted (not
    negated, guessed or conditional: "could undermine" is a worry), and no figure as the doer
    of a wrong to an abstraction ("rising oil prices had damaged confidence" blames no one)."""
    need = vocabulary().misconduct_verbs.get(clause.lemma_.lower())  # cheap first
    if need is None:
        return False
    kids = list(clause.children)
    if _doubted(clause, kids) or not _has(need, kids):
        return False
    subject = _first_subject(kids)
    return not (need == "abstract" and subject is not None
                and subject.lemma_.lower() in figure_nouns())  # fmt: skip


def rules_out(trigger: Token) -> bool:
    """Whether a saying's content clause rules a thing out with an idiom of
    ``refusal_nouns``: "said removing the sanctions is out of the question", "is off the
    table", "said the rebate is not up for renegotiation" (a refusal, CAMEO 12); "is not out
    of the question" rules nothing out."""
    nouns, p = vocabulary().refusal_nouns, parse_of(trigger.doc)
    for at in _clauses(p, trigger.i):
        kids = p.children[at]
        negated = dependent(p, at, "neg") is not None
        for prep in (k for k in kids if p.dep[k] == "prep"):
            for path, noun in _idioms(p, prep):
                idiom = nouns.get(p.lemma[noun].lower())
                if idiom == path and negated == (path == "up_for"):
                    return True
    return False


def _idioms(p: Parse, prep: int) -> Iterator[tuple[str, int]]:
    """The prepositions and noun of a phrase: ("off", table) of "off the table", ("out_of",
    question) of "out of the question" (token indices of the snapshot ``p``)."""
    for child in p.children[prep]:
        if p.dep[child] == "pobj":
            yield p.lower[prep], child
        elif p.dep[child] == "prep":
            yield from ((f"{p.lower[prep]}_{path}", noun) for path, noun in _idioms(p, child))


def _clauses(p: Parse, trigger: int) -> list[int]:
    """A saying's content clauses, and the verbs conjoined to each ("said Mr Blair has
    forgotten the taxpayers and has broken the pledges"): token indices of the snapshot."""
    found = []
    for clause in p.children[trigger]:
        if p.dep[clause] in CONTENT_DEPS:
            found.append(clause)
            found += [v for v in p.children[clause] if p.dep[v] == "conj" and p.pos[v] in VERBS]
    return found


def guessed(kids: list[Token]) -> bool:
    """Whether a clause (its verb's children) says what may be, not what is: an auxiliary
    of ``hypothetical_auxiliaries`` other than "would" of reported speech and those of
    obligation ("could undermine", "might be illegal"; not "should have been spent")."""
    guesses = _guesses()
    return any(c.dep_ == "aux" and c.lower_ in guesses for c in kids)


def _guesses() -> frozenset[str]:
    """The auxiliaries of a guess: ``hypothetical_auxiliaries`` less "would" and obligation
    (read each time: a cache here would outlive a reloaded word list)."""
    words = vocabulary()
    return words.hypothetical_auxiliaries - REPORTED_FUTURE - words.obligation_auxiliaries


def _doubted(clause: Token, kids: list[Token]) -> bool:
    """Whether a content clause is negated, guessed or conditional."""
    return _negated(kids) or guessed(kids) or has_condition(clause)


def _negated(kids: Iterable[Token]) -> bool:
    """Whether a clause's children (``kids``) negate it ("did not go")."""
    return any(c.dep_ == "neg" for c in kids)


def _has(need: str, kids: list[Token]) -> bool:
    """Whether a misconduct verb has what its ``misconduct_verbs`` value needs: nothing
    more (any), an object of ``norm_nouns`` (norm: "broke the pledges", not "broke the
    record"), an infinitive of ``duty_infinitives`` (duty: "failing to uphold the
    rights", not "failed to reach agreement"), or an abstraction as object (abstract,
    ``abstract_nouns``: "had damaged faith in the political system", not "damaged 300
    homes"; :func:`accuses` wants no figure as its doer there: "rising prices had damaged
    confidence" blames no one)."""
    words = vocabulary()
    if need == "norm":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words.norm_nouns for c in kids)
    if need == "duty":
        duties = words.duty_infinitives
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in duties for c in kids)
    if need == "abstract":
        abstract = abstract_nouns()
        return any(c.dep_ == "dobj" and c.lemma_.lower() in abstract for c in kids)
    return True
