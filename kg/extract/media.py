"""Programmes and papers a text names by a proper noun on a noun of a medium ("BBC Radio 4's
Today programme", "Vedomosti newspaper", "the Newsnight programme"): a media actor of that
name, of its owner's country (the BBC's: GBR) or the story's, coded MED; and the paper "the
paper" points back to."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.according import ACCORDING
from kg.extract.names import Names
from kg.extract.offices import is_definite
from kg.extract.pronouns import across_quote
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


def paper_before(tok: Token, names: Names, positions: list[tuple[int, Actor]]) -> Actor | None:
    """ "Vedomosti newspaper reported ... . The paper added", "According to the Observer, ...
    the paper said": a noun of a paper (``press_nouns``) with "the" alone (not "the Russian
    newspaper", "the consultation paper", "the white paper") is the last media actor named
    before it (:func:`_is_media`), not across a quotation mark; None if none was (not the
    last organisation named: "the paper" of an IMF story is no IMF)."""
    if not is_press(tok) or not is_definite(tok):
        return None
    if any(c.dep_ != "det" for c in tok.children if c.i < tok.i) or names.owner(tok) is not None:
        return None
    named = dict(positions)
    for i in range(tok.i - 1, -1, -1):  # nearest first; rare nouns: a scan is cheap
        word, actor = tok.doc[i], named.get(i)
        if actor is None or not _is_media(actor, word):
            actor = medium(word, names) if is_press(word) else None  # "Vedomosti newspaper"
        if actor is not None:
            return None if across_quote(tok, word) else actor
    return None


def own_journalist(tok: Token, positions: list[tuple[int, Actor]]) -> Actor | None:
    """ "says the BBC's Louisa Lim in Beijing. But ..., our correspondent says": a journalist's
    noun with "our" (``journalist_nouns``) is the last journalist of a medium named before it
    (a person of the media sector: "the BBC's Louisa Lim"); None if none was (the
    correspondent of "our correspondent" alone is no one the story names)."""
    if tok.lemma_.lower() not in vocabulary().journalist_nouns or tok.tag_ != "NN":
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
        return None
    for i, actor in reversed(positions):
        if i < tok.i and actor.type == "Person" and actor.sector == MEDIA:
            return actor
    return None


#: Dependency labels by which a name hangs on the noun it names ("the Reuters news agency",
#: "the BBC's Today programme", "news agency Reuters"): the noun's place in the clause is the
#: name's.
NAMING_DEPS = frozenset({"compound", "poss", "appos"})
#: The verb a medium cites a story by as its subject, with nothing reported as its object
#: ("..., news agency Reuters reported"; not "the BBC reported a loss").
REPORT = "report"


def cited_medium(name: Token, actor: Actor) -> bool:
    """Whether a medium (an organisation of the media: Reuters, BBC News) named at ``name``
    is where the story comes from, not a party to it: told ("LNM told BBC News that it
    would ...": ``addressee_verbs``), spoken to or with ("speaking to Reuters"), cited
    ("according to Reuters"), or reporting with no object ("The share offer was
    oversubscribed, news agency Reuters reported"). A pronoun or "the company" after it is
    what the source tells of, never the source."""
    if actor.type != "Organization" or MEDIA not in (actor.subtype, actor.sector):
        return False
    tok = name
    while tok.dep_ in NAMING_DEPS and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if _told(tok) or (tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == ACCORDING):
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() == REPORT:
        return not any(c.dep_ == "dobj" for c in head.children)
    return False


def is_press(tok: Token) -> bool:
    """Whether a noun is one of a newspaper or magazine (``press_nouns``: "paper", "daily")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in vocabulary().press_nouns


def _is_media(actor: Actor, name: Token) -> bool:
    """Whether an organisation named at the token ``name`` is a paper: a medium (the
    gazetteer's, MED) with a word of a paper's name (``press_name_words``: The Sunday Times,
    Daily Mirror; not Reuters), an organisation whose name ends in one ("Arab News"), or a
    name written on a noun of a medium ("Vedomosti newspaper"); not a broadcaster
    (``broadcast_name_words``: BBC News, Sky News)."""
    if actor.type != "Organization":
        return False
    words = vocabulary()
    label = actor.label.lower().split()
    if any(w in words.broadcast_name_words for w in label):
        return False  # "BBC News", "Sky News": no paper
    if actor.subtype == MEDIA or actor.sector == MEDIA:  # a paper, not Reuters
        return any(w in words.press_name_words for w in label)
    if label[-1] in words.press_name_words:
        return True  # "Arab News", "The Jakarta Post"; not "News Corp"
    head = name.head.lemma_.lower()
    return name.dep_ == "compound" and head in words.medium_nouns | words.press_nouns


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
    if _told(tok):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on":
        verb = head.head
        return verb.lemma_.lower() in TOLD or verb.pos_ in {"VERB", "AUX"}
    return False


def _told(tok: Token) -> bool:
    """Whether a medium or programme is told or spoken to or with: the object of a verb of
    telling (``TOLD``, ``addressee_verbs``: "told BBC News", "briefed the Today programme") or
    after "to" or "with" one ("speaking to Reuters", "in an interview with Newsnight")."""
    verbs = TOLD | vocabulary().addressee_verbs
    head = tok.head
    if tok.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() in verbs
    to = tok.dep_ == "pobj" and head.lower_ in {"to", "with"}
    return to and head.head.lemma_.lower() in verbs


#: Entity labels of an owner that makes a programme a scheme ("Britain's Trident programme").
PLACED = frozenset({"GPE", "NORP", "LOC", "PERSON"})

#: Entity labels of a body's, person's or place's name: no programme's ("the BBC programme").
NAMED = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"})
