"""What re-adding articles costs the store: new articles, and articles it holds, unchanged,
lightly changed or wholly changed, against the old way (drop the graph, then bulk-load).

    python benchmarks/replace.py [--corpus ../shared/corpus/bbc] [--articles 200] [--repeat 2]

The articles are parsed once (kg's own workers, ``--jobs 1``) into N-Quads; each scenario then
writes them, in batches of 128 as ``kg build`` does, into a copy of a store that holds them
(or into an empty one, for new articles), and reports wall and CPU seconds (CPU includes
RocksDB's threads, and is steadier than wall time on a busy machine). "Light" changes every
"the" in the text to "thE" (the quads holding it change), "all" gives every quad a new subject.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def articles(corpus: Path, n: int) -> dict[str, str]:
    """N-Quads of ``n`` articles taken evenly from the corpus's sections, by article id."""
    from kg.ingest import read
    from kg.run.build import outputs

    sections = sorted(p for p in corpus.iterdir() if p.is_dir())
    files = [f for s in sections for f in sorted(s.glob("*.txt"))[: n // len(sections)]]
    with tempfile.TemporaryDirectory() as tmp:  # names repeat across sections
        links = []
        for i, f in enumerate(files):
            links.append(Path(tmp) / f"{i:04d}-{f.name}")
            links[-1].symlink_to(f.resolve())
        done = list(outputs(read(links), jobs=1))
    return {d.article: d.nquads for d in done if not d.error}


def old_way(store, batch: list[tuple[str, str]]) -> None:
    """Before: drop each graph, then one bulk load (not atomic across a kill)."""
    import pyoxigraph as ox

    for doc, _ in batch:
        store.remove_article(doc)
    data = "".join(text for _, text in batch).encode()
    store.oxigraph.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def scenario(name: str, base: Path | None, texts: dict[str, str], write, work: Path) -> None:
    from kg.run.build import STORE_BATCH
    from kg.store.db import Store

    path = work / name.replace(" ", "-")
    shutil.rmtree(path, ignore_errors=True)
    if base is not None:
        shutil.copytree(base, path)
    store = Store(path)
    items = sorted(texts.items())
    c0, t0 = cpu(), time.perf_counter()
    for i in range(0, len(items), STORE_BATCH):
        write(store, items[i : i + STORE_BATCH])
    store.flush()
    wall, used = time.perf_counter() - t0, cpu() - c0
    print(f"  {name:34} {wall:6.2f} s wall {used:6.2f} s CPU  {len(store):>9,} quads", flush=True)
    del store
    shutil.rmtree(path, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--repeat", type=int, default=2)
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"replace.py: no corpus at {args.corpus}; pass --corpus DIR")
    sys.path.insert(0, str(ROOT))
    from kg.store.db import Store

    same = articles(args.corpus, args.articles)
    light = {d: t.replace("the", "thE") for d, t in same.items()}
    whole = {d: re.sub(r"^<([^>]*)>", r"<\1x>", t, flags=re.M) for d, t in same.items()}
    print(f"{len(same)} articles, {sum(t.count(chr(10)) for t in same.values()):,} quads")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = work / "base"
        Store(base).put_nquads(same.items())

        def new(store, batch):
            assert not store.put_nquads(batch)

        for turn in range(args.repeat):
            print(f"turn {turn + 1}:")
            scenario("new articles", None, same, new, work)
            for label, texts in (("unchanged", same), ("light", light), ("all", whole)):
                scenario(f"re-added, {label}", base, texts, new, work)
                scenario(f"re-added, {label}, old way", base, texts, old_way, work)


if __name__ == "__main__":
    main()
