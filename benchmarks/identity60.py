"""Issue "Actor identity"'s checks on the first 60 BBC politics files (sorted by name).

    python benchmarks/identity60.py [--shared ../shared] [--date 2005-03-01] [--jobs 2]

Runs ``kg extract`` on them (with the run's index of names across articles) and prints:

- for Tony Blair, Gordon Brown, Michael Howard and Charles Kennedy, every node that a subject or
  object mention of their surname (a Person) lands on, with its count: one node each is the aim
  ("Howard Flight" is another man, left out; so is a mention naming two of the four, "Mr Blair
  and Mr Brown");
- what the subjects "the prime minister" resolve to (the aim: Tony Blair);
- actor labels that start or end with punctuation or a weekday (the aim: none).

Exits 1 when a check fails, so it can gate a change.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

PEOPLE = {
    "Blair": "Tony Blair",
    "Brown": "Gordon Brown",
    "Howard": "Michael Howard",
    "Kennedy": "Charles Kennedy",
}
#: Other people of those surnames the files name (not fragments of the four).
OTHERS = {"Howard Flight", "Cherie Blair", "Nick Brown", "Euan Blair"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ACTOR_KINDS = {"Person", "Organization", "Country", "Group", "Location"}


def extract(files: list[Path], date: str, jobs: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, Path(tmp) / f.name)
        kg = [sys.executable, "-m", "kg", "extract", tmp, "--date", date, "-q", "--jobs", str(jobs)]
        out = subprocess.run(kg, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def mentions(statements: list[dict]):
    """(role, text, label, type, iri) of each subject and object."""
    for st in statements:
        for role in ("subject", "object"):
            if st.get(role) is not None:
                yield role, st[role], st[f"{role}_label"], st[f"{role}_type"], st[f"{role}_id"]


def junk(label: str) -> bool:
    if not label:
        return False
    bad_end = not (label[0].isalnum() or label[0] in "'\"(") or not (
        label[-1].isalnum() or label[-1] in ".)'\""
    )
    return bad_end or label.startswith(WEEKDAYS) or label.endswith(WEEKDAYS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--date", default="2005-03-01")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    files = sorted((args.shared / "corpus" / "bbc" / "politics").glob("*.txt"))[:60]
    statements = extract(files, args.date, args.jobs)
    failed = False
    nodes: dict[str, Counter] = defaultdict(Counter)
    pm: Counter = Counter()
    bad: Counter = Counter()
    for role, text, label, kind, iri in mentions(statements):
        named = [s for s in PEOPLE if s in text.split() or s in (label or "").split()]
        if kind == "Person" and label not in OTHERS and len(named) == 1:
            nodes[named[0]][(label, iri.rsplit("/", 1)[-1])] += 1
        if role == "subject" and text.lower() == "the prime minister":
            pm[label if kind != "Topic" else f"(topic) {label}"] += 1
        if kind in ACTOR_KINDS and junk(label or ""):
            bad[label] += 1
    print(f"{len(files)} files, {len(statements)} statements")
    for surname, person in PEOPLE.items():
        found = nodes[surname]
        print(
            f"{person}: {len(found)} node(s): "
            + ", ".join(f"{label} [{key}] {n}" for (label, key), n in found.most_common())
        )
        failed |= len(found) != 1
    print(f"'the prime minister' subjects: {dict(pm.most_common())}")
    failed |= set(pm) != {"Tony Blair"}
    print(f"junk labels: {dict(bad.most_common()) or 'none'}")
    failed |= bool(bad)
    print("checks: " + ("FAILED" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
