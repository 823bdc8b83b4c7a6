"""Complements a statement leaves out: the parse-side evidence of the ``fragment`` reason of
:mod:`kg.extract.admission` (which documents it). A statement that stops where its
predicate's clausal complement begins says less than the sentence, often the opposite of its
point: "The US | has asked | the WTO" of "has asked the WTO to investigate EU tariffs",
"Venezuela | has assured | foreign companies" of "... that it respects existing contracts",
"the chancellor | said | it was time" of "it was time to talk about British values". What
was asked or said is kg's other statement of the sentence ("the WTO | to investigate | ...",
requested and attributed to the US), so the cut one is left out of the graph.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.parse import Parse, left_edge, parse_of
from kg.extract.records import Extraction
from kg.extract.relatives import cuts_class
from kg.extract.words import vocabulary

#: Clauses that complete the word they hang on, when a statement stops right before one: a
#: content clause ("assured companies | that it respects contracts"), an infinitive a verb
#: controls ("asked the WTO | to investigate"), an infinitive completing a noun ("had good
#: reason | to want to leave", "it was time | to talk"; the parser often calls it a relative).
CONTENT = "ccomp"
CONTROLLED = "xcomp"
NOUN_INFINITIVES = frozenset({"acl", "relcl"})
#: Prepositions that end a request's relation and make its object the thing asked for ("called
#: for changes to combat vote rigging": the infinitive is the changes' purpose).
ASKED_FOR = frozenset({"for"})
#: Marks that may stand between a statement's end and the complement it leaves out: quote
#: marks and the colon that opens a quote ('told the MPs: "Anything that ..."').
OPENERS = frozenset({'"', "'", "“", "”", "‘", "’", ":"})


def leaves_out(ext: Extraction, doc: Doc) -> bool:
    """Whether the statement of ``ext`` stops right before a clause that completes a word of
    it, a clause no part of it holds and that begins with the next word of the text (but for
    quote marks and a colon, :data:`OPENERS`): a content clause ("has assured | foreign
    companies" before "that it respects existing contracts", "may be | so political" before
    "that ...", "has confirmed | Agroflora is absolutely confident" before "that ..."), the
    infinitive of a speech act (``speech_acts``, ``reporting_verbs``: "has asked | the WTO"
    before "to investigate"; not "called for | changes" before "to combat vote rigging") or of
    a predicate with no object ("Russia | has been waiting" before "to join"; not "lifted a
    ban | to reward Tripoli", a purpose), an infinitive completing the noun a copula or light
    verb takes ("had | good reason" before "to want to leave", "said | it was time" before
    "to talk"; not "signed a deal | to import gas"). The word completed must be one the
    statement holds (:func:`_holds`). Also a side whose defining relative clause is left out
    (:func:`kg.extract.relatives.cuts_class`: "Countries | are | liable to fines" of
    "Countries which exceed the threshold are liable to fines")."""
    if cuts_class(ext, doc):
        return True  # "Countries | are | liable" of "Countries which exceed the threshold ..."
    p = parse_of(doc)
    spans = [ext.relation_span, (ext.subject.start, ext.subject.end)]
    spans += [(a.start, a.end) for a in (ext.object, *ext.extras) if a is not None]
    last = max(end for _, end in spans)
    first = bisect_left(p.idx, last)  # the first token after the statement
    start = _next_word(p, first, ext.trigger)
    path = _path(p, start, ext.trigger) if start is not None else []
    return any(
        first <= left_edge(p, i) <= start and _holds(p, spans, p.head[i]) and _completes(p, ext, i)
        for i in path
    ) or _asked_apart(p, ext, spans)


#: Dependencies of a speech act's infinitive: controlled, or read by the parser as a purpose
#: when a phrase stands between ("order British citizens ... who could not be deported, to
#: face house arrest").
ASKED = frozenset({CONTROLLED, "advcl"})


def _asked_apart(p: Parse, ext: Extraction, spans: list[tuple[int, int]]) -> bool:
    """Whether the statement is of a speech act (``speech_acts``) with an object and leaves
    out the infinitive of what was asked, though not right after it ("the home secretary |
    could order | foreign suspects" of "could order British citizens or foreign suspects who
    could not be deported, to face house arrest"); not "called for | changes" before "to
    combat vote rigging" (a purpose of the thing asked for). An infinitive read as a purpose
    (``advcl``) is what was asked only with words between the statement and it: not "Mr
    Putin | urged | calm" of "urged calm, to avoid further bloodshed", nor "The president |
    ordered | troops | into the city" before "to restore order" (:func:`_apart`)."""
    if ext.object is None or ext.lemma not in vocabulary().speech_acts:
        return False
    if ext.last_word in ASKED_FOR:
        return False
    return any(
        p.dep[c] in ASKED
        and _to(p, c)
        and not _holds(p, spans, c)
        and (p.dep[c] == CONTROLLED or _apart(p, spans, c))
        for c in p.children[ext.trigger]
    )


def _apart(p: Parse, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether a word (not punctuation) stands between the statement's end and the phrase of
    token ``i`` ("foreign suspects | who could not be deported, | to face house arrest")."""
    first = bisect_left(p.idx, max(end for _, end in spans))
    return any(p.pos[j] != "PUNCT" for j in range(first, left_edge(p, i)))


def _holds(p: Parse, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i`` is a word of the statement (inside one of its character
    ``spans``): a clause completes only a word the statement holds, not one of a clause it
    leaves out ("examine | contracts worth $3bn" before "which it believes may have been
    tainted": "tainted" completes "believes"; "settled | charges from regulators" before
    "that it failed to disclose": "to disclose" completes "failed")."""
    return any(start <= p.idx[i] < end for start, end in spans)


def _completes(p: Parse, ext: Extraction, i: int) -> bool:
    """Whether the clause of token ``i`` completes the word it hangs on (see
    :func:`leaves_out`)."""
    words, dep, head = vocabulary(), p.dep[i], p.head[i]
    if dep == CONTENT:
        return True
    if dep == CONTROLLED and _to(p, i):
        if head != ext.trigger:
            return True  # inside a clause the statement holds: "said | Russia was waiting"
        speech = ext.lemma in words.speech_acts or ext.lemma in words.reporting_verbs
        return ext.object is None or (speech and ext.last_word not in ASKED_FOR)
    if dep in NOUN_INFINITIVES and _to(p, i):
        verb = p.lemma[p.head[head]].lower()
        return verb in words.copulas or verb in words.light_verbs
    return False


def _to(p: Parse, i: int) -> bool:
    """Whether a verb is an infinitive with "to"."""
    return any(p.tag[c] == "TO" for c in p.children[i])


def _next_word(p: Parse, i: int, trigger: int) -> int | None:
    """The first token from ``i`` on, past quote marks and a colon (:data:`OPENERS`), in the
    sentence of ``trigger``."""
    while i < len(p.idx) and p.lower[i] in OPENERS:
        i += 1
    if i >= len(p.idx) or p.sent_start[i] != p.sent_start[trigger]:
        return None
    return i


def _path(p: Parse, i: int, top: int) -> list[int]:
    """The tokens from ``i`` up to ``top`` (not included) along heads; empty if ``top``
    is not above ``i``."""
    path: list[int] = []
    while i != top:
        if p.head[i] == i or len(path) > MAX_DEPTH:
            return []
        path.append(i)
        i = p.head[i]
    return path


#: How far up the walk from a word to the statement's predicate goes (a bound on the climb).
MAX_DEPTH = 24
