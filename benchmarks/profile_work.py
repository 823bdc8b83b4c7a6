"""Profile kg's own work (everything after spaCy's parse) and print where the time goes.

    python benchmarks/profile_work.py [--corpus ../shared/corpus/bbc] [--limit 200] [--top 20]
                                      [--no-profile | --sample] [--repeat N]

The articles are parsed first, outside the profile; then extraction, JSON lines and N-Quads
(what a worker does after the parse) run under cProfile. The parse is kg's whole pipeline,
with kg's two components in it (``kg_line_sentences`` and ``kg_entity_repair``, 0.12 s of
the 12.7 s of 200 articles); ``benchmarks/throughput.py`` counts them as kg's work. Prints
the parse time for scale, the profiled time, and the functions with the most time of their
own.

``--no-profile`` only measures: the CPU time (``time.process_time``) of the parse and of kg's
work, run ``--repeat`` times, each from empty memo caches (the least is kept: other processes
on a busy machine only ever add time), and their ratio; then the writing alone (N-Quads and
JSON lines of the same results, timed the same way). cProfile slows many small calls far
more than a few big ones, so its figures rank functions but do not measure kg.

``--sample`` ranks them without that bias, and without the load of other processes: a timer
of the process's own CPU time (``ITIMER_PROF``) stops the work every ``--interval`` seconds
(the kernel rounds it to its tick, 4 ms here) and the Python stack then running is counted,
over ``--repeat`` runs; printed are each function's share of the samples by itself (its own
code and the C it calls: a Token's attributes, a regular expression) and with what it calls.
A signal is handled between bytecodes, so a sample lands a little after its tick, more often
at a function's first line: read the shares to a percent, not finer.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import signal
import sys
import time
import weakref
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def forget() -> None:
    """Empty kg's memo caches, so each run of the work starts as a fresh worker would: the
    bounded ``lru_cache`` ones (not the data read once per process), the per-Doc memos and
    parse snapshots (weakly keyed by the Doc: the parsed Docs outlive each run here, so
    without this a second run would find the first run's) with the last Doc each of them
    was asked for, the snapshots' table of strings, and the gazetteers' remembered lookups."""
    memoized = type(functools.lru_cache(maxsize=1)(len))
    for name, module in list(sys.modules.items()):
        if name == "kg" or name.startswith("kg."):
            for obj in vars(module).values():
                if isinstance(obj, memoized) and obj.cache_info().maxsize is not None:
                    obj.cache_clear()
                elif isinstance(obj, weakref.WeakKeyDictionary):
                    obj.clear()
            if isinstance(getattr(module, "_last", None), tuple):  # the last Doc asked for
                module._last = (None, None)
    snapshots = sys.modules.get("kg.extract.parse")
    if snapshots is not None:
        snapshots._NAMES.clear()
    work = sys.modules.get("kg.run.work")
    for _, knowledge in getattr(work, "_PIPELINES", {}).values():
        knowledge.gazetteer._hits.clear()  # what its lookups gave


def where(frame) -> str:
    """A frame's function as ``file:line(name)``, the file relative to the repository."""
    code = frame.f_code
    return f"{code.co_filename.removeprefix(str(ROOT) + '/')}:{code.co_firstlineno}({code.co_name})"


def sampled(fn, runs: int, interval: float) -> tuple[int, Counter, Counter]:
    """``fn`` run ``runs`` times (each from empty memo caches) under a CPU-time sampler: the
    number of samples, and per function the samples it was running itself and those it was
    on the stack for."""
    own: Counter[str] = Counter()
    within: Counter[str] = Counter()
    count = 0

    def tick(signum, frame) -> None:
        nonlocal count
        count += 1
        own[where(frame)] += 1
        seen = set()
        while frame is not None:
            seen.add(where(frame))
            frame = frame.f_back
        within.update(seen)

    previous = signal.signal(signal.SIGPROF, tick)
    try:
        for _ in range(max(1, runs)):
            forget()
            signal.setitimer(signal.ITIMER_PROF, interval, interval)
            try:
                fn()
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
    finally:
        signal.signal(signal.SIGPROF, previous)
    return count, own, within


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--top", type=int, default=20)
    p.add_argument(
        "--sort",
        choices=("tottime", "cumulative"),
        default="tottime",
        help="rank by own or total time",
    )
    p.add_argument("--no-profile", action="store_true", help="only the CPU time of the work")
    p.add_argument("--sample", action="store_true", help="rank by CPU-time samples instead")
    p.add_argument("--interval", type=float, default=0.001, help="seconds between samples")
    p.add_argument("--repeat", type=int, default=3, help="runs of the work with --no-profile")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"profile_work.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.extract.statements import process
    from kg.ingest import read
    from kg.places import places
    from kg.rdf.mapping import to_nquads
    from kg.run.work import pipeline

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.md")[: args.limit]
    arts = list(read(files, on_error=lambda e: None))
    nlp, knowledge = pipeline(None)
    start, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((a.text for a in arts), batch_size=16))
    parse, parse_cpu = time.perf_counter() - start, time.process_time() - cpu

    results = []

    def work() -> None:
        results.clear()
        for doc, article in zip(docs, arts, strict=True):
            result = process(doc, article, knowledge)
            to_nquads(result)
            "".join(st.to_json() + "\n" for st in result.statements)
            results.append(result)

    def timed(fn) -> list[float]:
        """The CPU times of ``--repeat`` runs of ``fn``, each from empty memo caches."""
        runs = []
        for _ in range(max(1, args.repeat)):
            forget()
            cpu = time.process_time()
            fn()
            runs.append(time.process_time() - cpu)
        return runs

    if args.no_profile:
        places()  # read once per process, on first use: not the work's
        runs = timed(work)
        words = sum(len(doc) for doc in docs)
        print(f"{len(arts)} articles, {words:,} tokens: spaCy parse {parse_cpu:.2f} s CPU; "
              f"kg's own work {min(runs):.2f} s CPU (least of {', '.join(f'{r:.2f}' for r in runs)}"
              f"), {min(runs) / parse_cpu:.1%} of the parse")  # fmt: skip
        nq = min(timed(lambda: [to_nquads(r) for r in results]))
        jl = min(
            timed(lambda: ["".join(st.to_json() + "\n" for st in r.statements) for r in results])
        )
        print(f"  of which writing (least of {args.repeat}): N-Quads {nq:.3f} s, JSON lines "
              f"{jl:.3f} s, {(nq + jl) / parse_cpu:.1%} of the parse")  # fmt: skip
        return 0
    if args.sample:
        places()
        work()  # the data kg reads on first use, read before the samples
        count, own, within = sampled(work, args.repeat, args.interval)
        print(f"{len(arts)} articles, {count:,} samples of kg's own work over {args.repeat} runs")
        for title, counts in (("by itself", own), ("with what it calls", within)):
            print(f"\n  share  function ({title})")
            for name, n in counts.most_common(args.top):
                print(f"  {n / count:6.1%}  {name}")
        return 0
    start = time.perf_counter()
    work()
    plain = time.perf_counter() - start
    profiler = cProfile.Profile()
    profiler.runcall(work)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(f"{len(arts)} articles: spaCy parse {parse:.1f} s; kg's own work {plain:.1f} s "
          f"({plain / parse:.0%} of the parse; under the profiler it runs slower)")  # fmt: skip
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
