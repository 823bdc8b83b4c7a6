"""A plain snapshot of a Doc's parse, read once, for the rules that walk it most.

Every ``Token.head``, ``.children``, ``doc[i]`` makes a new Token object in Cython, and every
``.dep_``, ``.pos_``, ``.lower_`` looks its string up anew: a rule that checks the dependents
of each token of each sentence pays that again and again (``list(tok.children)`` of three
children costs about 0.6 µs, ``tok.pos_`` 0.17 µs, a list item 0.01 µs). :func:`parse_of`
reads the attributes the hottest rules ask for into tuples indexed by token position, once
per Doc, with :meth:`Doc.to_array`; a rule then reads ``p.dep[i]`` and ``p.children[i]``
(token indices) where it would make Token objects, and makes a Token (``doc[i]``) only for
what it returns.

The snapshot holds only strings and integers (never the Doc or a Token), so it is kept in a
cache weakly keyed by the Doc and goes with it (like :func:`kg.extract.doctext.doc_memo`, it
assumes the parse does not change once read, as after the pipeline).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

#: The string attributes read, in the order of the snapshot's fields.
_STRING_ATTRS = (DEP, POS, TAG, LOWER, ENT_TYPE, LEMMA)


@dataclass(frozen=True, slots=True)
class Parse:
    """A Doc's parse as tuples indexed by token position: for token ``i``, ``head[i]`` is
    ``doc[i].head.i`` (``i`` itself for a root), ``children[i]`` the indices of
    ``doc[i].children`` in order, and ``dep[i]``, ``pos[i]``, ``tag[i]``, ``lower[i]``,
    ``ent_type[i]``, ``lemma[i]`` what ``doc[i].dep_``, ``.pos_``, ``.tag_``, ``.lower_``,
    ``.ent_type_``, ``.lemma_`` say;
    ``sent_start[i]`` is ``doc[i].sent.start``, the index of the first token of its sentence
    (for a Doc with sentence boundaries, as a parsed one has); ``idx[i]`` and ``end[i]`` are
    the character offsets of its start and end (``doc[i].idx``, plus ``len(doc[i])``)."""

    head: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]
    dep: tuple[str, ...]
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    lower: tuple[str, ...]
    ent_type: tuple[str, ...]
    lemma: tuple[str, ...]
    sent_start: tuple[int, ...]
    idx: tuple[int, ...]
    end: tuple[int, ...]


_SNAPSHOTS: WeakKeyDictionary[Doc, Parse] = WeakKeyDictionary()
#: The strings of the ids the snapshots have read (labels and lower-case words), process-wide:
#: an id is the hash of its string (or a fixed symbol) in every StringStore. Bounded: emptied
#: when it would grow past :data:`NAMES_CACHE`, so a corpus cannot grow it.
_NAMES: dict[int, str] = {}
NAMES_CACHE = 1 << 17
#: The Doc last asked for (a weak reference) and its snapshot: the rules ask for the same Doc
#: many times in a row, and this is quicker than the memo's weak-keyed lookup.
_last: tuple[weakref.ref | None, Parse | None] = (None, None)


def parse_of(doc: Doc) -> Parse:
    """The snapshot of ``doc``'s parse, read on first use and kept while the Doc lives."""
    global _last
    ref, found = _last
    if ref is not None and ref() is doc and found is not None:
        return found
    found = _SNAPSHOTS.get(doc)
    if found is None:
        found = _SNAPSHOTS[doc] = read_parse(doc)
    _last = (weakref.ref(doc), found)
    return found


def positions(doclike: Doc | Span) -> range:
    """The token indices (in the Doc) of a Doc or Span."""
    return range(doclike.start, doclike.end) if isinstance(doclike, Span) else range(len(doclike))


def dependent(p: Parse, i: int, dep: str) -> int | None:
    """The first dependent of token ``i`` labelled ``dep`` (its index), if any (a plain loop:
    asked tens of thousands of times an article batch, a generator costs twice as much)."""
    labels = p.dep
    for c in p.children[i]:
        if labels[c] == dep:
            return c
    return None


def left_edge(p: Parse, i: int) -> int:
    """The first token of the phrase of token ``i`` (its subtree)."""
    low, todo = i, [i]
    while todo:
        k = todo.pop()
        low = min(low, k)
        todo.extend(p.children[k])
    return low


#: How far up a chain of coordinated words their first one is looked for.
MAX_CONJUNCTS = 12


def first_conjunct_at(p: Parse, i: int) -> int:
    """The first of the words token ``i`` is coordinated with (its index; ``i`` if none): up
    the ``conj`` links ("to free or charge the men": "free")."""
    for _ in range(MAX_CONJUNCTS):
        if p.dep[i] != "conj" or p.head[i] == i:
            break
        i = p.head[i]
    return i


def conjuncts_at(p: Parse, i: int) -> list[int]:
    """Token ``i`` and the tokens coordinated with it (their indices), depth first in the
    order of the text ("the US, Britain and Canada")."""
    out, stack = [], [i]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed([c for c in p.children[current] if p.dep[c] == "conj"]))
    return out


def particle(p: Parse, i: int) -> str | None:
    """The particle the parser gave the verb at ``i`` ("off" of "called off"), lower case
    as the lexicon writes it, if any."""
    found = dependent(p, i, "prt")
    return p.lower[found] if found is not None else None


def sentence_root(doc: Doc, start: int) -> Token:
    """The root of the sentence that starts at token ``start``: ``doc[start].sent.root`` (its
    first token that heads itself, else what :attr:`Span.root` finds), without making the
    sentence's Span."""
    p = parse_of(doc)
    i = start
    while i < len(p.head) and p.sent_start[i] == start:
        if p.head[i] == i:
            return doc[i]
        i += 1
    return doc[start:i].root


def sentences_back(doc: Doc, i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before token ``i``'s (of the first
    sentence, if there are fewer; ``n`` 0: of ``i``'s own)."""
    starts = parse_of(doc).sent_start
    start = starts[i]
    for _ in range(n):
        if start == 0:
            break
        start = starts[start - 1]
    return start


def sentence_end(doc: Doc, i: int) -> int:
    """The index after the last token of token ``i``'s sentence: the first token of the next
    sentence, or the Doc's length after the last."""
    starts = parse_of(doc).sent_start
    end = i
    while end < len(starts) and starts[end] == starts[i]:
        end += 1
    return end


def read_parse(doc: Doc) -> Parse:
    """Read the snapshot of ``doc``'s parse: two :meth:`Doc.to_array` calls (the numbers, the
    strings' ids) and a string lookup per distinct value (about 1 µs a token)."""
    n = len(doc)
    if n == 0:
        return Parse((), (), (), (), (), (), (), (), (), (), ())
    at = numpy.arange(n)
    numbers = doc.to_array([HEAD, SENT_START, IDX, LENGTH]).astype("int64")
    heads = numbers[:, 0] + at
    # the tokens grouped by head, in order (a root, its own head, in a group of its own past
    # the end): token i's children are the i-th group
    grouped = numpy.where(heads == at, n, heads)
    order = numpy.argsort(grouped, kind="stable").tolist()
    ends = numpy.cumsum(numpy.bincount(grouped, minlength=n + 1)).tolist()[:n]
    starts = [0, *ends[:-1]]
    children = tuple(tuple(order[a:b]) for a, b in zip(starts, ends, strict=True))
    strings = doc.vocab.strings
    columns = doc.to_array(list(_STRING_ATTRS)).T.tolist()
    dep, pos, tag, lower, ent_type, lemma = (_strings(column, strings) for column in columns)
    # a token's sentence starts at the nearest sentence start at or before it (else at 0)
    opens = numbers[:, 1] == 1
    sent_start = tuple(numpy.maximum.accumulate(numpy.where(opens, at, 0)).tolist())
    idx, end = tuple(numbers[:, 2].tolist()), tuple((numbers[:, 2] + numbers[:, 3]).tolist())
    head = tuple(heads.tolist())
    return Parse(head, children, dep, pos, tag, lower, ent_type, lemma, sent_start, idx, end)


def _strings(ids: list[int], strings) -> tuple[str, ...]:
    """The strings of a column of ids: each id new to :data:`_NAMES` looked up in the
    StringStore (decoding it costs about 0.3 µs), then all read from there."""
    try:
        return tuple(map(_NAMES.__getitem__, ids))
    except KeyError:  # new words: look them up
        pass
    missing = set(ids).difference(_NAMES)
    if len(_NAMES) + len(missing) > NAMES_CACHE:
        _NAMES.clear()
        missing = set(ids)
    _NAMES.update((v, strings[v]) for v in missing)
    return tuple(map(_NAMES.__getitem__, ids))
