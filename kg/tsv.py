"""Reading the tab-separated data files users extend (``ontology/*.tsv``)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from kg.errors import OntologyError


def rows(
    path: Path | str, what: str, *, columns: tuple[str, ...] = ()
) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, row) for each data row; ``#`` lines are comments; a clear error if the
    file cannot be read, is not UTF-8, or its header (the first line that is no comment)
    lacks one of ``columns``. Row numbers count data lines, the header being row 1."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            lines = [r for r in fh if r.strip() and not r.startswith("#")]
    except OSError as exc:
        raise OntologyError(f"cannot read {what} {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise OntologyError(
            f"cannot read {what} {path}: not UTF-8 text (byte {exc.start})",
            "save it as UTF-8",
        ) from None
    reader = csv.DictReader(lines, delimiter="\t")
    if missing := [c for c in columns if c not in (reader.fieldnames or ())]:
        raise OntologyError(
            f"{path}: the header lacks the column{'s' if len(missing) > 1 else ''} "
            + ", ".join(missing),
            "its first line that is no comment names the columns, tab-separated: "
            + "<TAB>".join(columns),
        )
    yield from enumerate(reader, start=2)
