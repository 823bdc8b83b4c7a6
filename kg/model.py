"""Plain records that flow between kg's stages: articles in, statements out.

Keys and IRIs: an :class:`Actor` is known by its key (``person/vladimir-putin``); every IRI
is minted in one place, :mod:`kg.ids`, from keys like that one. Extraction puts IRIs into a
:class:`Statement` (``subject_id``, ``agent_id``, ``object_mentions``, ...: the JSON Lines
contract carries IRIs) through :attr:`Actor.iri`; the RDF mapping takes those IRIs as they
are and mints the others (actors, articles, sentences, statements, graphs, ``rel:``
properties) with the same :mod:`kg.ids` functions. Every actor a statement names is in its
:class:`ArticleResult`'s ``actors``, so the article's graph types and labels it.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from dataclasses import dataclass, field
from typing import Any

from kg.ids import node_iri

#: Keys every line of ``statements.jsonl`` carries (the contract other tools rely on).
CONTRACT_KEYS = (
    "doc",
    "sentence_id",
    "sentence",
    "subject",
    "relation",
    "object",
    "subject_id",
    "object_id",
    "subject_label",
    "object_label",
    "subject_type",
    "object_type",
    "subject_country",
    "object_country",
    "event_type",
    "negated",
    "modality",
    "date",
    "confidence",
    "subject_span",
    "relation_span",
    "object_span",
    "admitted",
    "dropped_because",
)

#: requested, threatened, denied: the content of a demand, a threat or a denial, not asserted.
MODALITIES = ("asserted", "reported", "future", "hypothetical", "requested", "threatened", "denied")
#: Entity types that are actors (kg:Actor); places and topics are not.
ACTOR_TYPES = frozenset({"Person", "Country", "Organization", "Group"})
#: The clause patterns an extraction comes from (``pattern``).
PATTERNS = ("svo", "passive", "clause", "intransitive", "copula", "appos", "nominal")
#: How a subject or object mention was resolved (``subject_resolution``; the README lists them).
RESOLUTIONS = ("name", "alias", "apposition", "collective", "group", "description", "office",
               "people", "spokesperson", "pair", "speaker", "pronoun", "topic")  # fmt: skip


#: One encoder for every statement (``json.dumps`` with options builds a new one per call);
#: a statement holds no cycle, so none is looked for.
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``text`` is what gets parsed: title, dateline and body, as read
    (the parser sees a hard-wrapped paragraph as one line, :func:`kg.layout.unwrap`).

    Character offsets in statements point into ``text``.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: dt.date | None = None
    section: str | None = None
    dateline: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical node of the graph: a real-world actor, a place, or a topic."""

    id: str  # stable key, e.g. "person/vladimir-putin"; its IRI is ``iri``
    label: str
    type: str  # ontology class local name: Person, Country, Organization, Group, Location, Topic
    country: str | None = None  # ISO 3166-1 alpha-3 of the actor or the state it belongs to
    role: str | None = None  # e.g. "president"
    sector: str | None = None  # e.g. "government", "military", "media"
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    subtype: str | None = None  # IGO, NGO, media, party, ethnic, territory, ...

    @property
    def iri(self) -> str:
        """The IRI of this actor's graph node (minted by :func:`kg.ids.node_iri`)."""
        return node_iri(self.id)


@dataclass(slots=True)
class Statement:
    """One subject–relation–object statement with its evidence (one JSON Lines record)."""

    doc: str
    sentence_id: int
    sentence: str
    subject: str
    relation: str
    object: str | None
    subject_id: str
    object_id: str | None
    subject_label: str
    object_label: str | None
    subject_type: str
    object_type: str | None
    subject_country: str | None
    object_country: str | None
    event_type: str | None
    negated: bool
    modality: str
    date: str | None
    confidence: float
    subject_span: tuple[int, int]
    relation_span: tuple[int, int]
    object_span: tuple[int, int] | None
    relation_lemma: str = ""
    date_source: str = "article"
    attributed_to: str | None = None
    extra_args: list[str] = field(default_factory=list)
    pattern: str = ""
    subject_role: str | None = None
    object_role: str | None = None
    subject_resolution: str | None = None  # how the subject was resolved: name, pronoun, ...
    object_resolution: str | None = None
    agent_id: str | None = None  # PLOVER actor: the subject, or the "by" agent of a passive
    agent_label: str | None = None
    agent_country: str | None = None
    recipient_id: str | None = None  # PLOVER recipient: the object, or an actor in its arguments
    recipient_label: str | None = None
    recipient_country: str | None = None
    object_mentions: list[str] = field(default_factory=list)  # actor IRIs named in the object
    clause_depth: int = 0
    event_mode: str | None = None  # PLOVER mode of a typed statement: firearms, demo, visit, ...
    event_context: list[str] = field(default_factory=list)  # PLOVER contexts: military, ...
    quad_class: str | None = None  # verbal-cooperation, material-conflict, ... (None for Say)
    subject_code: str | None = None  # CAMEO actor code at the statement's date: GBRGOV, IGOUNO
    object_code: str | None = None
    agent_code: str | None = None
    recipient_code: str | None = None
    admitted: bool = True  # in the knowledge graph (kg.extract.admission); False: why not
    dropped_because: list[str] = field(default_factory=list)  # reason codes: copula, ...

    @property
    def id(self) -> str:
        """Stable key of this statement within its article."""
        span = self.object_span or (0, 0)
        return (
            f"{self.doc}/{self.sentence_id}/{self.subject_span[0]}-{self.relation_span[0]}-"
            f"{span[0]}-{span[1]}-{self.subject_span[1]}/{self.subject_id}/{self.object_id}"
        )

    def to_dict(self) -> dict[str, Any]:
        # not dataclasses.asdict: its deep copy was a third of kg's own time
        d = self._record()
        for key, value in d.items():
            if isinstance(value, (list, tuple)):
                d[key] = list(value)
        return d

    def to_json(self) -> str:
        """:meth:`to_dict` as one JSON line, without its copies (JSON writes a tuple as a
        list, and the record is dropped once written)."""
        return _JSON.encode(self._record())

    def _record(self) -> dict[str, Any]:
        """The fields by name, in order, then ``id``; the values themselves, not copies."""
        d = dict(zip(self.__dataclass_fields__, _statement_values(self), strict=True))
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        d = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        for key in ("subject_span", "relation_span", "object_span"):
            if d.get(key) is not None:
                d[key] = tuple(d[key])
        return cls(**d)


#: A statement's field values in one call (a tuple made in C; ``getattr`` per field cost half
#: of writing a JSON line).
_statement_values = operator.attrgetter(*Statement.__dataclass_fields__)


@dataclass(slots=True)
class ArticleResult:
    """Everything kg extracted from one article; ``actors`` (by key) holds every actor its
    statements name, in any role (subject, object, agent, recipient, speaker, mention)."""

    article: Article
    sentences: list[str]
    statements: list[Statement]
    actors: dict[str, Actor]
