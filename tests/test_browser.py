"""The graph page in a real browser (headless Chromium), with the network blocked."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from factories import require_tool, result, stored
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

import kg.view
from kg.analysis import to_networkx
from kg.view import to_pyvis

pytestmark = pytest.mark.browser
PAYLOADS = [
    "<img src=x onerror=\"document.body.setAttribute('data-xss','img')\">",
    "</script><script>document.body.setAttribute('data-xss','script')</script>",
    "\"><svg onload=\"document.body.setAttribute('data-xss','svg')\">",
]


def render(page: Path, *extra: str) -> str:
    """Load ``page`` in headless Chromium, nothing reachable but the file; return the DOM."""
    chromium = require_tool("chromium")
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
             "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=15000",
             *extra, page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def body_attrs(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom)
    assert body is not None
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))


def test_page_draws_offline_with_every_node(tmp_path):
    results = [result("a1"), result("a2", subject="Xi Jinping", relation="hailed")]
    g = to_networkx(stored(results))
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(g), encoding="utf-8")
    assert not re.search(r"(src|href)=\"https?://", page.read_text(encoding="utf-8"))
    attrs = body_attrs(render(page, "--dump-dom"))
    assert attrs.get("data-kg-drawn") == "1"
    assert int(attrs["data-kg-nodes"]) == g.number_of_nodes()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_names_with_markup_show_as_text_and_never_run(tmp_path, payload):
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(to_networkx(stored([result("a1", subject=payload)]))),
                    encoding="utf-8")  # fmt: skip
    dom = render(page, "--dump-dom")
    attrs = body_attrs(dom)
    assert attrs.get("data-kg-drawn") == "1", "the page broke"
    assert "data-xss" not in attrs, "the payload ran"
    assert "<img src=x" not in dom and "<svg onload" not in dom


def test_screenshot_is_not_blank(tmp_path):
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(to_networkx(stored([result("a1")]))), encoding="utf-8")
    shot = tmp_path / "shot.png"
    render(page, "--window-size=900,700", f"--screenshot={shot}")
    assert shot.stat().st_size > 5000


def test_the_check_catches_a_payload_that_runs(tmp_path):
    page = tmp_path / "raw.html"
    page.write_text(f"<html><body>{PAYLOADS[0]}</body></html>", encoding="utf-8")
    assert body_attrs(render(page, "--dump-dom")).get("data-xss") == "img"


# Markup that must stay text in the hover tooltips. Every one carries "href", which made Pyvis
# switch to its link template (titles written with innerHTML, so a name ran script on hover).
MARKUP = [
    "<img src=x onerror=window.__pwned=1> href",
    "<a href=javascript:alert(1)>click</a>",
    "<script>window.__pwned=2</script> href",
    'href="x"><svg onload=alert(3)>',
]
#: where a node (by id) or an edge (by id: the middle of its two ends) is on the page
POINT_JS = """([kind, id]) => {
  var ends = kind === "node" ? [id] : network.getConnectedNodes(id);
  var p = network.getPositions(ends), x = 0, y = 0;
  ends.forEach(function (n) { x += p[n].x / ends.length; y += p[n].y / ends.length; });
  var dom = network.canvasToDOM({x: x, y: y});
  var box = document.querySelector("#mynetwork canvas").getBoundingClientRect();
  return [box.left + dom.x, box.top + dom.y];
}"""
TOOLTIP_JS = """([kind, id]) => {
  var tip = document.querySelector(".vis-tooltip");
  var want = (kind === "node" ? nodes : edges).get(id).title;
  var shown = tip && tip.style.visibility === "visible" && getComputedStyle(tip).display !== "none";
  if (!shown || tip.textContent !== want.replace(/\\n/g, "")) { return null; }
  return {text: tip.textContent, title: want,
          tags: Array.from(tip.querySelectorAll("*"), function (e) { return e.tagName; })};
}"""


@pytest.fixture(scope="module")
def chromium():
    """Headless Chromium (Debian's, never a downloaded one) driven by Playwright."""
    executable = require_tool("chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def tab(chromium):
    """A fresh page where every request but the page's own file is aborted; and what it tried."""
    page, seen = chromium.new_page(), {"requests": [], "dialogs": []}
    page.on("request", lambda req: seen["requests"].append(req.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    yield page, seen
    page.close()


def load(page, path: Path) -> None:
    uri = path.as_uri()

    def only_the_page(route):
        return route.continue_() if route.request.url == uri else route.abort()

    page.route("**/*", only_the_page)
    page.goto(uri)
    page.wait_for_selector("body[data-kg-drawn]", state="attached")


def hover(page, kind: str, ident) -> None:
    x, y = page.evaluate(POINT_JS, [kind, ident])
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)


def markup_page(tmp_path: Path, payload: str) -> Path:
    r = result("a1", subject=f"Vladimir Putin {payload}", relation=f"praised {payload}")
    r.article = dataclasses.replace(r.article, title=f"A title {payload}")
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(to_networkx(stored([r]))), encoding="utf-8")
    return page


@pytest.mark.parametrize("payload", MARKUP)
def test_tooltips_show_markup_as_text_and_never_run_it(tab, tmp_path, payload):
    page, seen = tab
    load(page, markup_page(tmp_path, payload))
    node = page.evaluate("() => nodes.getIds().find(i => nodes.get(i).label.includes('href'))")
    (edge,) = page.evaluate("() => edges.getIds()")
    for kind, ident in (("node", node), ("edge", edge)):
        hover(page, kind, ident)
        try:
            tip = page.wait_for_function(TOOLTIP_JS, arg=[kind, ident], timeout=5000)
        except PlaywrightTimeout:
            pytest.fail(f"hovering the {kind} showed no text tooltip with its title")
        tip = tip.json_value()
        assert payload in tip["text"], f"the {kind} tooltip lost the markup"
        # text only: the one kind of element is the line break vis-network makes of a newline
        assert tip["tags"] == ["BR"] * tip["title"].count("\n"), f"{kind}: {tip['tags']}"
    assert page.evaluate("() => window.__pwned") is None, "the payload ran"
    assert seen["dialogs"] == []
    assert all(url.startswith("file:") for url in seen["requests"]), seen["requests"]


def test_the_hover_check_catches_pyvis_link_template(tab, tmp_path, monkeypatch):
    # Pyvis's own generate_html takes its link template for these names: the payload runs
    monkeypatch.setattr(kg.view, "_render", lambda net: net.generate_html())
    page, _ = tab
    load(page, markup_page(tmp_path, MARKUP[0]))
    node = page.evaluate("() => nodes.getIds().find(i => nodes.get(i).label.includes('href'))")
    hover(page, "node", node)
    page.wait_for_function("() => window.__pwned === 1", timeout=5000)


def test_edge_labels_show_while_the_pointer_is_on_the_edge(tab, tmp_path):
    page, _ = tab
    path = tmp_path / "graph.html"
    path.write_text(to_pyvis(to_networkx(stored([result("a1")]))), encoding="utf-8")
    load(page, path)
    canvas = page.locator("#mynetwork canvas")
    (edge,) = page.evaluate("() => edges.getIds()")
    label = "() => edges.get(edges.getIds()[0]).label || null"
    before = canvas.screenshot()
    assert page.evaluate(label) is None, "edge labels are drawn all at once"
    hover(page, "edge", edge)
    page.wait_for_function(f"() => ({label})() === 'praised'", timeout=5000)
    assert canvas.screenshot() != before
    box = canvas.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5, steps=4)
    page.wait_for_function(f"() => ({label})() !== 'praised'", timeout=5000)
    assert canvas.screenshot() == before, "the label stays drawn after the pointer left"
