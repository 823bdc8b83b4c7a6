"""Whether a name is a man's or a woman's: first names (``ontology/first_names.tsv``, from the
1990 US Census) and honorifics (``honorific_genders`` in ``ontology/words.tsv``).

"Mr Blair" in an article naming Tony and Cherie Blair is Tony Blair: an honorific with a gender
keeps only the full names whose first name is not of the other gender. A first name the table
lacks ("Menzies", or "Kim", borne by men and women alike) has no gender and keeps its full name.
The table is read once per process, on first use (:func:`first_names`); nothing at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg import data, tsv
from kg.errors import OntologyError

GENDERS = frozenset({"male", "female"})
HINT = "each row is name<TAB>gender, gender male or female; rerun scripts/gen_first_names.py"


def load(path: Path | str | None = None) -> Mapping[str, str]:
    """First name (lower case) -> gender, from a first-names TSV (``#`` lines are comments);
    a broken row is an OntologyError naming the file and row."""
    path = path or data.first_names()
    found: dict[str, str] = {}
    for n, row in tsv.rows(path, "first names"):
        name = (row.get("name") or "").strip().lower()
        gender = (row.get("gender") or "").strip()
        if not name or any(c.isspace() for c in name) or gender not in GENDERS:
            raise OntologyError(f"{path}: row {n}: {name!r} {gender!r} is no name and gender", HINT)
        found[name] = gender
    return MappingProxyType(found)


@cache
def first_names() -> Mapping[str, str]:
    """The packaged first names, read on first use and kept for the life of the process."""
    return load()


def gender_of(full_name: str) -> str | None:
    """The gender of a full name's first name ("Cherie Blair": female), None if unknown."""
    first = full_name.split()[0].rstrip(".").lower() if full_name.strip() else ""
    return first_names().get(first)


def fits(full_name: str, gender: str | None) -> bool:
    """Whether a mention with an honorific of ``gender`` (None: no honorific, or one of no
    gender) may stand for ``full_name``: its first name is not of the other gender."""
    return agrees(gender_of(full_name), gender)


def agrees(first_name: str | None, honorific: str | None) -> bool:
    """Whether a first name's gender and an honorific's may be one person's: either is
    unknown (None) or they are the same."""
    return honorific is None or first_name in (None, honorific)


def of_gender(full_names: tuple[str, ...], gender: str | None) -> tuple[str, ...]:
    """The full names a mention with an honorific of ``gender`` may stand for."""
    return tuple(full for full in full_names if fits(full, gender))
