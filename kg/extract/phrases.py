"""Argument phrases: the minimal complete phrase a token heads, as an :class:`Arg`.

A phrase leaves out its sub-clauses and conjuncts (they are statements of their own) and the
punctuation at its edges; clausal and prepositional arguments get their own shapes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.doctext import doc_memo, doc_text, tokens_text
from kg.extract.parse import Parse, conjuncts_at, dependent, parse_of
from kg.extract.records import Arg
from kg.extract.words import vocabulary

#: Dependents cut from the top of an argument: they are statements of their own.
TOP_DROP_DEPS = frozenset(
    {
        "conj",
        "cc",
        "preconj",
        "relcl",
        "appos",
        "advcl",
        "parataxis",
        "punct",
        "mark",
        "acl",
        "dep",
        "ccomp",
    }
)
#: Dependents cut anywhere inside an argument (whole sub-clauses).
INNER_DROP_DEPS = frozenset({"relcl", "appos", "advcl", "parataxis", "acl", "ccomp", "dep"})
#: Dependents a clausal argument leaves out ("that" and edge punctuation).
CLAUSE_DROP_DEPS = frozenset({"mark", "punct"})
TEMPORAL_ENTS = frozenset({"DATE", "TIME"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "IN", "DT"})
#: Closing brackets and quotes, with the opener each closes.
CLOSERS = {")": "(", "]": "[", "”": "“", "’": "‘", '"': '"'}
#: Opening brackets and quotes that differ from their closer, with the closer of each.
OPENERS = {o: c for c, o in CLOSERS.items() if c != o}


def phrase(tok: Token, *, drop: frozenset[str] = TOP_DROP_DEPS) -> Arg:
    """The minimal complete phrase headed by ``tok``, without sub-clauses or conjuncts. Kept
    per Doc (a subject comes back for each reading of its clause, and in actor rules)."""
    memo, key = doc_memo(tok.doc), ("phrase", tok.i, drop)
    if key not in memo:
        memo[key] = _phrase(tok, drop)
    return memo[key]


def _phrase(tok: Token, drop: frozenset[str]) -> Arg:
    p, i = parse_of(tok.doc), tok.i
    kept = [i]  # token indices
    clause = drop is CLAUSE_DROP_DEPS  # a clausal argument keeps its verbs' complements
    for child in p.children[i]:
        if p.dep[child] not in drop or _completes(p, child):
            _collect(p, child, kept, clause=clause)
    lo, hi = _trim(tok, min(kept), max(kept))
    if hi + 1 < len(tok.doc) and glued_unit(tok.doc[hi + 1]):
        hi += 1  # "$28.5" and its "m", which the parser hung elsewhere: "$28.5m"
    text, start, end = tokens_text(tok.doc, lo, hi + 1)
    return Arg(text, start, end, i, same_as(p, i))


#: Units written right after an amount ("$28.5m", "£5bn", "2k"), which spaCy's tokenizer
#: splits from the number after a currency sign.
AMOUNT_UNITS = frozenset({"m", "bn", "k"})


def glued_unit(tok: Token) -> bool:
    """Whether ``tok`` is the unit of the number right before it, written with no space
    between ("m" of "$28.5m"), that the parser hung apart from the number, often as a second
    object ("has agreed to pay | $28.5" and "| m"); it belongs to the number's phrase."""
    if tok.i == 0 or tok.lower_ not in AMOUNT_UNITS:
        return False
    number = tok.doc[tok.i - 1]
    if number.head == tok:
        return False  # "£960m" read as one phrase, headed by its unit: nothing astray
    return number.like_num and not number.whitespace_


def same_as(p: Parse, i: int) -> int | None:
    """The head of a phrase in apposition with token ``i``'s, which names the same thing:
    its appositive ("the new operator, Irancell"), else the noun it is the appositive of
    ("Oleg Gordievsky, a senior KGB officer who became ...": the officer is Gordievsky); not
    the object of a preposition that opens the sentence, which the parser takes for one ("In
    Argentina, Suez's subsidiary, which ...": the subsidiary is no Argentina)."""
    found = dependent(p, i, "appos")
    if found is None and p.dep[i] == "appos" and p.head[i] != i and not _opening(p, p.head[i]):
        return p.head[i]
    return found


def _opening(p: Parse, i: int) -> bool:
    """Whether token ``i`` is the object of a preposition that opens its sentence ("In
    Argentina, ...")."""
    return p.dep[i] == "pobj" and p.head[i] == p.sent_start[i]


def _collect(p: Parse, i: int, out: list[int], *, clause: bool = False) -> None:
    """Token ``i`` and its dependents, leaving out sub-clauses (iterative: no recursion
    limit); in a ``clause``, not the complement clause of a verb of it (:func:`_complement`)."""
    stack, children, dep = [i], p.children, p.dep
    while stack:
        current = stack.pop()
        out.append(current)
        for c in children[current]:
            kept = dep[c] not in INNER_DROP_DEPS or _completes(p, c)
            if kept or (clause and _complement(p, current, c)):
                stack.append(c)


def _complement(p: Parse, head: int, i: int) -> bool:
    """Whether token ``i`` is the complement clause of verb ``head``, after it, the verb
    having no object: what the verb says or allows, without which a reported clause stops
    at the verb ("said | existing fiscal rules should be loosened to allow" of "... to allow
    countries to run deficits", "says | the Council will adopt a draft but said" of "... but
    said it would review all aspects")."""
    if p.dep[i] != "ccomp" or i < head or p.pos[head] not in {"VERB", "AUX"}:
        return False
    return not any(p.dep[c] == "dobj" for c in p.children[head])


def completes(tok: Token) -> bool:
    """A clause that completes the noun it hangs on, not a statement of its own: an
    infinitive ("any bid to reduce the rebate", "talks to buy assets") or a "that" clause
    ("a signal that they are willing"). A relative or participle clause ("the rebate secured
    by Thatcher") says something of its own and stays out."""
    return _completes(parse_of(tok.doc), tok.i)


def _completes(p: Parse, i: int) -> bool:
    """:func:`completes` of token ``i``."""
    head = p.head[i]
    if p.dep[i] != "acl" or p.pos[head] not in {"NOUN", "PROPN"} or i < head:
        return False
    marks = vocabulary().complement_marks
    return any(
        (p.dep[c] == "aux" and p.tag[c] == "TO") or (p.dep[c] == "mark" and p.lower[c] in marks)
        for c in p.children[i]
    )


def _trim(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """``lo`` and ``hi`` moved inwards (never past ``tok``) over loose edge tokens."""
    doc = tok.doc
    while lo < tok.i and _loose_start(doc[lo]):
        lo += 1
    while hi > tok.i and _loose_end(doc, lo, hi):
        hi -= 1
    return _balanced(doc, lo, hi)


def _balanced(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """``lo`` and ``hi`` moved outwards over a quote or bracket that closes (or opens) one
    left open inside, when it stands right at the edge ("Labour's ‘third way’", not
    "Labour's ‘third way"). Read from the lower-case forms of the parse snapshot: a bracket
    or quote is its own lower case."""
    words = parse_of(doc).lower
    if hi + 1 < len(words) and _unclosed(words[lo : hi + 1], words[hi + 1]):
        hi += 1
    if lo > 0 and _unopened(words[lo : hi + 1], words[lo - 1]):
        lo -= 1
    return lo, hi


def _unclosed(words: Sequence[str], closer: str) -> bool:
    """Whether ``closer`` closes a bracket or quote opened among ``words``."""
    opener = CLOSERS.get(closer)
    if opener is None:
        return False
    if opener == closer:  # straight quotes pair up by count
        return words.count(opener) % 2 == 1
    return words.count(opener) > words.count(closer)


def _unopened(words: Sequence[str], opener: str) -> bool:
    """Whether ``opener`` opens a bracket or quote closed among ``words``."""
    closer = OPENERS.get(opener)
    if closer is None:
        return False
    return words.count(closer) > words.count(opener)


def _loose_start(tok: Token) -> bool:
    """Punctuation, space or a conjunction or case marker an argument does not start with."""
    return tok.is_punct or tok.is_space or tok.dep_ in {"cc", "case"}


def _loose_end(doc: Doc, lo: int, hi: int) -> bool:
    """Space or punctuation that does not close a bracket or quote of the phrase, or a
    conjunction left dangling at its end (:func:`_dangling`)."""
    tok = doc[hi]
    return tok.is_space or (tok.is_punct and not _closes(doc, lo, hi)) or _dangling(tok)


def _dangling(tok: Token) -> bool:
    """A coordinating conjunction at a phrase's end: what it joins is no part of the phrase
    (the parser hung the conjunction on its last verb and the clause it opens on another:
    '"I do want him to grasp those issues and that means ..."', "only a small part of the
    case against the men and some of it could not be used")."""
    return tok.dep_ == "cc"


def _closes(doc: Doc, lo: int, hi: int) -> bool:
    """True when ``doc[hi]`` closes a bracket or quote opened inside ``doc[lo:hi]``."""
    opener = CLOSERS.get(doc[hi].text)
    return opener is not None and any(t.text == opener for t in doc[lo:hi])


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("the US, Britain and Canada")."""
    p = parse_of(tok.doc)
    if "conj" not in map(p.dep.__getitem__, p.children[tok.i]):
        return [tok]  # most words: no Token made again
    return [tok.doc[i] for i in conjuncts_at(p, tok.i)]


def is_relative(tok: Token) -> bool:
    """A relative pronoun ("which", "who") that stands for a noun outside its clause."""
    return tok.tag_ in RELATIVE_TAGS and tok.lower_ in vocabulary().relative_pronouns


def is_temporal(tok: Token) -> bool:
    return tok.ent_type_ in TEMPORAL_ENTS


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition (a noun phrase or a clause)."""
    p = parse_of(prep.doc)
    found = next((g for g in p.children[prep.i] if p.dep[g] in {"pobj", "pcomp"}), None)
    return prep.doc[found] if found is not None else None


def clause_arg(tok: Token) -> Arg:
    """A clausal complement as an argument, without its ``that`` and edge punctuation (but
    with a quote or bracket that closes one opened inside: 'the rebate was "set in stone"').
    Kept per Doc, like :func:`phrase`."""
    memo, key = doc_memo(tok.doc), ("clause_arg", tok.i)
    if key not in memo:
        memo[key] = _clause_arg(tok)
    return memo[key]


def _clause_arg(tok: Token) -> Arg:
    arg = phrase(tok, drop=CLAUSE_DROP_DEPS)
    doc, p = tok.doc, parse_of(tok.doc)
    # the phrase's tokens (its text is cut from whole tokens)
    lo, hi = bisect_left(p.idx, arg.start), bisect_left(p.idx, arg.end) - 1
    while lo <= hi and (p.dep[lo] == "mark" or doc[lo].is_punct):
        lo += 1
    while lo <= hi and ((doc[hi].is_punct and not _closes(doc, lo, hi)) or _dangling(doc[hi])):
        hi -= 1
    if lo > hi:
        return arg
    text, start, end = tokens_text(doc, lo, hi + 1)
    return Arg(text, start, end, tok.i)


def object_arg(tok: Token, verb: Token) -> Arg:
    """An object of ``verb``: a relative pronoun gives the noun it stands for, a verb a clause."""
    if is_relative(tok) and verb.dep_ == "relcl":
        return phrase(verb.head)
    if tok.dep_ == "pcomp" or tok.pos_ in {"VERB", "AUX"}:
        return clause_arg(tok)
    return phrase(tok)


def prep_arg(prep: Token) -> Arg:
    """A prepositional argument with its preposition ("to Panamanian officers")."""
    obj = prep_object(prep)
    assert obj is not None
    inner = object_arg(obj, prep.head)
    return Arg(
        f"{prep.text} {inner.text}" if inner.start > prep.idx else inner.text,
        prep.idx,
        inner.end,
        obj.i,
    )


def token_text(tokens: list[Token]) -> str:
    """The text of tokens in document order as written: adjacent tokens keep the text's own
    spacing (``don't``, not ``do n't``); a gap between them (tokens left out) is one space.
    Each run of adjacent tokens is cut from the text as it is."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    p, text = parse_of(doc), doc_text(doc)
    runs, start = [], tokens[0].i
    for tok, nxt in zip(tokens, [*tokens[1:], None], strict=True):
        if nxt is None or nxt.i != tok.i + 1:  # a run ends
            runs.append(text[p.idx[start] : p.end[tok.i]])
            start = nxt.i if nxt is not None else start
    return " ".join(runs)
