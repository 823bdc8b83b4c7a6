"""The graph view: projection from RDF, the page's data, escaping, offline page (no model)."""

from __future__ import annotations

import json
import math
import re

import pytest
from factories import actor_graph, result, stored

from kg.analysis import to_networkx
from kg.rdf.ontology import modes
from kg.view import page_data, to_pyvis
from kg.view.data import quad_class
from kg.view.page import embed_json

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


# --- the page's data and how it is embedded (no browser) ------------------------------------
RING = [
    ("Alpha", "praised", "Beta", "Support", "2021-01-01", 0.9, "Alpha praised Beta."),
    ("Alpha", "attacked", "Beta", "Assault", "2021-02-01", 0.4, "Alpha attacked Beta."),
    ("Carl", "met", "Alpha", "Consult", "2021-03-01", 0.8, "Carl met Alpha."),
    ("Dora", "accused", "Carl", "Accuse", "2021-04-01", 0.7, "Carl met Alpha."),
    ("Echo", "said", "Dora", "Say", None, 0.6, "Echo said Dora was right."),
    ("Beta", "aided", "Echo", "Aid", "2021-05-01", 0.95, "Beta aided Echo."),
]
DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def embedded(page: str) -> dict:
    (text,) = DATA.findall(page)
    return json.loads(text)


def test_the_page_embeds_its_data_as_json():
    g = actor_graph(RING)
    page = to_pyvis(g, top=3)
    assert embedded(page) == json.loads(json.dumps(page_data(g, top=3)))
    assert embedded(page)["top"] == 3


def test_nodes_come_most_central_first_and_their_id_is_the_rank():
    g = actor_graph([*RING, ("Fox", "met", "Alpha", "Consult", None, 0.5, "Fox met Alpha.")])
    data = page_data(g, top=2)
    assert [n["label"] for n in data["nodes"]] == ["Alpha", "Beta", "Carl", "Dora", "Echo", "Fox"]
    assert [n["id"] for n in data["nodes"]] == list(range(6))
    first = {(s["from"], s["to"]) for s in data["statements"]}
    assert (0, 1) in first and (5, 0) in first  # Alpha -> Beta, Fox -> Alpha by rank


def test_the_first_actors_are_laid_out_as_on_their_own_and_the_rest_around_them():
    g = actor_graph(
        [*RING, *[(f"N{i}", "met", "Echo", "Consult", None, 0.5, "x") for i in range(30)]]
    )
    nodes = page_data(g, top=3)["nodes"]
    first = [n["label"] for n in nodes[:3]]
    alone = page_data(g.subgraph(n for n, d in g.nodes(data=True) if d["label"] in first))
    assert {n["label"]: (n["x"], n["y"]) for n in nodes[:3]} == {
        n["label"]: (n["x"], n["y"]) for n in alone["nodes"]
    }
    core = max(math.hypot(n["x"], n["y"]) for n in nodes[:3])
    rest = sorted(math.hypot(n["x"], n["y"]) for n in nodes[3:])
    assert rest[len(rest) // 2] > core, "the other actors should mostly sit around the first"


def test_statements_share_sentences_and_articles_and_keep_their_evidence():
    data = page_data(actor_graph(RING))
    assert data["sentences"].count("Carl met Alpha.") == 1  # two statements, one sentence
    attack = next(s for s in data["statements"] if s["relation"] == "attacked")
    assert data["sentences"][attack["sentence"]] == "Alpha attacked Beta."
    assert data["articles"][attack["article"]] == {"id": "art1", "title": "Article 1"}
    assert attack | {"sentence": 0, "article": 0} == {
        "from": 0, "to": 1, "relation": "attacked", "class": "Assault",
        "quad": "material-conflict", "polarity": -1, "negated": False, "modality": "asserted",
        "date": "2021-02-01", "confidence": 0.4, "sentence": 0, "article": 0,
        "statement": "https://w3id.org/kg-news/id/statement/art1/0001",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("edge", "quad"),
    [
        ({"event_type": "Support", "polarity": 1}, "verbal-cooperation"),
        ({"event_type": "Aid", "polarity": 1}, "material-cooperation"),
        ({"event_type": "Accuse", "polarity": -1}, "verbal-conflict"),
        ({"event_type": "Sanction", "polarity": -1}, "material-conflict"),
        ({"event_type": "Say", "polarity": 0}, None),
        ({"event_type": "Relation", "polarity": 0}, None),
        # the hook: a statement that carries its quad class keeps it
        ({"event_type": "Say", "polarity": 0, "quad_class": "verbal-cooperation"},
         "verbal-cooperation"),
    ],
)  # fmt: skip
def test_quad_class_from_the_statement_or_else_the_ontology(edge, quad):
    assert quad_class(edge, modes()) == quad


@pytest.mark.parametrize(
    "text",
    ["</script><script>alert(1)</script>", "<!--", "-->", "a\u2028b\u2029c", "&amp;", "x\ud800"],
)
def test_json_embedding_cannot_end_the_script_element(text):
    out = embed_json({"label": text, "list": [text]})
    assert not re.search("[<>\u2028\u2029\ud800-\udfff]", out)
    out.encode()  # valid UTF-8
    assert json.loads(out) == {"label": text, "list": [text]}


def test_a_name_cannot_end_the_data_element_in_the_page():
    page = to_pyvis(actor_graph([("</script><!--", "met", "B", "Consult", None, 0.5, "-->")]))
    assert page.count("</script") == 4  # vis-network, the data, kg's two scripts: each ends once
    assert embedded(page)["nodes"][0]["label"] == "</script><!--"


def test_the_page_is_one_offline_file_without_pyvis_leftovers():
    page = to_pyvis(actor_graph(RING))
    assert "node_modules" not in page and "bootstrap" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "default-src 'none'" in page  # the browser is told to load nothing from anywhere
    assert len(page.encode()) < 600_000


@pytest.mark.parametrize("height", ["800px; } body { display: none", "</style>", "100"])
def test_the_height_must_be_a_css_length(height):
    with pytest.raises(ValueError, match="CSS length"):
        to_pyvis(actor_graph(RING), height=height)


def test_one_quad_class_spelling_everywhere():
    """statements.jsonl (the extraction's word list), the event table and the page spell a
    quad class alike (``material-conflict``), and the page has a colour for each."""
    from kg.eventdata import quad_classes
    from kg.extract.words import vocabulary
    from kg.rdf.ontology import polarity

    jsonl, table, pol = vocabulary().quad_classes, quad_classes(), polarity()
    page = page_data(actor_graph(RING))
    for cls in (c for c, p in pol.items() if p != "neutral"):
        spelled = jsonl[cls.lower()]
        assert table[cls] == spelled, cls
        sign = 1 if pol[cls] == "cooperation" else -1
        assert quad_class({"event_type": cls, "polarity": sign}, modes()) == spelled, cls
        assert spelled in page["style"]["quads"], cls
    assert set(page["style"]["quads"]) == set(jsonl.values())
