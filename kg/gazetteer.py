"""The actor gazetteer (``ontology/actors.tsv``): canonical actors by surface form."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg import data, tsv
from kg.errors import OntologyError
from kg.ids import slug
from kg.model import Actor


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    key: str
    label: str
    type: str
    subtype: str | None
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    #: The row's own CAMEO code (column ``code``), for a body the Phoenix dictionaries lack:
    #: an IGO (IGOBUSWTO), a firm of a world region (EURBUS); dated spells as in
    #: ``phoenix_actors.tsv`` (``CODE:START:END|...``). Read as a Phoenix actor's codes
    #: (:func:`kg.actorcodes.read_gazetteer_codes`, from the same entries: the file is parsed
    #: once, :func:`packaged_entries`).
    code: str | None = None


#: Distinct surface forms :func:`norm` remembers: it runs on every name and phrase the rules
#: look up, many of them again and again; bounded, so a corpus cannot grow it.
NORM_CACHE = 1 << 16
#: Distinct surface forms a gazetteer remembers the answer for (see :meth:`Gazetteer.lookup`).
LOOKUP_CACHE = 1 << 16
_UNSEEN = object()


@lru_cache(maxsize=NORM_CACHE)
def norm(text: str) -> str:
    """A surface form as the gazetteer indexes it: spaces collapsed, straight apostrophes, no
    leading "the", possessive "'s" or edge quotes."""
    text = " ".join(text.replace("’", "'").split())
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip(" '\"“”‘")


@dataclass
class Gazetteer:
    """Canonical actors by surface form (``ontology/actors.tsv``)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    folded: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    apart: set[str] = field(default_factory=set)  # names an alias file keeps apart (``-``)
    # surface form -> what lookup gave, emptied when the gazetteer changes (add, aliases)
    _hits: dict[str, tuple[Entry, str | None] | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def load(
        cls, path: Path | str | None = None, *, aliases: Path | str | None = None
    ) -> Gazetteer:
        """Read a gazetteer TSV (``#`` lines are comments), then the alias files: the
        packaged ``aliases.tsv`` with the packaged gazetteer, and ``aliases`` if given."""
        gaz = cls()
        for entry in packaged_entries() if path is None else read_entries(path):
            gaz.add(entry)
        for extra in ([data.aliases()] if path is None else []) + ([aliases] if aliases else []):
            gaz.read_aliases(extra)
        return gaz

    def read_aliases(self, path: Path | str) -> None:
        """Apply an alias file: each row's ``alias`` names the actor ``id`` (merging it into
        that actor, over any earlier reading), or, with ``-`` as the id, nothing but itself
        (kept apart from every actor a name index would merge it into)."""
        self._hits.clear()
        for n, row in tsv.rows(path, "aliases", columns=("alias", "id")):
            alias, key = norm(row.get("alias") or ""), (row.get("id") or "").strip()
            if not alias or not key:
                raise OntologyError(f"{path}: row {n} needs an alias and an id (or -)")
            if key == "-":
                self.apart.add(alias)
                continue
            if key not in self.entries:
                raise OntologyError(
                    f"{path}: row {n}: {key} is not an actor of the gazetteer",
                    "use an id from ontology/actors.tsv, or add the actor there first",
                )
            self.apart.discard(alias)
            self.index[alias] = (key, None)
            self.folded[alias.casefold()] = (key, None)

    def add(self, entry: Entry) -> None:
        self._hits.clear()
        self.entries[entry.key] = entry
        for surface in (entry.label, *entry.aliases):
            name, _, sector = surface.partition("@")
            for key in dict.fromkeys((norm(name), *respelled(norm(name)))):
                if key:
                    self.index.setdefault(key, (entry.key, sector or None))
                    if len(key) > 3:
                        self.folded.setdefault(key.casefold(), (entry.key, sector or None))

    def lookup(self, surface: str) -> tuple[Entry, str | None] | None:
        """The entry a surface form names, with the sector a metonym stands for; case-folded
        only for a name (a capital, four letters or more: "Ukip"), not a common noun ("the
        amnesty" is no Amnesty International). Kept per surface form (bounded): the rules
        look up the same names and phrases again and again."""
        found = self._hits.get(surface, _UNSEEN)
        if found is _UNSEEN:
            if len(self._hits) >= LOOKUP_CACHE:
                self._hits.clear()
            found = self._hits[surface] = self._lookup(surface)
        return found  # type: ignore[return-value]

    def _lookup(self, surface: str) -> tuple[Entry, str | None] | None:
        key = norm(surface)
        if key in self.apart:
            return None
        loose = len(key) > 3 and not key.islower()
        hit = self.index.get(key) or (self.folded.get(key.casefold()) if loose else None)
        if hit is None:
            return None
        return self.entries[hit[0]], hit[1]


def read_entries(path: Path | str) -> list[Entry]:
    """The rows of a gazetteer TSV (``#`` lines are comments) as entries."""
    found = []
    for n, row in tsv.rows(path, "gazetteer"):
        if not row.get("id") or not row.get("label") or not row.get("type"):
            raise OntologyError(f"{path}: row {n} needs id, label and type")
        found.append(
            Entry(
                row["id"],
                row["label"],
                row["type"],
                row.get("subtype") or None,
                row.get("country") or None,
                row.get("wikidata") or None,
                tuple(a for a in (row.get("aliases") or "").split("|") if a),
                (row.get("code") or "").strip() or None,
            )
        )
    return found


@lru_cache(maxsize=1)
def packaged_entries() -> tuple[Entry, ...]:
    """The packaged gazetteer's entries, parsed once per process: every :meth:`Gazetteer.load`
    of it and the actor codes (:func:`kg.actorcodes.load`) start from them."""
    return tuple(read_entries(data.gazetteer()))


def to_actor(entry: Entry, *, sector: str | None = None, role: str | None = None) -> Actor:
    return Actor(
        id=entry.key,
        label=entry.label,
        type=entry.type,
        country=entry.country,
        role=role or (entry.subtype if entry.type == "Person" else None),
        sector=sector,
        wikidata=entry.wikidata,
        subtype=entry.subtype if entry.type != "Person" else None,
    )


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each word of ``spellings.tsv`` to its other spelling, both ways."""
    found: dict[str, str] = {}
    for _, row in tsv.rows(data.spellings(), "spellings", columns=("british", "american")):
        british, american = row["british"].strip(), row["american"].strip()
        if british and american:
            found[british], found[american] = american, british
    return found


def respelled(name: str) -> list[str]:
    """``name`` with its words of two spellings (``spellings.tsv``) written the other way:
    "World Health Organization" gives "World Health Organisation"; none when it has none."""
    other = _spellings()
    words = name.split(" ")
    if not any(w in other for w in words):
        return []
    return [" ".join(other.get(w, w) for w in words)]


@lru_cache(maxsize=4096)
def topic(text: str) -> Actor:
    """A non-actor node (a topic such as "relationship with China"). Memoized (bounded): an
    article's phrases come back for every statement they are in, and an Actor is immutable."""
    label = " ".join(text.split()).strip(" \"“”'‘’")
    words = label.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        label = " ".join(words[1:]) or label
    label = label.replace('"', "").replace("“", "").replace("”", "")  # quotes mark, never name
    label = label.strip(" '‘’-–—,;:") or label
    return Actor(id=f"topic/{slug(label)}", label=label, type="Topic")
