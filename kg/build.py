"""The main job: articles in, statements.jsonl + graph.ttl + graph.html out (streaming)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import ingest
from kg.errors import InputError
from kg.extract.statements import Knowledge, process
from kg.model import Article, ArticleResult

Progress = Callable[[ArticleResult], None]


@dataclass
class Report:
    """What a run did, for the summary line and the exit code."""

    articles: int = 0
    sentences: int = 0
    statements: int = 0
    actors: set[str] = field(default_factory=set)
    triples: int = 0
    failed: list[InputError] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.sentences += len(result.sentences)
        self.statements += len(result.statements)
        self.actors.update(k for k, a in result.actors.items() if a.type != "Topic")

    def summary(self) -> str:
        line = (
            f"{self.articles} articles, {self.sentences} sentences, {self.statements} statements, "
            f"{len(self.actors)} actors, {self.triples} triples in {self.seconds:.1f} s"
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
    jobs: int = 1,
    batch_size: int = 16,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[ArticleResult]:
    """Parse and extract articles as a stream, one :class:`ArticleResult` at a time."""
    from kg.nlp import load

    nlp = nlp if nlp is not None else load()
    knowledge = knowledge if knowledge is not None else Knowledge()
    pairs = ((a.text, a) for a in articles)
    n_process = max(1, jobs)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            yield process(doc, article, knowledge)
        except Exception as exc:  # one bad article must not stop a batch
            if on_error is None:
                raise
            on_error(InputError(article.source, f"extraction failed: {exc!r}"))


def build(
    inputs: Iterable[str | Path],
    out_dir: Path | str,
    *,
    store: Path | str | None = None,
    model: str | None = None,
    jobs: int = 1,
    max_bytes: int = ingest.MAX_BYTES,
    encoding: str | None = None,
    html: bool = True,
    progress: Progress | None = None,
) -> Report:
    """Run the main job; writes ``statements.jsonl``, ``graph.ttl`` and ``graph.html``.

    With ``store`` the graph also goes into (or updates) a persistent Oxigraph store there,
    one named graph per article; ``graph.ttl`` and ``graph.html`` then show the whole store.
    """
    from kg.analysis import to_networkx
    from kg.nlp import load
    from kg.serialize import atomic
    from kg.store import Store, article_quads
    from kg.viz import actor_view, to_pyvis

    out = Path(out_dir)
    for name in ("statements.jsonl", "graph.ttl", "graph.html"):  # left by a killed run
        for stale in out.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    report = Report()
    graph = Store(store)
    nlp = load(model)
    articles = ingest.read(inputs, on_error=report.failed.append, max_bytes=max_bytes,
                           encoding=encoding)  # fmt: skip
    with atomic(out / "statements.jsonl", "w") as jsonl:
        for result in results(articles, nlp=nlp, jobs=jobs, on_error=report.failed.append):
            for st in result.statements:
                jsonl.write(st.to_json() + "\n")  # type: ignore[attr-defined]
            graph.put_article(result.article.id, article_quads(result))
            report.add(result)
            if progress is not None:
                progress(result)
    graph.flush()
    with atomic(out / "graph.ttl") as fh:
        report.triples = graph.export(fh, "turtle")  # type: ignore[arg-type]
    if html:
        page = to_pyvis(actor_view(to_networkx(graph)))
        with atomic(out / "graph.html", "w") as fh:
            fh.write(page)  # type: ignore[attr-defined]
    return report
