"""Profile kg's own work (everything after spaCy's parse) and print where the time goes.

    python benchmarks/profile_work.py [--corpus ../shared/corpus/bbc] [--limit 200] [--top 20]

The articles are parsed first, outside the profile; then extraction, JSON lines and N-Quads
(what a worker does after the parse) run under cProfile. Prints the parse time for scale, the
profiled time, and the functions with the most time of their own.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--top", type=int, default=20)
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"profile_work.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.extract.statements import process
    from kg.ingest import read
    from kg.rdf.mapping import to_nquads
    from kg.run.work import pipeline

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.md")[: args.limit]
    arts = list(read(files, on_error=lambda e: None))
    nlp, knowledge = pipeline(None)
    start = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in arts), batch_size=16))
    parse = time.perf_counter() - start

    def work() -> None:
        for doc, article in zip(docs, arts, strict=True):
            result = process(doc, article, knowledge)
            to_nquads(result)
            "".join(st.to_json() + "\n" for st in result.statements)

    start = time.perf_counter()
    work()
    plain = time.perf_counter() - start
    profiler = cProfile.Profile()
    profiler.runcall(work)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
    print(f"{len(arts)} articles: spaCy parse {parse:.1f} s; kg's own work {plain:.1f} s "
          f"({plain / parse:.0%} of the parse; under the profiler it runs slower)")  # fmt: skip
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
