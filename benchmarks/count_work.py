"""kg's own work on pickled parses, for instruction counts that do not drift with the load.

    python benchmarks/count_work.py prepare [--corpus ../shared/corpus/bbc] [--pickle FILE]
    python benchmarks/count_work.py time [--pickle FILE] [--repeat 3]
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --toggle-collect=_operator_call python benchmarks/count_work.py count --pause DIR &
    # once DIR/ready-PID appears: callgrind_control -i on PID; touch DIR/go-PID

``prepare`` parses two sets of BBC articles with kg's pipeline and pickles the Docs: a warm-up
set (business and politics files 201-206) and the counted set (the first 15 business and the
first 15 politics files). ``count`` and ``time`` load them, run kg's work (extraction, N-Quads,
JSON lines: what a worker does after the parse) once on the warm-up set, so the data kg reads
on first use is read, empty the memo caches (``profile_work.forget``), freeze the objects
then alive as a worker's ``settle`` does, and run the work on the counted set: ``count``
inside one ``operator.call``, so that callgrind's ``--toggle-collect=_operator_call`` counts
the instructions of that run alone (the pickle read, the model and the warm-up are not
counted; with ``--pause DIR`` it writes ``DIR/ready-PID`` after the warm-up and waits for
``DIR/go-PID``, so that callgrind can run uninstrumented until then, switched on by
``callgrind_control -i on PID``: minutes instead of an hour on a loaded machine); ``time``
``--repeat`` times, printing the CPU time of each. Both print a SHA-1 of
the output, which must not change when the work is only made cheaper. With
``PYTHONHASHSEED=0`` the same code counted 4,127.6 M and 4,137.1 M instructions in two runs
(two pickles, this script and its first draft), 0.23 % apart.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import operator
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _sets(corpus: Path) -> dict[str, list[Path]]:
    business = sorted((corpus / "business").glob("*.txt"))
    politics = sorted((corpus / "politics").glob("*.txt"))
    return {
        "warm": business[200:206] + politics[200:206],
        "count": business[:15] + politics[:15],
    }


def prepare(corpus: Path, out: Path) -> None:
    from kg.ingest import read
    from kg.run.work import pipeline

    nlp, _ = pipeline(None)
    parsed = {}
    for name, files in _sets(corpus).items():
        arts = list(read(files, on_error=lambda e: None))
        parsed[name] = (arts, list(nlp.pipe((a.text for a in arts), batch_size=16)))
    out.write_bytes(pickle.dumps(parsed))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("mode", choices=("prepare", "count", "time"))
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--pickle", type=Path, default=Path("/tmp/kg-count-work.pkl"))
    p.add_argument("--repeat", type=int, default=3, help="runs of the work with 'time'")
    p.add_argument("--pause", type=Path, help="with 'count': wait in DIR after the warm-up")
    args = p.parse_args()
    if args.mode == "prepare":
        prepare(args.corpus, args.pickle)
        return 0

    from profile_work import forget

    from kg import nlp as kg_nlp
    from kg.extract.statements import process
    from kg.rdf.mapping import to_nquads
    from kg.run.work import pipeline

    parsed = pickle.loads(args.pickle.read_bytes())
    _, knowledge = pipeline(None)
    for _, docs in parsed.values():
        for doc in docs:
            kg_nlp._TEXTS[doc] = doc.text  # as kg's tokenizer keeps it (forget() empties it)

    def work(arts, docs) -> str:
        digest = hashlib.sha1()
        for doc, article in zip(docs, arts, strict=True):
            result = process(doc, article, knowledge)
            digest.update(to_nquads(result).encode())
            digest.update("".join(st.to_json() + "\n" for st in result.statements).encode())
        return digest.hexdigest()

    print("warm-up", work(*parsed["warm"]))
    forget()
    gc.collect()
    gc.freeze()
    if args.mode == "count":
        if args.pause is not None:
            (args.pause / f"ready-{os.getpid()}").write_text("ready\n")
            while not (args.pause / f"go-{os.getpid()}").exists():
                time.sleep(0.5)
        print("counted", operator.call(work, *parsed["count"]))
        return 0
    for _ in range(max(1, args.repeat)):
        forget()
        cpu = time.process_time()
        digest = work(*parsed["count"])
        print(f"{time.process_time() - cpu:.3f} s CPU  {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
