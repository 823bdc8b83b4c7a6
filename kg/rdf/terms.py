"""The plain terms kg's RDF writer yields: IRIs as ``str``, literals as :class:`Lit`, and the
ontology's terms looked up once (:class:`Terms`)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, OWL, SKOS, Namespace

from kg.rdf.namespace import CONTEXT, KG, MODE

SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")


class Lit(NamedTuple):
    """A literal: its lexical form and datatype IRI (``None``: a plain string)."""

    value: str
    datatype: str | None = None


#: An IRI is a ``str``, a literal a :class:`Lit`; :func:`kg.rdf.mapping.to_nquads` writes them.
Term = str | Lit
Triple = tuple[str, str, Term]

INTEGER, DECIMAL, BOOLEAN = str(XSD.integer), str(XSD.decimal), str(XSD.boolean)
DATE, ANY_URI = str(XSD.date), str(XSD.anyURI)
TRUE = Lit("true", BOOLEAN)


class Terms:
    """A namespace's terms as plain strings, each looked up (and checked: an unknown name
    raises) once; writing a quad costs about as much as one rdflib namespace lookup."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):  # copy, pickle and the like probe for these
            raise AttributeError(name)
        value = str(self._namespace[name])
        setattr(self, name, value)
        return value


KGT, RDFT, RDFST, DCT = Terms(KG), Terms(RDF), Terms(RDFS), Terms(DCTERMS)
SKOST, OWLT, SCHEMAT = Terms(SKOS), Terms(OWL), Terms(SCHEMA)


def integer(value: int) -> Lit:
    return Lit(str(int(value)), INTEGER)


@lru_cache(maxsize=1024, typed=True)  # confidences have two decimals: 101 values at most
def decimal(value: float) -> Lit:
    """An ``xsd:decimal`` literal of a number, as ``Decimal`` writes its shortest repr: plain
    notation down to 1e-06 (``1e-05``: ``0.00001``; ``1e-07`` would be ``1E-7``, no
    ``xsd:decimal``, but confidences have two decimals)."""
    return Lit(str(Decimal(str(value))), DECIMAL)


@lru_cache(maxsize=1024)
def event_class(event_type: str | None) -> str:
    """The ontology class of an event type; unknown or missing types are ``kg:Relation``."""
    if event_type:
        try:
            return str(KG[event_type])
        except (AttributeError, KeyError):
            pass
    return str(KG.Relation)


def mode_iri(event_type: str, mode: str) -> str:
    """The PLOVER mode concept of an event class's mode (``Assault``, ``firearms``: a mode
    means something of its class only; ``restrict`` is one mode of Threaten, another of
    Coerce)."""
    return f"{MODE}{event_type}/{mode}"


def context_iri(context: str) -> str:
    """The PLOVER context concept of a context's name (``military``)."""
    return f"{CONTEXT}{context}"
