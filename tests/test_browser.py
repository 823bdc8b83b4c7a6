"""The graph page in a real browser (headless Chromium), with the network blocked."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from factories import actor_graph, require_tool, result, stored
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

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
    page, seen = chromium.new_page(), {"requests": [], "dialogs": [], "errors": []}
    page.on("request", lambda req: seen["requests"].append(req.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
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


def test_the_hover_check_catches_pyvis_link_template(tab, tmp_path):
    # Pyvis's own page takes its link template for a title with "href": the payload runs
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(0, label=f"Putin {MARKUP[0]}", title=f"Putin {MARKUP[0]}", x=0, y=0)
    net.toggle_physics(False)
    html = net.generate_html().replace(
        "drawGraph();", "drawGraph(); document.body.setAttribute('data-kg-drawn', '1');"
    )
    path = tmp_path / "pyvis.html"
    path.write_text(html, encoding="utf-8")
    page, _ = tab
    load(page, path)
    hover(page, "node", 0)
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


# --- exploring: filters, search, "show more", the evidence panel and its CSV ----------------
#: a ring of five actors; ranked Alpha, Beta (3 statements each), Carl, Dora, Echo
RING = [
    ("Alpha", "praised", "Beta", "Support", "2021-01-01", 0.9, "Alpha praised Beta."),
    ("Alpha", "attacked", "Beta", "Assault", "2021-02-01", 0.4, "Alpha attacked Beta."),
    ("Carl", "met", "Alpha", "Consult", "2021-03-01", 0.8, "Carl met Alpha."),
    ("Dora", "accused", "Carl", "Accuse", "2021-04-01", 0.7, "Dora accused Carl."),
    ("Echo", "said", "Dora", "Say", None, 0.6, "Echo said Dora was right."),
    ("Beta", "aided", "Echo", "Aid", "2021-05-01", 0.95, "Beta aided Echo."),
]
RING_TYPES = {"Carl": "Person", "Dora": "Person", "Echo": "Group"}
#: what is drawn, read from vis-network's own data sets
DRAWN_JS = """() => ({
  nodes: nodes.get().map(n => n.label).sort(),
  edges: edges.get().map(e => nodes.get(e.from).label + ">" + nodes.get(e.to).label).sort(),
  dimmed: nodes.get().filter(n => n.font.color !== "#222222").map(n => n.label).sort()
})"""


def ring_page(tmp_path: Path, rows=RING, *, top: int = 10, types=RING_TYPES) -> Path:
    path = tmp_path / "ring.html"
    path.write_text(to_pyvis(actor_graph(rows, types=types), top=top), encoding="utf-8")
    return path


def drawn(page) -> dict:
    return page.evaluate(DRAWN_JS)


def slide(page, control: str, value) -> None:
    """Move a range or number input as a user would (its value, then an input event)."""
    page.evaluate(
        """([id, value]) => { var e = document.getElementById(id); e.value = value;
           e.dispatchEvent(new Event("input", {bubbles: true})); }""",
        [control, str(value)],
    )


def test_the_page_opens_on_the_most_central_actors_and_shows_more(tab, tmp_path):
    page, seen = tab
    load(page, ring_page(tmp_path, top=2))
    assert drawn(page)["nodes"] == ["Alpha", "Beta"]
    assert drawn(page)["edges"] == ["Alpha>Beta"]
    page.click("#kg-more")
    assert drawn(page)["nodes"] == ["Alpha", "Beta", "Carl", "Dora"]
    assert drawn(page)["edges"] == ["Alpha>Beta", "Carl>Alpha", "Dora>Carl"]
    page.click("#kg-more")
    assert len(drawn(page)["nodes"]) == 5 and len(drawn(page)["edges"]) == 5
    assert page.is_disabled("#kg-more")
    assert seen["errors"] == []  # nor did the Content-Security-Policy block anything


@pytest.mark.parametrize(
    ("box", "value", "nodes", "edges"),
    [
        ("kg-types", "Person", ["Alpha", "Beta", "Echo"], ["Alpha>Beta", "Beta>Echo"]),
        ("kg-quads", "verbal-cooperation", ["Alpha", "Beta", "Carl", "Dora", "Echo"],
         ["Alpha>Beta", "Beta>Echo", "Dora>Carl", "Echo>Dora"]),
        ("kg-quads", "none (neutral)", ["Alpha", "Beta", "Carl", "Dora", "Echo"],
         ["Alpha>Beta", "Beta>Echo", "Carl>Alpha", "Dora>Carl"]),
        ("kg-classes", "Accuse", ["Alpha", "Beta", "Carl", "Dora", "Echo"],
         ["Alpha>Beta", "Beta>Echo", "Carl>Alpha", "Echo>Dora"]),
    ],
)  # fmt: skip
def test_unticking_a_filter_takes_its_statements_and_lone_actors_away(
    tab, tmp_path, box, value, nodes, edges
):
    page, _ = tab
    load(page, ring_page(tmp_path))
    assert len(drawn(page)["edges"]) == 5
    page.uncheck(f'#{box} input[value="{value}"]')
    assert drawn(page)["nodes"] == nodes
    assert drawn(page)["edges"] == edges
    assert page.get_attribute("body", "data-kg-edges") == str(len(edges))
    page.check(f'#{box} input[value="{value}"]')
    assert len(drawn(page)["edges"]) == 5


def test_a_merged_edge_stays_while_one_of_its_statements_passes(tab, tmp_path):
    page, _ = tab
    load(page, ring_page(tmp_path))
    page.uncheck('#kg-quads input[value="material-conflict"]')  # "attacked"
    assert "Alpha>Beta" in drawn(page)["edges"]
    assert page.evaluate("() => edges.get().find(e => e.title.includes('attacked'))") is None
    page.uncheck('#kg-quads input[value="verbal-cooperation"]')  # and "praised"
    assert "Alpha>Beta" not in drawn(page)["edges"]


#: each drawn edge's colour, by "from>to"
COLOURS_JS = """() => Object.fromEntries(edges.get().map(e =>
  [nodes.get(e.from).label + ">" + nodes.get(e.to).label, e.color.color]))"""


def test_edges_are_coloured_by_quad_class_with_a_legend(tab, tmp_path):
    from kg.view.data import NEUTRAL_COLOR, QUAD_COLOR

    page, _ = tab
    load(page, ring_page(tmp_path))
    colours = page.evaluate(COLOURS_JS)
    assert colours["Carl>Alpha"] == QUAD_COLOR["verbal-cooperation"]  # met: Consult
    assert colours["Dora>Carl"] == QUAD_COLOR["verbal-conflict"]  # accused
    assert colours["Beta>Echo"] == QUAD_COLOR["material-cooperation"]  # aided
    assert colours["Echo>Dora"] == NEUTRAL_COLOR  # said: no quad class
    # praised and attacked, one each: the first quad class in the usual order
    assert colours["Alpha>Beta"] == QUAD_COLOR["verbal-cooperation"]
    page.uncheck('#kg-quads input[value="verbal-cooperation"]')  # only "attacked" is left
    assert page.evaluate(COLOURS_JS)["Alpha>Beta"] == QUAD_COLOR["material-conflict"]
    legend = page.locator("#kg-edge-legend > span").all_text_contents()
    assert legend == [*QUAD_COLOR, "none (neutral)"]


def test_the_date_slider_hides_the_statements_outside_the_range(tab, tmp_path):
    page, _ = tab
    load(page, ring_page(tmp_path))
    slide(page, "kg-date-from", 2)  # from 2021-03-01: both Alpha>Beta statements go
    assert drawn(page)["edges"] == ["Beta>Echo", "Carl>Alpha", "Dora>Carl", "Echo>Dora"]
    assert "2021-03-01 to 2021-05-01" in page.text_content("#kg-dates-text")
    slide(page, "kg-date-to", 3)  # up to 2021-04-01: the aid goes; the undated saying stays
    assert drawn(page)["edges"] == ["Carl>Alpha", "Dora>Carl", "Echo>Dora"]
    slide(page, "kg-date-from", 4)  # past the end handle: it is pushed along
    assert page.input_value("#kg-date-to") == "4"
    assert drawn(page)["edges"] == ["Beta>Echo", "Echo>Dora"]


def test_confidence_and_mentions_filters(tab, tmp_path):
    page, _ = tab
    load(page, ring_page(tmp_path))
    slide(page, "kg-confidence", 0.75)  # 0.4, 0.6 and 0.7 go; Dora is left with nothing
    assert drawn(page)["edges"] == ["Alpha>Beta", "Beta>Echo", "Carl>Alpha"]
    assert drawn(page)["nodes"] == ["Alpha", "Beta", "Carl", "Echo"]
    assert page.evaluate("() => edges.get().find(e => e.title.includes('attacked'))") is None
    slide(page, "kg-confidence", 0)
    slide(page, "kg-min-mentions", 3)  # only Alpha and Beta are in three statements
    assert drawn(page) == {"nodes": ["Alpha", "Beta"], "edges": ["Alpha>Beta"], "dimmed": []}


@pytest.mark.parametrize(
    ("radius", "dimmed"), [("1", ["Alpha", "Beta"]), ("2", [])]
)  # fmt: skip
def test_search_focuses_the_neighbourhood_and_dims_the_rest(tab, tmp_path, radius, dimmed):
    page, _ = tab
    load(page, ring_page(tmp_path, top=2))  # Dora is not among the first two
    page.select_option("#kg-radius", radius)
    page.fill("#kg-find", "dora")
    page.press("#kg-find", "Enter")
    shown = drawn(page)
    assert shown["nodes"] == ["Alpha", "Beta", "Carl", "Dora", "Echo"]
    assert shown["dimmed"] == dimmed
    assert page.text_content("#kg-panel-title") == "Dora"
    page.click("#kg-clear")
    assert drawn(page)["nodes"] == ["Alpha", "Beta"] and drawn(page)["dimmed"] == []


def test_search_says_when_an_actor_is_filtered_out(tab, tmp_path):
    page, _ = tab
    load(page, ring_page(tmp_path))
    page.uncheck('#kg-types input[value="Person"]')
    page.fill("#kg-find", "Carl")
    page.press("#kg-find", "Enter")
    assert "hidden by the filters" in page.text_content("#kg-find-status")
    page.fill("#kg-find", "Zorro")
    page.press("#kg-find", "Enter")
    assert "no such actor" in page.text_content("#kg-find-status")


def click(page, kind: str, ident) -> None:
    x, y = page.evaluate(POINT_JS, [kind, ident])
    page.mouse.click(x, y)


def csv_of(page) -> list[list[str]]:
    with page.expect_download() as info:
        page.click("#kg-csv")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_the_panel_lists_an_edges_evidence_and_its_csv_holds_it(tab, tmp_path):
    page, seen = tab
    load(page, ring_page(tmp_path))
    edge = page.evaluate(
        "() => edges.getIds().find(i => edges.get(i).hoverLabel.startsWith('attacked'))"
    )
    click(page, "edge", edge)
    assert page.text_content("#kg-panel-title") == "Alpha → Beta"
    items = page.locator("#kg-evidence li .kg-sentence").all_text_contents()
    assert items == ["“Alpha praised Beta.”", "“Alpha attacked Beta.”"]
    header, *rows = csv_of(page)
    assert header[:3] == ["source", "relation", "target"]
    assert [r[header.index("sentence")] for r in rows] == [
        "Alpha praised Beta.",
        "Alpha attacked Beta.",
    ]
    assert [r[header.index("quad_class")] for r in rows] == [
        "verbal-cooperation",
        "material-conflict",
    ]
    assert rows[1][header.index("date")] == "2021-02-01"
    slide(page, "kg-confidence", 0.5)  # the panel follows the filters
    assert page.locator("#kg-evidence li").count() == 1
    assert [r[header.index("sentence")] for r in csv_of(page)[1:]] == ["Alpha praised Beta."]
    assert all(u.startswith(("file:", "blob:")) for u in seen["requests"]), seen["requests"]
    assert seen["errors"] == []


PANEL_TAGS_JS = """() => Array.from(document.querySelectorAll("#kg-panel *, #kg-find-status *"),
  e => e.tagName).filter(t => !["H2", "DIV", "A", "OL", "LI", "SPAN"].includes(t))"""


@pytest.mark.parametrize("payload", [*PAYLOADS, *MARKUP])
def test_payloads_in_names_and_sentences_stay_text_in_the_panel_and_csv(tab, tmp_path, payload):
    page, seen = tab
    rows = [(f"Alpha {payload}", f"praised {payload}", "Beta", "Support", "2021-01-01", 0.9,
             f"{payload} said the sentence.")]  # fmt: skip
    load(page, ring_page(tmp_path, rows, types={}))
    node = page.evaluate("() => nodes.getIds().find(i => nodes.get(i).label.startsWith('Alpha'))")
    click(page, "node", node)
    assert page.text_content("#kg-panel-title") == f"Alpha {payload}"
    assert page.text_content("#kg-evidence .kg-sentence") == f"“{payload} said the sentence.”"
    assert payload in page.text_content("#kg-evidence .kg-meta")
    assert page.evaluate(PANEL_TAGS_JS) == []
    header, row = csv_of(page)
    assert row[header.index("source")] == f"Alpha {payload}"
    assert row[header.index("sentence")] == f"{payload} said the sentence."
    assert page.evaluate("() => window.__pwned") is None
    assert page.get_attribute("body", "data-xss") is None
    assert seen["dialogs"] == []


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_cells_a_spreadsheet_would_run_start_with_a_quote(tab, tmp_path, formula):
    page, _ = tab
    rows = [(formula, "said", "Beta", "Say", "2021-01-01", 0.9, f'{formula} "quoted", and more')]
    load(page, ring_page(tmp_path, rows, types={}))
    click(page, "node", page.evaluate("() => nodes.getIds()[0]"))
    header, row = csv_of(page)
    assert row[header.index("source")] == "'" + formula
    assert row[header.index("sentence")] == f'\'{formula} "quoted", and more'
    assert row[header.index("target")] == "Beta"


def test_edge_labels_show_for_every_edge_once_zoomed_in(tab, tmp_path):
    page, _ = tab
    load(page, ring_page(tmp_path))
    labels = "() => edges.get().filter(e => e.label && e.label.trim()).length"
    assert page.evaluate(labels) == 0
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(12):
        page.mouse.wheel(0, -200)
        if page.evaluate("() => network.getScale()") >= 1.5:
            break
    page.wait_for_function(f"() => ({labels})() === 5", timeout=5000)
    for _ in range(20):
        page.mouse.wheel(0, 200)
        if page.evaluate("() => network.getScale()") < 1:
            break
    page.wait_for_function(f"() => ({labels})() === 0", timeout=5000)
