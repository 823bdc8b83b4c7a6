"""spaCy's pipeline on BLIS (as it ships) against the same pipeline on numpy's BLAS (kg.blas).

    python benchmarks/blas.py [--corpus ../shared/corpus/bbc] [--limit N]

Loads spaCy's pipeline twice, as it ships (its models multiply with BLIS) and inside
:func:`kg.blas.numpy_blas` with numpy's BLAS on one thread (:func:`kg.blas.one_thread`), as kg's
workers do; nothing else differs (same tokenizer, same components; numpy's BLAS is asked for
one thread before it loads, as the ``kg`` command asks, for both). Parses every article with
both, in the same batches of 16, compares POS, TAG, MORPH, LEMMA, DEP, HEAD and the entities
token by token, and prints the first differences, the count of Docs that differ, and the CPU
time of each component on each side. Prints which kernels BLIS and numpy's BLAS chose (BLIS
names its generic ones "generic").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--limit", type=int, help="only the first N articles (sorted paths)")
    args = p.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"blas.py: no corpus at {args.corpus}; pass --corpus DIR")

    from kg.blas import one_thread_from_start

    one_thread_from_start()  # numpy's BLAS on one thread from its start, as the kg command asks
    import spacy
    from tagging import compare
    from threadpoolctl import threadpool_info

    from kg.blas import numpy_blas, one_thread
    from kg.nlp import UNUSED, resolve_model

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.md")
    texts = [f.read_text(encoding="utf-8") for f in files[: args.limit]]
    model = resolve_model(None)
    stock = spacy.load(model, exclude=list(UNUSED))
    with numpy_blas():
        ours = spacy.load(model, exclude=list(UNUSED))
    one_thread()
    for lib in threadpool_info():
        if lib.get("user_api") == "blas":
            print(f"numpy's BLAS: {lib['internal_api']} {lib.get('version')}, kernels for "
                  f"{lib.get('architecture')}, {lib['num_threads']} thread(s)")  # fmt: skip
    print(f"BLIS: kernels for {_blis_arch()}")
    spent_stock, spent_ours, _ = compare(stock, ours, texts, files)
    for name in spent_stock:
        print(f"{name:16s} BLIS {spent_stock[name]:7.2f} s CPU   numpy's BLAS "
              f"{spent_ours[name]:7.2f} s CPU")  # fmt: skip
    a, b = sum(spent_stock.values()), sum(spent_ours.values())
    print(f"{'whole pipeline':16s} BLIS {a:7.2f} s CPU   numpy's BLAS {b:7.2f} s CPU   "
          f"({b / a:.2f})")  # fmt: skip
    return 0


def _blis_arch() -> str:
    """The kernels BLIS chose on this CPU ("generic", "haswell", "zen3"...), as BLIS_ARCH_DEBUG
    makes it say (in a fresh process: BLIS chooses once, on its first product)."""
    import subprocess

    code = "import numpy, blis.py; a = numpy.ones((8, 8), 'f'); blis.py.gemm(a, a)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"BLIS_ARCH_DEBUG": "1"}, check=False)  # fmt: skip
    found = [line for line in (run.stdout + run.stderr).splitlines() if "configuration" in line]
    return found[-1].split("configuration")[-1].strip(" '.") if found else "(BLIS said nothing)"


if __name__ == "__main__":
    sys.exit(main())
