"""The main job: articles in, statements.jsonl + graph.ttl + graph.html out (streaming).

Workers (this process, ``--jobs`` processes or a Dask cluster) parse and extract batches of
articles and send back each article's JSON lines and N-Quads; this process alone writes them,
in input order, loading the N-Quads into the Oxigraph store in bulk. An article with a bare
surname waits for the end of the run, to be rewritten if another article names the person
(:mod:`kg.run.names`); it keeps its place in ``statements.jsonl`` (:mod:`kg.run.inorder`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from kg import ingest
from kg.errors import InputError, NothingReadError, OutputError
from kg.extract.statements import Knowledge, process
from kg.model import Article, ArticleResult
from kg.run.inorder import InOrder
from kg.run.names import Across, stored_people
from kg.run.work import LIMITS, Done, Limits, batches, parse, run_batch

if TYPE_CHECKING:
    from kg.store.db import Store

Progress = Callable[[Done], None]
#: Articles (and bytes of N-Quads) gathered before one bulk write to the store. Each bulk write
#: adds files that RocksDB compacts in the background; with batches of 128 rather than 32
#: articles that compaction costs a third as much CPU (measured on the BBC corpus), for about
#: 150 MB more memory during a write.
STORE_BATCH, STORE_BYTES = 128, 40_000_000
#: A build compacts an on-disk store at the end only when it wrote at least this share of the
#: articles the store held: a compaction rewrites the whole store, so its time grows with the
#: store; done only when the store has grown by a quarter, its cost per added article stays
#: bounded (as with a growing array), and RocksDB's own background compaction keeps the store
#: in shape in between.
COMPACT_GROWTH = 0.25


def worth_compacting(held: int, written: int, *, growth: float = COMPACT_GROWTH) -> bool:
    """Whether a build that wrote ``written`` articles into a store that held ``held`` should
    compact it at the end."""
    return written > 0 and written >= growth * held


@dataclass
class Report:
    """What a run did, for the summary line and the exit code."""

    articles: int = 0
    sentences: int = 0
    statements: int = 0
    admitted: int = 0  # statements in the graph
    actors: set[str] = field(default_factory=set)
    triples: int = 0  # in graph.ttl; without it, the quads in the store
    ttl: bool = True  # graph.ttl written
    failed: list[InputError] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    # bare surnames resolved across articles (surname -> full name), and those left apart
    # because several people fit (-> their full names): kg.run.names
    named: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def add(self, done: Done) -> None:
        self.articles += 1
        self.sentences += done.sentences
        self.statements += done.statements
        self.admitted += done.admitted
        self.actors.update(done.actors)

    def summary(self) -> str:
        line = (
            f"{self.articles} articles, {self.sentences} sentences, {self.statements} statements "
            f"({self.admitted} in the graph), {len(self.actors)} actors, {self.triples} "
            f"{'triples' if self.ttl else 'quads in the store'} in {self.seconds:.1f} s"
        )
        if self.failed:
            line += f"; {len(self.failed)} inputs failed:\n" + "\n".join(
                f"  {err}" for err in self.failed
            )
        return line


def results(
    articles: Iterable[Article],
    *,
    nlp=None,
    knowledge: Knowledge | None = None,
    batch_size: int = 16,
    limits: Limits = LIMITS,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[ArticleResult]:
    """Parse and extract articles in this process, one :class:`ArticleResult` at a time (the
    records themselves, for Python callers; :func:`outputs` gives them serialized, in
    parallel). An article over ``limits`` or whose extraction fails goes to ``on_error``
    (raised without it)."""
    from kg.nlp import load

    nlp = nlp if nlp is not None else load()
    knowledge = knowledge if knowledge is not None else Knowledge()
    for batch in batches(articles, batch_size):
        for doc, article in zip(parse(batch, nlp, limits), batch, strict=True):
            if isinstance(doc, str):  # over a limit
                if on_error is None:
                    raise InputError(article.source, doc)
                on_error(InputError(article.source, doc))
                continue
            try:
                yield process(doc, article, knowledge)
            except Exception as exc:  # one bad article must not stop a batch
                if on_error is None:
                    raise
                on_error(InputError(article.source, f"extraction failed: {exc!r}"))


def outputs(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    rdf: bool = True,
    aliases: Path | str | None = None,
    limits: Limits = LIMITS,
    keep: str = "admitted",
    names: bool = True,
) -> Iterator[Done]:
    """Serialized outputs of each article, in input order, from wherever the work runs:
    this process (``jobs=1``), ``jobs`` local processes, or Dask (``scheduler``);
    ``aliases`` is a user's alias file applied over the gazetteer; ``keep`` says which
    statements go into the graph (:func:`kg.extract.admission.for_graph`); ``names=False``
    leaves out what names across articles need (:mod:`kg.run.names`)."""
    from kg.run.executors import dask, ordered, process_pool

    task = partial(run_batch, model=model, rdf=rdf, aliases=str(aliases) if aliases else None,
                   limits=limits, keep=keep, names=names)  # fmt: skip
    stream = batches(articles)
    head = list(next(stream, [])), list(next(stream, []))
    if scheduler is None and (jobs <= 1 or not head[1]):  # one batch: not worth a pool
        for batch in chain(head, stream):
            if batch:
                yield from task(batch)
        return
    place = dask(scheduler, jobs=jobs) if scheduler else process_pool(jobs)
    with place as (submit, workers):
        for done in ordered(submit, task, chain(head, stream), window=2 * max(workers, 2)):
            yield from done


class StoreWriter:
    """Loads articles' N-Quads into the store in bulk on a thread of its own (Oxigraph
    releases the GIL, so the load overlaps the parse; the thread runs at a lower CPU priority,
    so the load takes the cores the parse leaves), replacing each article's previous
    graph; an article whose RDF cannot be loaded is reported, the others are stored.
    Use it as a context manager: leaving waits until everything handed over is written."""

    def __init__(self, store, on_error: Callable[[InputError], None]) -> None:
        self.store, self.on_error = store, on_error
        self.pending: list[Done] = []
        self.size = 0
        self.queue: queue.Queue[list[Done] | None] = queue.Queue(maxsize=1)  # memory stays flat
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self.thread.start()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc_info) -> None:
        self.flush()
        self.queue.put(None)
        self.thread.join()
        error, self.error = self.error, None  # no cycle keeps the store (and its lock) alive
        try:
            if error is not None and exc_info[0] is None:
                raise error
        finally:
            del error

    def add(self, done: Done) -> None:
        if any(d.article == done.article for d in self.pending):  # same id twice: last wins
            self.flush()
        self.pending.append(done)
        self.size += len(done.nquads)
        if len(self.pending) >= STORE_BATCH or self.size >= STORE_BYTES:
            self.flush()

    def flush(self) -> None:
        """Hand the gathered articles to the writing thread."""
        if self.pending:
            self.queue.put(self.pending)
        self.pending, self.size = [], 0

    def wait(self) -> None:
        """Wait until the batches handed over so far are written (not the gathered ones)."""
        self.queue.join()

    def _run(self) -> None:
        from kg.run.executors import background

        while (batch := self.queue.get()) is not None:
            background()  # the parse comes first; RocksDB may have started threads since
            if self.error is None:
                try:
                    self._write(batch)
                except OSError as exc:  # a full disk, say; re-raised by __exit__
                    self.error = OutputError(
                        f"cannot write to the store at {self.store.path}: {exc}",
                        "free some space; each article keeps its old graph or its new one",
                    )
                except BaseException as exc:  # re-raised by __exit__ in the main thread
                    self.error = exc
            self.queue.task_done()

    def _write(self, batch: list[Done]) -> None:
        failed = self.store.put_nquads((d.article, d.nquads) for d in batch)
        for done in (d for d in batch if d.article in failed):
            why = f"its RDF could not be stored: {failed[done.article]}"
            self.on_error(InputError(done.source, why, "the store keeps what it held for it"))


def build(
    inputs: Iterable[str | Path],
    out_dir: Path | str,
    *,
    store: Path | str | None = None,
    model: str | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    max_bytes: int = ingest.MAX_BYTES,
    encoding: str | None = None,
    date: dt.date | None = None,
    limits: Limits = LIMITS,
    html: bool = True,
    ttl: bool | None = None,
    progress: Progress | None = None,
    aliases: Path | str | None = None,
    keep: str = "admitted",
    names_alone: bool = False,
) -> Report:
    """Run the main job; writes ``statements.jsonl``, ``graph.ttl`` and ``graph.html``.

    With ``store`` the graph also goes into (or updates) a persistent Oxigraph store there,
    one named graph per article; ``graph.html`` (and ``graph.ttl`` if asked) then show the
    whole store. ``statements.jsonl`` holds every statement, the graph the admitted ones
    (``keep="all"``: every one; :mod:`kg.extract.admission`). ``jobs`` processes (or the
    Dask ``scheduler``) parse and extract; the output is the same. ``date`` dates the
    articles that give no date of their own. ``ttl`` defaults to writing ``graph.ttl`` only
    without a store: a store holds the graph already, and exporting all of it on every build
    would make adding a few articles to a big store slow (``kg export`` writes it when
    needed). A bare surname takes the one person of that name the run (and the store) names in
    full (:mod:`kg.run.names`), unless ``names_alone``.
    An article over ``limits`` is reported and skipped. When no article is read, nothing is
    written (:class:`NothingReadError`); a file or store that cannot be written is an
    :class:`OutputError`, and the previous outputs stay.
    """
    from kg.nlp import resolve_model
    from kg.store.db import Store

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder", "choose another --out")
    report = Report()
    if scheduler is None:
        model = resolve_model(model)  # fails here, once, if no pipeline is installed
    articles = ingest.read(inputs, on_error=report.failed.append, max_bytes=max_bytes,
                           encoding=encoding)  # fmt: skip
    articles = ingest.dated(articles, date)
    first = next(articles, None)  # nothing to read: leave the outputs (and store) alone
    if first is None:
        raise NothingReadError(report.failed, out)
    _remove_stale(out)
    graph = Store(store)
    held = len(graph.articles()) if store is not None else 0
    names = Across(keep=keep, rdf=True, hold=not names_alone)
    if held and not names_alone:  # the people its earlier articles name in full
        names.index.add(stored_people(graph))
    # the writer's thread starts only once statements.jsonl is open, and is always joined
    with (
        _output(out / "statements.jsonl", "w") as jsonl,
        InOrder(jsonl) as lines,  # type: ignore[arg-type]
        StoreWriter(graph, report.failed.append) as w,
    ):
        work = outputs(chain([first], articles), model=model, jobs=jobs, scheduler=scheduler,
                       aliases=aliases, limits=limits, keep=keep,
                       names=not names_alone)  # fmt: skip
        for at, done, to_store in names.resolved(work, on_held=w.add):
            lines.put(at, done.jsonl)
            if done.error is not None:
                report.failed.append(InputError(done.source, done.error))
                continue
            if to_store:  # not when stored as held back and not rewritten since
                w.add(done)
            report.add(done)
            if progress is not None:
                progress(done)
        if not report.articles:  # every article failed: the old statements.jsonl stays
            raise NothingReadError(report.failed, out)
    report.named, report.ambiguous = names.named, names.ambiguous
    graph.flush()
    if worth_compacting(held, report.articles):
        graph.optimize()
    report.ttl = ttl = store is None if ttl is None else ttl
    report.triples = _write_views(graph, out, ttl=ttl, html=html)
    return report


def _write_views(graph: Store, out: Path, *, ttl: bool, html: bool) -> int:
    """Write graph.ttl (if ``ttl``) and graph.html (if ``html``) from the store; returns the
    triples written to graph.ttl, or the quads in the store without it."""
    from kg.analysis import to_networkx
    from kg.view import actor_view, to_pyvis

    size = len(graph)
    if ttl:
        with _output(out / "graph.ttl") as fh:
            size = graph.export(fh, "turtle")  # type: ignore[arg-type]
    if html:
        page = to_pyvis(actor_view(to_networkx(graph)))
        with _output(out / "graph.html", "w") as fh:
            fh.write(page)  # type: ignore[attr-defined]
    return size


OUTPUTS = ("statements.jsonl", "graph.ttl", "graph.html")


def _remove_stale(out: Path) -> None:
    """Remove the temporary files a killed run left beside the outputs."""
    for name in OUTPUTS:
        for stale in out.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


@contextlib.contextmanager
def _output(path: Path, mode: str = "wb") -> Iterator[object]:
    """An output file written whole or not at all; a failure to write it (disk full, no
    permission) is an :class:`OutputError` that names it."""
    from kg.rdf.serialize import atomic

    try:
        with atomic(path, mode) as fh:
            yield fh
    except OSError as exc:
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}",
            "free some space or choose another --out; the previous outputs are intact",
        ) from None
