"""A progress bar for long runs on a terminal: articles, statements, articles/s and ETA."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from kg.run.work import Done


@contextlib.contextmanager
def progress_bar(total: int | None, *, console=None) -> Iterator[Callable[[Done], None]]:
    """Yields ``tick(done)`` to call once per finished article; ``total`` (``None`` when it
    cannot be known, e.g. standard input) gives the ETA. ``console``: a rich Console
    (default: standard error)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("[bold]kg[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles · {task.fields[statements]:,} statements · {task.fields[rate]}/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        transient=True,
    )
    started = time.perf_counter()
    with bar:
        task = bar.add_task("build", total=total, statements=0, rate="0.0 articles")
        count = {"articles": 0, "statements": 0}

        def tick(done: Done) -> None:
            count["articles"] += 1
            count["statements"] += done.statements
            rate = count["articles"] / max(time.perf_counter() - started, 1e-9)
            bar.update(
                task, advance=1, statements=count["statements"], rate=f"{rate:,.1f} articles"
            )

        yield tick
