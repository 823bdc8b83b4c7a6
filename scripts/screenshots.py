"""Take the README's pictures of the graph page (docs/graph.png, graph-bbc.png, graph-ego.png).

    python scripts/screenshots.py [--corpus ../shared/corpus/bbc] [--out docs]

Builds the sample (data/articles) and the first 60 BBC politics articles (sorted by name) with
the installed kg, writes an ego view of Tony Blair with ``kg viz``, and photographs each page in
headless Chromium (Playwright driving Debian's ``chromium``; every request but the page's own
file is aborted), with an edge or node selected so the evidence panel shows. Run it after a
change to the page or to what the graph holds, so the README shows what kg draws now.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
SIZE = {"width": 1400, "height": 900}

NODE_JS = "(label) => nodes.getIds().find(i => nodes.get(i).label === label)"
EDGE_JS = """([a, b]) => edges.getIds().find(i => {
  var e = edges.get(i);
  return nodes.get(e.from).label === a && nodes.get(e.to).label === b;
})"""
#: Select as a click would: the page listens to vis-network's click event (a click on a
#: curved edge's straight-line middle can miss it).
SELECT_JS = """([kind, id]) => {
  var node = kind === "node";
  if (node) { network.selectNodes([id]); } else { network.selectEdges([id]); }
  network.body.emitter.emit("click", {nodes: node ? [id] : [], edges: node ? [] : [id]});
}"""
ANY_EDGE_JS = "(label) => edges.getIds().find(i => nodes.get(edges.get(i).from).label === label)"


def kg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kg", *args], check=True, cwd=ROOT)


def shoot(browser, page_file: Path, picture: Path, *, kind: str, find: str, arg) -> None:
    """Open ``page_file``, select what ``find`` (evaluated with ``arg``) names, save a PNG."""
    page = browser.new_page(viewport=SIZE)
    uri = page_file.as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == uri else r.abort())
    page.goto(uri)
    page.wait_for_selector("body[data-kg-drawn]", state="attached")
    page.wait_for_timeout(1500)  # let the layout settle
    ident = page.evaluate(find, arg)
    if ident is None:
        raise SystemExit(f"{page_file.name}: nothing to select for {arg!r}")
    page.evaluate(SELECT_JS, [kind, ident])
    page.mouse.move(5, SIZE["height"] - 5)  # no tooltip over the picture
    page.wait_for_timeout(500)
    page.screenshot(path=str(picture))
    page.close()
    print(f"wrote {picture}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc")
    p.add_argument("--out", type=Path, default=ROOT / "docs")
    args = p.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("needs Debian's chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        kg("build", "data/articles", "--out", str(work / "sample"), "-q")
        politics = sorted((args.corpus / "politics").glob("*.txt"))[:60]
        (work / "bbc-in").mkdir()
        for f in politics:
            shutil.copyfile(f, work / "bbc-in" / f.name)  # kg follows no link out of a folder
        kg("build", str(work / "bbc-in"), "--out", str(work / "bbc"), "-q")
        ego = work / "ego.html"
        kg("viz", "--graph", str(work / "bbc" / "graph.ttl"), "--actor", "Tony Blair",
           "--radius", "1", "--out", str(ego))  # fmt: skip
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            shoot(browser, work / "sample" / "graph.html", args.out / "graph.png",
                  kind="edge", find=EDGE_JS, arg=["United States", "China"])  # fmt: skip
            shoot(browser, work / "bbc" / "graph.html", args.out / "graph-bbc.png",
                  kind="node", find=NODE_JS, arg="Michael Howard")  # fmt: skip
            shoot(browser, ego, args.out / "graph-ego.png",
                  kind="edge", find=ANY_EDGE_JS, arg="Tony Blair")  # fmt: skip
            browser.close()


if __name__ == "__main__":
    main()
