"""A statement of one's own act to come is a promise or a threat (issue 19: speech typed by what
it does). "North Korea said it would dismantle its nuclear facilities" commits the speaker:
PLOVER codes the intent (CAMEO 03x, intent to cooperate or yield: Agree; 13x, a conflict act
announced: Threaten; an act refused: Reject), not a plain statement. The clause must be the
speaker's own act (its subject a pronoun or the speaker's own head word), in the future ("will",
"would" of reported speech), with no condition on it ("if the attacks stop"), and typed as an
act to come it must be one of those classes. "said growth would slow", "said the talks could
resume" promise nothing. A conflict act announced as decided is the act
(:mod:`kg.extract.decisions`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.abstain import person
from kg.extract.decisions import decision_announced
from kg.extract.modality import has_condition
from kg.extract.pronouns import PLURALS
from kg.extract.records import Arg, Extraction
from kg.extract.words import vocabulary

#: The classes a speaker's own act to come gives the saying: a promise, a threat, a refusal.
ANNOUNCED = frozenset({"Agree", "Threaten", "Reject"})
#: "would" is the future of reported speech ("said it would withdraw").
REPORTED_FUTURE = frozenset({"would", "'d"})
#: Dependency labels of a saying's content clause.
CONTENT_DEPS = frozenset({"ccomp"})


def announced(
    ext: Extraction, trigger: Token, doc: Doc, classify: Callable[[Extraction], str | None]
) -> str | None:
    """The class a saying takes from its content clause when the clause is the speaker's own
    act to come (see the module), else None; ``classify`` types the clause as an
    extraction of its own."""
    words = vocabulary()
    if ext.passive:
        return None
    speaker = doc[ext.subject.root]
    for clause in (c for c in trigger.children if c.dep_ in CONTENT_DEPS):
        kids = list(clause.children)
        auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
        if not auxes & (words.future_auxiliaries | REPORTED_FUTURE) or has_condition(clause):
            continue
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or not same_speaker(subject, speaker):
            continue
        found = classify(content(clause, subject, kids))
        if found in ANNOUNCED or decision_announced(trigger, found):
            return found
    return None


def same_speaker(subject: Token, speaker: Token) -> bool:
    """Whether a clause's subject is the speaker: the speaker's own head word, "I" or "we",
    or a pronoun that can stand for the speaker ("he" or "she" for a person, "it" for
    anything else, "they" for a plural or a body); who else it is, the article says, and the
    speaker is the likeliest."""
    words, said = vocabulary(), subject.lower_
    if subject.lemma_.lower() == speaker.lemma_.lower():
        return True
    if subject.pos_ != "PRON":
        return False  # "the US" is no "us"
    if said in words.speaker_pronouns:
        return True
    if said in words.person_pronouns:
        return person(speaker)
    if said in words.thing_pronouns:
        return not person(speaker)
    return said in words.plural_pronouns and (speaker.tag_ in PLURALS or not person(speaker))


def content(
    clause: Token,
    subject: Token,
    kids: list[Token],
    *,
    modality: str = "future",
    matrix: str | None = None,
) -> Extraction:
    """The content clause as an extraction of the speaker's act (to come, unless
    ``modality`` says otherwise): its verb (with its particle: "stand down"), subject and
    direct object; ``matrix``, the lemma of a control word over the verb ("continued to
    oppose")."""
    particle = next((c for c in kids if c.dep_ == "prt"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    relation = " ".join(t.lower_ for t in (clause, particle) if t is not None)
    return Extraction(
        subject=_arg(subject),
        relation=relation,
        relation_span=(clause.i, clause.i + 1),
        object=_arg(obj) if obj is not None else None,
        lemma=clause.lemma_.lower(),
        trigger=clause.i,
        negated=any(c.dep_ == "neg" for c in kids),
        modality=modality,
        matrix=matrix.lower() if matrix else None,
        depth=1,
    )


def _arg(head: Token) -> Arg:
    """An argument of one head word (its subtree's characters)."""
    words = list(head.subtree)
    return Arg(head.text, words[0].idx, words[-1].idx + len(words[-1]), head.i)
