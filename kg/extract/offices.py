"""Mentions of a person by an office ("the prime minister", "the foreign secretary", "the
Russian leader"): the person the article gave that title, the leader of the country the phrase
names, or whoever held the office on the article's date.

``positions`` is the article's list of (token index, actor) of every actor named, in order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.actorcodes import Agent, codes_at
from kg.extract.codes import coded_actor
from kg.extract.names import Names
from kg.extract.parse import Parse, parse_of
from kg.extract.titles import office_title
from kg.extract.words import vocabulary
from kg.gazetteer import to_actor
from kg.model import Actor

Positions = list[tuple[int, Actor]]


def definite_leader(tok: Token, names: Names, positions: Positions) -> Actor | None:
    """ "the Russian leader", "the Chinese president": the person of that country and role
    the article named last; "the Tory leader", of an organisation, not of a state: who led
    it on the article's date (kg's table of office holders, ``offices.tsv``), else None."""
    if not _definite_leader_noun(tok):
        return None
    owner = names.owner(tok)
    if owner is not None and owner.type == "Organization":  # "the Tory leader": no state's
        return _tabled(tok, names, owner.key)
    if owner is None or owner.country is None:
        return None
    people = (a for i, a in reversed(positions) if i < tok.i and a.type == "Person")
    return next((a for a in people if a.country == owner.country), None)


def titled(tok: Token, names: Names, positions: Positions) -> Actor | None:
    """ "the chancellor" after "Chancellor Gordon Brown", "the culture secretary" after
    "Culture Secretary Tessa Jowell": the person the article last gave that title (of the
    country the phrase names, if it names one) before the mention; not the name the noun is
    in apposition with ("Mark Serwotka, the leader of ...": a statement of its own)."""
    if not is_definite(tok) or _past(tok):
        return None
    role = office_title(" ".join([*_role_words(tok), tok.lower_]))
    owner = names.owner(tok)
    at, p = None, parse_of(tok.doc)
    found = None
    for span, root in zip(names.spans, names.roots, strict=True):  # no Span attribute read
        if span[0] >= tok.i:
            break
        said = names.described.get(span)
        if said is None or said.role is None or office_title(said.role) != role:
            continue  # most names: another title or none (asked first: the cheaper test)
        if tok.i == p.head[root] or tok.i in (c for c in p.children[root] if p.dep[c] == "appos"):
            continue
        at = dict(positions) if at is None else at
        actor = at.get(root)
        if actor is not None and (owner is None or actor.country == owner.country):
            found = actor
    return found


def office_holder(tok: Token, names: Names, positions: Positions | None = None) -> Actor | None:
    """ "the prime minister", "the Russian president", "the foreign secretary", "the
    left-wing president": whoever held that office of the country the phrase names (else of
    the article's main country) on the article's date, when the dictionaries know exactly one
    so titled; else, for an office that heads nothing, the one person named before the
    mention (``positions``) who held its code that day ("Jack Straw said ... . The foreign
    secretary told MPs": GBRGOV, and no other such person named); else None. kg's own table
    of office holders (``offices.tsv``) is asked first: the dictionaries give most ministers
    no title. Not a former holder ("the former president": ``past_title_words``)."""
    if names.codes is None or names.when is None or not is_definite(tok):
        return None
    owner = names.owner(tok)
    country = owner.country if owner is not None else names.country
    of = owner.key if owner is not None and owner.type == "Organization" else country
    tabled = _tabled(tok, names, of) if of is not None else None
    if tabled is not None:  # "the home secretary": Charles Clarke in 2005
        return tabled
    agent = _office(tok, names)
    if agent is None:
        return None
    held = names.codes.who_held(agent.name, country, names.when) if country else []
    if len(held) != 1 or agent.name not in held[0].actor.titles:
        if (
            owner is None
            and positions is not None
            and (named := _named_holder(tok, names, positions, agent.name))
        ):
            return named
        if agent.head or agent.before or positions is None or not is_office_noun(tok):
            return None
        return _sole_holder(tok, names, positions, (country or "") + agent.code)
    person = held[0].actor
    entry = names.gazetteer.entries.get(person.key)
    if entry is not None:
        return to_actor(entry, role=agent.name)
    return Actor(person.key, person.label, person.type, person.country, agent.name)


def _tabled(tok: Token, names: Names, of: str) -> Actor | None:
    """The person kg's table of office holders has hold the office ``tok`` names with its
    title words ("home secretary", "leader") of ``of`` (a country's code or an organisation's
    key) on the article's date; None if it knows nobody, or for a former one's."""
    if names.codes is None or _past(tok):
        return None
    lemma, held, office = office_title(tok.lemma_.lower()), None, ""
    for words in _role_readings(tok):
        office = " ".join([*words, lemma])
        held = names.codes.offices.holder(office, of, names.when)
        if held is not None:
            break
    if held is None:
        return None
    entry = names.gazetteer.entries.get(held.holder)
    if entry is not None:
        return to_actor(entry, role=office)
    label = names.codes.actor(held.holder).label if held.holder in names.codes.rows else held.label
    return Actor(held.holder, label, "Person", held.country, office)


def _office(tok: Token, names: Names) -> Agent | None:
    """The office a role noun names with the title words before it, the longest ending that
    is a Phoenix role noun ("foreign secretary"; "president" of "the left-wing president");
    None for a former one's ("the former president") or a noun that is none."""
    if names.codes is None or _past(tok):
        return None
    words = office_title(" ".join([*_role_words(tok), tok.lemma_.lower()])).split()
    found = (names.codes.agent(" ".join(words[n:])) for n in range(len(words)))
    return next(filter(None, found), None)


def _named_holder(tok: Token, names: Names, positions: Positions, office: str) -> Actor | None:
    """The one person named before ``tok`` who held ``office`` of their own country on the
    article's date ("the prime minister" in a story about the US that named Tony Blair and
    George Bush is Blair); None if none or several did ("the prime minister" after Blair and
    Ariel Sharon). The dictionaries' titles carry no dates, so a person they give another
    head's title too (Putin: president and prime minister) cannot be told to hold this one."""
    codes = names.codes

    def held_it(actor: Actor) -> bool:
        if actor.type != "Person" or actor.country is None:
            return False
        for held in codes.who_held(office, actor.country, names.when):
            titles = held.actor.titles
            heads = [t for t in titles if (agent := codes.agent(t)) is not None and agent.head]
            if held.actor.key == actor.id and office in titles and heads in ([], [office]):
                return True
        return False

    return _one_named_before(tok, positions, held_it)


def _sole_holder(tok: Token, names: Names, positions: Positions, code: str) -> Actor | None:
    """The one person named before ``tok`` whom the dictionaries give ``code`` (or a
    narrower one; with no country, a code of that sector of any) on the article's date, not
    as a leader; None if none or several."""

    def holds_it(actor: Actor) -> bool:
        coded = coded_actor(actor, names.codes) if actor.type == "Person" else None
        if coded is None or any(s.covers(names.when) for s in coded.leader):
            return False
        return any(_holds(c, code) for c in codes_at(coded, names.when))

    return _one_named_before(tok, positions, holds_it)


def _one_named_before(
    tok: Token, positions: Positions, fits: Callable[[Actor], bool]
) -> Actor | None:
    """The one actor named before ``tok`` that ``fits``; None if none or several."""
    found: dict[str, Actor] = {}
    for i, actor in positions:
        if i >= tok.i:
            break
        if actor.id not in found and fits(actor):
            found[actor.id] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def _holds(held: str, code: str) -> bool:
    """Whether the code ``held`` is ``code`` or narrower; ``code`` may be a sector alone
    (``GOV``: a state's government, any state)."""
    if len(code) == 3:
        return held[3:6] == code and held[:3] not in {"IGO", "NGO", "MNC"}
    return held.startswith(code)


def _role_readings(tok: Token) -> list[list[str]]:
    """The title words before a role noun as :func:`_role_words` reads them, then, if they
    differ, with the compounds the parser took for names ("the Home Secretary", "the Culture
    Secretary": Home ORG, Culture NORP, capitalised as many papers write an office), which
    only an office kg's table knows by its full title takes."""
    plain, named = _role_words(tok), _role_words(tok, named=True)
    return [plain, named] if named != plain else [plain]


def _role_words(tok: Token, *, named: bool = False) -> list[str]:
    """The words of a role noun's title before it: compounds ("culture" of "the culture
    secretary") and adjectives that are title words ("foreign" of "the foreign secretary"),
    not other adjectives ("the left-wing president" is a president); not words of a name
    ("the Russian president", "the US envoy"), unless ``named`` (then compounds of one are)."""
    p = parse_of(tok.doc)
    titles = vocabulary().titles
    lefts = (
        c
        for c in p.children[tok.i]
        if c < tok.i and (not p.ent_type[c] or (named and p.dep[c] == "compound"))
    )
    return [
        p.lower[c]
        for c in lefts
        if p.dep[c] == "compound" or (p.dep[c] == "amod" and p.lower[c] in titles)
    ]


def _past(tok: Token) -> bool:
    """Whether a word before a role noun makes it a past or future office ("the former
    president"; ``past_title_words``)."""
    past, p, i = vocabulary().past_title_words, parse_of(tok.doc), tok.i
    return any(p.lower[c] in past for c in p.children[i] if c < i)


def is_office_noun(tok: Token) -> bool:
    """A noun of one person's office ("the minister", "the leader"), not an institution."""
    words, lemma = vocabulary(), tok.lemma_.lower()  # read once: asked of most heads resolved
    return lemma in words.titles or lemma in words.leader_nouns


def is_definite(tok: Token) -> bool:
    """A singular noun with "the" ("the prime minister", "the Chancellor")."""
    p = parse_of(tok.doc)
    return p.tag[tok.i] in {"NN", "NNP"} and _with_the(p, tok.i)


def _with_the(p: Parse, i: int) -> bool:
    """Whether token ``i`` has "the" as a determiner."""
    return "the" in [p.lower[c] for c in p.children[i] if p.dep[c] == "det"]  # no generator


def _definite_leader_noun(tok: Token) -> bool:
    """A singular leader noun with "the" ("the president")."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in vocabulary().leader_nouns:
        return False
    return _with_the(parse_of(tok.doc), tok.i)
