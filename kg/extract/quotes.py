"""Speakers of quotations that run past their frame: whose words a sentence of a quotation is
when the sentence has no reporting verb of its own.

News writes a long quotation over several sentences, with its frame ("Mr Khatami said") in
one of them only, and goes on quoting the same speaker in a sentence of quotation alone:

    "Current government expenditure should come from tax revenues," Mr Khatami said.
    "Oil revenues should be used for productive investment."

    "We think the US case is very weak. They haven't come up with any evidence that US
    companies are being harmed," said Anthony Gooch.

The second sentence is Mr Khatami's, the third Anthony Gooch's, as a reader sees. A sentence
that cites a source with "according to" and has no other speaker is the source's
(:mod:`kg.extract.according`).
:func:`quote_speakers` finds that speaker for each such sentence: the frame of another
sentence of the same quotation (one left open at a sentence's end runs on into the next, even
where the next opens with a mark of its own, as a quotation's new paragraph does), else, for a
sentence that is a quotation and nothing else, the speaker of the quotation right before it,
or of the indirect speech right before it ("Sandford said it appeared ...", then his words).
:func:`attributed` gives an extraction of it that speaker (``attributed_to``) and makes what
it asserts ``reported``, as a clause of the frame's own sentence would be. A sentence of
narration with no reporting verb ends the chain; one whose reporting verb has a thing for its
subject (:func:`can_speak`: "the Republic look to have a slight edge after claiming away
draws") leaves the speaker as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.according import cited_sources, voices
from kg.extract.acting import acting
from kg.extract.doctext import doc_text, span_text
from kg.extract.modality import speaker
from kg.extract.parse import parse_of, sentence_end
from kg.extract.pronouns import (
    OPENING_QUOTE,
    QUOTE_MARKS,
    STRAIGHT_QUOTE,
    SUBJECTS,
    frame_subject,
    is_quoted,
)
from kg.extract.records import Arg, Extraction
from kg.extract.words import vocabulary

#: A straight mark opens a quotation when it stands at the start or after a space, a bracket,
#: a dash or a colon, before a word or a quote mark.
_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–:-]))\"(?=[\w'‘“])")


@dataclass(frozen=True, slots=True)
class Quoted:
    """What the quote marks say of one sentence: whether it starts and ends inside a
    quotation, whether it opens with a mark, whether it holds quote marks at all, and the
    speaker a reporting verb outside the marks names (its subject): the frame of its quoted
    words, or in a sentence with none, whose indirect speech it reports."""

    starts_inside: bool
    ends_inside: bool
    opens: bool
    quoting: bool
    reporter: Arg | None

    @property
    def frame(self) -> Arg | None:
        """The speaker of the sentence's quoted words, named in the sentence."""
        return self.reporter if self.quoting else None


def quote_speakers(doc: Doc) -> dict[int, Arg]:
    """The speaker of each sentence (by its first token's index) of quoted words with no frame
    of its own (see the module's text)."""
    found: dict[int, Arg] = {}
    last: Arg | None = None  # the speaker of the quotation just before
    for run in _runs(doc):
        marks = [q for _, q in run]
        if not any(q.quoting or q.starts_inside for q in marks):
            reporter = marks[-1].reporter  # narration: "Sandford said ...", then his quotation
            if reporter is None or can_speak(doc, reporter):
                last = reporter  # a thing "claiming" a draw speaks no quotation: the last goes on
            continue
        who = next((q.frame for q in marks if q.frame is not None), None)
        if who is None and marks[0].opens:
            who = last  # a quotation alone, right after another: the same speaker's
        for sent, q in run:
            if who is not None and q.frame is None:
                found[sent.start] = who
        last = who
    for start, source in cited_sources(doc).items():  # "according to Reuters, ..."
        found.setdefault(start, source)
    return found


#: Entity labels of a name that may speak: a person, a body, a country's government or people.
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def can_speak(doc: Doc, who: Arg) -> bool:
    """Whether the phrase ``who`` may be a quotation's speaker: a pronoun, a name, a noun of
    people or a body that acts (:func:`kg.extract.acting.acting`: "the minister", "the
    board") or of one who speaks for it (``spokesperson_nouns``); not a thing the parse made
    a verb of saying's subject ("a slight edge after claiming away draws")."""
    head = doc[who.root]
    if head.pos_ in {"PRON", "PROPN"} or head.ent_type_ in SPEAKING_ENTS or acting(head):
        return True
    return head.lemma_.lower() in vocabulary().spokesperson_nouns  # "a Labour party spokesman"


#: How many sentences before a speaking pronoun's a speaker it goes on from may be named in.
SPEAKER_SPAN = 2


def is_speaking(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a reporting verb (``reporting_verbs``) outside
    quotation marks: the speaker of what its sentence quotes or reports ("he replied",
    "he said")."""
    words = vocabulary()
    return (
        tok.dep_ in SUBJECTS
        and tok.head.lemma_.lower() in words.reporting_verbs
        and not is_quoted(tok)
    )


def earlier_speakers(tok: Token, *, sentences: int = SPEAKER_SPAN) -> list[Token]:
    """The subjects of the reporting verbs outside quotation marks (:func:`frame_subject`)
    of the ``sentences`` sentences before ``tok``'s (a stray closing mark the parser made a
    sentence of is none), nearest first: the
    speakers a speaking pronoun may go on from ('Tony Blair said he would ... . But changes
    ... from coma victim Tony Bland. "It is important ...," he said': Blair)."""
    found: list[Token] = []
    starts = parse_of(tok.doc).sent_start
    start = starts[tok.i]
    left = sentences
    while left and start > 0:
        start = starts[start - 1]
        if not any(t.is_alpha for t in tok.doc[start : sentence_end(tok.doc, start)]):
            continue  # a closing mark the parser left alone: no sentence
        left -= 1
        subj = frame_subject(tok.doc, start)
        if subj is not None:
            found.append(subj)
    return found


def attributed(ext: Extraction, who: Arg | None) -> Extraction:
    """``ext`` with the speaker ``who`` of its quotation, when it has none of its own; what it
    asserts becomes reported (a future, a condition or a demand stays what it is)."""
    if who is None or ext.attributed_to is not None or not voices(who, ext):
        return ext
    modality = "reported" if ext.modality == "asserted" else ext.modality
    return replace(ext, attributed_to=who, modality=modality)


def _runs(doc: Doc) -> list[list[tuple[Span, Quoted]]]:
    """The sentences with what their marks say, grouped by the quotation that joins them: a
    sentence that ends inside one runs on into the next of its paragraph."""
    runs: list[list[tuple[Span, Quoted]]] = []
    before, end, text = False, None, doc_text(doc)  # Doc.text joins its tokens at every ask
    for sent in doc.sents:
        if end is not None and "\n" in text[end : sent.start_char]:
            before = False  # a new paragraph
            runs.append([])
        elif not before or not runs:
            runs.append([])
        q = _quoted(sent, before)
        runs[-1].append((sent, q))
        before, end = q.ends_inside, sent.start_char + len(span_text(sent).rstrip())
    return [run for run in runs if run]


def _quoted(sent: Span, before: bool) -> Quoted:
    """What the marks of ``sent`` say, ``before``: whether the sentence before ended inside a
    quotation. It starts inside one if its first mark closes one, outside if it opens one.
    Read off the parse snapshot (a Token made only for a reporting verb's speaker)."""
    doc, p = sent.doc, parse_of(sent.doc)
    text, words = doc_text(doc), vocabulary()
    marks = [(i, _opens(text, p.idx[i], p.lower[i])) for i in range(sent.start, sent.end)
             if p.lower[i] in QUOTE_MARKS]  # fmt: skip
    inside = (not marks[0][1]) if marks else before
    start, reporter, opening = inside, None, dict(marks)
    for i in range(sent.start, sent.end):
        if i in opening:
            inside = opening[i]
        elif not inside and reporter is None and p.lemma[i].lower() in words.reporting_verbs:
            reporter = speaker(doc[i])
    opens = bool(marks) and marks[0][0] == sent.start and marks[0][1]
    return Quoted(start, inside, opens, bool(marks), reporter)


def _opens(text: str, idx: int, mark: str) -> bool:
    """Whether the quote mark ``mark`` at character ``idx`` of ``text`` opens a quotation
    (by its place, for a straight one)."""
    if mark != STRAIGHT_QUOTE:  # a curly mark says; a straight one does either, by its place
        return mark == OPENING_QUOTE
    return _OPENS.match(text[max(0, idx - 1) : idx + 2], 1 if idx else 0) is not None
