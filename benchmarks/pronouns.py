"""Pronouns, pairs ("the two leaders") and descriptions ("the Russian leader") on the sample.

    python benchmarks/pronouns.py

Compares what kg resolves each mention to with hand-annotated referents
(benchmarks/data/sample_pronouns.tsv) and prints the accuracy.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "sample_pronouns.tsv"
SAMPLE = ROOT / "data" / "articles" / "000_8813760514876ec4.txt"


def main() -> int:
    from kg.extract.statements import Knowledge, process
    from kg.ingest import read
    from kg.nlp import load

    article = next(read([SAMPLE]))
    result = process(load()(article.text), article, Knowledge())
    found: dict[tuple[int, str], set[str]] = {}
    for st in result.statements:
        for role in ("subject", "object"):
            surface = getattr(st, role)
            if getattr(st, f"{role}_resolution") in {"pronoun", "speaker", "pair", "description"}:
                found.setdefault((st.sentence_id, surface), set()).add(getattr(st, f"{role}_label"))
    right = total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sid, mention, referents, kind = line.split("\t")
        gold = set(referents.split("|"))
        got = found.get((int(sid), mention), set())
        ok = got == gold if kind == "pair" else len(got) == 1 and got <= gold
        right += ok
        total += 1
        mark = "ok " if ok else "BAD"
        print(f"{mark} {sid:>2} {mention!r:20} -> {sorted(got)}  gold {sorted(gold)}")
    share = 100 * right / total
    print(f"pronouns and pairs on the sample: {right}/{total} resolved right ({share:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
