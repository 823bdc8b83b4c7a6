"""The graph page in a real browser (headless Chromium), with the network blocked."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from factories import require_tool, result

from kg.analysis import to_networkx
from kg.rdf.mapping import to_rdf
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
    g = to_networkx(to_rdf(results))
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(g), encoding="utf-8")
    assert not re.search(r"(src|href)=\"https?://", page.read_text(encoding="utf-8"))
    attrs = body_attrs(render(page, "--dump-dom"))
    assert attrs.get("data-kg-drawn") == "1"
    assert int(attrs["data-kg-nodes"]) == g.number_of_nodes()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_names_with_markup_show_as_text_and_never_run(tmp_path, payload):
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(to_networkx(to_rdf([result("a1", subject=payload)]))),
                    encoding="utf-8")  # fmt: skip
    dom = render(page, "--dump-dom")
    attrs = body_attrs(dom)
    assert attrs.get("data-kg-drawn") == "1", "the page broke"
    assert "data-xss" not in attrs, "the payload ran"
    assert "<img src=x" not in dom and "<svg onload" not in dom


def test_screenshot_is_not_blank(tmp_path):
    page = tmp_path / "graph.html"
    page.write_text(to_pyvis(to_networkx(to_rdf([result("a1")]))), encoding="utf-8")
    shot = tmp_path / "shot.png"
    render(page, "--window-size=900,700", f"--screenshot={shot}")
    assert shot.stat().st_size > 5000


def test_the_check_catches_a_payload_that_runs(tmp_path):
    page = tmp_path / "raw.html"
    page.write_text(f"<html><body>{PAYLOADS[0]}</body></html>", encoding="utf-8")
    assert body_attrs(render(page, "--dump-dom")).get("data-xss") == "img"
