"""kg: knowledge graphs of who did what to whom, from geopolitical news."""

from __future__ import annotations

__version__ = "0.1.0"


def events(**kwargs):
    """The event table of a store or RDF file as a DataFrame; see :func:`kg.eventdata.events`."""
    from kg.eventdata import events as _events

    return _events(**kwargs)


def query(sparql: str | None = None, **kwargs):
    """Run SPARQL over a store or RDF file; see :func:`kg.sparql.engine.query` (the CLI's twin)."""
    from kg.sparql.engine import query as _query

    return _query(sparql, **kwargs)
