"""Speech acts: the class what is said gives a reporting or speech verb. A warning threatens
only an act of conflict, a statement of what must be done is a request, a question is no
request, a protest in words is an accusation, an order to a state that need not obey it is a
request, and a speech act controlling an infinitive gives it its class."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.abstain import abstraction
from kg.extract.events import Lexicon, Sense, noun_sense
from kg.extract.modality import has_condition, subjunctive
from kg.extract.parse import Parse, dependent, parse_of
from kg.extract.partners import PARTNER_PREPOSITIONS
from kg.extract.predicates import AUX_DEPS, PERFECT
from kg.extract.promises import same_speaker
from kg.extract.pronouns import PLURALS
from kg.extract.records import Extraction
from kg.extract.stances import guessed
from kg.extract.targets import CLAUSAL, NOUNS, STATE_ENTS, is_party
from kg.extract.words import vocabulary

#: Classes of conflict a warning may announce ("warned it would strike": a threat).
CONFLICT_TYPES = frozenset(
    {"Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault", "Reject", "Accuse"}
)
#: The prepositions of what a warning is of ("warned of strikes", "about job losses",
#: "against complacency").
WARNED_OF = frozenset({"of", "about", "against"})
#: Dependency labels of a noun's content clause ("a reminder that it must cooperate").
NOUN_CONTENTS = frozenset({"acl", "ccomp"})
#: The class a speech act gives the infinitive it controls ("called on X to revive" is a
#: request whatever is to be revived).
ACT_CLASSES = {"requested": "Request", "threatened": "Threaten", "denied": "Reject"}
#: Where a content clause says how good a thing is: its complement ("was a mistake", "was
#: unjustified") or manner ("had been badly handled"), and the words before those.
JUDGEMENTS = frozenset({"acomp", "attr", "oprd", "advmod"})
JUDGEMENT_MODIFIERS = frozenset({"advmod", "amod"})
#: Words a judgement is denied of: "there was nothing sinister about the deaths" clears.
NOTHING = frozenset({"nothing", "none"})
#: Labels of the one told ("told the programme that ..."), whose "that" clause may be the content.
TOLD = frozenset({"dobj", "dative"})
#: Parts of speech of a conjoined verb ("had failed ... and had been a shambles").
VERBS = frozenset({"VERB", "AUX"})
#: Labels of a clause's own subject: an active or passive one, or "there" ("there must be an
#: inquiry").
DOERS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Verbal stances a participle of saying gives its reason for: the saying is that act's words.
RESTATED = frozenset({"Reject", "Accuse", "Support"})


def act(matrix: str) -> Sense | None:
    """The sense of a speech act that controls an infinitive ("urged Iran to release")."""
    found = vocabulary().speech_acts.get(matrix)
    return Sense(ACT_CLASSES[found]) if found else None


def warns_of_a_state(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a warning's (``warning_verbs``) complement names no act of conflict ("warned
    that solving the conflict was the most pressing challenge"), or only another's
    (:func:`_anothers_act`: "warned that the deletion of e-mails could harm the inquiry"), so
    that it threatens nothing."""
    if trigger.lemma_.lower() not in vocabulary().warning_verbs:
        return False
    clauses = [c for c in trigger.children if c.dep_ in CLAUSAL]
    if not clauses:  # "warned of a steep fall in profits", not "warned of strikes"
        return not has_condition(trigger) and _warns_of_a_thing(trigger, lexicon)
    for clause in clauses:
        senses = [lexicon.lookup(clause.lemma_, "verb")]
        if lexicon.is_light(clause.lemma_):  # "warned it would take military action"
            senses += [noun_sense(o, lexicon) for o in clause.children if o.dep_ == "dobj"]
        if _conditional_existence(clause):  # "warned there could be walkouts unless ..."
            senses += [noun_sense(o, lexicon) for o in clause.children if o.dep_ == "attr"]
        conflict = any(s is not None and s.event_type in CONFLICT_TYPES for s in senses)
        if conflict and not _anothers_act(clause, trigger):
            return False
    return bool(clauses)


def _anothers_act(clause: Token, warning: Token) -> bool:
    """Whether a warning's complement is the act of another than the one who warns: its
    subject a noun that is not the warner's head word nor one of its own ("its members", a
    possessive that can stand for the warner: :func:`same_speaker`; not Russia's "his rivals"):
    "warned that the deletion of e-mails could harm the inquiry", "warned banks that criminal
    gangs may be applying for jobs" are an alarm, not a threat; "warned they would strike",
    "warned its members would strike" are one. A passive or an existential subject names no
    doer ("warned sanctions could be imposed"), so the warner may be it."""
    warners = [c for c in warning.children if c.dep_ == "nsubj"]
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    if not warners or not doers:
        return False
    doer, warner = doers[0], warners[0]
    if same_speaker(doer, warner):
        return False
    # "its members" of a union, "his troops" of a general: the warner's own
    return not any(c.dep_ == "poss" and same_speaker(c, warner) for c in doer.children)


def _conditional_existence(clause: Token) -> bool:
    """Whether a clause says something will be on a condition: "there could be further
    walkouts unless there was a government rethink" (an existential "there" and an "if" or
    "unless" clause), a warning of what the speaker's side will do, not a forecast ("there
    could be job losses" names no act, "there could be strikes" with no condition is one)."""
    there = any(c.dep_ == "expl" for c in clause.children)
    return there and clause.lemma_.lower() == "be" and has_condition(clause)


def _warns_of_a_thing(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a warning "of", "about" or "against" something (:data:`WARNED_OF`; the
    preposition may hang on the one warned: "warned both parties against pandering") warns
    of no act of conflict: "warned of a steep fall in profits", "warned against
    complacency", not "warned of strikes", "warned the US against any military strike", nor
    of the warned one's answer (``threat_nouns``: "of serious consequences")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in WARNED_OF]
    warned = [o for c in preps for o in c.children]
    nouns = [o for o in warned if o.dep_ == "pobj" and o.pos_ in NOUNS]
    if any(o.lemma_.lower() in vocabulary().threat_nouns for o in nouns):
        return False  # "warned Syria of serious consequences": the answer is the threat
    acts = [o for o in warned if o.dep_ == "pcomp" and o.pos_ == "VERB"]  # "against pandering"
    senses = [noun_sense(o, lexicon) for o in nouns]
    senses += [lexicon.lookup(o.lemma_, "verb") for o in acts]
    return bool(senses) and not any(
        s is not None and s.event_type in CONFLICT_TYPES for s in senses
    )


def demands(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a reporting verb's complement says what must or should be done ("declared
    China must drop barriers", "insisted that Beijing stop": a subjunctive), or the content
    clause of a light verb's speech noun does ("issued a reminder to Iraq that it must
    cooperate", "said they need to rethink the bill"); a perfect modal says what was, not what
    is to be done."""
    obligations = vocabulary().obligation_auxiliaries
    contents = [c for c in trigger.children if c.dep_ in CLAUSAL]
    if lexicon.is_light(trigger.lemma_):
        nouns = (o for o in trigger.children if o.dep_ == "dobj" and o.pos_ in NOUNS)
        contents += [c for o in nouns for c in o.children if c.dep_ in NOUN_CONTENTS]
    speaker = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ in TOLD for c in trigger.children):
        speaker = None  # "told MPs they must act", "issued a reminder to Iraq that it must":
        # the one told is as likely the doer as the speaker
    return any(
        (_obliges(c, obligations) or subjunctive(c)) and _asks_an_act(c, speaker=speaker)
        for c in contents
    )


def _asks_an_act(clause: Token, *, speaker: Token | None = None) -> bool:
    """Whether a clause of what must be done asks for an act, unconditionally: its doer (an
    active subject) is no abstraction ("any plan should not hinder the airlines" asks nothing
    of anyone; "there must be an inquiry", "the bill must be amended" name no doer) and not
    the speaker ("I" or "we": "we should seek a solution", "we will need to study this
    judgment" say what the speaker's side is to do, a request of no one; nor, in reported
    speech, a pronoun or the head word that stands for ``speaker``, the reporting verb's
    subject: "the company said it needed to expand its capacity", "ministers say they must
    act": :func:`same_speaker`), its verb no verb
    of thought (``cognition_verbs``: "ministers should expect it to be re-written"), no
    "if" or "unless" hangs on it ("if we follow that logic, we should nationalise all
    businesses": an argument), and it has a subject of its own (none in "a move ministers say
    should keep rises below 5%": the move's expected effect)."""
    words = vocabulary()
    if has_condition(clause) or clause.lemma_.lower() in words.cognition_verbs:
        return False
    if _expected(clause):
        return False  # "the recovery should continue", "it should mean": an outcome expected
    if not any(c.dep_ in DOERS for c in clause.children):
        return False  # "a move ministers say should keep rises below 5%": the subject is the
        # thing the relative clause is of; an expectation of it asks nothing of anyone
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if any(c.pos_ == "PRON" and c.lower_ in words.speaker_pronouns for c in subjects):
        return False
    if speaker is not None and any(_own(c, speaker) for c in subjects):
        return False  # "the firm said it needed to expand": its own need, asked of no one
    return not any(abstraction(c) for c in subjects)


def _own(subject: Token, speaker: Token) -> bool:
    """Whether a content clause's subject stands for the speaker (:func:`same_speaker`), a
    plural pronoun only for a plural speaker ("ministers say they must act"; "Mr Oaten said
    they need to rethink the bill" asks it of others)."""
    plural = subject.lower_ in vocabulary().plural_pronouns
    return same_speaker(subject, speaker) and (not plural or speaker.tag_ in PLURALS)


def _expected(clause: Token) -> bool:
    """Whether a clause of what should be says what is expected of a thing, not what someone
    is to do: its subject is no party (a thing, or "it", "this") and its verb names an outcome
    (``expectation_verbs``: "the recovery of business investment should continue", "it should
    mean lower bills", "it should empower the Fed") or a change or state with no direct object
    (``change_verbs``, ``state_verbs``: "prices must remain low"); "the government must
    continue talks", "China must drop barriers", "it must continue to cooperate", "deficits
    should be allowed to rise" are demands."""
    words, lemma = vocabulary(), clause.lemma_.lower()
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    things = words.thing_pronouns | words.demonstratives
    if not subjects or any(is_party(c) and c.lower_ not in things for c in subjects):
        return False
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False  # "deficits should be allowed to rise": a permission asked for
    outcomes = words.expectation_verbs | words.change_verbs | words.state_verbs
    done = [c for c in clause.children if c.dep_ == "xcomp"]
    if any(c.lemma_.lower() not in outcomes for c in done):
        return False  # "it must continue to cooperate": an act asked of "it"
    if lemma in words.expectation_verbs:
        return True
    if lemma not in outcomes:
        return False
    return not any(c.dep_ == "dobj" for c in clause.children)


def _obliges(clause: Token, obligations: frozenset[str]) -> bool:
    """Whether a clause has an auxiliary of obligation and is not perfect: "China must drop
    barriers", not "there must have been 20 instances" (a guess about the past); or is a verb
    of obligation with its infinitive ("they need to rethink the bill": ``obligation_verbs``)."""
    auxes = {a.lower_ for a in clause.children if a.dep_ in AUX_DEPS}
    if auxes & obligations:
        return PERFECT not in auxes
    if any(c.dep_ in {"neg", "auxpass"} for c in clause.children):
        return False  # "they would not need to attend", "the powers are needed to counter"
    return clause.lemma_.lower() in vocabulary().obligation_verbs and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in clause.children
    )


def criticises(trigger: Token) -> bool:
    """Whether a reporting verb's content clause, not negated, judges what it speaks of badly
    with a word of blame (``blame_words``) as its complement or manner: "warned that using back
    taxes was a mistake", "said the privatisation had been badly handled", "told the paper
    state involvement was 'unjustified'": a criticism (CAMEO 111, Accuse), not a plain
    statement; so does the content of a thought reported ("said she thought the comments
    were 'inappropriate'"). "said his comments were not racist" blames no one, and "warned
    that the use of force could be illegal" judges nothing yet."""
    return any(True for _ in _judged(trigger, vocabulary().blame_words))


def praises(trigger: Token) -> bool:
    """Whether a reporting verb's content clause judges a party or a party's deed well with a
    word of praise (``praise_words``) as its complement or manner, as :func:`criticises`
    reads blame: "said Mr Brown was brilliant", "adding that their decision to marry was a
    sensible thing" (CAMEO 051, Support). Figures judged well ("the results were
    excellent") and the speaker's own ("our plan is sensible", "Mr Brown said he had been a
    brilliant chancellor": he is likeliest the speaker) praise no one."""
    speaker = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return any(
        _a_party(s) and (speaker is None or not same_speaker(s, speaker))
        for s in _judged(trigger, vocabulary().praise_words)
    )


def _judged(trigger: Token, judgements: frozenset[str]) -> Iterator[Token | None]:
    """The subject (None: none) of each content clause of a reporting verb, not negated and
    not guessed, whose complement or manner (or a word before it) is of ``judgements``; a
    reported thought's content clause too ("said she thought the comments were ...")."""
    words, doc, p = vocabulary(), trigger.doc, parse_of(trigger.doc)
    kids = p.children
    clauses = [c for c in kids[trigger.i] if p.dep[c] in CLAUSAL]
    # "told the programme that the plans were 'inadequate'": the parser may hang the content
    # clause on the one told, as a clause of that noun opened by "that"
    told = [o for o in kids[trigger.i] if p.dep[o] in TOLD]
    clauses += [a for o in told for a in kids[o] if p.dep[a] == "acl" and _that(p, a)]
    # "said the government had failed ... and limits had been a 'shambles'": each conjunct
    clauses += [v for c in clauses for v in kids[c] if p.dep[v] == "conj" and p.pos[v] in VERBS]
    # "said she thought the comments were 'inappropriate'": the thought's content
    thoughts = [t for t in clauses if p.lemma[t].lower() in words.cognition_verbs]
    thoughts = [t for t in thoughts if dependent(p, t, "neg") is None]
    clauses += [c for t in thoughts for c in kids[t] if p.dep[c] in CLAUSAL]
    for clause in clauses:
        said = [c for c in kids[clause] if p.dep[c] in JUDGEMENTS]
        said += [m for c in said for m in kids[c] if p.dep[m] in JUDGEMENT_MODIFIERS]
        if not any(_judges(p, t, judgements) for t in said):
            continue  # cheap first: no word of the kind
        if dependent(p, clause, "neg") is not None or guessed(list(doc[clause].children)):
            continue  # "his comments were not racist", "the war could be illegal"
        if any(_denied(p, t) for t in said):
            continue  # "there was nothing sinister about the deaths", "was no mistake"
        if has_condition(doc[clause]):
            continue  # "it would be irresponsible if we allow it to slip away": a warning
        yield next((doc[c] for c in kids[clause] if p.dep[c] == "nsubj"), None)


def _judges(p: Parse, i: int, judgements: frozenset[str]) -> bool:
    """Whether a word of a judgement is of ``judgements``: by its lemma or its form, or, a
    word before a hyphen, as a prefix ("ill-" of "ill-advised", "ill-judged", "ill-conceived",
    which the parser splits into "ill", "-" and a participle)."""
    if p.lemma[i].lower() in judgements or p.lower[i] in judgements:
        return True
    hyphen = i + 1 < len(p.lower) and p.lower[i + 1] == "-"
    return hyphen and f"{p.lower[i]}-" in judgements


def _denied(p: Parse, i: int) -> bool:
    """Whether a word of a judgement denies it: "nothing" ("nothing sinister"), or a noun
    with "no" ("no mistake")."""
    return p.lower[i] in NOTHING or any(
        p.dep[d] == "det" and p.lower[d] == "no" for d in p.children[i]
    )


def _that(p: Parse, clause: int) -> bool:
    """Whether a clause is opened by the conjunction "that" (a content clause, not a relative
    one, whose "that" is its subject or object)."""
    return any(p.dep[m] == "mark" and p.lower[m] == "that" for m in p.children[clause])


def restates(trigger: Token, ext: Extraction, lexicon: Lexicon) -> str | None:
    """The class of the act a participle of saying gives its reason for: "rejected the Lib
    Dems' call, saying decisions should be made by ministers", "denied the claim, saying it
    was false" (Reject), "criticised the plan, saying ..." (Accuse), "welcomed the move,
    saying ..." (Support); a verbal stance (:data:`RESTATED`) of the verb the saying hangs on,
    not negated. PLOVER codes the one act; the saying is its words. None for any other."""
    p = parse_of(trigger.doc)
    i = trigger.i
    if p.dep[i] != "advcl" or p.tag[i] != "VBG" or ext.lemma not in vocabulary().reporting_verbs:
        return None
    head = p.head[i]
    if dependent(p, head, "neg") is not None:
        return None  # "did not reject it, saying ...": no stance to restate
    complement = dependent(p, head, "xcomp")
    refused = trigger.doc[complement] if complement is not None else None
    if refused is not None and (silent(refused, lexicon) or declines_comment(refused)):
        return None  # "declined to comment, saying ...": no refusal to restate
    sense = lexicon.lookup(p.lemma[head], "verb")
    return sense.event_type if sense is not None and sense.event_type in RESTATED else None


#: Event types of a verb whose refusal refuses nothing: saying ("declined to say") and
#: refusing ("refused to deny claims", "declined to rule out a rise": a refusal of a refusal).
SILENT_TYPES = frozenset({"Say", "Reject"})


def silent(verb: Token, lexicon: Lexicon) -> bool:
    """Whether refusing ``verb`` refuses nothing: its sense is one of :data:`SILENT_TYPES`."""
    sense = lexicon.lookup(verb.lemma_.lower(), "verb")
    return sense is not None and sense.event_type in SILENT_TYPES


def declines_comment(verb: Token) -> bool:
    """Whether a verb refused or declined is one of commenting or telling what is known
    (``comment_verbs``: "declined to elaborate on the policy", "refused to discuss the
    matter") told to no one named: CAMEO's "decline comment" (011), a statement withheld, no
    rejection (12) of anyone. Not what is kept from a party ("to" or "with" someone, or a
    dative: "refused to disclose its sites to the IAEA", "refused to discuss it with Iran")."""
    if verb.lemma_.lower() not in vocabulary().comment_verbs:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "the plan with Iran"
    kids = [c for h in heads for c in h.children]
    partner = (c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS for c in kids)
    return not any(partner) and not any(c.dep_ == "dative" for c in kids)


def _a_party(subject: Token | None) -> bool:
    """Whether a judged subject is a party or a party's, and not the speaker's own or a
    thing's ("he", "their decision"; not "we", "our plan", "it", "the figures")."""
    if subject is None:
        return False
    words = vocabulary()
    own = words.speaker_pronouns | words.thing_pronouns
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner.lower_ not in own and is_party(owner)
    return subject.lower_ not in own and is_party(subject)


def orders_without_authority(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an order ("X ordered Y to ...") is only a demand: Y is a state, which the one
    ordering has no authority over, and X is no court (a court's order binds anyone). A
    state or leader ordering its forces, officials, citizens or companies, or ordering a
    thing done ("ordered the closure"), coerces."""
    words = vocabulary()
    if trigger.lemma_.lower() not in words.command_verbs or ext.passive:
        return False
    orderer = doc[ext.subject.root]
    if orderer.lemma_.lower() in words.court_nouns:
        return False
    ordered = next((c for c in trigger.children if c.dep_ in {"dobj", "dative"}), None)
    return ordered is not None and ordered.ent_type_ in STATE_ENTS


def urges(trigger: Token) -> bool:
    """Whether the predicate presses someone to act: a speech act whose content is requested,
    with an object and that object's infinitive ("challenged the Tories to publish"), or an
    infinitive with a subject of its own, as the parser may take the object, as an xcomp or
    a ccomp ("challenged Mr Kilroy-Silk to stand down": Kilroy-Silk the subject of "stand").
    An order is an order (:func:`orders_without_authority`)."""
    words, p = vocabulary(), parse_of(trigger.doc)
    lemma = p.lemma[trigger.i].lower()
    if words.speech_acts.get(lemma) != "requested" or lemma in words.command_verbs:
        return False
    kids = p.children[trigger.i]
    if any(p.dep[c] == "dobj" for c in kids) and any(p.dep[c] == "xcomp" for c in kids):
        return True
    for clause in (c for c in kids if p.dep[c] in {"xcomp", "ccomp"}):
        inner = [p.dep[k] if p.tag[k] != "TO" else "to" for k in p.children[clause]]
        if "nsubj" in inner and "to" in inner:
            return True
    return False


def asks_a_question(trigger: Token) -> bool:
    """Whether a verb of asking asks a question, not for an act: it has no infinitive
    ("asked Iran to release"), no "for" ("asked for aid") and no thing asked for as its
    object ("asked permission"): "asked whether ...", "asked if he was appointed", "was asked
    by journalists about his view", "asked the minister"."""
    if trigger.lemma_.lower() not in vocabulary().question_verbs:
        return False
    p = parse_of(trigger.doc)
    for c in p.children[trigger.i]:
        dep = p.dep[c]
        if dep == "xcomp" or (dep == "prep" and p.lower[c] == "for"):
            return False
        if dep == "dobj" and not is_party(trigger.doc[c]):
            return False
    return True


def says_it(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a protest is made in words, not in the street: it has a clause for content
    ("protested that ...") or is made to an audience ("protested to Tokyo over the
    visit"), as a diplomatic complaint (an accusation, CAMEO 11) is."""
    if any(c.dep_ in CLAUSAL for c in trigger.children):
        return True
    to_audience = ext.last_word == "to" and ext.object is not None
    return to_audience and is_party(doc[ext.object.root])


def said_of(ext: Extraction, trigger: Token) -> bool:
    """Whether a verb of speech in the passive has no speaker: no "by" agent is named, and its
    subject is what was said or whom it was said of ("the takeover was announced", "Parmalat
    was declared insolvent", "Nike have been mentioned as possible suitors", "exchange rates
    being cited as a major concern"), not the speaker, as the subject of ``quoted_verbs`` is
    ("was quoted as saying"), nor the one spoken to, as the subject of ``addressee_verbs`` is
    ("researchers were told", "she was told": a saying to its recipient, by someone unnamed).
    The verb itself is the participle: in "have been honoured to speak", "would be obliged to
    say" the speaker is the passive's subject."""
    if not ext.passive or trigger.tag_ != "VBN":
        return False
    words, lemma = vocabulary(), trigger.lemma_.lower()
    if lemma in words.quoted_verbs or lemma in words.addressee_verbs:
        return False
    return not any(c.dep_ == "agent" for c in trigger.children)
