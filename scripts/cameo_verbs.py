"""Reading PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.verbs.txt) for scripts/gen_lexicon.py.

The file has synonym sets (``&WEAPON`` followed by ``+GUN``, ``+RIFLE``, ...) and verb blocks
(``---  RESUME  [---]  ---``, the block's verbs one a line, then its patterns). A pattern
``- * TALKS  [046]`` says that any verb of the block with "talks" as its object is CAMEO 046;
``- * (TO BARRACKS)  [---]`` (no event) the same for a prepositional object, ``- * OFF TALK`` for a
particle, ``- * {PEACE TALK}`` for a compound, ``- * &NEGOTIATION`` for any noun of a synonym
set. Only these plain forms are read; a pattern with more parts (a second phrase, the subject
before the verb, a source or target marker inside) narrows its meaning in ways kg's lookup by
verb and object noun cannot follow, so it is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[([-\d]+)(?::[-\d]+)?\]")
#: A pattern's parts: a phrase in parentheses, a compound in braces, or a word.
PART = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
#: Markers of the source, the target or an ignored word, which a plain object lacks.
MARKERS = frozenset({"$", "+", "^", "%"})
#: Particles of phrasal verbs before the object ("call off talks", "step up attacks").
PARTICLES = frozenset({"off", "up", "out", "down", "forward", "back", "away", "over", "in", "on"})
#: The last word of a fragment of a longer phrase, not a verb.
FRAGMENT_ENDS = frozenset({"AND", "OR", "THE", "TO", "OF", "A"})
WORD = re.compile(r"[A-Z][A-Z_'-]*")
VERB = re.compile(r"[A-Z][A-Z_']*")


@dataclass
class Block:
    """One verb block: its name, verbs with their own codes, and its patterns: (object, code,
    the verb the pattern was found with, as its comment names it, or '')."""

    name: str
    default: str | None
    verbs: list[tuple[str, str | None]] = field(default_factory=list)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)


def _strip(raw: str) -> str:
    return raw.split("#", 1)[0].rstrip()


def synsets(lines: list[str], lemmatize: Callable[[str], str]) -> dict[str, list[str]]:
    """``&name`` -> its member words as :func:`member` gives them ("assault rifle")."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = _strip(raw).strip()
        if line.startswith("&"):
            current = sets.setdefault(line.rstrip("_").lower(), [])
        elif line.startswith("+") and current is not None:
            word = line[1:].split("{", 1)[0].strip()
            if WORD.fullmatch(word):
                current.append(member(word, lemmatize))
        elif (not raw.strip() and current) or "VERB PATTERNS" in raw:
            current = None  # a blank line ends a set (a comment line does not)
    return sets


def blocks(lines: list[str]) -> Iterator[Block]:
    """The verb blocks after the ``VERB PATTERNS`` line."""
    block: Block | None = None
    started = False
    for raw in lines:
        line = _strip(raw)
        if "VERB PATTERNS" in raw:
            started = True
            continue
        if not started or not line.strip():
            continue
        if m := BLOCK.match(line):
            if block is not None:
                yield block
            block = Block(
                m[1].strip("_").replace("_", " ").lower(), m[2] if m[2].isdigit() else None
            )
        elif block is None or line.startswith(("&", "~")):
            continue
        elif line.startswith("-"):
            if m := CODE.search(line):
                comment = raw.split("#", 1)[1].split() if "#" in raw else []
                verb = comment[0].strip("_").replace("_", " ").lower() if comment else ""
                block.patterns.append((line[1 : m.start()].strip(), m[1], verb))
        elif verb := _verb(line):
            block.verbs.append(verb)
    if block is not None:
        yield block


def _verb(line: str) -> tuple[str, str | None] | None:
    """A verb line's lemma ("crack down") and its own code, if it has one."""
    word = line.split("{", 1)[0].split("[", 1)[0].strip().lstrip("+")
    if not VERB.fullmatch(word) or word.strip("_").split("_")[-1] in FRAGMENT_ENDS:
        return None
    m = CODE.search(line.split("{", 1)[0] + line.split("}", 1)[-1])
    code = m[1] if m and m[1].isdigit() else None
    return word.strip("_").replace("_", " ").lower(), code


def objects(pattern: str, lemmatize: Callable[[str], str]) -> list[str]:
    """The object key a plain pattern gives, as kg looks it up after the verb: "talk"
    (``* TALKS``), "to barrack" (``* (TO BARRACKS)``), "off talk", "peace talk", "&weapon"
    (a synonym set, whose members :func:`synsets` gives); [] for any other pattern. The last
    word is as ``lemmatize`` makes it ("talks": "talk")."""
    parts = PART.findall(pattern)
    if not parts or parts[0] != "*":
        return []  # the subject before the verb ("- MINISTER *")
    parts = parts[1:]
    while parts and parts[-1] in MARKERS:
        parts.pop()
    prefix = ""
    if len(parts) == 2 and parts[0].lower() in PARTICLES:
        prefix, parts = parts[0].lower(), parts[1:]
    elif len(parts) == 1 and parts[0].startswith("("):
        inner = PART.findall(parts[0][1:-1])
        if len(inner) != 2 or not WORD.fullmatch(inner[0]):
            return []
        prefix, parts = inner[0].lower(), inner[1:]
    noun = _noun(parts[0], lemmatize) if len(parts) == 1 else None
    return [f"{prefix} {noun}".strip()] if noun else []


def _noun(part: str, lemmatize: Callable[[str], str]) -> str | None:
    """A pattern part's noun: a word, a compound in braces ("peace talk"), or a synonym set's
    name ("&weapon")."""
    if re.fullmatch(r"&[A-Z_]+", part):
        return part.rstrip("_").lower()
    words = part.strip("{}").split()
    if not words or not all(WORD.fullmatch(w) for w in words):
        return None
    return member(" ".join(words), lemmatize)


def member(word: str, lemmatize: Callable[[str], str]) -> str:
    """A dictionary word as kg looks it up: lower case, "_" as a space, the last word's lemma."""
    head, _, last = word.strip("_").replace("_", " ").lower().rpartition(" ")
    return f"{head} {lemmatize(last)}".strip()
