"""People no word places ("ministers", "MPs", "traders", "About 500 officials", "civil
servants who arrived late"), and a state's body no word places ("a court", "the court"), in
an article about one country: that country's, with the sector their role noun gives (a topic
with a country and sector: GBRGOV, GBRLEG, LBNBUS, UKRJUD); people of a role noun no country's
story places ("economists", "ministers" in a story of several countries): their sector alone
(a topic with a sector and no country: EDU, GOV, as CAMEO codes an agent of no country)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.actorcodes import Agent
from kg.extract.names import Names
from kg.extract.parse import parse_of
from kg.extract.pronouns import PLURALS
from kg.extract.titles import office_title
from kg.extract.words import vocabulary
from kg.gazetteer import topic
from kg.model import Actor


def unplaced(tok: Token, text: str, names: Names) -> Actor | None:
    """ "ministers", "MPs", "traders", "people" that no word places, in an article about one
    country: that country's (a topic with its country and sector: GBRGOV, GBRLEG, LBNBUS),
    as a named actor the article does not place takes its main country; only a state's own
    bodies (``state_codes``) and people who live and work where the story is
    (``local_codes``), and the people and bodies of its public services whose sector is no
    local one (``local_role_nouns``: "teachers", "pupils", "schools", EDU), not "analysts" nor
    "economists"; a plural by its tag or its form ("MPs", which the
    tagger may take for a singular proper noun); not one a phrase places where no country is
    found ("the governments of the rich countries")."""
    agent = _agent(tok, names) if names.codes is not None else None
    words = vocabulary()
    if agent is None or agent.before:
        return None
    plural = tok.tag_ in PLURALS or (tok.lower_ != agent.name and tok.lower_.endswith("s"))
    placed = any(c.dep_ == "prep" for c in tok.children)  # "of the rich countries": not here
    if placed:
        return None
    local = agent.code[:3].lower() in (words.state_codes | words.local_codes)
    # "teachers", "pupils", "schools": a country's public service (EDU), not "foreign students"
    local = local or (agent.name in words.local_role_nouns and not _abroad(tok))
    if not (names.country and local):
        # "economists" (EDU), or "ministers" in a story of several countries: their sector,
        # of no country (the code alone: EDU, GOV)
        return replace(topic(text), sector=agent.name) if plural else None
    if not (plural or _state_body(tok, agent) or _public(tok) or _one_unnamed(tok)):
        return None
    return replace(topic(text), country=names.country, sector=agent.name)


def _state_body(tok: Token, agent: Agent) -> bool:
    """A singular noun of one of a state's own bodies with an article ("a court", "the
    court", "a lower court": the courts of the country the story is about, JUD), as its
    plural is; not a person's role ("a minister" may be anyone's)."""
    body = agent.code[:3].lower() in vocabulary().state_codes and tok.lemma_.lower() == agent.name
    return (
        body
        and tok.lemma_.lower() in vocabulary().state_body_nouns
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children)
    )


def _one_unnamed(tok: Token) -> bool:
    """A singular role noun one of its kind with no name ("a pensioner", "no other
    minister", "each department", "one trader": ``unnamed_determiners`` before it), as a
    plural of it is; not "the minister", who may be someone the story names, nor "a
    public" (``collective_nouns`` take "the" only)."""
    words, p, i = vocabulary(), parse_of(tok.doc), tok.i  # the snapshot: asked of most heads
    if p.tag[i] in PLURALS or p.lemma[i].lower() in words.collective_nouns:
        return False
    determiners = words.unnamed_determiners
    return any(
        p.dep[c] in UNNAMED_DEPS and p.lower[c] in determiners for c in p.children[i] if c < i
    )


#: Dependencies of an ``unnamed_determiners`` word on its noun ("a pensioner", "one trader").
UNNAMED_DEPS = frozenset({"det", "nummod"})


def _public(tok: Token) -> bool:
    """ "the public": a singular noun of a country's people (``collective_nouns``) with "the"."""
    return tok.lemma_.lower() in vocabulary().collective_nouns and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


def _abroad(tok: Token) -> bool:
    """Whether a word before a plural places it abroad (``abroad_modifiers``: "foreign
    shoppers", "Western firms")."""
    words = vocabulary().abroad_modifiers
    return any(c.lower_ in words for c in tok.children if c.i < tok.i)


def _agent(tok: Token, names: Names) -> Agent | None:
    """The Phoenix role noun a plural is, with the modifier before it ("civil servants") or alone
    ("MPs"); else, with no compound, the agent of a state's sector kg's ``sector_nouns`` give
    the noun ("officials": government, which the Phoenix agents lack); else, compound or not,
    that of a private sector of people who work where the story is ("tobacco firms": business,
    ``local_codes``); the agent ``collective_nouns`` give "the public", and ``civilian_nouns``
    a plural of people in general the agents lack ("parents", "shoppers": civilian), and
    ``state_plural_nouns`` a plural of a state's bodies with no compound ("departments":
    government), or one unnamed ("each department"); and a people or body noun
    (``body_nouns``) compounded with the word of a state's or a local sector's body
    (:func:`_body_agent`: "government departments", "council leaders", "Cabinet allies",
    "business groups")."""
    words = vocabulary()
    public = words.collective_nouns.get(tok.lemma_.lower())
    if public is not None:
        return names.codes.agent(public)
    p, i = parse_of(tok.doc), tok.i  # the snapshot: asked of most plural heads resolved
    compound = any(p.dep[c] == "compound" and p.pos[c] == "NOUN" for c in p.children[i] if c < i)
    # "civil" of "civil servants"
    two = i > 0 and p.head[i - 1] == i and p.dep[i - 1] in {"compound", "amod"}
    found = names.codes.agent(f"{p.lower[i - 1]} {p.lower[i]}") if two else None
    found = found or names.codes.agent(tok.text)
    if found is None and (tok.tag_ in PLURALS or tok.lower_.endswith("s")):
        found = names.codes.agent(office_title(_singular(tok)))  # "MSPs": members of parliament
    civilian = tok.tag_ in PLURALS or _one_unnamed(tok)  # "parents", "a pensioner"
    if found is None and civilian and p.lemma[i].lower() in words.civilian_nouns:
        if _abroad(tok):
            return None  # "foreign shoppers": not the story's country's
        return names.codes.agent(words.civilian_nouns[p.lemma[i].lower()])  # "parents": CVL
    state = words.state_plural_nouns.get(p.lemma[i].lower())
    plural = tok.tag_ in PLURALS or _one_unnamed(tok)  # "departments", "each department"
    if found is None and state is not None and not compound and plural:
        return names.codes.agent(state)  # the state's (GOV)
    sector = words.sector_nouns.get(p.lemma[i].lower())
    if found is None and not compound and sector in words.state_sectors:
        return names.codes.agent(sector)
    if found is None and sector is not None and sector not in words.state_sectors:
        if _abroad(tok):
            return None  # "foreign firms", "Western firms": not the story's country's
        private = names.codes.agent(sector)  # "tobacco firms", "the firms": business
        local = private is not None and private.code.lower() in words.local_codes
        return private if local else None
    if found is None and two and p.dep[i - 1] == "compound" and p.pos[i - 1] == "NOUN":
        state = _body_agent(p.lower[i - 1], names)  # "government departments": the state's
        kinds = words.state_codes | words.local_codes  # "council leaders", "business groups"
        body = state is not None and not state.before and state.code.lower() in kinds
        foreign = any(c.ent_type_ in {"NORP", "GPE"} for c in tok.children)  # "African ..."
        return state if body and not foreign and p.lemma[i].lower() in words.body_nouns else None
    return found


def _body_agent(word: str, names: Names) -> Agent | None:
    """The agent of a body's word compounded on a people or body noun: a Phoenix agent's
    ("cabinet", "business", "police"), else that of the sector kg's lists give it
    (``state_plural_nouns``: "council", government; ``sector_nouns``: "union", trade union)."""
    words = vocabulary()
    sector = words.state_plural_nouns.get(word) or words.sector_nouns.get(word)
    return names.codes.agent(word) or (names.codes.agent(sector) if sector else None)


def _singular(tok: Token) -> str:
    """A plural's singular, lower case: its lemma, else its form less a final "s" ("MSPs",
    which the tagger may leave as its own lemma)."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma == tok.lower_ and lemma.endswith("s") else lemma
