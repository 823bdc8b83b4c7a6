"""kg.tagging: the stand-ins give what spaCy's attribute ruler and rule lemmatizer give."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.tagging import ArrayAttributeRuler, ArrayLemmatizer

ATTRS = [POS, TAG, MORPH, LEMMA, DEP]

#: Rules in the shapes spaCy's English rules come in: a tag map, forms with a tag, lists of
#: forms, a regular expression, dependency labels, whitespace, two-token rules with an index,
#: and later rules that overwrite part of what earlier ones set.
RULES = [
    ([[{"TAG": "NNS"}]], {"POS": "NOUN", "MORPH": "Number=Plur"}, 0),
    ([[{"TAG": "VBZ"}]], {"POS": "VERB", "MORPH": "Number=Sing|Person=3"}, 0),
    ([[{"TAG": "IN"}]], {"POS": "ADP"}, 0),
    ([[{"TAG": "RB"}]], {"POS": "ADV"}, 0),
    ([[{"TAG": "VBZ", "LOWER": "is"}]], {"POS": "AUX", "LEMMA": "be"}, 0),
    ([[{"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}]], {"POS": "SCONJ"}, 0),
    ([[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], {"LEMMA": "nothing"}, 0),
    ([[{"TAG": "IN", "DEP": "mark"}]], {"MORPH": "Kind=Mark"}, 0),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE", "MORPH": "_"}, 0),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, 1),
    ([[{"LOWER": "let"}, {"LOWER": "'s"}]], {"LEMMA": "us", "POS": "PRON"}, -1),
    ([[{"TAG": "NNS", "LOWER": "talks"}]], {"MORPH": "Number=Plur|Kind=Talk"}, 0),
]

WORDS = ["Talks", "is", "that", "if", "nothin'", "gon", "na", "let", "'s", "cuts", "if"]
TAGS = ["NNS", "VBZ", "IN", "IN", "NN", "VBG", "TO", "VB", "PRP", "NNS", "IN"]
DEPS = ["nsubj", "ROOT", "mark", "mark", "dobj", "dep", "aux", "ccomp", "nsubj", "dobj", "prep"]
HEADS = [1, 1, 7, 7, 1, 7, 7, 1, 7, 7, 9]


def ruled(rules) -> tuple[Vocab, AttributeRuler]:
    vocab = spacy.blank("en").vocab  # lowercase forms need the language's lexical attributes
    ruler = AttributeRuler(vocab)
    for patterns, attrs, index in rules:
        ruler.add(patterns, attrs, index=index)
    return vocab, ruler


def parsed(vocab: Vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS) -> Doc:
    spaces = [True] * len(words)
    return Doc(vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


def annotations(doc: Doc) -> list[list[str]]:
    return [[t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_] for t in doc]


@pytest.mark.parametrize("rules", [RULES, RULES[::-1], RULES[:4], RULES[9:]])
def test_attribute_ruler_gives_the_stock_rulers_annotations(rules):
    vocab, stock = ruled(rules)
    ours = ArrayAttributeRuler(stock)
    expected = annotations(stock(parsed(vocab)))
    assert annotations(ours(parsed(vocab))) == expected
    assert annotations(ours(parsed(vocab))) == expected  # and again, from what it kept


def test_attribute_ruler_later_rules_overwrite_earlier_ones():
    vocab, stock = ruled(RULES)
    doc = ArrayAttributeRuler(stock)(parsed(vocab))
    assert (doc[0].pos_, str(doc[0].morph)) == ("NOUN", "Kind=Talk|Number=Plur")  # rules 0, 11
    assert (doc[1].pos_, doc[1].lemma_) == ("AUX", "be")
    assert (doc[2].pos_, str(doc[2].morph)) == ("SCONJ", "Kind=Mark")
    assert doc[4].lemma_ == "nothing"
    assert doc[6].lemma_ == "to"  # "na" of "gon na": index 1
    assert (doc[8].pos_, doc[8].lemma_) == ("PRON", "us")  # "'s" of "let 's": index -1
    assert (doc[10].pos_, str(doc[10].morph)) == ("SCONJ", "")  # an "if" that is no mark


def test_attribute_ruler_tells_forms_apart_only_where_a_rule_looks():
    vocab, stock = ruled(RULES)
    ours = ArrayAttributeRuler(stock)
    ours(parsed(vocab))
    other = ["Cuts", "is", "whether", "unless", "x", "y", "z", "a", "b", "c", "d"]
    ours(parsed(vocab, words=other))
    told = {vocab.strings[k] for k in ours.lowers.values() if k}
    assert told == {"talks", "is", "that", "if", "nothin'"}  # "gon na": the Doc's own matcher


def test_attribute_ruler_keeps_every_form_when_a_rule_excludes_some():
    excluding = ([[{"LOWER": {"NOT_IN": ["cuts"]}, "TAG": "NNS"}]], {"POS": "X"}, 0)
    vocab, stock = ruled([*RULES, excluding])
    ours = ArrayAttributeRuler(stock)
    assert ours.words is None
    assert annotations(ours(parsed(vocab))) == annotations(stock(parsed(vocab)))


def test_attribute_ruler_takes_an_empty_doc():
    vocab, stock = ruled(RULES)
    assert len(ArrayAttributeRuler(stock)(Doc(vocab, words=[]))) == 0


NEWS = [
    "Mr Blair's spokesman said the talks weren't over, and that there is nothing to add.",
    "\"We're gonna win,\" he said.  Let's see: ain't nobody   going to stop us.",
    "The firms - which have cut 2,000 jobs - did so because they had to; the union did not.",
    "Shares in Yukos fell 5% on Monday after the court ruled that it owed $27.5bn (£14.5bn).",
    "Is it? Whether or not the EU agrees, Brussels will co-ordinate the re-elected members.",
]


@pytest.mark.model
def test_pipeline_annotations_are_spacys(nlp):
    from kg.nlp import UNUSED, resolve_model
    from kg.tagging import stand_in

    assert {"kg_attribute_ruler", "kg_lemmatizer"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)
    stock = spacy.load(resolve_model(None), exclude=list(UNUSED))
    ours = spacy.load(resolve_model(None), exclude=list(UNUSED))
    stand_in(ours)  # the same tokenizer, so the same tokens and norms
    assert {"kg_attribute_ruler", "kg_lemmatizer"} <= set(ours.pipe_names)
    assert {"attribute_ruler", "lemmatizer"} <= set(stock.pipe_names)
    for text in NEWS * 2:  # the second time from what the stand-ins kept
        mine, theirs = ours(text), stock(text)
        for attr in ATTRS:
            assert numpy.array_equal(mine.to_array(attr), theirs.to_array(attr)), text


@pytest.mark.model
def test_lemmatizer_keeps_lemmas_already_set_and_asks_once_per_word(nlp):
    from kg.tagging import rule_lemmatizer

    lemmatizer = ArrayLemmatizer(rule_lemmatizer(nlp))
    doc = Doc(nlp.vocab, words=["Ministers", "were", "meeting", "ministers"])
    doc[0].pos_ = doc[3].pos_ = "NOUN"
    doc[1].pos_, doc[1].lemma_ = "AUX", "be"
    doc[2].pos_ = "VERB"
    lemmatizer(doc)
    assert [t.lemma_ for t in doc] == ["minister", "be", "meet", "minister"]
    assert len(lemmatizer.known) == 3


WORDS_TO_LEMMATIZE = [
    "ministers", "meetings", "elected", "running", "bigger", "talks", "happier", "companies",
    "crises", "leaves", "was", "better", "worst", "fled", "sought", "taxes", "analyses", "data",
    "re-elected", "uk", "Blair", "aren't", "feet", "criteria", "banning", "banned", "ban",
]  # fmt: skip


@pytest.mark.model
def test_lemmatizer_word_lists_as_sets_give_spacys_lemmas(nlp):
    from kg.nlp import UNUSED, resolve_model
    from kg.tagging import rule_lemmatizer

    ours = rule_lemmatizer(nlp)
    assert isinstance(next(iter(ours.lookups.get_table("lemma_index").values())), frozenset)
    theirs = spacy.load(resolve_model(None), exclude=list(UNUSED)).get_pipe("lemmatizer")
    for pos in ("NOUN", "VERB", "ADJ", "ADV", "PROPN"):
        doc = Doc(nlp.vocab, words=WORDS_TO_LEMMATIZE)
        for token in doc:
            token.pos_ = pos
        assert [ours.rule_lemmatize(t) for t in doc] == [theirs.rule_lemmatize(t) for t in doc]


def test_attribute_ruler_later_one_token_rule_beats_earlier_two_token_rule():
    rules = [
        ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to", "POS": "PART"}, 1),
        ([[{"TAG": "TO"}]], {"LEMMA": "TO"}, 0),  # later: wins on "na"'s lemma, not its POS
    ]
    for order in (rules, rules[::-1]):
        vocab, stock = ruled(order)
        expected = annotations(stock(parsed(vocab)))
        assert annotations(ArrayAttributeRuler(stock)(parsed(vocab))) == expected


def test_attribute_ruler_tells_space_from_a_word_with_the_same_tag():
    rules = [
        ([[{"TAG": "_SP", "IS_SPACE": False}]], {"POS": "X"}, 0),
        ([[{"IS_SPACE": True}]], {"POS": "SPACE"}, 0),
    ]
    vocab, stock = ruled(rules)
    doc = lambda: Doc(vocab, words=["a", " ", "b"], tags=["_SP"] * 3)  # noqa: E731
    ours = ArrayAttributeRuler(stock)
    assert [t.pos_ for t in ours(doc())] == [t.pos_ for t in stock(doc())] == ["X", "SPACE", "X"]


@pytest.mark.model
def test_lemmatizer_keys_by_word_pos_and_morph_and_overwrites_when_told(nlp):
    from kg.tagging import rule_lemmatizer

    stock = rule_lemmatizer(nlp)
    ours = ArrayLemmatizer(stock)
    doc = Doc(nlp.vocab, words=["Talks", "Talks", "ministers", "ministers", "talks"])
    doc[0].pos_, doc[1].pos_, doc[2].pos_, doc[3].pos_ = "NOUN", "PROPN", "NOUN", "NOUN"
    doc[3].set_morph("Number=Sing")  # a singular noun is its own lemma
    doc[4].pos_, doc[4].lemma_ = "NOUN", "kept"
    assert [t.lemma_ for t in ours(doc)] == ["talk", "Talks", "minister", "ministers", "kept"]
    stock.overwrite = True
    try:
        assert ours(doc)[4].lemma_ == "talk"
    finally:
        stock.overwrite = False
