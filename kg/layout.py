"""The layout of an article's text: hard-wrapped paragraphs, titles, wire datelines, dates.

Pure functions over strings, no spaCy. :func:`unwrap` turns the line breaks inside a
hard-wrapped paragraph into spaces (the text keeps its length, so character offsets into it
are offsets into the text as read); :func:`dateline` finds a wire dateline at the start of a
line; :func:`title` and :func:`article_date` read what a header-less article says about
itself. Hand-written rather than a library's: the date parsers on PyPI (dateutil's fuzzy
mode, dateparser) read any number in a sentence as a day and fill what is missing from
today's date, and kg needs exact, checkable rules.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

#: English month names (``when`` resolves them in sentences; here they date articles).
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip

#: A text is hard-wrapped at a width in this range; longer lines are paragraphs of their own.
MIN_WIDTH, MAX_WIDTH = 40, 100
#: Line-breaking tools that aim below their limit (fmt) leave lines this much shorter.
SLACK = 4
#: Share of a text's lines that must fit the width for it to count as hard-wrapped.
WRAPPED_SHARE = 0.8
#: A title is a line of at most this many characters.
TITLE_CHARS = 200


def _month_pattern(name: str) -> str:
    """``September`` -> ``Sep(?:t|tember)?``: the name or its abbreviation, capitalised."""
    head, tail = name[:3].title(), name[3:]
    if not tail:
        return head
    return rf"{head}(?:t|{tail})?" if name == "september" else rf"{head}(?:{tail})?"


_MONTH = "|".join(_month_pattern(m) for m in MONTHS)
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?"
_MONTH_DAY = rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
_DATES = re.compile(
    r"(?<!\d)(?P<iso>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"
    rf"|\b(?P<dm>{_DAY_MONTH}),?\s+(?P<dmy>(?:19|20)\d\d)\b"
    rf"|\b(?P<md>{_MONTH_DAY}),?\s+(?P<mdy>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?!\d)")

_WORD = r"[A-Z][\w.'’&-]*"
_CAPS = r"[A-Z][A-Z.'’-]+"
_REGION = rf",\s+{_WORD}(?:\s+{_WORD}){{0,2}}"  # , Ukraine / , N.Y.
_DAY = rf",?\s+(?:{_MONTH_DAY}|{_DAY_MONTH})(?:,?\s+(?:19|20)\d\d)?"  # , March 3(, 2005)
_AGENCY = r"\s*\([A-Z][\w&.'’ -]{0,30}\)"  # (Reuters)
_SEP = r"\s*(?::|-{1,2}|–|—)(?=\s*$|\s+[A-Z0-9\"'“‘])\s*"  # then a sentence starts
#: A place in capitals may stand alone (``MOSCOW -``); one in mixed case needs an agency or
#: a date (``Moscow, March 3 -``), or a region and a colon (``Kiev, Ukraine:``).
_DATELINE = re.compile(
    rf"^\s*(?:(?P<caps>{_CAPS}(?:\s+{_CAPS}){{0,3}})(?:{_REGION}|{_DAY})*(?:{_AGENCY})?{_SEP}"
    rf"|(?P<place>{_WORD}(?:\s+{_WORD}){{0,3}})"
    rf"(?:(?:{_REGION})?(?:{_DAY})?{_AGENCY}{_SEP}|(?:{_REGION})?{_DAY}{_SEP}|{_REGION}\s*:\s*))"
)
#: Longest dateline: a longer match is a sentence that happens to look like one.
DATELINE_CHARS = 60

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦+>]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+", re.I)
_DASH_BULLET = re.compile(r"^\s*[-–—]\s+")
_TABLE = re.compile(r"\t|\S {3,}\S|\|.*\|")
_GAP = re.compile(r"[^\s.!?:] {2}(?=\S)")
_QUOTES = "\"'‘’“”()[]«»"


class Dateline(NamedTuple):
    """A wire dateline at the start of a line: the place, where it ends, its full date."""

    place: str
    place_start: int
    place_end: int
    end: int  # where the text after the dateline (and its separator) starts
    date: dt.date | None


@lru_cache(maxsize=1024)  # admission asks again for the line of each statement's phrases
def dateline(line: str) -> Dateline | None:
    """The wire dateline opening ``line`` (``MOSCOW (Reuters) -``, ``Kiev, Ukraine:``,
    ``LONDON, March 3 -``), or None. A place in mixed case needs a region, date or agency
    after it, so ``Putin: ...`` or ``Russia - ...`` are not datelines."""
    m = _DATELINE.match(line)
    if m is None or len(m.group(0).strip()) > DATELINE_CHARS:
        return None
    group = "caps" if m.group("caps") else "place"
    found = find_date(m.group(0))
    return Dateline(m.group(group), m.start(group), m.end(group), m.end(), found)


def is_dateline(text: str) -> bool:
    """Whether ``text`` is a wire dateline and nothing more (a sentence of its own)."""
    if len(text.strip()) > DATELINE_CHARS:  # never one: spares the pattern every sentence
        return False
    found = dateline(text)
    return found is not None and not text[found.end :].strip()


def find_date(text: str) -> dt.date | None:
    """The first full date in ``text`` (``2005-02-14``, ``14 February 2005``,
    ``February 14, 2005``, ``Feb. 14 2005``), or None; impossible dates do not count."""
    for m in _DATES.finditer(text):
        if m.group("iso"):
            parts = (m.group("iso"), m.group("m"), m.group("d"))
        else:
            day_month = (m.group("dm") or m.group("md")).replace(".", "").split()
            day = next(p for p in day_month if p[0].isdigit())
            month = next(p for p in day_month if not p[0].isdigit())
            parts = (m.group("dmy") or m.group("mdy"), _month(month), day.rstrip("stndrh"))
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            continue
    return None


def _month(name: str) -> int:
    name = name.lower()
    return next(n for n, m in enumerate(MONTHS, start=1) if m.startswith(name[:3]))


def date_in_name(name: str) -> dt.date | None:
    """A date in a file name: ``2005-02-14-blair``, ``reuters_20050214``, or None."""
    for m in _NAME_DATE.finditer(name):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    return find_date(name.replace("_", " ").replace("-", " "))


#: How many non-blank lines at the top may hold the article's date, and how many words a
#: line that does may have (a date line, byline or title; not a sentence of the body).
DATE_LINES, DATE_LINE_WORDS = 5, 12


def _top(lines: Sequence[str]) -> list[str]:
    """The first :data:`DATE_LINES` lines that are not blank."""
    return list(islice((line for line in lines if line.strip()), DATE_LINES))


def first_dateline(lines: Sequence[str]) -> Dateline | None:
    """The wire dateline opening one of the first lines (where a wire article has it)."""
    return next((found for line in _top(lines) if (found := dateline(line)) is not None), None)


def date_in_lines(lines: Sequence[str]) -> dt.date | None:
    """The article's date from its first lines: a date line (``14 February 2005``,
    ``Published: Monday, 14 February, 2005``), a byline or title with a date, or the date in
    a wire dateline; a date in a sentence of the body is an event's, not the article's."""
    wire = first_dateline(lines)
    if wire is not None and wire.date is not None:
        return wire.date
    short = (line for line in _top(lines) if len(line.split()) <= DATE_LINE_WORDS)
    return next((found for line in short if (found := find_date(line)) is not None), None)


def article_date(lines: Sequence[str], *, name: str = "") -> dt.date | None:
    """A header-less article's date: from its file name, else from its first lines."""
    return date_in_name(name) or date_in_lines(lines)


def title(lines: Sequence[str]) -> str | None:
    """A header-less article's title: its first line when a blank line follows it (the BBC
    layout: title, blank line, body) or the next line opens with a wire dateline, and it
    reads as a title (no final full stop, not a bare date or dateline, not too long)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not any(line.strip() for line in lines[first + 1 :]):
        return None
    line, after = lines[first].strip(), lines[first + 1]
    if after.strip() and dateline(after) is None:
        return None
    sentence = line.endswith(".") and not line.endswith("..")  # "Rivals of the £400 Apple..."
    if len(line) > TITLE_CHARS or sentence or line.endswith(":") or dateline(line) is not None:
        return None
    if _DATES.search(line) and len(_DATES.sub("", line).split()) <= 2:
        return None  # a date line ("Monday, 14 February 2005")
    return line


def is_caps(line: str) -> bool:
    """A line in capitals (a wire headline or heading): two words or more, no lower case."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and not any(c.islower() for c in line)


# fmt: off
_SMALL = frozenset(("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
                    "for", "by", "with", "from", "as", "vs"))
# fmt: on


def is_headline(line: str) -> bool:
    """A line in headline style: no final full stop and most of its words capitalised."""
    words = [w.strip(_QUOTES) for w in line.split()]
    words = [w for w in words if w and w.lower() not in _SMALL]
    if not words or line.rstrip().endswith("."):
        return False
    if is_caps(line):
        return True
    capital = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return len(words) >= 2 and capital >= 0.85 * len(words)


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width a text is hard-wrapped at, or None when it is not (its lines are paragraphs
    of their own, or too short to tell a wrap from a list or a poem)."""
    lengths = sorted(_length(line) for line in lines if line.strip())
    if len(lengths) < 2:
        return None
    fitting = [n for n in lengths if n <= MAX_WIDTH]
    if len(fitting) < WRAPPED_SHARE * len(lengths):
        return None
    width = fitting[math.ceil(0.95 * len(fitting)) - 1]  # nearest rank: of 4 lines, the longest
    return width if width >= MIN_WIDTH else None


def _length(line: str) -> int:
    return len(line.rstrip().expandtabs())


def _indent(line: str) -> int:
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def _bullet(line: str) -> int | None:
    """Where a list item's text starts, or None if ``line`` is no list item."""
    m = _BULLET.match(line.expandtabs())
    return m.end() if m else None


def is_table_row(line: str) -> bool:
    """A row of a table: a tab, a gap of 3 spaces, columns in bars, or 2 inner gaps of 2."""
    text = line.strip()
    return bool(_TABLE.search(text)) or len(_GAP.findall(text)) >= 2


def _full(line: str, following: str, width: int) -> bool:
    """Whether ``line`` was broken because the next word would not fit in ``width``."""
    word = following.split()[0]
    return _length(line) + 1 + len(word) > width - SLACK


def _runs_on(line: str, following: str) -> bool:
    """A short line whose sentence plainly goes on: it ends in a word or a comma and the next
    line starts in lower case (a ragged hand wrap, "repelled an" / "attack by ...")."""
    end, start = line.rstrip()[-1], following.lstrip()[0]
    return (end.isalnum() or end == ",") and start.islower()


def _wire_dateline(line: str) -> bool:
    """Whether ``line`` opens with a dateline in capitals (``MOSCOW (Reuters) -``): one in
    mixed case may be the wrapped middle of a sentence."""
    found = dateline(line)
    return found is not None and found.place.isupper()


def _goes_on(line: str) -> bool:
    """Whether ``line`` breaks off inside a clause: no sentence's end, colon or semicolon."""
    return not line.rstrip().rstrip(_QUOTES).endswith((".", "!", "?", ":", ";"))


def _verse(block: Sequence[str]) -> bool:
    """A stanza, or a list without marks: three lines or more, each opening with a capital,
    and most of them ending in punctuation (wrapped prose goes on in lower case)."""
    capitals = all(line.lstrip().lstrip(_QUOTES)[:1].isupper() for line in block)
    ended = sum(not line.rstrip()[-1].isalnum() for line in block[:-1])
    return len(block) >= 3 and capitals and 2 * ended >= len(block) - 1


def _joinable(
    lines: Sequence[str], i: int, width: int, *, opens: bool, in_list: bool, top: bool
) -> bool:
    """Whether the break after ``lines[i]`` is a wrap: the line is full (or its sentence
    plainly runs on), and nothing in the layout (a list item, table row, indentation step,
    headline, dateline) says that the next line starts something new. ``opens``:
    ``lines[i]`` starts a paragraph; ``in_list``: a list item came before in this
    paragraph; ``top``: it is the text's first line (where a title stands)."""
    line, following = lines[i], lines[i + 1]
    if not (_full(line, following, width) or _runs_on(line, following)):
        return False
    if _wire_dateline(following):
        return False
    if is_table_row(line) or is_table_row(following):
        return False
    if _bullet(following) is not None and (in_list or not _goes_on(line)):
        return False  # a mark after a line that goes on ("in\n- a move") is prose
    if is_caps(line) != is_caps(following):
        return False
    if top and is_headline(line) and not following.lstrip()[0].islower():
        return False
    here, there = _indent(line), _indent(following)
    item = _bullet(line)
    if item is not None and in_list:
        return there <= item  # an item goes on under its text, or further left
    return there == here or (there < here and opens)


def _paragraph_breaks(block: Sequence[str], width: int, *, top: bool) -> list[int]:
    """Indices ``j`` of the lines of one paragraph (no blank line in it) whose break after
    them is a wrap; ``top``: the paragraph opens the text."""
    if _verse(block):
        return []
    soft: list[int] = []
    opens, in_list = True, _bullet(block[0]) is not None
    for j in range(len(block) - 1):
        joinable = _joinable(block, j, width, opens=opens, in_list=in_list, top=top and j == 0)
        if joinable:
            soft.append(j)
        opens = not joinable
        in_list = in_list or (not joinable and _bullet(block[j + 1]) is not None)
    return soft


def soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks in ``text`` that only wrap a paragraph.

    A break is soft when the text is hard-wrapped (:func:`wrap_width`), its paragraph is not
    verse (:func:`_verse`), the line before it is full and nothing in the layout opens
    something new after it (:func:`_joinable`).
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return []
    ends, at = [], -1  # the offset of each line's break
    for line in lines:
        at += len(line) + 1
        ends.append(at)
    breaks: list[int] = []
    for n, (first, block) in enumerate(_paragraphs(lines)):
        breaks.extend(ends[first + j] for j in _paragraph_breaks(block, width, top=n == 0))
    return breaks


def _paragraphs(lines: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """The runs of non-blank lines, each with the index of its first line."""
    block: list[str] = []
    for n, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(line)
        elif block:
            yield n - len(block), block
            block = []


def unwrap(text: str) -> str:
    """``text`` with each line break inside a hard-wrapped paragraph made a space.

    The length stays the same, so character offsets into the result are offsets into
    ``text``; blank lines, titles, list items, tables and verse keep their breaks.
    """
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)
