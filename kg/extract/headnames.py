"""Surnames in an article's headline: "Clarke defends terror detentions", "Howard rejects
BNP's claim". A headline names people as the news calls them, by surname alone, before the
text names them in full ("New Home Secretary Charles Clarke"); the parser, with no context,
tags such a surname an organisation ("Clarke" ORG) or nothing, so the headline's actor was an
organisation or a topic where the story's actor is the person. A title-case proper noun of
the headline line that is the surname of a person the text names in full becomes a person's
name there (:func:`with_title_surnames`), which the article's names then read as the one
person of that surname, or as ambiguous when it names several
(:meth:`kg.extract.names.Names.full_name`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.fullnames import (
    MISTAKEN,
    is_person,
    name_of,
    with_bare_surnames,
    with_first_name_people,
    with_honorific_names,
    with_people_named_again,
)


def named_people(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities with the names of people spaCy missed: after an honorific
    (:func:`with_honorific_names`), from a first name or a title on
    (:func:`with_first_name_people`), named again by surname (:func:`with_people_named_again`),
    a surname written alone after the full name (:func:`with_bare_surnames`), and in the
    headline (:func:`with_title_surnames`)."""
    return with_title_surnames(
        with_bare_surnames(
            with_people_named_again(with_first_name_people(doc, with_honorific_names(doc)))
        )
    )


def with_title_surnames(ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """``ents`` with each headline word that is the surname of a person the text names in
    full made a person's name (replacing an organisation or place of that one word); the doc
    is not changed. No headline line (the first sentence ending in a line break): as given."""
    if not ents:
        return ents
    doc = ents[0].doc
    end = headline_end(doc)
    surnames = {
        words[-1]
        for e in ents
        if e.start >= end and is_person(e) and len(words := name_of(e).split()) > 1
    }
    if not end or not surnames:
        return ents
    taken = {i: e for e in ents if e.start < end for i in range(e.start, e.end)}
    found: dict[int, Span] = {e.start: e for e in ents}
    for tok in doc[:end]:
        if tok.pos_ != "PROPN" or not tok.is_title or tok.text not in surnames:
            continue
        ent = taken.get(tok.i)
        if ent is None or (len(ent) == 1 and ent.label_ in MISTAKEN):
            found[tok.i] = Span(doc, tok.i, tok.i + 1, label="PERSON")
    return tuple(found[i] for i in sorted(found))


def in_headline(ent: Span) -> bool:
    """Whether ``ent`` is in the article's headline line."""
    return ent.start < headline_end(ent.doc)


def headline_end(doc: Doc) -> int:
    """Where the headline line ends (the token after it), or 0 when the doc opens with no
    line of its own: the first sentence, when a line break ends it."""
    first = next(iter(doc.sents), None)
    if first is None or not any("\n" in t.text for t in first if t.is_space):
        return 0
    return next(t.i for t in first if t.is_space and "\n" in t.text)
