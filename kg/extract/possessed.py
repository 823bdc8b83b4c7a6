"""A body named by a possessive pronoun: "his party", "her party". The party of the person
the pronoun stands for ("Tory co-chairman Liam Fox said his party would ...": the
Conservative Party) is the one their title names ("Tory co-chairman"), else the one kg's table
of office holders has them lead that day (``offices.tsv``: "Mr Howard said his party": the
Conservative Party, led by Michael Howard). Not "his government", "his country": other
bodies than parties are left as they were (topics), not guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.benches import party_in_title
from kg.extract.fullnames import is_person
from kg.extract.words import vocabulary
from kg.gazetteer import to_actor
from kg.model import Actor

if TYPE_CHECKING:
    from kg.extract.names import Names

#: The body noun a possessive pronoun names a person's party by.
PARTY = "party"


def possessor(tok: Token) -> Token | None:
    """The possessive person pronoun of "his party" / "her party" (``tok`` the noun
    "party"), else None."""
    if tok.lemma_.lower() != PARTY or tok.tag_ not in {"NN", "NNP"}:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    genders = vocabulary().pronoun_genders
    return owner if owner is not None and owner.lower_ in genders else None


def party_of(person: Actor, names: Names, entity: Callable[[Span], Actor | None]) -> Actor | None:
    """The party of ``person``: the one the title of a mention of theirs names (``entity``
    reads a mention), else the one the table of office holders has them hold an office of on
    the article's date (the first such row); None when neither says."""
    if person.type != "Person":
        return None
    for ent in names.ents:
        if is_person(ent) and (found := entity(ent)) is not None and found.id == person.id:
            key = party_in_title(names, ent)
            if key is not None:
                return to_actor(names.gazetteer.entries[key])
    if names.codes is None or names.when is None:
        return None
    for office in names.codes.offices.by_holder.get(person.id, ()):
        entry = names.gazetteer.entries.get(office.of)
        if office.covers(names.when) and entry is not None and entry.subtype == PARTY:
            return to_actor(entry)
    return None
