"""Hand-checked actor readings (issue "Actor identity"): labels, countries, codes, fragmentation.

    python benchmarks/actors.py [--shared ../shared] [--date 2005-03-01] [--errors N]
    python benchmarks/actors.py --draft DOC...   # candidate rows to judge for new articles
    python benchmarks/actors.py --docs DOC...    # score only these gold articles (a half)
    python benchmarks/actors.py --split tune retired   # leave the held-out split unread

``benchmarks/data/actors_gold.tsv`` holds, for each BBC article in it, every subject and object
mention kg made an actor of (or that names one), with the actor a reader takes it for:
canonical label, country (ISO 3166-1 alpha-3, empty for none), CAMEO code and a key for the
real actor (for fragmentation), judged by reading the sentence. Its ``split`` column keeps a
``tune`` part (looked at while changing kg) apart from a ``heldout`` part (judged once, never
tuned on). The ``retired`` part is the held-out parts read at the end of several rounds and
retired into tuning material when fresh held-out parts were judged (the first, 11 articles; the
first two fresh parts of 8 on 2026-12-01): rules
may be fitted to it, and ``--errors`` lists it with the tune part. A ``check`` part is the
third of a freshly judged batch that its round did not tune on: read as a figure only.
A gold label ``-`` means
"no actor" (kg should make the mention a topic).

The BBC texts carry no date; the collection is from 2004-2005, so they are read as of
``--date`` (who held an office, which code a person had).

For each split it prints the share of the gold rows kg still produces, and of those: label,
country and code accuracy, and fragmentation (distinct kg IRIs per real actor; 1.00 is one
node per actor).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "actors_gold.tsv"
COLUMNS = ("split", "doc", "sentence_id", "role", "mention", "label", "country", "code", "actor")


def statements(docs: list[str], shared: Path, when: dt.date):
    """kg's statements for the BBC articles ``docs`` (``section/name``), read as of ``when``."""
    sys.path.insert(0, str(ROOT))
    from dataclasses import replace

    from kg.ingest import parse_text
    from kg.run.build import results

    articles = []
    for doc in docs:
        path = shared / "corpus" / "bbc" / f"{doc}.txt"
        article = parse_text(path.read_text(encoding="utf-8"), source=str(path), id=doc)
        articles.append(replace(article, date=when))
    for result in results(articles):
        yield from result.statements


def mentions(st) -> list[tuple[str, str, str, str | None, str | None, str]]:
    """(role, text, label, country, code, iri) of a statement's subject and object."""
    found = [("subject", st.subject, st.subject_label, st.subject_country, _code(st, "subject"),
              st.subject_type, st.subject_id)]  # fmt: skip
    if st.object is not None:
        found.append(("object", st.object, st.object_label, st.object_country, _code(st, "object"),
                      st.object_type, st.object_id))  # fmt: skip
    return [(r, t, lab if kind != "Topic" else "-", c, code, i)
            for r, t, lab, c, code, kind, i in found]  # fmt: skip


def _code(st, role: str) -> str | None:
    """A statement's actor code (None from a kg without codes, for a before/after run)."""
    return getattr(st, f"{role}_code", None)


def load_gold(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in fh if r.strip() and not r.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


SPLITS = ("tune", "retired", "check", "heldout")


def score(
    gold: list[dict[str, str]], produced: dict[tuple, tuple], errors: int, splits=SPLITS
) -> None:
    for split in splits:
        rows = [g for g in gold if g["split"] == split]
        found = [(g, find(produced, g)) for g in rows]
        hit = [(g, p) for g, p in found if p is not None]
        right = {"label": 0, "country": 0, "code": 0}
        iris: dict[str, set[str]] = defaultdict(set)
        shown = 0
        for g, (label, country, code, iri) in hit:
            checks = {
                "label": label == g["label"],
                "country": (country or "") == g["country"],
                "code": (code or "") == g["code"],
            }
            for name, ok in checks.items():
                right[name] += ok
            if g["actor"]:
                iris[g["actor"]].add(iri)
            if split in ("tune", "retired") and not all(checks.values()) and shown < errors:
                shown += 1
                print(f"  {split} {g['doc']}:{g['sentence_id']} {g['role']} {g['mention']!r}: "
                      f"kg {label}/{country}/{code}, gold {g['label']}/{g['country']}/"
                      f"{g['code']}")  # fmt: skip
        n = len(hit) or 1
        frag = sum(len(v) for v in iris.values()) / (len(iris) or 1)
        print(f"{split}: {len(rows)} gold mentions, {len(hit)} still produced; labels "
              f"{right['label'] / n:.1%}, countries {right['country'] / n:.1%}, codes "
              f"{right['code'] / n:.1%}; fragmentation {frag:.2f} IRIs per real actor "
              f"({len(iris)} actors)")  # fmt: skip


#: How far a gold row's mention may have moved in sentence numbers: a change to sentence
#: splitting (a lead no longer cut after its first word) renumbers the sentences after it.
SHIFT = 2


def find(produced: dict[tuple, tuple], row: dict[str, str]) -> tuple | None:
    """What kg gave for a gold row: at its sentence, else the same role and mention at the
    nearest sentence at most ``SHIFT`` away (the nearer first, then the earlier)."""
    doc, sid, role, text = _key(row)
    for step in (0, *[d for k in range(1, SHIFT + 1) for d in (-k, k)]):
        hit = produced.get((doc, sid + step, role, text))
        if hit is not None:
            return hit
    return None


def _key(row: dict[str, str]) -> tuple:
    return (row["doc"], int(row["sentence_id"]), row["role"], row["mention"])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--date", default="2005-03-01", help="the date the articles are read as of")
    p.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print up to N wrong readings (tune and retired splits only)",
    )
    p.add_argument("--draft", nargs="+", metavar="DOC", help="print candidate rows for DOCs")
    p.add_argument("--docs", nargs="+", metavar="DOC", help="score only these gold articles")
    p.add_argument(
        "--split",
        nargs="+",
        choices=SPLITS,
        default=SPLITS,
        help="score only these splits (tune and retired while changing kg: the held-out one "
        "is read once, at the end of a round)",
    )
    args = p.parse_args()
    when = dt.date.fromisoformat(args.date)
    if args.draft:
        print("\t".join(COLUMNS))
        for st in statements(args.draft, args.shared, when):
            for role, text, label, country, code, _ in mentions(st):
                cells = ("?", st.doc, str(st.sentence_id), role, text, label, country or "",
                         code or "", "")  # fmt: skip
                print("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
        return 0
    gold = load_gold(GOLD)
    gold = [g for g in gold if g["split"] in args.split]
    if args.docs:
        gold = [g for g in gold if g["doc"] in set(args.docs)]
    docs = sorted({g["doc"] for g in gold})
    produced = {}
    for st in statements(docs, args.shared, when):
        for role, text, label, country, code, iri in mentions(st):
            produced.setdefault((st.doc, st.sentence_id, role, text), (label, country, code, iri))
    score(gold, produced, args.errors, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
