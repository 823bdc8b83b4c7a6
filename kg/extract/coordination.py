"""What a coordinated verb shares with the first verb of its coordination.

The grammar shares a frame when the second verb is a bare conjunct: no subject and no
auxiliary of its own, and the form the shared words govern (the first verb's tag). Then it
shares the infinitive's frame ("needs to enter the market and change its prices": "needs to
change"; "threatened to strike and close the plant": "threatened to close"), and the first
verb's auxiliaries and negation ("should cut costs and sell assets": "should sell"; "will not
raise taxes or cut spending": "will not cut"). A verb with its own subject is a clause of its
own ("He wants to go, and she left"), and so is one of another form ("did not attend and left
early": "left" is past, no "did" governs it). After "but" or "yet" the negation stays with
the first verb ("will not raise taxes but cut spending"), the auxiliaries do not.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.parse import first_conjunct_at, parse_of
from kg.extract.predicates import AUX_DEPS, SUBJ_DEPS, absorbed_by_head, is_perfect
from kg.extract.words import vocabulary

#: Coordinators that contrast the second verb with the first: a negation is not shared.
CONTRASTIVE = frozenset({"but", "yet"})
VERBAL = frozenset({"VERB", "AUX"})
PARTICIPLE, PAST, INFINITIVE = "VBN", "VBD", "TO"


def first_conjunct(verb: Token) -> Token:
    """The first of the verbs ``verb`` is coordinated with (itself if none): what is asked in
    "called on it to free or charge the men" is asked of "charge" too."""
    return verb.doc[first_conjunct_at(parse_of(verb.doc), verb.i)]


def bare_conjunct(verb: Token) -> Token | None:
    """The first verb of the coordination, when ``verb`` is coordinated with it as a bare
    conjunct that can share its words (no subject or auxiliary of its own, the same form);
    else None."""
    p, i = parse_of(verb.doc), verb.i
    if p.dep[i] != "conj" or p.pos[i] not in VERBAL:
        return None
    if any(
        p.dep[c] in SUBJ_DEPS or p.dep[c] in AUX_DEPS or p.dep[c] == "expl" for c in p.children[i]
    ):
        return None
    first = first_conjunct(verb)
    if first.i == i or first.pos_ not in VERBAL or not _same_form(first, verb):
        return None
    return first


def _same_form(first: Token, second: Token) -> bool:
    """Whether two verbs have the form one auxiliary governs: the same tag, or after a
    perfect "have" a participle and a past the tagger took it for ("has not met the deadline
    or paid the debt"; not "are applied but failed to act", nor "had risen and was")."""
    if first.tag_ == second.tag_:
        return True
    forms = (first.tag_, second.tag_, second.pos_)
    return forms == (PARTICIPLE, PAST, "VERB") and is_perfect(parse_of(first.doc), first.i)


def frame(verb: Token) -> Token | None:
    """The verb whose absorbed infinitive ``verb`` is coordinated with: "needs" of "needs to
    enter the market and change its prices", to be read as "needs to change" (the frame's
    words, modality, condition and speaker are the second verb's too)."""
    first = bare_conjunct(verb)
    if first is None or not absorbed_by_head(first):
        return None
    head = first.head
    return head.head if head.dep_ == "acomp" else head


def shares_auxiliaries(verb: Token) -> bool:
    """Whether ``verb`` is governed by the auxiliaries of the verb it is coordinated with
    ("will meet and sign"; not "will meet and she signed", nor "did not attend and left")."""
    return bare_conjunct(verb) is not None


def shared_words(verb: Token) -> list[Token]:
    """The words of the first verb's relation that ``verb`` shares: its auxiliaries and
    negation ("should cut costs and sell assets": "should"), for an infinitive also its "to"
    and the conditional word that opens it ("whether to block or delay"); the negation not
    after a contrastive coordinator ("but")."""
    first = bare_conjunct(verb)
    if first is None:
        return []
    p = parse_of(verb.doc)
    negation = not _contrasted(verb)
    # an infinitive's "to" and "whether" only inside its frame ("needs to change"); alone
    # "to invest" would read as a fragment
    framed = absorbed_by_head(first)
    marks = vocabulary().conditional_marks if framed else frozenset()
    return [
        verb.doc[c]
        for c in p.children[first.i]
        if c < first.i
        and (
            (p.dep[c] in AUX_DEPS and (framed or p.tag[c] != INFINITIVE))
            or (negation and _negation(p.dep[c], p.lower[c]))
            or (p.dep[c] == "mark" and p.lower[c] in marks)
        )
    ] + ([first.head] if framed and first.head.dep_ == "acomp" else [])


def _negation(dep: str, lower: str) -> bool:
    return dep == "neg" or (dep == "advmod" and lower == "never")


def _contrasted(verb: Token) -> bool:
    """Whether the coordinator right before ``verb`` contrasts it with the verb before."""
    p = parse_of(verb.doc)
    ccs = [c for c in p.children[p.head[verb.i]] if p.dep[c] == "cc" and c < verb.i]
    return bool(ccs) and p.lower[max(ccs)] in CONTRASTIVE
