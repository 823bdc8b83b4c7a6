"""Store benchmark: load time and named-query times, in-memory rdflib vs the Oxigraph store.

    python benchmarks/store.py [--triples 1000000] [--skip-rdflib]

The graph is synthetic but shaped like kg's (generated statements between 300 actors, with
evidence sentences, dates and event types), built with kg's own RDF writer, one named graph
per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ["Support", "Accuse", "Consult", "Reject", "Sanction", "Threaten", "Agree", None]
PARAMS = {
    "actor": {"actor": "Actor 7"},
    "between": {"a": "Actor 7", "b": "Actor 11"},
    "events": {"type": "Accuse", "since": "2021-03-01", "until": "2021-06-30"},
    "aliases": {"actor": "Actor 7"},
}


def synthetic(n_articles: int, per_article: int = 20, seed: int = 1):
    from kg.model import Actor, Article, ArticleResult, Statement

    rng = random.Random(seed)
    actors = [
        Actor(f"country/A{i:03d}", f"Actor {i}", "Country", country=f"A{i:02d}"[:3].upper())
        for i in range(300)
    ]
    for n in range(n_articles):
        doc = f"art-{n:06d}"
        date = dt.date(2021, 1, 1) + dt.timedelta(days=n % 365)
        sentences, statements, used = [], [], {}
        for k in range(per_article):
            a, b = rng.sample(actors, 2)
            used[a.id], used[b.id] = a, b
            text = f"{a.label} did thing {k} to {b.label} in article {n}."
            sentences.append(text)
            statements.append(
                Statement(
                    doc=doc,
                    sentence_id=k,
                    sentence=text,
                    subject=a.label,
                    relation=f"did {k}",
                    object=b.label,
                    subject_id=a.iri,
                    object_id=b.iri,
                    subject_label=a.label,
                    object_label=b.label,
                    subject_type="Country",
                    object_type="Country",
                    subject_country=a.country,
                    object_country=b.country,
                    event_type=rng.choice(TYPES),
                    negated=rng.random() < 0.1,
                    modality="asserted",
                    date=date.isoformat(),
                    confidence=0.8,
                    subject_span=(0, 5),
                    relation_span=(6, 9),
                    object_span=(10, 15),
                    relation_lemma="do",
                    subject_resolution="name",
                    object_resolution="name",
                )
            )
        art = Article(
            id=doc, text=" ".join(sentences), source="synthetic", title=f"T {n}", date=date
        )
        yield ArticleResult(art, sentences, statements, used)


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    print(f"  {label:32} {time.perf_counter() - start:8.2f} s")
    return value


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--skip-rdflib", action="store_true")
    args = p.parse_args()

    from kg.rdf.mapping import article_triples, to_nquads
    from kg.run.build import STORE_BATCH
    from kg.sparql.binding import bind, resolve
    from kg.sparql.engine import run
    from kg.sparql.named import named_queries
    from kg.store.db import Store

    probe = list(article_triples(next(synthetic(1))))
    n_articles = max(1, args.triples // len(probe))
    print(f"{n_articles} synthetic articles, ~{n_articles * len(probe):,} triples")
    results = list(synthetic(n_articles))
    queries = named_queries()

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "db")

        def load_ox():  # as kg build does it: N-Quads text, bulk-loaded in batches
            for i in range(0, len(results), STORE_BATCH):
                batch = results[i : i + STORE_BATCH]
                store.put_nquads((r.article.id, to_nquads(r)) for r in batch)
            store.flush()

        print("Oxigraph store (on disk, kg.store.db):")
        timed("load (N-Quads + bulk, one graph/article)", load_ox)
        timed("optimize (compaction, as kg build does)", store.optimize)
        print(f"  {'quads':32} {len(store):8,}")
        timed("export Turtle (sorted, union)", lambda: store.export(Path(tmp) / "g.ttl"))
        bound = {}  # the same queries with their parameters bound and resolved, for rdflib
        for name, q in queries.items():
            if name == "evidence":
                continue
            rows = timed(
                f"query {name}",
                lambda q=q, name=name: run(store, q.text, PARAMS.get(name), **q.kinds),
            )
            print(f"  {'':32} {len(rows):8,} rows")
            if params := PARAMS.get(name):
                bound[name] = bind(q.text, params, resolve(store, params, **q.kinds))

    if args.skip_rdflib:
        return 0
    from rdflib import Dataset

    print("rdflib in-memory Dataset:")
    ds = Dataset(default_union=True)
    nquads = "".join(map(to_nquads, results))  # kg's one writer; rdflib parses its N-Quads
    timed("load (parse N-Quads, one graph/article)", lambda: ds.parse(data=nquads, format="nquads"))
    for name, q in queries.items():
        if name == "evidence":
            continue
        text = bound.get(name, q.text)
        rows = timed(f"query {name}", lambda text=text: list(ds.query(text)))
        print(f"  {'':32} {len(rows):8,} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
