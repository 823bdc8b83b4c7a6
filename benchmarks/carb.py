"""CaRB dev benchmark: run ``kg openie`` over the dev sentences and score it.

    python benchmarks/carb.py [--shared ../shared] [--model NAME]

Prints the scorer's F1, precision, recall and AUC (CaRB's binary lenient tuple match,
``../shared/tools/carb_score.py``, calibrated to the official scorer).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared material folder (default: ../shared)",
    )
    p.add_argument("--model", help="spaCy pipeline (default: kg's default)")
    p.add_argument(
        "--out",
        type=Path,
        default=ROOT / "benchmarks" / "out" / "carb_dev.tsv",
        help="where to keep the system extractions",
    )
    args = p.parse_args()
    dev = args.shared / "eval" / "carb" / "dev.txt"
    gold = args.shared / "eval" / "carb" / "dev.gold.tsv"
    scorer = args.shared / "tools" / "carb_score.py"
    for f in (dev, gold, scorer):
        if not f.exists():
            sys.exit(f"carb.py: {f} not found; pass --shared DIR")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "kg", "openie", str(dev)]
    if args.model:
        cmd += ["--model", args.model]
    start = time.perf_counter()
    with args.out.open("w", encoding="utf-8") as fh:
        subprocess.run(cmd, stdout=fh, check=True)
    seconds = time.perf_counter() - start
    n = sum(1 for _ in args.out.open(encoding="utf-8"))
    print(f"kg openie: {n} extractions for {dev.name} in {seconds:.1f} s")
    score = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--system", str(args.out)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(score.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
