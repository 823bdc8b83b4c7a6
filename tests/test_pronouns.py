"""Which tokens are inside a quotation (kg.extract.pronouns.quoted), on hand-made Docs."""

from __future__ import annotations

import pytest
from factories import english_vocab, parse
from spacy.tokens import Doc

from kg.extract.pronouns import across_quote, cross_quote, quoted


def doc_of(text: str) -> Doc:
    """A Doc of space-separated words; '~' glues a word to the next one (no space)."""
    words, spaces = [], []
    for item in text.split(" "):
        glued = item.split("~")
        for n, word in enumerate(glued):
            words.append(word)
            spaces.append(n == len(glued) - 1)
    return Doc(english_vocab(), words=words, spaces=spaces)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # Blair said: "Straw gave figures." He said ...
        ('Blair said : "~Straw gave figures~.~" He said', ["Straw", "gave", "figures", "."]),
        # curly marks say which they are
        ("Blair said \u201c~Straw left~\u201d He said", ["Straw", "left"]),
        # a quote that runs on opens again: both "They" are inside, "One" is not
        ('X : "~They act~. "~They run~.~" One', ["They", "act", ".", "They", "run", "."]),
        # a paragraph ends a quote left open
        ('"~Straw left~.~\n\n~He said', ["Straw", "left", "."]),
        ("no quotes here", []),
        # a stray mark between a word and a stop opens nothing: "He" is outside
        ('for terrorists~"~. He left', []),
    ],
)
def test_the_words_inside_double_quotes(text, inside):
    doc = doc_of(text)
    assert [doc[i].text for i in sorted(quoted(doc))] == inside


def test_a_name_inside_a_quote_is_across_it_only_from_outside():
    doc = doc_of('Blair said : "~Straw gave figures~. He left~.~" He said')
    straw, he_inside, he_outside = 4, 8, 12
    assert doc[he_outside].text == "He" and doc[he_inside].text == "He"
    assert cross_quote(doc[he_outside], straw)
    assert not cross_quote(doc[he_inside], straw)  # inside the same quotation
    assert not cross_quote(doc[he_outside], 0)  # Blair is outside


def test_a_parse_without_quotes_has_nothing_inside():
    doc = parse("He/PRON/nsubj/1 left/VERB/ROOT/1")
    assert quoted(doc) == frozenset()


def test_across_a_quote_runs_both_ways():
    doc = doc_of('Straw said : "~it left~.~" He said')
    straw, it, he = doc[0], doc[4], doc[8]
    assert across_quote(it, straw) and across_quote(straw, it)  # inside one side only
    assert not across_quote(he, straw)  # both outside
