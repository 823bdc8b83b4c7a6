"""Regenerate ontology/README.md (the reference of classes and properties) from ontology/kg.ttl.

    python scripts/gen_ontology_doc.py > ontology/README.md

tests/test_ontology.py fails when the reference is out of date.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[1]
KG = "https://w3id.org/kg-news/ontology#"
PREFIXES = {
    KG: "kg:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/ns/prov#": "prov:",
    "https://w3id.org/kg-news/cameo/": "cameo:",
}
HEADER = """\
# The kg ontology

`kg.ttl` is an OWL 2 ontology (namespace `https://w3id.org/kg-news/ontology#`, prefix `kg:`) of
the actors of international relations and the statements news articles make about them. Its
event classes follow PLOVER, the Open Event Data Alliance's successor to CAMEO; each carries its
polarity (cooperation, conflict, neutral) and quad class (verbal, material) and points to CAMEO
root codes with `skos:closeMatch`. `shapes.ttl` holds SHACL shapes that every graph `kg build`
writes conforms to (validate with `pyshacl -s ontology/shapes.ttl -e ontology/kg.ttl graph.ttl`).

The other files here are data users extend without code:

| file | what |
|---|---|
| `actors.tsv` | the actor gazetteer: countries (ISO 3166-1), demonyms, capitals as metonyms, |
|  | organisations, groups, places, well-known people |
| `lexicon.tsv` | predicates (verbs, nominal triggers, light verbs) to event types |

How a statement is written: `kg:agent` is PLOVER's actor (the subject, or the agent of a
passive), `kg:target` its recipient (the object if it is an actor, else an actor among the
other arguments or named in the object), `kg:about` the object when it is a topic;
`kg:evidence` / `prov:wasDerivedFrom` point to the sentence (`rdf:value`), which
`dcterms:isPartOf` its article. Each factual statement also gives a direct edge
`agent rel:LEMMA target` (for example `rel:praise`), a sub-property of `kg:related`.

Credits: PLOVER event types and the CAMEO-to-PLOVER table, Open Event Data Alliance
(CC BY-SA 4.0); the verb lexicon is derived from PETRARCH2's CAMEO verb dictionary (MIT);
country codes from ISO 3166-1 via pycountry (Debian iso-codes).

This reference is generated from `kg.ttl` by `scripts/gen_ontology_doc.py`.
"""


def short(term: object) -> str:
    text = str(term)
    for ns, prefix in PREFIXES.items():
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text


def cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(g: Graph) -> str:
    out = [
        HEADER,
        "\n## Classes\n",
        "| class | subclass of | label | polarity | quad | CAMEO | comment |",
        "|---|---|---|---|---|---|---|",
    ]
    classes = sorted(s for s in g.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef))
    for c in classes:
        sup = ", ".join(sorted(short(o) for o in g.objects(c, RDFS.subClassOf)))
        cameo = ", ".join(sorted(short(o) for o in g.objects(c, SKOS.closeMatch)))
        out.append(
            f"| `{short(c)}` | {sup} | {cell(g.value(c, RDFS.label))} | "
            f"{cell(g.value(c, URIRef(KG + 'polarity')) or '')} | "
            f"{cell(g.value(c, URIRef(KG + 'quadClass')) or '')} | {cameo} | "
            f"{cell(g.value(c, RDFS.comment))} |"
        )
    out += [
        "\n## Properties\n",
        "| property | kind | domain | range | comment |",
        "|---|---|---|---|---|",
    ]
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for p in sorted(s for s in g.subjects(RDF.type, kind) if str(s).startswith(KG)):
            out.append(
                f"| `{short(p)}` | {short(kind).rsplit('#', 1)[-1]} | "
                f"{short(g.value(p, RDFS.domain) or '')} | {short(g.value(p, RDFS.range) or '')} | "
                f"{cell(g.value(p, RDFS.comment))} |"
            )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(Graph().parse(ROOT / "ontology" / "kg.ttl")), end="")
