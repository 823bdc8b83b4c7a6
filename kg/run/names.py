"""Names across articles (issue 18, item 2): a "Mr Howard" that its own article, the gazetteer
and the Phoenix dictionaries leave bare becomes the one person of that surname the whole run
names in full, when there is exactly one that fits.

Workers extract articles apart; each article's :class:`~kg.run.work.Done` says which people
it names in full and which of its person nodes rest on a surname alone
(:mod:`kg.extract.surnames`). This process, the one that writes, keeps an :class:`Index` of
the full names from every article and holds back the articles with bare surnames until
the run has ended (a later article may name the person, or a second one of the name). Then
each bare surname whose mentions fit exactly one person of the index (same surname; a first
name not of the other gender than the honorific; the same country and role when both are
known) is rewritten to that person (:func:`rewrite`, a pure function over the statements) and
the article serialized again; two or more that fit leave it apart, reported as ambiguous.
An article with nothing to resolve keeps the outputs its worker wrote, byte for byte.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from kg.extract.described import DESCRIBED
from kg.extract.genders import agrees, gender_of
from kg.extract.surnames import FullName, Surname, surname_of
from kg.ids import node_key
from kg.model import Actor, ArticleResult, Statement
from kg.run.work import Done, serialized

if TYPE_CHECKING:
    from kg.store.db import Store

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: The roles of a statement that name an actor with an id, label, country and code.
ROLES = ("subject", "object", "agent", "recipient")

Coder = Callable[[Actor, str | None], str | None]  # (actor, the statement's date) -> its code


class Resolved(NamedTuple):
    """An article's outputs as :meth:`Across.resolved` passes them on."""

    at: int  # its position in the input
    done: Done
    store: bool  # its graph is still to be stored (not when stored as held back, unchanged)


@dataclass(slots=True)
class Known:
    """One person of the index: the node, and what the articles that name them said."""

    actor: Actor  # as first met
    gender: str | None = None  # of the first name
    countries: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    nations: dict[str, Actor] = field(default_factory=dict)  # country -> its node

    def fits(self, mention: Surname) -> bool:
        """Whether a bare surname may be this person: the honorific's gender fits the first
        name, and the mention's country, if known, is one of this person's, and its role
        ends in the noun one of theirs ends in ("former leader", "Labour leader"), when
        theirs are known."""
        actor = mention.actor
        return (
            agrees(self.gender, mention.gender)
            and (actor.country is None or not self.countries or actor.country in self.countries)
            and (actor.role is None or not self.roles or _head(actor.role) in self.heads)
        )

    @property
    def heads(self) -> set[str]:
        return {_head(role) for role in self.roles}


def _head(role: str) -> str:
    """The noun a role ends in ("leader" of "former leader" and of "Labour leader")."""
    return role.split()[-1]


@dataclass(slots=True)
class Index:
    """The people a run names in full, by surname, first met first."""

    people: dict[str, Known] = field(default_factory=dict)  # node key -> person
    surnames: dict[str, list[str]] = field(default_factory=dict)  # surname -> node keys

    def add(self, names: Iterable[FullName]) -> None:
        for name in names:
            known = self.people.get(name.actor.id)
            if known is None:
                known = self.people[name.actor.id] = Known(name.actor, name.gender)
                self.surnames.setdefault(name.surname, []).append(name.actor.id)
            if name.actor.country:
                known.countries.add(name.actor.country)
                if name.nation is not None:
                    known.nations.setdefault(name.actor.country, name.nation)
            if name.actor.role:
                known.roles.add(name.actor.role)

    def candidates(self, mention: Surname) -> list[Known]:
        """The people a bare surname may be, first met first."""
        keys = self.surnames.get(mention.actor.label, ())
        return [known for key in keys if (known := self.people[key]).fits(mention)]


def merged(mention: Surname, known: Known) -> Actor:
    """The person a bare surname is, with what its own article said of it: its role and
    sector, and its country (else the person's one country, if they have one)."""
    country = mention.actor.country
    if country is None and len(known.countries) == 1:
        (country,) = known.countries
    return replace(
        known.actor, country=country, role=mention.actor.role, sector=mention.actor.sector
    )


def rewrite(
    result: ArticleResult,
    people: Mapping[str, Actor],
    *,
    code: Coder,
    nations: Mapping[str, Actor] | None = None,
) -> ArticleResult:
    """``result`` with each node of ``people`` (old key -> the person it is) replaced by that
    person in every statement (subject, object, agent, recipient: IRI, label, a missing
    country, code; speaker; actors named in the object) and among the actors (with the
    person's country's node from ``nations``). A statement whose subject and object become
    one is dropped, as extraction drops them, but for a description of its subject
    (:mod:`kg.extract.described`). ``result`` is not changed."""
    by_iri = {Actor(key, "", "Person").iri: actor for key, actor in people.items()}
    statements = []
    for st in result.statements:
        new = _statement(st, by_iri, code)
        if new.object_id != new.subject_id or new.object_resolution == DESCRIBED:
            statements.append(new)
    actors: dict[str, Actor] = {}
    for key, actor in result.actors.items():
        actor = people.get(key, actor)
        actors.setdefault(actor.id, actor)
    for actor in people.values():
        nation = (nations or {}).get(actor.country or "")
        if nation is not None:
            actors.setdefault(nation.id, nation)
    return ArticleResult(result.article, result.sentences, statements, actors)


def _statement(st: Statement, by_iri: Mapping[str, Actor], code: Coder) -> Statement:
    changes: dict[str, object] = {}
    for role in ROLES:
        person = by_iri.get(getattr(st, f"{role}_id") or "")
        if person is None:
            continue
        country = getattr(st, f"{role}_country") or person.country
        changes[f"{role}_id"] = person.iri
        changes[f"{role}_label"] = person.label
        changes[f"{role}_country"] = country
        changes[f"{role}_code"] = code(replace(person, country=country), st.date)
    if st.attributed_to in by_iri:
        changes["attributed_to"] = by_iri[st.attributed_to].iri
    if any(iri in by_iri for iri in st.object_mentions):
        changes["object_mentions"] = [
            by_iri[iri].iri if iri in by_iri else iri for iri in st.object_mentions
        ]
    return replace(st, **changes) if changes else st


def stored_people(store: Store) -> list[FullName]:
    """The people an Oxigraph store's articles name in full (a label of two words or more),
    with every country and role their graphs give them, in the order of their IRIs: for an
    index that knows the people of earlier builds (no node of their country: a rewritten
    article then writes the country's code on the person, as it does for a country it does
    not name)."""
    from kg.rdf.namespace import KG  # loads rdflib, which only a build into a store needs

    query = f"""SELECT DISTINCT ?p ?label ?country ?role WHERE {{ GRAPH ?g {{
        ?p a <{KG.Person}> ; <{RDFS_LABEL}> ?label .
        OPTIONAL {{ ?p <{KG.countryOf}>/<{KG.countryCode}> ?of }}
        OPTIONAL {{ ?p <{KG.countryCode}> ?code }}
        OPTIONAL {{ ?p <{KG.role}> ?role }}
        BIND (COALESCE(?of, ?code) AS ?country) }} }}"""
    rows = []
    for row in store.oxigraph.query(query):
        key, label = node_key(row["p"].value), row["label"].value
        surname = surname_of(label)
        if surname is None or key is None:
            continue
        country, role = (row[v].value if row[v] is not None else None for v in ("country", "role"))
        rows.append((key, label, surname, country, role))
    return [
        FullName(Actor(key, label, "Person", country=country, role=role), surname, gender_of(label))
        for key, label, surname, country, role in sorted(rows, key=_sort_key)
    ]


def _sort_key(row: tuple) -> tuple:
    return tuple(value or "" for value in row)


def default_coder() -> Coder:
    """The actor code of a person on a statement's date, from the packaged dictionaries
    (read on first use)."""
    from kg import actorcodes
    from kg.extract.codes import code_of, parse_day

    codes = actorcodes.load()
    return lambda actor, date: code_of(actor, parse_day(date), codes)


@dataclass
class Across:
    """Resolves bare surnames across the articles of one run; see the module's text.

    :meth:`resolved` passes each article's :class:`Done` on as it comes, with its position in
    the input, except the articles with bare surnames, which come last, resolved. ``keep``
    and ``rdf`` say how to serialize a rewritten article again, as the workers did.
    """

    keep: str = "admitted"
    rdf: bool = True
    hold: bool = True  # False: every article passes on as it comes, resolved alone
    coder: Callable[[], Coder] = default_coder
    index: Index = field(default_factory=Index)
    named: dict[str, str] = field(default_factory=dict)  # bare surname -> the full name
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # -> people it may be
    _code: Coder | None = field(default=None, init=False)

    def resolved(
        self, stream: Iterable[Done], *, on_held: Callable[[Done], None] | None = None
    ) -> Iterator[Resolved]:
        """Every article of ``stream``, with its position there. An article with the same id
        as one held back is held back too, so the last of them still comes last.
        ``on_held`` is given each article as it is held back, as its worker wrote it (a
        build stores it then, so the store holds the articles in input order and its
        exports stay as they were for every article not rewritten). The articles held back
        wait in a temporary file (on the first 60 BBC politics files, 16 of them, 3.7 MB
        pickled: most for a one-word "person" that is no one's surname)."""
        last: dict[str, int] = {}  # article id -> its last position held back
        with tempfile.TemporaryFile(prefix="kg-held-") as held:  # memory stays flat
            for at, done in enumerate(stream):
                self.index.add(done.persons)
                if self.hold and done.error is None and (done.surnames or done.article in last):
                    if on_held is not None:
                        on_held(done)
                    pickle.dump((at, done), held, protocol=pickle.HIGHEST_PROTOCOL)
                    last[done.article] = at
                else:
                    yield Resolved(at, done, store=True)
            end = held.tell()
            held.seek(0)
            while held.tell() < end:
                at, done = pickle.load(held)  # this process wrote it, just now
                settled = self.settle(done)
                again = settled is not done and last[done.article] == at
                yield Resolved(at, settled, store=on_held is None or again)

    def settle(self, done: Done) -> Done:
        """An article held back, its bare surnames resolved by the index as it stands: a new
        :class:`Done` when one of them is rewritten, else ``done`` itself, its ``result``
        dropped (it is needed no more)."""
        people, nations = {}, {}
        for mention in done.surnames:
            found = self.index.candidates(mention)
            if len(found) > 1:
                self.ambiguous[mention.actor.label] = tuple(k.actor.label for k in found)
            elif found:
                person = people[mention.actor.id] = merged(mention, found[0])
                self.named[mention.actor.label] = person.label
                nation = found[0].nations.get(person.country or "")
                if nation is not None:
                    nations[person.country] = nation
        if not people or done.result is None:
            done.result = None  # not needed any more
            return done
        if self._code is None:
            self._code = self.coder()
        result = rewrite(done.result, people, code=self._code, nations=nations)
        return serialized(result, rdf=self.rdf, keep=self.keep)
