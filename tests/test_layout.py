"""Layout without a model: which line breaks wrap a paragraph, titles, datelines, dates."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from kg.layout import (
    article_date,
    date_in_lines,
    date_in_name,
    dateline,
    find_date,
    is_dateline,
    is_headline,
    soft_breaks,
    title,
    unwrap,
    wrap_width,
)

RAID = (
    "Russia's defence ministry said on Tuesday that its troops repelled an\n"
    "attack by armed saboteurs in the Belgorod border region, and that the\n"
    "Kremlin would respond to what it called a provocation by Kyiv."
)
COUNCIL = (
    "President Vladimir Putin told the Security Council that the raid\n"
    "showed the need for a buffer zone along the frontier, and he ordered\n"
    "the government to help the residents whose homes had been damaged by\n"
    "shelling."
)


def joined_lines(text: str) -> set[int]:
    """Indices of the lines whose break after them :func:`soft_breaks` calls a wrap."""
    ends, at = {}, 0
    for n, line in enumerate(text.split("\n")):
        at += len(line)
        ends[at] = n
        at += 1
    return {ends[offset] for offset in soft_breaks(text)}


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        pytest.param(RAID, {0, 1}, id="wrapped prose"),
        pytest.param(RAID + "\n\n" + COUNCIL, {0, 1, 4, 5, 6}, id="two wrapped paragraphs"),
        pytest.param(
            "Russia's defence ministry said on Tuesday that its\n"
            "troops repelled an attack by armed saboteurs in\n"
            "the Belgorod border region, and that the Kremlin\n"
            "would respond to what it called a provocation by\n"
            "Kyiv.",
            {0, 1, 2, 3},
            id="prose wrapped at 50",
        ),
        pytest.param(
            "    President Vladimir Putin told the Security Council that\n"
            "the raid showed the need for a buffer zone along the frontier,\n"
            "and he ordered the government to help the residents whose\n"
            "homes had been damaged by shelling.\n"
            "    The ministry said it had sent reinforcements to the region\n"
            "on Monday night and that the crossing would stay closed.",
            {0, 1, 2, 4},
            id="indented first lines, no blank lines",
        ),
        pytest.param(
            "The river runs beneath the iron bridge tonight,\n"
            "And every boat that passes bears a name;\n"
            "The lamps along the quay are burning bright,\n"
            "And no one on the water is the same.",
            set(),
            id="a poem",
        ),
        pytest.param(
            "The ministry listed the conditions for any talks with Kyiv:\n"
            "- a ceasefire along the whole of the front line\n"
            "- the exchange of all prisoners of war held by both sides\n"
            "- guarantees for the residents of the border regions",
            set(),
            id="a bullet list",
        ),
        pytest.param(
            "- The ministry said it had sent reinforcements to the region\n"
            "  on Monday night, and that the border crossing at Shebekino\n"
            "  would stay closed until further notice.\n"
            "- Officials in Kyiv said that the fighters were Russian citizens\n"
            "  who had crossed the border of their own accord.",
            {0, 1, 3},
            id="wrapped bullets with a hanging indent",
        ),
        pytest.param(
            "The council agreed on three measures for the border regions:\n"
            "1. a curfew in the towns nearest to the frontier with Ukraine\n"
            "2. more troops and air defence units along the border\n"
            "3. money for the families whose houses were destroyed",
            set(),
            id="a numbered list",
        ),
        pytest.param(
            "Region            Attacks   Wounded   Killed in the raids\n"
            "Belgorod          14        23        2 civilians, 1 soldier\n"
            "Kursk             6         4         none reported so far\n"
            "Bryansk           3         1         none reported so far",
            set(),
            id="a table",
        ),
        pytest.param(
            "The adviser to the Ukrainian president rejected the accusation in a\n"
            "statement posted on social media late on Tuesday, writing that:\n"
            '    "Kyiv has nothing to do with this. The fighters are Russian\n'
            "    citizens who took up arms against the regime in Moscow, and\n"
            '    they answer to no one in Ukraine."\n'
            "The statement did not say whether Ukraine had known of the raid in\n"
            "advance, or whether its forces had helped the fighters in any way.",
            {0, 2, 3, 5},
            id="an indented quote",
        ),
        pytest.param(
            "Russia says the raid has been repelled.\n"
            "Ukraine denies any role in the attack.\n"
            "The United States says it is studying the reports.\n"
            "China calls on both sides to show restraint.",
            set(),
            id="short lines ending with a sentence end",
        ),
        pytest.param(
            "Russia's defence ministry said on Tuesday that its troops had repelled "
            "an attack by armed saboteurs in the Belgorod border region.\n"
            "President Vladimir Putin told the Security Council that the raid showed "
            "the need for a buffer zone along the frontier.",
            set(),
            id="a paragraph per line",
        ),
        pytest.param(
            "RUSSIA SAYS TROOPS REPELLED ATTACK BY SABOTEURS IN BELGOROD REGION\n"
            "MOSCOW, March 3 (Reuters) - Russia's defence ministry said on\n"
            "Tuesday that its troops repelled an attack by armed saboteurs in\n"
            "the Belgorod border region, and that the Kremlin would respond.",
            {1, 2},
            id="caps title and dateline without blank lines",
        ),
        pytest.param(
            "Putin Orders Buffer Zone After Saboteurs Attack Belgorod Border\n"
            "President Vladimir Putin told the Security Council that the raid\n"
            "showed the need for a buffer zone along the frontier, and he ordered\n"
            "the government to help the residents whose homes had been damaged.",
            {1, 2},
            id="headline-style title without a blank line",
        ),
        pytest.param(
            "The ministry said its troops had pushed the fighters back across the\n"
            "- by its account heavily mined - border, and that two of them died.",
            {0},
            id="a dash opening a wrapped line",
        ),
    ],
)
def test_wrap_detector(text, joins):
    assert joined_lines(text) == joins


def test_unwrap_keeps_length_and_everything_but_soft_breaks():
    text = "RAID ON BELGOROD\n\n" + RAID + "\n\n" + COUNCIL + "\n"
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.split("\n\n") == [
        "RAID ON BELGOROD",
        RAID.replace("\n", " "),
        COUNCIL.replace("\n", " ") + "\n",
    ]
    assert [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b] == sorted(
        soft_breaks(text)
    )


@pytest.mark.parametrize(
    ("lines", "width"),
    [
        (RAID.split("\n"), 69),  # its longest line
        (["a short line", "another"], None),  # too short to tell
        (["x" * 150, "y" * 120, "z" * 40], None),  # a paragraph per line
        (["only one line of text that is long enough to be a wrapped line"], None),
    ],
)
def test_wrap_width(lines, width):
    assert wrap_width(lines) == width


WORDS = st.sampled_from(
    ("the", "a", "of", "said", "troops", "border", "Russia", "Kyiv", "ministry", "attack,",
     "region.", "and", "that", "would", "respond", "provocation", "council,", "frontier",
     "buffer", "zone", "residents", "homes", "shelling")
)  # fmt: skip


@given(st.lists(WORDS, min_size=30, max_size=120), st.integers(min_value=45, max_value=95))
@example(  # four lines of 36, 38, 45 and 26 characters: wrapped at 45, not 38
    ["the"] * 5 + ["troops", "residents"] + ["the"] * 7 + ["ministry"] + ["the"] * 15, 45
)
def test_any_wrapped_paragraph_unwraps_to_itself(words, width):
    paragraph = " ".join(["Officials", *words]).rstrip(",") + "."
    wrapped = textwrap.fill(paragraph, width, break_on_hyphens=False)
    lines = wrapped.splitlines()
    ended = sum(not line[-1].isalnum() for line in lines[:-1])
    # three lines or more that all open with a capital and mostly end in punctuation are
    # verse by design ("a poem" above), whatever their words
    assume(
        len(lines) < 3 or not all(line[0].isupper() for line in lines) or 2 * ended < len(lines) - 1
    )
    assert unwrap(wrapped) == paragraph


@pytest.mark.parametrize(
    ("line", "place", "rest", "date"),
    [
        ("MOSCOW (Reuters) - Russia said", "MOSCOW", "Russia said", None),
        ("LONDON, March 3 - Britain said", "LONDON", "Britain said", None),
        ("Kiev, Ukraine: The mayor said", "Kiev", "The mayor said", None),
        ("NEW YORK (AP) -- Stocks fell", "NEW YORK", "Stocks fell", None),
        ("BEIJING, Dec 16 (Xinhua) -- China", "BEIJING", "China", None),
        ("Moscow, 3 March (AFP) - Russia", "Moscow", "Russia", None),
        (
            "WASHINGTON, Feb. 14, 2005 (Reuters) - The US",
            "WASHINGTON",
            "The US",
            dt.date(2005, 2, 14),
        ),
        ("Putin: we will respond", None, None, None),
        ("Russia - which denies it - said", None, None, None),
        ("MTN - the South African firm", None, None, None),
        ("Marley, Rob Partridge - his former press officer", None, None, None),
        ("In London, Mr Blair said: we will", None, None, None),
        ("Replacements (from): Buckland, Morris", None, None, None),
    ],
)
def test_dateline(line, place, rest, date):
    found = dateline(line)
    if place is None:
        assert found is None
        return
    assert found is not None and found.place == place and found.date == date
    assert line[found.place_start : found.place_end] == place and line[found.end :] == rest


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("MOSCOW (Reuters) -", True),
        ("  WASHINGTON, Feb. 14, 2005 (Reuters) -  \n", True),
        ("MOSCOW (Reuters) - Russia said", False),
        ("Putin:", False),
        ("WASHINGTON, Feb. 14, 2005 (Reuters) - " + "x" * 40, False),  # long: not even tried
    ],
)
def test_is_dateline_only_when_nothing_follows(text, alone):
    assert is_dateline(text) is alone
    assert dateline(text) == dateline.__wrapped__(text)  # memoized, the same


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2005-02-14", dt.date(2005, 2, 14)),
        ("Published: 14 February 2005", dt.date(2005, 2, 14)),
        ("Monday, February 14, 2005, 10:02 GMT", dt.date(2005, 2, 14)),
        ("Feb. 14 2005", dt.date(2005, 2, 14)),
        ("14th Feb 2005", dt.date(2005, 2, 14)),
        ("Sept 3, 2004", dt.date(2004, 9, 3)),
        ("on 31 February 2005, then 1 March 2005", dt.date(2005, 3, 1)),  # impossible skipped
        ("2005-02-30", None),
        ("February 14", None),  # no year: not a full date
        ("in 2005, 14 troops", None),
        ("20050214", None),  # compact only in file names
    ],
)
def test_find_date(text, date):
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2005-02-14-blair.txt", dt.date(2005, 2, 14)),
        ("reuters_20050214.txt", dt.date(2005, 2, 14)),
        ("blair_14_February_2005.txt", dt.date(2005, 2, 14)),
        ("abbas-will-not-tolerate-attacks.txt", None),
        ("000_8813760514876ec4.txt", None),
        ("report-20051340.txt", None),
    ],
)
def test_date_in_name(name, date):
    assert date_in_name(name) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Blair visits Basra\n14 February 2005\n\nThe prime minister said...",
            dt.date(2005, 2, 14),
        ),
        ("LONDON, Feb 14, 2005 (Reuters) - Tony Blair said on Monday", dt.date(2005, 2, 14)),
        (
            "Blair visits Basra\n\nTony Blair recalled the attacks of 11 September 2001 when he "
            "spoke to British troops in the southern Iraqi city of Basra on Monday.",
            None,  # a date in a sentence of the body is an event's date
        ),
        ("A\n\nB\n\nC\n\nD\n\nE\n\n14 February 2005", None),  # too far down
    ],
)
def test_date_in_first_lines(text, date):
    assert date_in_lines(text.split("\n")) == date


def test_a_date_in_the_file_name_wins_over_one_in_the_text():
    lines = ["Blair visits Basra", "14 February 2005", "", "Body."]
    assert article_date(lines, name="2005-02-15-basra.txt") == dt.date(2005, 2, 15)
    assert article_date(lines, name="basra.txt") == dt.date(2005, 2, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abbas 'will not tolerate' attacks\n\nPalestinian leader Mahmoud Abbas has said...",
         "Abbas 'will not tolerate' attacks"),
        ("\n\n  Could Yukos be a blessing in disguise?  \n\nBody.",
         "Could Yukos be a blessing in disguise?"),
        ("Rivals of the £400 Apple...\n\nThe Mac mini is the cheapest Apple.",
         "Rivals of the £400 Apple..."),
        ("RUSSIA REPELS RAID\nMOSCOW (Reuters) - Russia said on Tuesday...", "RUSSIA REPELS RAID"),
        ("Russia dismisses the allegations.\n\nIt said so on Monday.", None),  # a sentence
        ("Abbas 'will not tolerate' attacks\nPalestinian leader Mahmoud Abbas said...", None),
        ("Abbas 'will not tolerate' attacks\n\n", None),  # nothing after it
        ("Monday, 14 February 2005\n\nBody.", None),  # a date line
        ("Moscow:\n\nBody.", None),
        ("x" * 201 + "\n\nBody.", None),
    ],
)  # fmt: skip
def test_title_of_a_headerless_text(text, expected):
    assert title(text.split("\n")) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Putin Hails Model Relationship With China", True),
        ("RUSSIA SAYS TROOPS REPELLED ATTACK", True),
        ("Abbas 'Will Not Tolerate' Attacks", True),
        ("Russian President Vladimir Putin on Wednesday praised Russia's model", False),
        ("Putin Hails Model Relationship With China.", False),
    ],
)
def test_is_headline(line, expected):
    assert is_headline(line) is expected
