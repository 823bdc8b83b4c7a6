"""Who does an act, and whether it can: the doer of an assault or coercion must be a party,
armed men, violence or its means, or the act is figurative ("strike action hitting
Jobcentres", "shares hit a low"); deaths in a disaster or an accident are no assault;
working people striking with no object strike, and protesters attacking protest."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.events import Lexicon, noun_sense
from kg.extract.parse import dependent, parse_of
from kg.extract.pronouns import PLURALS
from kg.extract.records import Extraction
from kg.extract.sense import Sense
from kg.extract.targets import NOUNS, STATE_ENTS, is_party, pobj, through_span
from kg.extract.words import vocabulary

#: Material conflict that needs a physical target (people, places, forces) and a doer that can
#: do it; aimed at a policy, a claim or a statement the same words are an accusation.
PHYSICAL_TYPES = frozenset({"Assault", "Coerce"})
#: Prepositions of the cause of a passive harm with no doer ("killed in a car crash").
CAUSE_PREPOSITIONS = frozenset({"in", "following", "after", "during", "from"})
#: The tag of a gerund ("fighting"), which may name an event as a noun does.
GERUND = "VBG"


def doer(ext: Extraction, trigger: Token, doc: Doc) -> Token | None:
    """The head word of who or what does the act: the subject, or a passive's "by" agent
    (None for a passive with no agent named)."""
    if not ext.passive:
        return doc[ext.subject.root]
    agents = (pobj(c) for c in trigger.children if c.dep_ == "agent")
    return next((a for a in agents if a is not None), None)


def doer_fits(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon, *, own: bool) -> bool:
    """Whether an assault or coercion has a doer that can do it: a party (a name, a pronoun,
    people or a body, a plural noun) or violence or its means ("the attack killed five", "a
    roadside bomb killed", the cue words of Assault and Coerce modes); with no doer named, no
    disaster or accident for its cause (:func:`natural_cause`). "strike action
    hitting Jobcentres", "cutting jobs will hit morale", "hit by controversy" are
    figurative, and so is a verb of ``figurative_verbs`` in its own sense (``own``; not a
    pattern's) done by anyone but armed men (``armed_nouns``), violence or its means, the
    doer's or the verb's ("hit the towns with rockets"): "airlines hit Eurotunnel", "shares
    hit a low", "the areas hit"; done by a party or no one named to armed men it is force
    (:func:`armed_target`: "they target rebels", "militants were targeted")."""
    found, words = doer(ext, trigger, doc), vocabulary()
    figurative = own and trigger.lemma_.lower() in words.figurative_verbs
    if found is None:
        aimed = not figurative or armed_target(ext, trigger, doc)
        # "giant waves killed ...", read as a reduced passive: a disaster suffers no assault
        return aimed and not natural_cause(trigger) and not _disaster(doc[ext.subject.root])
    if _disaster(found):
        return False  # "an earthquake and giant waves killed", "landslides killed 200 people"
    if not figurative:
        # plural nouns may be people the lists lack ("Burundian militiamen")
        return is_party(found) or found.tag_ in PLURALS or violence(found, lexicon)
    if found.lemma_.lower() in words.armed_nouns:
        return True
    if is_party(found) and armed_target(ext, trigger, doc):
        return True  # "they target rebels" ("the firm targeted teenagers" does not)
    means = [o for p in trigger.children if p.dep_ == "prep" and (o := pobj(p)) is not None]
    return any(violence(t, lexicon) for t in (found, *means))


def armed_target(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an act is done to armed men (``armed_nouns``; through a count: "hundreds of
    rebels"): the verb's direct object ("they target rebels", "hit the militants"), or a
    passive's subject ("insurgents were targeted"). Violence aimed at fighters is force
    (PLOVER's Assault), where the same verb aimed at voters or a market is none."""
    if ext.passive:
        target: Token | None = doc[ext.subject.root]
    else:
        found = dependent(parse_of(doc), trigger.i, "dobj")
        target = doc[found] if found is not None else None
    return target is not None and through_span(target).lemma_.lower() in vocabulary().armed_nouns


def _disaster(found: Token) -> bool:
    """Whether a doer is a disaster or an accident (``disaster_nouns``, with the forces one
    unleashes: "waves", "tremors") or coordinated with one ("an earthquake and giant waves"):
    plural or not, no party. A disaster that only names the kind of the doer before it is
    none ("tsunami survivors", "storm troopers", "earthquake survivors": people); one before
    a name is the name's kind ("Hurricane Katrina killed")."""
    disasters = vocabulary().disaster_nouns
    kinds = {"conj", "compound"} if found.pos_ == "PROPN" else {"conj"}  # "Hurricane Katrina"
    conjuncts = [found, *(c for c in found.children if c.dep_ in kinds)]
    if found.dep_ == "conj":
        conjuncts.append(found.head)
    return any(t.lemma_.lower() in disasters for t in conjuncts)


def natural_cause(trigger: Token) -> bool:
    """Whether an act has a disaster or an accident for its cause (``disaster_nouns`` after
    "in", "following", "after", "during" or "from"; :func:`doer_fits` asks it only when no
    doer is named, as in a passive): "23,000 people
    have been killed following a massive earthquake", "were killed in a car crash", "injured
    in the floods" are deaths and injuries, no assault ("killed in the attack" is one)."""
    disasters = vocabulary().disaster_nouns
    for prep in trigger.children:
        noun = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPOSITIONS else None
        if noun is not None and noun.lemma_.lower() in disasters:
            return True
    return False


def violence(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a word names violence or its means: a noun of an assault or coercion ("the
    attack"), a gerund of one ("fighting", "shelling"), or a cue word of their modes ("bomb",
    "jets")."""
    if tok.pos_ in NOUNS:
        sense = noun_sense(tok, lexicon)
        if sense is not None and sense.event_type in PHYSICAL_TYPES:
            return True
    if tok.tag_ == GERUND:  # "fighting between rival militias killed dozens", "the shelling"
        senses = (lexicon.lookup(tok.lower_, "noun"), lexicon.lookup(tok.lemma_, "verb"))
        if any(s is not None and s.event_type in PHYSICAL_TYPES for s in senses):
            return True
    modes = vocabulary().event_modes
    cues = (modes.get(tok.lower_, ""), modes.get(tok.lemma_.lower(), ""))
    return any(cue.split("/", 1)[0] in PHYSICAL_TYPES for cue in cues)


def moves_forces(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a show of force (PLOVER's MOBILIZE: military or police moves) moves forces: its
    doer is a state or armed men (``armed_nouns``: "police patrolled the streets"), or what
    it moves is armed men or their means ("deployed 3,000 troops", "deployed missiles": a
    cue word of an assault's or a mobilisation's mode); "the firm deployed new software",
    "anti-hunt groups deployed 100 monitors", "security guards patrolled the centre" move
    none. A state (:data:`~kg.extract.targets.STATE_ENTS`) moves forces whether or not they
    are named ("Russia mobilised", "Iran deployed missiles")."""
    found = doer(ext, trigger, doc)
    moved = [doc[ext.subject.root]] if ext.passive else []
    moved += [c for c in trigger.children if c.dep_ == "dobj"]
    if found is not None and found.ent_type_ in STATE_ENTS:
        return True
    return any(_armed(through_span(t), lexicon) for t in (found, *moved) if t is not None)


def _armed(tok: Token, lexicon: Lexicon) -> bool:
    """Armed men or their means: ``armed_nouns``, violence or its means, a cue word of a
    mobilisation's mode ("troops", "police")."""
    words = vocabulary()
    if tok.lemma_.lower() in words.armed_nouns or violence(tok, lexicon):
        return True
    cue = words.event_modes.get(tok.lemma_.lower(), "")
    return cue.startswith("Mobilize")


def labour_strike(ext: Extraction, trigger: Token, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a verb whose noun is a protest ("strike") is done without an object by working
    people or their union (``labour_nouns``; through a count: "millions of workers"), which is
    a labour strike (CAMEO 143): "staff will strike", not "jets struck the town"."""
    noun = lexicon.lookup(ext.lemma, "noun")
    if ext.object is not None or ext.passive or noun is None or noun.event_type != "Protest":
        return False
    worker = through_span(doc[ext.subject.root])
    return worker.lemma_.lower() in vocabulary().labour_nouns


def protesters_assault(ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an assault is done by people who protest (``protester_nouns``; through a
    count: "eight protesters", "demonstrators in a number of regions"), which is a violent
    protest (PLOVER's Protest, CAMEO 145), not an armed attack: "protesters stormed the
    chamber", "demonstrators attacked public buildings"; "police attacked protesters" is
    the police's."""
    found = doer(ext, trigger, doc)
    return found is not None and through_span(found).lemma_.lower() in vocabulary().protester_nouns


#: PLOVER's mode of a protest that obstructs passage (CAMEO 144: "blocked the road").
OBSTRUCT = "obstruct"


def obstructed_by_force(sense: Sense | None, ext: Extraction, trigger: Token, doc: Doc) -> bool:
    """Whether an obstruction (a protest of PLOVER's mode ``obstruct``: "blocked the road") is
    done by armed men or police (``armed_nouns``: "the road was blocked by police"), who
    coerce (CAMEO 17: restrict movement), not protest."""
    if sense is None or sense.mode != OBSTRUCT:
        return False
    found = doer(ext, trigger, doc)
    return found is not None and found.lemma_.lower() in vocabulary().armed_nouns
