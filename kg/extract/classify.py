"""An extraction's PLOVER class, read from its predicate and what the predicate acts on.

The lexicon gives a predicate's usual class (:mod:`kg.extract.events`); the rules here change it
where the clause does: a control word ("refused to meet" is Reject), a light verb's noun ("held
talks" is Consult), a phrasal verb or an idiom beside the object ("stepped down", "placed him
under house arrest"), a figurative attack on a policy or claim (Accuse, not Assault), "came
under fire" (Assault on the subject), a motion verb with a purpose ("arrived for talks" is
Consult); the object's own class (:mod:`kg.extract.targets`: "lifted the curfew" is Retreat)
and speech acts (:mod:`kg.extract.speech`: a statement of what another must do is a Request);
where the object or the content cancels the class (:mod:`kg.extract.readings`: a vow of no
event, a material act on an abstraction).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Doc, Token

from kg.extract.abstain import (
    COMMITMENTS,
    abstains,
    abstract_doer,
    asks,
    attacks_in_words,
    blames_for_a_deed,
    no_party_given,
    offers_nothing,
    promised_to_no_party,
    willed_by_another,
)
from kg.extract.decisions import decided
from kg.extract.doers import (
    PHYSICAL_TYPES,
    doer,
    doer_fits,
    labour_strike,
    moves_forces,
    obstructed_by_force,
    protesters_assault,
)
from kg.extract.events import (
    CONTROL_TYPES,
    FUTURE_AS_AGREE,
    FUTURE_AS_THREATEN,
    Lexicon,
    Sense,
    in_context,
    modifier,
    noun_sense,
)
from kg.extract.figurative import (
    attack_on_a_person,
    intangible_side,
    verbal_target,
    violent,
)
from kg.extract.figures import acknowledged, clause_target, figure_target
from kg.extract.modality import conditional, has_condition, negated_below
from kg.extract.parse import dependent, parse_of, particle
from kg.extract.partners import (
    attends_no_meeting,
    calls_for,
    calls_no_one,
    hosts_no_meeting,
    meets_the_public,
    the_public_gathers,
)
from kg.extract.purposes import for_talks, sent_to_help
from kg.extract.readings import (
    abstract_target,
    by_object_row,
    cancelled,
    explores,
    promises_nothing,
    speaks_of,
    stopped,
    written,
)
from kg.extract.records import Extraction
from kg.extract.speech import (
    SILENT_TYPES,
    act,
    asks_a_question,
    criticises,
    declines_comment,
    demands,
    orders_without_authority,
    praises,
    restates,
    said_of,
    says_it,
    urges,
    warns_of_a_state,
)
from kg.extract.stances import accuses, finds_short, outraged, said_class
from kg.extract.targets import (
    NOUNS,
    acts_on_a_party,
    bans_a_party,
    coerces_an_owner,
    halted,
    halts_own_trade,
    lifted,
    object_fits,
    pobj,
    shares_a_view,
    through_span,
)
from kg.extract.words import vocabulary

#: Material acts whose target must be an actor or a physical thing (issue 19): "blocked the
#: sale" is no coercion of anyone, "encouraged the growth of credit" no cooperation.
MATERIAL_TYPES = frozenset({"Assault", "Coerce", "Sanction", "Cooperate", "Aid"})
#: Classes of force, coercion and sanction: a party or a physical thing on both sides.
FORCE_TYPES = frozenset({"Assault", "Coerce", "Sanction"})
#: PLOVER's types that need a recipient: cooperation, aid and sanctions are given to someone.
RECIPIENT_TYPES = frozenset({"Cooperate", "Aid", "Sanction"})
#: Of those, what is given to a party or done with one, which must be named as a party.
GIVEN_TYPES = frozenset({"Cooperate", "Aid"})
#: What a subject meets as its target ("has drawn criticism", "faces sanctions", "faced a
#: strike"): conflict in words or deeds, not a violent one a figurative verb may name.
MET_TYPES = frozenset({"Accuse", "Protest", "Sanction", "Coerce"})
#: CAMEO codes of deeds, not stances, though PLOVER files them under verbal classes: signing
#: a formal agreement (057, Support) and investigating (09, Accuse); a speaker who says it did
#: one reports it.
DEED_CODES = ("057", "09")


@dataclass(frozen=True, slots=True)
class Typed:
    """An extraction's class, its lexicon sense, and whether the subject undergoes it."""

    event_type: str | None
    sense: Sense | None = None
    undergone: bool = False  # "the convoy came under fire": the subject is the target

    @property
    def act(self) -> str | None:
        """The class of the sense the lexicon gave (a control word's where it has one:
        "refused to meet" is Reject), before the clause's modality changed it: what decides
        which prepositions make a target ("will withdraw from Lebanon" is Agree, but Lebanon
        is the withdrawal's target)."""
        if self.event_type is None:
            return None
        return (self.sense.event_type if self.sense else None) or self.event_type


def classify(ext: Extraction, doc: Doc, lexicon: Lexicon) -> Typed:
    """The class of an extraction in its clause (None: no class)."""
    if ext.pattern in {"copula", "appos"}:
        return Typed(None)
    trigger = doc[ext.trigger]
    undergone = _undergone(trigger, lexicon)
    if undergone is not None:
        met = in_context(undergone, negated=ext.negated, modality=ext.modality)
        if met in FORCE_TYPES and intangible_side(ext, trigger, doc):
            return Typed(None, undergone)  # "the screensaver came under fire": figurative
        return Typed(met, undergone, True)
    sense = _sense(ext, trigger, doc, lexicon)
    sense = stopped(ext, sense) or sense  # "would stop cooperating with the inspectors"
    sense = sent_to_help(trigger, lexicon) or sense  # "sent a team of doctors to help"
    if sense is None or not sense.event_type:
        sense = for_talks(trigger, lexicon) or sense
    if sense is None or not sense.event_type:
        return Typed(None, sense)
    if sense.event_type == "Say" and said_of(ext, trigger):
        return Typed(None, sense)  # "Parmalat was declared insolvent": said of it, by no one named
    if ext.matrix in vocabulary().deliberation_words:
        return Typed(None, sense)  # "is considering to buy 50 aircraft": an option weighed
    # a control word's class needs no object of the controlled verb's kind: "refused to
    # recognise the election results" is a refusal, though "recognised the results" is none
    committed = _committed(ext, trigger, lexicon)  # "promised not to raise taxes": a promise
    sense = committed or sense
    controlled = ext.matrix is not None and sense == _control(ext.matrix, lexicon)
    # the verb's own sense, a phrasal verb's too ("took over"), not a light verb's event
    p = parse_of(doc)
    prt = particle(p, trigger.i)
    own = sense in {lexicon.lookup(ext.lemma, "verb"), lexicon.lookup(ext.lemma, particle=prt)}
    # a verb + object row names the object's kind itself: "met the demands" is a concession
    # "forced the sale of Yugansk": the owner is coerced, though the object is no party
    fits = controlled or by_object_row(ext, doc, lexicon, sense)
    if not (fits or coerces_an_owner(sense, ext, doc)) and not object_fits(ext, trigger, doc):
        return Typed(None, sense)
    if own and not controlled and not acts_on_a_party(ext, trigger, doc):
        return Typed(None, sense)  # "held a blackboard", "a ceremony to be held"
    if conditional(trigger):
        return Typed(None, sense)  # "if Iran attacks Israel, ...": a condition, no event
    modality = ext.modality
    if lexicon.is_light(ext.lemma) and ext.lemma in vocabulary().intent_words:
        modality = "future"  # "planning an invasion": the event is intended, not done
    # "failed to reach agreement": what was to be done was not (failure_words)
    negated = (ext.negated and committed is None) or ext.matrix in vocabulary().failure_words
    found = in_context(sense, negated=negated, modality=modality)
    found = decided(ext, trigger, sense, negated=negated, modality=modality) or found  # decided
    if abstains(found, ext, trigger, sense):
        return Typed(None, sense)  # "had not consulted on": an omission; "numbers released"
    if cancelled(found, ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "defeated his rival", "remains blocked", "should decline"
    if found in FUTURE_AS_THREATEN and modality == "hypothetical":
        if ext.passive and doer(ext, trigger, doc) is None:
            return Typed(None, sense)  # "fees would be removed": no one named to do it
        if has_condition(trigger):
            found = "Threaten"  # "may halt mediation if cooperation is not forthcoming" (13x)
    if found == "Protest" and says_it(ext, trigger, doc):
        found = "Accuse"  # "protested that the visit violated its sovereignty": in words
    if found == "Request" and asks_a_question(trigger):
        found = "Say"  # "was asked whether he was comfortable": a question, no request
    if found == sense.event_type and urges(trigger):
        found = "Request"  # "challenged the Tories to publish", "pressured workers to cancel"
    # "acknowledged more needed to be done", "admitted festive sales were below": an admission
    # is plain speech, whatever its content says (admission_verbs)
    speech = "Say" if ext.lemma not in vocabulary().admission_verbs else None
    if speech is None and found and _admits_a_fact(trigger):
        found = "Say"  # "conceded that Syria should withdraw", "confessed to killing": said
    if found == speech:  # "said it would dismantle its nuclear facilities": a promise
        content_class = partial(_content_class, doc=doc, lexicon=lexicon)
        found = said_class(ext, trigger, doc, content_class) or found
    if found == speech and demands(trigger, lexicon):
        found = "Request"  # "declared that China must drop barriers", "issued a reminder that"
    if sense.event_type == "Say" and found in {"Say", "Request"}:
        # "rejected the call, saying decisions should be made by ministers": the rejection's
        # words
        found = restates(trigger, ext, lexicon) or found
    if sense.event_type == "Consult" and own and ext.lemma in vocabulary().call_verbs:
        if calls_for(trigger):
            found = "Request"  # "have called for the ban to be lifted"
        elif calls_no_one(trigger):
            return Typed(None, sense)  # "has called Camp Delta the gulag of our times"
    if sense.event_type == "Consult" and own and meets_the_public(ext, trigger, doc):
        return Typed(None, sense)  # "wanted to meet as many members of the public": campaigning
    if sense.event_type == "Consult" and own and the_public_gathers(ext, trigger, doc):
        return Typed(None, sense)  # "several hundred people had gathered": no parties meet
    attends = sense.event_type == "Consult" and own and ext.lemma in vocabulary().attendance_verbs
    if attends and attends_no_meeting(ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "firms attending the air show": a fair, no meeting
    hosts = sense.event_type == "Consult" and own and ext.lemma in vocabulary().hosting_verbs
    if hosts and hosts_no_meeting(trigger, lexicon):
        return Typed(None, sense)  # "sites that host a link", "will host the programme"
    if sense.event_type == "Consult" and found and speaks_of(trigger):
        found = "Say"  # "officials talking darkly of a river of Islam", "will not talk about"
    if found == "Threaten" and warns_of_a_state(trigger, lexicon):
        found = "Say"  # "warned that the use of force could be illegal": no threat
    if found == speech and (criticises(trigger) or accuses(ext, trigger)):
        found = "Accuse"  # "warned that using back taxes was a mistake", "said she lied"
    if found == speech and (outraged(ext, trigger) or finds_short(ext, trigger)):
        found = "Accuse"  # "said he was appalled that ...", "said it did not go far enough"
    if found == speech and praises(trigger):
        found = "Support"  # "said their decision was a sensible thing"
    if found in PHYSICAL_TYPES and verbal_target(ext, doc, lexicon) and not violent(trigger):
        if found == "Coerce":  # "imposed the tax bill", "could block his plans": imposed on
            return Typed(None, sense)  # someone or refused? the clause does not say
        found = "Accuse"  # "launched an attack on Conservative spending plans"
    assault = _assault(found, sense)  # "will attack the Lib Dems": the attack, to come
    if assault and own and attacks_in_words(ext, trigger, doc, lexicon):
        found = "Accuse"  # "Cherie Blair attacking Bush": a criticism
    if assault and not own and attack_on_a_person(ext, trigger, doc, lexicon):
        found = "Accuse"  # "Lord Butler launches attack on Blair"
    if assault and own and blames_for_a_deed(trigger):
        found = "Accuse"  # "attacking the EC for backing down"
    if found == "Agree" and own and offers_nothing(ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "MCI offers internet services": a sale
    if found == "Agree" and controlled:
        content = _sense(replace(ext, matrix=None), trigger, doc, lexicon)
        if promises_nothing(ext, trigger, doc, lexicon, content):
            return Typed(None, sense)  # "vowed to go after any company": no cooperation
        if promised_to_no_party(ext, trigger, doc, content):
            return Typed(None, sense)  # "is offering to buy noise-hit properties": a purchase
    if found == "Agree" and acknowledged(ext, trigger, doc):
        found = "Say"  # "he accepted the difficult balance": acknowledged, not agreed
    if found == "Agree" and own and shares_a_view(ext, trigger, doc):
        found = "Support"  # "agreed with the NAO's assessment": an endorsement (CAMEO 051)
    if found == "Agree" and ext.lemma in vocabulary().praise_verbs:
        found = "Say"  # "promised to hail Labour's record": praise to come is speech
    if found in COMMITMENTS and willed_by_another(ext, trigger):
        return Typed(None, sense)  # "expected Palestinians to give up terrorism"
    if asks(trigger):
        return Typed(None, sense)  # "why target the airlines?": asked, not done
    acting = doer(ext, trigger, doc)
    written_by = written(found, acting)  # "a UN report accused the army"
    if found != "Say" and not written_by and abstract_doer(ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "higher taxes undermining enterprise": no actor
    given = found in GIVEN_TYPES or (found == "Agree" and sense.event_type in GIVEN_TYPES)
    # the verb's own sense, or a verb + object pattern's cooperation ("must pay 1.47m yuan":
    # a sum paid to no one); not a pattern's aid, which CAMEO codes whoever receives it
    # ("sent arms"), nor a light verb's event noun ("granted asylum") or a control word's
    pattern = not (controlled or _light(ext.lemma, prt, lexicon))
    verbal = own or (pattern and sense.event_type == "Cooperate")
    if given and verbal and no_party_given(ext, trigger, doc):
        return Typed(None, sense)  # "continued to invest in infrastructure": given to no one;
        # "expect to invest 7.7% more": no one to cooperate with, so no promise to anyone
    if found == "Retreat" and verbal_target(ext, doc, lexicon):
        found = "Concede"  # "should withdraw these remarks": backing down, not a withdrawal
    if sense.event_type == "Sanction" and own and halts_own_trade(trigger, prt, doer=acting):
        return Typed(None, sense)  # "has suspended gun sales in California": its own trade
    if sense.event_type == "Accuse" and explores(sense, ext, doc):
        return Typed(None, sense)  # "will investigate further opportunities": no wrong
    if found == "Sanction" and bans_a_party(trigger):
        found = "Coerce"  # "banned the opposition party": a restriction on it (CAMEO 172)
    if found == "Coerce" and orders_without_authority(ext, trigger, doc):
        found = "Request"  # "the United States ordered Iraq to disarm"
    if found == "Protest" and obstructed_by_force(sense, ext, trigger, doc):
        found = "Coerce"  # "the road was blocked by police": no protest
    if found == "Assault" and labour_strike(ext, trigger, doc, lexicon):
        found = "Protest"  # "millions of workers could strike": a strike, no assault
    if found == "Assault" and protesters_assault(ext, trigger, doc):
        found = "Protest"  # "eight protesters stormed the chamber": a violent protest
    physical = found in PHYSICAL_TYPES or (
        found == "Threaten" and sense.event_type in PHYSICAL_TYPES
    )  # "cutting subsidies will hurt the poorer families": figurative harm to come
    if physical and not doer_fits(ext, trigger, doc, lexicon, own=own):
        return Typed(None, sense)  # "strike action hitting Jobcentres": figurative
    if found in FORCE_TYPES and intangible_side(ext, trigger, doc):
        return Typed(None, sense)  # "viruses have struck the US", "to steal market share"
    mobilize = done_or_to_come(found, sense, {"Mobilize"})  # "will deploy broadband"
    if mobilize and own and not moves_forces(ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "the firm deployed new software": no forces moved
    material = done_or_to_come(found, sense, MATERIAL_TYPES)
    if material and abstract_target(ext, doc, lexicon):
        return Typed(None, sense)  # "bombs can shatter peace", "tendered my resignation"
    if clause_target(found, ext, doc):
        return Typed(None, sense)  # "the web eating into TV viewing habits": no target
    if figure_target(found, ext, trigger, doc, lexicon):
        return Typed(None, sense)  # "may impose a higher flat rate": no one coerced
    if found in RECIPIENT_TYPES and ext.object is None and not ext.passive:
        return Typed(None, sense)  # "the banks could step in", "it funded": aid to no one
    return Typed(found, sense)


#: Classes of a control word that commits its subject to what it controls: a promise or an
#: agreement ("promised", "agreed", "vowed"), a threat ("threatened"). Committing to do
#: nothing is still a commitment: "agreed not to attack" is Agree, "threatened not to renew the
#: contract" Threaten.
COMMITTING_TYPES = frozenset({"Agree", "Threaten"})


def _committed(ext: Extraction, trigger: Token, lexicon: Lexicon) -> Sense | None:
    """The sense of a committing control word (:data:`COMMITTING_TYPES`) when the negation of
    a statement is the controlled verb's own, not the control word's (:func:`negated_below`):
    "promised not to raise taxes", "agreed never to attack", "threatened not to renew" are
    a promise, an agreement and a threat made, of an act not to be done (PLOVER codes the
    commitment); "did not promise to raise taxes" is none made. None otherwise."""
    if not ext.negated or ext.matrix is None or not negated_below(trigger):
        return None
    control = _control(ext.matrix, lexicon)
    return control if control is not None and control.event_type in COMMITTING_TYPES else None


def _admits_a_fact(trigger: Token) -> bool:
    """Whether an admission (``admission_verbs``) admits something said or done: a content
    clause ("conceded that Syria should withdraw", "confessed that he had lied") or a deed
    ("confessed to killing the policeman"), not a thing given up ("conceded the point")."""
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return True
    tos = (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to")
    return any(g.dep_ == "pcomp" and g.pos_ == "VERB" for c in tos for g in c.children)


def _assault(found: str | None, sense: Sense) -> bool:
    """Whether a class is an assault, done or to come: an Assault sense that the clause's
    modality made a threat ("Mr Howard will attack the Lib Dems") is still an attack, one of
    words where its doer and target are people of words (an accusation, which PLOVER codes
    whether done or announced), as "attacked the Lib Dems" is."""
    return found == "Assault" or (found == "Threaten" and sense.event_type == "Assault")


def _content_class(clause: Extraction, *, doc: Doc, lexicon: Lexicon) -> str | None:
    """The class of a saying's content clause, typed as an extraction of its own; a deed the
    speaker reports as done (:data:`DEED_CODES`: "said it had signed an agreement", "said we
    continue to investigate further opportunities") is no stance, and the saying stays Say
    (the deed's own statement carries its class)."""
    typed = classify(clause, doc, lexicon)
    code = typed.sense.cameo if typed.sense is not None else None
    if clause.modality == "asserted" and code and code.startswith(DEED_CODES):
        return None
    return typed.event_type


def done_or_to_come(found: str | None, sense: Sense, types: Collection[str]) -> bool:
    """Whether the class ``found`` is one of ``types``, or is the Threaten or Agree that the
    verb's own class of ``types`` becomes when it is to come ("will deploy broadband", "will
    impose a curfew")."""
    return found in types or (found in {"Threaten", "Agree"} and sense.event_type in types)


def _sense(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> Sense | None:
    """The lexicon sense: control word, light verb + noun, or the predicate itself."""
    pos = "noun" if ext.pattern == "nominal" else "verb"
    particle = _particle(ext, trigger, lexicon, pos)
    phrasal_particle = particle  # the verb's own, before the relation's preposition
    last, p = ext.last_word, parse_of(doc)
    preps = (c for c in p.children[trigger.i] if p.dep[c] == "prep")
    if particle is None and any(p.lower[c] == last for c in preps):
        particle = last  # "called for sanctions": the preposition makes the phrasal verb
    sense = lexicon.lookup(ext.lemma, pos, particle=particle)
    if pos == "verb" and ext.object is not None:
        # CAMEO's verb + object patterns: "opened fire", "sent arms", "blocked roads", with a
        # particle or the relation's preposition: "called off a strike", "remained on alert"
        sense = _pattern(ext.lemma, particle, doc[ext.object.root], lexicon) or sense
    if pos == "verb" and ext.passive:
        # a passive's subject is the verb's object: "a deal was struck" is no assault, "the
        # strike was called off" a retreat (its own particle, not the relation's preposition)
        subject = doc[ext.subject.root]
        passive = _pattern(ext.lemma, phrasal_particle, subject, lexicon, direct=True)
        sense = passive or sense
    if pos == "verb":
        sense = _idiom(ext.lemma, trigger, lexicon) or sense  # "placed X under arrest"
        sense = lifted(trigger) or sense  # "cancelled restrictions": Concede, not the verb's
        sense = halted(trigger, particle) or sense  # "cut off oil exports": Sanction
    obj = doc[ext.object.root] if ext.object is not None else None
    if ext.passive:
        obj = doc[ext.subject.root]  # "an investigation was opened", "talks were held"
    event = through_span(obj) if obj is not None else None
    phrasal = particle is not None and lexicon.lookup(f"{ext.lemma} {particle}") is not None
    light = pos == "verb" and not phrasal and _light(ext.lemma, particle, lexicon)
    if light and event is not None and event.pos_ in NOUNS:
        # "held talks", "gave $10 million in aid"; before a control word reads it ("promised
        # to hold elections"); a phrasal verb is no light verb ("gave in to the demands")
        sense = noun_sense(event, lexicon) or sense
    if ext.matrix:
        control = _control(ext.matrix, lexicon)
        if control is not None and control.event_type in CONTROL_TYPES:
            # "refused to meet" is a refusal, "demanded to see" a request; an intention keeps
            # a conflict act's class ("plans to sue" is Accuse, "plans to strike" Threaten)
            conflict = sense is not None and sense.event_type not in {"", *FUTURE_AS_AGREE}
            silent = sense is not None and sense.event_type in SILENT_TYPES
            if control.event_type == "Reject" and (silent or declines_comment(trigger)):
                # "declined to say", "refused to comment": nothing refused; "refused to deny
                # claims", "declined to rule out a rise": a refusal of a refusal rejects
                # nothing; "declined to elaborate on the policy": a comment withheld
                return Sense("")
            if not (control.event_type == "Agree" and conflict):
                sense = control
    return sense


def _particle(ext: Extraction, trigger: Token, lexicon: Lexicon, pos: str) -> str | None:
    """The particle of a phrasal verb: the parser's, else an adverb ("stepped down") or a
    preposition with no object ("pulled out of the town") that makes a phrasal verb of the
    lexicon."""
    p = parse_of(trigger.doc)
    kids = p.children[trigger.i]
    found = particle(p, trigger.i)
    if found is not None:
        return found
    for c in kids:  # a loop, not generators: asked for every verb of every statement
        dep = p.dep[c]
        loose = dep == "advmod" or (
            dep == "prep" and "pobj" not in map(p.dep.__getitem__, p.children[c])
        )
        if loose and lexicon.lookup(f"{ext.lemma} {p.lower[c]}", pos):
            return p.lower[c]
    return None


def _light(lemma: str, particle: str | None, lexicon: Lexicon) -> bool:
    """Whether a verb, or the phrasal verb it makes with its particle ("carried out a joint
    operation", "set up a blockade"), is a light verb."""
    return lexicon.is_light(lemma) or (
        particle is not None and lexicon.is_light(f"{lemma} {particle}")
    )


def _control(matrix: str, lexicon: Lexicon) -> Sense | None:
    """The sense of a control word: a speech act's ("urged Iran to release"), else its own."""
    return act(matrix) or lexicon.lookup(matrix, "verb")


def _idiom(lemma: str, trigger: Token, lexicon: Lexicon) -> Sense | None:
    """A lexicon row of the verb with a prepositional phrase beside its object: "placed the
    leader under house arrest", "put its forces on alert" (the noun with its compound or
    adjective, then alone)."""
    readings, p = [], parse_of(trigger.doc)
    for prep in p.children[trigger.i]:
        noun = dependent(p, prep, "pobj") if p.dep[prep] == "prep" else None
        if noun is not None:
            lemma_of_noun = p.lemma[noun].lower()
            before = modifier(trigger.doc[noun])
            if before is not None:  # "house arrest", then "arrest"
                readings.append((p.lower[prep], f"{before.lower_} {lemma_of_noun}"))
            readings.append((p.lower[prep], lemma_of_noun))
    return lexicon.pattern(lemma, (), loose=readings) if readings else None


def _pattern(
    lemma: str, particle: str | None, obj: Token, lexicon: Lexicon, *, direct: bool = False
) -> Sense | None:
    """The sense of a verb + object pattern: the direct object's noun after the verb (and its
    particle), or a prepositional object's after the verb and the preposition the relation
    ends with; the object's compound and head ("peace talks") first, then its head noun, then
    its compound ("mediation efforts"), looked through a span or quantity ("sent thousands of
    troops", "$50,000 worth of goods"). The lexicon's rows, then CAMEO's patterns; a verb of
    saying again (``restating_verbs``) reads each such verb's ("repeated his demand" as
    "reiterated": PETRARCH2 files the patterns under one verb of the block each). ``direct``:
    ``obj`` is the direct object whatever its label (a passive's subject)."""
    dep, obj = "dobj" if direct else obj.dep_, through_span(obj)
    p, at = parse_of(obj.doc), obj.i
    head = p.lemma[at].lower()
    compounds = [c for c in p.children[at] if c < at and p.dep[c] == "compound"]  # its lefts
    nouns = [f"{p.lower[compounds[-1]]} {head}", head] if compounds else [head]
    prefixes = [particle.lower()] if particle else []
    if dep == "dobj":
        prefixes.append(None)
    # "halted mediation efforts": the compound names what is halted (the lexicon's rows only)
    loose = [(prefix, p.lemma[compounds[-1]].lower()) for prefix in prefixes if compounds]
    readings = [(prefix, noun) for prefix in prefixes for noun in nouns]
    words = vocabulary()
    verbs = [lemma]
    if lemma in words.restating_verbs:  # "repeated his call for": any verb of saying again's
        verbs += sorted(words.restating_verbs - {lemma})
    for verb in verbs:
        found = lexicon.pattern(verb, readings, loose=loose, means=words.event_modes)
        if found is not None:
            return found
    return None


def _undergone(trigger: Token, lexicon: Lexicon) -> Sense | None:
    """The event the subject undergoes in "came under fire", "fell under attack", or meets in
    "has drawn criticism", "faces accusations of fraud", "met with criticism" (a
    ``reaction_verbs`` in the active voice whose direct object, or "with" object, is a noun of
    a conflict the subject can be the target of: :data:`MET_TYPES`)."""
    lemma = parse_of(trigger.doc).lemma[trigger.i].lower()
    if lemma in vocabulary().reaction_verbs:
        return _met(trigger, lexicon)
    if lemma not in vocabulary().undergo_verbs:  # "came under fire": the event undergone
        return None
    for prep in trigger.children:
        noun = pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "under" else None
        if noun is not None:
            found = noun_sense(noun, lexicon) or (
                lexicon.lookup("attack", "noun") if noun.lemma_.lower() == "fire" else None
            )
            if found is not None and found.event_type:
                return found
    return None


def _met(trigger: Token, lexicon: Lexicon) -> Sense | None:
    """The conflict a reaction verb's subject meets: its direct object's ("attracted media
    criticism") or its "with" object's ("met with criticism") event, of :data:`MET_TYPES`."""
    p = parse_of(trigger.doc)
    kids = p.children[trigger.i]
    if any(p.dep[c] in {"nsubjpass", "auxpass"} for c in kids):
        return None  # "criticism was drawn to": the subject is no target
    subjects = [c for c in kids if p.dep[c] == "nsubj"]
    if any(p.dep[c] == "aux" and c < s for c in kids for s in subjects):
        return None  # "Did the minister draw criticism?": a question says nothing happened
    nouns = [c for c in kids if p.dep[c] == "dobj"]
    withs = (c for c in kids if p.dep[c] == "prep" and p.lower[c] == "with")
    nouns += [o for c in withs if (o := dependent(p, c, "pobj")) is not None]
    for noun in nouns:
        head = through_span(trigger.doc[noun])
        if _aimed_elsewhere(trigger) or _aimed_elsewhere(head, nested=True):
            continue
        found = noun_sense(head, lexicon)
        if found is not None and found.event_type in MET_TYPES and not _to_come(trigger, found):
            return found
    return None


#: Prepositions that name what a conflict met is aimed at, when it is not the subject:
#: "received complaints about the programme", "complaints against BT".
AIM_PREPOSITIONS = frozenset({"about", "against"})
#: Tags of a verb in the past: a measure met then was imposed ("has faced sanctions since 2004").
PAST_TAGS = frozenset({"VBD", "VBN"})


def _aimed_elsewhere(tok: Token, nested: bool = False) -> bool:
    """Whether a word has an about/against phrase, or (``nested``) one of its phrases' nouns
    has ("complaints from rival firms about BT"; not through a clause: "criticism for using
    ... information about Howard")."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in AIM_PREPOSITIONS:
            return True
        objects = (o for o in c.children if o.dep_ == "pobj") if nested else ()
        if any(_aimed_elsewhere(o, nested) for o in objects):
            return True
    return False


def _to_come(trigger: Token, found: Sense) -> bool:
    """Whether a conflict is met only as a prospect (``prospect_verbs``: "Iran faces
    sanctions", "are likely to face accusations"): a verb's bare form with no modal (which
    gives the clause its modality: "will face sanctions"), its present for a material measure
    (Sanction, Coerce); "has faced sanctions", "faces accusations" are met."""
    if trigger.lemma_.lower() not in vocabulary().prospect_verbs or trigger.tag_ in PAST_TAGS:
        return False
    if trigger.tag_ == "VB":  # "will face sanctions", "could face protests": the modal says so
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.children)
    return found.event_type in {"Sanction", "Coerce"}
