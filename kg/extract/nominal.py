"""Statements without a verb: appositions ("Xi, China's president") and nominal events with
an agent and a target ("Beijing's crackdown on Hong Kong")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.parse import Parse, dependent, parse_of, positions
from kg.extract.phrases import (
    TOP_DROP_DEPS,
    conjuncts,
    is_temporal,
    phrase,
    prep_object,
    token_text,
)
from kg.extract.records import Extraction
from kg.extract.words import vocabulary

NOMINALS = frozenset({"NOUN", "PROPN"})
#: Entity types that can be the agent of a nominal event when they modify the noun.
AGENT_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
APPOS_DROP_DEPS = TOP_DROP_DEPS | {"appos"}
AGENT_DROP_DEPS = TOP_DROP_DEPS | {"case"}


def appositions(doclike: Doc | Span) -> Iterator[Extraction]:
    """``X, Y`` appositions as ``X – is – Y`` ("Xi, China's president"); a name is the subject."""
    p, doc = parse_of(doclike.doc), doclike.doc
    for i in positions(doclike):
        if _appositive(p, i) and not (is_temporal(doc[p.head[i]]) or is_temporal(tok := doc[i])):
            found = _apposition(tok)
            if found is not None:
                yield found


def _appositive(p: Parse, i: int) -> bool:
    """A noun in apposition to a noun (of the two, dates and times are left to the caller)."""
    head = p.head[i]
    return p.dep[i] == "appos" and head != i and p.pos[head] in NOMINALS and p.pos[i] in NOMINALS


def _apposition(tok: Token) -> Extraction | None:
    """``name – is – description`` for an apposition, unless the two phrases overlap."""
    head = tok.head
    subj, obj = (tok, head) if tok.pos_ == "PROPN" and head.pos_ == "NOUN" else (head, tok)
    # each phrase's own appositive only, not the other phrase, which the statement relates
    p = parse_of(tok.doc)
    s = replace(phrase(subj, drop=APPOS_DROP_DEPS), appos=dependent(p, subj.i, "appos"))
    o = replace(phrase(obj, drop=APPOS_DROP_DEPS), appos=dependent(p, obj.i, "appos"))
    if s.end > o.start and o.end > s.start:
        return None
    return Extraction(
        subject=s,
        relation="is",
        relation_span=(min(s.end, o.end), max(s.start, o.start)),
        object=o,
        lemma="be",
        trigger=tok.i,
        confidence=0.6,
        pattern="appos",
    )


def nominal_events(doclike: Doc | Span) -> Iterator[Extraction]:
    """Nominal events with a possessor and a target: "Beijing's crackdown on Hong Kong"."""
    p, doc = parse_of(doclike.doc), doclike.doc
    for i in positions(doclike):
        at = _agent(p, i) if p.pos[i] == "NOUN" else None
        if at is None:
            continue
        noun, agent = doc[i], doc[at]
        for prep, pobj in _targets(noun):
            rel_tokens = [
                *(c for c in noun.lefts if c.dep_ == "compound" and c.i > agent.i),
                noun,
                prep,
            ]
            for target in conjuncts(pobj):
                yield Extraction(
                    subject=phrase(agent, drop=AGENT_DROP_DEPS),
                    relation=token_text(rel_tokens),
                    relation_span=(rel_tokens[0].idx, prep.idx + len(prep.text)),
                    object=phrase(target),
                    lemma=noun.lemma_.lower(),
                    trigger=noun.i,
                    confidence=0.45,
                    pattern="nominal",
                )


def _agent(p: Parse, noun: int) -> int | None:
    """The possessor of the nominal event at ``noun`` ("Beijing's"), else a nationality or
    name that modifies it ("Russian strikes"): its index, read from the snapshot."""
    kids = p.children[noun]
    poss = next((c for c in kids if p.dep[c] == "poss" and p.pos[c] == "PROPN"), None)
    if poss is not None:
        return poss
    modifiers = [c for c in kids if p.dep[c] in {"amod", "compound"}]
    found = next((c for c in modifiers if p.ent_type[c] in AGENT_ENTS), None)
    if found is not None and p.ent_type[found] == "GPE" and _terror(p, modifiers, found):
        return None  # "the US terror attacks": where terror struck, not a state's act
    return found


#: The context of terror: a state before a noun of it is where it struck ("US terror attacks").
TERRORISM = "terrorism"


def _terror(p: Parse, modifiers: list[int], agent: int) -> bool:
    """Whether a modifier after the agent's names terrorism (``event_contexts``)."""
    contexts = vocabulary().event_contexts
    return any(c > agent and contexts.get(p.lemma[c].lower()) == TERRORISM for c in modifiers)


def _targets(noun: Token) -> Iterator[tuple[Token, Token]]:
    """(preposition, object) of each target of a nominal event ("crackdown on Hong Kong")."""
    preps, p = vocabulary().nominal_prepositions, parse_of(noun.doc)
    for i in p.children[noun.i]:
        if p.dep[i] != "prep" or p.lower[i] not in preps:
            continue
        prep = noun.doc[i]
        pobj = prep_object(prep)
        if pobj is not None and pobj.pos_ in NOMINALS:
            yield prep, pobj
