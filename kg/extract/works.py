"""Names of works, not of actors: a film, a book, a show or a product the parser tagged as a
person, an organisation or a place ("US musical Sweet Charity", "the 1997 novel Detective",
"Hailey's first novel, Runaway Zero-Eight", "Angels and Demons, by US author Dan Brown"). A
name the article once calls a work is that work wherever it is written again ("Sweet Charity
tells the story of ..."), and no actor: no rankings, dyads or pronouns lean on it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from kg.extract.fullnames import name_of
from kg.extract.titles import appos_noun, title_words
from kg.extract.words import vocabulary

#: The entity label spaCy gives a work's title, which the same name written again keeps.
WORK_ENT = "WORK_OF_ART"
#: Dependents of a name that are clauses on it ("Kinsey, which stars Liam Neeson").
CLAUSE_DEPS = frozenset({"acl", "relcl"})
#: Parts of speech of the noun before a name that says what it is ("musical": an adjective).
CUE_POS = frozenset({"NOUN", "ADJ"})


def work_cue(ent: Span) -> bool:
    """Whether the words around a name call it a work (``work_nouns``): the title word just
    before it ("US musical Sweet Charity", "his work Northwest Passage"), the noun in
    apposition with it ("Hailey's first novel, Runaway Zero-Eight"), a year in brackets after
    it ("Wheels (1971)"), a clause on it of who plays in it ("The Libertine starring Johnny
    Depp"), or a "by" phrase after it (or after the first of the names it is listed with)
    naming a person ("Angels and Demons, by US author Dan Brown")."""
    nouns = vocabulary().work_nouns
    titles = title_words(ent)
    last = titles[-1] if titles else None
    if last is not None and last.i == ent.start - 1 and _work_noun(last, nouns):
        return True
    noun = appos_noun(ent.root)
    if noun is not None and _work_noun(noun, nouns) and _set_off(ent, noun):
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    starring = [*(t for t in ent.root.children if t.dep_ in CLAUSE_DEPS), after]
    if _dated(ent) or any(_starring(t) for t in starring if t is not None):
        return True
    first = ent.root.head if ent.root.dep_ == "conj" else ent.root
    return any(_by_person(first, t) for t in first.children)


def _dated(ent: Span) -> bool:
    """Whether a year in brackets follows the name, as a work is cited ("Wheels (1971), The
    Moneychangers (1975)"); not a span of years ("(1920-2004)": a life)."""
    doc, i = ent.doc, ent.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    year = doc[i + 1].text
    return len(year) == 4 and year.isdigit() and year[0] in "12"


def _starring(tok: Token) -> bool:
    """Whether a clause on a name, or the verb just after it however the parser hung it,
    says who plays in it (``work_verbs`` with an object: "Kinsey, which stars Liam Neeson",
    "shooting of The Libertine starring Johnny Depp"; not "Jude Law stars in ...")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in vocabulary().work_verbs:
        return False
    return any(c.dep_ == "dobj" for c in tok.children)  # who stars in it; "Law, who stars in"


def _work_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """A lower-case noun (or "musical") of ``work_nouns``, not a word of a name."""
    return tok.pos_ in CUE_POS and tok.is_lower and tok.lemma_.lower() in nouns


def _set_off(ent: Span, noun: Token) -> bool:
    """Whether an apposition's noun is set off from the name as one: just before it ("his
    work Northwest Passage") or across a comma ("Hailey's first novel, Runaway Zero-Eight";
    "Strong Medicine, Hailey's blockbuster"); not a noun the parser hung on the first of two
    owners ("Johnny Vaughan and Denise Van Outen's ... show")."""
    doc = ent.doc
    if noun.i < ent.start:
        return noun.i == ent.start - 1 or doc[ent.start - 1].text == ","
    return ent.end < len(doc) and doc[ent.end].text == ","


def _by_person(head: Token, prep: Token) -> bool:
    """Whether ``prep`` is a "by" of ``head`` whose object is a person's name."""
    if prep.dep_ != "prep" or prep.lower_ != "by" or prep.i < head.i:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ == "PERSON"


def works(ents: Iterable[Span], known: Callable[[str], bool]) -> frozenset[str]:
    """The names of an article's works: every name an entity of which :func:`work_cue`
    calls a work, or spaCy tags a work of art, with the names listed after the first of a list
    ("the films Vera Drake, Calendar Girls and Enduring Love"; not before a later one,
    "starring Bill Murray, and the biopic Kinsey"); never a name ``known`` knows as an
    actor ("Brown's Britain, by Robert Peston" says nothing of every "Britain")."""
    ents = tuple(ents)
    at = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    found: set[str] = set()
    for ent in ents:
        if ent.label_ == WORK_ENT:
            found.add(name_of(ent))
        elif work_cue(ent):
            found.add(name_of(ent))
            if ent.root.dep_ == "conj":  # "starring Bill Murray, and the biopic Kinsey"
                continue  # read as one list: a title before a later name says nothing of it
            for tok in ent.root.conjuncts:
                listed = at.get(tok.i)
                if listed is not None:
                    found.add(name_of(listed))
    return frozenset(n for n in found if n and not known(n))
