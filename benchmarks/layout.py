"""Hard-wrapped and header-less articles: BBC articles as they are and wrapped at 70.

    python benchmarks/layout.py [--shared ../shared] [--section politics] [--articles 20]
                                [--date 2005-03-01]

Takes the first N articles of a BBC section (title line, blank line, one paragraph a line),
writes a copy with every paragraph wrapped by ``textwrap.fill`` at 70 characters, and prints
for both: sentences, sentences that start in lower case (a sentence cut at a line break),
statements, the sentences that differ between the two, titles found, and where the
statements' dates come from, without and with ``--date``.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wrap(text: str, width: int = 70) -> str:
    """Every paragraph (lines between blank lines) filled at ``width``."""
    parts = re.split(r"(\n\s*\n)", text)
    return "".join(p if not p.strip() else textwrap.fill(p.strip("\n"), width) for p in parts)


def run(folder: Path, date: dt.date | None):
    from kg.ingest import dated, read
    from kg.run.build import results

    articles = list(dated(read([folder]), date))
    return articles, list(results(articles))


def describe(name: str, articles, done) -> None:
    sentences = [s for r in done for s in r.sentences]
    lower = sum(1 for s in sentences if s[:1].islower())
    sources = collections.Counter(st.date_source for r in done for st in r.statements)
    titled = sum(a.title is not None for a in articles)
    print(
        f"{name}: {len(articles)} articles ({titled} with a title), {len(sentences)} sentences, "
        f"{lower} starting in lower case, {sum(sources.values())} statements; "
        f"date_source {dict(sorted(sources.items()))}"
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--section", default="politics")
    p.add_argument("--articles", type=int, default=20)
    p.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2005, 3, 1))
    args = p.parse_args()
    files = sorted((args.shared / "corpus" / "bbc" / args.section).glob("*.txt"))
    if not files:
        sys.exit(f"layout.py: no BBC articles under {args.shared}; pass --shared DIR")
    with tempfile.TemporaryDirectory(prefix="kg-layout-") as tmp:
        flat, wrapped = Path(tmp, "flat"), Path(tmp, "wrapped")
        flat.mkdir()
        wrapped.mkdir()
        for f in files[: args.articles]:
            text = f.read_text(encoding="utf-8")
            (flat / f.name).write_text(text, encoding="utf-8")
            (wrapped / f.name).write_text(wrap(text), encoding="utf-8")
        as_is, wrapped_run = run(flat, None), run(wrapped, None)
        describe("as they are", *as_is)
        describe("wrapped at 70", *wrapped_run)
        describe(f"as they are, --date {args.date}", *run(flat, args.date))
    differ = [
        (a, b)
        for x, y in zip(as_is[1], wrapped_run[1], strict=True)
        for a, b in zip(x.sentences, y.sentences, strict=False)
        if a != b
    ]
    print(f"sentences that differ between the two: {len(differ)}")
    for a, b in differ:
        print(f"  {a!r}\n  {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
