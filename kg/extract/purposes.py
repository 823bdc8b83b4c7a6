"""What is sent to help is aid (issue 19): "Australia sent a team of doctors to help tsunami
victims", "Britain will send 1,000 extra troops to help with the relief effort" are PLOVER's Aid
(CAMEO 07), not a deployment or nothing. A verb of sending (``sending_verbs``) takes the class
of its purpose infinitive when that infinitive is aid ("to help", "to assist"); a verb with
no class takes a purpose of talks ("arrived in Kabul for talks": Consult).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events import Lexicon, Sense, noun_sense
from kg.extract.parse import dependent, parse_of
from kg.extract.words import vocabulary

#: Dependency labels of a purpose infinitive under its verb ("sent doctors to help").
PURPOSES = frozenset({"advcl", "xcomp"})
#: PLOVER's class of aid.
AID = "Aid"
#: "arrived in Kabul for talks", "on a visit": the purpose of a motion verb gives its class.
PURPOSE_PREPOSITIONS = frozenset({"for", "on"})


def sent_to_help(trigger: Token, lexicon: Lexicon) -> Sense | None:
    """The aid sense of a sending verb whose purpose infinitive is aid, else None."""
    if trigger.lemma_.lower() not in vocabulary().sending_verbs:
        return None
    for purpose in (c for c in trigger.children if c.dep_ in PURPOSES):
        to = any(a.tag_ == "TO" for a in purpose.children)
        sense = lexicon.lookup(purpose.lemma_, "verb") if to else None
        if sense is not None and sense.event_type == AID:
            return sense
    return None


def for_talks(trigger: Token, lexicon: Lexicon) -> Sense | None:
    """A Consult purpose of a verb with no class: "arrived in Kabul for talks", "went to
    Moscow on a visit"."""
    p = parse_of(trigger.doc)
    for prep in p.children[trigger.i]:
        purpose = p.dep[prep] == "prep" and p.lower[prep] in PURPOSE_PREPOSITIONS
        noun = dependent(p, prep, "pobj") if purpose else None
        found = noun_sense(trigger.doc[noun], lexicon) if noun is not None else None
        if found is not None and found.event_type == "Consult":
            return found
    return None
