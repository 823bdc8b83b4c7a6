"""One unit of work, the same in every process: a batch of articles in, serialized outputs out.

A worker (this process, a local process pool or a Dask worker) parses a batch with spaCy,
extracts statements and writes each article's JSON lines and N-Quads as text, so what travels
back to the single writer is small, plain and cheap to load (Oxigraph parses N-Quads in Rust).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from kg.model import Article

#: Articles per task: large enough to amortize the hand-off, small enough to keep memory flat.
BATCH_SIZE = 16

_PIPELINES: dict[tuple, tuple] = {}  # (model, aliases) -> (nlp, knowledge), per process


@dataclass(slots=True)
class Done:
    """What one article gave: its statements as JSON lines and its named graph as N-Quads."""

    article: str
    source: str
    jsonl: str = ""
    nquads: str = ""
    sentences: int = 0
    statements: int = 0
    actors: tuple[str, ...] = ()
    error: str | None = None  # why extraction failed (the article is then skipped)


def pipeline(model: str | None = None, aliases: str | None = None):
    """The spaCy pipeline and kg's data for ``model`` (and a user's alias file), loaded once
    per process."""
    if (model, aliases) not in _PIPELINES:
        from kg.extract.statements import Knowledge
        from kg.gazetteer import Gazetteer
        from kg.nlp import load

        knowledge = Knowledge(gazetteer=Gazetteer.load(aliases=aliases))
        _PIPELINES[model, aliases] = (load(model), knowledge)
    return _PIPELINES[model, aliases]


def batches(articles: Iterable[Article], size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    """The article stream cut into lists of ``size`` (the last may be shorter)."""
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def run_batch(
    articles: list[Article],
    *,
    model: str | None = None,
    rdf: bool = True,
    aliases: str | None = None,
) -> list[Done]:
    """Parse and extract a batch; one article's failure is reported in its :class:`Done`."""
    from kg.extract.statements import process
    from kg.rdf.mapping import to_nquads

    nlp, knowledge = pipeline(model, aliases)
    out = []
    docs = nlp.pipe((a.text for a in articles), batch_size=len(articles))
    for doc, article in zip(docs, articles, strict=True):
        try:
            result = process(doc, article, knowledge)
            out.append(
                Done(
                    article=article.id,
                    source=article.source,
                    jsonl="".join(st.to_json() + "\n" for st in result.statements),
                    nquads=to_nquads(result) if rdf else "",
                    sentences=len(result.sentences),
                    statements=len(result.statements),
                    actors=tuple(k for k, a in result.actors.items() if a.type != "Topic"),
                )
            )
        except Exception as exc:  # one bad article must not stop a batch
            out.append(Done(article.id, article.source, error=f"extraction failed: {exc!r}"))
    return out
