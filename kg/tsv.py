"""Reading the tab-separated data files users extend (``ontology/*.tsv``)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from kg.errors import OntologyError


def rows(path: Path | str, what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, row) for each data row; ``#`` lines are comments; a clear error if the
    file cannot be read. Row numbers count data lines, the header being row 1."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            lines = [r for r in fh if r.strip() and not r.startswith("#")]
    except OSError as exc:
        raise OntologyError(f"cannot read {what} {path}: {exc.strerror}") from None
    yield from enumerate(csv.DictReader(lines, delimiter="\t"), start=2)
