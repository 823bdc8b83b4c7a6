"""How fast a large graph page is ready: Python layout + HTML, then headless Chromium drawing.

    python benchmarks/view.py [--nodes 2000]

Needs Debian's chromium. Prints the seconds kg spends writing the page and the seconds
Chromium needs to load and draw it (until kg's "drawn" mark is set), network blocked.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx


def random_actor_graph(n: int, seed: int = 3) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = ["Person", "Country", "Organization", "Group"]
    for i in range(n):
        g.add_node(f"n{i}", label=f"Actor {i}", type=rng.choice(kinds), country=None, mentions=1)
    for i in range(int(n * 1.5)):
        u, v = rng.sample(range(n), 2)
        g.add_edge(
            f"n{u}",
            f"n{v}",
            key=f"s{i}",
            relation="met",
            event_type="Consult",
            polarity=rng.choice([1, -1, 0]),
            negated=False,
            modality="asserted",
            date="2021-01-01",
            confidence=0.8,
            sentence="A met B.",
            title=None,
            statement=f"s{i}",
        )
    return g


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nodes", type=int, default=2000)
    args = p.parse_args()
    from kg.view import to_pyvis

    g = random_actor_graph(args.nodes)
    start = time.perf_counter()
    page = to_pyvis(g)
    print(
        f"{args.nodes} nodes, {g.number_of_edges()} edges: page written in "
        f"{time.perf_counter() - start:.1f} s ({len(page) / 1e6:.1f} MB)"
    )
    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium not installed: browser timing skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.html"
        path.write_text(page, encoding="utf-8")
        start = time.perf_counter()
        proc = subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp}/profile",
                "--proxy-server=127.0.0.1:9",
                "--virtual-time-budget=60000",
                "--dump-dom",
                path.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        seconds = time.perf_counter() - start
    drawn = 'data-kg-drawn="1"' in proc.stdout
    print(
        f"Chromium: loaded and {'drawn' if drawn else 'NOT drawn'} in {seconds:.1f} s "
        "(wall clock, including browser start-up)"
    )
    return 0 if drawn else 1


if __name__ == "__main__":
    sys.exit(main())
