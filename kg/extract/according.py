"""Sources a sentence cites: "According to Reuters, they plan to seize 12,900 acres" is
Reuters' claim, as "Reuters said they plan ..." would be, and Reuters is not who "they" are.

News gives a claim's source in an "according to X" adjunct as often as in a reporting verb's
frame. :func:`cited_sources` finds it for each sentence (outside quotation marks), so that
the sentence's statements with no speaker of their own are attributed to it
(:func:`kg.extract.quotes.quote_speakers`); :func:`is_cited` tells the pronoun rules that a
name is a source, not a participant. A source that is a document or figures "from" or "by"
a named body ("according to numbers released by Japan's Finance Ministry") is that body.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.doctext import doc_memo, doc_text
from kg.extract.parse import parse_of
from kg.extract.phrases import phrase
from kg.extract.pronouns import quoted
from kg.extract.records import Arg, Extraction
from kg.extract.words import vocabulary

#: The word that opens the adjunct, and the preposition after it.
ACCORDING, TO = "according", "to"
#: Prepositions by which a document or figures name the body they come from.
ISSUERS = frozenset({"from", "by"})
#: Patterns whose "X is Y" reading a cited source does not voice (kg.extract.clauses).
GLOSSES = frozenset({"copula", "appos"})
#: Entity types of a body or person that can be a source.
SOURCE_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class Cited(Arg):
    """A source "according to" cites: it voices the sentence's claims, not the glosses the
    writer puts in it ("Hato El Charcote, a beef cattle ranch", "12,900 acres (5,200
    hectares)": :func:`voices`)."""


def voices(source: Arg, ext: Extraction) -> bool:
    """Whether ``source`` says what ``ext`` reads: a speaker says all of it, a cited source
    none of the "X is Y" readings of an apposition or a copula (:data:`GLOSSES`)."""
    return not (isinstance(source, Cited) and ext.pattern in GLOSSES)


def cited_sources(doc: Doc) -> dict[int, Arg]:
    """The source of each sentence (by its first token's index) that cites one with
    "according to", outside quotation marks. Kept per Doc."""
    memo = doc_memo(doc)
    if "cited" not in memo:
        memo["cited"] = _cited(doc) if ACCORDING[1:] in doc_text(doc) else {}
    return memo["cited"]


def _cited(doc: Doc) -> dict[int, Arg]:
    p, inside = parse_of(doc), quoted(doc)
    found: dict[int, Arg] = {}
    for i, word in enumerate(p.lower):
        if word != ACCORDING or i in inside:
            continue
        source = _source(doc[i])
        if source is not None:
            arg = phrase(source)
            found.setdefault(p.sent_start[i], Cited(arg.text, arg.start, arg.end, arg.root))
    return found


def _source(according: Token) -> Token | None:
    """The head of what "according to" cites: the named body a document comes from or by,
    else the object of "to"; None when the parse has no object there or the object is an
    instrument acted upon (``policy_nouns``: "according to the ceasefire agreement", "to a
    court order": conformity, no source)."""
    to = next((c for c in according.children if c.lower_ == TO), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is not None and obj.lemma_.lower() in vocabulary().policy_nouns:
        return None  # "withdrew according to the ceasefire agreement": how, not who says
    if obj is None or obj.ent_type_:
        return obj
    for tok in obj.subtree:  # "figures from the Bank", "numbers released by the Ministry"
        if tok.dep_ == "pobj" and tok.head.lower_ in ISSUERS and tok.ent_type_ in SOURCE_ENTS:
            return tok
    return obj


def is_cited(tok: Token) -> bool:
    """Whether ``tok`` is inside what "according to" cites (the source, or the body its
    figures come from), outside quotation marks."""
    if not cited_sources(tok.doc):  # most articles cite none: no walk
        return False
    return any(a.lower_ == ACCORDING for a in tok.ancestors) and tok.i not in quoted(tok.doc)


def cites(tok: Token) -> bool:
    """Whether the sentence ``tok`` is in cites a source (its pronouns are the claim's
    participants, not the source)."""
    return parse_of(tok.doc).sent_start[tok.i] in cited_sources(tok.doc)
