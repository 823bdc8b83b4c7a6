"""The text of a parsed article's spans, cut from the article's text once per Doc, and a
memo per Doc for what pure functions of its parse give.

spaCy's ``Span.text`` and ``Doc.text`` join the tokens' texts anew on every call (a Span of
six tokens: about 4.5 µs, plus 1 µs to make the Span), and extraction asks for the text of
the same sentences, phrases and names many times. Here the Doc's text is read once
(:func:`kg.nlp.doc_text`: kg's tokenizer keeps the text it was given) and a span's text is a
slice of it, the same string ``Span.text`` gives: the tokens as written, without the last
one's trailing space.

The caches are weakly keyed by the Doc (:class:`weakref.WeakKeyDictionary`) and hold only
strings and plain records, never the Doc, its Tokens or Spans, so an entry goes with its Doc
and memory does not grow with a corpus. A Doc's text never changes (retokenizing keeps it);
what :func:`doc_memo` holds assumes the parse does not change either, as after the pipeline.
"""

from __future__ import annotations

import weakref
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from kg.extract.parse import parse_of
from kg.nlp import doc_text

__all__ = ["doc_memo", "doc_text", "entity_text", "span_text", "tokens_text"]

_MEMOS: WeakKeyDictionary[Doc, dict] = WeakKeyDictionary()
#: The Doc last asked for (a weak reference) and its memo, as :func:`kg.extract.parse.parse_of`
#: keeps its snapshot: the rules ask for the same Doc's memo many times in a row.
_last: tuple[weakref.ref | None, dict | None] = (None, None)


def span_text(span: Span) -> str:
    """``span.text``, as a slice of the Doc's text."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """The text of ``doc[start:end]`` (a non-empty range) and its character offsets, as the
    Span's ``text``, ``start_char`` and ``end_char`` give them, without making the Span."""
    p = parse_of(doc)
    first_char, end_char = p.idx[start], p.end[end - 1]
    return doc_text(doc)[first_char:end_char], first_char, end_char


def entity_text(tok: Token) -> str | None:
    """The text of the entity ``tok`` is part of (the one of ``doc.ents`` that holds it, found
    from the tokens' IOB tags without making every entity's Span); None outside one."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return tokens_text(doc, start, end)[0]


def doc_memo(doc: Doc) -> dict:
    """A dict that lives as long as ``doc``, for what pure functions of its parse give (the
    phrase a token heads, the name an entity gives), keyed by token indices. Its keys and
    values must not hold the Doc, a Token or a Span, or the entry would never go."""
    global _last
    ref, memo = _last
    if ref is not None and ref() is doc and memo is not None:
        return memo
    memo = _MEMOS.get(doc)
    if memo is None:
        memo = _MEMOS[doc] = {}
    _last = (weakref.ref(doc), memo)
    return memo
