"""What one article tells the corpus about people's names (issue 18, names across articles).

An article's resolver (:mod:`kg.extract.names`) gives "Mr Howard" the full name the article
itself writes ("Michael Howard"), else the gazetteer's or the Phoenix dictionaries' one person
of that surname; when none of them knows it, the mention stays a node of its own
(``person/howard``). Other articles may name that person in full, so each article's result
says, for the main process that sees them all (:mod:`kg.run.names`):

- :func:`full_names`: the people it names in full, with the gender of their first name and
  the country and role they had there, which an index of the corpus keeps by surname;
- :func:`bare_surnames`: the person nodes that rest on a surname alone: the name is one word,
  the article names nobody of that surname in full whose first name fits the honorific
  ("Mrs Blair" in an article naming only Tony Blair rests on the surname alone; "Brown" with
  Gordon and Nick Brown is ambiguous here already, and stays so), the gazetteer knows nobody
  by it who fits the honorific ("Mrs Blair" is not its Tony Blair), no alias file keeps the
  name apart, and an honorific or a title says it is a person's name ("Mr Howard", "Lord
  Goldsmith", "shadow attorney general Grieve"; not "Price" of "Oxfam's Paying the Price
  report", which spaCy reads as a person: it would become Plaid Cymru's Adam Price).

Both are plain records, small enough to travel back from a worker process with the article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.fullnames import honorific, is_person, name_of, people_index, with_honorific_names
from kg.extract.genders import fits, gender_of, of_gender
from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer
from kg.ids import slug
from kg.model import Actor, ArticleResult

__all__ = ["FullName", "Surname", "bare_surnames", "full_names", "surname_of"]


@dataclass(frozen=True, slots=True)
class FullName:
    """A person an article names in full, as its result has them."""

    actor: Actor  # the person's node (``person/michael-howard``, or a gazetteer key)
    surname: str  # the last word of the label
    gender: str | None  # of the first name (``kg.extract.genders``), None if unknown
    nation: Actor | None = None  # the node of the person's country, if any


@dataclass(frozen=True, slots=True)
class Surname:
    """A person node of one article that rests on a surname alone (``person/howard``)."""

    actor: Actor  # the node as the article made it (its country and role from the article)
    gender: str | None  # its honorifics' ("Mr": male), None without one of a gender


def surname_of(label: str) -> str | None:
    """The surname of a full name (its last word: "Howard" of "Michael Howard"), None for a
    name of one word."""
    parts = label.split()
    return parts[-1] if len(parts) > 1 else None


def full_names(result: ArticleResult) -> tuple[FullName, ...]:
    """The people of an article's result named with a first name and a surname, in the order
    its actors were met."""
    found = []
    for actor in result.actors.values():
        surname = surname_of(actor.label) if actor.type == "Person" else None
        if surname is not None:
            nation = result.actors.get(f"country/{actor.country}") if actor.country else None
            found.append(FullName(actor, surname, gender_of(actor.label), nation))
    return tuple(found)


def _is_bare(actor: Actor) -> bool:
    """Whether a node is what a one-word person name the article left alone becomes."""
    return (
        actor.type == "Person"
        and " " not in actor.label
        and actor.id == f"person/{slug(actor.label)}"
    )


def bare_surnames(doc: Doc, result: ArticleResult, gazetteer: Gazetteer) -> tuple[Surname, ...]:
    """The person nodes of an article that rest on a surname alone (see the module's text),
    each with the gender its honorifics give; a node both "Mr" and "Mrs" name has none it
    can be resolved by, and is left out, and so is one that no mention gives an honorific
    and no title a role ("Paying the Price", a report spaCy read as a person)."""
    nodes = {key: actor for key, actor in result.actors.items() if _is_bare(actor)}
    if not nodes:  # most articles: no need to look at the names again
        return ()
    ents = with_honorific_names(doc)
    people = people_index(ents, gazetteer)
    genders: dict[str, set[str | None]] = {}
    titled = {key for key, actor in nodes.items() if actor.role}
    for ent in ents:
        name = name_of(ent) if is_person(ent) else ""
        key = f"person/{slug(name)}" if name and " " not in name else ""
        if key not in nodes or name in gazetteer.apart:
            continue
        before = honorific(ent)
        gender = vocabulary().honorific_genders.get(before or "")
        hit = gazetteer.lookup(name)
        if hit is not None and fits(hit[0].label, gender):  # "Blair": the gazetteer's
            continue
        if of_gender(people.get(name, ()), gender):  # the article names them (or several)
            genders.setdefault(key, set()).add("ambiguous")
            continue
        genders.setdefault(key, set()).add(gender)
        if before is not None:
            titled.add(key)
    ones = {key: _one(found) for key, found in genders.items() if key in titled}
    return tuple(Surname(nodes[key], one) for key, one in ones.items() if one != "-")


def _one(genders: Iterable[str | None]) -> str | None:
    """The one gender a node's mentions give (None: none), or ``-`` when they disagree or
    one of them the article resolves otherwise."""
    given = set(genders) - {None}
    if "ambiguous" in given or len(given) > 1:
        return "-"
    return next(iter(given), None)
