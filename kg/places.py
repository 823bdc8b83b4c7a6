"""Places and the countries they are in (``ontology/places.tsv``, from GeoNames; regions from
``ontology/regions.tsv``, from ISO 3166-2).

A city or US state a text names ("in Kirkuk", "Houston", "Texas") gives its country; a region,
county or province ("the West Midlands", "Oxfordshire") gives it only in a story of that
country (:meth:`Places.lookup`). The files are read once per process, on first use
(:func:`places`), into dictionaries keyed by the normalised name, so a lookup is one hash probe
whatever the number of places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg import data, tsv
from kg.errors import OntologyError
from kg.gazetteer import norm
from kg.ids import slug
from kg.model import Actor

KINDS = frozenset({"capital", "city", "state", "region"})
#: :func:`~kg.gazetteer.norm` without its memo, for the files' names: each of their some 73,000
#: names and aliases is read once, so the memo only costs time and would push out the names
#: of the text, which the rules look up again and again.
_norm_once = norm.__wrapped__


@dataclass(frozen=True, slots=True)
class Place:
    """One place: its name, country (ISO 3166-1 alpha-3), kind and population."""

    name: str
    country: str
    kind: str
    population: int


@dataclass
class Places:
    """Places by name (a place's own name) and by alias (its alternate names)."""

    by_name: dict[str, list[Place]] = field(default_factory=dict)
    by_alias: dict[str, list[Place]] = field(default_factory=dict)
    capitals: dict[str, Place] = field(default_factory=dict)  # country -> its capital
    #: (name or alias, country) -> the region: found only for a story's own country
    regions: dict[tuple[str, str], Place] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None, *, regions: Path | str | None = None) -> Places:
        """Read a places TSV and a regions TSV (``#`` lines are comments; the packaged ones
        unless given); a broken row is an OntologyError."""
        if path is None:
            path, regions = data.places(), regions or data.regions()
        found = cls()
        sources = ((path, "gen_places.py"), (regions, "gen_regions.py"))
        for source, script in (s for s in sources if s[0]):
            for n, row in tsv.rows(source, "places"):
                found.add(_place(source, n, row, script), _aliases(row))
        for index in (found.by_name, found.by_alias):
            for same in index.values():
                same.sort(key=lambda p: -p.population)
        return found

    def add(self, place: Place, aliases: tuple[str, ...] = ()) -> None:
        if place.kind == "region":
            for name in (place.name, *aliases):
                self.regions.setdefault((_norm_once(name), place.country), place)
            return
        self.by_name.setdefault(_norm_once(place.name), []).append(place)
        for alias in aliases:
            self.by_alias.setdefault(_norm_once(alias), []).append(place)
        if place.kind == "capital":
            self.capitals.setdefault(place.country, place)

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The place a name names: one in ``country`` (the article's) if there is one, else
        of those whose own name it is (else of those it is an alias of) a state, which news
        names far more often than a town of the same name ("Virginia": the US state, not the
        South African town; the file gives states no population), else the most populous.
        A region only in ``country``, before a place of another country ("Highland" of a
        Scottish story is no American town; "the South East" of a Sri Lankan story no part of
        England's)."""
        key = norm(name)
        own, other = self.by_name.get(key, []), self.by_alias.get(key, [])
        if country is not None:
            here = next((p for p in [*own, *other] if p.country == country), None)
            here = here or self.regions.get((key, country))
            if here is not None:
                return here
        found = own or other
        return next((p for p in found if p.kind == "state"), found[0] if found else None)


def place_actor(place: Place) -> Actor:
    """The node of a place: a Location in its country."""
    subtype = "city" if place.kind == "capital" else place.kind
    return Actor(
        id=f"location/{slug(place.name)}-{place.country.lower()}",
        label=place.name,
        type="Location",
        country=place.country,
        subtype=subtype,
    )


def _place(path: Path | str, n: int, row: dict[str, str], script: str) -> Place:
    name, country, kind = (row.get(c) or "" for c in ("name", "country", "kind"))
    population = row.get("population") or "0"
    if not name or len(country) != 3 or kind not in KINDS or not population.isdigit():
        raise OntologyError(
            f"{path}: row {n} needs a name, a country (ISO alpha-3), a kind "
            f"({', '.join(sorted(KINDS))}) and a population",
            f"regenerate the file with scripts/{script}",
        )
    return Place(name, country, kind, int(population))


def _aliases(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(a for a in (row.get("aliases") or "").split("|") if a)


@cache
def places() -> Places:
    """The packaged places, read on first use and kept for the life of the process."""
    return Places.load()
