"""kg's stand-ins for spaCy's attribute ruler and lemmatizer against spaCy's own, on a corpus.

    python benchmarks/tagging.py [--corpus ../shared/corpus/bbc] [--limit N]

Parses every article twice, in the same batches of 16: with spaCy's pipeline as it ships, and
with the same pipeline after :func:`kg.tagging.stand_in` (same tokenizer, so the same tokens
and norms); compares POS, TAG, MORPH, LEMMA, DEP, HEAD and the entities token by token, and
prints the first differences, the count of Docs that differ, and the CPU time each pipeline's
components took (the two that differ, and all). Both from cold caches: a fresh process.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(nlp, texts: list[str], spent: dict[str, float]):
    """The Docs of ``texts`` through ``nlp``, with each component's CPU time added to
    ``spent``."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=16))
        else:
            docs = [proc(doc) for doc in docs]
        spent[name] = spent.get(name, 0.0) + time.process_time() - start
    return docs


def compare(stock, ours, texts: list[str], files: list[Path]):
    """Parse ``texts`` with both pipelines in the same batches, print the first Docs whose
    POS, TAG, MORPH, LEMMA, DEP, HEAD or entities differ and the count of them; return each
    pipeline's CPU seconds per component and that count."""
    import numpy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    attrs = {"POS": POS, "TAG": TAG, "MORPH": MORPH, "LEMMA": LEMMA, "DEP": DEP, "HEAD": HEAD}
    attrs |= {"ENT_TYPE": ENT_TYPE, "ENT_IOB": ENT_IOB}
    spent_stock: dict[str, float] = {}
    spent_ours: dict[str, float] = {}
    differing = tokens = 0
    for i in range(0, len(texts), 160):
        chunk = texts[i : i + 160]
        theirs = timed(stock, chunk, spent_stock)
        mine = timed(ours, chunk, spent_ours)
        for j, (a, b) in enumerate(zip(theirs, mine, strict=True)):
            tokens += len(a)
            same = numpy.array_equal
            wrong = [n for n, at in attrs.items() if not same(a.to_array(at), b.to_array(at))]
            if wrong:
                differing += 1
                if differing <= 5:
                    print(f"differs: {files[i + j].name}: {', '.join(wrong)}")
    print(f"{len(texts)} articles, {tokens:,} tokens: {differing} Docs differ")
    return spent_stock, spent_ours, differing


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, help="only the first N articles (sorted paths)")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"tagging.py: no corpus at {args.corpus}; pass --corpus DIR")

    import spacy

    from kg.nlp import UNUSED, resolve_model
    from kg.tagging import stand_in

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.md")
    texts = [f.read_text(encoding="utf-8") for f in files[: args.limit]]
    model = resolve_model(None)
    stock = spacy.load(model, exclude=list(UNUSED))
    ours = spacy.load(model, exclude=list(UNUSED))
    stand_in(ours)
    spent_stock, spent_ours, differing = compare(stock, ours, texts, files)
    for label, stock_names, our_names in (
        ("attribute ruler", ["attribute_ruler"], ["kg_attribute_ruler"]),
        ("lemmatizer", ["lemmatizer"], ["kg_lemmatizer"]),
        ("whole pipeline", list(spent_stock), list(spent_ours)),
    ):
        a = sum(spent_stock[n] for n in stock_names)
        b = sum(spent_ours[n] for n in our_names)
        print(f"{label:16s} spaCy {a:7.2f} s CPU   kg {b:7.2f} s CPU")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
