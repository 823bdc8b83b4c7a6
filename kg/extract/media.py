"""Programmes and papers a text names by a proper noun on a noun of a medium ("BBC Radio 4's
Today programme", "Vedomosti newspaper", "the Newsnight programme"): a media actor of that
name, of its owner's country (the BBC's: GBR) or the story's, coded MED."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.names import Names
from kg.extract.words import vocabulary
from kg.ids import slug
from kg.model import Actor

#: The sector word of a medium (a Phoenix agent: MED).
MEDIA = "media"


def medium(tok: Token, names: Names) -> Actor | None:
    """The programme or paper a noun of a medium (``medium_nouns``: programme, newspaper)
    names with the proper nouns compounded on it ("Today" of "the Today programme",
    "Breakfast With Frost" of "BBC1's Breakfast With Frost programme"); None with no such
    name, or one that is a name the parser tagged as a body's or person's (the owner's:
    "the BBC programme" is the BBC's)."""
    if tok.lemma_.lower() not in vocabulary().medium_nouns or tok.pos_ != "NOUN":
        return None
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not compounds:
        return None
    first = min(c.left_edge.i for c in compounds)
    words = tok.doc[first : tok.i]
    if words[0].pos_ != "PROPN" or any(t.ent_type_ in NAMED for t in words):
        return None
    if any(not (t.is_title or t.is_digit or t.is_stop) for t in words):
        return None  # "the BBC's flagship news programme": no name
    if tok.lemma_.lower() in SCHEME_NOUNS and not _broadcast(tok):
        return None  # "the Trident programme", "the New Deal programme": a scheme
    owner = names.owner(tok)
    country = owner.country if owner is not None and owner.country else names.country
    label = words.text
    return Actor(f"org/{slug(label)}", label, "Organization", country, sector=MEDIA)


#: Nouns of a medium that also name a scheme ("the Trident programme"): a programme only
#: where it is broadcast (``_broadcast``).
SCHEME_NOUNS = frozenset({"programme", "program", "show"})

#: Verbs a broadcast programme is told, or spoken on ("told the Newsnight programme").
TOLD = frozenset({"tell", "speak", "talk", "say", "appear", "interview"})


def _broadcast(tok: Token) -> bool:
    """Whether a programme noun is broadcast: owned by a body ("BBC Radio 4's Today
    programme", "PBS's Frontline programme"), told ("told the Newsnight programme"), or spoken
    on or to ("said on the Today programme", "in an interview with the Today programme");
    not a scheme's ("Britain's Trident programme", "the Sure Start programme")."""
    if any(c.dep_ == "poss" and c.ent_type_ not in PLACED for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in {"dobj", "dative"} and head.lemma_.lower() in TOLD:
        return True
    if tok.dep_ == "pobj" and head.lower_ in {"on", "to", "with"}:
        verb = head.head
        return verb.lemma_.lower() in TOLD or (head.lower_ == "on" and verb.pos_ in {"VERB", "AUX"})
    return False


#: Entity labels of an owner that makes a programme a scheme ("Britain's Trident programme").
PLACED = frozenset({"GPE", "NORP", "LOC", "PERSON"})

#: Entity labels of a body's, person's or place's name: no programme's ("the BBC programme").
NAMED = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"})
