"""The state whose government a person speaks for ("we" of a minister), by the Phoenix
dictionaries on the article's date, else by the text's title."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.actorcodes import ActorCodes, codes_at
from kg.extract import descriptions
from kg.extract.codes import GOVERNMENT, LEGISLATURE, code_of, coded_actor
from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer, to_actor
from kg.model import Actor


def state_of(
    person: Actor,
    tok: Token,
    positions: list[tuple[int, Actor]],
    *,
    codes: ActorCodes | None,
    gazetteer: Gazetteer,
    when: dt.date | None,
) -> Actor | None:
    """The state whose government a person is in on the article's date, by the Phoenix
    dictionaries (GBRGOV, VENGOVBUS; not a code any title word guessed) or kg's table of
    office holders (``offices.tsv``: the lord chancellor, whom the dictionaries lack), else
    by a title of a cabinet's office the text gives them (:func:`titled_government`), as its
    government: Tony Blair's "we" is the United Kingdom, and so is "the chief government
    spokesman"'s of his. Not when the sentence of the pronoun ``tok`` names an actor of
    another state, with whom "we" may be the speaker ("we will meet in Beijing", said by Putin
    of Xi and himself; "if we put back on the table the British cheque", Chirac of the EU's
    members): None."""
    if codes is None or person.country is None:
        return None
    if not (in_government(person, codes, when) or titled_government(person, codes, gazetteer)):
        return None
    return _home_state(
        person, tok, positions, gazetteer, sector=vocabulary().sector_nouns.get("government")
    )


def legislators_state(
    person: Actor,
    tok: Token,
    positions: list[tuple[int, Actor]],
    *,
    codes: ActorCodes | None,
    gazetteer: Gazetteer,
    when: dt.date | None,
) -> Actor | None:
    """The state of a member of its legislature who is in no government (their code is the
    state's and LEG, by the Phoenix dictionaries or a title: "Labour MP for Hornsey and Wood
    Green", "chairman of the Commons public accounts committee"), which a "we" of theirs is
    when nothing names a body of theirs: a backbencher speaks of the country ("we are the
    second largest net contributor to the Community", "legal migration is something we
    should welcome"), as the state itself, not its government. Not when the sentence of
    ``tok`` names an actor of another state (:func:`state_of`'s guard), nor for a past seat
    ("former MP": ``past_title_words``); None otherwise."""
    if codes is None or person.type != "Person" or person.country is None:
        return None
    if code_of(person, when, codes) != person.country + LEGISLATURE:
        return None
    if any(w in vocabulary().past_title_words for w in (person.role or "").split()):
        return None  # "former MP": no seat now
    return _home_state(person, tok, positions, gazetteer)


def _home_state(
    person: Actor,
    tok: Token,
    positions: list[tuple[int, Actor]],
    gazetteer: Gazetteer,
    *,
    sector: str | None = None,
) -> Actor | None:
    """The state of a person's country, with ``sector`` (its government's, or None: the state
    itself), which their "we" is; None when the gazetteer lacks the country or the sentence of
    ``tok`` names an actor of another state ("we will meet in Beijing", said by Putin)."""
    entry = gazetteer.entries.get(f"country/{person.country}")
    if entry is None or descriptions.foreign_in_sentence(tok, positions, person.country):
        return None
    return to_actor(entry, sector=sector)


def titled_government(person: Actor, codes: ActorCodes, gazetteer: Gazetteer) -> bool:
    """Whether the text titles a person with an office of their state's government, on the
    article's date whatever the dictionaries' spells say (they lag behind, or come later:
    Ahmed Shaheed, "the chief government spokesman" of the Maldives in 2005, is in them as
    its later foreign minister): the role holds a word of a cabinet's offices
    (``cabinet_title_words``: minister, government; not "director general" or "chief
    executive", which Phoenix also codes GOV) and its longest ending that is a Phoenix role
    noun codes GOV, alone or with a ministry's sector ("health minister", GOVHLH; "defence
    minister", GOVMIL: the cabinet word keeps out a sector's office with no minister,
    "central bank governor"). Not a past office ("former minister": ``past_title_words``),
    nor one a first word makes another's ("shadow home secretary": ``prefix_roles``), nor a
    devolved executive's ("Welsh health minister": ``devolved_title_words``; Jack
    McConnell's Scotland is no state), nor the gazetteer's office of a person it holds
    (Tony Blair's "prime minister", his in 2005 and not in 2010: the dictionaries' dated
    spells say that)."""
    entry = gazetteer.entries.get(person.id)
    if person.type != "Person" or not person.role:
        return False
    if entry is not None and person.role == entry.subtype:
        return False  # no title of the text's
    words, found = person.role.split(), vocabulary()
    if any(w in found.past_title_words or w in found.prefix_roles for w in words):
        return False
    if any(w in found.devolved_title_words for w in words):
        return False  # "Welsh health minister": a devolved executive's, not the state's
    if not any(w in found.cabinet_title_words for w in words):
        return False  # "director general", "chief executive": Phoenix's GOV, but not only
    agents = (codes.agent(" ".join(words[n:])) for n in range(len(words)))
    agent = next(filter(None, agents), None)
    return agent is not None and not agent.before and agent.code.startswith(GOVERNMENT)


def in_government(person: Actor, codes: ActorCodes, when: dt.date | None) -> bool:
    """Whether a person is in their state's government on ``when``, by the Phoenix
    dictionaries (GBRGOV, VENGOVBUS; not a code a title word guessed) or kg's table of office
    holders (``offices.tsv``: an office of the state, not of a body of its own, so the
    Electoral Commission's chairman's "we" stays the commission's)."""
    if person.country is None:
        return False
    coded = coded_actor(person, codes)
    held = codes_at(coded, when) if coded is not None else ()
    office = codes.offices.state_code(person.id, when)  # not a public body's chairman's
    held = (*held, office) if office is not None else held
    return any(c.startswith(person.country + GOVERNMENT) for c in held)


def governing_state(
    positions: list[tuple[int, Actor]], *, codes: ActorCodes | None, when: dt.date | None
) -> str | None:
    """The one state whose government members an article names (``positions``), if it names
    some of one state only: "the government" of a story about two states, the British
    detainees the US holds, is the one whose foreign secretary, Jack Straw, speaks in it; None
    when it names members of two governments, or none. Only a state the article names itself
    (a misread name, "the Bill" as an Equatorial Guinean minister, is no reason to read its
    government into a British story)."""
    if codes is None:
        return None
    people = {a.id: a for _, a in positions if a.type == "Person"}
    named = {a.country for _, a in positions if a.type == "Country"}
    states = {a.country for a in people.values()
              if a.country in named and in_government(a, codes, when)}  # fmt: skip
    return next(iter(states)) if len(states) == 1 else None
