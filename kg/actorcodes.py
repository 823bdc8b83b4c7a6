"""CAMEO actor codes by date: who an actor was coded as, and who held a role, on a given day.

The data are ``ontology/phoenix_actors.tsv`` (people, organisations and groups with every
CAMEO code and the dates it held) and ``ontology/agents.tsv`` (role nouns to sector codes),
generated from the Phoenix/PETRARCH dictionaries by ``scripts/gen_phoenix.py``. They are read
once per process (:func:`load`) into dict indexes: surface form to actors, code prefix to the
spells that held it, surface form to agent; no lookup scans the names.

A code such as ``GBRGOV`` is a country (``GBR``) and a sector (``GOV``), ``IGOUNO`` an IGO, and
further three-letter blocks narrow it (``GBRGOVMIL``). A spell with no dates is a default: it
applies when none of the actor's dated spells does (``codes_at``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from kg import data
from kg.errors import OntologyError
from kg.gazetteer import Entry, norm, packaged_entries, read_entries
from kg.officeholders import OfficeTable
from kg.officeholders import read as read_offices


@dataclass(frozen=True, slots=True)
class Spell:
    """A CAMEO code and the days it held, both ends included; None is open."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class CodedActor:
    """One row of ``phoenix_actors.tsv``."""

    key: str
    label: str
    type: str
    subtype: str | None
    country: str | None
    aliases: tuple[str, ...]
    spells: tuple[Spell, ...]
    leader: tuple[Spell, ...] = ()  # the spells that were a head of state or government
    titles: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Agent:
    """A role noun and its CAMEO sector code: ``police`` -> ``COP`` (after the country)."""

    name: str
    code: str
    before: bool  # the code precedes the country's (``NGO``), rather than follows it
    forms: tuple[str, ...]
    head: bool = False  # a head of state or government: president, prime minister, king


@dataclass(frozen=True, slots=True)
class Holding:
    """Someone who held a code on a day: the spell, and whether it was a leader's."""

    actor: CodedActor
    spell: Spell
    leader: bool


def parse_spell(text: str) -> Spell:
    """``GBRGOV:1997-05-02:2007-06-27``, ``RUSGOV:2008-05-08:`` or a bare ``GBRELI``."""
    code, _, dates = text.partition(":")
    if not dates:
        return Spell(code)
    start, _, end = dates.partition(":")
    return Spell(
        code,
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
    )


def codes_at(actor: CodedActor, when: dt.date | None) -> tuple[str, ...]:
    """The codes ``actor`` held on ``when``: its dated spells covering the day, else its
    default (undated) codes; with no date, the defaults, else every code it ever held."""
    if when is not None:
        held = [s.code for s in actor.spells if s.dated and s.covers(when)]
        if held:
            return tuple(dict.fromkeys(held))
    defaults = [s.code for s in actor.spells if not s.dated]
    if defaults or when is not None:
        return tuple(dict.fromkeys(defaults))
    return tuple(dict.fromkeys(s.code for s in actor.spells))


@lru_cache(maxsize=1 << 16)  # role nouns and names are looked up again and again; bounded
def key_of(text: str) -> str:
    """The index key of a surface form: kg's gazetteer ``norm``, case-folded, a hyphen as a
    space ("al-Thani" and "al Thani", "Kilroy-Silk" and "Kilroy Silk" are one key)."""
    return norm(text).replace("-", " ").casefold()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


def _table(
    path: Path | str, what: str, needs: tuple[str, ...], *, also: tuple[str, ...] = ()
) -> tuple[dict[str, int], list]:
    """(column positions, data lines) of a kg TSV whose ``needs`` cells are never empty; ``#``
    lines are comments. A line is split only as far as the ``needs`` and ``also`` columns
    (the rest stays in its last cell: :func:`_cells`).

    Plain ``str.split``, not csv: these generated files have no quoting, and csv.DictReader
    took most of the load time."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"cannot read {what} {path}: {exc.strerror}") from None
    lines = [line for line in text.splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t") if lines else []
    if not {*needs, *also} <= set(header):
        raise OntologyError(f"{path}: the header needs the columns {', '.join(needs + also)}")
    columns = {name: i for i, name in enumerate(header)}
    last = max(columns[c] for c in needs + also)
    rows = [line.split("\t", last + 1) for line in lines[1:]]
    at = [columns[c] for c in needs]
    bad = next((n for n, r in enumerate(rows, 2) if len(r) <= last or not all(r[i] for i in at)), 0)
    if bad:
        raise OntologyError(f"{path}: row {bad} needs {', '.join(needs)}", "see the header")
    return columns, rows


def _cells(row: list[str], width: int) -> list[str]:
    """All ``width`` cells of a row :func:`_table` split only partly."""
    cells = row[:-1] + row[-1].split("\t") if len(row) < width else row
    if len(cells) != width:
        raise OntologyError(f"row {row[0]}: {len(cells)} cells, the header has {width}")
    return cells


@dataclass
class ActorCodes:
    """The Phoenix actors and agents, indexed by surface form and by code.

    Rows are kept as read and made into :class:`CodedActor` when first asked for; the index
    of spells by code is built on the first :meth:`holders` call."""

    rows: dict[str, list[str]] = field(default_factory=dict)
    columns: dict[str, int] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    offices: OfficeTable = field(default_factory=OfficeTable)  # kg's own ``offices.tsv``
    _actors: dict[str, CodedActor] = field(default_factory=dict)
    _spells: dict[str, list[tuple[str, str, str, str]]] | None = None
    _surnames: dict[str, list[str]] | None = None
    _short: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def put(self, key: str, row: list[str]) -> None:
        """Store ``row`` as the actor ``key``'s, replacing any, and forget what was built from
        the rows before (the actor made of it, the indexes by code, surname and short name)."""
        self.rows[key] = row
        self._actors.pop(key, None)
        self._spells = self._surnames = self._short = None

    def actor(self, key: str) -> CodedActor:
        """The actor with node key ``key`` (KeyError if none)."""
        found = self._actors.get(key)
        if found is None:
            found = self._actors[key] = self._make(self.rows[key])
        return found

    def lookup(self, surface: str) -> tuple[CodedActor, ...]:
        """Every actor that ``surface`` names (several when a name is shared)."""
        return tuple(self.actor(k) for k in self.names.get(key_of(surface), ()))

    def by_surname(
        self, surname: str, when: dt.date | None, *, country: str | None = None
    ) -> CodedActor | None:
        """The one person ``surname`` names on ``when``: the people of that surname (of
        ``country`` if given) who held a dated code that day (with no date, all of them), the
        leader among them if exactly one led; None when that leaves several or none."""
        found = [a for a in self.namesakes(surname) if country is None or a.country == country]
        if when is not None:
            found = [a for a in found if any(s.dated and s.covers(when) for s in a.spells)]
        leaders = [a for a in found if any(when is None or s.covers(when) for s in a.leader)]
        for group in (leaders, found):
            if len(group) == 1:
                return group[0]
        return None

    def namesakes(self, surname: str) -> tuple[CodedActor, ...]:
        """Every person whose label's last word is ``surname``, whatever the date."""
        return tuple(self.actor(k) for k in self._by_surname().get(key_of(surname), ()))

    def _by_surname(self) -> dict[str, list[str]]:
        """The last word of each person's label -> their keys (built on first use)."""
        if self._surnames is None:
            index: dict[str, list[str]] = defaultdict(list)
            label, kind = self.columns["label"], self.columns["type"]
            for key, row in self.rows.items():
                if row[kind] == "Person" and " " in row[label]:
                    index[key_of(row[label].rsplit(" ", 1)[1])].append(key)
            self._surnames = dict(index)
        return self._surnames

    def companies(self, surface: str, suffixes: frozenset[str]) -> tuple[CodedActor, ...]:
        """The companies whose name is ``surface`` and a last word of a legal form or group
        (``suffixes``, lower case: "Barrick Gold" of Barrick Gold Corporation, "Siemens" of
        Siemens Ag), which news leaves out; none where the plain name is an actor's own."""
        if self._short is None:
            index: dict[str, list[str]] = defaultdict(list)
            label, kind = self.columns["label"], self.columns["subtype"]
            for key, row in self.rows.items():
                short, _, last = row[label].rpartition(" ")
                if row[kind] == "company" and short and last.casefold() in suffixes:
                    index[key_of(short)].append(key)
            self._short = dict(index)
        key = key_of(surface)
        return () if key in self.names else tuple(self.actor(k) for k in self._short.get(key, ()))

    def agent(self, surface: str) -> Agent | None:
        """The role noun ``surface`` is (``police``, ``prime ministers``), if any."""
        return self.agents.get(key_of(surface))

    def holders(
        self, code: str, when: dt.date, *, title: str | None = None, leaders: bool = False
    ) -> list[Holding]:
        """Who held ``code`` or a narrower one on ``when`` (``GBRGOV`` also finds
        ``GBRGOVMIL``, ``GBR`` every sector), from dated spells only; ``leaders`` keeps the
        leader spells, ``title`` the actors with that title (``prime minister``). Leaders
        first, then the latest to take up the code."""
        found: dict[str, Holding] = {}
        day = when.isoformat()
        index = self._by_code()
        groups = (
            [index.get(code[:6], ())]
            if len(code) >= 6
            else [spells for prefix, spells in index.items() if prefix.startswith(code)]
        )  # a country alone (``GBR``): its few sectors, not the names
        for held, start, end, key in (entry for group in groups for entry in group):
            if not held.startswith(code) or (start and day < start) or (end and end < day):
                continue
            actor = self.actor(key)
            spell = parse_spell(f"{held}:{start}:{end}")
            leader = spell in actor.leader
            if (leaders and not leader) or (title and title.casefold() not in actor.titles):
                continue
            if key not in found or (leader and not found[key].leader):
                found[key] = Holding(actor, spell, leader)
        return sorted(
            found.values(), key=lambda h: (h.leader, h.spell.start or dt.date.min), reverse=True
        )

    def who_held(self, role: str, country: str, when: dt.date) -> list[Holding]:
        """Who held the role noun ``role`` (``prime minister``, ``foreign secretary``) of
        ``country`` (its CAMEO code, the ISO 3166-1 alpha-3 one for states) on ``when``.

        The holders of the role's sector (``GBR`` + ``GOV``) that have ``role`` among their
        titles, only those on a leader spell if some are; for a head of state or government
        role (``agents.tsv``, column head) with nobody so titled, the leaders of the sector.
        Several holders mean the dictionaries cannot tell them apart (a president and a prime
        minister are both leaders); none, that they do not say."""
        agent = self.agent(role)
        if agent is None or agent.before:
            return []
        code = country + agent.code
        found = self.holders(code, when, title=agent.name)  # the singular: "prime minister"
        if found:
            return [h for h in found if h.leader] or found
        return self.holders(code, when, leaders=True) if agent.head else []

    def _make(self, row: list[str]) -> CodedActor:
        col = self.columns
        cells = _cells(row, len(col))
        try:
            spells = tuple(parse_spell(s) for s in _split(cells[col["codes"]]))
            leader = tuple(parse_spell(s) for s in _split(cells[col["leader"]]))
        except ValueError as exc:
            raise OntologyError(
                f"actor {cells[col['id']]}: a code's dates are not CODE:YYYY-MM-DD:YYYY-MM-DD"
                f" ({exc})",
                "regenerate the file with scripts/gen_phoenix.py",
            ) from None
        return CodedActor(
            key=cells[col["id"]],
            label=cells[col["label"]],
            type=cells[col["type"]],
            subtype=cells[col["subtype"]] or None,
            country=cells[col["country"]] or None,
            aliases=_split(cells[col["aliases"]]),
            spells=spells,
            leader=leader,
            titles=_split(cells[col["titles"]]),
            note=cells[col["note"]] or None,
        )

    def _by_code(self) -> dict[str, list[tuple[str, str, str, str]]]:
        """code[:6] -> (code, start, end, actor key) of every dated spell, dates as ISO
        text (which sorts as dates do): parsing them all took longer than loading."""
        if self._spells is None:
            index: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
            for key, row in self.rows.items():
                cells = _cells(row, len(self.columns))
                for text in cells[self.columns["codes"]].split("|"):
                    code, _, dates = text.partition(":")
                    if dates:
                        start, _, end = dates.partition(":")
                        index[code[:6]].append((code, start, end, key))
            self._spells = dict(index)
        return self._spells


ACTOR_COLUMNS = ("id", "label", "type", "subtype", "country", "aliases", "codes", "leader")
ACTOR_COLUMNS += ("titles", "note")


def read_actors(codes: ActorCodes, path: Path | str) -> None:
    """Add the rows of a ``phoenix_actors.tsv``-style file to ``codes`` and its name index."""
    columns, rows = _table(path, "actor codes", ("id", "label", "type"), also=("aliases",))
    missing = [c for c in ACTOR_COLUMNS if c not in columns]
    if missing:
        raise OntologyError(f"{path}: the header lacks {', '.join(missing)}")
    codes.columns = columns
    key, label, aliases = columns["id"], columns["label"], columns["aliases"]
    names = codes.names
    for row in rows:
        codes.rows[row[key]] = row
        for name in {key_of(s) for s in (row[label], *row[aliases].split("|")) if s}:
            if name:
                names.setdefault(name, []).append(row[key])


#: A CAMEO actor code as kg writes one: three-letter blocks of capitals (IGOBUSWTO, EURBUS).
CODE_FORM = re.compile(r"(?:[A-Z]{3})+")


def read_gazetteer_codes(codes: ActorCodes, entries: Iterable[Entry]) -> None:
    """Add the gazetteer entries that give their own CAMEO code (``actors.tsv``, column
    ``code``: the WTO, IGOBUSWTO; Airbus, a firm of Europe, EURBUS) to ``codes`` as actors
    of the dictionaries, under the gazetteer's id and with its label and aliases as names, so
    that a mention of them is coded as a Phoenix actor is, and so are the people they employ
    (:mod:`kg.extract.employers`). An entry whose id the dictionaries hold replaces theirs."""
    if not codes.columns:
        raise OntologyError("read the dictionaries' actors before the gazetteer's codes")
    for entry in entries:
        cell = entry.code
        if not cell:
            continue
        try:
            spells = [parse_spell(s) for s in _split(cell)]
        except ValueError:
            spells = []
        if not spells or not all(CODE_FORM.fullmatch(s.code) for s in spells):
            raise OntologyError(
                f"gazetteer actor {entry.key}: code {cell!r} is no CAMEO code",
                "write three-letter blocks of capitals (IGOBUSWTO, EURBUS), dated as"
                " CODE:YYYY-MM-DD:YYYY-MM-DD if need be, '|' between spells",
            )
        aliases = [a.partition("@")[0] for a in entry.aliases]
        cells = dict.fromkeys(codes.columns, "")
        cells.update(
            id=entry.key, label=entry.label, type=entry.type, subtype=entry.subtype or "",
            country=entry.country or "", aliases="|".join(aliases), codes=cell,
            source=f"actors.tsv:{entry.key}",
        )  # fmt: skip
        key = entry.key
        codes.put(key, [cells[c] for c in sorted(codes.columns, key=codes.columns.get)])
        for name in {key_of(s) for s in (entry.label, *aliases) if s}:
            keys = codes.names.setdefault(name, [])
            if key not in keys:
                keys.append(key)


def read_agents(codes: ActorCodes, path: Path | str) -> None:
    """Add the rows of an ``agents.tsv``-style file to ``codes``."""
    columns, rows = _table(path, "agents", ("agent", "code"))
    for row in rows:
        get = dict(zip(columns, _cells(row, len(columns)), strict=True))
        forms = (get["agent"], *_split(get.get("forms", "")))
        agent = Agent(
            get["agent"], get["code"], get.get("place") == "before", forms, get.get("head") == "yes"
        )
        for form in forms:
            codes.agents.setdefault(key_of(form), agent)


def load(
    actors: Path | str | None = None,
    agents: Path | str | None = None,
    *,
    gazetteer: Path | str | None = None,
) -> ActorCodes:
    """Read the actor and agent files (the packaged ones by default, with the packaged
    gazetteer's own codes: then once per process); ``gazetteer``, a gazetteer whose rows'
    codes to add (:func:`read_gazetteer_codes`)."""
    if actors is None and agents is None and gazetteer is None:
        return _packaged()
    entries = read_entries(gazetteer) if gazetteer is not None else ()
    return _read(actors or data.phoenix_actors(), agents or data.agents(), entries)


@cache
def _packaged() -> ActorCodes:
    return _read(data.phoenix_actors(), data.agents(), packaged_entries())


def _read(actors: Path | str, agents: Path | str, gazetteer: Iterable[Entry]) -> ActorCodes:
    """The actor and agent files, the codes of gazetteer entries and kg's table of office
    holders (``offices.tsv``)."""
    codes = ActorCodes()
    read_actors(codes, actors)
    read_gazetteer_codes(codes, gazetteer)
    read_agents(codes, agents)
    codes.offices = read_offices(data.offices())
    return codes
