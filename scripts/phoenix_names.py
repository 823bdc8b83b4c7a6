"""Names from the all-capitals Phoenix dictionaries: natural case, nicknames and titles.

Used by scripts/gen_phoenix.py; the word lists are in scripts/phoenix_words.tsv.

Natural case (``MAHENDRA CHAUDHRY`` -> ``Mahendra Chaudhry``), good enough rather than right
for every language: a word is capitalised, and so is each part after a hyphen (``Jean-Marie``,
``Ban Ki-Moon``) or after a one-letter part and an apostrophe (``O'Brien``; but ``Qa'ida``,
``People's``); ``Mc`` is followed by a capital (``McCain``; ``Mac`` is left alone, for
``Machado``); particles and short function words (``al``, ``bin``, ``de``, ``van``, ``of``) are
lower case except first, and so are ``al-``/``el-`` before a hyphen (``Bashar al-Assad``) and
particles after one (``Mazar-i-Sharif``); words without a vowel (``BBC``, ``J.``), listed
acronyms (``NATO``) and roman numerals stay in capitals, a few listed words keep their own
case (``Jr``, ``Ltd``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from tabari import Agent

#: Sectors whose role nouns can be a person's title (``PRESIDENT``, ``GENERAL``, ``SENATOR``).
TITLE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "ELI", "OPP", "PTY", "COP", "SPY", "REB"}
LINKS = {"of", "for", "to", "and", "the", "in", "on", "at", "by", "with", "from"}
VOWEL = re.compile(r"[AEIOUYaeiouy]")


@dataclass
class Words:
    """The word lists of scripts/phoenix_words.tsv, by kind (its header says what each is)."""

    lower: set[str] = field(default_factory=set)
    upper: set[str] = field(default_factory=set)
    cased: dict[str, str] = field(default_factory=dict)
    joined: set[str] = field(default_factory=set)
    org: set[str] = field(default_factory=set)
    title: set[str] = field(default_factory=set)
    head: set[str] = field(default_factory=set)
    person: set[str] = field(default_factory=set)


def load_words(path: Path) -> Words:
    """Read a word-list TSV (columns kind, word; ``#`` lines are comments)."""
    words = Words()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader((r for r in fh if not r.startswith("#")), delimiter="\t"):
            kind, word = row["kind"], row["word"]
            if kind == "cased":
                words.cased[word.upper()] = word
            else:
                getattr(words, kind).add(word.upper() if kind == "upper" else word.lower())
    return words


def case_part(part: str, *, after: str, last: bool, words: Words) -> str:
    """One piece of a word between hyphens and apostrophes (``after`` the mark before it)."""
    if part in words.upper or not VOWEL.search(part):
        return part
    if (after == "'" and last and part == "S") or (after == "-" and part.lower() in words.joined):
        return part.lower()  # PEOPLE'S, Mazar-i-Sharif, Hezb-e
    cap = part[:1] + part[1:].lower()
    return "Mc" + cap[2:].capitalize() if re.match(r"Mc[a-z]", cap) else cap


def case_word(word: str, *, first: bool, words: Words) -> str:
    """One upper-case word of a name in natural case."""
    bare = word.rstrip(".")
    if word.startswith("(") and word.endswith(")"):
        return word  # (ERG)
    if bare in words.cased:
        return words.cased[bare] + word[len(bare) :]
    if word in words.upper or not VOWEL.search(word) or "." in bare:
        return word
    if not first and word.lower() in words.lower:
        return word.lower()
    parts = re.split(r"([-'])", word)
    out = []
    for i, part in enumerate(parts):
        before = parts[i - 1] if i else ""
        if part in ("-", "'", ""):
            out.append(part)
        elif before == "'" and len(parts[i - 2]) > 1:
            out.append(part.lower())  # Qa'ida; but O'Brien, D'Alema
        elif i == 0 and not first and part in ("AL", "EL") and len(parts) > 1 and parts[1] == "-":
            out.append(part.lower())  # Bashar al-Assad
        else:
            out.append(case_part(part, after=before, last=i == len(parts) - 1, words=words))
    return "".join(out)


def natural_case(text: str, *, words: Words) -> str:
    """``MAHENDRA CHAUDHRY`` -> ``Mahendra Chaudhry`` (the rules: module docstring)."""
    tokens = text.split()
    return " ".join(case_word(w, first=i == 0, words=words) for i, w in enumerate(tokens))


def nicknames(name: str) -> list[str]:
    """``TZIPORA "TZIPI" LIVNI`` -> ``TZIPORA LIVNI``, ``TZIPI LIVNI``."""
    quoted = re.search(r'\s*"([^"]*)"\s*', name)
    if not quoted:
        return [name.replace('"', "")]
    plain = " ".join((name[: quoted.start()] + " " + name[quoted.end() :]).split())
    words = name[quoted.end() :].split() or []
    return [n for n in (plain, " ".join([quoted[1], *words[-1:]])) if n]


def singular(word: str) -> str:
    """``secretaries`` -> ``secretary``, ``ministers`` -> ``minister`` (``boss`` stays)."""
    return re.sub(r"ies$", "y", word) if word.endswith("ies") else re.sub(r"(?<!s)s$", "", word)


def has_org_word(name: str, words: Words) -> bool:
    """Whether ``name`` holds a word (or the singular of one) that makes it a body."""
    tokens = {w.strip("()").lower() for w in name.replace("-", " ").split()}
    return bool((tokens | {singular(t) for t in tokens}) & words.org)


def head_noun(phrase: str) -> str:
    """``secretary of state`` -> ``secretary``; ``deputy prime minister`` -> ``minister``."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if w in LINKS), len(words))
    return singular(words[cut - 1]) if cut else ""


def title_words(agents: list[Agent], words: Words) -> set[str]:
    """Titles a name may open with: the listed ones and the agents' role nouns for officials
    whose head noun is listed (``foreign secretary``, ``deputy prime minister``); lower case,
    blanks for hyphens."""
    found = {
        f.replace("-", " ")
        for a in agents
        if a.code[:3] in TITLE_SECTORS
        for f in a.forms
        if not has_org_word(f, words)
    }
    return {t for t in found if head_noun(t) in words.title} | words.title


def title_of(name: str, titles: set[str]) -> tuple[str, str]:
    """(title, rest) when ``name`` opens with a title and names someone after it; ``titles``
    are lower case with blanks for hyphens."""
    tokens = name.split()
    for cut in range(len(tokens) - 1, 0, -1):
        head = " ".join(tokens[:cut]).lower().replace("-", " ")
        if head in titles:
            if tokens[cut].lower() in LINKS:
                break  # SECRETARY_GENERAL_OF_THE_UN names an office, not a person
            return head, " ".join(tokens[cut:])
    return "", name


def heading_title(heading: str | None, titles: set[str]) -> str:
    """The role a heading comment names (``Prime Ministers`` -> ``prime minister``)."""
    if not heading:
        return ""
    words = [singular(w).strip("().") for w in re.sub(r"\[(\w*)\]", r"\1", heading.lower()).split()]
    found = ""
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            candidate = " ".join(words[i:j])
            if candidate in titles and len(candidate) > len(found):
                found = candidate
    return found


def is_office(name: str, titles: set[str]) -> bool:
    """``PRESIDENT_OF_THE_UNITED_STATES_``, ``US_SECRETARY_OF_STATE_``: a singular title,
    maybe after a short or adjectival qualifier, ending the name or before a linking word."""
    words = name.lower().replace("-", " ").split()
    qualified = len(words[0]) <= 3 or re.search(r"(an|ar|ese|ish|ic|i)$", words[0])
    for start in (0, 1) if qualified else (0,):
        for end in range(len(words), start, -1):
            title = " ".join(words[start:end])
            plural = singular(words[end - 1]) != words[end - 1]
            if title in titles and not plural and (end == len(words) or words[end] in LINKS):
                return True
    return False
