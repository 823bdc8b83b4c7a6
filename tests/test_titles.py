"""Titles before names and the owners of a title (kg.extract.titles), on hand-built parses."""

from __future__ import annotations

import pytest
from factories import parse
from spacy.tokens import Doc

from kg.extract.titles import (
    company_role,
    looks_named,
    organisation_role,
    owner_candidates,
    post_nominal_role,
    title_words,
)


@pytest.mark.parametrize(
    ("spec", "ents", "head", "owners"),
    [
        ("Chinese/ADJ/amod/1 envoy/NOUN/ROOT/1", {"0": "NORP"}, 1, ["Chinese"]),  # an entity
        ("chinese/ADJ/amod/1 envoy/NOUN/ROOT/1", {"0": "NORP"}, 1, ["chinese"]),
        ("Labour/PROPN/compound/1 leader/NOUN/ROOT/1", {}, 1, ["Labour"]),  # a proper noun
        ("Health/NOUN/compound/1 minister/NOUN/ROOT/1", {}, 1, ["Health"]),  # a capital
        ("health/NOUN/compound/1 minister/NOUN/ROOT/1", {}, 1, []),
        ("the/DET/det/1 minister/NOUN/ROOT/1", {}, 1, []),  # no owner's dependency
        ("rebels/NOUN/ROOT/0 in/ADP/prep/0 Chad/PROPN/pobj/1", {}, 0, ["Chad"]),
        ("rebels/NOUN/ROOT/0 near/ADP/prep/0 Chad/PROPN/pobj/1", {}, 0, []),  # no place's
        ("rebels/NOUN/ROOT/0 in/ADP/prep/0 hills/NOUN/pobj/1", {}, 0, []),
    ],
)
def test_owner_candidates_are_modifiers_and_place_objects_that_look_named(spec, ents, head, owners):
    doc = parse(spec, ents=ents)
    found = list(owner_candidates(doc[head]))
    assert [t.text for t in found] == owners
    assert all(looks_named(t) for t in found)


def _joined(doc: Doc, glued: set[int]) -> Doc:
    """``doc`` with no space after the tokens ``glued`` ("co-chairman" is one word)."""
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) and t.i not in glued for t in doc],
        pos=[t.pos_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        tags=[t.tag_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


#: "Tory co - chairman Liam Fox spoke"
FOX = (
    "Tory/PROPN/compound/5 co/NOUN/compound/5 -/PUNCT/punct/5 chairman/NOUN/compound/5 "
    "Liam/PROPN/compound/5 Fox/PROPN/nsubj/6 spoke/VERB/ROOT/6/speak"
)


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ({1, 2}, ["Tory", "co", "-", "chairman"]),  # "co-chairman": a hyphen inside a word
        (set(), ["chairman"]),  # "co - chairman": a dash between phrases ends the title
    ],
)
def test_a_title_runs_over_a_hyphen_inside_a_word_not_a_dash(glued, expected):
    doc = _joined(parse(FOX, ents={"4-5": "PERSON"}), glued)
    assert [w.text for w in title_words(doc.ents[0])] == expected


@pytest.mark.parametrize(
    ("spec", "ents", "role"),
    [
        # "Ken Macdonald QC said": the letters inside the entity, or just after it
        (
            "Ken/PROPN/compound/2 Macdonald/PROPN/compound/2 QC/PROPN/nsubj/3 said/VERB/ROOT/3",
            {"0-2": "PERSON"},
            "counsel",
        ),
        (
            "Ken/PROPN/compound/1 Macdonald/PROPN/nsubj/3 QC/PROPN/appos/1 said/VERB/ROOT/3",
            {"0-1": "PERSON"},
            "counsel",
        ),
        # no letters; lower-case "qc" is no post-nominal; a one-word entity is no name + letters
        ("Ken/PROPN/compound/1 Macdonald/PROPN/nsubj/2 said/VERB/ROOT/2", {"0-1": "PERSON"}, None),
        (
            "Ken/PROPN/compound/1 Macdonald/PROPN/nsubj/3 qc/NOUN/appos/1 said/VERB/ROOT/3",
            {"0-1": "PERSON"},
            None,
        ),
        ("QC/PROPN/nsubj/1 said/VERB/ROOT/1", {"0": "PERSON"}, None),
    ],
)
def test_letters_after_a_name_give_a_role(spec, ents, role):
    assert post_nominal_role(parse(spec, ents=ents).ents[0]) == role


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("energy giant", True),
        ("oil group", True),  # a group of an industry is a firm
        ("consultancy group", True),
        ("luxury goods group", True),
        ("human rights group", False),  # any other group is not
        ("rock group", False),
        ("group", False),
        (None, False),
        # a firm's trade or its parent ("city consultancy Deloitte", "Fannie Mae's independent
        # auditor KPMG", "brokers Jefferies", "Symantec subsidiary Brightmail")
        ("city consultancy", True),
        ("independent auditor", True),
        ("auditors", True),
        ("brokers", True),
        ("subsidiary", True),
        ("audit", False),
        ("power broker", False),  # a broker alone is no firm: "brokers", "stockbroker"
    ],
)
def test_a_title_calls_a_name_a_company_s(role, expected):
    assert company_role(role) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("company spokesman", True),
        ("lib dem health spokeswoman", True),
        ("spokesman", True),
        ("chairman", False),
        ("spokesman's aide", False),  # only the last word counts
        ("", False),
        (None, False),
    ],
)
def test_a_spokespersons_role_ends_in_a_spokesperson_noun(role, expected):
    from kg.extract.titles import spokesperson_role

    assert spokesperson_role(role) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("oil company", "oil company"),
        ("rock band", "rock band"),  # band_nouns: "Rock band Keane" is no person
        ("opera band", "opera band"),
        ("singer", None),
        ("bandleader", None),
        ("", None),
        (None, None),
    ],
)
def test_a_body_or_band_title_makes_the_name_an_organisation(role, expected):
    assert organisation_role(role) == expected
