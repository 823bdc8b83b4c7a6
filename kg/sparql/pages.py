"""Pages of big tables: a named query with a ``page`` header has one ``LIMIT n OFFSET m``
clause, where it sorts what it counts before the labels are looked up for the page alone;
``limit`` and ``offset`` parameters replace its numbers (:func:`turn`)."""

from __future__ import annotations

import re

from kg.errors import UsageError
from kg.sparql.binding import blank

_PAGE = re.compile(r"\bLIMIT\s+(\d+)\s+OFFSET\s+(\d+)", re.IGNORECASE)


def _whole(value: str, name: str) -> str:
    if not value.strip().isdigit():
        raise UsageError(f"--param {name}={value!r} is not a whole number", f"e.g. {name}=100")
    return str(int(value))


def turn(sparql: str, limit: str | None = None, offset: str | None = None) -> str:
    """The query showing rows ``offset + 1`` to ``offset + limit`` (``limit=all``: every row
    from ``offset`` on); what is not given stays as the query has it."""
    found = list(_PAGE.finditer(blank(sparql)))
    if len(found) != 1:
        raise UsageError("a paged query needs exactly one 'LIMIT n OFFSET m' clause")
    page = found[0]
    size = page[1] if limit is None else limit.strip().lower()
    skip = page[2] if offset is None else _whole(offset, "offset")
    clause = f"OFFSET {skip}" if size == "all" else f"LIMIT {_whole(size, 'limit')} OFFSET {skip}"
    return sparql[: page.start()] + clause + sparql[page.end() :]
