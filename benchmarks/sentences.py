"""The main event's class of made-up newswire sentences (tuning material for issue 19).

    python benchmarks/sentences.py [--model NAME] [--errors]

benchmarks/data/event_sentences.tsv holds sentences written to cover each PLOVER class's usual
verbs and constructions, with the class(es) a reader gives the main event. Each sentence is an
article of its own; its main statement is chosen as benchmarks/plover.py chooses it. Prints the
share right overall and by class; ``--errors`` lists the misses with every statement's class.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "event_sentences.tsv"


def load(path: Path) -> list[tuple[frozenset[str], str]]:
    """(the classes that are right, sentence) of each row."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [(frozenset(r["class"].split("|")), r["sentence"]) for r in rows]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model")
    p.add_argument("--errors", action="store_true", help="list the sentences got wrong")
    args = p.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from plover import main_statement

    from kg.extract.statements import Knowledge, process
    from kg.ingest import parse_record
    from kg.nlp import load as load_model

    rows = load(DATA)
    nlp = load_model(args.model)
    knowledge = Knowledge()
    articles = [
        parse_record({"id": f"s{i}", "text": text, "date": "2005-01-01"}, source=f"s{i}")
        for i, (_, text) in enumerate(rows)
    ]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    pairs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True)
    for (gold, text), (doc, article) in zip(rows, pairs, strict=True):
        statements = process(doc, article, knowledge).statements
        best = main_statement(statements)
        got = best.event_type if best else None
        first = sorted(gold)[0]
        total[first] += 1
        right[first] += got in gold
        if args.errors and got not in gold:
            typed = "; ".join(f"{s.relation}={s.event_type}" for s in statements)
            print(f"  {'|'.join(sorted(gold)):16} got {got!s:9} | {text} || {typed}")
    hit, n = sum(right.values()), sum(total.values())
    print(f"main event's class right: {100 * hit / n:.1f}% ({hit}/{n})")
    for name in sorted(total):
        print(f"   {name:10} {right[name]}/{total[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
