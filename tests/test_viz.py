"""The graph view: projection from RDF, merged edges, escaping, offline page (no model)."""

from __future__ import annotations

from factories import result, stored

from kg.analysis import to_networkx
from kg.view import to_pyvis

PAYLOAD = "<img src=x onerror=alert(1)>"


def test_projection_reads_actors_and_statements_from_rdf():
    g = to_networkx(stored([result("a1"), result("a2")]))
    putin = "https://w3id.org/kg-news/id/person/vladimir-putin"
    assert g.nodes[putin]["type"] == "Person" and g.nodes[putin]["country"] == "RUS"
    edges = list(g.edges(putin, data=True))
    assert len(edges) == 2 and all(
        d["event_type"] == "Support" and d["polarity"] == 1 for _, _, d in edges
    )


def test_polarity_follows_the_event_type_which_already_reflects_negation():
    r = result()
    r.statements[0].negated = True
    r.statements[0].event_type = "Reject"  # what in_context gives a negated Support
    g = to_networkx(stored([r]))
    ((_, _, d),) = g.edges(data=True)
    assert d["polarity"] == -1 and d["negated"]


def test_page_is_offline_merges_edges_and_escapes_text():
    page = to_pyvis(to_networkx(stored([result("a1", subject=PAYLOAD), result("a2")])))
    assert PAYLOAD not in page  # only ever as JSON-escaped text (\u003c...)
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    assert "cdn.jsdelivr" not in page and '<script src="http' not in page
    assert 'id="kg-legend"' in page


def test_names_with_href_keep_the_text_tooltips():
    # Pyvis's link template (taken when a node title says "href") writes titles as HTML
    page = to_pyvis(to_networkx(stored([result("a1", subject='<a href="x">Putin</a>')])))
    assert "popup.innerHTML" not in page and "div.popup" not in page
    assert '\\u003ca href=\\"x\\"\\u003ePutin\\u003c/a\\u003e' in page
