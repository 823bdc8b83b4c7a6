"""Argument phrases on hand-built parses: what a phrase keeps, cuts and trims."""

from __future__ import annotations

import pytest
from factories import english_vocab, parse

from kg.extract.phrases import clause_arg, conjuncts, is_relative, object_arg, phrase, prep_arg


def test_arguments_leave_out_relative_clauses():
    doc = parse(
        "Russia/PROPN/nsubj/1 used/VERB/ROOT/1/use a/DET/det/3 program/NOUN/dobj/1 "
        "that/PRON/nsubjpass/6/that/WDT was/AUX/auxpass/6/be banned/VERB/relcl/3/ban/VBN"
    )
    arg = phrase(doc[3])
    assert (arg.text, arg.root) == ("a program", 3)
    assert doc.text[arg.start : arg.end] == "a program"


@pytest.mark.parametrize(
    ("spec", "head", "text"),
    [
        (  # a closing bracket whose opener is inside stays
            "talks/NOUN/nsubj/5 in/ADP/prep/0 (/PUNCT/punct/3 Geneva/PROPN/pobj/1 "
            ")/PUNCT/punct/3 ended/VERB/ROOT/5/end",
            0,
            "talks in ( Geneva )",
        ),
        (  # one whose opener is not goes
            "talks/NOUN/nsubj/4 in/ADP/prep/0 Geneva/PROPN/pobj/1 )/PUNCT/punct/2 "
            "ended/VERB/ROOT/4/end",
            0,
            "talks in Geneva",
        ),
        (  # punctuation at the edges goes, and so does a conjunction
            "and/CCONJ/cc/2 ,/PUNCT/punct/2 Geneva/PROPN/nsubj/4 ,/PUNCT/punct/2 "
            "agreed/VERB/ROOT/4/agree",
            2,
            "Geneva",
        ),
        (  # conjuncts and coordination are statements of their own
            "Britain/PROPN/nsubj/3 and/CCONJ/cc/0 Canada/PROPN/conj/0 agreed/VERB/ROOT/3/agree",
            0,
            "Britain",
        ),
    ],
)
def test_phrase_edges(spec, head, text):
    assert phrase(parse(spec)[head]).text == text


def test_apposition_head_is_recorded_but_not_in_the_text():
    doc = parse(
        "Xi/PROPN/nsubj/5 ,/PUNCT/punct/0 China/PROPN/poss/4 's/PART/case/2 "
        "president/NOUN/appos/0 spoke/VERB/ROOT/5/speak"
    )
    arg = phrase(doc[0])
    assert (arg.text, arg.appos) == ("Xi", 4)


#: "Oleg Gordievsky , a senior officer who defected , spoke"
GORDIEVSKY = (
    "Oleg/PROPN/compound/1 Gordievsky/PROPN/nsubj/10 ,/PUNCT/punct/1 a/DET/det/5 "
    "senior/ADJ/amod/5 officer/NOUN/appos/1 who/PRON/nsubj/7 defected/VERB/relcl/5/defect "
    ",/PUNCT/punct/1 and/CCONJ/cc/1 spoke/VERB/ROOT/10/speak"
)


def test_an_appositive_phrase_records_the_noun_it_is_in_apposition_with():
    # the officer is Gordievsky: "a senior officer who defected" names him
    doc = parse(GORDIEVSKY)
    officer = phrase(doc[5])
    assert (officer.text, officer.appos) == ("a senior officer", 1)
    assert phrase(doc[1]).appos == 5  # and the name its appositive, as before
    assert phrase(doc[10]).appos is None  # no apposition at all


@pytest.mark.parametrize(
    ("spec", "appositive", "expected"),
    [
        # "In Argentina , Suez 's subsidiary , left": the parser's apposition to the opening
        # phrase's object; the subsidiary is no Argentina
        ("In/ADP/prep/7 Argentina/PROPN/pobj/0 ,/PUNCT/punct/1 Suez/PROPN/poss/5 's/PART/case/3 "
         "subsidiary/NOUN/appos/1 ,/PUNCT/punct/1 left/VERB/ROOT/7/leave", 5, None),
        # "They met with Gordievsky , an officer": a preposition's object inside the sentence
        ("They/PRON/nsubj/1 met/VERB/ROOT/1/meet with/ADP/prep/1 Gordievsky/PROPN/pobj/2 "
         ",/PUNCT/punct/3 an/DET/det/6 officer/NOUN/appos/3", 6, 3),
    ],
)  # fmt: skip
def test_an_opening_phrase_s_object_is_not_what_follows_its_comma(spec, appositive, expected):
    assert phrase(parse(spec)[appositive]).appos == expected


def test_conjuncts_in_order():
    doc = parse(
        "the/DET/det/1 US/PROPN/nsubj/7 ,/PUNCT/punct/1 Britain/PROPN/conj/1 "
        "and/CCONJ/cc/3 Canada/PROPN/conj/3 all/DET/det/7 agreed/VERB/ROOT/7/agree"
    )
    assert [t.text for t in conjuncts(doc[1])] == ["US", "Britain", "Canada"]


def test_clause_argument_drops_that_and_edge_punctuation():
    doc = parse(
        "Xi/PROPN/nsubj/1 said/VERB/ROOT/1/say that/SCONJ/mark/4 ties/NOUN/nsubj/4/tie "
        "grew/VERB/ccomp/1/grow ./PUNCT/punct/4"
    )
    arg = clause_arg(doc[4])
    assert (arg.text, arg.root) == ("ties grew", 4)


def test_prepositional_argument_keeps_its_preposition():
    doc = parse(
        "Panama/PROPN/nsubj/1 granted/VERB/ROOT/1/grant asylum/NOUN/dobj/1 to/ADP/prep/1 "
        "Panamanian/ADJ/amod/5 officers/NOUN/pobj/3/officer"
    )
    arg = prep_arg(doc[3])
    assert (arg.text, arg.root) == ("to Panamanian officers", 5)
    assert doc.text[arg.start : arg.end] == "to Panamanian officers"


def test_a_relative_pronoun_object_is_the_noun_it_stands_for():
    doc = parse(
        "China/PROPN/nsubj/1 eyes/VERB/ROOT/1/eye Taiwan/PROPN/dobj/1 ,/PUNCT/punct/2 "
        "which/PRON/dobj/6/which/WDT it/PRON/nsubj/6 claims/VERB/relcl/2/claim/VBZ"
    )
    assert is_relative(doc[4]) and not is_relative(doc[5])
    assert object_arg(doc[4], doc[6]).text == "Taiwan"


@pytest.mark.parametrize(
    ("words", "spaces", "pick", "text"),
    [
        (["I", "do", "n't", "know"], [True, False, True, False], [1, 2, 3], "don't know"),
        (["They", "ca", "n't", "go"], [True, False, True, False], [1, 2, 3], "can't go"),
        (["was", "quickly", "excluded", "from"], [True] * 3 + [False], [0, 2, 3],
         "was excluded from"),  # a gap is one space
        (["met", "with"], [True, False], [0, 1], "met with"),
    ],
)  # fmt: skip
def test_relation_text_keeps_the_texts_own_spacing(words, spaces, pick, text):
    from spacy.tokens import Doc

    from kg.extract.phrases import token_text

    doc = Doc(english_vocab(), words=words, spaces=spaces)
    assert token_text([doc[i] for i in pick]) == text


@pytest.mark.parametrize(
    ("spec", "head", "text"),
    [
        (  # an infinitive completes its noun: "any bid", alone, loses the point
            "UK/PROPN/nsubj/1 vetoed/VERB/ROOT/1/veto any/DET/det/3 bid/NOUN/dobj/1 "
            "to/PART/aux/5/to/TO reduce/VERB/acl/3/reduce/VB the/DET/det/7 rebate/NOUN/dobj/5",
            3,
            "any bid to reduce the rebate",
        ),
        (  # so does a "that" clause, also inside a phrase
            "a/DET/det/1 signal/NOUN/nsubj/6 that/SCONJ/mark/4 they/PRON/nsubj/4 "
            "are/AUX/acl/1/be willing/ADJ/acomp/4 came/VERB/ROOT/6/come",
            1,
            "a signal that they are willing",
        ),
        (  # a participle clause says something of its own and stays out
            "the/DET/det/1 rebate/NOUN/dobj/5 secured/VERB/acl/1/secure/VBN by/ADP/agent/2 "
            "Thatcher/PROPN/pobj/3 ended/VERB/ROOT/5/end",
            1,
            "the rebate",
        ),
        (  # and so does a relative clause opened by "that", which is its subject
            "a/DET/det/1 program/NOUN/dobj/5 that/PRON/nsubj/3/that/WDT "
            "helped/VERB/relcl/1/help them/PRON/dobj/3 ended/VERB/ROOT/5/end",
            1,
            "a program",
        ),
    ],
)
def test_noun_complement_clauses_stay_in_the_phrase(spec, head, text):
    assert phrase(parse(spec)[head]).text == text


@pytest.mark.parametrize(
    ("spec", "head", "text"),
    [
        (  # the closing quote the parser hung elsewhere joins the phrase its opener is in
            "Labour/PROPN/poss/3 's/PART/case/0 ‘/PUNCT/punct/3 way/NOUN/nsubj/5 "
            "’/PUNCT/punct/5 failed/VERB/ROOT/5/fail",
            3,
            "Labour's ‘ way ’",
        ),
        (  # a straight quote left open inside does too
            'the/DET/det/3 "/PUNCT/punct/3 third/ADJ/amod/3 way/NOUN/nsubj/5 '
            '"/PUNCT/punct/5 failed/VERB/ROOT/5/fail',
            3,
            'the " third way "',
        ),
        (  # an opening quote before a phrase that closes one joins it
            "‘/PUNCT/punct/5 third/ADJ/amod/2 way/NOUN/compound/4 ’/PUNCT/punct/2 "
            "backers/NOUN/nsubj/5 failed/VERB/ROOT/5/fail",
            4,
            "‘ third way ’ backers",
        ),
        (  # a quote that opens after the phrase stays out
            'the/DET/det/1 plan/NOUN/nsubj/3 "/PUNCT/punct/3 failed/VERB/ROOT/3/fail',
            1,
            "the plan",
        ),
    ],
)
def test_quotes_left_open_are_closed(spec, head, text):
    assert phrase(parse(spec)[head]).text == text


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (  # a closing quote whose opener is in the clause stays
            "he/PRON/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubjpass/5 was/AUX/auxpass/5/be "
            '"/PUNCT/punct/5 set/VERB/ccomp/1/set/VBN in/ADP/prep/5 stone/NOUN/pobj/6 '
            '"/PUNCT/punct/5',
            'it was " set in stone "',
        ),
        (  # a quote around the whole clause goes, at both ends
            'he/PRON/nsubj/1 said/VERB/ROOT/1/say "/PUNCT/punct/4 it/PRON/nsubj/4 '
            'failed/VERB/ccomp/1/fail "/PUNCT/punct/4',
            "it failed",
        ),
    ],
)
def test_clause_edges_keep_a_quote_closed_inside(spec, text):
    doc = parse(spec)
    assert clause_arg(next(t for t in doc if t.dep_ == "ccomp")).text == text


@pytest.mark.parametrize(
    ("spec", "pick", "text"),
    [
        (  # the conjunction hangs on the clause's verb, what it joins on the verb above
            "I/PRON/nsubj/1 want/VERB/ROOT/1/want him/PRON/nsubj/4 to/PART/aux/4/to/TO "
            "grasp/VERB/ccomp/1/grasp issues/NOUN/dobj/4/issue and/CCONJ/cc/4 "
            "that/PRON/nsubj/8 means/VERB/conj/1/mean delay/NOUN/dobj/8",
            4,
            "him to grasp issues",
        ),
        (  # a conjunction dangling at a noun phrase's end
            "it/PRON/nsubj/1 was/AUX/ROOT/1/be part/NOUN/attr/1 of/ADP/prep/2 "
            "the/DET/det/5 case/NOUN/pobj/3 and/CCONJ/cc/5 some/PRON/nsubj/8 "
            "failed/VERB/conj/1/fail",
            2,
            "part of the case",
        ),
        (  # a conjunction with what it joins stays
            "he/PRON/nsubj/1 said/VERB/ROOT/1/say prices/NOUN/nsubj/3/price "
            "rose/VERB/ccomp/1/rise and/CCONJ/cc/3 fell/VERB/conj/3/fall",
            3,
            "prices rose and fell",
        ),
    ],
)
def test_a_conjunction_left_dangling_at_the_end_goes(spec, pick, text):
    doc = parse(spec)
    tok = doc[pick]
    arg = clause_arg(tok) if tok.pos_ == "VERB" else phrase(tok)
    assert arg.text == text


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (  # a verb of the clause keeps the clause it takes ("to allow countries to run ...")
            "he/PRON/nsubj/1 said/VERB/ROOT/1/say rules/NOUN/nsubjpass/5 "
            "should/AUX/aux/5/should/MD be/AUX/auxpass/5/be loosened/VERB/ccomp/1/loosen/VBN "
            "to/PART/aux/7 allow/VERB/advcl/5/allow/VB states/NOUN/nsubj/10 to/PART/aux/10 "
            "run/VERB/ccomp/7/run/VB deficits/NOUN/dobj/10",
            "rules should be loosened to allow states to run deficits",
        ),
        (  # not one with an object of its own: the clause after it says more
            "he/PRON/nsubj/1 said/VERB/ROOT/1/say Iran/PROPN/nsubj/3 wanted/VERB/ccomp/1/want "
            "to/PART/aux/5 tell/VERB/xcomp/3/tell envoys/NOUN/dobj/5 talks/NOUN/nsubj/8 "
            "failed/VERB/ccomp/5/fail",
            "Iran wanted to tell envoys",
        ),
        (  # an "and" whose conjunct the parser hung elsewhere ends no clause
            "the/DET/det/1 US/PROPN/nsubj/2 was/AUX/ccomp/9/be slow/ADJ/acomp/2 "
            "and/CCONJ/cc/2 India/PROPN/nsubj/6 had/VERB/ccomp/9/have problems/NOUN/dobj/6 "
            ",/PUNCT/punct/9 she/PRON/nsubj/9 said/VERB/ROOT/9/say",
            "the US was slow",
        ),
    ],
)
def test_a_reported_clause_is_whole(spec, text):
    doc = parse(spec)
    assert clause_arg(next(t for t in doc if t.dep_ == "ccomp")).text == text
