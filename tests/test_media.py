"""Programmes and papers named by a proper noun on a noun of a medium (kg.extract.media)."""

from __future__ import annotations

import pytest
from factories import parse

from kg import actorcodes
from kg.extract.codes import code_of
from kg.extract.media import cited_medium, medium
from kg.extract.names import Names
from kg.gazetteer import Gazetteer
from kg.model import Actor


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("spec", "ents", "expected"),
    [
        # "the BBC 's Zubnews programme": the programme, of its owner's country
        ("the/DET/det/1 BBC/PROPN/poss/4 's/PART/case/1 Zubnews/PROPN/compound/4 "
         "programme/NOUN/pobj/4", {"1": "ORG"}, ("Zubnews", "GBR", "GBRMED")),
        # "Zubnews newspaper": no owner, no main country: none
        ("Zubnews/PROPN/compound/1 newspaper/NOUN/nsubj/1", {}, ("Zubnews", None, None)),
        # "the BBC programme": the owner's name, no programme's
        ("the/DET/det/2 BBC/PROPN/compound/2 programme/NOUN/pobj/2", {"1": "ORG"}, None),
        # "the news programme": no proper noun
        ("the/DET/det/2 news/NOUN/compound/2 programme/NOUN/pobj/2", {}, None),
        # "the Trident programme was kept": a scheme, no broadcast cue
        ("the/DET/det/2 Trident/PROPN/compound/2 programme/NOUN/nsubj/4 was/AUX/auxpass/4 "
         "kept/VERB/ROOT/4/keep", {}, None),
        # "said on the Zubnews programme": spoken on, a programme
        ("said/VERB/ROOT/0/say on/ADP/prep/0 the/DET/det/4 Zubnews/PROPN/compound/4 "
         "programme/NOUN/pobj/1", {}, ("Zubnews", None, None)),
        # "the Zubnews report": no noun of a medium
        ("the/DET/det/2 Zubnews/PROPN/compound/2 report/NOUN/pobj/2", {}, None),
    ],
)  # fmt: skip
def test_a_programme_is_the_proper_noun_compounded_on_it(gaz, spec, ents, expected):
    doc = parse(spec, ents=ents)
    codes = actorcodes.load()
    head = max(doc, key=lambda t: t.dep_ in {"pobj", "nsubj"} and t.pos_ == "NOUN")
    found = medium(head, Names(doc, gaz, codes=codes))
    got = (found.label, found.country, code_of(found, None, codes)) if found else None
    assert got == expected


def test_a_programme_briefed_is_broadcast(gaz):
    """ "briefed the Zubnews programme": told by a verb of addressing (``addressee_verbs``),
    as a medium told is (:func:`cited_medium`: one helper)."""
    doc = parse(
        "briefed/VERB/ROOT/0/brief the/DET/det/3 Zubnews/PROPN/compound/3 programme/NOUN/dobj/0"
    )
    found = medium(doc[3], Names(doc, gaz, codes=actorcodes.load()))
    assert found is not None and found.label == "Zubnews"


#: "{first} reported . The {noun} added ." ({first}: how the story named a paper, or a body)
BACK = (
    "{first} reported/VERB/ROOT/{r}/report ./PUNCT/punct/{r} "
    "The/DET/det/{n} {noun}/NOUN/nsubj/{a} added/VERB/ROOT/{a}/add ./PUNCT/punct/{a}"
)


@pytest.mark.parametrize(
    ("first", "ents", "noun", "expected"),
    [
        # "Vedomosti newspaper reported . The paper added": the paper, no entity on it
        ("Zubnews/PROPN/compound/1 newspaper/NOUN/nsubj/2", {}, "paper", "Zubnews"),
        # "The Zubland Post reported . The newspaper added": a paper's name, unknown
        ("The/DET/det/2 Zubland/PROPN/compound/2 Post/PROPN/nsubj/3", {"1-2": "ORG"},
         "newspaper", "Zubland Post"),
        # the gazetteer's paper
        ("The/DET/det/2 Sunday/PROPN/compound/2 Times/PROPN/nsubj/3", {"0-2": "ORG"}, "paper",
         "The Sunday Times"),
        # "The IMF reported . The newspaper added": no paper named; not the last body
        ("The/DET/det/1 IMF/PROPN/nsubj/2", {"1": "ORG"}, "newspaper", None),
        # a broadcaster is no paper
        ("BBC/PROPN/compound/1 News/PROPN/nsubj/2", {"0-1": "ORG"}, "paper", None),
    ],
)  # fmt: skip
def test_the_paper_is_the_last_paper_the_story_named(gaz, first, ents, noun, expected):
    from kg.extract.actors import Resolver
    from kg.extract.phrases import phrase

    n = len(first.split())
    doc = parse(BACK.format(first=first, r=n, n=n + 3, noun=noun, a=n + 4), ents=ents)
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    found = resolver.resolve(phrase(doc[n + 3]))
    assert (found.actor.label if found.is_actor else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("our", "Louisa Lim"),  # "says the BBC's Louisa Lim . ..., our correspondent says"
        ("the", None),  # "the correspondent": not the medium's own voice
    ],
)
def test_our_correspondent_is_the_medias_journalist_named_last(nlp, gaz, owner, expected):
    from kg.extract.actors import Resolver
    from kg.extract.phrases import phrase

    doc = nlp(
        "China grows\n\nChina has seen two decades of blistering economic growth, says the "
        "BBC's Louisa Lim in Beijing. But the results also may reflect the confidence of "
        f"people, {owner} correspondent says."
    )
    resolver = Resolver(doc, gaz, codes=actorcodes.load())
    noun = next(t for t in doc if t.text == "correspondent")
    found = resolver.resolve(phrase(noun))
    assert (found.actor.label if found.is_actor else None) == expected


REUTERS = Actor("org/REUTERS", "Reuters", "Organization", "GBR", subtype="media")


@pytest.mark.parametrize(
    ("spec", "i", "expected"),
    [
        # "LNM told BBC News": told, the story's source
        ("LNM/PROPN/nsubj/1 told/VERB/ROOT/1/tell BBC/PROPN/compound/3 News/PROPN/dobj/1",
         3, True),
        # "Osborne told the Reuters news agency": the name on the noun told
        ("Osborne/PROPN/nsubj/1 told/VERB/ROOT/1/tell the/DET/det/5 "
         "Reuters/PROPN/compound/5 news/NOUN/compound/5 agency/NOUN/dobj/1", 3, True),
        # "speaking to Reuters": spoken to
        ("speaking/VERB/ROOT/0/speak to/ADP/prep/0 Reuters/PROPN/pobj/1", 2, True),
        # "The offer grew , Reuters reported": reporting with no object
        ("The/DET/det/1 offer/NOUN/nsubj/2 grew/VERB/ccomp/5/grow ,/PUNCT/punct/5 "
         "Reuters/PROPN/nsubj/5 reported/VERB/ROOT/5/report", 4, True),
        # "according to Reuters"
        ("according/VERB/prep/0 to/ADP/prep/0 Reuters/PROPN/pobj/1", 2, True),
        # "Reuters reported a loss": its own result, a party
        ("Reuters/PROPN/nsubj/1 reported/VERB/ROOT/1/report a/DET/det/3 loss/NOUN/dobj/1",
         0, False),
        # "Reuters said it would cut jobs": a speaker, who may be the story
        ("Reuters/PROPN/nsubj/1 said/VERB/ROOT/1/say", 0, False),
        # "Acme bought Reuters": a party
        ("Acme/PROPN/nsubj/1 bought/VERB/ROOT/1/buy Reuters/PROPN/dobj/1", 2, False),
    ],
)  # fmt: skip
def test_a_medium_told_or_reporting_is_the_story_s_source(spec, i, expected):
    assert cited_medium(parse(spec)[i], REUTERS) is expected


def test_a_body_told_is_no_source_unless_a_medium():
    doc = parse("LNM/PROPN/nsubj/1 told/VERB/ROOT/1/tell Acme/PROPN/dobj/1")
    assert not cited_medium(doc[2], Actor("org/acme", "Acme", "Organization"))
