"""Regenerate kg/rdf/namespace.py from ontology/kg.ttl (the ontology is the source of truth).

    python scripts/gen_namespace.py > kg/rdf/namespace.py

tests/test_ontology.py fails when the two drift apart.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parents[1]
KG_NS = "https://w3id.org/kg-news/ontology#"


def render(graph: Graph) -> str:
    terms = sorted(
        {
            str(s)[len(KG_NS) :]
            for s in graph.subjects()
            if isinstance(s, URIRef) and str(s).startswith(KG_NS)
        }
    )
    lines = [
        '"""Typo-proof names for the terms of ``ontology/kg.ttl`` (generated: do not edit).',
        "",
        "Regenerate with ``python scripts/gen_namespace.py > kg/rdf/namespace.py``.",
        '"""',
        "",
        "from rdflib import Namespace, URIRef",
        "from rdflib.namespace import DefinedNamespace",
        "",
        "from kg.ids import GRAPH_BASE, REL_BASE, RESOURCE_BASE",
        "",
        f'ONTOLOGY = URIRef("{KG_NS[:-1]}")',
        "RESOURCE = Namespace(RESOURCE_BASE)",
        "GRAPH = Namespace(GRAPH_BASE)",
        "REL = Namespace(REL_BASE)",
        'CAMEO = Namespace("https://w3id.org/kg-news/cameo/")',
        "#: PLOVER's modes (``MODE['Assault/firearms']``) and contexts (``CONTEXT.military``)",
        'MODE = Namespace("https://w3id.org/kg-news/plover/mode/")',
        'CONTEXT = Namespace("https://w3id.org/kg-news/plover/context/")',
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """Classes and properties of the kg ontology; an unknown name raises."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{KG_NS}")',
        "",
    ]
    lines += [f"    {t}: URIRef" for t in terms]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(Graph().parse(ROOT / "ontology" / "kg.ttl")), end="")
