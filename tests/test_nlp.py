"""kg/nlp.py's reading of where lines begin, on spaCy's tokenizer alone (no pipeline)."""

from __future__ import annotations

import gc

import pytest
import spacy

from kg import nlp as kg_nlp
from kg.layout import unwrap
from kg.nlp import UnwrappingTokenizer, _datelines, _lines, doc_text, entity_repair, line_sentences


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Putin spoke.\nXi listened.", ["Putin", "Xi"]),
        ("Title\n\nBody text.", ["Title", "Body"]),  # a blank line is whitespace, not a line
        ("One\n  indented line", ["One", "indented"]),
        ("Mid sentence break\r\nstill", ["Mid", "still"]),
        ("A line\n\n\n", ["A"]),
        ("  leading spaces, no break", []),  # as before: only the first token or a break opens
        ("no break at all", ["no"]),
        ("", []),
    ],
)
def test_first_words_of_lines(blank, text, opening):
    doc = blank.make_doc(text)
    lines = _lines(doc)
    assert [doc[i].text for i in lines.openers] == opening
    assert lines.text == doc.text
    assert lines.idx == [t.idx for t in doc]


def test_offsets_count_characters_not_bytes(blank):
    doc = blank.make_doc("Société Générale é\nZürich said")
    lines = _lines(doc)
    assert [doc[i].text for i in lines.openers] == ["Société", "Zürich"]


def test_a_wire_dateline_is_found_at_its_line(blank):
    text = "Ties hailed\nMOSCOW (Reuters) - Putin praised Xi."
    doc = blank.make_doc(text)
    ((start, found),) = _datelines(doc, _lines(doc))
    assert start == text.index("MOSCOW")
    assert text[start + found.place_start : start + found.place_end] == "MOSCOW"


@pytest.mark.parametrize(
    ("text", "free"),
    [
        # a lead right after its title: no sentence before the mark that ends one
        ("Howard pitches\n\nMichael Howard is to make a pitch.", []),
        ("Ties hailed. Xi said so! Putin agreed", ["Xi", "Putin"]),  # after a sentence's end
        ('He said: "We won." They left', ['"', "They"]),  # after a colon, a quote closing one
        ('He said "we won" and left', []),  # quotes that open or close no sentence
        ("Talks (in Paris) went on; Xi spoke", ["Xi"]),  # a semicolon, not any bracket
        ("Talks went on (in Paris.) Xi spoke", [")", "Xi"]),  # a bracket closing a sentence
        # quotes and brackets closing one, nested
        ('(He said "no.") Xi spoke', ['"', ")", "Xi"]),
        ("Talks went on (Leave now.') Xi spoke", ["'", ")", "Xi"]),
    ],
)
def test_a_sentence_starts_inside_a_line_only_where_one_ended(blank, text, free):
    doc = line_sentences(blank.make_doc(text))
    starts = {t.text: t.is_sent_start for t in doc if not t.is_space and t.i}
    opening = {"Michael"}  # opens its line: a sentence starts there
    assert [w for w, start in starts.items() if start is None] == free
    assert all(starts[w] is (w in opening) for w in starts if w not in free)
    kg_nlp._LINES.pop(doc, None)


@pytest.mark.parametrize(
    "text",
    ["Putin spoke\nto Xi on Monday.\n\nXi listened.", "one line", "Société\r\nGénérale", ""],
)
def test_the_tokenizer_keeps_the_text_it_read(blank, text):
    tokenizer = UnwrappingTokenizer(blank.tokenizer)
    doc = tokenizer(text)
    assert doc_text(doc) == doc.text == unwrap(text)
    assert kg_nlp._TEXTS[doc] is doc_text(doc)  # kept, not joined from the tokens again


def test_the_text_of_a_doc_from_elsewhere_is_read_once_and_goes_with_it(blank):
    doc = blank.make_doc("Made by spaCy's own tokenizer.")
    assert doc not in kg_nlp._TEXTS
    assert doc_text(doc) == doc.text
    before = len(kg_nlp._TEXTS)
    del doc
    gc.collect()
    assert len(kg_nlp._TEXTS) == before - 1


def _with_ents(blank, text, ents):
    """``text`` tokenized, with entities set only where given (other tokens keep no IOB)."""
    doc = blank.make_doc(text)
    doc.set_ents([doc.char_span(a, b, label) for a, b, label in ents], default="unmodified")
    return doc


@pytest.mark.parametrize(
    ("text", "ents", "repaired"),
    [
        # cut at a line break
        ("Tony Blair\nThe next line", [(0, 24, "PERSON")], [("Tony Blair", "PERSON")]),
        # a lone "Moscow:" line is a place
        ("Putin spoke.\nMoscow:", [(13, 19, "PERSON")], [("Moscow", "GPE")]),
        # ... also when a line follows it (spaCy makes the line break a token of its own)
        ("Moscow:\nPutin spoke.", [(0, 6, "PERSON")], [("Moscow", "GPE")]),
        ("Moscow: \nPutin spoke.", [(0, 6, "ORG")], [("Moscow", "GPE")]),
        # a name and a colon with words after it on its line is a speaker, not a dateline
        ("Putin: we will respond.", [(0, 5, "PERSON")], [("Putin", "PERSON")]),
        # the place of a wire dateline, whatever spaCy took it for
        ("Ties\nMOSCOW (Reuters) - Putin spoke.", [(5, 11, "ORG")], [("MOSCOW", "GPE")]),
    ],
)
def test_entity_repair(blank, text, ents, repaired):
    doc = entity_repair(line_sentences(_with_ents(blank, text, ents)))
    assert [(e.text, e.label_) for e in doc.ents] == repaired
    assert doc not in kg_nlp._LINES  # read by line_sentences, taken by entity_repair


def test_entities_with_nothing_to_repair_are_not_set_again(blank):
    doc = _with_ents(blank, "Putin met Xi in Moscow.", [(0, 5, "PERSON"), (16, 22, "GPE")])
    entity_repair(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Putin", "PERSON"), ("Moscow", "GPE")]
    assert [t.ent_iob_ for t in doc] == ["B", "", "", "", "B", ""]  # setting them makes "O"


@pytest.mark.model
def test_an_amount_ends_its_sentence(nlp):
    """spaCy keeps "m." after an amount as an abbreviation; kg splits the stop off."""
    doc = nlp("Fraud fell to £644m. Edward Leigh said Britain must act.")
    assert [s.text.strip() for s in doc.sents] == [
        "Fraud fell to £644m.",
        "Edward Leigh said Britain must act.",
    ]


@pytest.mark.parametrize(
    ("word", "whole"),
    [
        ("co-ordinate", True),
        ("Re-elected", True),
        ("pre-empt", True),
        ("anti-terror", False),  # no verb prefix: spaCy's split stays
        ("co-2005", False),
        ("co-", False),
    ],
)
def test_a_verb_prefix_keeps_its_word_whole(word, whole):
    assert (kg_nlp._prefixed(word) is not None) is whole


@pytest.mark.model
def test_the_pipeline_keeps_a_prefixed_verb_whole(nlp):
    doc = nlp("The alliance will co-ordinate a humanitarian drive.")
    assert "co-ordinate" in [t.text for t in doc]


@pytest.mark.model
def test_a_prefixed_word_has_the_lemma_of_its_rest(nlp):
    """spaCy's rules made "re-electe" of "re-elected", a word they do not know."""
    doc = nlp("Police re-arrested him after Labour was re-elected.")
    assert {t.text: t.lemma_ for t in doc if "-" in t.text} == {
        "re-arrested": "re-arrest",
        "re-elected": "re-elect",
    }


@pytest.mark.parametrize("text", ["", "   ", " \n\n ", "a", '"'])
def test_line_sentences_take_text_with_no_words(blank, text):
    doc = line_sentences(blank.make_doc(text))
    assert [t.is_sent_start for t in doc][1:] == [None] * (len(doc) - 1)
    kg_nlp._LINES.pop(doc, None)
