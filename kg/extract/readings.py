"""Where what a verb acts on, or what it commits to, cancels the verb's usual class (issue 19).

The lexicon gives a verb its commonest class; in news at large the same verb often names no
event of PLOVER's at all, and the clause says so:

- a material act aimed at an abstraction is none: "bombs can shatter peace", "blocked the
  sale" (:func:`abstract_target`);
- a cause blamed is no accusation: "blamed the fall in profits on high launch costs"
  (``blaming_verbs`` on what names no party, with none named beside it);
- a contest won is no assault: "defeated his rival in the election", "the motion was defeated"
  (``contest_verbs`` on a person by a person, on ``contest_nouns``, or with one beside them),
  "were beaten 11-9 by Wales", "beat Coria 6-4 7-5" (a tally of a game or a vote beside it),
  "when they beat Australia" (a name or a pronoun beaten in a sentence of a game:
  ``game_nouns``, a tally; not a range of a count: "beat 20-30 protesters"); nor is a fight
  for an end or against an act of no violence: "a group fighting to prevent the store
  opening", "is fighting opposition to new stores";
- what is played in a game is no target of any event but speech: "kicked 14 points", "met
  Carr's cross", "a low drive was gathered by Meldrum" (a ``play_nouns`` as the target;
  "acknowledged the point", "announced a new drive to help women" are said; a goal, a point
  or a drive, ``news_play_nouns``, only in a sentence of a game, counted or bare: "backed the
  drive against crime" is backed);
- a paper signed is no endorsement: "signing false documents" (``signing_verbs`` with a
  ``paper_nouns`` as object; an agreement signed is one);
- a state is no act: "its peace process remains blocked" (``state_verbs`` as the auxiliary);
- an amount that falls does nothing: "such payments should decline", "the dollar retreated"
  (``amount_verbs`` with no object or complement, said of no party);
- forces that stand somewhere are not mobilised: "British forces are stationed in Basra" (a
  passive in the present simple says where they are; "were deployed" moved them);
- a person fired is dismissed, not shot: "the company fired its chief executive"
  (``dismissal_verbs`` with a person or office holder as direct object);
- an office holder ousted is dismissed, not expelled: "may move to oust chairman Zheng"
  (``ousting_verbs`` on a title or a staff noun);
- a price charged is no charge of a crime: "charging the existing owners the revised price"
  (``charging_verbs`` with a sum or a ``price_nouns``, and no "with");
- aid to one's own is no aid: "France had begun evacuating its nationals";
- money withdrawn is no retreat: "Libya has withdrawn $1bn" (PLOVER's RETREAT pulls back
  forces or releases captives);
- a figure lifted is raised: "the Fed lifted borrowing costs", "would lift its dividend
  payment" (``lifting_verbs`` on a WordNet figure, as a Retreat or its promise: no sanction
  or restriction is lifted);
- a thing withdrawn is no retreat: "doctors could withdraw artificial feeding" (a
  ``withdrawal_verbs`` whose direct object is no party, no place, no event the lexicon
  knows and nothing said, which backing down is: "withdraw his comments");
- cooperation with a firm is commerce: "helping the Dutch retailer", "a shell company was
  bought by Rosneft" (a common noun of ``sector_nouns`` of business as the target), and so
  is buying a holding in one: "will buy out its stake in Fuso" (``holding_nouns``);
- a threat to a thing endangers it: "Linux threatens Microsoft's monopoly" (``threat_verbs``
  with a direct object that is no party and names no act, no infinitive and no "with":
  PLOVER's Threaten is a warning to someone);
- an act one does not have to do is no refusal: "do not have to abide by US court decisions",
  "need not accept" (``duty_verbs``);
- talk of or about something is speech, not talks: "officials talking darkly of a river of
  Islam", "officials are beginning to talk about the threat of inflation" (:func:`speaks_of`),
  unless someone is talked with ("approached the exchange about a bid");
- a document speaks for its authors: "a UN report accused the army", "the resolution
  condemned the raid" (``document_nouns`` doing a verbal act: :func:`written`), though an
  abstraction does nothing else;
- cooperation stopped reduces relations: "would stop cooperating with UN inspectors",
  "stopped supplying arms to the rebels" (a ``halting_verbs`` control word over cooperation:
  CAMEO 16, PLOVER's Sanction, mode discontinue: :func:`stopped`);
- a promise of nothing the lexicon knows as an event promises no cooperation: "have vowed to go
  after any company", "promised to set an alternative agenda" (PLOVER's Agree is a promise of
  cooperation); an agreement to anything is one ("agreed to set a date": ``agreement_verbs``),
  and so is a promise about an event or what passes between parties ("promised to hold
  elections", "pledged to lay down their arms", "offered to return to the talks") or to act
  with a party ("pledged to work with Iran").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.abstain import FIGURE_ENTS, PLACE_ENTS
from kg.extract.events import Lexicon, noun_sense
from kg.extract.parse import dependent, parse_of
from kg.extract.partners import PARTNER_PREPOSITIONS
from kg.extract.predicates import AUX_DEPS, PERFECT
from kg.extract.pronouns import PLURALS
from kg.extract.records import Extraction
from kg.extract.sense import Sense
from kg.extract.targets import is_party, party_named, patient, pobj, through_span
from kg.extract.wordnet import abstract_kinds, abstract_nouns, figure_nouns
from kg.extract.words import vocabulary

#: CAMEO's code of investigating (PLOVER's Accuse).
INVESTIGATE = "09"
#: Dependency labels of what a verb acts on: its object, or a preposition's.
OBJECT_DEPS = frozenset({"dobj", "pobj"})
#: Dependents that give a verb an object or a complement ("declined to comment").
COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative"})
#: Tags of a present-tense auxiliary ("are stationed", "is based").
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
#: Material cooperation, which between a party and a firm is commerce.
TRADE_TYPES = frozenset({"Cooperate", "Aid"})
#: A lifting verb's class, done or promised ("would lift its dividend payment" is Agree).
RAISED_TYPES = frozenset({"Retreat", "Agree"})
#: Dependency labels of a clause of its own below a verb, whose words are not the verb's.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "csubj"})
#: Parts of speech of a party defeated by its name or a pronoun ("Australia", "them").
NAME_POS = frozenset({"PROPN", "PRON"})
#: Entity labels a game's noun may bear: none, or an event's name ("the Davis Cup").
GAME_ENTS = frozenset({"", "EVENT"})
#: The class of speech: a goal stressed or a point acknowledged is said, played or not.
SAY = "Say"
#: Dependency labels by which a count counts the noun over it ("20-30 protesters").
COUNT_DEPS = frozenset({"nummod", "quantmod"})
#: Dependency labels of what a bare noun may hold ("a low drive"): no owner, aim or kind.
BARE_DEPS = frozenset({"det", "amod", "punct"})
#: Classes of violence or force: a fight against an event of theirs is a fight.
VIOLENT_TYPES = frozenset({"Assault", "Mobilize", "Coerce"})
#: The sector of ``sector_nouns`` of firms.
BUSINESS = "business"


def cancelled(
    found: str | None, ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon
) -> bool:
    """Whether the clause says the verb names no event of the class ``found`` (see the
    module's list)."""
    if found is None:
        return False
    if found != SAY and played(ext, doc):
        return True  # "Contepomi kicked 14 points": a game's play, no party's deed
    p, words = parse_of(doc), vocabulary()
    lemma = p.lemma[trigger.i].lower()
    auxes = [c for c in p.children[trigger.i] if p.dep[c] in AUX_DEPS]
    if any(
        p.lemma[c].lower() in words.state_verbs or p.lower[c] in words.state_verbs for c in auxes
    ):
        return True
    if found == "Reject" and ext.negated:
        # "need not accept"; an auxiliary "have" is the perfect's ("had not accepted")
        duties = [p.lemma[c].lower() for c in auxes if p.lemma[c].lower() != PERFECT]
        if ext.matrix in words.duty_verbs or any(d in words.duty_verbs for d in duties):
            return True
    if lemma in words.blaming_verbs and found == "Accuse":
        return _cause_blamed(trigger)  # "blamed the fall in profits on high launch costs"
    if lemma in words.contest_verbs and found == "Assault":
        return _contest(ext, trigger, doc, lexicon)
    if lemma in words.verbal_attack_verbs and found in {"Assault", "Threaten"}:
        target = patient(ext, doc)  # "will target marginal seats": a campaign, done or to come
        return target is not None and target.lemma_.lower() in words.campaign_nouns
    if lemma in words.signing_verbs and found == "Support":
        obj = dependent(p, trigger.i, "dobj")
        return obj is not None and through_span(doc[obj]).lemma_.lower() in words.paper_nouns
    if lemma in words.amount_verbs and not ext.passive:
        kids = p.children[trigger.i]
        alone = not any(p.dep[c] in COMPLEMENT_DEPS for c in kids)
        return alone and not is_party(doc[ext.subject.root], owned=False)
    if found == "Mobilize" and _standing(trigger):
        return True  # "British forces are stationed in Basra": where forces are, no move
    if lemma in words.dismissal_verbs and found == "Assault":
        return _dismissed(trigger)  # "the company fired its chief executive"
    if lemma in words.ousting_verbs and found in {"Coerce", "Threaten"}:
        return _office_holder(patient(ext, doc))  # "may move to oust chairman Zheng"
    if lemma in words.charging_verbs and found == "Accuse":
        return _priced(trigger, lexicon)  # "operators charge customers 50p a minute"
    if found == "Aid" and _own_people(ext, doc):
        return True  # "France had begun evacuating its nationals": no other party aided
    if found == "Retreat" and _sum(ext, doc):
        return True  # "Libya has withdrawn $1bn": money moved, no pull-back
    if (
        found == "Retreat"
        and lemma in words.withdrawal_verbs
        and _thing_withdrawn(ext, doc, lexicon)
    ):
        return True  # "doctors could withdraw artificial feeding": nothing pulled back
    if found in RAISED_TYPES and lemma in words.lifting_verbs and _figure_patient(ext, doc):
        return True  # "the Fed lifted borrowing costs": a figure raised, no restriction lifted
    if found in TRADE_TYPES and _with_a_firm(ext, doc):
        return True
    if lemma in words.threat_verbs and found == "Threaten":
        return _endangers(trigger, lexicon)
    return False


def _standing(trigger: Token) -> bool:
    """Whether a passive is in the present simple ("are stationed", "is based"), which says
    where something stands, not what was done to it ("were deployed", "have been sent")."""
    p = parse_of(trigger.doc)
    auxes = [c for c in p.children[trigger.i] if p.dep[c] in AUX_DEPS]
    present = [c for c in auxes if p.dep[c] == "auxpass" and p.tag[c] in PRESENT_TAGS]
    return bool(present) and len(auxes) == len(present)


def _dismissed(trigger: Token) -> bool:
    """Whether "fired" (``dismissal_verbs``) dismisses someone: a person, a party or an
    office holder (``titles``, ``staff_nouns``) as its direct object ("fired its chief
    executive", "fired Smith"); a weapon or a shot is
    fired in an assault ("fired rockets at the village", "fired on protesters"). So is a
    passive's subject that is a person or an office holder ("Nortel's head Frank Dunn and two
    other executives were fired"), with no "on" or "at" beside the verb ("protesters were
    fired on", "were fired upon", "were fired at")."""
    kids = list(trigger.children)
    words = vocabulary()
    found = next((c for c in kids if c.dep_ == "dobj"), None)
    if found is None:
        found = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if found is None or any(c.lower_ in {"on", "upon", "at"} for c in kids):
            return False
        lemma = found.lemma_.lower()
        return found.ent_type_ == "PERSON" or lemma in words.titles or lemma in words.staff_nouns
    lemma = found.lemma_.lower()
    office = lemma in words.titles or lemma in words.staff_nouns
    return found.ent_type_ == "PERSON" or is_party(found, owned=False) or office


def _office_holder(target: Token | None) -> bool:
    """Whether a target is an office holder: a title that is no honorific or a staff noun, as
    the noun or a compound before it ("chairman Zheng Junhuai", "the German exchange's
    management", "long-serving leader Leonid Kuchma"), not a person with an honorific alone
    ("ousted Mr Smith from the country")."""
    if target is None:
        return False
    words = vocabulary()
    offices = (words.titles - words.honorifics) | words.staff_nouns
    nouns = [target, *(c for c in target.children if c.dep_ == "compound")]
    return any(n.lemma_.lower() in offices for n in nouns)


def _priced(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a charge is a price: a sum or a share, or a noun of ``price_nouns``, as its
    object or its second object ("charging the owners the revised price", "charged customers
    50p", "could charge the companies up to 10% of their turnover"), a price noun the charge
    is a relative clause of ("the tariffs the two companies charge foreign operators"), or,
    in the active voice, a "for" of what is paid for ("the rates they charge for roaming") that
    is no deed (:func:`_deed`: "charged three men for the attack", "charged protesters for
    blocking the road"); and no "with" (the crime one is charged with)."""
    words = vocabulary()
    kids = [c for c in trigger.children if c.dep_ in COMPLEMENT_DEPS | {"npadvmod"}]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return False
    sums = {"MONEY", "PERCENT"}
    priced = (c.ent_type_ in sums or c.lemma_.lower() in words.price_nouns for c in kids)
    if any(priced):
        return True
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in words.price_nouns:
        return True
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)
    fors = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"]
    paid = [g for c in fors for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    return not passive and bool(fors) and not any(_deed(g, lexicon) for g in paid)


def _deed(tok: Token, lexicon: Lexicon) -> bool:
    """Whether what one is charged "for" is a deed, no service: a verb done to something
    ("for blocking the road"; not "for roaming"), a noun of material conflict ("for the
    attack") or a wrong (``blame_words``: "for fraud"); not "for calls"."""
    if tok.pos_ == "VERB":
        return any(c.dep_ in {"dobj", "prep"} for c in tok.children)
    noun = through_span(tok)
    if noun.lemma_.lower() in vocabulary().blame_words:
        return True
    found = noun_sense(noun, lexicon)
    quads = vocabulary().quad_classes
    return found is not None and quads.get((found.event_type or "").lower()) == MATERIAL_CONFLICT


#: The quad class of a deed one is charged for ("the attack on the mosque").
MATERIAL_CONFLICT = "material-conflict"


def _own_people(ext: Extraction, doc: Doc) -> bool:
    """Whether what aid is given to is the giver's own ("evacuating its nationals", "their
    staff"): an object owned by "its" or "their" (``thing_pronouns``, ``plural_pronouns``),
    the subject's (PLOVER's Aid benefits another party)."""
    if ext.object is None or ext.passive:
        return False
    words = vocabulary()
    own = words.thing_pronouns | words.plural_pronouns
    return any(c.dep_ == "poss" and c.lower_ in own for c in doc[ext.object.root].children)


def _sum(ext: Extraction, doc: Doc) -> bool:
    """Whether the object is a sum of money ("withdrew $1bn from Swiss banks")."""
    if ext.object is None:
        return False
    return doc[ext.object.root].ent_type_ == "MONEY"


def _figure_patient(ext: Extraction, doc: Doc) -> bool:
    """Whether what a verb acts on (a passive's subject, else its object) is a figure: a common
    noun of WordNet's figures, whoever owns it ("its dividend payment", "borrowing costs"),
    but no restriction (``restriction_nouns``: "lifted tariffs", "its quota") nor one laid
    "on" something ("the cap on imports")."""
    target = patient(ext, doc)
    if target is None or target.pos_ != "NOUN" or target.ent_type_:
        return False
    lemma = target.lemma_.lower()
    if lemma in vocabulary().restriction_nouns:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in target.children):
        return False
    return lemma in figure_nouns()


def _thing_withdrawn(ext: Extraction, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an active withdrawal's direct object is a thing: no party ("its troops", "the
    ambassador"), no place, no arms ("its tanks": a noun of CAMEO's synonym sets or a cue word
    of an event mode), no event noun of the lexicon ("its offer", "the bid") and no
    ``verbal_target_nouns`` ("his comments": backing down, Concede): "withdrawing treatment",
    "could withdraw artificial feeding and hydration". Whatever is withdrawn from a place is
    pulled back ("withdrew its warships from the Gulf", "its personnel from Samawah"), and so
    are armed men (``armed_nouns``)."""
    if ext.object is None or ext.passive:
        return False
    obj = through_span(doc[ext.object.root])
    if obj.dep_ not in {"dobj", "conj"} or obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    words, lemma = vocabulary(), obj.lemma_.lower()
    if is_party(obj, owned=False) or lemma in words.verbal_target_nouns | words.armed_nouns:
        return False
    froms = (c for c in doc[ext.trigger].children if c.dep_ == "prep" and c.lower_ == "from")
    places = (o for c in froms for o in c.children if o.dep_ == "pobj")
    moved = lemma not in abstract_kinds()  # not "withdrew trade preferences from Burma"
    if moved and any(
        o.ent_type_ in PLACE_ENTS or o.lemma_.lower() in words.place_nouns for o in places
    ):
        return False  # "withdrew its warships from the Gulf": a pull-back from a place
    if lemma in lexicon.patterns.sets or lemma in words.event_modes:
        return False  # "withdrew its tanks": forces or arms (CAMEO's sets, modes' cue words)
    return noun_sense(obj, lexicon) is None


def _with_a_firm(ext: Extraction, doc: Doc) -> bool:
    """Whether material cooperation is given to, or done to, a firm named by a common noun
    (``sector_nouns`` of business: "helping the Dutch retailer", "paid the retailer", "a
    shell company was bought by Rosneft"), or a holding in one no party is named to own
    (``holding_nouns``: "will buy out its stake in Fuso"; not "bought Alfa's stake"):
    commerce, which PLOVER's economic context leaves out ("not news about single firms"); a
    firm's name ("bought Ambev") may be a state's."""
    target = patient(ext, doc)
    if target is None or target.pos_ != "NOUN":
        return False
    words, lemma = vocabulary(), target.lemma_.lower()
    if lemma in words.holding_nouns:  # "Alfa's stake": bought from a party, who is named
        owners = [c for c in target.children if c.dep_ == "poss"]
        return not any(is_party(o) and o.pos_ != "PRON" for o in owners)
    return words.sector_nouns.get(lemma) == BUSINESS


def _cause_blamed(trigger: Token) -> bool:
    """Whether a blaming (``blaming_verbs``) names a cause, no one to blame: its direct object
    names no party and is owned by none, nor is a party named with "on" or "for" ("blamed the
    fall in profits on high launch costs", "blaming delays in signing new contracts"; not
    "blamed the government", "blamed the attack on militants", "blamed Iraq's problems")."""
    blamed = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if blamed is None:
        return False
    blamed = through_span(blamed)
    return not is_party(blamed) and not party_named(blamed, beside=(trigger,))


def _contest(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a defeat is in a contest, not a fight: its target (the object, or a passive's
    subject) or a noun of a preposition of it is a ``contest_nouns`` ("the candidate", "in
    the election", "the motion"), or a person defeats a person ("Yushchenko defeated
    Yanukovych"); not "the rebels defeated government forces". So is a fight for an end ("a
    group fighting to prevent the store opening": an infinitive) or against an act of no
    violence (:func:`_peaceful_event`: "is fighting opposition to new stores")."""
    words = vocabulary()
    if _strives(ext, trigger, doc, lexicon):
        return True  # "a group fighting to prevent the store opening": striving, no fight
    target = patient(ext, doc)
    nouns = [target] if target is not None else []
    preps = [o for c in trigger.children if c.dep_ == "prep" and (o := pobj(c)) is not None]
    nouns += map(through_span, preps)  # "in a fresh round of fighting": the fighting's
    if any(n.lemma_.lower() in words.contest_nouns for n in nouns):
        return True
    if tallied(ext, trigger, doc):
        return True  # "England were beaten 11-9 by Wales": a game's or a vote's tally
    if target is not None and _in_a_game(trigger, target):
        return True  # "Spain's only other Davis Cup title came ... when they beat Australia"
    if target is not None and _peaceful_event(through_span(target), lexicon):
        return True  # "the company is fighting opposition to new stores": no violence
    agent = doc[ext.subject.root] if not ext.passive else None
    people = agent is not None and target is not None
    return people and agent.ent_type_ == "PERSON" and target.ent_type_ == "PERSON"


def played(ext: Extraction, doc: Doc) -> bool:
    """Whether a verb is aimed at what is played, scored or won in a game (``play_nouns``):
    its target, the object or a passive's subject, is such a common noun ("kicked 14 points",
    "met Carr's cross", "a low drive was gathered by Meldrum", "called for offside"), which
    no party is and no event of PLOVER's is done to (:func:`cancelled` asks it of no speech:
    "acknowledged the point", "announced a new drive to help women" are said)."""
    target = patient(ext, doc)
    if target is None or target.pos_ != "NOUN" or target.ent_type_:
        return False
    words, lemma = vocabulary(), target.lemma_.lower()
    if lemma not in words.play_nouns:
        return False
    return lemma not in words.news_play_nouns or _played_here(target)


def _played_here(noun: Token) -> bool:
    """Whether a play noun that has a sense in news too (``news_play_nouns``: goal, point,
    drive, conversion) is played: in a sentence of a game (:func:`_game_sentence`: "kicked
    his goal in the final"), of a play's kind (``play_kind_nouns``: "a massive drop goal to
    complete the comeback"), counted ("kicked 14 points", "thumped four goals") or bare, with
    nothing of its own but a determiner or an adjective ("a low drive was gathered by
    Meldrum"); one of news is owned, aimed or told of ("abandoned its goal of halving child
    poverty", "backed the drive against crime", "rejected the point made by Tokyo")."""
    if _game_sentence(noun.sent):
        return True
    kinds = vocabulary().play_kind_nouns
    if any(c.dep_ == "compound" and c.lemma_.lower() in kinds for c in noun.children):
        return True  # "a massive drop goal to complete the comeback": a play of its kind
    kids = [c.dep_ for c in noun.children]
    return any(d in COUNT_DEPS for d in kids) or all(d in BARE_DEPS for d in kids)


def tallied(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether a tally stands by a defeat: two counts of up to three figures joined by a
    hyphen ("6-4", "11-9", "300-250"), among what the verb governs outside its
    subject and its clauses ("beat Coria 6-4 7-5", "were beaten 11-9 by Wales"); a range of
    years ("the 2004-05 season") is none."""
    subject = set() if ext.passive else {t.i for t in doc[ext.subject.root].subtree}
    stack = list(trigger.children)
    while stack:
        t = stack.pop()
        if t.i in subject or t.dep_ in CLAUSE_DEPS:
            continue
        if _tally_at(t):
            return True
        stack.extend(t.children)
    return False


def _in_a_game(trigger: Token, target: Token) -> bool:
    """Whether a defeat of a name or a pronoun ("beat Australia", "beaten them") is told in a
    sentence of a game: one holding a ``game_nouns`` noun that names no actor (a name of an
    event may: "Davis Cup") or a tally; a common noun defeated ("fans fought police after the
    match") is still fought."""
    return target.pos_ in NAME_POS and _game_sentence(trigger.sent)


def _game_sentence(sent: Span) -> bool:
    """Whether a sentence is a game's: it holds a tally ("6-4") or a ``game_nouns`` noun that
    names no actor (a name of an event may: "Davis Cup")."""
    games = vocabulary().game_nouns
    for t in sent:
        if _tally_at(t):
            return True
        game = t.pos_ == "NOUN" and t.lemma_.lower() in games
        if game and t.ent_type_ in GAME_ENTS:
            return True
    return False


def _tally_at(t: Token) -> bool:
    """Whether a token opens a tally: a count of up to three figures, a hyphen right after it
    and another such count right after that ("6-4"); not a range of the plural noun right
    after it ("beat 20-30 protesters", "killing 10-15 people"; "beat France A 30-20 nine days
    ago" is a tally)."""
    doc = t.doc
    if t.i + 2 >= len(doc) or not _count(t):
        return False
    if doc[t.i + 1].text != "-" or not _count(doc[t.i + 2]):
        return False
    after = t.i + 3
    if after == len(doc) or doc[after].pos_ != "NOUN" or doc[after].tag_ not in PLURALS:
        return True
    return not (_counts(t, after) or _counts(doc[t.i + 2], after))


def _counts(t: Token, noun: int) -> bool:
    """Whether a count counts the noun at ``noun``, itself or through a count it modifies
    ("20" and "30" of "20-30 protesters")."""
    while t.dep_ in COUNT_DEPS and t.head.i != t.i:
        t = t.head
        if t.i == noun:
            return True
    return False


def _count(t: Token) -> bool:
    """Whether a token is a count of one to three figures ("6", "21", "300")."""
    return t.text.isdigit() and len(t.text) <= 3


def _strives(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a fight is for an end an infinitive names ("fighting to prevent the store
    opening", "battling to keep their jobs"), done by no armed men (``armed_nouns``: "rebels
    fought to take the town") and to no violent end ("fought to capture the bridge")."""
    if not ext.passive and doc[ext.subject.root].lemma_.lower() in vocabulary().armed_nouns:
        return False
    for c in trigger.children:
        infinitive = c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
        if not infinitive or not any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            continue
        found = lexicon.lookup(c.lemma_.lower(), "verb")
        if found is None or found.event_type not in VIOLENT_TYPES:
            return True
    return False


def _peaceful_event(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an event of the lexicon that is no violence and no party does:
    "opposition", "plans", "cuts" (a fight against them is a campaign); not "a war", "the
    attack", nor "the opposition" as a party of its own ("opposition to new stores" is the
    act: a party noun aimed at something with "to" or "against")."""
    aimed = any(c.dep_ == "prep" and c.lower_ in {"to", "against"} for c in noun.children)
    if is_party(noun, owned=False) and not aimed:
        return False
    found = noun_sense(noun, lexicon)
    return found is not None and found.event_type not in VIOLENT_TYPES


def _endangers(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a threat is to a thing, with nothing threatened to be done: a direct object
    that is no party (what a party owns is still a thing: "Microsoft's monopoly") and names
    no act ("threatened sanctions", "united action"), no infinitive ("threatened to sue") and
    no "with" ("threatened Iran with sanctions")."""
    p = parse_of(trigger.doc)
    kids = p.children[trigger.i]
    if any(p.dep[c] in {"xcomp", "ccomp"} or p.lower[c] == "with" for c in kids):
        return False
    obj = dependent(p, trigger.i, "dobj")
    if obj is None or is_party(trigger.doc[obj], owned=False):
        return False
    return not _act(through_span(trigger.doc[obj]), lexicon)


def _act(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names what may be done to someone: an event noun of the lexicon
    ("sanctions"), a cue word of an event's mode ("force") or an ``act_nouns`` ("action")."""
    words = vocabulary()
    lemma = noun.lemma_.lower()
    return (
        noun_sense(noun, lexicon) is not None
        or lemma in words.event_modes
        or lemma in words.act_nouns
    )


#: Classes of cooperation whose halt reduces relations (CAMEO 16: "halt negotiations", "stop
#: aid").
COOPERATION = frozenset({"Consult", "Support", "Cooperate", "Aid"})
#: The sense of cooperation stopped.
DISCONTINUED = Sense("Sanction", "16", "discontinue")


def stopped(ext: Extraction, sense: Sense | None) -> Sense | None:
    """Sanction where a halting control word stops cooperation ("would stop cooperating with
    UN inspectors", "halted talking to"), else None."""
    if ext.matrix is None or ext.matrix not in vocabulary().halting_verbs:
        return None
    return DISCONTINUED if sense is not None and sense.event_type in COOPERATION else None


def speaks_of(trigger: Token) -> bool:
    """Whether talk is speech about something, not talks with someone: an "of" or "about"
    (``mention_prepositions``: "officials talking darkly of a river of Islam", "officials are
    beginning to talk about the threat of inflation") and no partner ("with", "to", or a
    direct object: "approached the exchange about a bid")."""
    words = vocabulary()
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "advmod")]  # "darkly of"
    preps = {c.lower_ for h in heads for c in h.children if c.dep_ == "prep"}
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False  # "approached the exchange about a bid": the exchange is talked with
    return bool(preps & words.mention_prepositions) and not preps & PARTNER_PREPOSITIONS


def by_object_row(ext: Extraction, doc: Doc, lexicon: Lexicon, sense: Sense) -> bool:
    """Whether ``sense`` is the lexicon's row of the verb with its object's noun ("meet
    demand"), which names the object's kind itself."""
    if ext.object is None:
        return False
    noun = through_span(doc[ext.object.root]).lemma_.lower()
    return lexicon.lookup(f"{ext.lemma} {noun}") == sense


def written(found: str | None, doer: Token | None) -> bool:
    """Whether a verbal act (PLOVER's verbal quad classes: accusations, demands, praise, ...)
    is done by a document (``document_nouns``: "a UN report accused the army"), which says
    what its authors say."""
    words = vocabulary()
    verbal = (words.quad_classes.get((found or "").lower()) or "").startswith("verbal-")
    return verbal and doer is not None and doer.lemma_.lower() in words.document_nouns


def promises_nothing(
    ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon, content: Sense | None
) -> bool:
    """Whether a commitment (a control word read as Agree: "vowed to", "promised to") commits
    to no event: the infinitive's own sense (``content``, read without the control word) has
    no class and nothing it acts on is a noun of the lexicon (an event: "elections", "talks")
    or of ``traded_nouns`` ("arms", "aid") or a sum ("offered to repay $220m"). The control
    words of an agreement itself (``agreement_verbs``) always commit."""
    words = vocabulary()
    if ext.matrix is None or ext.matrix in words.agreement_verbs:
        return False
    if content is not None and content.event_type:
        return False
    if _together(trigger):
        return False  # "pledged to work with Iran", "vowed to work together"
    return not any(_eventful(n, lexicon) for n in _acted_on(ext, trigger, doc))


def _together(trigger: Token) -> bool:
    """Whether a verb is done with a party: a "with" whose object is one ("to work with
    Iran"), or "together"."""
    p = parse_of(trigger.doc)
    for c in p.children[trigger.i]:
        if p.lower[c] == "together":
            return True
        partner = dependent(p, c, "pobj") if p.lower[c] == "with" else None
        if partner is not None and is_party(trigger.doc[partner], owned=False):
            return True
    return False


def _acted_on(ext: Extraction, trigger: Token, doc: Doc) -> list[Token]:
    """The words a verb acts on: the extraction's object, the verb's direct object and its
    prepositions' objects, each looked through a span or quantity ("all of their arms"), and
    a preposition's verb ("to work towards lifting the ban")."""
    p = parse_of(doc)
    found = [ext.object.root] if ext.object is not None else []
    for c in p.children[trigger.i]:
        found += [c] if p.dep[c] in OBJECT_DEPS else []
        if p.dep[c] == "prep":
            found += [g for g in p.children[c] if p.dep[g] in OBJECT_DEPS | {"pcomp"}]
    return [w for i in found for w in {doc[i], through_span(doc[i])}]  # "10% of the bill"


def _eventful(word: Token, lexicon: Lexicon) -> bool:
    """An event of the lexicon (a noun, or a verb with a class: "lifting the ban"), what
    passes between parties, or a sum or share ("to repay $220m", "10% of the debt")."""
    words = vocabulary()
    if word.pos_ == "VERB":
        sense = lexicon.lookup(word.lemma_, "verb")
        return (sense is not None and bool(sense.event_type)) or word.lemma_ in words.lifting_verbs
    if noun_sense(word, lexicon) is not None or word.lemma_.lower() in words.traded_nouns:
        return True
    return any(t.ent_type_ in FIGURE_ENTS for t in word.subtree)


def abstract_target(ext: Extraction, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a material act is aimed at an abstraction, not at an actor or a physical thing:
    its target (the object, or a passive's subject) is a common noun whose commonest senses
    in WordNet are abstractions (``abstract_nouns``: "shattered the peace", "blocked the
    sale", "hurt its credibility"; through "of": "$50,000 worth of goods" are goods), names
    no party, owned by none ("blocked Yukos's sale" is aimed at Yukos), and is not the event
    itself ("imposed a curfew", "opened fire")."""
    if ext.passive:
        target = doc[ext.subject.root]
    elif ext.object is not None:
        target = through_span(doc[ext.object.root])
        first = doc[ext.object.root]
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "without charge or trial"
        if first.dep_ == "pobj" and first.head.lower_ in vocabulary().non_target_prepositions:
            return False  # "held without trial": the trial is no target
    else:
        return False  # "rebels attacked": no target named
    of = next((o for p in target.children if p.lower_ == "of" and (o := pobj(p))), None)
    if of is not None and _abstract(target):
        target = of  # "$50,000 worth of goods", "a portion of the liberties": what it measures
    if not _abstract(target):
        return False
    owners = [c for c in target.children if c.dep_ == "poss"]
    owners += [o for p in target.children if p.dep_ == "prep" and (o := pobj(p)) is not None]
    if is_party(target) or any(is_party(o) and o.pos_ != "PRON" for o in owners):
        return False  # "its credibility", "our peace": a pronoun's are still abstractions
    lemma = target.lemma_.lower()
    return noun_sense(target, lexicon) is None and lemma not in vocabulary().event_modes


def _abstract(noun: Token) -> bool:
    """Whether a word is a common noun that names an abstraction; the plural of one that may
    name a thing ("goods": lemma "good") or of what passes between parties (``traded_nouns``:
    "supplies", "shipments") counts things, not of one that never does ("privatisations")."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    things = abstract_nouns().get(lemma)
    counted = things or lemma in vocabulary().traded_nouns
    return things is not None and not (counted and noun.tag_ in PLURALS)


def explores(sense: Sense, ext: Extraction, doc: Doc) -> bool:
    """Whether an investigation (CAMEO 09) looks into a prospect, no wrong and no party: its
    object (a passive's subject) is one of ``prospect_nouns`` ("will investigate further
    opportunities in China", "is examining its options"), owned by no party and with none
    named beside it but a place ("Yukos's options"; "in China" is where)."""
    if not (sense.cameo or "").startswith(INVESTIGATE):
        return False
    target = patient(ext, doc)
    if target is None or target.lemma_.lower() not in vocabulary().prospect_nouns:
        return False
    return not party_named(target, places=False)
