"""Store benchmark at scale: the BBC store and one five times larger, their size, quads per
statement and build time, and each named query's median time on both.

    python benchmarks/store.py [--corpus ../shared/corpus/bbc] [--store DIR] [--times 5]
                               [--scale 5] [--keep DIR]
    python benchmarks/store.py --articles 200 [--corpus ../shared/corpus/bbc] [--breakdown]

The BBC store is built with ``kg build CORPUS --store DIR --no-html -q --jobs 1`` unless
``--store`` already holds one (then it is reused and its build time is not measured). The
larger store is not parsed again: the BBC store's N-Quads are exported, each article copied
``--scale - 1`` times under new article ids (new graph, article, sentence, statement and
summary IRIs; the same actors), and bulk-loaded the way ``kg build`` loads them (batches of
128 articles, then a compaction). Each named query runs once to warm up, then ``--times``
times; the table shows the median wall-clock and the median CPU time of the process (kg runs
a query on a thread of its own; on a busy machine the CPU time is the steadier figure; it
includes kg's check of the query, which parses it with rdflib), and the rows (a page, for
the paged queries).

With ``--articles N``, only the store's own CPU per article instead: the first N articles of
the corpus (sorted paths) parsed once, their admitted statements kept as ``kg build`` keeps
them, then, three times, their N-Quads written and loaded into a fresh store on disk as
``kg build`` loads them (batches of 128 articles, then a compaction); the medians, quads per
admitted statement and bytes on disk per article. ``--breakdown`` adds where the quads go:
per admitted statement, by the kind of their subject (statement, sentence, actor, summary,
article, ...) and by predicate.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The named queries as an analyst's page asks for them (the issue's table, and the others).
CASES = [
    ("dyads", {}),
    ("actors", {}),
    ("actors", {"kind": "Country"}),
    ("events", {"type": "Accuse"}),
    ("between", {"a": "Tony Blair", "b": "Gordon Brown"}),
    ("accusations", {}),
    ("actor", {"actor": "United States"}),
    ("actor", {"actor": "Tony Blair"}),
    ("aliases", {"actor": "Tony Blair"}),
    ("edges", {"actor": "Tony Blair"}),
    ("evidence", {"statement": None}),  # the first statement of `events` above
]
GRAPH = "https://w3id.org/kg-news/graph/"
RESOURCE = "https://w3id.org/kg-news/id/"


def disk_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build(corpus: Path, store: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``kg build`` into ``store`` (CPU of the process and its
    workers, from getrusage)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
               "--out", out, "--no-html", "-q", "--jobs", "1"]  # fmt: skip
        subprocess.run(cmd, check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, cpu


def articles_of(nquads: Path) -> dict[str, list[str]]:
    """N-Quads lines by article (the graph's name); a dump lists each graph's quads together."""
    found: dict[str, list[str]] = {}
    pattern = re.compile(r"<" + re.escape(GRAPH) + r"([^>]*)> \.$")
    with nquads.open(encoding="utf-8") as fh:
        for line in fh:
            found.setdefault(pattern.search(line)[1], []).append(line)
    return found


def copy_of(graph: str, lines: list[str], n: int) -> tuple[str, str]:
    """Article ``graph``'s quads as the ``n``-th copy: every IRI minted from its id (graph,
    article, sentences, statements, summaries) and its identifier get the new id."""
    doc = unquote(graph)
    new = f"{doc}~{n}"
    old_key, new_key = quote(doc, safe="/-._~"), quote(new, safe="/-._~")
    text = "".join(lines)
    for old, repl in (
        (f"<{GRAPH}{graph}>", f"<{GRAPH}{quote(new, safe='-._~')}>"),
        (f"<{RESOURCE}article/{old_key}>", f"<{RESOURCE}article/{new_key}>"),
        (f"<{RESOURCE}article/{old_key}/", f"<{RESOURCE}article/{new_key}/"),
        (f"<{RESOURCE}statement/{old_key}/", f"<{RESOURCE}statement/{new_key}/"),
        (f'"{doc}"', f'"{new}"'),
    ):
        text = text.replace(old, repl)
    return new, text


def replicate(source: Path, target: Path, scale: int, batch: int = 128) -> tuple[float, float]:
    """``target`` holds ``source`` and ``scale - 1`` copies of each article; wall and CPU
    seconds of loading them (not of the export and copying)."""
    from kg.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "bbc.nq"
        Store(source, read_only=True).oxigraph.dump(str(dump), format=_nquads())
        by_article = articles_of(dump)
    store = Store(target)
    wall = cpu = 0.0
    for copies in _batches(by_article, scale, batch):
        start, started = time.perf_counter(), time.process_time()
        failed = store.put_nquads(copies)
        assert not failed, failed
        wall += time.perf_counter() - start
        cpu += time.process_time() - started
    start, started = time.perf_counter(), time.process_time()
    store.flush()
    store.optimize()
    return wall + time.perf_counter() - start, cpu + time.process_time() - started


def _nquads():
    import pyoxigraph as ox

    return ox.RdfFormat.N_QUADS


def _batches(by_article: dict, scale: int, size: int) -> Iterator[list[tuple[str, str]]]:
    batch = []
    for n in range(scale):
        for graph, lines in by_article.items():
            batch.append((unquote(graph), "".join(lines)) if n == 0 else copy_of(graph, lines, n))
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def _articles(path: Path) -> int:
    from kg.store.db import Store

    return len(Store(path, read_only=True).articles())


def describe(path: Path) -> dict:
    from kg.sparql.engine import run
    from kg.store.db import Store

    store = Store(path, read_only=True)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s kg:agent ?a } }"
    statements = int(run(store, count).rows[0][0].value)
    articles = len(store.articles())
    size = disk_bytes(path)
    return {"articles": articles, "statements": statements, "quads": len(store),
            "bytes": size, "quads/statement": len(store) / statements,
            "bytes/article": size / articles}  # fmt: skip


def time_queries(path: Path, times: int) -> list[tuple[str, str, int, float, float]]:
    from kg.sparql.engine import run
    from kg.sparql.named import named_queries
    from kg.store.db import Store

    store = Store(path, read_only=True)
    queries = named_queries()
    out, statement = [], None
    for name, params in CASES:
        q = queries[name]
        params = dict(params)
        if "statement" in params:
            params["statement"] = statement
        walls, cpus = [], []
        for i in range(times + 1):
            start, started = time.perf_counter(), time.process_time()
            answer = run(store, q.text, params, kinds=q.kinds)
            if i:  # the first run warms the caches up
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - started)
        if name == "events" and answer.rows:
            statement = answer.to_dicts()[0]["statement"]
        label = " ".join(f"{k}={v}" for k, v in params.items() if k != "statement")
        out.append((name, label, len(answer), statistics.median(walls), statistics.median(cpus)))
    return out


def report(title: str, facts: dict, timings: list) -> None:
    print(f"\n{title}: {facts['articles']:,} articles, {facts['statements']:,} statements, "
          f"{facts['quads']:,} quads ({facts['quads/statement']:.1f} per statement), "
          f"{facts['bytes'] / 1e6:,.0f} MB on disk ({facts['bytes/article'] / 1e3:,.0f} kB "
          "per article)")  # fmt: skip
    print(f"  {'query':12} {'parameters':30} {'rows':>6} {'median wall':>12} {'median CPU':>11}")
    for name, label, rows, wall, cpu in timings:
        print(f"  {name:12} {label:30} {rows:6,} {wall * 1000:9.0f} ms {cpu * 1000:8.0f} ms")


#: The kind of a subject, from its IRI (kg/ids.py): the first pattern that matches.
KINDS = [
    ("statement", re.compile(r"^<" + re.escape(RESOURCE) + r"statement/")),
    ("sentence", re.compile(r"^<" + re.escape(RESOURCE) + r"article/[^>]*/sentence/\d+>")),
    ("actor summary", re.compile(r"^<" + re.escape(RESOURCE) + r"article/[^>]*/actor/\d+>")),
    ("pair summary", re.compile(r"^<" + re.escape(RESOURCE) + r"article/[^>]*/pair/\d+>")),
    ("article", re.compile(r"^<" + re.escape(RESOURCE) + r"article/")),
    ("actor", re.compile(r"^<" + re.escape(RESOURCE) + r"(person|country|org|group)/")),
    ("topic", re.compile(r"^<" + re.escape(RESOURCE) + r"topic/")),
    ("location", re.compile(r"^<" + re.escape(RESOURCE) + r"location/")),
]
PREFIXES = {"https://w3id.org/kg-news/ontology#": "kg:",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
            "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
            "http://purl.org/dc/terms/": "dcterms:", "https://schema.org/": "schema:",
            "http://www.w3.org/2004/02/skos/core#": "skos:",
            "http://www.w3.org/2002/07/owl#": "owl:"}  # fmt: skip


def kind_of(subject: str) -> str:
    return next((kind for kind, pattern in KINDS if pattern.match(subject)), "other")


def short(iri: str) -> str:
    bare = iri.strip("<>")
    for base, prefix in PREFIXES.items():
        if bare.startswith(base):
            return prefix + bare[len(base) :]
    return bare


def breakdown(texts: Iterable[str], statements: int) -> None:
    """Quads per admitted statement by the kind of their subject and by predicate."""
    kinds: Counter = Counter()
    predicates: Counter = Counter()
    for text in texts:
        for line in text.splitlines():
            subject, predicate, _ = line.split(" ", 2)
            kind = kind_of(subject)
            kinds[kind] += 1
            predicates[kind, short(predicate)] += 1
    print(f"\n{'subject':14} {'quads':>8} {'per statement':>14}")
    for kind, n in kinds.most_common():
        print(f"{kind:14} {n:8,} {n / statements:14.2f}")
    print(f"{'all':14} {kinds.total():8,} {kinds.total() / statements:14.2f}")
    print(f"\n{'subject':14} {'predicate':28} {'quads':>8} {'per statement':>14}")
    for (kind, predicate), n in sorted(
        predicates.items(), key=lambda kv: (-kinds[kv[0][0]], -kv[1])
    ):
        print(f"{kind:14} {predicate:28} {n:8,} {n / statements:14.2f}")


def store_cpu(corpus: Path, n: int, *, show_breakdown: bool = False) -> None:
    """The store's CPU per article: N-Quads writing, and loading them as kg build does; quads
    per admitted statement, bytes on disk per article."""
    from kg import ingest
    from kg.extract.admission import for_graph
    from kg.rdf.mapping import to_nquads
    from kg.run.build import results
    from kg.store.db import Store

    paths = sorted(corpus.rglob("*.txt"))[:n]
    done = [for_graph(r) for r in results(ingest.read([str(p) for p in paths]))]
    writing, loading, sizes = [], [], []
    for _ in range(3):
        started = time.process_time()
        texts = [to_nquads(r) for r in done]
        writing.append(time.process_time() - started)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "db")
            started = time.process_time()
            pairs = [(r.article.id, t) for r, t in zip(done, texts, strict=True)]
            for i in range(0, len(pairs), 128):
                assert not store.put_nquads(pairs[i : i + 128])
            store.flush()
            store.optimize()
            loading.append(time.process_time() - started)
            del store
            sizes.append(disk_bytes(Path(tmp) / "db"))
    quads = sum(t.count("\n") for t in texts)
    statements = sum(len(r.statements) for r in done)
    w, ld = statistics.median(writing), statistics.median(loading)
    per_article = 1000 * (w + ld) / len(done)
    print(f"{len(done)} articles, {statements:,} admitted statements, {quads:,} quads "
          f"({quads / statements:.1f} per statement), "
          f"{statistics.median(sizes) / len(done) / 1e3:.1f} kB on disk per article: "
          f"N-Quads {w:.2f} s, load and compaction {ld:.2f} s of CPU (medians of 3): "
          f"{per_article:.1f} ms per article")  # fmt: skip
    if show_breakdown:
        breakdown(texts, statements)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--store", type=Path, help="the BBC store (built here unless it exists)")
    p.add_argument("--keep", type=Path, help="where to keep the larger store (else a temp dir)")
    p.add_argument("--scale", type=int, default=5)
    p.add_argument("--times", type=int, default=5)
    p.add_argument("--articles", type=int, help="only the store's CPU per article, on N articles")
    p.add_argument(
        "--breakdown",
        action="store_true",
        help="with --articles: quads per statement by subject kind and predicate",
    )
    args = p.parse_args()
    if args.articles:
        store_cpu(args.corpus, args.articles, show_breakdown=args.breakdown)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        bbc = args.store or Path(tmp) / "bbc"
        if bbc.exists() and _articles(bbc):
            print(f"BBC store: reusing {bbc} (build time not measured)")
        else:
            wall, cpu = build(args.corpus, bbc)
            print(f"BBC store: kg build --jobs 1 took {wall:.1f} s ({cpu:.1f} s CPU)")
        report("BBC store", describe(bbc), time_queries(bbc, args.times))
        big = args.keep or Path(tmp) / f"bbc-x{args.scale}"
        if big.exists():
            shutil.rmtree(big)
        wall, cpu = replicate(bbc, big, args.scale)
        print(f"\n{args.scale}x store: bulk load of the copies took {wall:.1f} s ({cpu:.1f} s CPU)")
        report(f"{args.scale}x store", describe(big), time_queries(big, args.times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
