"""Organisations an article calls by a noun of their kind: "Contrack International, of
Arlington, Virginia, heads a coalition ... . But the firm denied reports ...": Contrack is a
firm, for every mention of its name (its code is USABUS, not USA), as a title would have said
("US firm Contrack"). Only for a name nothing else describes (no title, apposition, gazetteer
or dictionary row), and only for a noun of a private sector (``sector_nouns``: "the firm",
"the bank", "the airline"; not "the commission", which is the state's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from kg.extract import descriptions
from kg.extract.employers import firm_body
from kg.extract.fullnames import name_of
from kg.extract.names import BODY_ENTS, Names
from kg.extract.orgnames import head_word
from kg.extract.parse import parse_of
from kg.extract.titles import Description
from kg.extract.traded import traded
from kg.extract.words import vocabulary
from kg.model import Actor

#: How sure a resolver is when "the firm" leans on an earlier subject that names the firm.
SURE = 0.6
#: How a resolver reads "the firm": the resolution of the organisation it points back to.
PointsBack = Callable[[Token], object]


def called(doc: Doc, names: Names, points_back: PointsBack) -> dict[str, Description]:
    """Name -> the role a definite noun that points back to the organisation gives it (the
    first such noun of the article), for organisations nothing else describes; only where
    the noun leans on an earlier subject (``SURE``), not on the nearest name before it ("the
    bank" of an Israeli story is not the Massachusetts Institute of Technology). The lemmas
    are read from the parse's snapshot: a Token is made only for a noun of a sector. Not a
    noun that heads the name ("the agency" of the Child Support Agency: its name says it)."""
    words = vocabulary()
    found: dict[str, Description] = {}
    for i, lemma in enumerate(parse_of(doc).lemma):
        sector = words.sector_nouns.get(lemma.lower())
        if sector is None or sector in words.state_sectors:
            continue
        tok = doc[i]
        if not descriptions.organisation_mention(tok, names) or _named_in(tok):
            continue
        resolved = points_back(tok)
        actor = getattr(resolved, "actor", None)
        named = actor is not None and head_word(actor.label) == lemma.lower()
        if getattr(resolved, "confidence", 0.0) >= SURE and _undescribed(actor) and not named:
            found.setdefault(actor.label, Description(role=lemma.lower()))
    roles = (said for said in map(names.role_of, names.ents) if said is not None)
    titled = {name for name, said in roles if not _relation(said.role)}
    return {**traded(doc, names.entity_at, partial(_unknown_body, names, titled)), **found}


def officers(doc: Doc, names: Names, points_back: PointsBack) -> dict[str, Description]:
    """Name -> (country, body) a firm's officer noun that points to a person gives them ("BMW
    is preparing ..., the firm's chief has told BBC News. ... Helmut Panke predicted": DEU,
    company, for every mention of Panke), as a title would have ("BMW chief Helmut Panke"):
    an officer's noun (``firm_officer_nouns``) owned by a definite noun of a private sector
    ("the firm's", "the company's": ``sector_nouns``) that points back to an organisation with
    a country, the officer's noun resolving to a person nothing else describes. The body is
    the firm's label where the dictionaries code the firm (its people take its code). The
    words are read from the parse's snapshot: Tokens are made only for an officer's noun a
    private sector's noun owns."""
    words, p = vocabulary(), parse_of(doc)
    titled = {said[0] for said in map(names.role_of, names.ents) if said is not None}
    found: dict[str, Description] = {}
    for i, lemma in enumerate(p.lemma):
        if p.pos[i] != "NOUN" or lemma.lower() not in words.firm_officer_nouns:
            continue
        at = next((c for c in p.children[i] if p.dep[c] == "poss" and p.pos[c] == "NOUN"), None)
        sector = words.sector_nouns.get(p.lemma[at].lower()) if at is not None else None
        if sector is None or sector in words.state_sectors:
            continue
        tok, owner = doc[i], doc[at]
        firm = getattr(points_back(owner), "actor", None)
        person = getattr(points_back(tok), "actor", None)
        if firm is None or firm.type != "Organization" or not firm.country:
            continue
        if person is None or person.type != "Person" or person.label in titled:
            continue
        body = firm_body(names, firm)
        found.setdefault(person.label, Description(country=firm.country, body=body))
    return found


def _named_in(tok: Token) -> bool:
    """Whether a noun carries a name of its own ("the FNSEA agricultural union"), so that it
    names that body rather than pointing back to one named before."""
    return any(
        c.dep_ in {"compound", "nmod"} and (c.ent_type_ or c.pos_ == "PROPN") for c in tok.children
    )


def _unknown_body(names: Names, titled: set[str], ent: Span) -> bool:
    """An organisation's name (or a place's the parser took it for: "Shares in Solidere",
    Solidere GPE) that neither the gazetteer nor the places know, and that nothing else
    describes (``titled``: the names a title or apposition describes, :meth:`Names.role_of`;
    :func:`_undescribed`); not a person's ("Glazer's shares")."""
    if ent.label_ not in BODY_ENTS:
        return False
    name = name_of(ent)
    if not name or name in titled or names.gazetteer.lookup(name) is not None:
        return False  # a title or apposition of some mention says what it is, or known
    if ent.label_ != "ORG":
        return names.places.lookup(name) is None
    return _undescribed(names.entity(ent, {}))


def _undescribed(actor: Actor | None) -> bool:
    """An organisation kg knows nothing of but its name: no role (or one that says only how
    it stands to another: "its smaller rival Peoplesoft", :func:`_relation`), sector or
    subtype."""
    return (
        actor is not None
        and actor.type == "Organization"
        and not ((actor.role and not _relation(actor.role)) or actor.sector or actor.subtype)
    )


def _relation(role: str | None) -> bool:
    """Whether a title or apposition says only how a name stands to another, not what kind
    of body it is (``relation_nouns``: "its smaller rival", "the bidder")."""
    words = (role or "").split()
    return bool(words) and words[-1] in vocabulary().relation_nouns


def with_roles(positions: list[tuple[int, Actor]], roles: dict[str, Description]) -> list:
    """``positions`` with the organisations ``roles`` names given their role."""
    return [
        (i, replace(a, role=roles[a.label].role) if _undescribed(a) and a.label in roles else a)
        for i, a in positions
    ]
