"""A name's title and company forms, read off the tokens around it: the title words before a
person's name ("Russian President"), the noun in apposition with it, the modifiers that may
name whose a noun is, and the forms an organisation's name may take in the dictionaries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract.doctext import doc_memo, doc_text
from kg.extract.parse import Parse, dependent, parse_of
from kg.extract.words import vocabulary

#: Entities that name whose title a person holds ("Russian President ...", "U.N. envoy").
OWNER_ENTS = frozenset({"NORP", "GPE", "ORG"})
#: Dependents that say whose a noun is ("Russian troops", "Beijing's diplomats").
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: Dependents by which a seat word names its place ("US-based": npadvmod, or compound).
SEAT_DEPS = frozenset({"npadvmod", "compound", "nmod"})
#: Dependents by which a name modifies a noun ("a Home Office spokesman").
MODIFIER_DEPS = frozenset({"amod", "compound"})


class Description(NamedTuple):
    """A person's role, country and body, as a title or apposition gives them: "UKIP
    chairman" is ("chairman", "GBR", "party"), "the leader of the Public and Commercial
    Services Union" ("leader", None, "Union")."""

    role: str | None = None
    country: str | None = None
    body: str | None = None  # the organisation's subtype, else its unknown name's last word


def title_words(ent: Span) -> list[Token]:
    """The words of a title just before a name, in order; none before a name that modifies
    a noun after it ("The unidentified Parmalat source": the source is unidentified)."""
    doc = ent.doc
    memo, key = doc_memo(doc), ("title_words", ent.start, ent.end)
    found = memo.get(key)
    if found is None:  # asked again for the same name by its description, bench, employer
        found = memo[key] = _title_positions(ent)
    return [doc[i] for i in found]


def _title_positions(ent: Span) -> tuple[int, ...]:
    """The positions of :func:`title_words`, read off the parse snapshot (a Token only for
    a word of the title)."""
    doc, p = ent.doc, parse_of(ent.doc)
    if ent.root.dep_ in MODIFIER_DEPS and ent.root.head.i >= ent.end:
        return ()
    found: list[int] = []
    i = ent.start - 1
    junk = vocabulary().name_junk  # "on Wednesday Lord Woolf": no title
    while i >= 0 and (_in_title_at(p, i) or (p.lower[i] == "-" and _joins(doc, i))):
        tok = doc[i]
        loose = tok.is_punct and tok.tag_ != "POS" and not _joins(doc, i)
        if tok.is_space or loose or tok.lower_ in junk:
            break
        found.append(i)
        i -= 1
    return tuple(reversed(found))


def post_nominal_role(ent: Span) -> str | None:
    """The role letters after a person's name give (``post_nominal_roles``: "Ken Macdonald
    QC", the letters inside the entity or just after it, is a counsel), else None."""
    roles = vocabulary().post_nominal_roles
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    for tok in (ent[-1], after) if len(ent) > 1 else (after,):
        if tok is not None and tok.text.isupper() and tok.lower_ in roles:
            return roles[tok.lower_]
    return None


def _joins(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("Tory co-chairman Liam Fox"), which
    joins a title's words, not a dash between phrases ("... - Liam Fox")."""
    return doc[i].text == "-" and i > 0 and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def name_variants(text: str, ent: Span | None) -> list[str]:
    """An organisation's name as written, with the untagged proper noun compounded onto the
    entity just before it, and without a last organisation noun (when two words are left)."""
    variants = [text]
    if ent is not None and ent.start > 0:
        before = ent.doc[ent.start - 1]
        inside = ent.start <= before.head.i < ent.end
        if before.pos_ == "PROPN" and not before.ent_type_ and before.dep_ == "compound" and inside:
            variants.append(f"{before.text} {text}")
    words = text.split()
    if len(words) > 2 and words[-1].lower() in vocabulary().named_organisation_nouns:
        variants.append(" ".join(words[:-1]))
    return variants


def office_title(role: str) -> str:
    """A role as titles write its office: its last word's synonym (``title_synonyms``: "the
    premier", "the PM" are the prime minister's), else itself."""
    head, _, last = role.rpartition(" ")
    same = vocabulary().title_synonyms.get(last)
    return f"{head} {same}".lstrip() if same is not None else role


def organisation_role(role: str | None) -> str | None:
    """A title that makes a name an organisation's ("oil company", "rock band":
    ``named_organisation_nouns``, ``band_nouns``), else None."""
    words = vocabulary()
    last = role.split()[-1] if role else None
    named = last in words.named_organisation_nouns or last in words.band_nouns
    return role if named else None


def spokesperson_role(role: str | None) -> bool:
    """Whether a title ends in a spokesperson's noun (``spokesperson_nouns``): "company
    spokesman", "Lib Dem health spokeswoman" do; "chairman", "" and None do not."""
    return bool(role) and role.rsplit(maxsplit=1)[-1] in vocabulary().spokesperson_nouns


def company_role(role: str | None) -> bool:
    """Whether a title or apposition calls a name a company's ("energy giant", "Italian
    carrier", "the biggest gas company"; ``company_nouns``), or a group of an industry's
    ("oil group Rosneft", "consultancy group Capgemini"; ``industry_group_words``), not
    any group ("rights group Liberty", "rock group Evanescence")."""
    if role is None:
        return False
    words, found = role.split(), vocabulary()
    if words[-1] in found.company_nouns:
        return True
    return len(words) > 1 and words[-1] == "group" and words[-2] in found.industry_group_words


def called_company(ent: Span) -> bool:
    """Whether the noun just before a name or in apposition with it calls it a company
    ("miner Highland Gold", "Highland Gold - a mining firm"; ``company_nouns``)."""
    before = ent.doc[ent.start - 1] if ent.start else None
    nouns = (appos_noun(ent.root), before if before is not None and before.pos_ == "NOUN" else None)
    return any(n is not None and company_role(n.lower_) for n in nouns)


def inner_titles(ent: Span) -> list[Token]:
    """The title words spaCy took into a person entity ("President Bush")."""
    titles = vocabulary().titles
    inner = []
    for tok in list(ent)[:-1]:
        if tok.lower_.rstrip(".") not in titles:
            break
        inner.append(tok)
    return inner


def appos_noun(root: Token) -> Token | None:
    """The common noun in apposition with a name ("adviser" in "the adviser, Yuri Ushakov"),
    or a title written in capitals that is no entity ("the Lord Chief Justice")."""
    noun = root.head if root.dep_ == "appos" else None
    if noun is None:
        noun = next((c for c in root.children if c.dep_ == "appos"), None)
    if noun is None or noun.i == root.i:
        return None
    # a title written as a name, no entity: "Lord Woolf, the Lord Chief Justice"
    return noun if noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and not noun.ent_type_) else None


def in_title(tok: Token) -> bool:
    """A word that can be part of a title before a name."""
    return _in_title_at(parse_of(tok.doc), tok.i)


def _in_title_at(p: Parse, i: int) -> bool:
    """:func:`in_title` of token ``i``, read off the snapshot."""
    return (
        p.lower[i] in vocabulary().titles
        or p.ent_type[i] in OWNER_ENTS
        or p.tag[i] == "POS"
        or p.dep[i] in MODIFIER_DEPS
    )


def owner_candidates(tok: Token) -> Iterator[Token]:
    """Modifiers of ``tok``, and objects of its place phrases, that look like names; for
    a seat word, the place it names ("US" of "the US-based ChevronTexaco")."""
    places, p = vocabulary().place_prepositions, parse_of(tok.doc)
    seats = vocabulary().seat_words
    for child in p.children[tok.i]:
        cand = None
        if p.dep[child] in OWNER_DEPS and p.lemma[child].lower() in seats:  # "US-based X"
            cand = next((g for g in p.children[child] if p.dep[g] in SEAT_DEPS), None)
        elif p.dep[child] in OWNER_DEPS:
            cand = child
        elif p.dep[child] == "prep" and p.lower[child] in places:
            cand = dependent(p, child, "pobj")
        if cand is not None and _looks_named_at(tok.doc, p, cand):
            yield tok.doc[cand]


def looks_named(tok: Token) -> bool:
    """Whether a word looks like (part of) a name: an entity, a proper noun or a capital."""
    return _looks_named_at(tok.doc, parse_of(tok.doc), tok.i)


def _looks_named_at(doc: Doc, p: Parse, i: int) -> bool:
    """:func:`looks_named` of ``doc[i]``, read from the snapshot and the Doc's text."""
    if p.ent_type[i] or p.pos[i] == "PROPN":
        return True
    return doc_text(doc)[p.idx[i] : p.idx[i] + 1].isupper()
