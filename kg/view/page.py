"""The page itself: kg's template, vis-network, kg's script and style, and the data, in one file.

The page is kg's own (``kg/view/assets``), not Pyvis's template: that template links
Bootstrap from a CDN, keeps a dead ``node_modules`` script, writes the data as executable
script, and switches to HTML tooltips when a name says "href". vis-network is the copy Pyvis
ships (Pyvis is pinned), put in line, so the page works offline.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

import networkx as nx

from kg import data
from kg.view.data import TOP, page_data

#: vis-network's script as Pyvis 0.3.2 ships it; of its style sheet (220 kB) the page needs only
#: the tooltip's rules, which kg's own style has
VIS_NETWORK = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
_SLOT = re.compile(r"/\*kg:(\w+)\*/")
#: characters that could end or confuse the data's <script> element, or a JavaScript string
_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def embed_json(value: Any) -> str:
    """``value`` as JSON that can sit inside a ``<script>`` element whatever its strings hold.

    Every ``<``, ``>`` and ``&`` is written as a ``\\u`` escape, so no ``</script>``, ``<!--``
    or ``-->`` can appear; line and paragraph separators (U+2028/2029), which older JavaScript
    engines took for line ends, and lone surrogates (not UTF-8), too. ``JSON.parse`` gives the
    same strings back.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _asset(name: str) -> str:
    return data.view_asset(name).read_text(encoding="utf-8")


def _vis_network() -> str:
    script = files("pyvis").joinpath(*VIS_NETWORK).read_text(encoding="utf-8")
    return script.replace("//# sourceMappingURL=vis-network.min.js.map", "")  # no such file


def render(page: dict, *, height: str = "100vh") -> str:
    """The HTML page for ``page`` (the data of :func:`~kg.view.data.page_data`)."""
    if not re.fullmatch(r"\d+(\.\d+)?(px|vh|%|em|rem)", height):
        raise ValueError(f"height {height!r}: give a CSS length such as 800px or 100vh")
    slots = {
        "css": _asset("view.css").replace("--kg-height: 100vh", f"--kg-height: {height}"),
        "vis": _vis_network(),
        "data": embed_json(page),
        "dom": _asset("dom.js"),
        "evidence": _asset("evidence.js"),
        "view": _asset("view.js"),
    }
    # one pass: text put into a slot is never searched for slots again
    return _SLOT.sub(lambda m: slots[m[1]], _asset("page.html"))


def to_pyvis(g: nx.MultiDiGraph, *, top: int = TOP, height: str = "100vh", seed: int = 7) -> str:
    """One self-contained, offline HTML page to explore ``g`` with vis-network.

    The page opens on the ``top`` most central actors ("show more" adds as many again) and
    filters, searches and shows evidence in the browser; every text from the data is shown
    as text.
    """
    return render(page_data(g, top=top, seed=seed), height=height)
