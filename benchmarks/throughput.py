"""Throughput: kg's own cost on top of spaCy's parse, both cores, and memory.

    python benchmarks/throughput.py [--corpus ../shared/corpus/bbc] [--limit N]

On the same articles, measured side by side in one run (pipeline loaded once, outside the
timings): words/s of (a) the bare spaCy pipeline kg loads, (b) parsing + extraction + JSON lines
(what `kg extract` does), (c) the whole `kg build --store` job (parse, extract, N-Quads, bulk
load into an on-disk Oxigraph store, graph.ttl export); the ratios b/a and c/a. Then, as
separate `kg build --store --no-html` processes (start-up included): wall clock of `--jobs 1`
vs `--jobs 2`, and the peak RSS of `--jobs 1` on the whole corpus vs on a tenth of it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.md")
    return files[:limit] if limit else files


def linked(files: list[Path], into: Path) -> Path:
    """A folder of symlinks to ``files`` (the BBC corpus reuses names across sections)."""
    into.mkdir()
    for f in files:
        (into / f"{f.parent.name}-{f.name}").symlink_to(f.resolve())
    return into


def build_run(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of one `kg build --store` process."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "kg.cli", "build", str(folder), "--out", f"{tmp}/out",
               "--store", f"{tmp}/db", "--no-html", "-q", "--jobs", str(jobs)]  # fmt: skip
        start = time.perf_counter()
        proc = subprocess.Popen(cmd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            sys.exit(f"throughput.py: kg build failed with status {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--skip-processes", action="store_true", help="skip the --jobs / RSS runs")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"throughput.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.build import build, outputs
    from kg.ingest import read
    from kg.nlp import resolve_model
    from kg.work import pipeline

    files = corpus_files(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = linked(files, Path(tmp) / "in")
        arts = list(read([folder], on_error=lambda e: None))
        words = sum(len(a.text.split()) for a in arts)
        print(f"{len(arts)} articles, {words:,} words, {os.cpu_count()} cores")
        model = resolve_model(None)
        nlp, _ = pipeline(model)
        for _ in nlp.pipe(a.text for a in arts[:16]):  # warm up
            pass

        start = time.perf_counter()
        for _ in nlp.pipe((a.text for a in arts), batch_size=16):
            pass
        a = time.perf_counter() - start
        start = time.perf_counter()
        n = sum(d.statements for d in outputs(iter(arts), model=model, jobs=1, rdf=False))
        b = time.perf_counter() - start
        start = time.perf_counter()
        report = build([folder], Path(tmp) / "out", store=Path(tmp) / "db", model=model, jobs=1,
                       html=False)  # fmt: skip
        c = time.perf_counter() - start

        print(f"(a) spaCy pipeline          {words / a:8,.0f} words/s   {a:7.1f} s")
        print(f"(b) kg extract              {words / b:8,.0f} words/s   {b:7.1f} s   "
              f"b/a = {a / b:.2f}   ({n:,} statements)")  # fmt: skip
        print(f"(c) kg build --store        {words / c:8,.0f} words/s   {c:7.1f} s   "
              f"c/a = {a / c:.2f}   ({report.triples:,} triples)")  # fmt: skip
        if args.skip_processes:
            return 0
        tenth = linked(files[: max(1, len(files) // 10)], Path(tmp) / "tenth")
        _, rss_tenth = build_run(tenth, 1)
        one, rss_all = build_run(folder, 1)
        two, _ = build_run(folder, 2)
    print(f"kg build --jobs 1: {one:.1f} s; --jobs 2: {two:.1f} s; speed-up {one / two:.2f}x")
    print(f"peak RSS of kg build --jobs 1: a tenth {rss_tenth:.0f} MB, all {rss_all:.0f} MB "
          f"(ratio {rss_all / rss_tenth:.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
