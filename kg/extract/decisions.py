"""A decision is an act, not a threat (issue 19). PLOVER's Threaten is a coercive warning; a
material conflict act that is decided ("decided to ban beef on the bone", "voted to impose
sanctions") or announced as decided ("announced it would prohibit all aid to the rebels")
is coded as the act itself (CAMEO codes the act a decision announces). A decision word
(``decision_words``) controls the act or reports it; what is only intended, planned or
warned of stays a threat, and so does a decision on a condition ("voted to impose sanctions
unless the junta freed the prisoners": the textbook Threaten).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events import FUTURE_AS_THREATEN, Sense
from kg.extract.modality import has_condition
from kg.extract.records import Extraction
from kg.extract.words import vocabulary

#: Dependency labels of a saying's content clause.
CONTENT_DEPS = frozenset({"ccomp"})  # as promises.CONTENT_DEPS (promises imports this module)


def decided(
    ext: Extraction, trigger: Token, sense: Sense | None, *, negated: bool, modality: str
) -> str | None:
    """The class of a material conflict act a decision word controls ("decided to ban",
    "voted to impose") or announces ("announced it would prohibit": the content clause),
    not negated and on no condition (of the act or of the decision); else None."""
    if negated or modality != "future" or sense is None:
        return None
    if has_condition(trigger) or has_condition(trigger.head):
        return None
    words = vocabulary().decision_words
    announced = trigger.dep_ in CONTENT_DEPS and trigger.head.lemma_.lower() in words
    if ext.matrix not in words and not announced:
        return None
    return sense.event_type if sense.event_type in FUTURE_AS_THREATEN else None


def decision_announced(trigger: Token, found: str | None) -> bool:
    """Whether a saying announces a decided conflict act ("announced it would prohibit all
    aid": ``found`` is the content clause's class, :func:`decided`'s)."""
    return found in FUTURE_AS_THREATEN and trigger.lemma_.lower() in vocabulary().decision_words
