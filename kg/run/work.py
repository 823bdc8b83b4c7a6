"""One unit of work, the same in every process: a batch of articles in, serialized outputs out.

A worker (this process, a local process pool or a Dask worker) parses a batch with spaCy,
extracts statements and writes each article's JSON lines and N-Quads as text, so what travels
back to the single writer is small, plain and cheap to load (Oxigraph parses N-Quads in Rust).
With them go the people the article names in full and its bare surnames; only an article with
a bare surname also sends its :class:`~kg.model.ArticleResult`, which the writer may rewrite
(:mod:`kg.run.names`). Each article is held to :class:`Limits`: one over them is reported in
its :class:`Done` and the rest of the batch goes on.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from kg.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.surnames import FullName, Surname
    from kg.model import ArticleResult

#: Articles per task: large enough to amortize the hand-off, small enough to keep memory flat.
BATCH_SIZE = 16

#: Longest line (characters) an article may have: a line is parsed whole (long articles are
#: parsed a few lines at a time, :data:`kg.nlp.PIECE`), and the parser's memory grows with the
#: text it is given. The longest line in the BBC corpus has 2,572.
MAX_LINE = 100_000
#: Most punctuation marks one word (a run without spaces) may hold: spaCy's tokenizer strips
#: them one at a time, each time copying and searching the rest, so its time grows with their
#: square (4,000 brackets and quotes: 8 s; 16,000: 99 s). The BBC corpus has at most 6 in a row.
MAX_PUNCT = 500
#: Wall time (seconds) each step of one article (tokenizing, parse, extraction) may take. A
#: 100,000-character article takes about 5 s in all on a 2-core machine; BBC articles under one.
MAX_SECONDS = 120.0

_PIPELINES: dict[tuple, tuple] = {}  # (model, aliases) -> (nlp, knowledge), per process
_settled_in: int | None = None  # the process that has run :func:`settle`


@dataclass(frozen=True, slots=True)
class Limits:
    """What one article may cost; an article over a limit is reported and skipped."""

    line: int = MAX_LINE  # characters in one line
    punct: int = MAX_PUNCT  # punctuation marks in one word
    seconds: float | None = MAX_SECONDS  # wall time for each step: tokens, parse, extraction


LIMITS = Limits()


class OverTime(Exception):
    """Raised in a block that outlived its :func:`deadline`."""


@dataclass(slots=True)
class Done:
    """What one article gave: its statements as JSON lines and its named graph as N-Quads."""

    article: str
    source: str
    jsonl: str = ""
    nquads: str = ""
    sentences: int = 0
    statements: int = 0
    admitted: int = 0  # statements in the graph (all of them with keep="all")
    actors: tuple[str, ...] = ()
    error: str | None = None  # why extraction failed (the article is then skipped)
    # names across articles (kg.run.names): the people it names in full, the person nodes
    # that rest on a surname alone, and, when there are such, the result to rewrite them in
    persons: tuple[FullName, ...] = ()
    surnames: tuple[Surname, ...] = ()
    result: ArticleResult | None = None


def pipeline(model: str | None = None, aliases: str | None = None):
    """The spaCy pipeline and kg's data for ``model`` (and a user's alias file), loaded once
    per process, then put out of the cyclic garbage collector's way at once (:func:`gc.freeze`,
    as :func:`settle` does after the first batch): the full collections the first batch set
    off walked the model's objects again, each time (0.46 s CPU in two, on the first 16 BBC
    articles, where the batch's own work took about 2 s)."""
    if (model, aliases) not in _PIPELINES:
        from kg.blas import one_thread
        from kg.extract.statements import Knowledge
        from kg.gazetteer import Gazetteer
        from kg.nlp import load

        knowledge = Knowledge(gazetteer=Gazetteer.load(aliases=aliases))
        _PIPELINES[model, aliases] = (load(model), knowledge)
        one_thread()  # kg's workers are processes: one BLAS thread each (kg.blas)
        gc.freeze()
    return _PIPELINES[model, aliases]


def settle() -> None:
    """Once per process, after its first batch (when the pipeline and the data kg reads on
    first use are loaded): put every object then alive out of the cyclic garbage collector's
    way (:func:`gc.freeze`). Each full collection would otherwise walk those hundreds of
    thousands of long-lived objects again, about 7 % of kg's work on the BBC corpus;
    reference counting still frees them as before, only a reference cycle among them would
    now stay."""
    global _settled_in
    if _settled_in != os.getpid():
        _settled_in = os.getpid()
        gc.freeze()


def batches(articles: Iterable[Article], size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    """The article stream cut into lists of ``size`` (the last may be shorter)."""
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverTime` inside the block once ``seconds`` of wall time have passed.

    A timer signal (SIGALRM) interrupts even spaCy's tokenizer. Signals reach only a
    process's main thread, where kg's workers run (and ``--jobs 1``); in any other thread (a
    Dask worker's) the block runs unbounded, and the limits checked before the parse remain.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def ring(signum, frame):
        raise OverTime(seconds)

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even if the timer rang just as the block ended
            signal.signal(signal.SIGALRM, previous)


def over_time(limits: Limits) -> str:
    return (f"took longer than {limits.seconds:g} s to parse and extract (--max-seconds raises "
            f"the limit)")  # fmt: skip


def parse(articles: list[Article], nlp, limits: Limits) -> list[Doc | str]:
    """Each article parsed, or why it was not: over a limit before the parse (checked first,
    cheaply) or during it. Articles are tokenized one by one under their own deadline (the
    tokenizer is where text can take superlinear time), long ones in pieces of whole lines,
    then parsed together (spaCy is faster on batches) under one article's deadline; should
    that expire, each is parsed alone under its own, and only the slow one is lost."""
    from kg.nlp import join, over_budget

    parts: list[list[Doc] | str] = []
    for article in articles:
        why = over_budget(article.text, max_line=limits.line, max_punct=limits.punct)
        parts.append(why or _tokenize(article.text, nlp, limits))
    todo = [doc for item in parts if not isinstance(item, str) for doc in item]
    try:
        with deadline(limits.seconds):  # a whole batch takes a few seconds
            done = iter(
                [doc for group in _groups(todo) for doc in nlp.pipe(group, batch_size=len(group))]
            )
        return [
            item if isinstance(item, str) else join([next(done) for _ in item]) for item in parts
        ]
    except OverTime:
        return [
            item if isinstance(item, str) else _parse_alone(item, nlp, limits) for item in parts
        ]


def _groups(docs: list[Doc]) -> Iterator[list[Doc]]:
    """Docs in groups of about :data:`kg.nlp.PIECE` characters, parsed together: the parser's
    memory grows with the text of a group (a batch of news articles is one group)."""
    from kg.nlp import PIECE, doc_text

    group: list[Doc] = []
    size = 0
    for doc in docs:
        length = len(doc_text(doc))
        if group and size + length > PIECE:
            yield group
            group, size = [], 0
        group.append(doc)
        size += length
    if group:
        yield group


def _tokenize(text: str, nlp, limits: Limits) -> list[Doc] | str:
    from kg.nlp import tokenize

    try:
        with deadline(limits.seconds):
            return tokenize(nlp, text)
    except OverTime:
        return over_time(limits)


def _parse_alone(docs: list[Doc], nlp, limits: Limits) -> Doc | str:
    from kg.nlp import join

    try:
        with deadline(limits.seconds):
            return join(list(nlp.pipe(docs)))
    except OverTime:
        return over_time(limits)


def run_batch(
    articles: list[Article],
    *,
    model: str | None = None,
    rdf: bool = True,
    aliases: str | None = None,
    limits: Limits = LIMITS,
    keep: str = "admitted",
    names: bool = True,
) -> list[Done]:
    """Parse and extract a batch; an article over a limit, or whose extraction fails, is
    reported in its :class:`Done` and the others go on. Every statement goes into the JSON
    lines; the graph holds the admitted ones (``keep="all"``: every one). With ``names``,
    each :class:`Done` also says what the article tells names across articles."""
    from kg.extract.statements import process
    from kg.extract.surnames import bare_surnames, full_names

    nlp, knowledge = pipeline(model, aliases)
    out = []
    for doc, article in zip(parse(articles, nlp, limits), articles, strict=True):
        if isinstance(doc, str):
            out.append(Done(article.id, article.source, error=doc))
            continue
        try:
            with deadline(limits.seconds):
                result = process(doc, article, knowledge)
                done = serialized(result, rdf=rdf, keep=keep)
                if names:
                    done.persons = full_names(result)
                    done.surnames = bare_surnames(doc, result, knowledge.gazetteer)
                    done.result = result if done.surnames else None
        except OverTime:
            done = Done(article.id, article.source, error=over_time(limits))
        except Exception as exc:  # one bad article must not stop a batch
            done = Done(article.id, article.source, error=f"extraction failed: {exc!r}")
        out.append(done)
    settle()
    return out


def serialized(result: ArticleResult, *, rdf: bool = True, keep: str = "admitted") -> Done:
    """An article's outputs: every statement as JSON lines, the graph (the admitted
    statements, or every one with ``keep="all"``) as N-Quads (none without ``rdf``)."""
    from kg.extract.admission import for_graph
    from kg.rdf.mapping import to_nquads

    graph = for_graph(result, keep=keep)
    return Done(
        article=result.article.id,
        source=result.article.source,
        jsonl="".join(st.to_json() + "\n" for st in result.statements),
        nquads=to_nquads(graph) if rdf else "",
        sentences=len(result.sentences),
        statements=len(result.statements),
        admitted=len(graph.statements),
        actors=tuple(k for k, a in graph.actors.items() if a.type != "Topic"),
    )
