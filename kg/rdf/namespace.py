"""Typo-proof names for the terms of ``ontology/kg.ttl`` (generated: do not edit).

Regenerate with ``python scripts/gen_namespace.py > kg/rdf/namespace.py``.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.ids import GRAPH_BASE, REL_BASE, RESOURCE_BASE

ONTOLOGY = URIRef("https://w3id.org/kg-news/ontology")
RESOURCE = Namespace(RESOURCE_BASE)
GRAPH = Namespace(GRAPH_BASE)
REL = Namespace(REL_BASE)
CAMEO = Namespace("https://w3id.org/kg-news/cameo/")
#: PLOVER's modes (``MODE['Assault/firearms']``) and contexts (``CONTEXT.military``)
MODE = Namespace("https://w3id.org/kg-news/plover/mode/")
CONTEXT = Namespace("https://w3id.org/kg-news/plover/context/")


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology; an unknown name raises."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    Accuse: URIRef
    Actor: URIRef
    ActorSummary: URIRef
    Agree: URIRef
    Aid: URIRef
    Assault: URIRef
    Coerce: URIRef
    Concede: URIRef
    Consult: URIRef
    Cooperate: URIRef
    Country: URIRef
    Entity: URIRef
    Event: URIRef
    Group: URIRef
    Location: URIRef
    Mobilize: URIRef
    Organization: URIRef
    PairSummary: URIRef
    Person: URIRef
    Protest: URIRef
    Reject: URIRef
    Relation: URIRef
    Request: URIRef
    Retreat: URIRef
    Sanction: URIRef
    Say: URIRef
    Sentence: URIRef
    Statement: URIRef
    Support: URIRef
    Threaten: URIRef
    Topic: URIRef
    about: URIRef
    actor: URIRef
    actorCode: URIRef
    agent: URIRef
    agentCode: URIRef
    attributedTo: URIRef
    confidence: URIRef
    countryCode: URIRef
    countryOf: URIRef
    countryStatements: URIRef
    dateSource: URIRef
    eventContext: URIRef
    eventMode: URIRef
    eventType: URIRef
    evidence: URIRef
    groupStatements: URIRef
    mentions: URIRef
    modality: URIRef
    month: URIRef
    negated: URIRef
    objectRole: URIRef
    offset: URIRef
    organizationStatements: URIRef
    pairAgent: URIRef
    pairNegated: URIRef
    pairStatements: URIRef
    pairTarget: URIRef
    personStatements: URIRef
    polarity: URIRef
    quadClass: URIRef
    related: URIRef
    relation: URIRef
    role: URIRef
    spans: URIRef
    subjectEntity: URIRef
    subjectRole: URIRef
    subtype: URIRef
    target: URIRef
    targetCode: URIRef
