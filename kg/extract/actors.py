"""Mentions to canonical actors: names (:mod:`kg.extract.names`), pronouns, pairs,
descriptions, collectives and groups (:mod:`kg.extract.descriptions`), else topics."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.actorcodes import ActorCodes
from kg.extract import (
    callings,
    descriptions,
    governments,
    issuers,
    leads,
    media,
    offices,
    orgnames,
    possessed,
    pronouns,
)
from kg.extract.anaphora import Anaphora
from kg.extract.codes import business, code_of
from kg.extract.fullnames import is_person
from kg.extract.names import Description, Names
from kg.extract.phrases import phrase
from kg.extract.possessed import party_of
from kg.extract.records import Arg
from kg.extract.resolution import Resolution
from kg.extract.watched import Watched, unchanged
from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer, norm, to_actor, topic
from kg.model import Actor

#: The kinds of actor "the party", "the company", "the group" can point back to.
BODIES = frozenset({"Organization", "Group"})
#: How a noun of people resolves to the body they belong to or speak for ("Nissan workers",
#: "US Airways' baggage handling staff"): a share of them counts members, not a stake in it.
MEMBERS_VIA = frozenset({"group", "people", "collective", "pair", "spokesperson"})
#: How many "the party" mentions back one may lean on ("The party ... . The party ...").
MAX_NESTING = 3

__all__ = ["Gazetteer", "Resolution", "Resolver", "to_actor", "topic"]


@dataclass
class Resolver(Anaphora):
    """Resolves argument phrases of one parsed article to canonical actors.

    It remembers ``roles``: the role and country the last titled mention of each person gave
    ("Foreign Minister Jack Straw"), which a bare mention ("Mr Straw") takes, written by
    :meth:`remember` for every name in order as the article is first read, then for each name
    a resolution meets; and the role a noun pointing back to an organisation gives its name
    ("the firm": :mod:`kg.extract.callings`), once the article is read. :meth:`entity` only
    reads it. What :meth:`mentions` and :meth:`resolve_all` give is kept (``memo``) per
    ``version`` of the roles, what :meth:`entity` gives until a role it read changes;
    ``nesting`` counts "the party" look-backs under way.
    """

    doc: Doc
    gazetteer: Gazetteer
    codes: ActorCodes | None = None  # Phoenix people and offices (see :class:`Names`)
    when: dt.date | None = None  # the article's date
    names: Names = field(init=False)
    roles: dict[str, Description] = field(init=False, default_factory=dict)
    positions: list[tuple[int, Actor]] = field(init=False)  # (token index, actor), in order
    nesting: int = field(init=False, default=0)  # "the party" resolutions under way (a guard)
    version: int = field(init=False, default=0)  # changes to ``roles`` so far
    memo: dict[tuple, object] = field(init=False, default_factory=dict)  # for this article
    starts: list[int] = field(init=False)  # each entity's first character, in order

    def __post_init__(self) -> None:
        self.names = Names(self.doc, self.gazetteer, codes=self.codes, when=self.when)
        self.starts = [start for start, _ in self.names.chars]
        self.positions = []
        for ent in self.names.ents:
            self.remember(ent)
            actor = self.entity(ent)
            if actor is not None and actor.type != "Topic":
                self.positions.append((ent.root.i, actor))
        self.positions.sort(key=lambda m: m[0])
        called = callings.called(self.doc, self.names, self._organisation)  # "the firm"
        if called:
            self.roles, self.version = {**self.roles, **called}, self.version + 1
            self.positions = callings.with_roles(self.positions, called)
        staff = callings.officers(self.doc, self.names, self._officer)  # "the firm's chief"
        if staff:
            self.roles, self.version = {**self.roles, **staff}, self.version + 1
            self.positions = sorted(
                ((ent.root.i, actor) for ent in self.names.ents
                 if (actor := self.entity(ent)) is not None and actor.type != "Topic"),
                key=lambda m: m[0],
            )  # fmt: skip

    def _officer(self, tok: Token) -> Resolution | None:
        """What a noun of "the firm's chief" resolves to, as a mention of its own."""
        return self.resolve(phrase(tok))

    def entity(self, ent: Span) -> Actor | None:
        """The actor an entity names (no state changes: see :meth:`remember`), kept until a
        role it read changes."""
        key = ("entity", ent.start, ent.end)
        kept = self.memo.get(key)
        if kept is None or not unchanged(kept[1], self.roles):
            view = Watched(self.roles)
            kept = self.memo[key] = (self.names.entity(ent, view), view.read)
        return kept[0]

    def remember(self, ent: Span) -> None:
        """Record the role and country a titled mention of a person gives the name."""
        found = self.names.role_of(ent)
        if found is not None:
            name, role = found
            said = self.roles.get(name)
            if role.country is None and said is not None and said.country:
                # "Holcim, the world's second-biggest cement maker" after "Swiss cement firm
                # Holcim": a later description that names no country keeps the name's
                role = role._replace(country=said.country)
            if said != role:
                self.roles[name] = role
                self.version += 1

    def _named(self, ent: Span | None) -> Actor | None:
        """The actor a name in the text gives, remembering its title (see :meth:`remember`)."""
        if ent is None:
            return None
        self.remember(ent)
        return self.entity(ent)

    def mentions(self, arg: Arg) -> list[Actor]:
        """Actors named inside an argument other than by its head ("talks with Romania");
        kept like :meth:`resolve_all`'s."""
        return self._kept(("mentions", *_fields(arg)), lambda: self._mentions(arg))

    def _kept(self, key: tuple, compute: Callable[[], list]) -> list:
        """A copy of what ``compute`` gives for ``key`` at the current ``version`` of the
        roles, kept in ``memo`` unless computing it changed the roles."""
        key = (*key, self.version)
        found = self.memo.get(key)
        if found is None:
            found = compute()
            if key[-1] == self.version:
                self.memo[key] = found
        return list(found)

    def _mentions(self, arg: Arg) -> list[Actor]:
        found: dict[str, Actor] = {}
        first = bisect_left(self.starts, arg.start)  # entities are in order and never overlap
        ents, chars = self.names.ents[first:], self.names.chars[first:]
        for ent, (start, end) in zip(ents, chars, strict=True):
            if start >= arg.end:
                break
            if end <= arg.end and not (ent.start <= arg.root < ent.end):
                actor = self._named(ent)
                if actor is not None and actor.type != "Topic":
                    found.setdefault(actor.id, actor)
        return list(found.values())

    def resolve(self, arg: Arg, *, speaker: Actor | None = None) -> Resolution | None:
        """The actor (or topic) an argument names; None for a pronoun with no antecedent."""
        found = self.resolve_all(arg, speaker=speaker)
        return found[0] if found else None

    def resolve_all(self, arg: Arg, *, speaker: Actor | None = None) -> list[Resolution]:
        """Like :meth:`resolve`, but "the two leaders" gives both leaders the article named.

        In order: a pronoun, a pair, a name (of the head, else of an apposition), a gazetteer
        alias, the actor of a quantity ("thousands of Iraqi Kurds"), a description, else a
        topic. Kept for the same ``roles`` when resolving changed none (then the names it
        remembered changed nothing either, and would not again).
        """
        key = ("resolve", *_fields(arg), speaker)
        return self._kept(key, lambda: self._resolve_all(arg, speaker))

    def _resolve_all(self, arg: Arg, speaker: Actor | None) -> list[Resolution]:
        tok = self.doc[arg.root]
        if tok.pos_ == "PRON":
            return self._pronoun(tok, speaker)
        pair = descriptions.pair(tok, self.positions)
        if pair:
            return [Resolution(a, True, "pair", 0.7) for a in pair]
        found = (
            self._name(tok, arg)
            or self._alias(arg)
            or self._named_elsewhere(tok, arg)
            or self._quantity(tok, arg, speaker)
        )
        return found or [self._description(tok, arg.text)]

    def _organisation(self, tok: Token) -> Resolution | None:
        """ "the party", "the company": the one organisation named whose name it heads ("the
        agency"), else the one the nearest earlier subject names ("Yukos says ... . The company
        has ..."), else, less sure, the story's party or company of its kind named most
        (:func:`descriptions.story_body`), else the nearest named."""
        if self.nesting > MAX_NESTING or not descriptions.organisation_mention(tok, self.names):
            return None
        if media.is_press(tok):  # "the newspaper": a paper named, or none
            paper = media.paper_before(tok, self.names, self.positions)
            return Resolution(paper, True, "description", 0.6) if paper is not None else None
        kind = orgnames.named_kind(tok, self.positions)  # "the agency": the X Agency named
        if kind is not None:
            return Resolution(kind, True, "description", 0.7)
        self.nesting += 1  # a subject may be "the party" too: back a few steps, not the article
        try:
            for subj in pronouns.earlier_subjects(tok):
                actor = self._subject_actor(subj)
                if actor is None or actor.type not in BODIES or media.cited_medium(subj, actor):
                    continue  # "..., Reuters reported. The company": not the source
                if self._owned_plural(subj):
                    continue  # "Delta's new SimpliFares were trialled. The airline": Delta
                return Resolution(actor, True, "description", 0.6)
        finally:
            self.nesting -= 1
        last = descriptions.nearest(tok, self.positions, BODIES)
        found = descriptions.story_body(tok, self.positions, BODIES, last=last) or last
        return Resolution(found, True, "description", 0.4) if found is not None else None

    def _owned_plural(self, subj: Token) -> bool:
        """Whether a subject is a name an organisation's possessive owns whose verb is plural
        ("Delta's new SimpliFares were trialled"): the firm's fares or products, no body "the
        company" or "the airline" stands for ("the Lib Dems lack", with no owner, stays a
        body)."""
        if subj.pos_ != "PROPN" or not pronouns.plural_subject(subj):
            return False
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        actor = self._subject_actor(owner) if owner is not None else None
        return actor is not None and actor.type in BODIES

    def _subject_actor(self, subj: Token) -> Actor | None:
        """The actor a subject names (as first read), or a person its apposition names ("The
        BBC's correspondent, Daniel Sandford, said ... . But he said": Sandford), or that it
        describes; None for a topic."""
        ent = self.names.entity_at(subj)
        if ent is None:  # a person in apposition is who the noun is
            apposed = (self.names.entity_at(c) for c in subj.children if c.dep_ == "appos")
            ent = next((e for e in apposed if e is not None and is_person(e)), None)
        if ent is not None:
            return next((a for i, a in self.positions if i == ent.root.i), None)
        found = self._description(subj, phrase(subj).text)
        return found.actor if found.is_actor else None

    def _name(self, tok: Token, arg: Arg) -> list[Resolution]:
        ent = self.names.entity_at(tok) or descriptions.named_body(tok, self.names)
        actor = self._named(ent)
        if actor is not None:
            people = descriptions.people(tok, actor, self.names)
            if people is not None:
                return [Resolution(people, True, "people", 0.9)]
            sure = 0.5 if ent is not None and self.names.is_ambiguous(ent) else 1.0
            return [Resolution(actor, actor.type != "Topic", "name", sure)]
        if arg.appos is None:
            return []
        actor = self._named(self.names.entity_at(self.doc[arg.appos]))
        if actor is None:
            return []
        return [Resolution(actor, actor.type != "Topic", "apposition")]

    def _alias(self, arg: Arg) -> list[Resolution]:
        hit = self.gazetteer.lookup(arg.text)
        return [Resolution(to_actor(hit[0], sector=hit[1]), True, "alias")] if hit else []

    def _named_elsewhere(self, tok: Token, arg: Arg) -> list[Resolution]:
        """An organisation's name the parser tags elsewhere in the article but not here
        ("Veritas was formed by ...", "Gazprom had been expected to win"): that actor."""
        if tok.ent_type_ or tok.pos_ != "PROPN":
            return []
        ent = self.names.by_name.get(norm(arg.text))
        actor = self._named(ent) if ent is not None else None
        if actor is None or actor.type == "Topic":
            return []
        return [Resolution(actor, True, "name", 0.8)]

    def _quantity(self, tok: Token, arg: Arg, speaker: Actor | None) -> list[Resolution]:
        """ "thousands of Iraqi Kurds": the actor of the "of" phrase, if it is one; "millions
        of us", "many of us" (``plural_speaker_pronouns``): a part of the people a speaker
        talks of, neither the speaker nor the body they speak for, a topic (not sure). A
        share of an organisation ("44% of the Japanese carmaker", "a third of US giant
        Seagram": ``stake_nouns``) is a stake in it, no actor: none; a share of its people
        ("a third of US Airways' baggage handling staff") stays theirs."""
        inner = descriptions.quantified(tok)
        if inner is None:
            return []
        if inner.lower_ in vocabulary().plural_speaker_pronouns:
            return [Resolution(topic(arg.text), False, "pronoun", 0.4)]
        found = self.resolve_all(Arg(arg.text, arg.start, arg.end, inner.i), speaker=speaker)
        firm = found and found[0].actor.type == "Organization"
        if firm and found[0].via not in MEMBERS_VIA and _a_stake(tok):
            return []  # "8% of search-engine Google": a holding, not the firm
        return found if found and (found[0].is_actor or found[0].actor.country) else []

    def _governing_state(self) -> str | None:
        """The one state whose government members the article names (kept; see
        :func:`kg.extract.governments.governing_state`)."""
        key = ("governing",)
        if key not in self.memo:
            self.memo[key] = governments.governing_state(
                self.positions, codes=self.codes, when=self.when
            )
        return self.memo[key]

    def _issuer(self, tok: Token) -> Actor | None:
        """The actor a document subject speaks for, as its phrase names the issuer ("the
        council's ruling said": the council; :func:`kg.extract.issuers.issuer`), if any."""
        by = issuers.issuer(tok)
        found = self.resolve(phrase(by)) if by is not None else None
        return found.actor if found is not None and found.is_actor else None

    def _firm(self, actor: Actor) -> bool:
        """Whether an organisation is a firm by its code (a firm's or a state's: GBRBUS,
        MNCUSA, RUSGOVBUS; not a ministry or a union); none without the dictionaries."""
        code = code_of(actor, self.when, self.codes) if self.codes is not None else None
        return actor.type == "Organization" and business(code, public_too=True)

    def _description(self, tok: Token, text: str) -> Resolution:
        """A description, collective or group the head noun makes; else a topic."""
        paper = media.paper_before(tok, self.names, self.positions)  # "The paper added"
        if paper is not None:
            return Resolution(paper, True, "description", 0.6)
        # a press word with no paper before it names no organisation (:meth:`_organisation`
        # would scan back for the paper again to say so)
        named = None if media.is_press(tok) else self._organisation(tok)
        if named is not None:
            return named
        firm = descriptions.national_firm(tok, self.names, self.positions, is_firm=self._firm)
        if firm is not None:  # "the Lebanese company": the Lebanese firm named before
            return Resolution(firm, True, "description", 0.5)
        spoken = descriptions.spokesperson(tok, self.names, self.roles) or self._issuer(tok)
        if spoken is not None:
            return Resolution(spoken, True, "spokesperson", 0.8)
        spoken_for = self._spoken_for(tok)  # "Downing Street defended ..., a spokesperson said"
        if spoken_for is not None:
            return spoken_for
        leader = offices.definite_leader(tok, self.names, self.positions) or offices.titled(
            tok, self.names, self.positions
        )
        if leader is not None:
            return Resolution(leader, True, "description", 0.8)
        holder = offices.office_holder(tok, self.names, self.positions)
        if holder is not None:
            return Resolution(holder, True, "office", 0.8)
        lead = leads.named_after(tok, self.names, self.positions)  # "A former minister ..."
        if lead is not None:
            return Resolution(lead, True, "description", 0.5)
        journalist = media.own_journalist(tok, self.positions)  # "our correspondent says"
        if journalist is not None:
            return Resolution(journalist, True, "description", 0.6)
        member = descriptions.member_before(tok, self.positions) or descriptions.person_before(
            tok, self.positions
        )  # "X quit UKIP. The MEP said", "X quit ... . The businessman said"
        if member is not None:
            return Resolution(member, True, "description", 0.6)
        spoke = self._described_speaker(tok)  # '"...," said the Ealing North MP'
        if spoke is not None:
            return spoke
        titled = descriptions.honorific_before(tok, self.positions)  # "Prince Harry ... the prince"
        if titled is not None:
            return Resolution(titled, True, "description", 0.6)
        own = possessed.possessor(tok)  # "his party": the party of the person "his" is
        person = self._pronoun(own, None) if own is not None else []
        party = party_of(person[0].actor, self.names, self.entity) if person else None
        if party is not None:
            return Resolution(party, True, "description", 0.6)
        programme = media.medium(tok, self.names)  # "BBC Radio 4's Today programme"
        if programme is not None:
            return Resolution(programme, True, "description", 0.8)
        collective = descriptions.collective(tok, self.names, self._governing_state)
        if collective is not None:
            return Resolution(collective, True, "collective", 0.9)
        group = descriptions.group(tok, text, self.names)
        if group is not None:
            return Resolution(group, group.type == "Group", "group", 0.9)
        return Resolution(topic(text), False, "topic")


def _fields(arg: Arg) -> tuple:
    """An argument's fields, for a memo key: equal for equal arguments, as the Arg is, and
    hashed and compared in C (the Arg's own ``__hash__`` and ``__eq__``, written in Python by
    its dataclass, cost more than the rest of the memo's look-up)."""
    return (arg.text, arg.start, arg.end, arg.root, arg.appos)


def _a_stake(tok: Token) -> bool:
    """Whether a quantity is a share of what its "of" phrase names ("44%", "a third", "the
    other two-thirds": ``stake_nouns``), not a count of its members ("thousands of")."""
    stakes = vocabulary().stake_nouns
    return tok.lemma_.lower() in stakes or tok.lower_ in stakes
