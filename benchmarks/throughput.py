"""Throughput: kg's own cost on top of spaCy's parse, both cores, and memory.

    python benchmarks/throughput.py [--corpus ../shared/corpus/bbc] [--limit N]

On the same articles, measured in one run: words/s of (a) the bare spaCy pipeline kg loads,
(b) parsing + extraction (what `kg extract` does), (c) parsing + extraction + RDF + an Oxigraph
store (what `kg build --store` does); the ratios b/a and c/a; `kg build --jobs 1` vs `--jobs 2`
(wall clock, separate processes); and the peak RSS of `kg build` on the whole set vs a tenth.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def articles(corpus: Path, limit: int | None):
    from kg.ingest import read

    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.md")
    return list(read(files[:limit] if limit else files, on_error=lambda e: None))


def build_run(files: list[Path], jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a `kg build --store` child process."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "in"
        listing.mkdir()
        for f in files:
            (listing / f"{f.parent.name}-{f.name}").symlink_to(f.resolve())
        cmd = [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(listing),
            "--out",
            f"{tmp}/out",
            "--store",
            f"{tmp}/db",
            "--no-html",
            "-q",
            "--jobs",
            str(jobs),
        ]
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--skip-processes", action="store_true", help="skip the --jobs / RSS runs")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"throughput.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.build import results
    from kg.extract.statements import Knowledge
    from kg.nlp import load
    from kg.store import Store, article_quads

    arts = articles(args.corpus, args.limit)
    words = sum(len(a.text.split()) for a in arts)
    print(f"{len(arts)} articles, {words:,} words")
    nlp, knowledge = load(), Knowledge()

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in arts), batch_size=16):
        pass
    a = time.perf_counter() - start
    start = time.perf_counter()
    n = sum(len(r.statements) for r in results(arts, nlp=nlp, knowledge=knowledge))
    b = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "db")
        start = time.perf_counter()
        for r in results(arts, nlp=nlp, knowledge=knowledge):
            store.put_article(r.article.id, article_quads(r))
        store.flush()
        c = time.perf_counter() - start
    print(f"(a) spaCy pipeline        {words / a:8,.0f} words/s")
    print(
        f"(b) kg extract            {words / b:8,.0f} words/s   b/a = {a / b:.2f}  "
        f"({n:,} statements)"
    )
    print(f"(c) kg build into a store {words / c:8,.0f} words/s   c/a = {a / c:.2f}")
    if args.skip_processes:
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.md")
    files = files[: args.limit] if args.limit else files
    _, rss_tenth = build_run(files[: max(1, len(files) // 10)], 1)  # first: peaks only grow
    one, rss_all = build_run(files, 1)
    two, _ = build_run(files, 2)
    print(f"kg build --jobs 1: {one:.1f} s; --jobs 2: {two:.1f} s; speed-up {one / two:.2f}x")
    print(f"peak RSS of kg build: a tenth {rss_tenth:.0f} MB, all {rss_all:.0f} MB "
          f"(ratio {rss_all / rss_tenth:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
