"""Typed statements on BBC articles against hand judgments (issue "Events": class precision).

    python benchmarks/typed.py [--shared ../shared] [--model NAME] [--unjudged]
                               [--part tuning|retired|held-out] [--errors] [--only DOC ...]

benchmarks/data/typed_gold.tsv holds, for statements kg typed in 163 BBC articles (93 tuning, 30
retired, 40 held-out: five fresh parts of 8), the class a reader gives the statement
after reading its sentence ('-': no PLOVER class; Say is not counted; Say-typed statements are
judged too, so that a retyped one is scored). A statement is keyed by article, sentence, subject,
relation and object, so the judgments stay valid as kg changes; a typed statement with no judgment
is counted apart (``--unjudged`` lists the tuning and retired parts' ones). The articles are split
into a tuning part and a held-out part (the ``part`` column), reported apart; rules are fitted to
the tuning part only. The ``retired`` part is the held-out parts read at the end of several rounds
and retired into tuning material when fresh held-out parts were judged (the first, 14 articles, and
the first two fresh parts of 8, retired on 2026-12-01): rules may be fitted to it, and ``--errors``
lists it with the tuning part.

Also lists every Assault, Coerce or Sanction of the tuning and retired parts (the held-out part's
are counted, never listed) whose target is neither an actor nor a place, to read: its object must be
a physical one (the issue: no material conflict against a policy or a claim). ``--part tuning``
reads the tuning articles only, so that working on the rules shows no held-out statement;
``--errors`` lists the tuning part's typed statements whose class is not the judged one (never the
held-out part's). ``--only DOC`` (repeatable, e.g. ``politics--howard-rejects-bnp-s-claim``) reads
only those articles: a half of a tuning batch read apart, as the gold's comments describe."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "typed_gold.tsv"
MATERIAL = frozenset({"Assault", "Coerce", "Sanction"})
TARGETS = frozenset({"Person", "Country", "Organization", "Group", "Location"})


def load_gold(path: Path) -> tuple[dict[tuple, str], dict[str, str]]:
    """(doc, sentence, subject, relation, object) -> class; doc -> part."""
    judged: dict[tuple, str] = {}
    parts: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            key = (
                row["doc"],
                int(row["sentence_id"]),
                row["subject"],
                row["relation"],
                row["object"],
            )
            judged[key] = row["class"]
            parts[row["doc"]] = row["part"]
    return judged, parts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--model")
    p.add_argument("--unjudged", action="store_true", help="list typed statements not judged")
    p.add_argument("--part", choices=("tuning", "retired", "held-out"), help="read only this part")
    p.add_argument(
        "--errors",
        action="store_true",
        help="list the tuning and retired parts' wrongly typed statements",
    )
    p.add_argument("--only", action="append", metavar="DOC", help="read only this article")
    args = p.parse_args()
    judged, parts = load_gold(GOLD)
    corpus = args.shared / "corpus" / "bbc"
    if not corpus.is_dir():
        sys.exit(f"typed.py: {corpus} not found; pass --shared DIR")

    from kg.extract.statements import Knowledge, process
    from kg.ingest import parse_record
    from kg.nlp import load

    nlp = load(args.model)
    knowledge = Knowledge()
    hits: dict[str, Counter] = defaultdict(Counter)
    totals: dict[str, Counter] = defaultdict(Counter)
    unjudged: list[str] = []
    suspicious: list[str] = []
    errors: list[str] = []
    wanted = set(args.only or parts)
    for doc_id in sorted(d for d in parts if args.part in {None, parts[d]} and d in wanted):
        section, name = doc_id.split("--", 1)
        text = (corpus / section / f"{name}.txt").read_text(encoding="utf-8")
        article = parse_record({"id": doc_id, "text": text}, source=doc_id)
        for st in process(nlp(article.text), article, knowledge).statements:
            if not st.event_type or st.event_type == "Say":
                continue
            key = (st.doc, st.sentence_id, st.subject, st.relation, st.object or "")
            said = f"{st.subject} | {st.relation} | {st.object}"
            line = f"{doc_id} {st.sentence_id}: {said} -> {st.event_type}"
            actor_target = st.recipient_id or (st.object_type in TARGETS)
            part = parts[doc_id]
            shown = line if part != "held-out" else None  # held-out output is never listed
            if st.event_type in MATERIAL and not actor_target:
                suspicious.append(shown)  # to read: is the object a physical one?
            if key not in judged:
                unjudged.append(shown)
                continue
            totals[part][st.event_type] += 1
            hits[part][st.event_type] += judged[key] == st.event_type
            if part != "held-out" and judged[key] != st.event_type:
                errors.append(f"{line} (judged {judged[key]})")
    for part in (args.part,) if args.part else ("tuning", "retired", "held-out"):
        total, hit = sum(totals[part].values()), sum(hits[part].values())
        share = f"{100 * hit / total:.1f}% ({hit}/{total})" if total else "n/a"
        print(f"== {part}: typed-class precision {share}")
        for cls in sorted(totals[part]):
            print(f"   {cls:10} {hits[part][cls]}/{totals[part][cls]}")
    for line in errors if args.errors else ():
        print("   ", line)
    print(f"typed statements not judged: {len(unjudged)}")
    for line in filter(None, unjudged if args.unjudged else ()):
        print("   ", line)
    print(
        f"Assault/Coerce/Sanction with no actor or place as target (read them): {len(suspicious)}"
    )
    for line in filter(None, suspicious):
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
