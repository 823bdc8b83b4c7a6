"""``kg extract``'s job: every statement of every article as JSON lines on a text stream, in
input order, with bare surnames resolved across the run's articles as ``kg build`` resolves
them (:mod:`kg.run.names`; an article with one waits for the end, the lines after it in a
temporary file: :mod:`kg.run.inorder`), or each article alone and written as it is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from kg.errors import InputError
from kg.model import Article
from kg.run.build import outputs
from kg.run.inorder import InOrder
from kg.run.names import Across
from kg.run.work import LIMITS, Limits


def write(
    articles: Iterable[Article],
    out: IO[str],
    *,
    on_error: Callable[[InputError], None],
    model: str | None = None,
    jobs: int = 1,
    aliases: Path | str | None = None,
    limits: Limits = LIMITS,
    names_alone: bool = False,
) -> Across:
    """Write the JSON lines of ``articles`` to ``out`` (flushed after each article that can
    go out); an article that fails goes to ``on_error``. Returns the resolver, whose
    ``named`` and ``ambiguous`` say which bare surnames took a full name and which were left
    apart."""
    found = outputs(articles, model=model, jobs=jobs, rdf=False, aliases=aliases, limits=limits,
                    names=not names_alone)  # fmt: skip
    names = Across(rdf=False, hold=not names_alone)
    with InOrder(out) as lines:  # articles with bare surnames come last, in their place
        for at, done, _ in names.resolved(found):
            lines.put(at, done.jsonl)
            out.flush()
            if done.error is not None:
                on_error(InputError(done.source, done.error))
    return names
