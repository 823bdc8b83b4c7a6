"""The organisation a person's title names, whose country and sector the person takes.

"Russian oil firm Yukos ... Yukos chief executive Steven Theede": the gazetteer knows neither
Yukos nor Theede, so Theede took the article's main country (the United States, in a story
about a US court), where event-data coding gives an organisation's officers and staff the
organisation's country and sector (a firm's executive is business: RUSBUS). The organisation
must be one whose country the article or the dictionaries give ("Russian oil firm Yukos"; a
company the Phoenix dictionaries code), not one that took the main country itself. The
gazetteer's organisations ("UKIP chairman") are the titles' owners already
(:meth:`kg.extract.names.Names.description`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.actorcodes import codes_at
from kg.extract.codes import EMPLOYER_BODY, business, code_of, placeless
from kg.extract.fullnames import name_of
from kg.extract.orgnames import coded_org, supranational
from kg.extract.titles import Description, appos_noun, company_role, title_words
from kg.extract.words import vocabulary
from kg.model import Actor

if TYPE_CHECKING:
    from kg.extract.names import Names


def employer(
    names: Names, ent: Span, roles: Mapping[str, Description]
) -> tuple[str | None, str | None] | None:
    """(country, body) of the organisation named in the title before a person's name, in the
    noun it is in apposition with ("Yukos chief executive Steven Theede", "Yukos chief
    financial officer Bruce Misamore": RUS, company) or after that noun's preposition ("Ian
    McCafferty, chief economist at the CBI"), when the article's own description of it
    ("Russian oil firm Yukos") or the dictionaries give its country, or its code says it is
    a business: the body is "company" for a firm, the label of one the dictionaries code
    ("Barclays Plc", MNCGBR, whose code its people take: :func:`kg.extract.codes.code_of`),
    else None; a unit the dictionaries do not know, whose name a multinational's heads, is
    that multinational ("an economist at UBS Brunswick": :func:`parent_firm`). None when the
    title names no such body."""
    for org in named_bodies(names, ent, bare=True):
        said = roles.get(name_of(org))
        if said is not None and said.country and (org.label_ == "ORG" or company_role(said.role)):
            firm = company_role(said.role)  # "Russian oil firm"
            return said.country, EMPLOYER_BODY if firm else None
        actor = names.entity(org, roles) if _body_named(names, org) else None
        if actor is None or actor.type != "Organization":
            continue
        coded = names.codes is not None and actor.id in names.codes.rows
        if coded and (actor.country or _international(names, actor)):  # a Phoenix company
            return actor.country, actor.label
        if not (coded or actor.country) and supranational(names.gazetteer, actor.label):
            return None, None  # "The ERAA's Mr Clarke": of no one state, as his body is
        parent = None if coded or said is not None else parent_firm(names, actor.label)
        if parent is not None:  # "an economist at UBS Brunswick": UBS's, MNCCHE
            return parent.country, parent.label
        code = code_of(actor, names.when, names.codes) if names.codes is not None else None
        if business(code) and not coded:  # "chief economist at the CBI"; not a central bank
            return actor.country, EMPLOYER_BODY
        if not coded and code == actor.country and _market_role(names, ent):
            return actor.country, EMPLOYER_BODY  # "an analyst at Troika Dialog": a firm's
    return None


def parent_firm(names: Names, label: str) -> Actor | None:
    """The multinational whose name the words a body's name starts with are, where the
    dictionaries know the body by no name of its own ("UBS Brunswick", "UBS Securities":
    UBS, MNCCHE), the longest such start; a unit of a firm is the firm's. None for a name
    whose start no multinational's is, or a multinational of no country."""
    words = label.split()
    for end in range(len(words) - 1, 0, -1):
        found = coded_org(names.codes, names.gazetteer, " ".join(words[:end]), when=names.when)
        if found is not None and found.country and _coded_as(names, found.id, "MNC"):
            return found
    return None


def _market_role(names: Names, ent: Span) -> bool:
    """Whether a person's role ends in a noun of one who reads markets for whom they work
    (``market_nouns``: "analyst", "chief economist"): the body the role names, when nothing
    gives it a sector (its code is its country alone), is a firm ("Kaha Kiknavelidze, analyst
    at Troika Dialog"); a university or a ministry keeps its own sector."""
    role = names.description(ent).role
    return bool(role) and role.split()[-1] in vocabulary().market_nouns


def story_firm(names: Names) -> Actor | None:
    """The firm a business story is about, which a company officer its title leaves unplaced
    works for ("Shares in Cairn Energy, a UK oil firm ... Chief executive Bill Gammell said":
    GBR, company; :func:`firm_body`): the organisation the article names more often than any
    other (the parser's ORG entities, with the article's own description of each: "a UK oil
    firm"), when it is a firm with a country. None when no organisation is named most, or the
    one named most is no firm (Manchester United, in a story that names Brunswick Corporation
    once) or has no country."""
    counts: Counter[str] = Counter()
    firms: dict[str, Actor] = {}
    bodies = [ent for ent in names.ents if ent.label_ == "ORG"]
    said = dict(d for d in map(names.role_of, bodies) if d is not None)
    for ent in bodies:
        actor = names.entity(ent, said)
        if actor is not None and actor.type == "Organization":
            counts[actor.id] += 1
            firms.setdefault(actor.id, actor)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    firm = firms[ranked[0][0]]
    code = code_of(firm, names.when, names.codes) if names.codes is not None else None
    return firm if firm.country and business(code) else None


def firm_body(names: Names, firm: Actor) -> str:
    """The body word a firm's people take: the firm's label where the dictionaries code it
    (its people take its code: "Barclays Plc", MNCGBR), else "company" (their sector, BUS)."""
    coded = names.codes is not None and firm.id in names.codes.rows
    return firm.label if coded else EMPLOYER_BODY


def multinational(names: Names, key: str) -> bool:
    """Whether the dictionaries code the gazetteer organisation ``key`` as a multinational on
    the article's date (a gazetteer row under Phoenix's own id: Shell, MNCNLD; eBay, MNCUSA),
    so that the people a title gives it take its code, not country + BUS."""
    return _coded_as(names, key, "MNC")


def _coded_as(names: Names, key: str, prefix: str, *, or_placeless: bool = False) -> bool:
    """Whether the dictionaries give the organisation ``key``, on the article's date, a code
    that begins with ``prefix`` (MNC, IGO) or, with ``or_placeless``, a code of its own with
    no country in it (:func:`kg.extract.codes.placeless`); False if they do not hold it."""
    if names.codes is None or key not in names.codes.rows:
        return False
    body = names.codes.actor(key)
    return any(
        c.startswith(prefix) or (or_placeless and placeless(body, c))
        for c in codes_at(body, names.when)
    )


def names_no_body(ent: Span) -> bool:
    """Whether a person's title and apposition name nobody they may work for: no proper
    noun in them ("Chief executive Bill Gammell"; not "Aston's chief executive Ulrich Bez",
    whose "Aston" the parser may not tag a body)."""
    noun = appos_noun(ent.root)
    words = [*title_words(ent), *(noun.subtree if noun is not None else ())]
    return not any(w.pos_ == "PROPN" and not (ent.start <= w.i < ent.end) for w in words)


def _body_named(names: Names, org: Span) -> bool:
    """Whether an entity may name an organisation: the parser's ORG, or a name the gazetteer
    knows as one, whatever the parser tagged it ("Yukos chief executive Steven Theede", with
    "Yukos" a PERSON: the gazetteer's firm, RUS)."""
    if org.label_ == "ORG":
        return True
    hit = names.gazetteer.lookup(name_of(org))
    if hit is not None:
        return hit[0].type == "Organization"
    return _coded_body(names, org)


def _coded_body(names: Names, org: Span) -> bool:
    """Whether the dictionaries know a name only as an organisation, not as a person
    ("Ryanair deputy chief executive Michael Cawley", with "Ryanair" a PERSON: MNCIRL)."""
    found = names.codes.lookup(name_of(org)) if names.codes is not None else ()
    return bool(found) and all(a.type != "Person" for a in found)


def _international(names: Names, actor: Actor) -> bool:
    """Whether the dictionaries code an organisation as an IGO ("European Commission"), or
    the gazetteer gives a body of no country a code of its own (Airbus, EURBUS:
    :func:`kg.extract.codes.placeless`)."""
    return _coded_as(names, actor.id, "IGO", or_placeless=True)


def named_bodies(names: Names, ent: Span, *, bare: bool = False) -> list[Span]:
    """The entities in a name's title or just before it, or after a titled name's preposition
    ("analyst Alex Potter at Lehman Brothers"), or among the words before the noun in
    apposition with it ("Yukos" of "Yukos chief financial officer, Bruce Misamore"); with
    ``bare``, also after an untitled name's own preposition ("said Jason Daw at Merrill
    Lynch", whose code, not whose "we", that names); the parser may tag a firm's name a
    person's ("Yukos" PERSON), which the article's own description of it then tells apart."""
    title = title_words(ent)
    noun = appos_noun(ent.root)
    if title:
        words = [ent.doc[title[0].i - 1], *title] if title[0].i else title
        words += employer_objects(ent.root)  # "analyst Alex Potter at Lehman Brothers"
    elif noun is not None and noun.i < ent.start:
        words = list(noun.lefts)
    elif noun is not None and noun.lemma_.lower() not in vocabulary().outsider_nouns:
        words = employer_objects(noun)  # "Philip Shaw, chief economist at Investec Securities"
    elif bare and noun is None:
        words = employer_objects(ent.root)  # "Jason Daw at Merrill Lynch"
    else:
        return []
    found: dict[int, Span] = {}
    for w in words:
        org = names.entity_at(w)
        if org is not None and (org.end <= ent.start or org.start >= ent.end):
            found.setdefault(org.start, org)
    return list(found.values())


def employer_objects(noun: Token) -> list[Token]:
    """The objects of the prepositions by which a role noun after a name gives whom the
    person works for (``employer_prepositions``: "economist at Barclays", "a spokesman for
    the European Commission"), and of those the objects' own prepositions give ("head of
    research at Investec")."""
    preps = vocabulary().employer_prepositions
    found: list[Token] = []
    heads = [noun]
    for _ in range(2):
        objects = [o for h in heads for p in h.rights if p.dep_ == "prep" and p.lower_ in preps
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        found += objects
        heads = objects
    return found
