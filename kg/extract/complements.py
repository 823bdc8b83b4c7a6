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

from spacy.tokens import Doc

from kg.extract.parse import Parse, parse_of
from kg.extract.records import Extraction
from kg.extract.words import vocabulary

#: Relations whose object is a noun that an infinitive may complete ("had | good reason" of
#: "had good reason to want to leave", "was | time" of "it was time to talk"): copulas and
#: light verbs (``copulas``, ``light_verbs``); other verbs' objects take purpose clauses
#: ("signed a deal to import gas") that only add.
OBJECT_INFINITIVES = frozenset({"acl", "relcl"})
#: Prepositions that end a request's relation and make its object the thing asked for ("called
#: for changes to combat vote rigging": the infinitive is the changes' purpose).
ASKED_FOR = frozenset({"for"})
#: Marks that may stand between a statement's end and the complement it leaves out: quote
#: marks and the colon that opens a quote ('told the MPs: "Anything that ..."').
OPENERS = frozenset({'"', "'", "“", "”", "‘", "’", ":"})


def leaves_out(ext: Extraction, doc: Doc) -> bool:
    """Whether the statement of ``ext`` stops right before a clausal complement that no part
    of it holds (:func:`_follows`): a content clause of its predicate
    ("has assured | foreign companies" before "that it respects existing contracts"), the
    infinitive of a speech act (``speech_acts``, ``reporting_verbs``: "has asked | the WTO"
    before "to investigate"; not "called for | changes" before "to combat vote rigging"), the
    infinitive of a predicate with no object ("Russia | has been waiting" before "to join"),
    a content clause of the object's head ("may be | so political" before "that ...") or an
    infinitive completing an object of a copula or light verb ("had | good reason" before "to
    want to leave", "was | time" before "to talk")."""
    p, words = parse_of(doc), vocabulary()
    spans = [ext.relation_span, (ext.subject.start, ext.subject.end)]
    spans += [(a.start, a.end) for a in (ext.object, *ext.extras) if a is not None]
    last = max(end for _, end in spans)
    found = [c for c in p.children[ext.trigger] if p.dep[c] == "ccomp"]
    speech = ext.lemma in words.speech_acts or ext.lemma in words.reporting_verbs
    if ext.object is None or (speech and ext.last_word not in ASKED_FOR):
        found += [c for c in p.children[ext.trigger] if p.dep[c] == "xcomp" and _to(p, c)]
    if ext.object is not None:
        light = ext.lemma in words.copulas or ext.lemma in words.light_verbs
        for c in p.children[ext.object.root]:
            infinitive = light and p.dep[c] in OBJECT_INFINITIVES and _to(p, c)
            if p.dep[c] == "ccomp" or infinitive:
                found.append(c)
    return any(_follows(p, c, last) and not _inside(p.idx[c], spans) for c in found)


def _to(p: Parse, i: int) -> bool:
    """Whether a verb is an infinitive with "to"."""
    return any(p.tag[c] == "TO" for c in p.children[i])


def _follows(p: Parse, i: int, end: int) -> bool:
    """Whether the phrase of token ``i`` (its subtree) is the next thing in the text after
    ``end``, but for quote marks and a colon (:data:`OPENERS`): "told MPs | the UK was
    losing", not "rejected that idea | saying intercept evidence | is only a small part"."""
    low, todo = i, [i]
    while todo:
        k = todo.pop()
        low = min(low, k)
        todo.extend(p.children[k])
    if p.idx[low] < end:
        return False
    k = low - 1
    while k >= 0 and p.idx[k] >= end:
        if p.lower[k] not in OPENERS:
            return False
        k -= 1
    return True


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start < hi for lo, hi in spans)
