"""JSON-LD that people can read: compacted, with a ``@context`` made of kg's prefixes.

Oxigraph writes JSON-LD expanded only (full IRIs, no context, prefixes ignored); rdflib's
serializer compacts against a given context, so the store's N-Quads go through rdflib here.
It holds the whole graph in memory: fine for exports, slower than Oxigraph on big stores."""

from __future__ import annotations

from kg.rdf.mapping import PREFIXES


def context() -> dict[str, str]:
    """The ``@context``: kg's prefixes (``kg:``, ``kgr:``, ``rdfs:``, ``dcterms:`` ...)."""
    return dict(PREFIXES)


def compact(nquads: bytes) -> bytes:
    """N-Quads as compacted JSON-LD, one ``@graph`` entry per named graph."""
    import warnings

    from rdflib import Dataset

    # rdflib's own N-Quads reader and JSON-LD writer use Dataset.default_context, which
    # rdflib 7.1 deprecates (a warning about rdflib's code, not kg's)
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):
        data = Dataset()
        data.parse(data=nquads.decode("utf-8"), format="nquads")
        text = data.serialize(format="json-ld", context=context(), auto_compact=True)
    return text.encode("utf-8")
