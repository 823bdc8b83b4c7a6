"""Admission to the graph (kg/extract/admission.py): each reason code on hand-built statements,
what the graph holds with ``--keep admitted`` and ``--keep all``, and the sample's facts."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from factories import ROOT, SAMPLE, kg_cli, parse, result
from rdflib import Graph

from kg.actorcodes import ActorCodes
from kg.extract.acting import acting
from kg.extract.admission import KEEP, REASONS, Evidence, admit, for_graph, reasons
from kg.extract.fragments import _ASKED_IF, after_condition, asked_if
from kg.extract.headlines import is_headline, title_end
from kg.extract.statements import institutional, names_people
from kg.extract.words import vocabulary
from kg.ids import node_iri
from kg.model import CONTRACT_KEYS, Statement
from kg.rdf.namespace import KG

PUTIN, RUSSIA = node_iri("person/vladimir-putin"), node_iri("country/RUS")
TOPIC = node_iri("topic/x")
ACTORS = frozenset({PUTIN, RUSSIA})
FACTS = ROOT / "tests" / "data" / "sample_facts.tsv"


def statement(text: str, subject: str, relation: str, obj: str | None, **fields) -> Statement:
    """A statement read off ``text`` (spans found there): by default Putin (a Person) acting
    on a topic, as the pattern ``svo``."""
    s = text.index(subject)
    r = text.index(relation, s + len(subject))
    o = text.index(obj, r + len(relation)) if obj is not None else None
    base = dict(
        doc="a",
        sentence_id=0,
        sentence=text,
        subject=subject,
        relation=relation,
        object=obj,
        subject_id=PUTIN,
        object_id=TOPIC if obj is not None else None,
        subject_label=subject,
        object_label=obj,
        subject_type="Person",
        object_type="Topic" if obj is not None else None,
        subject_country=None,
        object_country=None,
        event_type=None,
        negated=False,
        modality="asserted",
        date=None,
        confidence=0.9,
        subject_span=(s, s + len(subject)),
        relation_span=(r, r + len(relation)),
        object_span=(o, o + len(obj)) if obj is not None else None,
        relation_lemma=relation.split()[-1],
        pattern="svo",
        agent_id=PUTIN,
    )
    return Statement(**{**base, **fields})


TOPICAL = dict(subject_id=TOPIC, subject_type="Topic", agent_id=TOPIC)

NAMED_PERSON = {"object_type": "Person", "object_resolution": "name"}
RETREAT = {"event_type": "Retreat"}  # a resignation (PLOVER)
CASES = [
    # (text, subject, relation, object, fields, reasons)
    ("Putin praised the deal.", "Putin", "praised", "the deal", {}, []),
    ("Labour will cut taxes.", "Labour", "will cut", "taxes",
     {"subject_type": "Organization", "relation_lemma": "cut"}, []),
    # no-actor: no side is an actor ...
    ("The talks took place.", "The talks", "took", "place", {**TOPICAL, "relation_lemma": "take"},
     ["no-actor"]),
    # ... but the target may be the one ("the bill was signed by Putin": agent the object)
    ("The bill angered Russia.", "The bill", "angered", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA, "recipient_id": RUSSIA}, []),
    ("The protest worried Moscow.", "The protest", "worried", "Moscow",
     {**TOPICAL, "recipient_id": RUSSIA}, []),
    # copula: the copula and apposition patterns, and linking verbs, saying nothing of an actor
    ("Blair is under pressure.", "Blair", "is", "under pressure",
     {"pattern": "copula", "relation_lemma": "be"}, ["copula"]),
    ("He became an MP.", "He", "became", "an MP",
     {"relation_lemma": "become", "subject_resolution": "pronoun"}, ["copula"]),
    ("It is important.", "It", "is", "important",
     {"pattern": "copula", "relation_lemma": "be", "subject_type": "Country"}, ["copula"]),
    ("Moscow is a big city.", "Moscow", "is", "a big city",
     {"pattern": "copula", "relation_lemma": "be", **TOPICAL, "subject_type": "Location"},
     ["no-actor", "copula"]),
    # ... an alias: an apposition that names an actor again
    ("The Federal Trade Commission (FTC) acted.", "The Federal Trade Commission", "(", "FTC",
     {"pattern": "appos", "relation_lemma": "be", "subject_type": "Organization",
      "object_type": "Organization"}, ["copula"]),
    # ... but what a named actor is (a role, a status, a stance) is kept
    ("China, a one-party state, objected.", "China", ",", "a one-party state",
     {"pattern": "appos", "relation_lemma": "be"}, []),
    ("Assad Omar, Afghanistan's envoy, spoke.", "Assad Omar", ",", "Afghanistan's envoy",
     {"pattern": "appos", "relation_lemma": "be", "object_type": "Country",
      "object_resolution": "collective"}, []),
    ("Khristenko, India's minister, spoke.", "Khristenko", ",", "India's minister",
     {"pattern": "appos", "relation_lemma": "be", "object_type": "Person",
      "object_resolution": "apposition"}, ["copula"]),
    # ... a person's office in an organisation, labelled with the body, is a role too ...
    ("David Frost, Director General of the BCC, said.", "David Frost", ",",
     "Director General of the BCC", {"pattern": "appos", "relation_lemma": "be",
      "object_type": "Organization", "object_resolution": "apposition"}, []),
    ("Tony Froggatt, S&N's chief executive, said.", "Tony Froggatt", ",",
     "S&N's chief executive", {"pattern": "appos", "relation_lemma": "be",
      "object_type": "Organization", "object_resolution": "spokesperson"}, []),
    # ... but not a body's apposition labelled another body, nor a title its holder's name holds
    ("Gazprom, its unit, agreed.", "Gazprom", ",", "its unit",
     {"pattern": "appos", "relation_lemma": "be", "subject_type": "Organization",
      "object_type": "Organization", "object_resolution": "apposition"}, ["copula"]),
    ("Axa spokesman Mark Hamilton, Axa spokesman, said.", "Axa spokesman Mark Hamilton", ",",
     "Axa spokesman", {"pattern": "appos", "relation_lemma": "be",
      "object_type": "Organization", "object_resolution": "spokesperson"}, ["copula"]),
    ("Putin is Putin.", "Putin", "is", "Putin", {"pattern": "copula", "relation_lemma": "be"},
     ["copula"]),
    ("Robert Zoellick is US Trade Representative.", "Robert Zoellick", "is",
     "US Trade Representative", {"pattern": "copula", "relation_lemma": "be"}, []),
    ("Putin became president.", "Putin", "became", "president",
     {"relation_lemma": "become", "subject_resolution": "name"}, []),
    ("I'm outraged, she said.", "I", "'m", "outraged",
     {"pattern": "copula", "relation_lemma": "be", "subject_resolution": "speaker"}, []),
    # ... but a feeling or an awareness alone is a state of mind whose point is left out,
    # said by a source or not (feeling_words, led by degree_words only)
    ("I am afraid, she said.", "I", "am", "afraid",
     {"pattern": "copula", "relation_lemma": "be", "subject_resolution": "speaker"},
     ["copula"]),
    ("He said he was very happy with it.", "he", "was", "very happy",
     {"pattern": "copula", "relation_lemma": "be", "attributed_to": PUTIN,
      "modality": "reported"}, ["copula"]),
    ("Putin is really shocked.", "Putin", "is", "really shocked",
     {"pattern": "copula", "relation_lemma": "be", "subject_resolution": "name"}, ["copula"]),
    ("Putin is happy and shocked.", "Putin", "is", "happy and shocked",
     {"pattern": "copula", "relation_lemma": "be", "subject_resolution": "name"}, []),
    ("Putin is a happy man.", "Putin", "is", "a happy man",
     {"pattern": "copula", "relation_lemma": "be", "subject_resolution": "name"}, []),
    ("They were concerned the law was broken.", "They", "were concerned",
     "the law was broken", {"pattern": "clause", "relation_lemma": "concern",
      "subject_resolution": "speaker"}, []),
    # ... not what kind of country or body it is, said by a source or not
    ("Mozambique, a country of 19 million", "Mozambique", ",", "a country",
     {"pattern": "appos", "relation_lemma": "be", "subject_type": "Country"}, ["copula"]),
    ("Titan, a California-based company, agreed.", "Titan", ",", "a California-based company",
     {"pattern": "appos", "relation_lemma": "be", "subject_type": "Organization"}, ["copula"]),
    ("He said the EU is a customs union.", "the EU", "is", "a customs union",
     {"pattern": "copula", "relation_lemma": "be", "subject_type": "Organization",
      "attributed_to": PUTIN, "modality": "reported"}, ["copula"]),
    ("Gazprom is the world's biggest gas company.", "Gazprom", "is",
     "the world's biggest gas company", {"pattern": "copula", "relation_lemma": "be",
      "subject_type": "Organization"}, []),
    ("Yukos should become a state-owned company.", "Yukos", "should become",
     "a state-owned company", {"relation_lemma": "become", "subject_type": "Organization",
      "modality": "requested"}, []),
    ("Blunkett was a loyal supporter of the government.", "Blunkett", "was",
     "a loyal supporter of the government", {"pattern": "copula", "relation_lemma": "be",
      "subject_resolution": "name"}, []),
    # ... nor a stance: a kind denied, asked for, or a label that brands
    ("China said Taiwan is not a country.", "Taiwan", "is not", "a country",
     {"pattern": "copula", "relation_lemma": "be", "subject_type": "Country",
      "attributed_to": PUTIN, "modality": "reported", "negated": True}, []),
    ("He said Kosovo should be an independent country.", "Kosovo", "should be",
     "an independent country", {"pattern": "copula", "relation_lemma": "be",
      "subject_type": "Country", "attributed_to": PUTIN, "modality": "requested"}, []),
    ("He said Hamas is a terrorist organisation.", "Hamas", "is", "a terrorist organisation",
     {"pattern": "copula", "relation_lemma": "be", "subject_type": "Organization",
      "attributed_to": PUTIN, "modality": "reported"}, []),
    # ... and so is an actor's reported judgement or demand about a topic
    ("Putin said the scope was narrow.", "the scope", "was", "narrow",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": PUTIN}, []),
    # ... or of a source kg cannot name ("the report", a title left unresolved)
    ("The report said the scope was narrow.", "the scope", "was", "narrow",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": TOPIC}, []),
    ("The minister said spam must be stopped.", "spam", "must be stopped", None,
     {**TOPICAL, "pattern": "intransitive", "relation_lemma": "stop", "attributed_to": TOPIC,
      "modality": "requested"}, []),
    ("He said this treaty is a flawed document.", "this treaty", "is", "a flawed document",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": PUTIN}, []),
    # ... or what it says must be done, a passive of obligation however kg marked it
    ("The IMF said sustained reform efforts are needed.", "sustained reform efforts",
     "are needed", None, {**TOPICAL, "pattern": "intransitive", "relation_lemma": "need",
      "attributed_to": PUTIN, "modality": "reported"}, []),
    ("Brown said education needs had to be tackled.", "education needs",
     "had to be tackled", None, {**TOPICAL, "pattern": "intransitive",
      "relation_lemma": "tackle", "attributed_to": PUTIN, "modality": "reported"}, []),
    ("He said taxes need to rise by £10bn.", "taxes", "need to rise by", "£10bn",
     {**TOPICAL, "relation_lemma": "rise", "attributed_to": PUTIN, "modality": "reported"},
     ["no-actor"]),  # active: as often a forecast
    ("He said the refineries needed the oil.", "the refineries", "needed", "the oil",
     {**TOPICAL, "relation_lemma": "need", "attributed_to": PUTIN, "modality": "reported"},
     ["no-actor"]),  # a want
    ("Reform efforts are needed.", "Reform efforts", "are needed", None,
     {**TOPICAL, "pattern": "intransitive", "relation_lemma": "need"},
     ["no-actor"]),  # no one said it
    # ... or what a source says is not so, whoever the sides are
    ("Hughes said the evidence does not support his claims.", "the evidence",
     "does not support", "his claims", {**TOPICAL, "relation_lemma": "support",
      "attributed_to": PUTIN, "modality": "reported", "negated": True}, []),
    ("Hughes said the evidence supports his claims.", "the evidence", "supports",
     "his claims", {**TOPICAL, "relation_lemma": "support", "attributed_to": PUTIN,
      "modality": "reported"}, ["no-actor"]),
    ("The evidence does not support his claims.", "The evidence", "does not support",
     "his claims", {**TOPICAL, "relation_lemma": "support", "negated": True}, ["no-actor"]),
    # ... but with no speaker it is the writer's chatter
    ("The scope was narrow.", "The scope", "was", "narrow",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be"}, ["no-actor", "copula"]),
    ("Putin said it was too hard.", "it", "was", "too hard",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": PUTIN},
     ["no-actor", "copula", "pronoun"]),
    ("Putin said spam must be stopped.", "spam", "must be stopped", None,
     {**TOPICAL, "pattern": "intransitive", "relation_lemma": "stop", "attributed_to": PUTIN,
      "modality": "requested"}, []),
    # a source kg cannot name said it: a stance of whoever it is
    ("The report said the rebate must go.", "The report", "said", "the rebate must go",
     {**TOPICAL, "pattern": "clause", "relation_lemma": "say"}, []),
    ("Its report said the rebate must go.", "Its report", "said", "the rebate must go",
     {**TOPICAL, "pattern": "clause", "relation_lemma": "say"}, ["no-actor", "pronoun"]),
    ("Putin said spam was stopped.", "spam", "was stopped", None,
     {**TOPICAL, "pattern": "intransitive", "relation_lemma": "stop", "attributed_to": PUTIN,
      "modality": "reported"}, ["no-actor", "bare"]),
    # light-verb: nothing after it
    ("Putin came.", "Putin", "came", None, {"relation_lemma": "come", "pattern": "intransitive"},
     ["light-verb", "bare"]),
    # bare: a verb with nothing after it, given as a fact, and no event
    ("Norway is joining up.", "Norway", "is joining up", None,
     {"subject_type": "Country", "pattern": "intransitive", "relation_lemma": "join"},
     ["bare"]),
    ("Norway said it is joining up.", "it", "is joining up", None,
     {"subject_type": "Country", "pattern": "intransitive", "relation_lemma": "join",
      "modality": "reported", "subject_resolution": "speaker"}, ["bare"]),
    ("Spam must be stopped.", "Spam", "must be stopped", None,
     {**TOPICAL, "pattern": "intransitive", "relation_lemma": "stop", "attributed_to": PUTIN,
      "modality": "requested"}, []),
    ("Putin was attacked.", "Putin", "was attacked", None,
     {"pattern": "intransitive", "relation_lemma": "attack", "event_type": "Assault"}, []),
    ("The ban was lifted in April.", "The ban", "was lifted", None,
     {"subject_type": "Country", "pattern": "intransitive", "relation_lemma": "lift",
      "extra_args": ["in April"]}, []),
    ("Putin came to Beijing.", "Putin", "came to", "Beijing", {"relation_lemma": "come"}, []),
    # fragment: "to V" as the relation, a cut word, no word, a phrase that cannot end there
    ("Xi invited Putin to attend.", "Putin", "to attend", None, {"relation_lemma": "attend"},
     ["bare", "fragment"]),
    ("They discussed a co-ordinated plan.", "They", "discussed", "co",
     {"subject_type": "Country"}, ["fragment"]),
    ("They discussed a co-ordinated plan.", "They", "discussed", "ordinated",
     {"subject_type": "Country"}, ["fragment"]),
    ("Putin said - and left.", "Putin", "said", "-", {}, ["fragment"]),
    # a side that stops at an ellipsis was cut by the writer; one before a full stop was not
    ('Putin said the ban would "make more difficult...', "Putin", "said",
     'the ban would "make more difficult', {"relation_lemma": "say"}, ["fragment"]),
    ("Putin said the ban would make it difficult.", "Putin", "said",
     "the ban would make it difficult", {"relation_lemma": "say", "pattern": "clause"}, []),
    # ... and so is a clause-only verb with a bare noun phrase: its clause was cut off
    ("Bennett said individual registration should come.", "Bennett", "said",
     "individual registration", {"relation_lemma": "say"}, ["fragment"]),
    ("Putin voted for a limit but changed.", "Putin", "voted for", "a limit but", {},
     ["fragment"]),
    ("Of which fewer than 1% voted for Putin.", "Of which fewer than 1%", "voted for", "Putin",
     {**TOPICAL, "object_type": "Person"}, ["fragment"]),
    # ... or a relation with no object whose complement the text goes on with
    ("A firm has pulled out of a deal.", "A firm", "has pulled", None,
     {"subject_type": "Organization", "pattern": "intransitive", "relation_lemma": "pull",
      "event_type": "Retreat"}, ["fragment"]),
    ("A firm called Baikal bought it.", "A firm", "called", None,
     {"subject_type": "Organization", "pattern": "intransitive", "relation_lemma": "call"},
     ["bare", "fragment"]),
    ("Putin resigned yesterday.", "Putin", "resigned", None,
     {"pattern": "intransitive", "relation_lemma": "resign", **RETREAT}, []),
    ("Putin resigned Monday.", "Putin", "resigned", None,
     {"pattern": "intransitive", "relation_lemma": "resign", **RETREAT}, []),
    ("Putin resigned, Xi said.", "Putin", "resigned", None,
     {"pattern": "intransitive", "relation_lemma": "resign", **RETREAT}, []),
    ("Putin resigned from the party.", "Putin", "resigned", None,
     {"pattern": "intransitive", "relation_lemma": "resign", **RETREAT}, ["fragment"]),
    ("Putin resigned from the party.", "Putin", "resigned", None,
     {"pattern": "intransitive", "relation_lemma": "resign", "extra_args": ["from the party"],
      **RETREAT},
     []),
    # ... or stops inside a quotation it opens (not at the quotation's end)
    ('Bingham said they held men "in a way that discriminates".', "Bingham", "said",
     'they held men "in a way', {"relation_lemma": "say", "pattern": "clause"}, ["fragment"]),
    ('Bingham said they held men "in a way".', "Bingham", "said", 'they held men "in a way',
     {"relation_lemma": "say", "pattern": "clause"}, []),
    ('Beith said it should wait "until it proved effective."', "Beith", "said",
     'it should wait "until it proved effective', {"relation_lemma": "say", "pattern": "clause"},
     []),
    ("Putin said Britain's 'law' was wrong.", "Putin", "said", "Britain's 'law' was wrong",
     {"relation_lemma": "say", "pattern": "clause"}, []),
    ("Putin said the '90s boom was over.", "Putin", "said", "the '90s boom was over",
     {"relation_lemma": "say", "pattern": "clause"}, []),
    # ... or one that opens right after a conditional word, unless marked hypothetical
    ('He said "if we act, we win."', "He", "said", "we act, we win",
     {"relation_lemma": "say", "pattern": "clause"}, ["fragment"]),
    ("He said we act, we win.", "He", "said", "we act, we win",
     {"relation_lemma": "say", "pattern": "clause"}, []),
    ("The US provided Iraq with aid.", "The US", "provided", "Iraq",
     {"subject_type": "Country", "object_type": "Country", "relation_lemma": "provide"}, []),
    ("We lose unless Putin acts.", "Putin", "acts", None,
     {"relation_lemma": "act", "pattern": "intransitive"}, ["bare", "fragment"]),
    # marked hypothetical, the condition is no fragment; with nothing after its verb and no
    # modal it is a condition only, bare as a fact is (admission.on_condition)
    ("We lose unless Putin acts.", "Putin", "acts", None,
     {"relation_lemma": "act", "pattern": "intransitive", "modality": "hypothetical"}, ["bare"]),
    ("I consider it a model.", "I", "consider", "a model", {}, []),
    ("Xi asked the WTO to set up a panel.", "the WTO", "to set up", "a panel",
     {"subject_type": "Organization", "relation_lemma": "set"}, ["fragment"]),
    # ... unless marked as what was asked
    ("Xi asked the WTO to set up a panel.", "the WTO", "to set up", "a panel",
     {"subject_type": "Organization", "relation_lemma": "set", "modality": "requested"}, []),
    # ... or a side that starts or stops inside a word: an amount cut from its unit
    ("Titan agreed to pay $28.5m in fines.", "Titan", "agreed to pay", "$28.5",
     {"subject_type": "Organization", "relation_lemma": "pay"}, ["fragment"]),
    ("Titan agreed to pay $28.5m in fines.", "Titan", "agreed to pay", "m",
     {"subject_type": "Organization", "relation_lemma": "pay"}, ["fragment"]),
    ("Titan agreed to pay $28.5m in fines.", "Titan", "agreed to pay", "$28.5m",
     {"subject_type": "Organization", "relation_lemma": "pay"}, []),
    ("Titan agreed to pay Benin's fines.", "Titan", "agreed to pay", "Benin",
     {"subject_type": "Organization", "relation_lemma": "pay", "object_type": "Country"}, []),
    # ... or a light verb whose short object left the complement after it in extra_args
    ("ONGC may take part in joint bids.", "ONGC", "may take", "part",
     {"subject_type": "Organization", "relation_lemma": "take",
      "extra_args": ["in joint bids"]}, ["fragment"]),
    ("The detainees took their case to the Lords.", "The detainees", "took", "their case",
     {"subject_type": "Group", "relation_lemma": "take",
      "extra_args": ["to the Lords"]}, ["fragment"]),
    # ... or a noun read as a relation that holds a word of a name, cut apart
    ("Deutsche Telekom's T-Mobile centres on the tariffs.", "Deutsche Telekom",
     "Mobile centres on", "the tariffs", {"subject_type": "Organization",
      "relation_lemma": "centre", "pattern": "nominal"}, ["fragment"]),
    ("Turkey's loan agreement with the IMF", "Turkey", "loan agreement with", "the IMF",
     {"subject_type": "Country", "relation_lemma": "agreement", "pattern": "nominal",
      "event_type": "Agree"}, []),
    ("Turkey's EU membership talks with Brussels", "Turkey", "EU membership talks with",
     "Brussels", {"subject_type": "Country", "relation_lemma": "talk", "pattern": "nominal",
      "event_type": "Consult"}, []),  # an acronym is a name whole
    # ... or a verb that needs a place or a likeness after its object read with it alone
    ("The Spanish have put their forces on standby.", "The Spanish", "have put",
     "their forces", {"subject_type": "Group", "relation_lemma": "put"}, ["fragment"]),
    ("He has likened a G8 aid package to the Marshall Plan.", "He", "has likened",
     "a G8 aid package", {"relation_lemma": "liken", "subject_resolution": "name",
      "extra_args": ["to the Marshall Plan"]}, ["fragment"]),
    ("Labour would put up taxes.", "Labour", "would put up", "taxes",
     {"subject_type": "Organization", "relation_lemma": "put"}, []),  # a particle: raise
    ("Blunkett was put in charge of education.", "Blunkett", "was put in charge of",
     "education", {"relation_lemma": "put"}, []),
    ("The troops were put on standby.", "The troops", "were put", "on standby",
     {"subject_type": "Group", "relation_lemma": "put", "pattern": "passive"}, []),
    ("ONGC may take part.", "ONGC", "may take", "part",
     {"subject_type": "Organization", "relation_lemma": "take"}, []),  # nothing left out
    ("It would be given legal force by law.", "It", "would be given", "legal force",
     {"subject_type": "Organization", "relation_lemma": "give", "extra_args": ["by law"],
      "subject_resolution": "name"}, []),  # a passive's agent
    ("A body would give Gibraltarians a voice in it.", "A body", "would give", "a voice",
     {"subject_type": "Organization", "relation_lemma": "give",
      "extra_args": ["Gibraltarians", "in it"]}, []),  # a bare phrase first: no complement
    ("Putin took a stake in Yukos.", "Putin", "took", "a stake in Yukos",
     {"relation_lemma": "take"}, []),  # the complement is in the object
    ("Putin took the bold decision in May.", "Putin", "took", "the bold decision",
     {"relation_lemma": "take", "extra_args": ["in May"]}, []),  # more than two words
    ("Putin took Russia to court.", "Putin", "took", "Russia",
     {"relation_lemma": "take", "object_type": "Country", "object_id": RUSSIA,
      "extra_args": ["to court"]}, []),  # an actor as object
    ("A protester was taken to hospital after a clash.", "A protester", "was taken to",
     "hospital", {"relation_lemma": "take", "extra_args": ["after a clash"]},
     []),  # the object is the relation's preposition's: complete
    ("Putin sold part to Xi.", "Putin", "sold", "part",
     {"relation_lemma": "sell", "extra_args": ["to Xi"]}, []),  # no light verb
    ("Libya takes $1bn in unfrozen funds.", "Libya", "takes", "$1bn",
     {"subject_type": "Country", "relation_lemma": "take", "extra_args": ["in unfrozen funds"]},
     []),  # an amount taken: the verb is no light verb
    ("Libya takes 5% in funds.", "Libya", "takes", "5%",
     {"subject_type": "Country", "relation_lemma": "take", "extra_args": ["in funds"]}, []),
    # ... or a side right after "until": awaited, not done (unless marked hypothetical)
    ("He will starve until he receives a pension.", "he", "receives", "a pension",
     {"subject_resolution": "speaker"}, ["fragment"]),
    ("He will starve until he receives a pension.", "he", "receives", "a pension",
     {"subject_resolution": "speaker", "modality": "hypothetical"}, []),
    ("He starved until May; now he receives a pension.", "he", "receives", "a pension",
     {"subject_resolution": "speaker"}, []),
    # ... or a generic "any" subject read as a fact ("in any country which observes ...")
    ("It is anathema in any country which observes the law.", "any country", "observes",
     "the law", {"subject_type": "Country"}, ["fragment"]),
    ("Any foreign national could be detained.", "Any foreign national", "could be detained",
     None, {"subject_type": "Group", "modality": "hypothetical", "pattern": "passive",
            "relation_lemma": "detain"}, []),
    ("He said any decision would be reviewed by a judge.", "any decision",
     "would be reviewed by", "a judge", {**TOPICAL, "modality": "future",
     "pattern": "passive", "object_type": "Person"}, []),  # a pledge, not a fact of no one
    ("The committee made 101 proposals after hearing evidence.", "The committee", "made",
     "101 proposals", {"subject_type": "Organization", "relation_lemma": "make",
     "extra_args": ["after hearing evidence"]}, []),  # a time, no complement
    ("Many countries observe the law.", "Many countries", "observe", "the law",
     {"subject_type": "Country"}, []),
    # ... or one that opens an embedded question, a free relative or a comparison
    ("He asked why the government was agreeing to it.", "the government", "was agreeing to",
     "it", {"subject_type": "Country", "relation_lemma": "agree", "object_type": "Country"},
     ["fragment"]),
    ("He said the government was agreeing to it.", "the government", "was agreeing to",
     "it", {"subject_type": "Country", "relation_lemma": "agree", "object_type": "Country"},
     []),
    # ... but "why" after a form of "be" opens the clause a reason is given for, stated as so
    # (reason_copulas: "That's why the Kok report recommends ..."); not after a noun
    ("That's why the government was agreeing to it.", "the government", "was agreeing to",
     "it", {"subject_type": "Country", "relation_lemma": "agree", "object_type": "Country"},
     []),
    ("This was why the government was agreeing to it.", "the government", "was agreeing to",
     "it", {"subject_type": "Country", "relation_lemma": "agree", "object_type": "Country"},
     []),
    ("It is the reason why the government was agreeing to it.", "the government",
     "was agreeing to", "it", {"subject_type": "Country", "relation_lemma": "agree",
     "object_type": "Country"}, ["fragment"]),
    # ... "if" after an asking word opens one too, however the statement is marked; not a
    # condition
    ("Yukos refused to say if Rosneft would appeal.", "Rosneft", "would appeal", None,
     {"subject_type": "Organization", "relation_lemma": "appeal", "modality": "hypothetical",
      "event_type": "Accuse"}, ["fragment"]),
    ("Contracts will be examined to see if firms provide benefits.", "firms", "provide",
     "benefits", {"subject_type": "Organization", "relation_lemma": "provide",
      "modality": "hypothetical"}, ["fragment"]),
    ("Exports will rise if the EU lifts the ban.", "the EU", "lifts", "the ban",
     {"subject_type": "Organization", "relation_lemma": "lift", "modality": "hypothetical"},
     []),
    ("The talks were better than we've seen.", "we", "'ve seen",
     None, {"subject_resolution": "speaker", "subject_type": "Country",
     "relation_lemma": "see"}, ["bare", "fragment"]),
    # frame: a reporting verb with nothing said, or only its audience
    ("Dechy said.", "Dechy", "said", None, {"relation_lemma": "say"}, ["bare", "frame"]),
    ("Tutu told BBC News.", "Tutu", "told", "BBC News", {"relation_lemma": "tell"}, ["frame"]),
    ("Putin told Xi.", "Putin", "told", "Xi", {"relation_lemma": "tell", **NAMED_PERSON}, []),
    # ... or only whom it was said to, but a person or country named
    ("Mr Blunkett told MPs.", "Mr Blunkett", "told", "MPs", {"relation_lemma": "tell"},
     ["frame"]),
    ("Clarke told The Times.", "Clarke", "told", "The Times",
     {"relation_lemma": "tell", "object_type": "Organization", "object_resolution": "name"},
     ["frame"]),
    ("Putin assured Russia.", "Putin", "assured", "Russia",
     {"relation_lemma": "assure", "object_type": "Country", "object_resolution": "name"}, []),
    ("Blair told the Financial Times paper.", "Blair", "told", "the Financial Times paper",
     {"relation_lemma": "tell"}, ["frame"]),
    # ... a medium or audience is no addressee, though what was said is an accusation
    ("Tutu told BBC News.", "Tutu", "told", "BBC News",
     {"relation_lemma": "tell", "object_type": "Organization", "object_resolution": "name",
      "event_type": "Accuse", "object_code": "GBRMED"}, ["frame"]),
    ("Tutu told the WTO.", "Tutu", "told", "WTO",
     {"relation_lemma": "tell", "object_type": "Organization", "object_resolution": "name",
      "event_type": "Accuse", "object_code": "IGOWTO"}, []),
    # ... or a verb of speaking with only its audience or medium after "to", "on", "in"
    ("Kennedy, speaking to the BBC's Westminster Hour", "Kennedy", "speaking to",
     "the BBC's Westminster Hour", {"relation_lemma": "speak"}, ["frame"]),
    ("Schroeder, writing in the Financial Times", "Schroeder", "writing in",
     "the Financial Times", {"relation_lemma": "write", "object_type": "Organization",
      "object_resolution": "name", "object_code": "GBRMED"}, ["frame"]),
    ("Blair spoke to Xi.", "Blair", "spoke to", "Xi", {"relation_lemma": "speak",
     **NAMED_PERSON}, []),
    ("Hughes, speaking on behalf of Mr Pitylak", "Hughes", "speaking on behalf of",
     "Mr Pitylak", {"relation_lemma": "speak"}, []),
    # ... or a refusal to speak with nothing said: a verb of commenting negated or after a word
    # of refusal, with a thing or an open question after it
    ("LVMH refused to comment on the reports.", "LVMH", "refused to comment on", "the reports",
     {"relation_lemma": "comment", "subject_type": "Organization"}, ["frame"]),
    ("The department would not comment on the concerns.", "The department",
     "would not comment on", "the concerns", {"relation_lemma": "comment",
      "subject_type": "Organization", "negated": True}, ["frame"]),
    ("Marsh did not say when the move would take place.", "Marsh", "did not say",
     "when the move would take place", {"relation_lemma": "say", "pattern": "clause",
      "subject_type": "Organization", "negated": True}, ["frame"]),
    # not what is said not to be so ("has not said it will appeal": a clause is content), nor
    # a comment made, nor a refusal typed as an event
    ("The department has not said it will appeal.", "The department", "has not said",
     "it will appeal", {"relation_lemma": "say", "pattern": "clause",
      "subject_type": "Organization", "negated": True}, []),
    ("LVMH commented on the reports.", "LVMH", "commented on", "the reports",
     {"relation_lemma": "comment", "subject_type": "Organization"}, []),
    # ... nor what is kept from an actor other than a medium: an act between two actors
    ("Iran did not disclose its nuclear sites to the IAEA.", "Iran", "did not disclose",
     "its nuclear sites", {"relation_lemma": "disclose", "subject_type": "Country",
      "negated": True, "recipient_id": node_iri("org/IAEA"), "recipient_code": "IGOUNOIAE"},
     []),
    ("Iran would not comment on the reports to the BBC.", "Iran", "would not comment on",
     "the reports", {"relation_lemma": "comment", "subject_type": "Country", "negated": True,
      "recipient_id": node_iri("org/bbc"), "recipient_code": "GBRMED"}, ["frame"]),
    ("Labour refused to discuss his position.", "Labour", "refused to discuss", "his position",
     {"relation_lemma": "discuss", "subject_type": "Organization", "event_type": "Reject"}, []),
    # ... or with only where or when it was said, whoever is there
    ("Mr Brown, speaking outside the Olympic Primary School", "Mr Brown", "speaking outside",
     "the Olympic Primary School", {"relation_lemma": "speak"}, ["frame"]),
    ("He was speaking amid claims that Mr Campbell is part of a campaign.", "He",
     "was speaking amid", "claims that Mr Campbell is part of a campaign",
     {"relation_lemma": "speak", "subject_resolution": "name"}, ["frame"]),
    ("Putin spoke after Xi.", "Putin", "spoke after", "Xi", {"relation_lemma": "speak",
     **NAMED_PERSON}, ["frame"]),
    ("Putin spoke against the bill.", "Putin", "spoke against", "the bill",
     {"relation_lemma": "speak"}, []),
    ("Blair and Chirac talked at the Elysee Palace.", "Blair", "talked at",
     "the Elysee Palace", {"relation_lemma": "talk", "event_type": "Consult",
      "subject_type": "Person"}, []),  # a meeting, not a setting
    # ... or whoever quoted whom "as saying", the quotation given apart
    ("Arab News quoted Prince Saud as saying women will be employed.", "Arab News", "quoted",
     "Prince Saud", {"subject_type": "Organization", "relation_lemma": "quote",
      "extra_args": ["as saying"], **NAMED_PERSON}, ["frame"]),
    ("Prince Saud has been reported as saying women will be employed.", "Prince Saud",
     "has been reported", "women will be employed", {"relation_lemma": "report",
      "pattern": "clause", "extra_args": ["as saying"]}, []),
    ("Putin quoted Xi as an example.", "Putin", "quoted", "Xi",
     {"relation_lemma": "quote", "extra_args": ["as an example"], **NAMED_PERSON}, []),
    ("Putin denounced the remarks as warning of war.", "Putin", "denounced", "the remarks",
     {"subject_type": "Person", "relation_lemma": "denounce", "event_type": "Accuse",
      "extra_args": ["as warning of war"]}, []),  # an accusation, not a quotation's frame
    # ... but what is said, even ending on an audience's word, is no frame
    ("Putin said it was good news.", "Putin", "said", "it was good news",
     {"relation_lemma": "say", "pattern": "clause"}, []),
    ("Blair told MPs he would sue the paper.", "Blair", "told", "MPs he would sue the paper",
     {"relation_lemma": "tell"}, []),
    # pronoun: left unresolved (a topic)
    ("Its allies accused Russia.", "Its allies", "accused", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, ["pronoun"]),
    ("Putin denied it.", "Putin", "denied", "it", {}, ["pronoun"]),
    # ... but not one resolved to the speaker of its quote, though a topic ("the ministers")
    ("They are fair, the ministers said.", "They", "are", "fair",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": TOPIC,
      "subject_resolution": "speaker"}, []),
    ("They are fair, the ministers said.", "They", "are", "fair",
     {**TOPICAL, "pattern": "copula", "relation_lemma": "be", "attributed_to": TOPIC},
     ["no-actor", "copula", "pronoun"]),
    # ... also "we" resolved to one person: what the speaker's side holds, worth keeping
    ("We have misgivings, Howard said.", "We", "have", "misgivings",
     {"subject_resolution": "speaker", "attributed_to": PUTIN, "relation_lemma": "have"},
     []),
    ("We have misgivings, Howard said.", "We", "have", "misgivings",
     {"subject_resolution": "speaker", "attributed_to": PUTIN, "relation_lemma": "have",
      "subject_type": "Country"}, []),
    ("Our plans are good, Howard said.", "Our plans", "are", "good",
     {"subject_resolution": "speaker", "attributed_to": PUTIN, "relation_lemma": "be",
      "pattern": "copula"}, []),
    # ... or a pronoun resolved to the nearest name with nothing after its verb
    ("It consumes.", "It", "consumes", None,
     {"subject_type": "Country", "subject_resolution": "pronoun", "pattern": "intransitive"},
     ["bare", "pronoun"]),
    ("He said it.", "He", "said", "it", {"subject_resolution": "pronoun"}, ["pronoun"]),
    ("This angered Russia.", "This", "angered", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, ["pronoun"]),
    # ... but an acronym in capitals is no pronoun ("US", not "us")
    ("US firms attacked Russia.", "US firms", "attacked", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, []),
    ("Our firms attacked Russia.", "Our firms", "attacked", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, ["pronoun"]),
    ("Putin asked us.", "Putin", "asked", "us", {}, ["pronoun"]),
    ("Putin asked the US.", "Putin", "asked", "US", {}, []),
    # a determiner or a partitive leads a noun phrase that names something
    ("This decision angered Russia.", "This decision", "angered", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, []),
    ("One of the rebels attacked Russia.", "One of the rebels", "attacked", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, []),
    # a side that ends with a noun whose content is the clause after it, left out
    ("Putin runs things the way he likes.", "Putin", "runs", "things the way", {}, ["fragment"]),
    ("Putin runs things in a way that works.", "Putin", "runs things in", "a way", {},
     ["fragment"]),
    ("Putin runs things the way he likes.", "Putin", "runs", "things", {}, []),
    # ... not one the sentence ends with, nor a reported clause so cut: what was said stands
    ("Putin acted in a very positive way.", "Putin", "acted in", "a very positive way", {}, []),
    ("Putin acted in a positive way, he said.", "Putin", "acted in", "a positive way", {}, []),
    ("Putin saw talks go the way he hoped.", "Putin", "saw", "talks go the way",
     {"pattern": "clause", "relation_lemma": "see"}, []),
    ("Putin saw talks go the way he hoped.", "Putin", "saw", "talks go the way",
     {"relation_lemma": "see"}, ["fragment"]),
    # title and dateline (below, with the text), and several reasons at once
    ("The video call came.", "The video call", "came", None,
     {**TOPICAL, "relation_lemma": "come"}, ["no-actor", "light-verb", "bare"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "fields", "expected"), CASES)
def test_reasons(text, subject, relation, obj, fields, expected):
    st = statement(text, subject, relation, obj, **fields)
    assert reasons(st, actors=ACTORS, text=text) == expected


PEOPLE = [((False, False), ["no-actor"]), ((True, False), []), ((False, True), [])]


@pytest.mark.parametrize(("people", "expected"), PEOPLE)
def test_people_left_a_topic_are_an_actor(people, expected):
    """ "A spokesman said ...": a people noun heads a side the gazetteer does not know."""
    text = "A spokesman rejected the plans."
    st = statement(text, "A spokesman", "rejected", "the plans", **TOPICAL, relation_lemma="reject")
    assert reasons(st, actors=ACTORS, people=people, text=text) == expected


CHARGES = [
    # a wrong a source says was done is the source's charge, whoever the sides
    (True, {"attributed_to": PUTIN, "modality": "reported"}, []),
    (False, {"attributed_to": PUTIN, "modality": "reported"}, ["no-actor"]),
    # said by no one, or by a pronoun left open, it is not
    (True, {}, ["no-actor"]),
    (
        True,
        {"attributed_to": PUTIN, "modality": "reported", "subject_resolution": "pronoun"},
        ["no-actor"],
    ),
]


@pytest.mark.parametrize("charge", [True, False])
def test_a_wrong_a_source_says_was_done_is_no_bare_verb(charge):
    """ "Yukos claims the rights of its shareholders have been ignored": said, it is enough."""
    text = "Yukos said the rights of its shareholders have been ignored."
    st = statement(text, "the rights of its shareholders", "have been ignored", None, **TOPICAL,
                   relation_lemma="ignore", attributed_to=PUTIN, modality="reported")  # fmt: skip
    expected = [] if charge else ["no-actor", "bare"]
    assert reasons(st, actors=ACTORS, text=text, charge=charge) == expected


@pytest.mark.parametrize(("charge", "fields", "expected"), CHARGES)
def test_a_wrong_a_source_says_was_done_is_a_charge(charge, fields, expected):
    text = "He said the messages broke three laws."
    st = statement(text, "the messages", "broke", "three laws", **TOPICAL, relation_lemma="break",
                   **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, charge=charge) == expected


VERDICTS = [
    # a verdict of wrong is a stance, whoever voiced it and whatever the sides
    (
        "The detention of 12 men was unlawful.",
        "The detention of 12 men",
        "was",
        "unlawful",
        {"pattern": "copula"},
        [],
    ),
    (
        "The sale is the swindle of the century.",
        "The sale",
        "is",
        "the swindle of the century",
        {"pattern": "copula"},
        [],
    ),
    # not a pronoun's, whose deed is left open, nor a word of no blame
    (
        "It was unlawful.",
        "It",
        "was",
        "unlawful",
        {"pattern": "copula", "subject_resolution": "pronoun"},
        ["no-actor", "copula", "pronoun"],
    ),
    (
        "The sale is the deal of the century.",
        "The sale",
        "is",
        "the deal of the century",
        {"pattern": "copula"},
        ["no-actor", "copula"],
    ),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "fields", "expected"), VERDICTS)
def test_a_verdict_of_wrong_is_a_stance(text, subject, relation, obj, fields, expected):
    st = statement(text, subject, relation, obj, **TOPICAL, relation_lemma="be", **fields)
    assert reasons(st, actors=ACTORS, text=text) == expected


CUTS = [
    (False, {}, []),
    (True, {}, ["fragment"]),
    (True, {"object_type": "Organization", "object_resolution": "name"}, ["fragment"]),
    # a request to an actor named is the event and its dyad; its content is stated apart
    (
        True,
        {"object_type": "Organization", "object_resolution": "name", "event_type": "Request"},
        [],
    ),
    (
        True,
        {"object_type": "Organization", "object_resolution": "name", "event_type": "Say"},
        ["fragment"],
    ),
    (True, {"event_type": "Request"}, ["fragment"]),  # the object no actor named
    (True, {"object_type": "Country", "object_resolution": "collective"}, ["fragment"]),
    # what passes between two named actors stands: "Putin told Xi | a new model has formed"
    (True, NAMED_PERSON, []),
    (True, {"object_type": "Country", "object_resolution": "alias"}, []),
]


@pytest.mark.parametrize(("cut", "fields", "expected"), CUTS)
def test_a_statement_that_leaves_out_its_complement_is_a_fragment(cut, fields, expected):
    """ "The US has asked the WTO" of "... to investigate": what was asked is lost."""
    text = "The US has asked the WTO to investigate tariffs."
    st = statement(text, "The US", "has asked", "the WTO", relation_lemma="ask", **fields)
    assert reasons(st, actors=ACTORS, text=text, cut=cut) == expected


RELATIVES = [
    (False, {}, []),
    (True, {}, ["background"]),  # "assets | owned by | Yukos": background of a noun
    (True, {"event_type": "Say"}, ["background"]),  # "The chancellor | speaking during | ..."
    (True, {"event_type": "Coerce"}, []),  # "all four Britons | held by | the US": an event
]


@pytest.mark.parametrize(("relative", "fields", "expected"), RELATIVES)
def test_a_participle_describing_a_noun_is_background(relative, fields, expected):
    text = "India bought assets owned by Putin."
    st = statement(text, "assets", "owned by", "Putin", relation_lemma="own",
                   pattern="passive", **TOPICAL, object_type="Person", **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, relative=relative) == expected


ISSUED = [
    # an instrument that acts for whoever issued it is an actor's side ("the budget calls for")
    ("The budget calls for sell-offs.", "The budget", False, ["no-actor"]),
    ("The budget calls for sell-offs.", "The budget", True, []),
    # ... led by a possessive: whose report is left open, as it is in "the report"
    ("His report calls for sell-offs.", "His report", True, []),
    ("His report calls for sell-offs.", "His report", False, ["no-actor", "pronoun"]),
    # a possessive on anything else is still a pronoun left unresolved
    ("His allies call for sell-offs.", "His allies", False, ["no-actor", "pronoun"]),
]


@pytest.mark.parametrize(("text", "subject", "issued", "expected"), ISSUED)
def test_an_instrument_acts_for_its_issuer(text, subject, issued, expected):
    st = statement(text, subject, "call", "sell-offs", **TOPICAL, relation_lemma="call")
    assert reasons(st, actors=ACTORS, text=text, issued=issued) == expected
    # ... as a clause's subject, not a bare -ing participle's ("measures boosting jobs")
    found = reasons(st, actors=ACTORS, text=text, issued=issued, participle=True)
    assert "no-actor" in found


SPEAKERS = [
    # "I" or "we" of a quote names its speaker, who acts though kg labels them a topic
    ({"subject_resolution": "speaker"}, False, []),
    ({"subject_resolution": "speaker"}, True, ["no-actor"]),  # "we | accepting | these jobs"
    ({"subject_resolution": "pronoun"}, False, ["no-actor", "pronoun"]),
    ({"subject_resolution": "topic"}, False, ["no-actor", "pronoun"]),
]


@pytest.mark.parametrize(("fields", "participle", "expected"), SPEAKERS)
def test_the_speaker_of_a_quote_acts(fields, participle, expected):
    text = '"We make this offer," the chancellor said.'
    st = statement(text, "We", "make", "this offer", **TOPICAL, **fields,
                   relation_lemma="make", attributed_to=TOPIC)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, participle=participle) == expected


COPULAS = [
    ((False, False), ["no-actor", "copula"]),
    ((True, False), []),
    ((False, True), ["copula"]),
]


@pytest.mark.parametrize(("people", "expected"), COPULAS)
def test_what_people_left_a_topic_are_is_kept(people, expected):
    """ "US firms have been targets": what people who act are says something of an actor,
    as what a named actor is does; not what a thing is that people are said of."""
    text = "US firms have been targets of attacks."
    st = statement(text, "US firms", "have been", "targets of attacks", **TOPICAL,
                   relation_lemma="be", pattern="copula")  # fmt: skip
    assert reasons(st, actors=ACTORS, people=people, text=text) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # a list's member named: who they are, not what ("The four companies are Gazprom, ...")
        ({"object_type": "Organization", "object_resolution": "name"}, ["copula"]),
        ({"object_type": "Person", "object_resolution": "name"}, ["copula"]),
        # a role of a country or group is what they are ("the firms are Russia's biggest")
        ({"object_type": "Country", "object_resolution": "collective"}, []),
        ({}, []),
    ],
)
def test_who_people_left_a_topic_are_is_no_description(fields, expected):
    text = "The four companies are Gazprom, Lukoil and others."
    st = statement(text, "The four companies", "are", "Gazprom", **TOPICAL, **fields,
                   relation_lemma="be", pattern="copula")  # fmt: skip
    assert reasons(st, actors=ACTORS, people=(True, False), text=text) == expected


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        # "their firms", "his lawyers": whose people they are is left unnamed, as "its allies"
        # of the United States: an unresolved pronoun though they are people who act
        ((True, False), ["pronoun"]),
        # a possessive before a noun of no people who act: no actor either
        ((False, False), ["no-actor", "pronoun"]),
    ],
)
def test_a_possessive_before_people_who_act_stays_an_unresolved_pronoun(people, expected):
    text = "Their firms have been exporting the cheese for years."
    st = statement(text, "Their firms", "have been exporting", "the cheese", **TOPICAL,
                   relation_lemma="export")  # fmt: skip
    assert reasons(st, actors=ACTORS, people=people, text=text) == expected


@pytest.mark.parametrize(
    ("people", "referent", "expected"),
    [
        # "He" resolved to "the chancellor", unnamed: the chancellor insisted
        ((True, False), True, []),
        # a pronoun left a topic with no such phrase behind it stays unresolved
        ((False, False), False, ["no-actor", "pronoun"]),
        # ... and the people a parse finds on its own head do not resolve it
        ((True, False), False, ["pronoun"]),
    ],
)
def test_a_pronoun_standing_for_people_named_by_a_noun_is_resolved(people, referent, expected):
    text = "The chancellor is on a tour. He insisted he trusted Mr Blair."
    st = statement(text, "He", "insisted", "he trusted Mr Blair", **TOPICAL,
                   subject_resolution="pronoun", relation_lemma="insist")  # fmt: skip
    found = reasons(st, actors=ACTORS, people=people, text=text, referent=referent)
    assert found == expected


@pytest.mark.parametrize(
    ("issued", "referent", "expected"),
    [
        # "it" resolved to "the law" before it: the law acts, as "the law will hurt" would
        (True, True, []),
        (False, False, ["no-actor", "pronoun"]),
    ],
)
def test_it_standing_for_an_instrument_acts(issued, referent, expected):
    text = "The law was passed. Others fear it will hurt smaller tech firms."
    st = statement(text, "it", "will hurt", "smaller tech firms", **TOPICAL,
                   subject_resolution="pronoun", relation_lemma="hurt")  # fmt: skip
    found = reasons(st, actors=ACTORS, text=text, issued=issued, referent=referent)
    assert found == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("the/DET/det/1 chancellor/NOUN/ROOT/1/chancellor", True),
        ("the/DET/det/1 Government/PROPN/ROOT/1/government", True),
        ("the/DET/det/1 critics/NOUN/ROOT/1/critic", True),
        # "The board can confirm it has now received a detailed proposal": the board's
        ("the/DET/det/1 board/NOUN/ROOT/1/board", True),
        # Phoenix's role nouns and society's sectors are no antecedent's people
        ("the/DET/det/1 schools/NOUN/ROOT/1/school", False),
        ("the/DET/det/1 people/NOUN/ROOT/1/people", False),
        ("the/DET/det/1 budget/NOUN/ROOT/1/budget", False),
    ],
)
def test_an_antecedent_acts_by_kgs_own_noun_lists(spec, expected):
    doc = parse(spec)
    assert acting(doc[1]) is expected


def test_every_reason_code_is_covered_by_a_case():
    covered = {code for *_, expected in CASES for code in expected}
    covered |= {code for *_, expected in RELATIVES for code in expected} | {"title", "dateline"}
    covered |= {code for _, expected in STATISTIC_CASES for code in expected}
    covered |= {code for _, expected in COMMENTARY_CASES for code in expected}
    assert covered == set(REASONS)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Putin attacked on deal", ["title"]), (None, []), ("Some other title", [])],
)
def test_a_statement_of_the_title_is_dropped(title, expected):
    text = "Putin attacked on deal\nPutin praised the deal."
    head = statement(text, "Putin", "attacked on", "deal", relation_lemma="attack")
    body = statement(text, "Putin", "praised", "the deal", subject_span=(23, 28))
    end = title_end(text, title)
    assert reasons(head, actors=ACTORS, text=text, title=end) == expected
    assert reasons(body, actors=ACTORS, text=text, title=end) == []


HEADLINES = [
    # "X verbs Y" in the headline present says what was done: kept
    ("Putin hails deal", "hails", "deal", "hail", "svo", []),
    ("Tories attack moves", "attack", "moves", "attack", "svo", []),
    ("Russia denies claim", "denies", "claim", "deny", "svo", []),
    ("Russia reaches deal", "reaches", "deal", "reach", "svo", []),
    # ... not a past or passive participle, a copula, a nominal, nor a verb with no object
    ("Putin attacked on deal", "attacked on", "deal", "attack", "svo", ["title"]),
    ("Putin set to sign deal", "set to sign", "deal", "sign", "svo", ["title"]),
    ("Putin is deal", "is", "deal", "be", "svo", ["title"]),
    ("Putin pledges to deal", "pledges to", "deal", "pledge", "nominal", ["title"]),
]


@pytest.mark.parametrize(("title", "relation", "obj", "lemma", "pattern", "expected"), HEADLINES)
def test_a_headline_in_the_present_is_kept(title, relation, obj, lemma, pattern, expected):
    text = title + "\nPutin praised the deal."
    subject = title.split()[0]
    head = statement(text, subject, relation, obj, relation_lemma=lemma, pattern=pattern)
    assert reasons(head, actors=ACTORS, text=text, title=len(title)) == expected


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        ("MOSCOW (Reuters) - Putin praised the deal.", "MOSCOW", ["dateline"]),
        ("MOSCOW (Reuters) - Putin praised the deal.", "Putin", []),
        ("Kiev, Ukraine: Putin praised the deal.", "Kiev", ["dateline"]),
        ("Russia - which Putin leads - praised the deal.", "Russia", []),  # no dateline
    ],
)
def test_a_dateline_is_no_actor(text, subject, expected):
    st = statement(text, subject, "praised", "the deal")
    assert reasons(st, actors=ACTORS, text=text) == expected


def test_the_graph_holds_the_admitted_statements_and_their_actors():
    r = result(pair=True)  # Putin praised a topic; Russia backed China
    praised, backed = r.statements
    backed.dropped_because, backed.admitted = ["copula"], False
    graph = for_graph(r)
    assert graph.statements == [praised]
    assert "country/CHN" not in graph.actors  # named by the dropped statement only
    assert {"person/vladimir-putin", "topic/relationship-with-china", "country/RUS"} <= set(
        graph.actors
    )  # Russia: the country Putin belongs to
    assert for_graph(r, keep="all").statements == [praised, backed]
    assert r.statements == [praised, backed]  # the result itself is left alone
    assert KEEP == ("admitted", "all")


def test_the_jsonl_line_carries_the_fields():
    st = replace(result().statements[0], admitted=False, dropped_because=["copula"])
    line = json.loads(st.to_json())
    assert line["admitted"] is False and line["dropped_because"] == ["copula"]
    assert {"admitted", "dropped_because"} <= set(CONTRACT_KEYS)
    assert Statement.from_dict(line).dropped_because == ["copula"]


@pytest.mark.model
def test_every_sample_statement_says_whether_it_is_admitted(sample_result):
    codes = set(REASONS)
    for st in sample_result.statements:
        assert st.admitted == (not st.dropped_because)
        assert set(st.dropped_because) <= codes
    title = [st for st in sample_result.statements if st.sentence_id == 0]
    assert title and all(("title" in st.dropped_because) != is_headline(st) for st in title)
    assert any(is_headline(st) for st in title)  # "Putin hails model relationship with China"
    admitted = sum(st.admitted for st in sample_result.statements)
    assert 0 < admitted < len(sample_result.statements)


def _facts() -> list[dict]:
    with FACTS.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")),
                                   delimiter="\t"))  # fmt: skip


def _states(fact: dict, st: Statement) -> bool:
    """Whether a statement states a fact: its agent, words of its relation and its target."""
    target = fact["target"]
    return (
        fact["agent"] in (st.agent_label, st.subject_label)
        and fact["relation"].lower() in st.relation.lower()
        and (target in (st.recipient_label, st.object_label)
             or target.lower() in (st.object or "").lower())
        and (fact["negated"] == "any" or (fact["negated"] == "yes") == st.negated)
    )  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize("fact", _facts(), ids=lambda f: f["fact"][:50])
def test_the_sample_facts_are_admitted(sample_result, fact):
    admitted = [st for st in sample_result.statements if st.admitted]
    assert any(_states(fact, st) for st in admitted), fact["fact"]


@pytest.mark.model
def test_keep_all_puts_every_statement_in_the_graph(tmp_path):
    counts = {}
    for keep in ("admitted", "all"):
        out = tmp_path / keep
        kg_cli("build", str(SAMPLE), "--out", str(out), "--keep", keep, "--no-html", "-q")
        lines = [json.loads(x) for x in (out / "statements.jsonl").read_text().splitlines()]
        graph = Graph().parse(out / "graph.ttl")
        counts[keep] = len(set(graph.subjects(KG.evidence)))  # one kg:evidence a statement
        counts[keep, "jsonl"] = len(lines)
        counts[keep, "admitted"] = sum(line["admitted"] for line in lines)
    assert counts["all", "jsonl"] == counts["admitted", "jsonl"]  # the JSONL holds every one
    assert counts["all"] == counts["all", "jsonl"]
    assert counts["admitted"] == counts["admitted", "admitted"] < counts["all"]


@pytest.mark.parametrize(
    ("spec", "head", "expected"),
    [
        # "the council's ruling", "the court order": a body that acts owns the act
        ("the/DET/det/2 council/NOUN/poss/2 ruling/NOUN/ROOT/2", 2, True),
        ("the/DET/det/2 court/NOUN/compound/2 order/NOUN/ROOT/2", 2, True),
        # not a thing owned by another thing, nor a body named as a complement
        ("India/PROPN/poss/2 oil/NOUN/compound/2 production/NOUN/ROOT/2", 2, False),
        (
            "the/DET/det/1 scope/NOUN/ROOT/1 of/ADP/prep/1 the/DET/det/4 council/NOUN/pobj/2",
            1,
            False,
        ),
    ],
)
def test_an_act_owned_by_a_body_names_an_actor(spec, head, expected):
    assert institutional(parse(spec)[head]) is expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("police", True), ("minister", True), ("organiser", True), ("country", True),
     # a body that acts though no other list holds it (acting_body_nouns)
     ("board", True), ("charity", True), ("watchdog", True), ("panel", True),
     # society's sector nouns name bystanders, not a body that acts
     ("people", False), ("citizen", False), ("athlete", False), ("plan", False)],
)  # fmt: skip
def test_a_head_noun_names_people_who_act(noun, expected):
    doc = parse(f"the/DET/det/1 {noun}/NOUN/ROOT/1/{noun}")
    assert names_people(doc[1], ActorCodes()) is expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # heads of bodies act ("the chairman of the CRE called for ...", "12 senior executives
        # have agreed to repay ...")
        ("the/DET/det/1 chairman/NOUN/ROOT/1/chairman", True),
        ("the/DET/det/1 executives/NOUN/ROOT/1/executive", True),
        # an office written with a capital: a headline's "Minister digs in", "the Home Secretary"
        ("Minister/PROPN/ROOT/0/Minister", True),
        ("the/DET/det/2 Home/PROPN/compound/2 Secretary/PROPN/ROOT/2/Secretary", True),
        # not a name that is no people noun, nor a lower-case word the tagger called a name
        ("Verizon/PROPN/ROOT/0/Verizon", False),
        ("the/DET/det/1 lord/PROPN/ROOT/1/lord", False),
        # a capital is no licence for society's or Phoenix's nouns: only kg's own lists
        ("People/PROPN/ROOT/0/People", False),
    ],
)
def test_a_head_written_with_a_capital_or_heading_a_body_names_people(spec, expected):
    doc = parse(spec)
    head = next(t for t in doc if t.dep_ == "ROOT")
    assert names_people(head, ActorCodes()) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "relation", "expected"),
    [
        ('"If we follow that logic, we lose', "we follow", (0, 0), True),
        ("Unless  ‘the talks resume", "the talks", (0, 0), True),  # spaces and a quote between
        ("asked whether Iran would", "Iran", (0, 0), True),
        ("We follow that logic", "follow", (0, 0), False),  # no conditional word before
        ("the gift if wrapped", "wrapped", (9, 11), False),  # the word is the relation's
        ("a stiff breeze", "breeze", (0, 0), False),  # "if" inside another word
        ("IF THEY COME", "THEY", (0, 0), True),
        ("if, they come", "they", (0, 0), False),  # a comma between
        ("if 3 come", "3", (0, 0), True),  # whatever the phrase starts with
    ],
)
def test_after_condition_is_a_phrase_right_after_a_conditional_word(
    text, phrase, relation, expected
):
    start = text.index(phrase)
    assert after_condition(text, start, vocabulary(), relation=relation) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("he will go on until he receives a pension", "he receives", True),
        ("he will go on till 'he receives a pension", "he receives", True),
        ("if he receives a pension", "he receives", False),  # conditional, not pending
        ("he said he receives a pension", "he receives", False),
    ],
)
def test_pending_marks_are_asked_for_apart(text, phrase, expected):
    words = vocabulary()
    start = text.rindex(phrase)
    assert after_condition(text, start, words, marks=words.pending_marks) is expected


@pytest.mark.parametrize(
    ("text", "phrase", "relation", "expected"),
    [
        ("Yukos refused to say if Rosneft would appeal", "Rosneft", (0, 0), True),
        ("to see IF ‘firms provide", "firms", (0, 0), True),  # any case, a quote between
        ("to see if \n firms provide", "firms", (0, 0), True),  # a line break between
        ("refused to say if, Rosneft", "Rosneft", (0, 0), False),  # a comma between
        ("Exports will rise if the EU lifts", "the EU", (0, 0), False),  # no asking word
        ("to see whether firms", "firms", (0, 0), False),  # no "if"
        ("refused to say of firms", "firms", (0, 0), False),  # an "f" that ends no "if"
        ("to see if firms", "firms", (0, 6), False),  # the asking word is the relation's
        ("if firms", "firms", (0, 0), False),  # nothing before the "if"
    ],
)
def test_asked_if_is_an_if_after_an_asking_word(text, phrase, relation, expected):
    # the cheap look at the characters before the phrase answers as the pattern's search
    start = text.rindex(phrase)
    assert asked_if(text, start, vocabulary(), relation=relation) is expected
    found = _ASKED_IF.search(text, max(0, start - 30), start)
    searched = found is not None and not relation[0] <= found.start(1) < relation[1]
    assert (searched and found.group(1).lower() in vocabulary().asking_words) is expected


def test_a_subject_an_actor_owns_is_that_actors():
    # "Santander's board of governors strongly reject the charges": the bank's board acts
    text = "Santander's board of governors reject the charges."
    st = statement(text, "Santander's board of governors", "reject", "the charges",
                   **TOPICAL, relation_lemma="reject")  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == ["no-actor"]
    assert reasons(st, actors=ACTORS, text=text, owned=True) == []
    # ... as a clause's subject, not a bare -ing participle's ("Suez's subsidiary cutting ...")
    assert reasons(st, actors=ACTORS, text=text, owned=True, participle=True) == ["no-actor"]


RESULTS = [
    # the result or destination of the act kept apart: the object alone says little
    (
        "he has turned Santander into one of the top ten banks.",
        "has turned",
        "Santander",
        ["into one of the top ten banks"],
        ["fragment"],
    ),
    (
        "it had taken the fact into consideration.",
        "had taken",
        "the fact",
        ["into consideration"],
        ["fragment"],
    ),
    # an object that takes the "into" phrase itself is whole
    (
        "he held a substantial inquiry into betting.",
        "held",
        "a substantial inquiry",
        ["into betting"],
        [],
    ),
    # other arguments kept apart are no result
    ("he has turned Santander around in 1986.", "has turned", "Santander", ["in 1986"], []),
    # nor is "into" after a verb whose object says the act alone
    (
        "it could introduce a free market into everything.",
        "could introduce",
        "a free market",
        ["into everything"],
        [],
    ),
]


LEMMAS = {"turned": "turn", "taken": "take", "held": "hold", "introduce": "introduce"}


@pytest.mark.parametrize(("text", "relation", "obj", "extras", "expected"), RESULTS)
def test_a_verb_read_without_its_into_result_is_a_fragment(text, relation, obj, extras, expected):
    lemma = LEMMAS[relation.split()[-1]]
    st = statement(text, "he" if text.startswith("he") else "it", relation, obj,
                   extra_args=extras, relation_lemma=lemma)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == expected


def test_a_supplied_participle_is_a_fragment_unless_an_event():
    # "But if convicted, Mr Botin could face a prison term": no conviction said
    text = "Mr Botin, if convicted, could face a prison term."
    st = statement(text, "Mr Botin", "convicted", None, relation_lemma="convict",
                   modality="hypothetical")  # fmt: skip
    # a condition with nothing after its verb and no modal is bare (admission.on_condition)
    assert reasons(st, actors=ACTORS, text=text) == ["bare"]
    assert reasons(st, actors=ACTORS, text=text, supplied=True) == ["bare", "fragment"]
    # an event is kept ("All four Britons held by the US", Coerce), as in ``background``
    assert reasons(replace(st, event_type="Coerce"), actors=ACTORS, text=text, supplied=True) == []


def test_an_ing_form_object_of_a_preposition_is_a_fragment():
    # "in which it focused on cutting debt": no cut said done, only what it focused on
    text = "The company said it focused on cutting debt."
    st = statement(text, "it", "cutting", "debt", relation_lemma="cut", modality="reported")
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, prepositional=True) == ["fragment"]


FORESEEN_CASES = [
    # what a named person foresees or promises is a stance, whoever the sides are
    ({"modality": "future", "attributed_to": node_iri("person/michael-howard")}, []),
    ({"modality": "hypothetical", "attributed_to": node_iri("person/mark-oaten")}, []),
    # not a body's or a source's kg cannot name ("property prices will stagnate", analysts)
    ({"modality": "future", "attributed_to": node_iri("topic/analysts")}, ["no-actor"]),
    # not what is said done: that needs a judgement, a demand or a denial
    ({"modality": "reported", "attributed_to": node_iri("person/michael-howard")}, ["no-actor"]),
    # nor with no speaker
    ({"modality": "future"}, ["no-actor"]),
]


@pytest.mark.parametrize(("fields", "expected"), FORESEEN_CASES)
def test_what_a_named_person_foresees_has_an_actor(fields, expected):
    # "The rest will be used to reduce these unfair taxes," Michael Howard said
    text = "The rest will be used to reduce these unfair taxes."
    st = statement(text, "The rest", "will be used to reduce", "these unfair taxes",
                   **TOPICAL, relation_lemma="reduce", **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == expected
    if not expected:  # ... as a clause's verb, not a bare -ing participle's
        assert reasons(st, actors=ACTORS, text=text, participle=True) == ["no-actor"]


INDICATOR_CASES = [
    # what an economist says of an indicator is a statistic, no actor's stance
    ("The housing market outlook remains highly uncertain.", "The housing market outlook",
     "remains", "highly uncertain", {"pattern": "copula", "relation_lemma": "remain",
     "modality": "reported"}, ["no-actor"]),
    ("the business outlook should start to deteriorate", "the business outlook",
     "should start to deteriorate", None, {"modality": "hypothetical",
     "relation_lemma": "deteriorate"}, ["no-actor"]),
    # a demand stays one ("Oil revenues should be used for productive investment")
    ("Oil revenues should be used for productive investment.", "Oil revenues",
     "should be used for", "productive investment", {"pattern": "passive",
     "relation_lemma": "use", "modality": "hypothetical"}, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "fields", "expected"),
                         INDICATOR_CASES)  # fmt: skip
def test_what_a_source_says_of_an_indicator_has_no_actor(
    text, subject, relation, obj, fields, expected
):
    st = statement(text, subject, relation, obj, **TOPICAL,
                   attributed_to=node_iri("person/david-frost"), **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []  # voiced or foreseen by a person
    assert reasons(st, actors=ACTORS, text=text, indicator=True) == expected


STATISTIC_CASES = [
    # a firm's staff or a product's price, no act between parties: a statistic
    ({"subject_type": "Organization"}, ["statistic"]),
    # a typed act stays (a loan, a fine, a payment to a party)
    ({"subject_type": "Organization", "event_type": "Aid"}, []),
    # as does a party's own figure, a person's or a country's ("Libya has 40 tonnes of ...")
    ({"subject_type": "Country"}, []),
    # a party as object or recipient
    ({"subject_type": "Organization", "object_type": "Organization"}, []),
    ({"subject_type": "Organization", "recipient_id": RUSSIA}, []),
    # but a market where shares trade is no party ("... on the New York Stock Exchange")
    ({"subject_type": "Organization", "recipient_id": node_iri("org/new-york-stock-exchange"),
      "recipient_label": "New York Stock Exchange"}, ["statistic"]),
    ({"subject_type": "Organization", "recipient_id": node_iri("org/london-stock-exchange"),
      "recipient_label": "the London Stock Exchange"}, ["statistic"]),
    ({"subject_type": "Organization", "recipient_id": RUSSIA, "recipient_label": "Russia"}, []),
    # and what a named person foresees (a politician's pledge or forecast)
    ({"subject_type": "Organization", "modality": "future",
      "attributed_to": node_iri("person/gordon-brown")}, []),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "expected"), STATISTIC_CASES)
def test_a_measured_quantity_with_no_act_between_parties_is_a_statistic(fields, expected):
    text = "MG Rover employs more than 6,000 people."
    st = statement(text, "MG Rover", "employs", "more than 6,000 people",
                   relation_lemma="employ", **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, measured=True) == expected


GROUP = node_iri("group/analysts")
SAID = {"pattern": "clause", "relation_lemma": "say"}
VAGUE_CASES = [
    # what a vague group says is no source's stance: "Analysts say the unit could sell for £350m"
    ({**TOPICAL, **SAID}, ["no-actor"]),
    # nor is a vague group an actor when typed as a group, nor as the agent among the actors
    ({"subject_id": GROUP, "subject_type": "Group", "agent_id": GROUP, **SAID}, ["no-actor"]),
    # an actor on the other side still stands ("Analysts | say | Russia ...")
    ({**TOPICAL, **SAID, "object_id": RUSSIA, "object_type": "Country"}, []),
    # speech is no event: a vague group's still has no actor
    ({**TOPICAL, **SAID, "event_type": "Say"}, ["no-actor"]),
    # but an event a vague group takes part in keeps it ("Several gunmen | opened fire on")
    ({**TOPICAL, "event_type": "Assault", "relation_lemma": "open"}, []),
]


@pytest.mark.parametrize(("fields", "expected"), VAGUE_CASES)
def test_a_vague_group_is_no_actor(fields, expected):
    text = "Analysts say the unit could sell for up to 350m."
    st = statement(text, "Analysts", "say", "the unit could sell for up to 350m", **fields)
    actors = ACTORS | {GROUP}
    assert reasons(st, actors=actors, text=text, people=(True, False)) == []  # people who act
    assert reasons(st, actors=actors, text=text, people=(True, False), vague=(True, False)) == (
        expected
    )


COMMENTARY_CASES = [
    # what a market economist says, named so, is a remark on markets: "CBI chief economist Ian
    # McCafferty said the economy had slowed"
    ({}, ["commentary"]),
    # not with an actor as object, a firm, body or person as recipient, nor an event
    ({"object_id": RUSSIA, "object_type": "Country"}, []),
    ({"recipient_id": PUTIN}, []),
    ({"event_type": "Accuse"}, []),
    # a country as recipient is what the remark is on ("the unemployment figures show the main
    # problem of the French economy": France)
    ({"recipient_id": RUSSIA}, ["commentary"]),
    # not one a title names who speaks for a government or a party ("Labour's election
    # strategist Alan Milburn said the campaign was going well")
    ({"subject_code": "GBRGOV"}, []),
    ({"subject_code": "GBRPTY"}, []),
]


@pytest.mark.parametrize(("fields", "expected"), COMMENTARY_CASES)
def test_what_a_market_economist_says_is_commentary(fields, expected):
    text = "CBI chief economist Ian McCafferty said the economy had slowed."
    st = statement(text, "CBI chief economist Ian McCafferty", "said", "the economy had slowed",
                   **SAID, **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, commentator=True) == expected


GAZPROM = node_iri("org/gazprom")
FIRM = {"subject_id": node_iri("org/unilever"), "subject_type": "Organization",
        "subject_code": "GBRBUS", **SAID}  # fmt: skip
FIGURE_CASES = [
    # a firm or its people report a market's figure: a statistic with its source ("The CML said
    # loans for new property purchases fell 25%")
    (FIRM, ["statistic"]),
    ({**FIRM, "subject_code": "MNCGBRBUS"}, ["statistic"]),
    ({**FIRM, "relation_lemma": "report", "pattern": "svo"}, ["statistic"]),
    # not a government's, a public body's or an international organisation's figures
    ({**FIRM, "subject_code": "GBRGOV"}, []),
    ({**FIRM, "subject_code": "GBRGOVBUS"}, []),
    ({**FIRM, "subject_code": "IGOBUSIMF"}, []),
    # not with an actor as object or recipient, nor an event, nor a verb that reports nothing
    ({**FIRM, "object_id": RUSSIA, "object_type": "Country"}, []),
    ({**FIRM, "recipient_id": RUSSIA}, []),
    ({**FIRM, "event_type": "Agree"}, []),
    ({**FIRM, "relation_lemma": "cut", "pattern": "svo"}, []),
    # not when what is said names another party ("WMC said it is worth up to 30% more than a
    # hostile bid by Xstrata"); the firm itself named in it is no other
    ({**FIRM, "object_mentions": [GAZPROM]}, []),
    ({**FIRM, "object_mentions": [node_iri("org/unilever")]}, ["statistic"]),
]


@pytest.mark.parametrize(("fields", "expected"), FIGURE_CASES)
def test_a_firm_that_reports_a_figure_reports_a_statistic(fields, expected):
    text = "Unilever said loans for new property purchases fell 25%."
    st = statement(text, "Unilever", "said", "loans for new property purchases fell 25%", **fields)
    assert reasons(st, actors=ACTORS | {node_iri("org/unilever")}, text=text) == []
    assert reasons(st, actors=ACTORS | {node_iri("org/unilever")}, text=text, figures=True) == (
        expected
    )


ROLE_CASES = [
    # a person the article calls a market commentator anywhere ("Kim Yungmin, an equity
    # strategist at Dongwon ...", then "Mr Kim said ..."): what they say is commentary
    ({"subject_role": "equity strategist"}, ["commentary"]),
    ({"subject_role": "chief economist", "subject_code": "GBRBUS"}, ["commentary"]),
    # not a past role, nor a government's or a party's strategist or economist
    ({"subject_role": "former chief economist"}, []),
    ({"subject_role": "election strategist", "subject_code": "GBRPTY"}, []),
    ({"subject_role": "economist", "subject_code": "GBRGOV"}, []),
    # not a firm so called ("troubled insurance broker Marsh"), nor another role
    ({"subject_role": "insurance broker", "subject_type": "Organization"}, []),
    ({"subject_role": "chief executive"}, []),
    ({}, []),
    # not what names a firm, a body, a person or a group: a claim about a party ("Gazprom needs
    # Yugansk", "The Kurds are angry")
    ({"subject_role": "energy analyst", "object_mentions": [GAZPROM]}, []),
    ({"subject_role": "energy analyst", "object_mentions": [node_iri("group/KURDS")]}, []),
    # a country named is not enough: a remark on its economy
    ({"subject_role": "energy analyst", "object_mentions": [RUSSIA]}, ["commentary"]),
    # nor a party as recipient, nor an event, as for a title; a country as recipient is no party
    ({"subject_role": "analyst", "recipient_id": PUTIN}, []),
    ({"subject_role": "analyst", "recipient_id": RUSSIA}, ["commentary"]),
    ({"subject_role": "analyst", "event_type": "Accuse"}, []),
    # a role kg kept in the plural ("one of the analysts")
    ({"subject_role": "analysts"}, ["commentary"]),
]


@pytest.mark.parametrize(("fields", "expected"), ROLE_CASES)
def test_what_a_person_called_a_market_commentator_says_is_commentary(fields, expected):
    text = "Mr Kim said the economy was doing a bit better."
    st = statement(text, "Mr Kim", "said", "the economy was doing a bit better", **SAID, **fields)
    assert reasons(st, actors=ACTORS, text=text) == expected


ROLE_GIVEN = [
    # a market commentator's role as an "X is Y": the person's role already, no act or stance
    ("telecoms analyst at Dresdner Kleinwort Wasserstein", {"subject_role": "telecoms analyst"},
     ["commentary"]),
    ("chief economist at Fannie Mae", {"subject_role": "chief economist"}, ["commentary"]),
    # not one who speaks for a party or a government, nor anyone else's role
    ("chief economist at Fannie Mae", {"subject_role": "chief economist",
                                       "subject_code": "GBRGOV"}, []),
    ("the IMF's managing director", {"subject_role": "managing director"}, []),
]  # fmt: skip


@pytest.mark.parametrize(("role", "fields", "expected"), ROLE_GIVEN)
def test_a_market_commentators_role_given_as_a_copula_is_commentary(role, fields, expected):
    text = f"Hannes Wittig, {role}, said so."
    st = statement(text, "Hannes Wittig", ",", role, pattern="appos", relation_lemma="be",
                   recipient_id=node_iri("org/x"), **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == expected


def test_a_commentators_act_on_one_with_a_role_is_no_role_given():
    # "Hannes Wittig hired an analyst at Dresdner": the role words in what he did, no "X is Y"
    text = "Hannes Wittig hired an analyst at Dresdner."
    st = statement(text, "Hannes Wittig", "hired", "an analyst at Dresdner", pattern="svo",
                   relation_lemma="hire", recipient_id=node_iri("org/x"),
                   subject_role="telecoms analyst")  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []


def test_one_an_apposition_places_in_a_party_or_government_is_no_commentator():
    # "Paul Dales, a Labour economist, said the plans were unrealistic": coded GBREDU by his
    # role, but Labour's; what he says, and what else his quote says, stays
    text = "Paul Dales, a Labour economist, said the plans were unrealistic."
    said = statement(text, "Paul Dales", "said", "the plans were unrealistic", **SAID,
                     subject_id=DALES, subject_role="economist", subject_code="GBREDU")  # fmt: skip
    assert reasons(said, actors=ACTORS, text=text) == ["commentary"]
    assert reasons(said, actors=ACTORS, text=text, partisan=True) == []
    appos = statement(text, "Paul Dales", ",", "a Labour economist", pattern="appos",
                      subject_id=DALES, recipient_id=node_iri("org/GB-LABOUR"),
                      recipient_code="GBRPTY")  # fmt: skip
    remark = statement(text, "the plans", "were", "unrealistic", **TOPICAL, pattern="copula",
                       attributed_to=DALES)  # fmt: skip
    admit([said, appos, remark], actors=ACTORS | {DALES}, evidence=[Evidence()] * 3, text=text,
          title=0)  # fmt: skip
    assert (said.dropped_because, remark.dropped_because) == ([], [])
    # named so by a title and coded a government's ("Labour's election strategist Alan
    # Milburn said ..."): his quote's remarks stay too
    said = replace(said, subject_code="GBRGOV", subject_role=None)
    remark = replace(remark, dropped_because=[], admitted=True)
    admit([said, remark], actors=ACTORS | {DALES}, text=text, title=0,
          evidence=[Evidence(commentator=True), Evidence()])  # fmt: skip
    assert (said.dropped_because, remark.dropped_because) == ([], [])


def test_a_commentators_claim_about_a_party_is_no_commentary():
    # named by a title too: "Renaissance Capital energy analyst Adam Landes said Gazprom needs
    # Yugansk" is a claim about Gazprom
    text = "Energy analyst Adam Landes said Gazprom needs Yugansk."
    st = statement(text, "Energy analyst Adam Landes", "said", "Gazprom needs Yugansk", **SAID)
    assert reasons(st, actors=ACTORS, text=text, commentator=True) == ["commentary"]
    st = replace(st, object_mentions=[GAZPROM])
    assert reasons(st, actors=ACTORS, text=text, commentator=True) == []


DALES = node_iri("person/paul-dales")
QUOTED_CASES = [
    # what else a market commentator's quote says is their remark: "The figures are a lot
    # better than expected but the trend still remains poor," Paul Dales said
    ({}, ["commentary"]),
    # the commentator's own "I" or "we" is no actor of the story ("I am surprised at ...")
    (
        {"subject_type": "Person", "subject_id": DALES, "subject_resolution": "speaker"},
        ["commentary"],
    ),
    # not a party's act or state: an actor as subject, object or recipient ("Gazprom doesn't
    # have this sort of money"), a firm, body or person named in it, or an event
    ({"subject_type": "Organization", "subject_id": GAZPROM, "subject_resolution": "name"}, []),
    ({"object_type": "Country", "object_id": RUSSIA}, []),
    ({"recipient_id": PUTIN}, []),
    ({"object_mentions": [GAZPROM]}, []),
    ({"object_mentions": [node_iri("group/KURDS")]}, []),
    ({"event_type": "Accuse"}, []),
    # a country as recipient is what the remark is on
    ({"recipient_id": RUSSIA}, ["commentary"]),
]


@pytest.mark.parametrize(("fields", "expected"), QUOTED_CASES)
def test_what_a_market_commentators_quote_says_is_commentary(fields, expected):
    text = "The figures are a lot better than expected, Paul Dales said."
    quoted = {**TOPICAL, "pattern": "copula", "attributed_to": DALES, **fields}
    st = statement(text, "The figures", "are", "a lot better than expected", **quoted)
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, quoted=True) == expected


def test_a_remark_whose_subject_names_a_party_is_that_partys_story():
    # "Gordon Brown's budget plans were unrealistic," said an analyst: the subject's own words
    # name a person, as the object's would ("The Kremlin's attack on Yukos will scare ...")
    text = "Gordon Brown's budget plans were unrealistic, Paul Dales said."
    st = statement(text, "Gordon Brown's budget plans", "were", "unrealistic", **TOPICAL,
                   pattern="copula", attributed_to=DALES)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, quoted=True) == ["commentary"]
    brown = [node_iri("person/gordon-brown")]
    assert reasons(st, actors=ACTORS, text=text, quoted=True, subject_mentions=brown) == []
    # a country named is not enough ("the US economy is doing a bit better")
    assert reasons(st, actors=ACTORS, text=text, quoted=True, subject_mentions=[RUSSIA]) == [
        "commentary"
    ]
    said = statement(text, "Paul Dales", "said", None, subject_id=DALES,
                     subject_role="uk economist")  # fmt: skip
    admit([said, st], actors=ACTORS | {DALES}, text=text, title=0,
          evidence=[Evidence(), Evidence(subject_mentions=tuple(brown))])  # fmt: skip
    assert st.admitted


@pytest.mark.model
def test_the_subjects_mentions_reach_admission_on_the_real_pipeline(nlp, knowledge):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    text = (
        '"The Kremlin\'s attack on Yukos will scare investors," said Chris Weafer, an energy '
        "analyst."
    )
    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (st,) = [s for s in result.statements if s.relation == "will scare"]
    assert st.admitted, st.dropped_because


def test_admission_finds_whose_quotes_are_a_market_commentators():
    # "The figures are a lot better," said Paul Dales, UK economist for Capital Economics: the
    # article's role for him makes his quote a remark; the same said by a minister stays
    text = "Paul Dales said the figures are a lot better than expected."
    said = statement(text, "Paul Dales", "said", "the figures are a lot better than expected",
                     **SAID, subject_id=DALES, subject_role="uk economist")  # fmt: skip
    remark = statement(text, "the figures", "are", "a lot better than expected",
                       **TOPICAL, pattern="copula", attributed_to=DALES)  # fmt: skip
    admit([said, remark], actors=ACTORS | {DALES}, evidence=[Evidence()] * 2, text=text, title=0)
    assert (said.dropped_because, remark.dropped_because) == (["commentary"], ["commentary"])
    said = replace(said, subject_role="trade minister")
    remark = replace(remark, dropped_because=[], admitted=True)
    admit([said, remark], actors=ACTORS | {DALES}, evidence=[Evidence()] * 2, text=text, title=0)
    assert (said.admitted, remark.admitted) == (True, True)
    # named so by a title ("UK economist Paul Dales said ..."), as the evidence says
    said = replace(said, subject_role=None)
    admit([said, remark], actors=ACTORS | {DALES}, evidence=[Evidence(commentator=True),
          Evidence()], text=text, title=0)  # fmt: skip
    assert remark.dropped_because == ["commentary"]


FIRM_REMARKS = [
    # what a firm says of an indicator that names no one's is a remark on markets: "WPP said the
    # long-term outlook looks very favourable"
    ({"subject_code": "MNCGBRMED"}, ["commentary"]),
    ({"subject_code": "GBRBUS"}, ["commentary"]),
    # not a state's firm, a government's or an international body's word ("The ONS said
    # manufacturing output dropped 0.1%"), nor a person's or a country's with no firm's code
    ({"subject_code": "RUSGOVBUS"}, []),
    ({"subject_code": "GBRGOV"}, []),
    ({"subject_code": "IGOBUSIMF"}, []),
    ({"subject_code": None}, []),
    # nor with an actor as object or recipient, nor an event
    ({"subject_code": "GBRBUS", "object_id": RUSSIA, "object_type": "Country"}, []),
    ({"subject_code": "GBRBUS", "recipient_id": RUSSIA}, []),
    ({"subject_code": "GBRBUS", "event_type": "Accuse"}, []),
]


@pytest.mark.parametrize(("fields", "expected"), FIRM_REMARKS)
def test_what_a_firm_says_of_an_indicator_is_commentary(fields, expected):
    text = "WPP said the long-term outlook looks very favourable."
    st = statement(text, "WPP", "said", "the long-term outlook looks very favourable",
                   subject_type="Organization", **SAID, **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, remark=True) == expected


OBSERVERS = node_iri("topic/most-observers")


def test_what_a_vague_group_says_is_voiced_by_no_source():
    # "most observers believe the true figure is far higher": the clause's copula is no one's
    # judgement; the same said by a named source stays (is_voiced)
    text = "Most observers believe the true figure is far higher."
    said = statement(text, "Most observers", "believe", "the true figure is far higher",
                     **TOPICAL, pattern="clause", relation_lemma="believe")  # fmt: skip
    said = replace(said, subject_id=OBSERVERS, agent_id=OBSERVERS)
    figure = statement(text, "the true figure", "is", "far higher", **TOPICAL,
                       pattern="copula", relation_lemma="be", attributed_to=OBSERVERS)  # fmt: skip
    admit([said, figure], actors=ACTORS, evidence=[Evidence(), Evidence()], text=text, title=0)
    assert figure.admitted
    admit([said, figure], actors=ACTORS, evidence=[Evidence(vague=(True, False)), Evidence()],
          text=text, title=0)  # fmt: skip
    assert figure.dropped_because == ["no-actor"]
    assert reasons(figure, actors=ACTORS, text=text, hearsay=True) == ["no-actor"]


def test_a_vague_groups_speech_is_no_actors_for_the_recipient_read_off_it():
    # "Many analysts believe German Boerse has more financial firepower ...": Germany, read off
    # the clause, does not make the analysts' belief an actor's stance
    text = "Many analysts believe German Boerse has more financial firepower than Euronext."
    st = statement(text, "Many analysts", "believe", "German Boerse has more financial firepower",
                   **TOPICAL, **SAID, recipient_id=RUSSIA)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == []
    assert reasons(st, actors=ACTORS, text=text, vague=(True, False)) == ["no-actor"]


REGARDS = [
    # what the object is taken for kept apart: the object alone says nothing
    ("Government policy sees the bank listings as vital economic reforms.", "sees",
     "the bank listings", ["as vital economic reforms"], "see", ["fragment"]),
    ("Putin has described the affair as a crackdown on corruption.", "has described",
     "the affair", ["as a crackdown on corruption"], "describe", ["fragment"]),
    # not another verb's "as" ("replaced Herbert Demel as chief executive"), nor other extras
    ("Putin has replaced Herbert Demel as chief executive.", "has replaced", "Herbert Demel",
     ["as chief executive"], "replace", []),
    ("Putin sees the bank listings in April.", "sees", "the bank listings", ["in April"], "see",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "obj", "extras", "lemma", "expected"), REGARDS)
def test_a_verb_read_without_what_its_object_is_taken_for_is_a_fragment(
    text, relation, obj, extras, lemma, expected
):
    subject = text.split(" ")[0] if not text.startswith("Government") else "Government policy"
    st = statement(text, subject, relation, obj, extra_args=extras, relation_lemma=lemma)
    assert reasons(st, actors=ACTORS, text=text) == expected


FINDINGS = [
    # what a document that names no one's says of an economy's indicators is a remark
    ({}, {}, ["commentary"]),
    ({"relation_lemma": "add"}, {}, ["commentary"]),
    # not a document whose subject names its issuer ("the ADB report", "Ifo's study"), nor one
    # kg codes, nor a verb of neither finding nor speech
    ({}, {"subject_mentions": [node_iri("org/asian-development-bank")]}, []),
    ({}, {"owned": True}, []),
    ({"subject_code": "IGOBUSIMF"}, {}, []),
    ({"relation_lemma": "cover"}, {}, []),
]


@pytest.mark.parametrize(("fields", "evidence", "expected"), FINDINGS)
def test_what_an_unnamed_document_finds_of_an_indicator_is_commentary(fields, evidence, expected):
    text = "The study found the outlook had worsened."
    st = statement(text, "The study", "found", "the outlook had worsened", **TOPICAL,
                   pattern="clause", **{"relation_lemma": "find", **fields})  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, issued=True, **evidence) == []
    assert reasons(st, actors=ACTORS, text=text, issued=True, remark=True, **evidence) == expected


LUFTHANSA = node_iri("org/lufthansa")
BEFALLS = [
    # a passive of effect whose agent is a thing that names no party
    ("Lufthansa was hit by a dip in demand.", "Lufthansa", "was hit by", "a dip in demand",
     {"subject_type": "Organization", "subject_id": LUFTHANSA, "pattern": "passive"}, {},
     ["background"]),
    # not when the agent names a party or is one, nor an event
    ("Lufthansa was hit by a strike by Gazprom pilots.", "Lufthansa", "was hit by",
     "a strike by Gazprom pilots", {"subject_type": "Organization", "subject_id": LUFTHANSA,
     "pattern": "passive", "object_mentions": [GAZPROM]}, {}, []),
    ("Lufthansa was hit by Russia.", "Lufthansa", "was hit by", "Russia",
     {"subject_type": "Organization", "subject_id": LUFTHANSA, "pattern": "passive",
      "object_type": "Country", "object_id": RUSSIA}, {}, []),
    ("Lufthansa was hit by a dip in demand.", "Lufthansa", "was hit by", "a dip in demand",
     {"subject_type": "Organization", "subject_id": LUFTHANSA, "pattern": "passive",
      "event_type": "Assault"}, {}, []),
    # the active: a thing that acts for no one changes what is no actor
    ("Increased take-up boosted France Telecom's profits.", "Increased take-up", "boosted",
     "France Telecom's profits", {**TOPICAL, "recipient_id": LUFTHANSA}, {}, ["background"]),
    # not a plan (its issuer's act), a thing an actor owns, an actor as subject or object
    ("The plan would boost energy conservation.", "The plan", "would boost",
     "energy conservation", TOPICAL, {"issued": True}, []),
    ("Increased take-up boosted France Telecom's profits.", "Increased take-up", "boosted",
     "France Telecom's profits", TOPICAL, {"owned": True}, []),
    ("Putin boosted France Telecom's profits.", "Putin", "boosted",
     "France Telecom's profits", {}, {}, []),
    ("Increased take-up boosted Russia.", "Increased take-up", "boosted", "Russia",
     {**TOPICAL, "object_type": "Country", "object_id": RUSSIA}, {}, []),
    # nor a phrasal verb of its own ("Minister hits out at Yukos sale": criticises)
    ("Minister hits out at Yukos sale.", "Minister", "hits out at", "Yukos sale", TOPICAL, {},
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "fields", "evidence", "expected"),
                         BEFALLS)  # fmt: skip
def test_what_befalls_a_party_from_things_is_background(
    text, subject, relation, obj, fields, evidence, expected
):
    lemma = "hit" if "hit" in relation else "boost"  # "hits out at": hit
    st = statement(text, subject, relation, obj, **{"relation_lemma": lemma, **fields})
    found = reasons(st, actors=ACTORS | {LUFTHANSA}, text=text, **evidence)
    assert [r for r in found if r != "no-actor"] == expected


@pytest.mark.parametrize("relation", ["shook", "has shaken", "shakes"])
def test_an_irregular_effect_verb_a_user_adds_befalls_too(relation):
    # "shake" is no packaged effect verb; added, its irregular forms end the relation as
    # "boosted" does: the relation's last word is compared by its lemma, not its spelling
    text = f"The scandal {relation} investor confidence."
    st = statement(text, "The scandal", relation, "investor confidence",
                   **{"relation_lemma": "shake", **TOPICAL})  # fmt: skip
    mine = replace(vocabulary(), effect_verbs=vocabulary().effect_verbs | {"shake"})
    found = reasons(st, actors=ACTORS, text=text, words=mine)
    assert [r for r in found if r != "no-actor"] == ["background"]
    plain = reasons(st, actors=ACTORS, text=text)
    assert "background" not in plain


FORCE = {"event_type": "Coerce", "quad_class": "material-conflict"}
PARTY_CASES = [
    # people, bystanders included, whom an act of force befalls with no doer named are its
    # party: "Most of the terror suspects | are detained at | Belmarsh Prison", a Coerce
    (FORCE, "are detained at", (True, False), []),
    ({**FORCE, "event_type": "Assault"}, "were killed after", (True, False), []),
    # not people on the object's side, nor the doers of an active verb
    (FORCE, "are detained at", (False, True), ["no-actor"]),
    (FORCE, "detain", (True, False), ["no-actor"]),
    # nor with a thing named as its cause ("consumers | are going to be blown by | pictures")
    (FORCE, "are blown by", (True, False), ["no-actor"]),
    # no event of force ("people | are signed up to | broadband", a Support), nor none at all
    ({"event_type": "Support", "quad_class": "verbal-cooperation"}, "are signed up to",
     (True, False), ["no-actor"]),
    ({}, "are detained at", (True, False), ["no-actor"]),
    # things are no party
    (FORCE, "are detained at", (False, False), ["no-actor"]),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "relation", "parties", "expected"), PARTY_CASES)
def test_whom_force_befalls_is_its_party(fields, relation, parties, expected):
    text = f"Most of the terror suspects {relation} Belmarsh Prison."
    st = statement(text, "Most of the terror suspects", relation, "Belmarsh Prison",
                   pattern="passive", relation_lemma="detain", **TOPICAL, **fields)  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, parties=parties) == expected


@pytest.mark.parametrize("unsaid", [True, False])
def test_a_clause_a_negated_verb_of_meaning_holds_is_a_fragment(unsaid):
    """ "Agreeing to pay compensation did not mean that the firms were admitting any guilt": the
    clause alone says the firms admit guilt, what the sentence denies it means."""
    text = "Agreeing to pay did not mean that Putin was admitting any guilt, the FSA added."
    st = statement(text, "Putin", "was admitting", "any guilt", relation_lemma="admit",
                   modality="reported")  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, unsaid=unsaid) == (["fragment"] if unsaid else [])


@pytest.mark.model
def test_a_clause_a_negated_verb_of_meaning_holds_is_dropped_on_the_real_pipeline(nlp, knowledge):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    text = (
        "Agreeing to pay compensation did not mean that the eighteen firms involved were "
        "admitting any guilt, the FSA added."
    )
    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (content,) = [s for s in result.statements if s.relation == "were admitting"]
    assert content.dropped_because == ["fragment"]
    (said,) = [s for s in result.statements if s.relation == "added"]
    assert said.admitted, said.dropped_because  # what the FSA said stays


PUBLIC_CASES = [
    # the public in general, in what should, would or may be: a claim about no one in particular
    ("requested", "should pay", True),
    ("future", "would have to pay", True),
    ("hypothetical", "paid", True),
    # what is reported or asserted as done stays ("Witnesses said people paid the fine")
    ("reported", "paid", False),
    ("asserted", "paid", False),
]


@pytest.mark.parametrize(("modality", "relation", "expected"), PUBLIC_CASES)
def test_what_anyone_of_the_public_would_do_is_a_fragment(modality, relation, expected):
    """ "He believes students should pay tuition fees": "students | should pay | tuition fees"
    says what the speaker wants of students in general, no act of anyone's."""
    text = f"He believes students {relation} tuition fees."
    st = statement(text, "students", relation, "tuition fees", modality=modality,
                   relation_lemma="pay", **TOPICAL)  # fmt: skip
    found = reasons(st, actors=ACTORS, text=text, public=True)
    assert ("fragment" in found) is expected
    assert "fragment" not in reasons(st, actors=ACTORS, text=text, public=False)


def test_what_the_public_says_is_no_fragment():
    """ "People think it is one thing": what the public thinks, a finding, stays a speech act."""
    text = "A survey said people think the plan is unfair."
    st = statement(text, "people", "think", "the plan is unfair", modality="reported",
                   relation_lemma="think", pattern="clause", **TOPICAL)  # fmt: skip
    assert "fragment" not in reasons(st, actors=ACTORS, text=text, public=True)


@pytest.mark.model
def test_what_anyone_of_the_public_should_do_is_dropped_on_the_real_pipeline(nlp, knowledge):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    text = (
        "A spokesman for Michael Howard said Mr Jackson's views were very different. "
        '"He believes students should pay tuition fees," the spokesman said.'
    )
    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (content,) = [s for s in result.statements if s.relation == "should pay"]
    assert "fragment" in content.dropped_because
    said = [s for s in result.statements if s.relation == "said" and "students" in s.object]
    assert said and all(s.admitted for s in said)  # what the spokesman said stays


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation", "dropped"),
    [
        # what witnesses say people did is reported as done, no claim about anyone at all
        ("Witnesses said people attacked the Russian embassy in Tbilisi.", "attacked", False),
        # "the public", which always takes "the", is the public in general as "people" is
        ("Gordon Brown said the public should pay more for the railways.", "should pay", True),
    ],
)
def test_the_public_in_general_on_the_real_pipeline(nlp, knowledge, text, relation, dropped):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (content,) = [s for s in result.statements if s.relation == relation]
    assert ("fragment" in content.dropped_because) is dropped


CONDITIONED_CASES = [
    # "if drinking establishments were allowed to open ...": a condition, no one's forecast
    ("were allowed to open until", "four", ["no-actor"]),
    # "many challenges remain if the UK is to reach its aim": nothing after the verb, bare
    ("remain", None, ["no-actor", "bare"]),
    # what a modal says may be is foreseen ("Deportation may tackle this initial problem")
    ("may tackle", "this initial problem", []),
    ("are considering whether to appeal", None, []),
]


@pytest.mark.parametrize(("relation", "obj", "expected"), CONDITIONED_CASES)
def test_a_clause_on_a_condition_is_foreseen_by_no_one(relation, obj, expected):
    text = f"He said the things {relation} {obj or ''} if the rules were relaxed."
    st = statement(text, "the things", relation, obj, **TOPICAL, relation_lemma="x",
                   modality="hypothetical",
                   attributed_to=node_iri("person/michael-howard"))  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text) == expected


def test_a_clause_a_modal_above_it_makes_hypothetical_is_on_no_condition():
    """ "the deal would allow Iraq to recover": "Iraq | to recover" takes "would" from "allow",
    what may be, not a clause on a condition; not bare, as a hypothetical is not."""
    text = "He said the deal would allow Iraq to recover."
    st = statement(text, "Iraq", "to recover", None, relation_lemma="recover",
                   modality="hypothetical", subject_type="Country",
                   attributed_to=node_iri("person/michael-howard"))  # fmt: skip
    assert "bare" in reasons(st, actors=ACTORS, text=text)
    assert "bare" not in reasons(st, actors=ACTORS, text=text, controlled=True)


@pytest.mark.model
def test_a_clause_a_modal_above_it_makes_hypothetical_is_not_bare_on_the_real_pipeline(
    nlp, knowledge
):
    from kg.extract.statements import process
    from kg.ingest import parse_record

    text = "The minister said the deal would allow Iraq to recover."
    article = parse_record({"id": "t", "text": text}, source="t")
    result = process(nlp(article.text), article, knowledge)
    (content,) = [s for s in result.statements if s.relation == "to recover"]
    assert "bare" not in content.dropped_because


@pytest.mark.parametrize("asked", [True, False])
def test_a_statement_of_a_direct_question_is_a_fragment(asked):
    """ "How will he achieve the breakthrough?": asked, not said; what a sentence states stays."""
    text = "How will Putin achieve the breakthrough?"
    st = statement(text, "Putin", "achieve", "the breakthrough", relation_lemma="achieve",
                   modality="future")  # fmt: skip
    assert reasons(st, actors=ACTORS, text=text, asked=asked) == (["fragment"] if asked else [])
