"""Which tokens are inside a quotation (kg.extract.pronouns.quoted), and which subject a
pronoun of the narrative picks up after quoted words, on hand-made Docs."""

from __future__ import annotations

import pytest
from factories import english_vocab, parse
from spacy.tokens import Doc

from kg.extract.pronouns import (
    across_quote,
    conjunct_subject,
    cross_quote,
    frame_subject,
    in_reported,
    main_subject,
    narrative_subject,
    own_subject,
    plural_subject,
    predicate_noun,
    prior_subject,
    quoted,
    relative_antecedent,
    reported_clauses,
    thing_since,
)


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


#: 'Anna Lee spoke . " You know , " Tom said . " It hurt . " She left': a quoted sentence
#: framed by Tom, one of quoted words alone, then the narrative again.
NARRATIVE = (
    "Anna/PROPN/compound/1 Lee/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    '"/PUNCT/punct/6 You/PRON/nsubj/6 know/VERB/ROOT/6 ,/PUNCT/punct/6 "/PUNCT/punct/6 '
    'Tom/PROPN/nsubj/10 said/VERB/ccomp/6/say ./PUNCT/punct/6 "/PUNCT/punct/14 '
    'It/PRON/nsubj/14 hurt/VERB/ROOT/14 ./PUNCT/punct/14 "/PUNCT/punct/14 '
    "She/PRON/nsubj/18 left/VERB/ROOT/18/leave"
)


def test_the_narrative_passes_over_quoted_words_to_the_frame_of_a_quotation():
    doc = parse(NARRATIVE)
    she = doc[17]
    assert frame_subject(doc, 4).text == "Tom"  # the quoted "know" is that sentence's root
    assert frame_subject(doc, 0) is None  # no quotation: no frame
    assert narrative_subject(she, 17).text == "Tom"  # not the quoted "It"
    assert prior_subject(she).text == "Tom"
    # with only one sentence looked at, the quoted "It" is all there is: no subject
    assert narrative_subject(she, 17, sentences=1).text == "It"
    assert prior_subject(doc[5]) is None  # a quoted pronoun does not step back


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (0, "change"),  # "Acme ... . Ivan called the change good and said it helped"
        (5, None),  # a name in the same sentence as the change: nothing since it
    ],
)
def test_a_thing_since_a_name_is_a_later_sentences_subject_or_object(named, expected):
    doc = parse(
        "Acme/PROPN/nsubj/1 kept/VERB/ROOT/1/keep a/DET/det/3 right/NOUN/dobj/1/right/NN "
        "./PUNCT/punct/1 Ivan/PROPN/nsubj/6 called/VERB/ROOT/6/call the/DET/det/8 "
        "change/NOUN/dobj/6/change/NN and/CCONJ/cc/6 said/VERB/conj/6/say it/PRON/nsubj/12 "
        "helped/VERB/ccomp/10/help"
    )
    found = thing_since(doc[11], named)
    assert (found.text if found is not None else None) == expected


def test_a_thing_as_subject_comes_before_a_nearer_object():
    """ "Acme spoke . The approach beats terrorism . Ivan said it works": the approach."""
    doc = parse(
        "Acme/PROPN/nsubj/1 spoke/VERB/ROOT/1/speak ./PUNCT/punct/1 The/DET/det/4 "
        "approach/NOUN/nsubj/5/approach/NN beats/VERB/ROOT/5/beat "
        "terrorism/NOUN/dobj/5/terrorism/NN ./PUNCT/punct/5 Ivan/PROPN/nsubj/9 "
        "said/VERB/ROOT/9/say it/PRON/nsubj/11 works/VERB/ccomp/9/work"
    )
    assert thing_since(doc[10], 0).text == "approach"


def test_quoted_words_with_no_subject_are_passed_over_too():
    """'Anna Lee spoke . " Never again . " She left': Anna Lee; narration with no subject
    ends the chain ('Anna Lee spoke . Never again . She left': none)."""
    quoted_words = parse(
        "Anna/PROPN/compound/1 Lee/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        '"/PUNCT/punct/5 Never/ADV/ROOT/5 again/ADV/advmod/5 ./PUNCT/punct/5 "/PUNCT/punct/5 '
        "She/PRON/nsubj/10 left/VERB/ROOT/10/leave"
    )
    assert narrative_subject(quoted_words[9], 9).text == "Lee"
    narration = parse(
        "Anna/PROPN/compound/1 Lee/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
        "Never/ADV/ROOT/4 again/ADV/advmod/4 ./PUNCT/punct/4 "
        "She/PRON/nsubj/8 left/VERB/ROOT/8/leave"
    )
    assert narrative_subject(narration[7], 7) is None


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Zubfares were trialled": a name the tagger left singular, plural by its verb
        ("Zubfares/PROPN/nsubjpass/2 were/AUX/auxpass/2/be/VBD trialled/VERB/ROOT/2/trial",
         True),
        # "Zubfares have grown": a plural present
        ("Zubfares/PROPN/nsubj/2 have/AUX/aux/2/have/VBP grown/VERB/ROOT/2/grow", True),
        # "Acme was sold": singular
        ("Acme/PROPN/nsubjpass/2 was/AUX/auxpass/2/be/VBD sold/VERB/ROOT/2/sell", False),
        # "Acme grew": a past that says nothing of number
        ("Acme/PROPN/nsubj/1 grew/VERB/ROOT/1/grow/VBD", False),
        # "officials met": a plural noun
        ("officials/NOUN/nsubj/1/official/NNS met/VERB/ROOT/1/meet", True),
    ],
)  # fmt: skip
def test_a_subject_is_plural_by_its_tag_or_its_verb(spec, expected):
    assert plural_subject(parse(spec)[0]) is expected


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "US oil giant Exxon said": two subjects, the noun cut from the name after it
        ("US/PROPN/compound/2 oil/NOUN/compound/2 giant/NOUN/nsubj/4 Exxon/PROPN/nsubj/4 "
         "said/VERB/ROOT/4/say", {"0": "GPE", "3": "ORG"}, "Exxon"),
        # "Shares in struggling club Acme slipped": the noun's phrase runs on, the shares
        ("Shares/NOUN/nsubj/5/share/NNS in/ADP/prep/0 struggling/ADJ/amod/1 club/NOUN/compound/4 "
         "Acme/PROPN/nsubj/5 slipped/VERB/ROOT/5/slip", {"4": "ORG"}, "Shares"),
        # "The giant , Acme , said": one subject
        ("The/DET/det/1 giant/NOUN/nsubj/5 ,/PUNCT/punct/1 Acme/PROPN/appos/1 ,/PUNCT/punct/1 "
         "said/VERB/ROOT/5/say", {"3": "ORG"}, "giant"),
    ],
)  # fmt: skip
def test_the_main_subject_of_a_noun_cut_from_a_name_is_the_name(spec, ents, expected):
    doc = parse(spec, ents=ents)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert main_subject(root).text == expected


def test_a_plural_subject_is_leaned_on_only_if_it_names_a_body():
    """ "Zubclays cautioned . It added": a plural noun is no antecedent, unless ``named``."""
    doc = parse(
        "Zubclays/NOUN/nsubj/1/zubclays/NNS cautioned/VERB/ROOT/1/caution ./PUNCT/punct/1 "
        "It/PRON/nsubj/4 added/VERB/ROOT/4/add"
    )
    assert prior_subject(doc[3]) is None
    assert prior_subject(doc[3], named=lambda t: t.text == "Zubclays") == doc[0]


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        ("then/ADV/advmod/6", "market"),  # "the market fell , but then it rose": the market
        ("that/SCONJ/mark/6", None),  # "... , but that it rose": a thing said, no clause
    ],
)
def test_the_subject_of_the_clause_a_conjunct_stands_coordinated_with(mark, expected):
    doc = parse(
        "The/DET/det/1 market/NOUN/nsubj/2 fell/VERB/ROOT/2/fall but/CCONJ/cc/2 "
        f"{mark} it/PRON/nsubj/6 rose/VERB/conj/2/rise"
    )
    found = conjunct_subject(doc[5])
    assert (found.text if found is not None else None) == expected
    assert conjunct_subject(doc[1]) is None  # the first clause's own subject


@pytest.mark.parametrize(
    ("comma", "expected"),
    [("", "option"), (",/PUNCT/punct/1 ", "which")],  # ", which": a comment on the clause
)
def test_a_restrictive_relative_pronoun_stands_for_its_noun(comma, expected):
    shift = 1 if comma else 0
    doc = parse(
        f"an/DET/det/1 option/NOUN/ROOT/1 {comma}which/PRON/nsubjpass/{3 + shift}/which/WDT "
        f"used/VERB/relcl/1/use as/SCONJ/mark/{6 + shift} it/PRON/nsubjpass/{6 + shift} "
        f"seen/VERB/advcl/{3 + shift}/see"
    )
    which, it = doc[2 + shift], doc[5 + shift]
    assert relative_antecedent(which, it).text == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "it would be a campaign": the noun the copula says "it" is
        ("it/PRON/nsubj/2 would/AUX/aux/2 be/AUX/ROOT/2/be a/DET/det/4 campaign/NOUN/attr/2",
         "campaign"),
        # "it was clear": no noun
        ("it/PRON/nsubj/1 was/AUX/ROOT/1/be clear/ADJ/acomp/1", None),
        # "it said a word": no copula
        ("it/PRON/nsubj/1 said/VERB/ROOT/1/say a/DET/det/3 word/NOUN/dobj/1", None),
    ],
)  # fmt: skip
def test_the_predicate_noun_is_what_a_copula_says_its_subject_is(spec, expected):
    noun = predicate_noun(parse(spec)[0])
    assert (noun.text if noun is not None else None) == expected


#: "Blair would be in the line, he said": what "he" (4) says, before the frame's comma.
FRAMED = (
    "Blair/PROPN/nsubj/2 would/AUX/aux/2 be/AUX/ccomp/5/be ,/PUNCT/punct/5 he/PRON/nsubj/5 "
    "said/VERB/ROOT/5/say"
)


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        (FRAMED, 4, [(0, 2)]),
        # '..." he said' and '...” he said': a closing quote sets the frame off as well
        ('Blair/PROPN/nsubj/1 failed/VERB/ccomp/4/fail "/PUNCT/punct/4 he/PRON/nsubj/4 '
         "said/VERB/ROOT/4/say", 3, [(0, 1)]),
        ("Blair/PROPN/nsubj/1 failed/VERB/ccomp/4/fail \u201d/PUNCT/punct/4 he/PRON/nsubj/4 "
         "said/VERB/ROOT/4/say", 3, [(0, 1)]),
        # "The Tories, he said, can cut crime": "said" hung on the clause it reports
        ("The/DET/det/1 Tories/PROPN/nsubj/7 ,/PUNCT/punct/4 he/PRON/nsubj/4 "
         "said/VERB/parataxis/7/say ,/PUNCT/punct/4 can/AUX/aux/7 cut/VERB/ROOT/7 "
         "crime/NOUN/dobj/7", 3, [(0, 1)]),
        # "Ms James emphasised she had said": no frame set off by a comma
        ("James/PROPN/nsubj/1 emphasised/VERB/ROOT/1/emphasise she/PRON/nsubj/4 had/AUX/aux/4 "
         "said/VERB/ccomp/1/say", 2, []),
        # "..., he left": no speech verb
        (FRAMED.replace("said/VERB/ROOT/5/say", "left/VERB/ROOT/5/leave"), 4, []),
        # "Blair": the subject before the frame, not its speaker
        (FRAMED, 0, []),
    ],
)  # fmt: skip
def test_what_a_speaker_says_before_the_frame_of_a_speech_verb(spec, i, expected):
    doc = parse(spec)
    assert reported_clauses(doc[i]) == expected


@pytest.mark.parametrize(
    ("spec", "i", "j", "expected"),
    [
        (FRAMED, 4, 0, True),  # Blair is in what "he" says
        (FRAMED.replace("he/PRON", "it/PRON"), 4, 0, False),  # a body's own word: not read so
        (FRAMED, 4, 5, False),  # "said" is outside what is said
        # "Tom told ..., he said": Tom speaks of his own, no name in what "he" says
        ("Tom/PROPN/nsubj/1 told/VERB/ccomp/4/tell ,/PUNCT/punct/4 he/PRON/nsubj/4 "
         "said/VERB/ROOT/4/say", 3, 0, False),
        # "said Ross works ..., he said": a name just after a speech verb is a voice
        ("said/VERB/advcl/2/say Ross/PROPN/nsubj/2 works/VERB/ccomp/5/work ,/PUNCT/punct/5 "
         "he/PRON/nsubj/5 said/VERB/ROOT/5/say", 4, 1, False),
        ("today/NOUN/npadvmod/2 Ross/PROPN/nsubj/2 works/VERB/ccomp/5/work ,/PUNCT/punct/5 "
         "he/PRON/nsubj/5 said/VERB/ROOT/5/say", 4, 1, True),
    ],
)  # fmt: skip
def test_a_name_in_what_he_says_is_not_what_he_stands_for(spec, i, j, expected):
    doc = parse(spec)
    assert in_reported(doc[i], doc[j]) is expected


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "Acme branded it": a verb's object; its subject is not what it is
        ("Acme/PROPN/nsubj/1 branded/VERB/ROOT/1/brand it/PRON/dobj/1", 2, 0),
        # "Acme keeps it pegged": the subject of a clause with no tense of its own
        ("Acme/PROPN/nsubj/1 keeps/VERB/ROOT/1/keep/VBZ it/PRON/nsubj/3 "
         "pegged/VERB/ccomp/1/peg/VBN", 2, 0),
        # "Acme wanted it to end"
        ("Acme/PROPN/nsubj/1 wanted/VERB/ROOT/1/want it/PRON/nsubj/4 to/PART/aux/4//TO "
         "end/VERB/xcomp/1/end/VB", 2, 0),
        # "Acme said it would end": a finite clause's subject may be the sayer
        ("Acme/PROPN/nsubj/1 said/VERB/ROOT/1/say it/PRON/nsubj/4 would/AUX/aux/4/will/MD "
         "end/VERB/ccomp/1/end/VB", 2, None),
        # "Acme put money in it": a preposition's object may be its verb's subject
        ("Acme/PROPN/nsubj/1 put/VERB/ROOT/1/put money/NOUN/dobj/1 in/ADP/prep/1 "
         "it/PRON/pobj/3", 4, None),
    ],
)  # fmt: skip
def test_it_as_an_object_is_never_its_own_verbs_subject(spec, i, expected):
    doc = parse(spec)
    found = own_subject(doc[i])
    assert (found.i if found is not None else None) == expected


#: "Peston said Blair decided he would quit because he felt": the verbs of each clause joined.
NESTED = (
    "Peston/PROPN/nsubj/1 said/VERB/ROOT/1/say Blair/PROPN/nsubj/3 decided/VERB/ccomp/1/decide "
    "he/PRON/nsubj/6 would/AUX/aux/6 quit/VERB/ccomp/3 because/SCONJ/mark/9 "
    "he/PRON/nsubj/9 felt/VERB/advcl/6/feel"
)


@pytest.mark.parametrize(
    ("i", "ents", "expected"),
    [
        (4, {"0": "PERSON", "2": "PERSON"}, 2),  # the nearer clause's man, not the main one
        (8, {"0": "PERSON", "2": "PERSON"}, 4),  # the "he" of the clause above, in turn
        (4, {"0": "PERSON"}, 0),  # "Blair" named no person: the main subject stands
    ],
)
def test_he_in_a_nested_clause_leans_on_the_nearest_clause_above(i, ents, expected):
    doc = parse(NESTED, ents=ents)
    assert prior_subject(doc[i]).i == expected


def test_it_in_a_nested_clause_still_leans_on_the_main_subject():
    doc = parse(
        "Acme/PROPN/nsubj/1 said/VERB/ROOT/1/say Zub/PROPN/nsubj/3 decided/VERB/ccomp/1/decide "
        "it/PRON/nsubj/6 would/AUX/aux/6 quit/VERB/ccomp/3",
        ents={"0": "ORG", "2": "PERSON"},
    )
    assert prior_subject(doc[4]).i == 0  # "he" and "she" only


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "Blair wanted to sack him": the infinitive's understood subject, its verb's
        ("Blair/PROPN/nsubj/1 wanted/VERB/ROOT/1/want to/PART/aux/3//TO sack/VERB/xcomp/1/sack "
         "him/PRON/dobj/3", 4, 0),
        # "Blair asked Brown to back him": the object of the verb over it, not its subject
        ("Blair/PROPN/nsubj/1 asked/VERB/ROOT/1/ask Brown/PROPN/dobj/1 to/PART/aux/4//TO "
         "back/VERB/xcomp/1/back him/PRON/dobj/4", 5, 2),
        # "Acme wants to limit it": a thing's "it" alike
        ("Acme/PROPN/nsubj/1 wants/VERB/ROOT/1/want to/PART/aux/3//TO limit/VERB/xcomp/1/limit "
         "it/PRON/dobj/3", 4, 0),
        # "Blair said Brown would sack him": a finite clause's own subject, as before
        ("Blair/PROPN/nsubj/1 said/VERB/ROOT/1/say Brown/PROPN/nsubj/4 would/AUX/aux/4/will/MD "
         "sack/VERB/ccomp/1/sack him/PRON/dobj/4", 5, 2),
    ],
)  # fmt: skip
def test_an_infinitive_s_object_is_not_its_understood_subject(spec, i, expected):
    found = own_subject(parse(spec)[i])
    assert (found.i if found is not None else None) == expected


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "Peston said Blair wanted to sack him": not Blair, who would sack: the main subject
        ("Peston/PROPN/nsubj/1 said/VERB/ROOT/1/say Blair/PROPN/nsubj/3 "
         "wanted/VERB/ccomp/1/want to/PART/aux/5//TO sack/VERB/xcomp/3/sack him/PRON/dobj/5",
         6, 0),
        # 'Peston said "Blair decided" he would quit': a quoted name is not the narrative's "he"
        ('Peston/PROPN/nsubj/1 said/VERB/ROOT/1/say "/PUNCT/punct/4 Blair/PROPN/nsubj/4 '
         'decided/VERB/ccomp/1/decide "/PUNCT/punct/4 he/PRON/nsubj/8 would/AUX/aux/8 '
         "quit/VERB/ccomp/4", 6, 0),
    ],
)  # fmt: skip
def test_the_nearer_clause_s_man_is_not_one_the_pronoun_cannot_be(spec, i, expected):
    doc = parse(spec, ents={"0": "PERSON", "3" if '"' in spec else "2": "PERSON"})
    assert prior_subject(doc[i]).i == expected
