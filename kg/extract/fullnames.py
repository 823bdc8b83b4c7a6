"""A person's name as an article writes it: the name without the junk at its edges, and the
full names that short names ("Petrov", "Mr Petrov") stand for in one article."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.words import vocabulary
from kg.gazetteer import Gazetteer, norm

#: The lower-case start glued to a name by a lost space ("ofNew Labour").
GLUED = re.compile(r"^[a-z]+(?=[A-Z])")


def is_person(ent: Span) -> bool:
    """A person's name: spaCy says so, or an honorific comes before it ("Mr Hockney" that
    spaCy took for an organisation)."""
    if ent.label_ == "PERSON":
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in vocabulary().honorifics


def name_of(ent: Span) -> str:
    """The name an entity gives, without the junk spaCy can take in at its edges:
    punctuation, weekdays ("Wednesday Mr Blair"), a person's titles ("Mr Blair" is "Blair"),
    a lower-case word glued on by a lost space ("ofNew Labour")."""
    words = vocabulary()
    toks = list(ent)
    person = ent.label_ == "PERSON"

    def junk(tok: Token, *, lead: bool) -> bool:
        lower = tok.lower_.rstrip(".")
        titled = person and lead and len(toks) > 1 and lower in words.titles
        return tok.is_punct or tok.is_space or lower in words.name_junk or titled

    while toks and junk(toks[0], lead=True):
        toks.pop(0)
    while toks and (junk(toks[-1], lead=False) or toks[-1].tag_ == "POS"):
        toks.pop()
    if not toks:
        return ""
    text = ent.doc[toks[0].i : toks[-1].i + 1].text
    return norm(GLUED.sub("", text))


def people_index(
    ents: tuple[Span, ...], gazetteer: Gazetteer
) -> tuple[dict[str, str], frozenset[str]]:
    """Last and first names of the people the article names in full, with the full name each
    stands for ("Petrov" -> "Ivan Petrov"; a surname before a first name, then the first full
    name), and the short names that stand for two different people ("Brown" of Gordon Brown
    and Nick Brown). A "name" ending in an organisation ("Blair Labour") is none."""
    found: tuple[dict[str, list[tuple[str, str]]], ...] = ({}, {})  # surnames, first names
    for ent in ents:
        parts = name_of(ent).split() if ent.label_ == "PERSON" else []
        if len(parts) < 2 or _not_a_surname(parts[-1], gazetteer):
            continue
        full, person = " ".join(parts), (parts[0], parts[-1])  # "George W. Bush" = "George Bush"
        for index, part in zip(found, (parts[-1], parts[0]), strict=True):
            if person not in (p for _, p in index.get(part, ())):
                index.setdefault(part, []).append((full, person))
    people: dict[str, str] = {}
    ambiguous: set[str] = set()
    for index in found:
        for part, fulls in index.items():
            if part not in people:
                people[part] = fulls[0][0]
                if len(fulls) > 1:
                    ambiguous.add(part)
    _hyphenate(people, ents)
    return people, frozenset(ambiguous)


def _hyphenate(people: dict[str, str], ents: tuple[Span, ...]) -> None:
    """A double surname the article also writes with its hyphen ("Mr Kilroy-Silk" after
    "Robert Kilroy Silk's"): the hyphenated name stands for that person, who is named with
    the hyphen (a space there is a lost hyphen)."""
    for ent in ents:
        short = name_of(ent) if ent.label_ == "PERSON" or is_person(ent) else ""
        if "-" not in short or " " in short or short in people:
            continue
        spaced = short.replace("-", " ")
        fulls = {full for full in people.values() if full.endswith(" " + spaced)}
        if len(fulls) != 1:
            continue
        (full,) = fulls
        named = full[: -len(spaced)] + short
        for part, value in list(people.items()):
            if value == full:
                people[part] = named
        people[short] = people[full] = named


def _not_a_surname(word: str, gazetteer: Gazetteer) -> bool:
    hit = gazetteer.lookup(word)
    return hit is not None and hit[0].type != "Person"
