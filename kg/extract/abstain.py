"""Where the clause does not decide a verb's class, and typing abstains or takes the weaker
reading.

Typing too eagerly was the commonest error on news kg was not tuned on (issue 19): a
polysemous verb typed by its commonest class where the context says nothing of it. These rules
ask for the specific evidence a class needs and leave the statement untyped without it:

- an agreement or concession is said by its subject; an act someone else wants of the subject
  ("expected the Palestinians to give up terrorism", "called on the Authority to revive its
  reform programme", "needed to get out of oil") commits the subject to nothing;
- a question asserts nothing ("why target the airlines?");
- material cooperation and aid are given to a party: "continued to invest in infrastructure"
  is none;
- an abstraction does nothing: "higher taxes undermining enterprise" is no sanction;
- an offer of goods or services is a sale: "MCI offers internet services" promises nothing;
- "attack" and "target" for something done, or between people with no arms or violence in
  the clause, are words: "Cherie Blair was accused of attacking Bush" is a criticism (CAMEO
  111), not an assault;
- an act that did not happen is no refusal of it: "the government had not consulted on its
  plans", "she had never met him" are omissions (PLOVER's Reject is a rejection or refusal);
- a release frees captives: "numbers released by the Finance Ministry", "the game, released
  in November" free no one;
- an appeal asks for something: "the Tories appealed to the same voting instincts" attract.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.doers import doer, violence
from kg.extract.events import Lexicon, Sense, noun_sense
from kg.extract.figures import figure
from kg.extract.parse import dependent, first_conjunct_at, parse_of
from kg.extract.predicates import AUX_DEPS, has_modal, is_perfect
from kg.extract.pronouns import SUBJECTS
from kg.extract.records import Extraction
from kg.extract.targets import is_party, of_object, pobj, through_span
from kg.extract.wordnet import abstract_nouns
from kg.extract.words import vocabulary

#: Classes that say the subject itself committed or gave way in words (PLOVER's Agree and
#: Concede; a future cooperation is coded Agree only as the actor's own intention).
COMMITMENTS = frozenset({"Agree", "Concede"})
#: Modalities of an act another asks of the subject, or the subject must do.
WILLED = frozenset({"requested", "obligation"})
#: Dependency labels of the object of a verb that controls an infinitive ("prepared a team
#: to defend", "allowed China to operate"): the object, not the subject, is to act.
OBJECT_DEPS = frozenset({"dobj", "dative"})
#: Subjects that name parties acting with each other ("both sides", "the two countries").
PAIRS = frozenset({"side", "country", "nation", "state", "government", "party"})
#: Entity types of dates, sums and counts, which are no parties.
MEASURE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})
#: Entity types of the figures an offer may name (a sum, a share): a bargaining offer.
FIGURE_ENTS = frozenset({"MONEY", "PERCENT"})
#: How far up a chain of infinitives the rules climb ("prepared a team to be able to defend").
MAX_HOPS = 4
#: Classes of a stand taken, whose negation is a rejection whenever it is said ("did not
#: accept the recommendation", "did not back the plan").
STANCES = frozenset({"Agree", "Support"})
#: Classes of a deed done with or for a party (PLOVER's material cooperation), whose negation
#: says what is not done, no demand or offer refused: "stock markets do not trade the sort of
#: companies", "the data will not be protected by the Act".
DEEDS = frozenset({"Cooperate", "Aid"})
#: Dependents that say what an appeal asks for: an infinitive or a clause.
ASKED_DEPS = frozenset({"xcomp", "ccomp"})
#: Prepositions of what an appeal asks for ("for calm") or is against (a court's ruling).
ASKED_PREPOSITIONS = frozenset({"for", "against"})
#: Past tags of a verb or its auxiliary ("met", "did not meet", "was not consulted").
PAST_TAGS = frozenset({"VBD"})
#: Entity types of places: a person who attacks one uses force, not words.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def willed_by_another(ext: Extraction, trigger: Token) -> bool:
    """Whether the act is what someone other than its subject wants done, or what the subject
    must do: requested or obliged (its modality), an infinitive with a subject of its own
    ("expected Palestinians to give up"), an infinitive of a verb with an object ("prepared a
    legal team to be able to defend"; "called on the Authority to revive": an addressee) or
    of a verb of obligation ("needed to get out of oil"). "agreed to buy", "offered to repay",
    "pledged to help" are the subject's own."""
    if ext.modality in WILLED:
        return True
    p, words = parse_of(trigger.doc), vocabulary()
    i = first_conjunct_at(p, trigger.i)  # "to revive its programme and maintain discipline"
    for _ in range(MAX_HOPS):
        kids = p.children[i]
        if p.dep[i] == "ccomp" and any(p.tag[c] == "TO" for c in kids):
            return any(p.dep[c] in SUBJECTS for c in kids)
        if p.dep[i] != "xcomp" or p.head[i] == i:
            return False
        head = p.head[i]
        if p.dep[head] == "acomp":  # "to be able to defend": climb to "be"
            head = p.head[head]
        heads = p.children[head]
        addressed = any(
            p.dep[c] == "prep" and p.lower[c] in words.addressee_prepositions for c in heads
        )
        if p.lemma[head].lower() in words.obligation_verbs or addressed:
            return True
        if any(p.dep[c] in OBJECT_DEPS for c in heads):
            return True
        if any(p.dep[c] in SUBJECTS for c in heads):
            return False  # subject control: the subject's own intention
        i = head
    return False


def asks(trigger: Token) -> bool:
    """Whether the predicate is asked about, not asserted: a "why" question of its own ("why
    target the airlines?") or a yes-no question, its auxiliary before its subject in a
    sentence that ends with a question mark ("Should the United Kingdom approve the
    treaty?", "Will Iran attack?")."""
    p = parse_of(trigger.doc)
    kids = p.children[trigger.i]
    if any(p.lower[c] == "why" and p.dep[c] == "advmod" for c in kids):
        return True
    subjects = [c for c in kids if p.dep[c] in SUBJECTS]
    inverted = any(p.dep[c] in AUX_DEPS and c < s for c in kids for s in subjects)
    return inverted and _ends_with_a_question(trigger)


def _ends_with_a_question(trigger: Token) -> bool:
    """Whether the predicate's clause ends with a question mark: the word after its last
    ("'Has the government betrayed the workers?' he asked"; closing quotes passed over)."""
    doc, end = trigger.doc, max(t.i for t in trigger.subtree if not (t.is_punct or t.is_space))
    after = (t for t in doc[end + 1 : trigger.sent.end] if not t.is_quote and not t.is_space)
    following = next(after, None)
    return following is not None and following.text == "?"


def attacks_in_words(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an attack (``verbal_attack_verbs`` in their own sense) is one of words: done by
    a person (a person's name or a personal pronoun) or by people of words (``critic_nouns``:
    critics, teachers, the press, the Tories) to no place, or by no one named to a person,
    with no armed doer and no violence or its means in the clause ("with rockets"). "Cherie
    attacking Bush", "I am being attacked on one side", "attacked by critics in the US" are
    criticisms; "gunmen attacked the convoy", "Israel attacked Gaza", "he attacked the
    village", "attacked by muggers" are not."""
    if trigger.lemma_.lower() not in vocabulary().verbal_attack_verbs:
        return False
    found = doer(ext, trigger, doc)
    if found is None:  # a passive with no agent: its subject is attacked
        between_people = person(doc[ext.subject.root])
    else:
        aimed = doc[ext.object.root] if ext.object is not None and not ext.passive else None
        speaks = person(found) or (
            found.lemma_.lower() in vocabulary().critic_nouns and not _armed_kind(found)
        )
        between_people = speaks and (aimed is None or not _place(aimed))
    if not between_people:
        return False
    means = [o for c in trigger.children if c.dep_ == "prep" and (o := pobj(c)) is not None]
    return not any(violence(t, lexicon) for t in means)


def blames_for_a_deed(trigger: Token) -> bool:
    """Whether an attack (``verbal_attack_verbs``) is for something done: a "for" with a
    verb ("attacking the Commission for backing down"), which is a criticism of it, whoever
    attacks."""
    if trigger.lemma_.lower() not in vocabulary().verbal_attack_verbs:
        return False
    p = parse_of(trigger.doc)
    reasons = (c for c in p.children[trigger.i] if p.dep[c] == "prep" and p.lower[c] == "for")
    return any(p.dep[g] == "pcomp" and p.pos[g] == "VERB" for r in reasons for g in p.children[r])


def offers_nothing(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an offer (``offer_verbs`` in their own sense) offers nothing an event is made
    of: no infinitive ("offered to repay"), no party offered it ("offered Iran incentives"),
    no sum or figure ("offered an 8% increase in wages"), and an object that names no event or
    aid in the lexicon ("offered talks",
    "offered help"): "MCI offers internet services", "banks offer services" sell."""
    p = parse_of(doc)
    if p.lemma[trigger.i].lower() not in vocabulary().offer_verbs or ext.passive:
        return False
    kids = p.children[trigger.i]
    if any(p.dep[c] in {"xcomp", "dative"} for c in kids):
        return False
    obj = next((c for c in kids if p.dep[c] == "dobj"), None)
    if obj is None:
        return False
    noun = through_span(doc[obj])
    figures = {noun.ent_type_, *(c.ent_type_ for c in noun.children)} & FIGURE_ENTS
    if figures:
        return _bid_for_a_firm(trigger, noun)  # "offered £1.3bn for the London Stock Exchange"
    return noun_sense(noun, lexicon) is None


#: Entity labels of a firm or body a sum may be offered for.
FIRM_ENTS = frozenset({"ORG"})


def _bid_for_a_firm(trigger: Token, noun: Token) -> bool:
    """Whether a sum is offered "for" a firm named (an ORG: "offered £1.3bn for the London
    Stock Exchange") or a holding in one (``holding_nouns``: "offered $230m for a 20% stake"):
    a bid, commerce, no promise of aid or cooperation ("offered $10m for reconstruction", "$5m
    for the World Food Programme": :func:`_aid_body`)."""
    words = vocabulary()
    fors = (
        c for w in (trigger, noun) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"
    )
    for prep in fors:
        bought = pobj(prep)
        if bought is not None and (
            (bought.ent_type_ in FIRM_ENTS and not _aid_body(bought))
            or through_span(bought).lemma_.lower() in words.holding_nouns
        ):
            return True
    return False


def _aid_body(tok: Token) -> bool:
    """Whether an organisation's name says it gives aid or serves states, no firm to bid for
    (``aid_body_words``: "the World Food Programme", "the Red Cross", "the United Nations")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = ent if ent is not None else [tok]
    return any(w.lower_ in vocabulary().aid_body_words for w in words)


def abstraction(noun: Token) -> bool:
    """Whether a word is a common noun that names an abstraction or a figure, which can do
    nothing ("any plan", "higher taxes", "the latest findings", "profits", "foreign reserves";
    not "the rest of the world": through "of", to what it is part of), and is no party."""
    inner = of_object(noun)
    if inner is not None and noun.lemma_.lower() in abstract_nouns():
        noun = inner
    plain = noun.pos_ == "NOUN" and not noun.ent_type_ and not is_party(noun)
    return (plain and noun.lemma_.lower() in abstract_nouns()) or figure(noun)


def abstract_doer(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether the one who does the act is an abstraction, which no event has as its actor:
    "higher taxes undermining enterprise", "the findings contain few surprises", "high house
    prices forcing people out". An event or its means may do harm ("the attack killed five",
    "talks produced a deal"), and so may an instrument of authority ("control orders could
    impose curfews": ``instrument_nouns``, ``restriction_nouns``): a noun of the lexicon,
    one of those or a cue word of a mode is no abstraction here."""
    found = doer(ext, trigger, doc)
    if found is None or not abstraction(found):
        return False
    lemma, words = found.lemma_.lower(), vocabulary()
    means = words.instrument_nouns | words.restriction_nouns.keys() | words.event_modes.keys()
    return noun_sense(found, lexicon) is None and lemma not in means


def no_party_given(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether material cooperation or aid a verb names in its own sense (not a light verb's
    noun: "granted asylum to") names no party it is given to or done with (PLOVER: Cooperate
    and Aid need a recipient): no party as the object, a dative, the object of a preposition
    of the verb or of its object ("sent aid to Iraq", "a loan of $500 million to Kenya"), in
    a passive as the subject, nor several parties as the subject ("Britain and France",
    "both sides": with each other). "continued to invest in infrastructure", "websites
    provide information", "people buy a share of a property" are no cooperation between
    parties; "bought Alfa-Eco's stake" is (a party's stake)."""
    p = parse_of(doc)
    if ext.passive:
        return not is_party(doc[ext.subject.root])
    subject = ext.subject.root
    joined = p.dep[subject] == "conj" or any(p.dep[c] == "conj" for c in p.children[subject])
    if joined or p.lemma[subject].lower() in PAIRS:
        return False
    heads = [ext.object.root] if ext.object is not None else []
    heads += [c for c in p.children[trigger.i] if p.dep[c] in OBJECT_DEPS]
    for i in (trigger.i, *heads):
        for prep in (c for c in p.children[i] if p.dep[c] == "prep"):
            heads += [o for o in p.children[prep] if p.dep[o] == "pobj"]
    nouns = [through_span(doc[i]) for i in heads]
    nouns += [o for n in nouns for c in n.children if c.lower_ == "of" and (o := pobj(c))]
    return not any(_recipient(n) for n in nouns)  # "to the reconstruction of Lebanon"


def promised_to_no_party(ext: Extraction, trigger: Token, doc: Doc, content: Sense | None) -> bool:
    """Whether a promise or an offer (a control word read as Agree: "offered to", "pledged
    to") is of material cooperation or aid (``content``: the infinitive's own sense, read
    without the control word) that names no party it is given to or done with
    (:func:`no_party_given`): "is offering to buy noise-hit properties", "offered to supply
    their own bills" are a purchase and a sale, no agreement with anyone; "offered to buy
    Yukos's stake", "pledged to send aid to Sudan" name one. The control words of an
    agreement itself (``agreement_verbs``: "agreed to buy") commit to a partner."""
    if ext.matrix is None or ext.matrix in vocabulary().agreement_verbs:
        return False
    if content is None or content.event_type not in DEEDS:
        return False
    return no_party_given(ext, trigger, doc)


def omitted(ext: Extraction, trigger: Token, sense: Sense) -> bool:
    """Whether a negated act is one that did not happen, not one refused: an act, not a
    stance (``STANCES``: "did not agree", "did not support the campaign" are rejections), in
    the past or the perfect ("did not inform", "had not consulted", "was not consulted", "had
    never met"). PLOVER's Reject is a rejection or a refusal; an omission reported after the
    fact is neither. The present and the future ("does not recognise", "will not meet")
    state a stand and stay Reject."""
    if not ext.negated or sense.event_type in STANCES:
        return False
    p = parse_of(trigger.doc)
    # "had not consulted or informed": the first verb's auxiliaries
    i = first_conjunct_at(p, trigger.i)
    if has_modal(p, i):
        return False  # "would not meet", "will not have met": a stand or a hypothesis
    auxes = (c for c in p.children[i] if p.dep[c] in AUX_DEPS)
    return is_perfect(p, i) or p.tag[i] in PAST_TAGS or any(p.tag[c] in PAST_TAGS for c in auxes)


def undone_deed(ext: Extraction, trigger: Token, sense: Sense) -> bool:
    """Whether a negated act is material cooperation (:data:`DEEDS`) the lexicon gives no
    class of its own when negated: a deed not done, which PLOVER codes as no event, not as a
    rejection ("do not trade", "should not swap", "will not be protected"). A refusal says so
    with a control word ("refused to trade": Reject) or is a stand ("did not agree"); so is a
    deed to come withheld from a party named as its recipient ("Japan will not provide food
    aid to North Korea", "does not plan to send arms to Iran")."""
    if not ext.negated or sense.negated is not None or sense.event_type not in DEEDS:
        return False
    return not (_to_come(ext, trigger) and _given_to_a_party(ext, trigger))


def _to_come(ext: Extraction, trigger: Token) -> bool:
    """Whether an act is future or intended: a modal ("will not supply", "would not send")
    or a control word ("does not plan to supply")."""
    p = parse_of(trigger.doc)
    i = first_conjunct_at(p, trigger.i)
    return has_modal(p, i) or ext.matrix is not None


def _given_to_a_party(ext: Extraction, trigger: Token) -> bool:
    """Whether an active act names a party it is given to: a dative ("give Iran fuel"), or
    "to" a party after the verb or its object ("provide aid to North Korea"); not the object
    ("will not merge the Prison Service with ...": what is merged)."""
    if ext.passive:
        return False
    p = parse_of(trigger.doc)
    heads = [c for c in p.children[trigger.i] if p.dep[c] in OBJECT_DEPS]
    nouns = [c for c in heads if p.dep[c] == "dative"]
    for i in (trigger.i, *heads):
        for prep in (c for c in p.children[i] if p.dep[c] == "prep" and p.lower[c] == "to"):
            nouns += [o for o in p.children[prep] if p.dep[o] == "pobj"]
    return any(_recipient(trigger.doc[i]) for i in nouns)


def abstains(found: str | None, ext: Extraction, trigger: Token, sense: Sense) -> bool:
    """Whether the class ``found`` is left off: an omission taken for a refusal
    (:func:`omitted`) or a deed not done (:func:`undone_deed`), an appeal that asks for
    nothing (:func:`asks_nothing`), a release of no captive (:func:`frees_no_one`)."""
    if found == "Reject":
        return omitted(ext, trigger, sense) or undone_deed(ext, trigger, sense)
    if found == "Request":
        return asks_nothing(trigger)
    return found == "Retreat" and frees_no_one(ext, trigger)


def asks_nothing(trigger: Token) -> bool:
    """Whether an appeal (``appeal_verbs``) asks for nothing: no "for" ("appealed for calm",
    "for the inspectors to be given more time"), no infinitive or clause ("appealed to fans
    to calm down"), no "against" (a court appeal): "the Tories appealed to the same voting
    instincts", "the DS will appeal to all ages" attract, and ask no one for anything."""
    p = parse_of(trigger.doc)
    if p.lemma[trigger.i].lower() not in vocabulary().appeal_verbs:
        return False
    for c in p.children[trigger.i]:
        marks = [p.lower[m] for m in p.children[c] if p.dep[m] == "mark"]
        asked = p.dep[c] == "prep" and p.lower[c] in ASKED_PREPOSITIONS
        if p.dep[c] in ASKED_DEPS or asked or "for" in marks:  # "for them to be freed"
            return False
    return True


def frees_no_one(ext: Extraction, trigger: Token) -> bool:
    """Whether a release (``party_object_verbs`` as a Retreat: "release", "free") names no
    one released: no object and no passive ("Halo 2, released in November", read as "he
    released"), the noun a reduced relative hangs on or the thing released is information
    (``information_nouns``: "numbers released by the Finance Ministry"; a count of people
    is a party elsewhere: "released hundreds")."""
    p, words = parse_of(trigger.doc), vocabulary()
    if p.lemma[trigger.i].lower() not in words.party_object_verbs:
        return False
    if p.dep[trigger.i] == "acl" and p.tag[trigger.i] == "VBN":
        released = p.head[trigger.i]  # "numbers released by", "Halo 2, released in"
    elif ext.passive:
        released = ext.subject.root
    else:
        released = dependent(p, trigger.i, "dobj")
    if released is None:
        return True
    return p.lemma[released].lower() in words.information_nouns


def _recipient(tok: Token) -> bool:
    """A party that can be given something: not a date, a sum or a number ("in January")."""
    return is_party(tok) and tok.pos_ != "NUM" and tok.ent_type_ not in MEASURE_ENTS


def _place(tok: Token) -> bool:
    """A place's name, or a place noun (``place_nouns``: "the town of Spin Boldak")."""
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in vocabulary().place_nouns


def _armed_kind(tok: Token) -> bool:
    """Whether a noun's modifier names armed men (``armed_nouns``): "rebel leaders",
    "insurgent leaders", "Taleban leaders" lead fighters, not words."""
    armed = vocabulary().armed_nouns
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in armed for c in tok.lefts)


def person(tok: Token) -> bool:
    """A person's name or a personal pronoun ("Cherie", "he", "I", "we"; a pronoun the tagger
    took for one: "US" in "the US terror attacks" is no "us"), or a name after a title or an
    honorific that the tagger took for a place ("president Thabo Mbeki")."""
    words = vocabulary()
    pronoun = tok.pos_ == "PRON" and tok.lower_ in words.person_pronouns | words.speaker_pronouns
    if tok.ent_type_ == "PERSON" or pronoun:
        return True
    titled = (c.lower_ in words.titles or c.lower_ in words.honorifics for c in tok.lefts)
    return tok.pos_ == "PROPN" and any(titled)
