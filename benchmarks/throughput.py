"""Throughput: kg's own cost on top of spaCy's parse, both cores, and memory.

    python benchmarks/throughput.py [--corpus ../shared/corpus/bbc] [--limit N] [--repeat N]

On the same articles, measured side by side in one run (the pipelines, and the data kg reads
on first use, loaded once, outside the timings): words/s of (a) spaCy alone: the pipeline as
spaCy ships it, loaded apart, with nothing of kg's (kg's tokenizer, which unwraps hard-wrapped
lines, its components, its
stand-ins for spaCy's attribute ruler and lemmatizer, which give the same annotations faster,
and its choice of numpy's BLAS over BLIS for the models' products (:mod:`kg.blas`), all count
in (b) and (c)); (a') the same spaCy pipeline on numpy's BLAS as kg loads it (one thread), so
that b/a' and c/a' compare kg with spaCy on the same matrix library, what kg's own work and
its stand-ins add or save (all run in this one process, started as the ``kg`` command starts:
numpy's BLAS asked for one thread before it loads, which speeds up spaCy's own parser and
entity recogniser in (a) as well); (b) parsing + extraction + JSON
lines (what `kg extract` does), (c) what `kg build --store` does (parse, extract, JSON lines
and N-Quads, bulk loads into an on-disk Oxigraph store on the writer thread, compaction at the
end); the ratios b/a and c/a, and (c) again with the whole-store graph.ttl export that `--ttl`
adds. The three take turns on each chunk of articles (``--chunk``, 100), so a machine that
speeds up or slows down during the run weighs on all three alike ((b) and (c), which share
kg's pipeline, each go first of the two on every other chunk: :func:`turn_order`); (c) keeps
one store writer across its chunks, as a build does, and at the end of each waits for what it
handed the writer
(printed as its store wait). In a build, the writer loads one batch while the next batch is
parsed; the wait at the end of a turn is a load that overlaps nothing, so (c) is a little
pessimistic (whole corpus: 18.8 s of waiting with chunks of 100, 7.2 s with 400); longer
chunks share the drift less evenly. Then, as separate processes (start-up included), wall
clock of `--jobs 1` vs `--jobs 2` for `kg extract -q` (parsing and extraction, the work
`--jobs` spreads) and for `kg build --store --no-html` (the same plus the single store
writer), the ratio of the two at `--jobs 1` (a whole build's cost beside a whole
extraction's), and the peak RSS of `kg build --jobs 1` on the whole corpus vs on a tenth of it.
With `--dask`, also `kg build --scheduler local --jobs 2` (a 2-worker Dask LocalCluster).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The runs that share kg's pipeline (see :func:`turn_order`).
SHARED = ("b", "c")


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.md")
    return files[:limit] if limit else files


def copied(files: list[Path], into: Path) -> Path:
    """A folder of copies of ``files`` (the BBC corpus reuses names across sections). Copies,
    not symbolic links: kg follows a link only to a file inside the folder it reads, so a
    folder of links to the corpus read as empty."""
    into.mkdir()
    for f in files:
        shutil.copyfile(f, into / f"{f.parent.name}-{f.name}")
    return into


def extract_run(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `kg extract` process (no store: the work that
    ``--jobs`` spreads over processes, parsing and extraction, with nothing single beside it)."""
    cmd = [sys.executable, "-m", "kg", "extract", str(folder), "-q", "--jobs", str(jobs)]
    return timed(cmd)


def build_run(folder: Path, jobs: int, *extra: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of one `kg build --store` process."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "kg", "build", str(folder), "--out", f"{tmp}/out",
               "--store", f"{tmp}/db", "--no-html", "-q", "--jobs", str(jobs), *extra]  # fmt: skip
        return timed(cmd)


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of one kg process, start-up included."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if (code := os.waitstatus_to_exitcode(status)) not in (0, 1):
        sys.exit(f"throughput.py: {' '.join(cmd[2:4])} failed with status {code}")
    return seconds, usage.ru_maxrss / 1024


def jobs_runs(run, folder: Path, repeat: int) -> tuple[float, float, float]:
    """Mean wall seconds of ``run`` (:func:`build_run` or :func:`extract_run`) with
    ``--jobs 1`` and ``--jobs 2``, in the order 1 2 2 1 ..., and the peak RSS of ``--jobs 1``."""
    seconds: dict[int, list[float]] = {1: [], 2: []}
    peak = 0.0
    for i in range(2 * repeat):
        jobs = (1, 2, 2, 1)[i % 4]
        wall, mb = run(folder, jobs)
        seconds[jobs].append(wall)
        print(f"  kg {run.__name__.split('_')[0]} --jobs {jobs}: {wall:.1f} s", flush=True)
        if jobs == 1:
            peak = max(peak, mb)
    one, two = (sum(seconds[j]) / len(seconds[j]) for j in (1, 2))
    return one, two, peak


def report_jobs(folder: Path, repeat: int) -> tuple[float, float]:
    """Print `--jobs 1` vs `--jobs 2` for `kg extract` and `kg build --store`; returns the
    wall seconds and the peak RSS of `kg build --jobs 1`."""
    bare, two, _ = jobs_runs(extract_run, folder, repeat)
    print(f"kg extract -q --jobs 1: {bare:.1f} s; --jobs 2: {two:.1f} s; "
          f"speed-up {bare / two:.2f}x")  # fmt: skip
    one, two, rss = jobs_runs(build_run, folder, repeat)
    print(f"kg build --store --no-html --jobs 1: {one:.1f} s; --jobs 2: {two:.1f} s; "
          f"speed-up {one / two:.2f}x")  # fmt: skip
    print(
        f"whole processes at --jobs 1: kg extract / kg build --store = {bare / one:.2f} "
        "(what the store, the N-Quads and the compaction cost a build)"
    )
    return one, rss


def turn_order(runs: list[tuple[str, Callable]], turn: int) -> list[tuple[str, Callable]]:
    """The order of the runs on one chunk: rotated, so that each goes first in turn, and then
    (b) before (c) on even turns and (c) before (b) on odd ones. The two share kg's pipeline:
    the second of them on a chunk finds its words already in spaCy's vocabulary and in kg's
    memos, which saved it 0.4 s CPU of 12.5 on 150 articles (0.0 to 0.9 in four pairs of
    runs); by the rotation alone, (b) would go before (c) on three chunks of four."""
    order = runs[turn % len(runs) :] + runs[: turn % len(runs)]
    shared = (r for r in order if r[0] in SHARED)
    pair = iter(sorted(shared, key=lambda r: r[0], reverse=turn % 2 == 1))  # by name alone
    return [next(pair) if r[0] in SHARED else r for r in order]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.add_argument("--skip-processes", action="store_true", help="skip the --jobs / RSS runs")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time --jobs 1 and --jobs 2 N times each, in the order 1 2 2 1 1 2 ... (the "
        "machine's speed drifts; this spreads the drift over both)",
    )
    p.add_argument(
        "--chunk",
        type=int,
        default=100,
        help="articles per turn of (a), (b) and (c) (default 100; longer turns make (c) wait "
        "for the store less and share the machine's drift less evenly)",
    )
    p.add_argument("--dask", action="store_true", help="also time a 2-worker Dask LocalCluster")
    p.add_argument("--only-dask", action="store_true", help="time only the Dask run")
    p.add_argument(
        "--only-jobs", action="store_true", help="time only --jobs 1 vs 2 (kg build, kg extract)"
    )
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"throughput.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.blas import one_thread_from_start

    one_thread_from_start()  # numpy's BLAS on one thread from its start, as the kg command asks
    import spacy

    from kg.blas import numpy_blas
    from kg.ingest import read
    from kg.nlp import UNUSED, resolve_model
    from kg.run.build import StoreWriter, outputs
    from kg.store.db import Store

    files = corpus_files(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = copied(files, Path(tmp) / "in")
        arts = list(read([folder], on_error=lambda e: None))
        words = sum(len(a.text.split()) for a in arts)
        print(f"{len(arts)} articles, {words:,} words, {os.cpu_count()} cores")
        if args.only_jobs:
            report_jobs(folder, args.repeat)
            return 0
        if args.only_dask:
            seconds, _ = build_run(folder, 2, "--scheduler", "local")
            print(f"kg build --scheduler local --jobs 2: {seconds:.1f} s")
            return 0
        model = resolve_model(None)
        # warm up: kg's whole work, so that the data kg reads on first use (places, word
        # lists, WordNet's tables: about 0.5 s CPU) is read outside the timings, as the
        # pipelines are loaded outside them
        for _ in outputs(iter(arts[:16]), model=model, jobs=1):
            pass

        store = Store(Path(tmp) / "db")
        jsonl = (Path(tmp) / "statements.jsonl").open("w", encoding="utf-8")
        spent = {"a": 0.0, "a'": 0.0, "b": 0.0, "c": 0.0}
        n, waited = 0, 0.0

        stock = spacy.load(model, exclude=list(UNUSED))  # spaCy as it ships, nothing of kg's
        with numpy_blas():  # the same, on the matrix library kg loads its pipeline with
            fast = spacy.load(model, exclude=list(UNUSED))
        for _ in (*stock.pipe(a.text for a in arts[:16]), *fast.pipe(a.text for a in arts[:16])):
            pass  # warm up

        def run_a(chunk):
            for _ in stock.pipe((a.text for a in chunk), batch_size=16):
                pass

        def run_a2(chunk):
            for _ in fast.pipe((a.text for a in chunk), batch_size=16):
                pass

        def run_b(chunk):
            nonlocal n
            n += sum(d.statements for d in outputs(iter(chunk), model=model, jobs=1, rdf=False))

        writer = StoreWriter(store, lambda err: None)  # one writer, as in a build

        def run_c(chunk):
            nonlocal waited
            for done in outputs(iter(chunk), model=model, jobs=1):
                jsonl.write(done.jsonl)
                writer.add(done)
            start = time.perf_counter()
            writer.wait()  # what it still writes is (c)'s, not the next turn's
            waited += time.perf_counter() - start

        runs = [("a", run_a), ("a'", run_a2), ("b", run_b), ("c", run_c)]
        for turn, i in enumerate(range(0, len(arts), args.chunk)):
            for name, fn in turn_order(runs, turn):
                start = time.perf_counter()
                fn(arts[i : i + args.chunk])
                spent[name] += time.perf_counter() - start
        start = time.perf_counter()
        writer.__exit__(None, None, None)  # the last batch
        jsonl.close()
        store.flush()
        store.optimize()  # as kg build does
        compact = time.perf_counter() - start
        spent["c"] += compact
        triples = store.export(Path(tmp) / "graph.ttl", "turtle")  # what --ttl adds
        export = time.perf_counter() - start - compact
        a, a2, b, c = spent["a"], spent["a'"], spent["b"], spent["c"]

        print(f"(a) spaCy pipeline          {words / a:8,.0f} words/s   {a:7.1f} s")
        print(f"(a') on numpy's BLAS        {words / a2:8,.0f} words/s   {a2:7.1f} s")
        print(f"(b) kg extract              {words / b:8,.0f} words/s   {b:7.1f} s   "
              f"b/a = {a / b:.2f}   b/a' = {a2 / b:.2f}   ({n:,} statements)")  # fmt: skip
        print(f"(c) kg build --store        {words / c:8,.0f} words/s   {c:7.1f} s   "
              f"c/a = {a / c:.2f}   c/a' = {a2 / c:.2f}   ({len(store):,} quads; store wait "
              f"{waited:.1f} s, compaction {compact:.1f} s)")  # fmt: skip
        print(f"    with --ttl (graph.ttl export of {triples:,} triples, {export:.1f} s): "
              f"{words / (c + export):,.0f} words/s, c/a = {a / (c + export):.2f}")  # fmt: skip
        if args.skip_processes:
            return 0
        tenth = copied(files[: max(1, len(files) // 10)], Path(tmp) / "tenth")
        _, rss_tenth = build_run(tenth, 1)
        one, rss_all = report_jobs(folder, args.repeat)
        if args.dask:
            dask = build_run(folder, 2, "--scheduler", "local")[0]
            print(f"kg build --store --scheduler local --jobs 2 (Dask, 2 workers): {dask:.1f} s "
                  f"({one / dask:.2f}x --jobs 1)")  # fmt: skip
    print(f"peak RSS of kg build --jobs 1: a tenth {rss_tenth:.0f} MB, all {rss_all:.0f} MB "
          f"(ratio {rss_all / rss_tenth:.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
