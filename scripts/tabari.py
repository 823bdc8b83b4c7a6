"""Read the TABARI/PETRARCH dictionary formats: ``.actors`` files and the ``.agents`` file.

Only scripts/gen_phoenix.py uses this, at development time; kg reads the TSV files it writes.
The formats are described in the PETRARCH documentation (docs/source/dictionaries.rst of
openeventdata/petrarch2) and the TABARI 0.8 manual. What this reader does with them:

Actors. A record starts with a primary phrase (a line not starting with ``+``, ``#`` or
whitespace), may carry ``+`` synonym lines and code lines (indented ``[CODE restriction]``),
and ends where the next primary phrase starts *after* some codes were given. Like PETRARCH,
consecutive primary phrases with no codes between them name one actor (``LEONID_BREZHNEV_``,
``LEONID_ILYICH_BREZHNEV``, ``SECRETARY_BREZHNEV`` then the codes); unlike PETRARCH, a blank
line or a heading ends a record, so a phrase left without codes there is dropped rather than
given the codes of the next actor (``U.N._`` before ``# Secretarys General``). A synonym line
holding two (``+A_+B_``, a lost line break) gives both; a line of prose (lower case, no
``_``) is not a phrase. A restriction is
``[CODE]`` (the default, used when no dated one applies), ``[CODE <date]``, ``[CODE >date]`` or
``[CODE date-date]``; the limits are inclusive. Dates are YYMMDD (years 00-30 are 20YY,
otherwise 19YY) or YYYYMMDD, of which only the first 8 digits count, as in PETRARCH. Unlike
PETRARCH, every bracket on a line is read (``ANN_VENEMAN_ [USAGOV 010120-050120]
[IGOUNOKID >050501]`` gives two codes, not one code with a date inside it). ``#`` starts a
comment anywhere; a comment on its own line is a heading for the records that follow it up to
the next heading or blank line. ``_`` and blanks separate words; a final ``_`` (TABARI's
"whole word") is dropped. ``[---]`` is PETRARCH's null code and is not kept.

Agents. ``PHRASE {PLURAL} [~CODE]``: the code goes after a country code (``~COP``) or before
it (``NGO~``); ``{...}`` gives the plural, ``{}`` none, otherwise the regular English plural of
the last word is made (not after an abbreviation: ``ADM.``); ``!SET! = A, B`` defines a
substitution set used as ``!SET!`` in a phrase, each member substituted, with no plural
added. A phrase ending in a set's name (``DEFENCE_MINIST``, a TABARI stem PETRARCH no longer
matches) is expanded with that set. A code closed by ``}`` (``[~ENV}``, a typo the PETRARCH
manual shares) is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

_BRACKET = re.compile(r"\[([^\]]*)\]")
_AGENT_CODE = re.compile(r"\[([^\]}]*)[\]}]")
_JUNK = dict.fromkeys(range(32))  # control characters (the files hold a few U+001A)


@dataclass(frozen=True, slots=True)
class Spell:
    """A CAMEO code and the dates it applies between (inclusive; None is open)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class Record:
    """One actor of an ``.actors`` file, as written there."""

    line: int
    names: list[str] = field(default_factory=list)  # primary phrases, first one first
    aliases: list[str] = field(default_factory=list)  # '+' synonyms
    spells: list[Spell] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # comments on the record's own lines
    heading: str | None = None  # the comment line the record sits under


@dataclass(frozen=True, slots=True)
class Agent:
    """One agent phrase: ``forms`` are its surface forms, the first the singular."""

    forms: tuple[str, ...]
    code: str
    before: bool  # ``NGO~``: the code goes before the actor's code, not after it
    line: int


@dataclass
class Problem:
    """A line (or part of one) left out, and why."""

    line: int
    reason: str
    text: str


def phrase(text: str) -> str:
    """``MAHENDRA_CHAUDHRY_`` -> ``MAHENDRA CHAUDHRY``: words split on ``_`` and blanks."""
    return " ".join(text.translate(_JUNK).replace("_", " ").split())


def parse_date(text: str) -> date:
    """A TABARI date: YYMMDD (00-30 -> 20YY) or YYYYMMDD (extra digits ignored)."""
    if not text.isdigit() or len(text) < 6:
        raise ValueError(f"not a date: {text!r}")
    if len(text) > 7:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    yy = int(text[:2])
    return date((2000 if yy <= 30 else 1900) + yy, int(text[2:4]), int(text[4:6]))


def parse_spell(inside: str) -> Spell | None:
    """``GBRGOV 970502-070627`` -> a Spell; None for the null code ``---``.

    Raises ValueError when the restriction cannot be read."""
    code, _, rest = inside.strip().partition(" ")
    rest = rest.replace(" ", "")
    if not code or not re.fullmatch(r"[A-Z0-9]+", code):
        if code.strip("-") == "":
            return None
        raise ValueError(f"not a code: {code!r}")
    if not rest:
        return Spell(code)
    if rest[0] in "<>":
        when = parse_date(rest[1:])
        return Spell(code, end=when) if rest[0] == "<" else Spell(code, start=when)
    first, sep, last = rest.partition("-")
    if not sep:
        raise ValueError(f"not a date restriction: {rest!r}")
    start, end = parse_date(first), parse_date(last)
    if end < start:
        raise ValueError(f"ends before it starts: {rest!r}")
    return Spell(code, start, end)


def _split_comment(line: str) -> tuple[str, str]:
    body, _, note = line.partition("#")
    return body, note.strip(" #\t")


def _is_heading(text: str) -> bool:
    """A comment line that is prose, not commented-out dictionary lines."""
    return bool(text) and "_" not in text and "[" not in text and not text.startswith("+")


def parse_actors(lines: Iterable[str]) -> tuple[list[Record], list[Problem]]:
    """The records of an ``.actors`` file and the lines (or codes) left out."""
    records: list[Record] = []
    problems: list[Problem] = []
    current: Record | None = None
    coded = False  # the current record has had a code line (even a null or broken one)
    gap = False  # a blank line or heading since the current record's last line
    heading: str | None = None

    def spells_of(body: str, n: int) -> list[Spell]:
        found = []
        for inside in _BRACKET.findall(body):
            try:
                spell = parse_spell(inside)
            except ValueError as exc:
                problems.append(Problem(n, f"bad code restriction ({exc})", inside))
                continue
            if spell is None:
                problems.append(Problem(n, "null code [---]", inside))
            else:
                found.append(spell)
        return found

    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            text = stripped.strip("# \t")
            heading = text if _is_heading(text) else heading if stripped else None
            gap = True
            continue
        body, note = _split_comment(line)
        if line[0] in " \t" or line[0] == "+":
            if current is None:
                problems.append(Problem(n, "codes or synonym before any actor", stripped))
                continue
            if line[0] == "+":
                names = body[1:].partition("[")[0]
                # '+A_+B_': two synonyms that lost their line break
                current.aliases.extend(p for p in map(phrase, names.split("+")) if p)
            elif "[" not in body:
                problems.append(Problem(n, "indented line without a code", stripped))
                continue
        else:
            name = phrase(body.partition("[")[0])
            if not name or (re.search(r"[a-z]", name) and "_" not in body):
                problems.append(Problem(n, "not a dictionary phrase", stripped))
                continue
            if current is None or coded or gap:
                current = Record(line=n, heading=heading)
                records.append(current)
                coded = False
            current.names.append(name)
        gap = False
        coded = coded or "[" in body
        current.spells.extend(spells_of(body, n))
        if note:
            current.notes.append(note)
    for record in records:
        if not record.spells:
            problems.append(Problem(record.line, "actor without any code", record.names[0]))
    return [r for r in records if r.spells], problems


def plural(words: str) -> str:
    """The regular English plural of the last word of ``words`` (upper case in, upper out).

    Hand-written: PETRARCH makes regular plurals the same few ways, and these files need
    nothing more (irregular ones are given in ``{...}``)."""
    if re.search(r"[^AEIOU]Y$", words):
        return words[:-1] + "IES"
    if re.search(r"(S|SH|CH|X|Z)$", words):
        return words + "ES"
    return words + "S"


def parse_agents(lines: Iterable[str]) -> tuple[list[Agent], list[Problem]]:
    """The agent phrases of an ``.agents`` file and the lines left out."""
    sets: dict[str, list[str]] = {}
    agents: list[Agent] = []
    problems: list[Problem] = []
    for n, raw in enumerate(lines, start=1):
        body, _ = _split_comment(raw.strip())
        body = body.strip()
        if not body:
            continue
        marker = re.fullmatch(r"!(\w+)!\s*=\s*(.+)", body)
        if marker:
            sets[marker[1]] = [w.strip() for w in marker[2].split(",") if w.strip()]
            continue
        codes = _AGENT_CODE.findall(body)
        if len(codes) != 1 or "~" not in codes[0]:
            problems.append(Problem(n, "needs exactly one [~CODE] or [CODE~]", body))
            continue
        code = codes[0].strip()
        before = code.endswith("~")
        code = code.strip("~ ")
        head, _, plural_part = body.partition("[")[0].partition("{")
        plural_text, closed, _ = plural_part.partition("}")
        if plural_part and not closed:
            problems.append(Problem(n, "'{' without '}'", body))
            continue
        head = head.strip().rstrip("_")
        used = re.findall(r"!(\w+)!", head)
        if any(u not in sets for u in used):
            problems.append(Problem(n, "undefined substitution set", body))
            continue
        stem = re.search(r"(?:^|[_ ])([A-Z]+)$", head)
        if not used and stem and stem[1] in sets and stem[1] not in sets[stem[1]]:
            head = head[: stem.start(1)] + f"!{stem[1]}!"  # DEFENCE_MINIST: a TABARI stem
            used = [stem[1]]
        if used:
            forms = [head]
            for name in dict.fromkeys(used):
                forms = [f.replace(f"!{name}!", w) for f in forms for w in sets[name]]
        else:
            extra = [plural_text] if plural_text.strip() else []
            regular = [] if plural_part or head.endswith(".") else [plural(head)]  # ADM.
            forms = [head, *regular, *extra]
        forms = [phrase(f).lower() for f in forms]
        agents.append(Agent(tuple(dict.fromkeys(f for f in forms if f)), code, before, n))
    return agents, problems
