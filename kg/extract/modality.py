"""What a clause commits to: negation, modality (asserted, reported, future, hypothetical, or
the content of a speech act: requested, threatened, denied) and who it is attributed to when it
is reported speech."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from kg.extract.coordination import first_conjunct, shares_auxiliaries
from kg.extract.doctext import doc_memo
from kg.extract.parse import Parse, parse_of
from kg.extract.phrases import phrase
from kg.extract.predicates import AUX_DEPS, PERFECT, link, open_marks, subjects
from kg.extract.pronouns import SUBJECTS
from kg.extract.records import Arg
from kg.extract.words import vocabulary

#: Auxiliaries that are future in reported speech ("said he would attend"), else hypothetical.
WOULD = frozenset({"would", "'d"})
#: How far up the parse a reporting verb or a condition is looked for.
MAX_REPORT_HOPS = 12
MAX_CONDITION_HOPS = 8
#: How a clause hangs below the speech act whose content it is: a complement ("demanded that
#: Y cancel"), a controlled infinitive, or a clause on a content noun ("dismissed reports he
#: told"), that noun being the act's object.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "acl", "relcl", "dobj", "pobj", "prep"})


def negated(tokens: Iterable[Token]) -> bool:
    """Whether the words of a relation are negated ("are not sending", "never met")."""
    negations = vocabulary().negations
    for tok in tokens:
        p, i = parse_of(tok.doc), tok.i
        if p.dep[i] == "neg" or (p.lower[i] in negations and p.dep[i] in {"advmod", "neg"}):
            return True
        # "never" negates wherever the parser hangs it; "no longer" through its adverb
        kids = p.children[i]
        if any(p.dep[c] == "neg" or p.lower[c] == "never" or _negated_adverb(p, c) for c in kids):
            return True
        if _negatively_coordinated(p, i):
            return True
    return False


def negated_below(verb: Token) -> bool:
    """Whether a controlled verb is negated and the verb controlling it is not: the negation
    is the content's ("promised not to raise taxes", "agreed never to attack"), not the act's
    ("did not promise to raise taxes", "never agreed to attack"). Climbs controlled
    infinitives ("is willing not to" through its adjective); False for a verb controlled by
    none."""
    p, i = parse_of(verb.doc), first_conjunct(verb).i
    climbed = []
    for _ in range(MAX_CONDITION_HOPS):
        if p.dep[i] != "xcomp" or p.head[i] == i:
            break
        i = p.head[i]
        if p.dep[i] == "acomp":  # "is willing not to attack": the adjective's verb
            i = p.head[i]
        climbed.append(i)
    if not climbed:
        return False
    doc = verb.doc
    return negated([verb]) and not negated([doc[j] for j in climbed])


def _negatively_coordinated(p: Parse, i: int) -> bool:
    """Whether a verb is joined by a negative coordinator (``negative_coordinators``): the
    conjunct after "nor" ("does not commit suicide, nor does she kill civilians"), a verb
    with "neither" before it ("neither confirmed nor denied"), or one whose subject it leads
    ("Neither Downing Street nor the Labour Party would comment": :func:`_none_of`)."""
    coordinators = vocabulary().negative_coordinators
    if p.pos[i] not in {"VERB", "AUX"}:
        return False
    if any(p.dep[c] == "preconj" and p.lower[c] in coordinators for c in p.children[i]):
        return True
    if any(_none_of(p, c, coordinators) for c in p.children[i] if p.dep[c] in SUBJECTS):
        return True  # "Neither Downing Street nor the Labour Party would comment"
    if p.dep[i] != "conj":
        return False
    ccs = [c for c in p.children[p.head[i]] if p.dep[c] == "cc" and c < i]
    return bool(ccs) and p.lower[max(ccs)] in coordinators


#: Dependencies by which "neither" or "nor" hangs on a subject ("Neither side", "nor the Labour
#: Party").
NONE_DEPS = frozenset({"det", "preconj", "cc"})


def _none_of(p: Parse, subject: int, coordinators: frozenset[str]) -> bool:
    """Whether a subject says none of its members does it: a negative coordinator on it
    ("Neither Downing Street nor the Labour Party would comment", "Neither side would say")."""
    return any(p.dep[c] in NONE_DEPS and p.lower[c] in coordinators for c in p.children[subject])


def _negated_adverb(p: Parse, i: int) -> bool:
    """An adverb negated in turn: "no longer", "not yet"."""
    return p.dep[i] == "advmod" and any(p.dep[c] == "neg" for c in p.children[i])


def speech_act(verb: Token) -> tuple[Token, str] | None:
    """The speech act whose content ``verb``'s clause is, and the content's modality:
    "demanded that Y cancel" -> requested, "warned it would strike" -> threatened,
    "dismissed reports he told" -> denied. The content is not asserted: the act is; nor is
    a verb coordinated with the content ("demanded that Y cancel and withdraw")."""
    words, p, doc = vocabulary(), parse_of(verb.doc), verb.doc
    i, via_noun = first_conjunct(verb).i, False
    for _ in range(MAX_REPORT_HOPS):
        if p.head[i] == i or p.dep[i] not in CONTENT_DEPS:
            return None
        head = doc[p.head[i]]
        if p.dep[i] in {"acl", "relcl"}:
            if head.lemma_.lower() not in words.content_nouns:
                return None  # "the plan Y proposed" is a fact about the plan
            via_noun = True
        elif p.dep[i] in {"dobj", "pobj", "prep"} and not via_noun:
            return None  # the act's own object, not a clause below it
        found = words.speech_acts.get(head.lemma_.lower())
        if found is not None:
            return head, found
        i = head.i
    return None


def reporter(verb: Token) -> Token | None:
    """The reporting verb ("said", "told") whose complement clause holds ``verb``, or the
    accusing verb whose "of V-ing" complement it is ("accused Russia of planning")."""
    p, i = parse_of(verb.doc), verb.i
    for _ in range(MAX_REPORT_HOPS):
        if p.head[i] == i:
            return None
        found = _reports(verb.doc, p, i)
        if found is not None:
            return found
        i = p.head[i]
    return None


def _reports(doc: Doc, p: Parse, i: int) -> Token | None:
    """The verb that reports or alleges the clause token ``i`` heads, if it is one."""
    words, head = vocabulary(), p.head[i]
    if p.dep[i] in {"ccomp", "parataxis"} and doc[head].lemma_ in words.reporting_verbs:
        return doc[head]
    if p.dep[i] == "pcomp" and p.dep[head] == "prep":
        alleging = doc[p.head[head]]
        return alleging if alleging.lemma_ in words.allegation_verbs else None
    return None


def speaker(reporting: Token | None) -> Arg | None:
    """Who says what a reporting verb reports: its first subject, as a phrase. Kept per Doc
    (asked of the same verb by each clause it frames and by the quotation it opens)."""
    if reporting is None:
        return None
    memo, key = doc_memo(reporting.doc), ("speaker", reporting.i)
    if key not in memo:
        found, _ = subjects(reporting)
        memo[key] = phrase(found[0]) if found else None
    return memo[key]


def modality(
    verb: Token, xcomp: Token | None, *, reported: bool, matrix: str | None, act: str | None = None
) -> str:
    """asserted, reported, future, hypothetical, or ``act``: the content modality of the
    speech act the clause is the content of (:func:`speech_act`), which decides first.
    What someone says must or should be done is requested; an intention ("plans to visit",
    "says it is willing to withdraw") is future.

    Then a condition or a modal auxiliary decides ("would" is future in reported speech,
    hypothetical elsewhere); else an intention ("plans to visit") or a forecast ("is likely to
    demand", "is tipped to ask": ``forecast_words``) is future, a doubt ("is unlikely to
    accept") hypothetical, a clause with a condition of its own and no modal ("If it wins,
    Labour is committed to ...", "if the election is on 5 May, voters need to register")
    hypothetical, reported speech reported.
    """
    if act is not None:
        return act
    found = _mood(verb, xcomp)
    if found == "would":
        return "future" if reported else "hypothetical"
    if found == "obligation":  # "said China must drop barriers": a demand, not a fact
        return "requested" if reported else "hypothetical"
    if found == "asserted" and reported and subjunctive(verb):
        return "requested"  # "insisted that Beijing stop the exercises"
    if found != "asserted":
        return found
    if matrix in vocabulary().intent_words or matrix == ARRANGED:  # "is willing to withdraw"
        return "future"
    if (foreseen := forecast(verb, xcomp)) is not None:
        return foreseen  # "is likely to demand", "is tipped to ask", "is unlikely to accept"
    if conditioned(verb):  # "If it wins, Labour is committed to ...": so only on a condition
        return "hypothetical"
    return "reported" if reported else "asserted"


#: Tags of a comparative or superlative word of degree ("more", "less", "most"; the parser
#: tags "more" before an adjective JJR as often as RBR).
COMPARATIVE_TAGS = frozenset({"RBR", "RBS", "JJR", "JJS"})


def forecast(verb: Token, xcomp: Token | None) -> str | None:
    """The modality a control word of an outcome foreseen gives its infinitive: future for a
    forecast ("is likely to demand", "is tipped to ask", "is set to sign": ``forecast_words``),
    hypothetical for a doubt ("is unlikely to accept": ``doubt_words``, or a forecast negated:
    "is not likely to pull off"); None for any other control word, and for what is no forecast:
    a phrasal verb ("had set out to look at" did look) or a comparison of likelihood, a
    propensity of a kind ("are six times more likely to go to university", "more likely to
    vote than other sections of society")."""
    if xcomp is None:
        return None
    words, p = vocabulary(), parse_of(verb.doc)
    linked = link(first_conjunct(xcomp))  # the adjective: "likely" of "is likely to demand"
    word = linked if linked is not None else verb  # the verb: "tipped", "set"
    lemma, lower = p.lemma[word.i].lower(), p.lower[word.i]
    doubts = lemma in words.doubt_words or lower in words.doubt_words
    if not (doubts or lemma in words.forecast_words or lower in words.forecast_words):
        return None
    kids = p.children[word.i]
    if any(p.dep[c] == "prt" for c in kids):
        return None  # "set out to look at": undertook it
    if any(p.dep[c] in {"advmod", "npadvmod"} and p.tag[c] in COMPARATIVE_TAGS for c in kids):
        return None  # "more likely to vote than": a propensity compared, no forecast
    if doubts or negated([word]) or (word != verb and negated([verb])):
        return "hypothetical"
    return "future"


#: The control word of "is to V", what is arranged or due ("Venezuela is to review its
#: deals"): future, as an intention is.
ARRANGED = "be"


def subjunctive(verb: Token) -> bool:
    """Whether a complement clause's verb is a bare subjunctive, which says what is to be
    done: "insisted that Beijing stop the exercises" (tag VB with a subject and no
    auxiliary; "said they stop work at five" is VBP)."""
    p, i = parse_of(verb.doc), verb.i
    return (
        p.dep[i] == "ccomp"
        and p.tag[i] == "VB"
        and any(p.dep[c] == "nsubj" for c in p.children[i])
        and not any(p.dep[c] in AUX_DEPS for c in p.children[i])
    )


def _mood(verb: Token, xcomp: Token | None) -> str:
    if conditional(verb) or (xcomp is not None and open_marks(first_conjunct(xcomp))):
        return "hypothetical"  # "if ...", "will decide whether to block"
    found = aux_modality(verb) or (aux_modality(xcomp) if xcomp is not None else None)
    return found or controlled(verb) or "asserted"


def conditional(verb: Token) -> bool:
    """Whether ``verb`` (or the verb it is coordinated with or controlled by) is in an "if"
    clause, or is the complement of a conditional word the parser took for its head
    ("provided it sticks with reform": "provided" a preposition, "sticks" its clause)."""
    marks, p, i = vocabulary().conditional_marks, parse_of(verb.doc), verb.i
    for _ in range(MAX_CONDITION_HOPS):
        if any(p.dep[c] == "mark" and p.lower[c] in marks for c in p.children[i]):
            return True
        if p.dep[i] in {"ccomp", "pcomp"} and p.lower[p.head[i]] in marks:
            return True
        if p.dep[i] not in {"conj", "xcomp"} or p.head[i] == i:
            return False
        i = p.head[i]
    return False


def has_condition(verb: Token) -> bool:
    """Whether a condition clause hangs on ``verb``: "may halt mediation if cooperation is not
    forthcoming", "there should be a strike unless there is a rethink" (an "if" or "unless"
    adverbial clause of its own; "whether" opens a question, not a condition; "even if" and
    "as if", ``concessive_marks``, none)."""
    words, p = vocabulary(), parse_of(verb.doc)
    marks = words.conditional_marks - {"whether"}
    for c in p.children[verb.i]:
        kids = p.children[c] if p.dep[c] == "advcl" else ()
        found = [m for m in kids if p.dep[m] == "mark" and p.lower[m] in marks]
        if not found:
            continue
        # "even if the prime minister asked", "as if": no condition (concessive_marks)
        before = [m for m in kids if m < found[0] and p.dep[m] in {"advmod", "mark"}]
        before += [m for m in p.children[found[0]] if p.dep[m] == "advmod"]
        if not any(p.lower[m] in words.concessive_marks for m in before):
            return True
    return False


def conditioned(verb: Token) -> bool:
    """Whether a clause holds only on a condition of its own (:func:`has_condition`: "If it
    wins, Labour is committed to ...", "we have to invest if we want to do that"). Not a
    verb of saying, threatening or warning, whose content the condition belongs to wherever
    the parser hangs it ("National Insurance will be raised if Labour wins, Howard has
    claimed", "has been threatened with sanctions if it fails to clamp down"), nor a verb or
    its adjective whose "if" asks (``asking_words``: "asked if he would quit", "it was not
    clear if the models were different")."""
    words = vocabulary()
    lemma = verb.lemma_.lower()
    speech = (words.reporting_verbs, words.warning_verbs, words.threat_verbs)
    if (
        any(lemma in s for s in speech)
        or verb.lower_ in words.asking_words
        or lemma in words.asking_words
    ):
        return False
    if any(c.dep_ == "acomp" and c.lower_ in words.asking_words for c in verb.children):
        return False  # "it was not clear if the models were different": a question
    return has_condition(verb)


def controlled(verb: Token) -> str | None:
    """The modality a controlled clause takes from the verb that controls it, when that verb
    is not a plain fact: "will allow China to operate and invest" (future), "pledged to work
    towards lifting the ban", "wants the rebate to come to an end" (intentions: future).
    Climbs infinitives (controlled, or with a subject of their own) and "towards V-ing"
    complements (and the first of coordinated ones), never a coordination of its own: in
    "pledged to act but said ...", "said" is a fact."""
    tok = verb
    if tok.dep_ == "conj" and (tok.head.dep_ in {"xcomp", "pcomp"} or _infinitive(tok.head)):
        tok = tok.head
    for _ in range(MAX_CONDITION_HOPS):
        if tok.dep_ == "xcomp" or _infinitive(tok):
            head = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.i > tok.head.head.i:
            head = tok.head.head  # "work towards lifting"; "after talking, we decided" is not
        else:
            return None
        found = aux_modality(head)
        if found is not None:
            return "hypothetical" if found == "would" else found
        if {head.lemma_.lower(), head.lower_} & vocabulary().intent_words:
            return "future"
        if head == tok:
            return None
        tok = head
    return None


def _infinitive(tok: Token) -> bool:
    """A complement infinitive with a subject of its own ("allow China to operate")."""
    p, i = parse_of(tok.doc), tok.i
    return p.dep[i] == "ccomp" and any(
        p.dep[c] == "aux" and p.tag[c] == "TO" for c in p.children[i]
    )


def aux_modality(verb: Token) -> str | None:
    """Modality from a verb's auxiliaries: "would", "hypothetical", "future", "obligation"
    ("must", "should"; with a perfect "have" hypothetical) or None."""
    words = vocabulary()
    auxes = _auxiliaries(verb)
    if auxes & words.obligation_auxiliaries:
        # "must have been", "should have acted": a perfect modal speaks of what was or was not
        # done, a guess or a reproach; nothing is left to be done
        return "hypothetical" if PERFECT in auxes else "obligation"
    if auxes & words.hypothetical_auxiliaries:
        return "would" if auxes & WOULD else "hypothetical"
    if auxes & words.future_auxiliaries:
        return "future"
    p = parse_of(verb.doc)
    return "future" if any(p.lower[a] == "going" for a in p.children[verb.i]) else None


def _auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of ``verb``, or of the verb it is coordinated with when it shares them
    ("will meet and sign"; not "will meet and she signed", "did not go and left":
    :func:`kg.extract.coordination.shares_auxiliaries`), lower-cased."""
    p, i = parse_of(verb.doc), verb.i
    auxes = [c for c in p.children[i] if p.dep[c] in AUX_DEPS]
    if not auxes and shares_auxiliaries(verb):
        auxes = [c for c in p.children[p.head[i]] if p.dep[c] in AUX_DEPS]
    return {p.lower[a] for a in auxes}
