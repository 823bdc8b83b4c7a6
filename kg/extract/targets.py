"""What an event is done to or with: a party (an actor, people, a body), whether a verb's object
is of the kind its class needs ("met a cool reception" is no meeting), and the class an object
gives the act ("lifted the curfew" is Retreat, "banned the opposition party" Coerce)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.parse import dependent, parse_of, particle
from kg.extract.pronouns import PLURALS
from kg.extract.records import Extraction
from kg.extract.sense import Sense
from kg.extract.words import vocabulary

#: Entity labels that name a party an event can be done to or with ("met Putin").
PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
#: Dependency labels of a verb's clausal complement ("recognise (that) there is a limit").
CLAUSAL = frozenset({"ccomp"})
#: What a light verb's object must be to give its class ("announced it had called off ..." is
#: no call; "held talks" is).
NOUNS = frozenset({"NOUN", "PROPN"})
#: Entity labels of places, which a preposition names as where, not as a party.
PLACES = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of a state: banning one is a sanction on it, not a restriction on a party;
#: one moves forces whether or not they are named (:func:`kg.extract.doers.moves_forces`).
STATE_ENTS = frozenset({"GPE"})
#: Prepositions of the other party to what passes between parties ("exports to Iran",
#: "through Turkey").
PARTY_PREPOSITIONS = frozenset({"to", "from", "with", "for", "through"})
#: What a sum of money stands before: "$10 million in aid", "$50,000 worth of goods".
MONEY_PREPOSITIONS = frozenset({"of", "in"})
#: Entity labels of a sum or figure ("from $1.4bn"), which is no party.
FIGURE_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


@cache
def _party_lemmas() -> frozenset[str]:
    """The lemmas of nouns that name parties: people, bodies, leaders, sectors ("the
    military", "the regime", "the navy"), courts ("a judge"), counts of people; the word
    lists united once per process (the lists are read once, :func:`vocabulary`)."""
    words = vocabulary()
    return frozenset().union(
        words.party_nouns,
        words.group_nouns,
        words.organisation_nouns,
        words.leader_nouns,
        words.quantity_nouns,
        words.people_nouns,
        words.sector_nouns,
        words.court_nouns,
    )


@cache
def _spans() -> frozenset[str]:
    """Nouns a span, measure or count of something stands in (``span_nouns``,
    ``quantity_nouns``)."""
    words = vocabulary()
    return words.span_nouns | words.quantity_nouns


@cache
def _not_banned_parties() -> frozenset[str]:
    """Objects of a ban that cut relations rather than restrict a party: goods
    (``traded_nouns``) and envoys (``envoy_nouns``)."""
    words = vocabulary()
    return words.traded_nouns | words.envoy_nouns


@cache
def _restrictions() -> dict[str, Sense]:
    """Each ``restriction_nouns`` word with the sense its lifting has (the list's value,
    ``Type/cameo/context``)."""
    senses = {}
    for noun, value in vocabulary().restriction_nouns.items():
        event_type, _, rest = value.partition("/")
        cameo, _, context = rest.partition("/")
        senses[noun] = Sense(event_type, cameo or None, context=context or None)
    return senses


def is_party(tok: Token, *, owned: bool = True) -> bool:
    """Whether a word names a party (an actor, people, a body): a pronoun, a number
    ("released 12"), a name or a named actor or place, or a noun of people or bodies; with
    ``owned``, also a thing a name owns ("recognised Kosovo's independence": Kosovo's)."""
    p, i = parse_of(tok.doc), tok.i
    owner = dependent(p, i, "poss")
    return (
        p.pos[i] in {"PRON", "NUM", "PROPN"}
        or p.ent_type[i] in PARTY_ENTS
        or tok.lemma_.lower() in _party_lemmas()
        or (owned and owner is not None and p.pos[owner] == "PROPN")  # "Kosovo's independence"
    )


def object_fits(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether the verb's object is of the kind its class needs: "met a cool reception" and
    "released growth figures" are no meeting and no release (``party_object_verbs``: a
    party as direct object, or as a passive's subject: "figures released by the ministry");
    "demonstrating the strength of our values" is no protest
    (``intransitive_event_verbs``: no direct object); "prohibited torture" is no sanction
    (``ban_verbs``: a party or ``traded_nouns``); "recognise there is a limit" is no
    recognition (``belief_verbs``: no direct object, unless passive); "agreed he was
    brilliant" is no agreement (``opinion_verbs``: a clause for content)."""
    words, p = vocabulary(), parse_of(trigger.doc)
    kids = p.children[trigger.i]
    lemma = p.lemma[trigger.i].lower()
    prt = particle(p, trigger.i)
    if prt:  # a phrasal verb is another verb: "called off the strike" calls no one
        lemma = f"{lemma} {prt}"
    found = dependent(p, trigger.i, "dobj")
    dobj = trigger.doc[found] if found is not None else None
    clause = any(p.dep[c] in CLAUSAL for c in kids)
    # "released growth figures", "released figures showing (that) ...": no party released
    unfit = (dobj is not None and not is_party(dobj)) or (dobj is None and clause)
    own_passive = any(p.dep[c] in {"nsubjpass", "auxpass"} for c in kids)
    reduced = p.dep[trigger.i] == "acl" and p.tag[trigger.i] == "VBN"
    if own_passive or reduced:  # "figures (were) released by the ministry": the subject
        unfit = not is_party(doc[ext.subject.root])
    if lemma in words.party_object_verbs and unfit:
        return False
    if lemma in words.intransitive_event_verbs and dobj is not None:
        return False
    banned = dobj is not None and not is_party(dobj) and dobj.tag_ not in PLURALS
    if lemma in words.ban_verbs and banned and dobj.lemma_.lower() not in words.traded_nouns:
        return False  # "prohibited torture": a policy, no sanction on anyone
    if lemma in words.opinion_verbs and clause:
        return False  # "agreed there was nothing wrong": a view shared, no agreement to act
    return not (lemma in words.belief_verbs and dobj is None and not ext.passive)


def coerces_an_owner(sense: Sense | None, ext: Extraction, doc: Doc) -> bool:
    """Whether a coercion's direct object names the party it is done to, as the owner of
    what it acts on or after a preposition of it ("forced the sale of Yugansk", "forced
    the sale of Yukos' most lucrative asset": Yukos is coerced, CAMEO 17), so that a verb of
    ``party_object_verbs`` needs no party as the object itself; "forced the changes",
    "could force prices lower" name none."""
    if sense is None or sense.event_type != "Coerce" or ext.object is None or ext.passive:
        return False
    return party_named(doc[ext.object.root])


def shares_a_view(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an agreement (``opinion_verbs``) is with a view, not with a party: "agreed with
    the NAO's assessment of fraud reporting", "agreed with Dr Fox's view" endorse what is held
    (CAMEO 051, Support), a view being one of ``view_nouns``; "agreed with Iran", "agreed
    with its creditors on a debt swap", "agreed with management on a pay deal" are made with
    a party."""
    if ext.last_word != "with" or ext.object is None or ext.passive:
        return False
    words = vocabulary()
    if trigger.lemma_.lower() not in words.opinion_verbs:
        return False
    return through_span(doc[ext.object.root]).lemma_.lower() in words.view_nouns


def acts_on_a_party(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a verb of ``party_patient_verbs`` in its own sense (not a light verb's event:
    "held talks") acts on a party: its direct object or a passive's subject, through a count
    ("most of the men"); a phrasal verb is one word. "the men were held" is a detention;
    "held a blackboard", "a ceremony to be held at Windsor", "took over as chief executive",
    "took over the reins", "takes over the presidency of the EU" (``office_nouns``), "holds
    most of CAO's shares", "holds a stake of 28.1%", "holding 2% of Deutsche Boerse" are
    none. Armed men or police act on the owner of what they act on (:func:`_armed_on_an_owner`)."""
    p = parse_of(trigger.doc)
    lemma = p.lemma[trigger.i].lower()
    prt = particle(p, trigger.i)
    if (f"{lemma}_{prt}" if prt else lemma) not in vocabulary().party_patient_verbs:
        return True
    if ext.passive:
        patient = doc[ext.subject.root]
    else:
        patient = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if patient is not None and _armed_on_an_owner(ext, patient, doc):
        return True  # "police searched his home", "the offices of Yukos": a raid
    if patient is None or patient.lemma_.lower() in vocabulary().office_nouns:
        return False  # "takes over the presidency of the EU": an office, no one seized
    if patient.ent_type_ in FIGURE_ENTS:
        return False  # "holds about 5%", "holding 2% of Deutsche Boerse": a share, no one
    # a count is of what it counts, and a party's thing is no party: "holds most of CAO's
    # shares" detains no one
    inner = of_object(patient)
    if inner is not None and patient.lemma_.lower() in _spans():
        return is_party(inner, owned=False)
    if inner is not None and inner.ent_type_ in FIGURE_ENTS:
        inner = None  # "holds a stake of 28.1%": a figure, no one counted
    return is_party(patient, owned=False) or (inner is not None and is_party(inner, owned=False))


def _armed_on_an_owner(ext: Extraction, patient: Token, doc: Doc) -> bool:
    """Whether armed men or police (``armed_nouns``) act on someone's thing, which acts on its
    owner: "Police searched his home in London", "searched the offices of Yukos"; "the
    Taleban took over the reins" names no owner, and a holding (``holding_nouns``: "hold most
    of CAO's shares") is owned, not raided."""
    words = vocabulary()
    if ext.passive or doc[ext.subject.root].lemma_.lower() not in words.armed_nouns:
        return False
    thing = of_object(patient) or patient  # "most of CAO's shares": the shares
    if through_span(thing).lemma_.lower() in words.holding_nouns:
        return False
    return any(c.dep_ == "poss" for c in patient.children) or party_named(patient)


def party_named(noun: Token, *, beside: tuple[Token, ...] = (), places: bool = True) -> bool:
    """Whether a party owns a noun ("Yukos's debt") or is named after a preposition of it or
    of the words ``beside`` it ("imposed a fine on the firm", "the problems at Yukos"); a
    pronoun's are the doer's own ("its credibility"), and without ``places`` a place named
    is where, not a party ("opportunities in China")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for head in (noun, *beside):
        owners += [o for c in head.children if c.dep_ == "prep" and (o := pobj(c)) is not None]
    named = (o for o in owners if o.pos_ != "PRON" and (places or o.ent_type_ not in PLACES))
    return any(is_party(o) for o in named)


def pobj(prep: Token) -> Token | None:
    """The object of a preposition."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def of_object(noun: Token) -> Token | None:
    """The object of a noun's first "of" phrase ("most of the men": men), if any."""
    return next((o for c in noun.children if c.lower_ == "of" and (o := pobj(c))), None)


def patient(ext: Extraction, doc: Doc) -> Token | None:
    """What a statement's verb acts on: a passive's subject ("a shell company was bought"),
    else its object read through a span or measure of it ("sent thousands of troops":
    troops); None when it names none."""
    if ext.passive:
        return doc[ext.subject.root]
    if ext.object is not None:
        return through_span(doc[ext.object.root])
    return None


def through_span(noun: Token) -> Token:
    """The noun a span, measure or count of it stands before: "launched 10 days of war
    games", "held a round of talks", "sent thousands of troops" (the ``span_nouns`` and
    ``quantity_nouns`` word lists); a sum of money or a counted measure also before "in":
    "gave $10 million in aid", "20 million euros in aid", "500 tonnes of food"."""
    # a sum or a counted measure: "$10 million in aid", "20 million euros in aid", "500 tonnes
    # of food" (a count of parties, "three leaders of the opposition", names the parties)
    p, i = parse_of(noun.doc), noun.i
    counted = "nummod" in map(p.dep.__getitem__, p.children[i]) and not is_party(noun)
    money = p.ent_type[i] == "MONEY" or counted
    if not money and p.lemma[i].lower() not in _spans():
        return noun
    preps = MONEY_PREPOSITIONS if money else {"of"}
    for prep in noun.children:
        inner = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in preps else None
        if inner is not None:
            return inner
    return noun


def lifted(trigger: Token) -> Sense | None:
    """The event of ending a restriction (CAMEO 08): a lifting verb ("lifted", "cancelled",
    "eased", the ``lifting_verbs``) whose object, or a passive's subject, is a restriction
    (``restriction_nouns``, directly or through "of": "the state of emergency") takes the
    restriction's class: easing restrictions is Concede, lifting sanctions, a curfew or a
    siege Retreat, whatever class the verb has alone."""
    words = vocabulary()
    if parse_of(trigger.doc).lemma[trigger.i].lower() not in words.lifting_verbs:
        return None
    ended = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if ended is None:
        return None
    ended = through_span(ended)
    of = next((o for p in ended.children if p.lower_ == "of" and (o := pobj(p))), None)
    senses = _restrictions()
    for noun in (ended, of):
        if noun is not None and noun.lemma_.lower() in senses:
            return senses[noun.lemma_.lower()]
    return None


def bans_a_party(trigger: Token) -> bool:
    """Whether a ban (``ban_verbs``) is on a party that is no state: "banned the main
    opposition party", "banned opposition candidates from the elections" restrict the party
    (CAMEO 172, Coerce); a ban on a state, its envoys (``envoy_nouns``: "banned diplomats")
    or goods ("banned imports") cuts relations (Sanction). A passive's subject is the one
    banned: "Bank of America has been banned from suing Parmalat" restricts the bank."""
    words = vocabulary()
    if trigger.lemma_.lower() not in words.ban_verbs:
        return False
    banned = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if banned is None:
        banned = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if banned is None:
        return False
    banned = through_span(banned)
    apart = banned.lemma_.lower() in _not_banned_parties()
    return is_party(banned) and banned.ent_type_ not in STATE_ENTS and not apart


def halted(trigger: Token, particle: str | None = None) -> Sense | None:
    """The event of stopping what passes between parties: a halting verb (``halting_verbs``:
    "halted", "stopped", "cut off", "froze") whose object, or a passive's subject, is a
    traded noun ("aid", "exports", "flights", "oil supplies") to, from or with another party
    ("cut off oil exports to the Netherlands") reduces relations (CAMEO 16: Sanction)."""
    if not _halting(trigger, particle):
        return None
    stopped = _traded(trigger)
    if stopped is None or not _between_parties(trigger, stopped):
        return None  # "stopped sales of Vioxx": no other party is cut off
    return Sense("Sanction", "16")


def halts_own_trade(trigger: Token, particle: str | None = None, *, doer: Token | None) -> bool:
    """Whether a halting verb (``halting_verbs``) stops what passes between parties (a
    ``traded_nouns`` as object, or a passive's subject) with no other party named or owning
    it, and its doer is no state: "Wal-Mart has suspended gun sales in California", "stopped
    sales of Vioxx" end a firm's own trade, a sanction on no one (:func:`halted` is the one
    with a party: "cut off oil exports to the Netherlands"; a state that "suspended supplies"
    cuts off its partners)."""
    if doer is not None and doer.ent_type_ in STATE_ENTS:
        return False
    if not _halting(trigger, particle):
        return False
    stopped = _traded(trigger)
    return stopped is not None and not _between_parties(trigger, stopped)


def _halting(trigger: Token, particle: str | None) -> bool:
    """Whether a verb, with its particle, is a halting verb (``halting_verbs``; "cut off": the
    word list's "cut_off")."""
    lemma = parse_of(trigger.doc).lemma[trigger.i].lower()
    if particle:
        lemma = f"{lemma}_{particle.lower()}"
    return lemma in vocabulary().halting_verbs


def _traded(trigger: Token) -> Token | None:
    """A verb's object, or its passive's subject, when it names what passes between parties
    (``traded_nouns``, through a span: "50% of its exports")."""
    stopped = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if stopped is None or through_span(stopped).lemma_.lower() not in vocabulary().traded_nouns:
        return None
    return stopped


def _between_parties(trigger: Token, stopped: Token) -> bool:
    """Whether a party is named for what is stopped to pass to, from or with ("exports to
    Iran"), or owns it ("Iran's oil exports"; a pronoun's are the doer's own)."""
    between = (p for w in (trigger, stopped) for p in w.children if p.lower_ in PARTY_PREPOSITIONS)
    if any((o := pobj(p)) is not None and is_party(o) and not _sum(o) for p in between):
        return True
    owners = [c for c in through_span(stopped).children if c.dep_ == "poss"]
    return any(is_party(o) and o.pos_ != "PRON" for o in owners)


def _sum(tok: Token) -> bool:
    """Whether a word is part of a sum or figure ("from $1.4bn"), which is no party."""
    return tok.ent_type_ in FIGURE_ENTS
