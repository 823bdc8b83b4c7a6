"""Speakers of quotations that run past their frame (kg/extract/quotes.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import parse

from kg.extract.according import Cited
from kg.extract.quotes import attributed, quote_speakers
from kg.extract.records import Arg, Extraction

SPEAKER = Arg("Mr Khatami", 0, 10, 1)
CITED = Cited("Reuters", 13, 20, 3)


def extraction(**changes) -> Extraction:
    """ "Revenues rose", as Open IE reads it."""
    subject = Arg("Revenues", 0, 8, 0)
    base = Extraction(subject=subject, relation="rose", relation_span=(9, 13), object=None,
                      lemma="rise", trigger=1)  # fmt: skip
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "who", "speaker", "modality"),
    [
        ({}, SPEAKER, "Mr Khatami", "reported"),  # what it asserts, he says
        ({"modality": "requested"}, SPEAKER, "Mr Khatami", "requested"),  # a demand stays one
        ({}, None, None, "asserted"),  # no quotation, no speaker
        # a speaker of its own stays
        ({"attributed_to": Arg("Gooch", 0, 5, 0)}, SPEAKER, "Gooch", "asserted"),
        # a source "according to" cites says what is claimed, not the writer's glosses
        ({}, CITED, "Reuters", "reported"),
        ({"pattern": "appos"}, CITED, None, "asserted"),
        ({"pattern": "copula"}, CITED, None, "asserted"),
        ({"pattern": "copula"}, SPEAKER, "Mr Khatami", "reported"),  # a speaker's judgement
    ],
)
def test_attributed(changes, who, speaker, modality):
    found = attributed(extraction(**changes), who)
    assert (found.attributed_to.text if found.attributed_to else None) == speaker
    assert found.modality == modality


def _speakers(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    found = quote_speakers(doc)
    return [found[s.start].text if s.start in found else None for s in doc.sents]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation alone, right after one with a frame: the same speaker's
        ('"Spending should come from taxes," Mr Khatami said. "Oil revenues should be used '
         'for investment."', [None, "Mr Khatami"]),
        # a quotation left open runs on to the sentence that names its speaker
        ('"We think the US case is very weak. They have no evidence," said Anthony Gooch.',
         ["Anthony Gooch", None]),
        # indirect speech, then the quotation of the same reporter
        ('Mr Sandford said the plan was risky. "Some of these people are accused of crimes."',
         [None, "Mr Sandford"]),
        # narration with no reporting verb ends the chain
        ('"Taxes must rise," Mr Khatami said. The budget was passed. "It is a good day."',
         [None, None, None]),
        # a quoted phrase inside narration is no quotation of a sentence's own
        ('The minister called the sale "the swindle of the century". Oil prices rose.',
         [None, None]),
    ],
)  # fmt: skip
def test_quote_speakers(nlp, text, expected):
    assert _speakers(nlp, text) == expected


#: '"We won," he said. {narration} "We played well."': a quotation, a narration sentence
#: with a verb of saying, a quotation with no frame of its own.
QUOTE, THEN = (
    "“/PUNCT/punct/6 We/PRON/nsubj/2 won/VERB/ccomp/6/win ,/PUNCT/punct/6 ”/PUNCT/punct/6 "
    "he/PRON/nsubj/6 said/VERB/ROOT/6/say ./PUNCT/punct/6",
    "“/PUNCT/punct/{0} We/PRON/nsubj/{0} played/VERB/ROOT/{0}/play well/ADV/advmod/{0} "
    "./PUNCT/punct/{0} ”/PUNCT/punct/{0}",
)


@pytest.mark.parametrize(
    ("narration", "expected"),
    [
        # "The edge claimed draws" (the parser gave "claiming" of "an edge after claiming
        # draws" the edge for its subject): a thing speaks no quotation, the speaker goes on
        ("The/DET/det/9 edge/NOUN/nsubj/10 claimed/VERB/ROOT/10/claim "
         "draws/NOUN/dobj/10/draw ./PUNCT/punct/10", "he"),
        # "The minister claimed draws": a person the narration names speaks on
        ("The/DET/det/9 minister/NOUN/nsubj/10 claimed/VERB/ROOT/10/claim "
         "draws/NOUN/dobj/10/draw ./PUNCT/punct/10", "The minister"),
    ],
)  # fmt: skip
def test_a_narration_sentences_reporter_speaks_on_only_if_it_can_speak(narration, expected):
    doc = parse(" ".join((QUOTE, narration, THEN.format(len(narration.split()) + 9))))
    found = quote_speakers(doc)
    assert [found[s.start].text if s.start in found else None for s in doc.sents] == [
        None,
        None,
        expected,
    ]
