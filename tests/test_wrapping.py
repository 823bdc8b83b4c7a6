"""The real pipeline on hard-wrapped and header-less articles: the same sentences and
statements as the unwrapped text, titles that are titles, datelines that are places."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

import pytest
from factories import SAMPLE

from kg.extract.statements import process
from kg.ingest import dated, parse_text

pytestmark = pytest.mark.model

#: A wire story written for this test and wrapped by hand, raggedly (as fmt does), at most
#: 72 characters a line; the first paragraph breaks after "repelled an".
WIRE = """\
RUSSIA SAYS TROOPS REPELLED BORDER RAID, PUTIN ORDERS BUFFER ZONE

MOSCOW, March 3 (Reuters) - Russia's defence ministry said on Tuesday
that its troops repelled an
attack by armed saboteurs in the Belgorod border region, and that the
Kremlin would respond to what it called a provocation by Kyiv.

President Vladimir Putin told the Security Council that the raid showed
the need for a buffer zone along the frontier. He ordered the
government to help the residents whose homes had been damaged by
shelling, and he accused Western governments of arming the fighters.

Ukraine denied any role in the attack. "Kyiv has nothing to do with
this," said Mykhailo Podolyak, an adviser to President Volodymyr
Zelenskiy, adding that the fighters were Russian citizens who had
taken up arms against the Kremlin.

The United States said it was studying the reports and urged both
sides to avoid steps that could widen the conflict. China called for
restraint and said it opposed any attack on civilians.
"""


def unwrapped(text: str) -> str:
    """``text`` with the breaks inside its paragraphs made spaces, by hand: a break between
    two lines that are not blank (the wire story's title stands alone)."""
    return re.sub(r"(?<=\S)\n(?=\S)", " ", text)


def outputs(nlp, knowledge, text: str, *, name: str = "wire.txt"):
    article = next(dated([parse_text(text, source=name, id="wire")], dt.date(2023, 3, 3)))
    result = process(nlp(article.text), article, knowledge)
    return article, result.sentences, [s.to_dict() for s in result.statements]


def test_a_wrapped_wire_story_reads_as_its_unwrapped_text(nlp, knowledge):
    article, sentences, statements = outputs(nlp, knowledge, WIRE)
    _, flat_sentences, flat_statements = outputs(nlp, knowledge, unwrapped(WIRE))
    assert sentences == flat_sentences and statements == flat_statements
    assert sentences[:3] == [
        "RUSSIA SAYS TROOPS REPELLED BORDER RAID, PUTIN ORDERS BUFFER ZONE",
        "MOSCOW, March 3 (Reuters) -",
        "Russia's defence ministry said on Tuesday that its troops repelled an attack by armed "
        "saboteurs in the Belgorod border region, and that the Kremlin would respond to what it "
        "called a provocation by Kyiv.",
    ]
    assert not [s for s in sentences if s[0].islower()]
    assert article.title == sentences[0] and article.dateline == "MOSCOW"
    for st in statements:  # offsets point into the text as read
        start, end = st["subject_span"]
        assert " ".join(article.text[start:end].split()) == st["subject"]
    assert "MOSCOW" not in {st["subject"] for st in statements}
    repelled = [st for st in statements if st["relation"] == "repelled"]
    assert repelled and repelled[0]["subject"] == "its troops"


def test_the_sample_wrapped_by_textwrap_gives_the_same_statements(nlp, knowledge):
    """The sample's paragraphs, wrapped at 70 (not at hyphens: a word cut at its hyphen cannot
    be put together again without moving the offsets after it), against the same text with
    the paragraphs on one line each."""
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").split("\n")[1:] if line]
    flat = "\n\n".join(lines)
    wrapped = "\n\n".join(textwrap.fill(p, 70, break_on_hyphens=False) for p in lines)
    assert len(wrapped) == len(flat) and wrapped.count("\n") > flat.count("\n") + 40
    _, sentences, statements = outputs(nlp, knowledge, wrapped)
    _, flat_sentences, flat_statements = outputs(nlp, knowledge, flat)
    assert sentences == flat_sentences
    assert _read(statements) == _read(flat_statements) and len(statements) > 80
    # admission may differ on the title alone: wrapped onto two lines, it reads as no title
    # (its "Putin hails model relationship with China", a headline in the present, is kept
    # either way)
    differ = {a["sentence_id"] for a, b in zip(statements, flat_statements, strict=True) if a != b}
    assert differ <= {0}
    assert [st["admitted"] for st in statements] == [st["admitted"] for st in flat_statements]


#: What admission adds to a statement (whether the graph holds it, and its confidence).
ADMISSION = ("admitted", "dropped_because", "confidence")


def _read(statements: list[dict]) -> list[dict]:
    """The statements as extraction read them, without what admission adds."""
    return [{k: v for k, v in st.items() if k not in ADMISSION} for st in statements]


BBC_LAYOUT = """\
Blair 'will not tolerate' attacks

Prime Minister Tony Blair said on Monday that Britain would not tolerate attacks on its troops.

Mr Blair told MPs that the government would send more soldiers to Basra.
"""


def test_a_bbc_layout_title_is_a_title_and_the_date_comes_from_date(nlp, knowledge):
    article, sentences, statements = outputs(nlp, knowledge, BBC_LAYOUT)
    assert article.title == "Blair 'will not tolerate' attacks" == sentences[0]
    assert article.date == dt.date(2023, 3, 3)
    assert statements and {st["date_source"] for st in statements} <= {"article", "relative"}
    said = [st for st in statements if st["relation_lemma"] == "say"]
    assert said and said[0]["date"] == "2023-02-27"  # "on Monday", before 3 March 2023


def test_an_undated_article_says_so(nlp, knowledge):
    article = parse_text(BBC_LAYOUT, source="blair.txt", id="blair")
    result = process(nlp(article.text), article, knowledge)
    assert article.date is None and result.statements
    undated = [s for s in result.statements if s.date is None]
    assert undated and {s.date_source for s in undated} == {"none"}


def test_a_date_line_under_the_title_dates_the_article(nlp, knowledge):
    text = BBC_LAYOUT.replace("\n\n", "\n14 February 2005\n\n", 1)
    article = parse_text(text, source="blair.txt", id="blair")
    assert article.date == dt.date(2005, 2, 14) and article.title is None
    assert parse_text(BBC_LAYOUT, source="2005-02-15_blair.txt", id="b").date == dt.date(
        2005, 2, 15
    )


@pytest.mark.parametrize(
    ("text", "place", "subject"),
    [
        ("LONDON, March 3 - Britain expelled two Russian diplomats on Tuesday.", "LONDON",
         "Britain"),
        ("MOSCOW (Reuters) - Troops repelled an attack on the border, the ministry said.",
         "MOSCOW", "Troops"),
        ("Kharkiv, Ukraine: The mayor warned of power cuts after Russian strikes.", "Kharkiv",
         "The mayor"),
        ("CAIRO, Egypt (AP) -- Egyptian mediators met Hamas leaders on Sunday.", "CAIRO",
         "Egyptian mediators"),
    ],
)  # fmt: skip
def test_a_wire_dateline_is_a_place_and_never_a_subject(nlp, knowledge, text, place, subject):
    article = parse_text(f"A title\n\n{text}\n", source="x.txt", id="x")
    doc = nlp(article.text)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[1] == text[: text.index(subject)].strip() and article.dateline == place
    assert (place, "GPE") in {(e.text, e.label_) for e in doc.ents}
    statements = process(doc, article, knowledge).statements
    assert statements and all(s.sentence_id != 1 for s in statements)
    assert all(place not in s.subject for s in statements)
    assert subject in {s.subject for s in statements}
