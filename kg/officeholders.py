"""Who held an office on a day: kg's own table of office holders (``ontology/offices.tsv``).

The Phoenix dictionaries (:mod:`kg.actorcodes`) know heads of state and government by date but
give most ministers no title, and party leaders neither title nor code, so "the home
secretary" or "the Tory leader" found nobody and Michael Howard, leader of the opposition,
was coded as his party. The table names, per office of a country or an organisation, who held
it from when to when and with which actor code. It is read once per process into two dict
indexes (office and owner -> rows; holder -> rows): no lookup scans the rows.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import OntologyError

COLUMNS = ("office", "of", "holder", "label", "country", "code", "start", "end")


@dataclass(frozen=True, slots=True)
class Office:
    """One row: ``holder`` held ``office`` of ``of`` (a country's code or an organisation's
    gazetteer key) from ``start`` to ``end``, both days included, coded as ``code``."""

    office: str
    of: str
    holder: str
    label: str
    country: str | None
    code: str
    start: dt.date
    end: dt.date

    def covers(self, when: dt.date) -> bool:
        return self.start <= when <= self.end


@dataclass
class OfficeTable:
    """The office holders, indexed by (office, owner) and by holder."""

    by_office: dict[tuple[str, str], list[Office]] = field(default_factory=dict)
    by_holder: dict[str, list[Office]] = field(default_factory=dict)

    def holder(self, office: str, of: str, when: dt.date | None) -> Office | None:
        """Who held ``office`` (a role noun, lower case) of ``of`` on ``when``; None when
        the table knows nobody that day, or several (a shared office names nobody)."""
        if when is None:
            return None
        found = [o for o in self.by_office.get((office, of), ()) if o.covers(when)]
        return found[0] if len(found) == 1 else None

    def code(self, holder: str, when: dt.date | None) -> str | None:
        """The actor code of ``holder`` (a node key) on ``when`` from the offices held
        that day, the first row's when several (None if none)."""
        if when is None:
            return None
        return next((o.code for o in self.by_holder.get(holder, ()) if o.covers(when)), None)

    def state_code(self, holder: str, when: dt.date | None) -> str | None:
        """The actor code of ``holder`` on ``when`` from an office of a state (``of`` a
        country's code: the home secretary's), not of a body of its own (a public body's
        chairman, a devolved executive's first minister, a party's or a firm's office)."""
        if when is None:
            return None
        held = (o for o in self.by_holder.get(holder, ()) if o.covers(when) and _state(o.of))
        return next((o.code for o in held), None)

    def country(self, holder: str, when: dt.date | None) -> str | None:
        """The country of the office ``holder`` held on ``when`` (None if none, or an
        organisation's office with no country: an EU commissioner's)."""
        if when is None:
            return None
        return next((o.country for o in self.by_holder.get(holder, ()) if o.covers(when)), None)

    def bodies(self, holder: str, when: dt.date | None) -> list[Office]:
        """The offices of an organisation (``of`` a gazetteer key: a party's co-chairman, the
        European Commission's commissioners) ``holder`` held on ``when``, in the table's
        order; none without a day."""
        if when is None:
            return []
        return [o for o in self.by_holder.get(holder, ()) if o.covers(when) and not _state(o.of)]


def _state(of: str) -> bool:
    """Whether an office's owner is a state (a country's three-letter code: GBR), not an
    organisation's gazetteer key (org/GB-LABOUR)."""
    return len(of) == 3 and of.isalpha() and of.isupper()


def read(path: Path | str) -> OfficeTable:
    """The table in ``path`` (``offices.tsv``'s columns; ``#`` lines are comments)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"cannot read office holders {path}: {exc.strerror}") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    by_office: dict[tuple[str, str], list[Office]] = defaultdict(list)
    by_holder: dict[str, list[Office]] = defaultdict(list)
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
        office = _office(row, path, n)
        by_office[office.office, office.of].append(office)
        by_holder[office.holder].append(office)
    return OfficeTable(dict(by_office), dict(by_holder))


def _office(row: dict[str, str | None], path: Path | str, n: int) -> Office:
    """One row as an :class:`Office`, or an error that names the row and what it lacks."""
    cells = {c: (row.get(c) or "").strip() for c in COLUMNS}
    missing = [c for c in COLUMNS if c != "country" and not cells[c]]
    if missing:
        raise OntologyError(
            f"{path}: row {n} lacks {', '.join(missing)}", "fill every column but country"
        )
    try:
        start, end = (dt.date.fromisoformat(cells[c]) for c in ("start", "end"))
    except ValueError:
        raise OntologyError(
            f"{path}: row {n}: start and end must be dates (YYYY-MM-DD)", "fix the row"
        ) from None
    return Office(
        cells["office"].lower(),
        cells["of"],
        cells["holder"],
        cells["label"],
        cells["country"] or None,
        cells["code"],
        start,
        end,
    )
