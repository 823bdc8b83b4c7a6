"""How big the graph page is and how fast it is ready: Python side, then headless Chromium.

    python benchmarks/view.py [--nodes 2000] [--top 50]

Needs Debian's chromium and Playwright (the test extra). Prints the seconds kg spends writing
the page and its size, then, in Chromium with the network blocked: the wall-clock seconds from
starting the browser until the page's first view is drawn (kg's "drawn" mark), and the seconds
"show all" takes to draw every node.
"""

from __future__ import annotations

import argparse
import random
import shutil
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


def browser_times(path: Path, chromium: str) -> tuple[float, int, float | None, int]:
    """(seconds until the first view is drawn, its nodes, seconds to show all, all nodes)."""
    from playwright.sync_api import sync_playwright

    uri = path.as_uri()
    start = time.perf_counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
        page.goto(uri)
        page.wait_for_selector("body[data-kg-drawn]", state="attached", timeout=600_000)
        first, shown = time.perf_counter() - start, page.evaluate("() => nodes.length")
        every = None
        if page.locator("#kg-all:enabled").count():  # pages before "show all" had none
            start = time.perf_counter()
            page.evaluate(
                """() => new Promise(done => { network.once("afterDrawing", done);
                   document.getElementById("kg-all").click(); })"""
            )
            every = time.perf_counter() - start
        total = page.evaluate("() => nodes.length")
        browser.close()
    return first, shown, every, total


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nodes", type=int, default=2000)
    p.add_argument("--top", type=int, default=50, help="actors the page opens on (50)")
    args = p.parse_args()
    from kg.view import to_pyvis

    g = random_actor_graph(args.nodes)
    start = time.perf_counter()
    page = to_pyvis(g, top=args.top)
    print(
        f"{args.nodes} nodes, {g.number_of_edges()} edges: page written in "
        f"{time.perf_counter() - start:.1f} s ({len(page.encode()) / 1e6:.2f} MB)"
    )
    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium not installed: browser timing skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.html"
        path.write_text(page, encoding="utf-8")
        first, shown, every, total = browser_times(path, chromium)
    print(f"Chromium: first view ({shown} nodes) drawn {first:.1f} s after the browser started")
    if every is not None:
        print(f"Chromium: show all ({total} nodes) drawn in {every:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
