"""Predicate–argument statements (Open IE) from spaCy dependency parses.

Pure generators over a ``Doc`` or ``Span``: :func:`clauses` (verbal predicates),
:func:`appositions` and :func:`nominal_events`; :func:`extractions` runs them all.
Nothing here knows about actors, events or RDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PASSIVE_SUBJ_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
COPULA_OBJ_DEPS = frozenset({"attr", "acomp"})
AUX_DEPS = frozenset({"aux", "auxpass"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: Dependents cut from the top of an argument: they are statements of their own.
TOP_DROP_DEPS = frozenset(
    {
        "conj",
        "cc",
        "preconj",
        "relcl",
        "appos",
        "advcl",
        "parataxis",
        "punct",
        "mark",
        "acl",
        "dep",
        "ccomp",
    }
)
#: Dependents cut anywhere inside an argument (whole sub-clauses).
INNER_DROP_DEPS = frozenset({"relcl", "appos", "advcl", "parataxis", "acl", "ccomp", "dep"})
#: Heads whose dependents are not predicates of their own.
NON_PREDICATE_DEPS = frozenset({"amod", "compound", "prep", "aux", "auxpass", "nmod", "npadvmod"})
REPORTING_LEMMAS = frozenset(
    {
        "say",
        "tell",
        "state",
        "announce",
        "claim",
        "add",
        "insist",
        "note",
        "report",
        "declare",
        "write",
        "confirm",
        "argue",
        "explain",
        "stress",
        "assert",
        "allege",
        "admit",
        "acknowledge",
        "reply",
        "suggest",
        "believe",
        "think",
        "warn",
        "deny",
        "predict",
    }
)
#: Words whose infinitive complement is an intention, not yet an act ("willing to withdraw").
INTENT_LEMMAS = frozenset(
    {
        "willing",
        "ready",
        "prepared",
        "determined",
        "eager",
        "promise",
        "pledge",
        "vow",
        "offer",
        "agree",
        "plan",
        "intend",
        "decide",
        "expect",
        "hope",
        "want",
        "seek",
        "aim",
        "undertake",
        "commit",
        "resolve",
        "threaten",
        "vote",
    }
)
#: Dependencies that open a new clause below the sentence root.
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "csubjpass"}
)
#: Verbs whose "of V-ing" complement is a claim, not a fact ("accused Russia of planning").
ALLEGATION_LEMMAS = frozenset({"accuse", "allege", "charge", "blame", "suspect", "condemn"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "nt"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose", "what"})
#: Prepositions that carry a nominal event's target ("crackdown on", "strikes against").
NOMINAL_PREPS = frozenset({"on", "against", "with", "over", "toward", "towards", "into", "to"})
TEMPORAL_ENTS = frozenset({"DATE", "TIME"})
PARTICIPLES = frozenset({"VBG", "VBN"})
#: Entity types that can be the agent of a nominal event when they modify the noun.
AGENT_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


@dataclass(frozen=True, slots=True)
class Arg:
    """An argument phrase: its text, character span and head token (``root``)."""

    text: str
    start: int
    end: int
    root: int
    appos: int | None = None  # head of an apposition that names the same thing


@dataclass(frozen=True, slots=True)
class Extraction:
    """One Open IE extraction: ``subject – relation – object`` plus extra arguments."""

    subject: Arg
    relation: str
    relation_span: tuple[int, int]
    object: Arg | None
    lemma: str
    trigger: int  # token index of the predicate word
    extras: tuple[Arg, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Arg | None = None
    passive: bool = False
    confidence: float = 0.5
    pattern: str = "svo"
    matrix: str | None = None  # lemma of a control word the relation runs through ("refuse")
    depth: int = 0  # clauses between the predicate and the sentence root (0: main clause)


# --- arguments ---------------------------------------------------------------------------------


def _collect(tok: Token, drop: frozenset[str], out: list[Token]) -> None:
    """``tok`` and its dependents, leaving out sub-clauses (iterative: no recursion limit)."""
    stack = [(tok, drop)]
    while stack:
        current, cut = stack.pop()
        out.append(current)
        stack.extend((c, INNER_DROP_DEPS) for c in current.children if c.dep_ not in cut)


def phrase(tok: Token, *, drop: frozenset[str] = TOP_DROP_DEPS) -> Arg:
    """The minimal complete phrase headed by ``tok``, without sub-clauses or conjuncts."""
    kept: list[Token] = [tok]
    for child in tok.children:
        if child.dep_ not in drop:
            _collect(child, INNER_DROP_DEPS, kept)
    lo = min(t.i for t in kept)
    hi = max(t.i for t in kept)
    doc = tok.doc
    while lo < tok.i and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ in {"cc", "case"}):
        lo += 1
    while hi > tok.i and (doc[hi].is_space or (doc[hi].is_punct and not _closes(doc, lo, hi))):
        hi -= 1
    span = doc[lo : hi + 1]
    appos = next((c.i for c in tok.children if c.dep_ == "appos"), None)
    return Arg(span.text, span.start_char, span.end_char, tok.i, appos)


def _closes(doc: Doc, lo: int, hi: int) -> bool:
    """True when ``doc[hi]`` closes a bracket or quote opened inside ``doc[lo:hi]``."""
    pairs = {")": "(", "]": "[", "”": "“", "’": "‘", '"': '"'}
    opener = pairs.get(doc[hi].text)
    return opener is not None and any(t.text == opener for t in doc[lo:hi])


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("the US, Britain and Canada")."""
    out, stack = [], [tok]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed([c for c in current.children if c.dep_ == "conj"]))
    return out


def _is_relative(tok: Token) -> bool:
    return tok.lower_ in RELATIVE_PRONOUNS and tok.tag_ in {"WDT", "WP", "WP$", "IN", "DT"}


# --- predicates --------------------------------------------------------------------------------


def is_predicate(tok: Token) -> bool:
    """A verb (or a main-verb copula) that heads a clause of its own."""
    if tok.dep_ in NON_PREDICATE_DEPS:
        return False
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "AUX" and any(c.dep_ in COPULA_OBJ_DEPS for c in tok.children)


def _absorbed_xcomp(verb: Token) -> Token | None:
    """An ``xcomp`` that extends the relation ("sought to project", "will be able to meet")."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            return child
        if child.dep_ == "acomp":
            inner = next((g for g in child.children if g.dep_ == "xcomp"), None)
            if inner is not None:
                return inner
    return None


def _absorbed_by_head(verb: Token) -> bool:
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "acomp":
        head = head.head
    return verb.dep_ == "xcomp" and head != verb and _absorbed_xcomp(head) == verb


def _subjects(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """Subject tokens of ``verb`` and how they were found."""
    if depth > 8:
        return [], ""
    subs = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if not subs:  # a frequent misparse hangs the subject on the auxiliary
        subs = [
            g
            for c in verb.children
            if c.dep_ in AUX_DEPS
            for g in c.children
            if g.dep_ in SUBJ_DEPS
        ]
    if subs:
        sub = subs[0]
        if _is_relative(sub):
            if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                return conjuncts(verb.head), "relative"
            return [], ""
        return conjuncts(sub), "explicit"
    head = verb.head
    if verb.dep_ == "conj" and head != verb:
        found, _ = _subjects(head, depth + 1)
        return found, "conj"
    if verb.dep_ == "xcomp":
        if head.dep_ == "acomp":
            head = head.head
        objs = [c for c in head.children if c.dep_ in {"dobj", "dative"}]
        if objs:
            return objs[:1], "control"
        found, _ = _subjects(head, depth + 1)
        return found, "control"
    if verb.dep_ in {"advcl", "pcomp"} and verb.tag_ in {"VBG", "VBN"}:
        via_prep = head.dep_ == "prep"
        while head.dep_ == "prep" and head.head != head:
            head = head.head
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if via_prep and objs and head.pos_ == "VERB":  # "accused Russia of planning ..."
            return objs[:1], "control"
        if head.pos_ in {"VERB", "AUX"}:
            found, _ = _subjects(head, depth + 1)
            return found, "inherited"
    # participles only: in "an attempt to politicize" the attempt is not the agent
    if (
        verb.dep_ in {"acl", "relcl"}
        and head.pos_ in {"NOUN", "PROPN"}
        and verb.tag_ in PARTICIPLES
    ):
        return [head], "modifier"
    return [], ""


def _verb_group(verb: Token, extra: Token | None) -> list[Token]:
    group = [verb]
    for v in (verb, extra) if extra is not None else (verb,):
        group.extend(c for c in v.children if c.dep_ in AUX_DEPS or c.dep_ == "neg")
        group.extend(c for c in v.children if c.dep_ == "prt")
        if v == extra:
            group.append(v)
    if extra is not None:
        link = extra.head
        if link.dep_ == "acomp":
            group.append(link)
    return sorted(set(group), key=lambda t: t.i)


def _negated(tokens: Iterable[Token]) -> bool:
    for tok in tokens:
        if tok.dep_ == "neg" or (tok.lower_ in NEGATIONS and tok.dep_ in {"advmod", "neg"}):
            return True
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
            return True
    return False


def _aux_modality(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if not auxes and verb.dep_ == "conj":
        auxes = [c for c in verb.head.children if c.dep_ in AUX_DEPS]
    lowers = {a.lower_ for a in auxes}
    if lowers & HYPOTHETICAL_AUX:
        return "would" if "would" in lowers or "'d" in lowers else "hypothetical"
    if lowers & FUTURE_AUX or any(a.lower_ == "going" for a in verb.children):
        return "future"
    return None


def _conditional(verb: Token) -> bool:
    tok = verb
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.dep_ not in {"conj", "xcomp"} or tok.head == tok:
            return False
        tok = tok.head
    return False


def _reporter(verb: Token) -> Token | None:
    """The reporting verb ("said", "told") whose complement clause holds ``verb``."""
    tok = verb
    for _ in range(12):
        if tok.head == tok:
            return None
        if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_ in REPORTING_LEMMAS:
            return tok.head
        if (
            tok.dep_ == "pcomp"
            and tok.head.dep_ == "prep"
            and tok.head.head.lemma_ in ALLEGATION_LEMMAS
        ):
            return tok.head.head
        tok = tok.head
    return None


def _objects(verb: Token, xcomp: Token | None) -> tuple[list[Token], list[Token], Token | None]:
    """Direct objects, prepositions (with objects) and a clausal complement of a predicate."""
    holder = xcomp if xcomp is not None else verb
    direct: list[Token] = []
    preps: list[Token] = []
    clause = None
    for v in (verb, holder) if holder != verb else (verb,):
        for child in v.children:
            if child.dep_ in {"dobj", "attr"} or (child.dep_ == "acomp" and child != _link(xcomp)):
                if v == verb and xcomp is not None and child.dep_ != "attr":
                    continue
                direct.append(child)
            elif child.dep_ in PREP_DEPS and any(
                g.dep_ in {"pobj", "pcomp"} for g in child.children
            ):
                preps.append(child)
            elif child.dep_ == "oprd" and direct:
                direct.append(child)
            elif child.dep_ == "dative" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
                preps.append(child)  # "gave Tanzania a grant": the receiver, as an argument
            elif child.dep_ == "ccomp" and clause is None:
                clause = child
    relative_subject = any(c.dep_ in SUBJ_DEPS and _is_relative(c) for c in verb.children)
    if (
        not direct
        and clause is None
        and not preps
        and not relative_subject
        and verb.dep_ == "relcl"
        and verb.head.pos_ in {"NOUN", "PROPN"}
    ):  # "a criticism Russia has leveled": the modified noun is the object
        direct.append(verb.head)
    return direct, sorted(preps, key=lambda p: p.i), clause


def _link(xcomp: Token | None) -> Token | None:
    return xcomp.head if xcomp is not None and xcomp.head.dep_ == "acomp" else None


def _prep_object(prep: Token) -> Token | None:
    return next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)


def _is_temporal(tok: Token) -> bool:
    return tok.ent_type_ in TEMPORAL_ENTS


def _clause_arg(tok: Token) -> Arg:
    """A clausal complement as an argument, without its ``that`` and edge punctuation."""
    arg = phrase(tok, drop=frozenset({"mark", "punct"}))
    span = tok.doc.char_span(arg.start, arg.end, alignment_mode="expand")
    tokens = list(span) if span is not None else [tok]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return arg
    s = tok.doc[tokens[0].i : tokens[-1].i + 1]
    return Arg(s.text, s.start_char, s.end_char, tok.i)


def _pronoun_subject(tok: Token) -> bool:
    return tok.pos_ == "PRON"


def _score(pattern: str, how: str, subj: Token, obj: Arg | None, via_prep: bool, n: int) -> float:
    score = {"svo": 0.9, "passive": 0.85, "copula": 0.75, "clause": 0.6, "intransitive": 0.55}[
        pattern
    ]
    score -= {
        "explicit": 0.0,
        "conj": 0.05,
        "control": 0.1,
        "inherited": 0.15,
        "relative": 0.1,
        "modifier": 0.2,
    }.get(how, 0.2)
    if via_prep:
        score -= 0.1
    if _pronoun_subject(subj):
        score -= 0.15
    if obj is not None and len(obj.text.split()) > 8:
        score -= 0.1
    if n > 40:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 3)


def clauses(doclike: Doc | Span, *, negation: bool = True) -> Iterator[Extraction]:
    """Statements of verbal predicates: active, passive, copula, with their objects.

    Conjoined subjects and objects are distributed ("A and B sent C" gives two statements).
    With ``negation=False`` negated clauses are left out; by default they are kept, flagged.
    """
    n_tokens = len(doclike)
    for verb in doclike:
        if not is_predicate(verb) or _absorbed_by_head(verb):
            continue
        subjects, how = _subjects(verb)
        if not subjects:
            continue
        xcomp = _absorbed_xcomp(verb)
        group = _verb_group(verb, xcomp)
        is_neg = _negated(group)
        if is_neg and not negation:
            continue
        direct, preps, clause = _objects(verb, xcomp)
        passive = any(c.dep_ in PASSIVE_SUBJ_DEPS or c.dep_ == "auxpass" for c in verb.children)
        copula = verb.pos_ == "AUX" and xcomp is None
        modality = _modality(verb, xcomp)
        reporter = _reporter(verb)
        speaker = None
        if reporter is not None:
            rsubs, _ = _subjects(reporter)
            speaker = phrase(rsubs[0]) if rsubs else None
            if modality == "asserted":
                modality = "reported"
        if modality == "would":
            modality = "future" if reporter is not None else "hypothetical"
        head_word = xcomp if xcomp is not None else verb
        lemma = head_word.lemma_.lower()
        matrix = _matrix(verb, xcomp)
        if matrix in INTENT_LEMMAS and modality == "asserted":
            modality = "future"
        depth = clause_depth(verb)
        objects: list[tuple[Arg | None, list[Token], bool, str]] = []
        prep_args = [
            p
            for p in preps
            if p.i > verb.i and p.dep_ != "dative" and not _is_temporal(_prep_object(p) or p)
        ]
        if len(direct) > 1 and direct[-1].dep_ == "oprd":  # "calling Xi a dear friend"
            preps = [*preps, direct.pop()]
        if clause is not None and verb.lemma_ in REPORTING_LEMMAS and not direct:
            objects.append((_clause_arg(clause), [], False, "clause"))
        elif direct:
            for obj in direct:
                for o in conjuncts(obj):
                    objects.append((_object_arg(o, verb), [], False, "copula" if copula else "svo"))
        elif prep_args:
            main = prep_args[0]
            pobj = _prep_object(main)
            assert pobj is not None
            for o in conjuncts(pobj):
                objects.append((_object_arg(o, verb), [main], True, "svo"))
        elif clause is not None:
            objects.append((_clause_arg(clause), [], False, "clause"))
        else:
            objects.append((None, [], False, "intransitive"))
        for obj_arg, rel_preps, via_prep, pattern in objects:
            if pattern == "svo" and passive:
                pattern = "passive"
            rel_tokens = sorted(group + rel_preps, key=lambda t: t.i)
            rel_text = " ".join(t.text for t in rel_tokens)
            rel_span = (rel_tokens[0].idx, rel_tokens[-1].idx + len(rel_tokens[-1].text))
            used = set(rel_preps)
            extras = tuple(
                phrase(p) if p.dep_ in {"oprd", "dative"} else _prep_arg(p)
                for p in preps
                if p not in used and (p.dep_ in {"oprd", "dative"} or _prep_object(p) is not None)
            )
            for subj in subjects:
                yield Extraction(
                    subject=phrase(subj),
                    relation=rel_text,
                    relation_span=rel_span,
                    object=obj_arg,
                    lemma=lemma,
                    trigger=head_word.i,
                    extras=extras,
                    negated=is_neg,
                    modality=modality,
                    attributed_to=speaker,
                    passive=passive,
                    confidence=_score(pattern, how, subj, obj_arg, via_prep, n_tokens),
                    pattern=pattern,
                    matrix=matrix,
                    depth=depth,
                )


def _matrix(verb: Token, xcomp: Token | None) -> str | None:
    """The control word of an absorbed infinitive: "refused" in "refused to meet"."""
    if xcomp is None:
        return None
    link = xcomp.head
    return (link if link.dep_ == "acomp" else verb).lemma_.lower()


def clause_depth(tok: Token) -> int:
    """How many clause boundaries lie between ``tok`` and its sentence root."""
    depth = 0
    for _ in range(40):
        if tok.head == tok:
            break
        if tok.dep_ in CLAUSE_DEPS and not _absorbed_by_head(tok):
            depth += 1
        tok = tok.head
    return depth


def _object_arg(tok: Token, verb: Token) -> Arg:
    if _is_relative(tok) and verb.dep_ == "relcl":
        return phrase(verb.head)
    if tok.dep_ == "pcomp" or tok.pos_ in {"VERB", "AUX"}:
        return _clause_arg(tok)
    return phrase(tok)


def _prep_arg(prep: Token) -> Arg:
    obj = _prep_object(prep)
    assert obj is not None
    inner = _object_arg(obj, prep.head)
    return Arg(
        f"{prep.text} {inner.text}" if inner.start > prep.idx else inner.text,
        prep.idx,
        inner.end,
        obj.i,
    )


def _modality(verb: Token, xcomp: Token | None) -> str:
    if _conditional(verb):
        return "hypothetical"
    found = _aux_modality(verb) or (_aux_modality(xcomp) if xcomp is not None else None)
    return found or "asserted"


def appositions(doclike: Doc | Span) -> Iterator[Extraction]:
    """``X, Y`` appositions as ``X – is – Y`` ("Xi, China's president"); a name is the subject."""
    for tok in doclike:
        if tok.dep_ != "appos" or tok.head == tok:
            continue
        head = tok.head
        if head.pos_ not in {"NOUN", "PROPN"} or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if _is_temporal(head) or _is_temporal(tok):
            continue
        subj, obj = (tok, head) if tok.pos_ == "PROPN" and head.pos_ == "NOUN" else (head, tok)
        s = phrase(subj, drop=TOP_DROP_DEPS | {"appos"})
        o = phrase(obj, drop=TOP_DROP_DEPS | {"appos"})
        if s.end > o.start and o.end > s.start:
            continue
        gap = (min(s.end, o.end), max(s.start, o.start))
        yield Extraction(
            subject=s,
            relation="is",
            relation_span=gap,
            object=o,
            lemma="be",
            trigger=tok.i,
            confidence=0.6,
            pattern="appos",
        )


def nominal_events(doclike: Doc | Span) -> Iterator[Extraction]:
    """Nominal events with a possessor and a target: "Beijing's crackdown on Hong Kong"."""
    for noun in doclike:
        if noun.pos_ != "NOUN":
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:  # "Russian strikes on Ukraine": a nationality or name as the agent
            poss = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in {"amod", "compound"} and c.ent_type_ in AGENT_ENTS
                ),
                None,
            )
        if poss is None:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in NOMINAL_PREPS:
                continue
            pobj = _prep_object(prep)
            if pobj is None or pobj.pos_ not in {"NOUN", "PROPN"}:
                continue
            rel_tokens = [c for c in noun.lefts if c.dep_ == "compound" and c.i > poss.i] + [
                noun,
                prep,
            ]
            rel_span = (rel_tokens[0].idx, prep.idx + len(prep.text))
            for target in conjuncts(pobj):
                yield Extraction(
                    subject=phrase(poss, drop=TOP_DROP_DEPS | {"case"}),
                    relation=" ".join(t.text for t in rel_tokens),
                    relation_span=rel_span,
                    object=phrase(target),
                    lemma=noun.lemma_.lower(),
                    trigger=noun.i,
                    confidence=0.45,
                    pattern="nominal",
                )


def extractions(doclike: Doc | Span, *, negation: bool = True) -> Iterator[Extraction]:
    """All extractions of a sentence (or doc): clauses, appositions, nominal events."""
    seen: set[tuple[int, int, str, int | None]] = set()
    for ext in (
        *clauses(doclike, negation=negation),
        *appositions(doclike),
        *nominal_events(doclike),
    ):
        key = (
            ext.subject.start,
            ext.subject.end,
            ext.relation,
            ext.object.start if ext.object else None,
        )
        if key in seen:
            continue
        seen.add(key)
        yield ext
