"""Which earlier subject a singular pronoun points back to (grammar, not word lists).

A reader takes "he" or "it" for the subject of the clause it leans on before the nearest name:

- in a subordinate clause, the subject of the sentence's main clause, if it comes first
  ("Yukos has dropped action against five banks it had accused": Yukos, not the banks);
- as (or inside) the subject of a main clause, the subject of the previous sentence's main
  clause ("Mr Hockney said ... . He accused the party": Mr Hockney, not the last man named),
  passing over sentences of quoted words alone (:func:`narrative_subject`);
- outside a quotation, never a name inside one: 'Mr Blair said: "Since Jack Straw gave those
  figures ..." He said the money ...' is Mr Blair; the quoted words are the speaker's, their
  names not what the narrative goes on about;
- inside a quotation, never a name outside it: 'Mr Kahn said: "They wrung him dry"' is
  not Mr Kahn (a speaker says "I" of themself), and 'told the Commons committee: "it is
  entirely justified"' is not the Commons (:func:`across_quote`).

Which actor that subject is, and whether the pronoun can stand for it, the resolver decides
(:mod:`kg.extract.actors`); these functions only find the token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from kg.extract.doctext import doc_memo, doc_text
from kg.extract.parse import Parse, parse_of, sentence_end, sentence_root, sentences_back
from kg.extract.words import vocabulary

#: Dependency labels of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Dependency labels that start a clause of their own below the main one.
CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "parataxis", "pcomp"})
#: Dependency labels of a speech verb the parser hung on the clause it reports ("Mr Blair
#: has failed ..., he claimed").
FRAMES = frozenset({"ccomp", "parataxis"})
#: Tags of a plural noun, which a singular pronoun does not stand for.
PLURALS = frozenset({"NNS", "NNPS"})
#: Tags of a finite verb that agrees with a plural noun subject ("are", "have"; a noun is no
#: "I" or "you").
PLURAL_VERB_TAGS = frozenset({"VBP"})
#: The past of "be" a plural subject takes ("were"); a singular noun's is "was".
PLURAL_BE = "were"
#: Clauses under a verb whose subject an object pronoun may be ("allow him to run").
INFINITIVES = frozenset({"xcomp", "ccomp"})
#: Parts of speech of a verb a clause hangs on.
VERBS = frozenset({"VERB", "AUX"})
#: Dependency labels of a verb's auxiliaries, which carry its agreement ("were trialled").
AUXILIARIES = frozenset({"aux", "auxpass"})

#: Tags of a verb with no tense of its own: a base form, a participle ("wanted it to end",
#: "keeps it pegged", "saw it falling").
UNTENSED = frozenset({"VB", "VBN", "VBG"})
#: Dependency labels of a noun that is a clause's argument.
ARGUMENTS = SUBJECTS | {"dobj", "pobj", "attr", "conj"}
#: Dependency labels of the nouns a text makes what it talks of: subjects and direct objects.
THING_ROLES = SUBJECTS | {"dobj"}
#: Modifiers that are not referents of their own: "Russian" in "Russian oil company Yukos".
MODIFIERS = frozenset({"amod", "compound"})
#: Double quotation marks: a straight one opens or closes, a curly one says which.
STRAIGHT_QUOTE, OPENING_QUOTE, CLOSING_QUOTE = '"', "\u201c", "\u201d"
QUOTE_MARKS = frozenset({STRAIGHT_QUOTE, OPENING_QUOTE, CLOSING_QUOTE})
#: What sets a speech frame off from the words it reports ('..., he said', '...," he said').
FRAME_MARKS = frozenset({",", STRAIGHT_QUOTE, CLOSING_QUOTE})


def clause_head(tok: Token) -> Token:
    """The verb (or root) of the clause ``tok`` is in."""
    head = tok.head
    while head.dep_ not in CLAUSES and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    return head


def in_main_clause(tok: Token) -> bool:
    """Whether ``tok`` is in its sentence's main clause (a conjunct of the root included)."""
    head = clause_head(tok)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = clause_head(head)
    return head.dep_ == "ROOT" or head.head.i == head.i


def main_subject(sent_root: Token) -> Token | None:
    """The subject of a sentence's main clause (:func:`named_subject` of two)."""
    found = [c for c in sent_root.children if c.dep_ in SUBJECTS]
    return named_subject(found) if found else None


def named_subject(found: list[Token]) -> Token:
    """The subject of the subjects a verb has: the first, unless it is a common noun that
    ends its phrase and the parser cut from the name right after it ("US oil giant | Exxon
    said it ...", both the subject of "said"): then the name, which the noun describes. Not
    a noun whose phrase runs on ("Shares in struggling | German football club Borussia
    Dortmund slipped": the shares)."""
    first = found[0]
    name = next((t for t in found[1:] if t.left_edge.i == first.right_edge.i + 1), None)
    if (
        first.pos_ == "NOUN"
        and first.right_edge.i == first.i
        and name is not None
        and name.pos_ == "PROPN"
        and name.ent_type_
    ):
        return name
    return first


def in_subject(tok: Token) -> bool:
    """Whether ``tok`` is a subject or inside one ("its lawyers")."""
    while tok.dep_ not in SUBJECTS:
        if tok.head.i == tok.i or tok.dep_ in CLAUSES:
            return False
        tok = tok.head
    return True


def prior_subject(tok: Token, *, named: Callable[[Token], bool] | None = None) -> Token | None:
    """The subject a singular pronoun prefers as its antecedent (see the module), or None
    (a plural subject is none: "Russian firms fell after it ruled", unless ``named`` says it
    names one body: "Barclays cautioned ... . It added", tagged a plural noun; nor an object
    pronoun's own subject: :func:`own_subject`)."""
    sent_start = parse_of(tok.doc).sent_start
    start = sent_start[tok.i]
    if not in_main_clause(tok):
        subject = nearer_person(tok) or main_subject(sentence_root(tok.doc, start))
        subject = subject if subject is not None and subject.i < tok.i else None
    elif in_subject(tok) and start > 0:
        subject = narrative_subject(tok, start)
    else:
        subject = None
    if subject is None or across_quote(tok, subject) or in_reported(tok, subject):
        return None  # "Boris Orlov, he said, erred": what "he" says, so not "he"
    if subject.tag_ in PLURALS and (named is None or not named(subject)):
        return None
    return None if subject == own_subject(tok) else subject


def nearer_person(tok: Token) -> Token | None:
    """For "he" or "she" (``person_pronouns``) in a clause below the main one: the subject
    of the nearest verb above its own clause's that has one before it, when that is a
    person's name or a person pronoun ("Mr Peston said ... and that Mr Blair had decided he
    would quit because he felt": Blair, not Peston, and the second "he" the first; the
    verbs of joined clauses each their own). A reader takes the pronoun for the clause it
    hangs on before the sentence's main one; None otherwise (the main subject stands)."""
    words = vocabulary()
    if tok.lower_ not in words.person_pronouns:
        return None
    verb = clause_head(tok)
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ not in VERBS:
            continue
        found = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < tok.i]
        if not found:
            continue
        near = named_subject(found)
        person = near.ent_type_ == "PERSON" and near.pos_ == "PROPN"
        if near.tag_ in PLURALS or across_quote(tok, near) or near == own_subject(tok):
            return None  # "Peston said Blair wanted to sack him": not Blair
        return near if person or near.lower_ in words.person_pronouns else None
    return None


def plural_subject(subj: Token) -> bool:
    """Whether a subject is plural: by its tag, or by its verb's agreement where the tagger
    took a name for a singular ("Delta's new SimpliFares were trialled ...": a fare scheme,
    no firm "The airline" or "it" may stand for). A pronoun subject is left to its word."""
    if subj.tag_ in PLURALS:
        return True
    if subj.dep_ not in SUBJECTS or subj.pos_ == "PRON":
        return False
    verb = subj.head
    finite = [verb, *(c for c in verb.children if c.dep_ in AUXILIARIES)]
    return any(t.tag_ in PLURAL_VERB_TAGS or t.lower_ == PLURAL_BE for t in finite)


def narrative_subject(tok: Token, start: int, *, sentences: int = 3) -> Token | None:
    """The main subject of the sentence before the one starting at ``start``; for a pronoun
    of the narrative, over sentences of quoted words alone (at most ``sentences`` back): a
    quotation's subjects are what its speaker talks of, and the narrative picks up where it
    left off ('Illarionov told a press conference. "Now officials are doing it." Within days,
    he was stripped ...': Illarionov, not the quoted officials). None for a sentence of
    narration with no main subject."""
    sent_start = parse_of(tok.doc).sent_start
    subject = None
    for _ in range(sentences):
        if start == 0:
            break
        start = sent_start[start - 1]
        root = sentence_root(tok.doc, start)
        subject = main_subject(root)
        if is_quoted(tok):
            break
        if subject is not None and not across_quote(tok, subject):
            return subject
        if subject is None and not across_quote(tok, root):
            return None  # narration with no subject: the chain ends
        frame = frame_subject(tok.doc, start)  # '"We used to ...," Illarionov told': he
        if frame is not None:
            return frame
    return subject


def clause_subjects(tok: Token) -> list[Token]:
    """For a pronoun that is (or is inside) a main clause's subject, with no subject before it
    in its sentence: the subjects of the previous sentence's other clauses, first first, none
    a pronoun, a plural or across a quotation mark ("The Rosneft announcement came hours
    after Yukos accused Gazprom ... . It has said ...": Yukos, once the announcement is no
    actor "it" can be); else none."""
    sent_start = parse_of(tok.doc).sent_start
    start = sent_start[tok.i]
    if start == 0 or not in_main_clause(tok) or not in_subject(tok):
        return []
    if any(t.dep_ in SUBJECTS for t in tok.doc[start : tok.i]):
        return []  # "India's oil production has stagnated, and it is ...": its own sentence's
    before = sent_start[start - 1]
    main = main_subject(sentence_root(tok.doc, before))
    found = [
        t
        for t in tok.doc[before:start]
        if t.dep_ in SUBJECTS and t != main and t.pos_ != "PRON" and t.tag_ not in PLURALS
        and not across_quote(tok, t)
    ]  # fmt: skip
    return [*passive_agents(tok, main, found), *found]


def passive_agents(tok: Token, main: Token | None, found: list[Token] | None = None) -> list[Token]:
    """The "by" agent of a passive main clause whose subject is ``main`` ("That charge was
    denied by Mr Mandelson, who said ... . He warned ...": Mandelson, who did what the
    sentence tells), first: the doer of the sentence before, when its subject is a thing;
    the last of conjoined passives' ("was written by Lord Hutton and was welcomed by Mr
    Blair": Blair); none where a person is the subject of a clause after it (``found``: "was
    condemned by Tony Blair, while Jacques Chirac said ...": Chirac is nearer); none a
    pronoun, a plural or across a quotation mark."""
    if main is None or main.dep_ != "nsubjpass":
        return []
    verbs = [main.head, *(c for c in main.head.conjuncts if c.i > main.head.i)]
    by = (c for v in verbs for c in v.children if c.dep_ == "agent")
    agents = [g for b in by for g in b.children if g.dep_ == "pobj"]
    if not agents:
        return []
    last = max(agents, key=lambda t: t.i)
    if any(t.i > last.i and t.ent_type_ == "PERSON" for t in found or ()):
        return []
    keep = last.pos_ != "PRON" and last.tag_ not in PLURALS and not across_quote(tok, last)
    return [last] if keep else []


def frame_subject(doc: Doc, start: int) -> Token | None:
    """The subject of a reporting verb (``reporting_verbs``) outside quotation marks in the
    sentence starting at token ``start``: the speaker its quoted words are framed by, where
    the parser made a quoted verb the sentence's root; or None."""
    p, inside = parse_of(doc), quoted(doc)
    reporting = vocabulary().reporting_verbs
    i = start
    while i < len(p.sent_start) and p.sent_start[i] == start:
        if i not in inside and p.lemma[i].lower() in reporting:
            return next((c for c in doc[i].children if c.dep_ in SUBJECTS), None)
        i += 1
    return None


def own_subject(tok: Token) -> Token | None:
    """The subject an object pronoun ("him", "her", "them": ``object_pronouns``; "it" as a
    verb's object, :func:`thing_object`) cannot stand for: that of the verb it is the object
    of, or of the verb over the clause it is the subject of ("If Mr Blair won't allow him to
    run": Blair; "The government keeps it pegged": the government), or the understood subject
    of an infinitive with none of its own (:func:`controller`: "Mr Blair wanted to sack him",
    "refused to meet him": Blair); else None."""
    thing = thing_object(tok) and tok.dep_ != "pobj"  # "a snake near it" may be itself
    if tok.lower_ not in vocabulary().object_pronouns and not thing:
        return None
    verb = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ in INFINITIVES else tok.head
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), None)
    return own if own is not None or verb.dep_ != "xcomp" else controller(verb)


#: Dependency labels of the words an infinitive's understood subject may be (its verb's
#: object, else its subject).
CONTROLLERS = frozenset({"dobj", "nsubj"})


def controller(verb: Token) -> Token | None:
    """The understood subject of an infinitive (``xcomp``) with none of its own: the object of
    the verb over it, if it has one ("Blair asked Brown to back him": Brown), else that verb's
    subject ("Blair wanted to sack him": Blair); None under a word with neither."""
    over = verb.head.children
    found = {c.dep_: c for c in over if c.dep_ in CONTROLLERS}
    return found.get("dobj") or found.get("nsubj")


#: Dependency labels of a verb's or a preposition's object.
OBJECT_ROLES = frozenset({"dobj", "dative", "pobj"})


def thing_object(tok: Token) -> bool:
    """Whether a thing pronoun ("it") is an object: of a verb or a preposition ("He did it",
    "branded it", "the targets included in it"), or the subject of a clause with no tense of
    its own under a verb ("wanted it to end", "keeps it pegged"), which a finite clause's
    subject is not ("said it would end")."""
    if tok.lower_ not in vocabulary().thing_pronouns:
        return False
    if tok.dep_ in OBJECT_ROLES:
        return True
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ not in INFINITIVES or verb.tag_ not in UNTENSED:
        return False
    return not any(c.dep_ in AUXILIARIES and c.tag_ != "TO" for c in verb.children)


def earlier_subjects(tok: Token, *, sentences: int = 3) -> list[Token]:
    """The subjects before ``tok`` in its sentence and the ``sentences`` before it, nearest
    first, pronouns left out."""
    doc, p = tok.doc, parse_of(tok.doc)
    start = sentences_back(doc, tok.i, sentences)
    dep, pos = p.dep, p.pos
    found = (i for i in range(tok.i - 1, start - 1, -1) if dep[i] in SUBJECTS and pos[i] != "PRON")
    return [doc[i] for i in found]


def thing_since(tok: Token, named: int) -> Token | None:
    """The nearest singular common noun before ``tok`` that is a subject, else the nearest
    that is a direct object (a subject is the more salient: "a balanced approach to tackling
    terrorism would mean ... . He will say it also means": the approach), in ``tok``'s
    sentence or the one before, and in a later sentence than token ``named`` (a name an "it"
    would otherwise go back to), on the same side of a quotation mark as ``tok``; or None.
    Whether it is a thing, not a body, the resolver decides."""
    sent_start = parse_of(tok.doc).sent_start
    start = sent_start[tok.i]
    if start > 0:
        start = sent_start[start - 1]
    start = max(start, sentence_end(tok.doc, named))
    found = [
        t
        for t in reversed(tok.doc[start : tok.i])
        if t.dep_ in THING_ROLES and t.tag_ == "NN" and not t.ent_type_
        and not across_quote(tok, t)
    ]  # fmt: skip
    return next((t for t in found if t.dep_ in SUBJECTS), found[0] if found else None)


def plural_noun(tok: Token) -> Token | None:
    """The plural common noun before ``tok`` that a plural pronoun leans on: in a subordinate
    clause, the plural subject of the nearest clause above it that has a subject ("UK casinos
    will be banned from using American tricks to ensure they are responsible": the casinos);
    as a main clause's active subject with no subject before it in its sentence, the
    previous sentence's main subject if that is a plural noun, as a reader carries a subject
    on ("Iranian authorities have arrested about 20 journalists. They accused ...": the
    authorities, not the journalists); else the nearest that is an argument, in its sentence
    or the one before ("civil servants ... whether they will have a job"); or None."""
    subject = governing_subject(tok)
    if subject is not None and subject.i < tok.i and _plural_noun(subject):
        return subject
    p = parse_of(tok.doc)
    start = p.sent_start[tok.i]
    if tok.dep_ == "nsubj" and _carries_on(tok, start):  # not a patient: "they are sold"
        prior = narrative_subject(tok, start)
        if prior is not None and _plural_noun(prior) and not across_quote(tok, prior):
            return prior
    if start > 0:
        start = p.sent_start[start - 1]
    for i in range(tok.i - 1, start - 1, -1):
        if _plural_noun_at(p, i) and p.dep[i] in ARGUMENTS:
            while p.dep[i] == "conj" and p.head[i] != i:  # "diplomats and media": the first
                i = p.head[i]
            return tok.doc[i]
    return None


def main_subjects_before(tok: Token, before: int, *, sentences: int = 2) -> list[Token]:
    """The subjects of main clauses that come before token ``before``, in ``tok``'s sentence
    or the ``sentences`` before it, on ``tok``'s side of a quotation mark, names or nouns (no
    pronoun), nearest first."""
    p = parse_of(tok.doc)
    start = sentences_back(tok.doc, tok.i, sentences)
    found = (
        tok.doc[i]
        for i in range(before - 1, start - 1, -1)
        if p.dep[i] in SUBJECTS and p.pos[i] != "PRON"
    )
    return [t for t in found if in_main_clause(t) and not across_quote(tok, t)]


#: Dependency labels of a verb's objects, its participants (not a preposition's object: "in
#: the UK, Italy and Germany", "services such as Ofoto and Snapfish" are places and examples).
OBJECTS = frozenset({"dobj", "dative"})


def joined_object(tok: Token) -> Token | None:
    """The nearest direct object before ``tok`` in its sentence, on its side of a quotation
    mark, that is the first of two nouns or more "and" joins, all before ``tok`` and none a
    pronoun ("monitoring China, Ukraine and Russia to ensure they": China); or None."""
    p = parse_of(tok.doc)
    start = p.sent_start[tok.i]
    for i in range(tok.i - 1, start - 1, -1):
        if p.dep[i] != "conj":
            continue
        head = tok.doc[i]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        members = (head, *head.conjuncts)
        if (
            head.dep_ in OBJECTS
            and all(m.i < tok.i and m.pos_ != "PRON" for m in members)
            and not across_quote(tok, head)
        ):
            return head
        return None
    return None


def plural_between(subj: Token, tok: Token) -> bool:
    """Whether a plural common noun is an argument between a subject's phrase and ``tok``
    (a nearer plural a "they" may stand for: "The firm told staff they ...")."""
    p = parse_of(tok.doc)
    return any(
        _plural_noun_at(p, i) and p.dep[i] in ARGUMENTS for i in range(subj.right_edge.i + 1, tok.i)
    )


def governing_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above the one ``tok`` is in that has a subject
    (clauses without one, "using ...", "to ensure ...", are passed through), or None."""
    head = clause_head(tok)
    while head.head.i != head.i:
        head = clause_head(head)
        subject = main_subject(head)
        if subject is not None:
            return subject
    return None


def reported_clauses(tok: Token) -> list[tuple[int, int]]:
    """The token ranges (first, last) of what a subject ``tok`` says before its speech verb
    when the two are a frame set off by a comma after the words said ("And Tony Blair would
    be in the front line, he said": "be" a ``ccomp`` of "said"; "Mr Blair has failed ...,
    he claimed"; "The Tories, he said, can cut crime", where the parser hung the verb on the
    clause said, a ``ccomp`` or ``parataxis`` of its verb: that clause up to the frame). A
    name there is what the pronoun's referent says, so the pronoun, whose clause commands it,
    is not that name's referent. Empty when ``tok`` is no such frame's subject ("Ms James
    emphasised she had said", "... had prompted censure - he told refugees to")."""
    verb, reporting = tok.head, vocabulary().reporting_verbs
    if (
        tok.dep_ not in SUBJECTS
        or verb.lemma_.lower() not in reporting
        or tok.i == 0
        or tok.nbor(-1).text not in FRAME_MARKS
    ):
        return []
    found = [
        (c.left_edge.i, c.right_edge.i)
        for c in verb.children
        if c.dep_ in FRAMES and c.right_edge.i < tok.i
    ]
    said = verb.head
    hung = (
        verb.dep_ in FRAMES
        and said.i != verb.i
        and said.pos_ in {"VERB", "AUX"}
        and said.lemma_.lower() not in reporting
    )
    if hung and verb.left_edge.i > said.left_edge.i:
        found.append((said.left_edge.i, verb.left_edge.i - 1))
    return found


def in_reported(tok: Token, other: Token) -> bool:
    """Whether ``other`` is in what ``tok``, "he" or "she", says (:func:`reported_clauses`);
    a body's "it" is not read so ("Boeing will cut jobs, it said" is the news's way of
    putting a firm's own word), nor a speaker there, the subject of a speech verb of its own
    or a name just after one (a sentence the parser ran on past '"...," said Nick Ross, of PC
    Pro.', making Ross the subject of what follows)."""
    words = vocabulary()
    if tok.lower_ not in words.person_pronouns:
        return False
    before = other.doc[other.left_edge.i - 1] if other.left_edge.i > 0 else other
    if (other.dep_ in SUBJECTS and other.head.lemma_.lower() in words.reporting_verbs) or (
        before.lemma_.lower() in words.reporting_verbs  # "said Nick Ross", the parser's own
    ):
        return False  # '"...," said Nick Ross, of PC Pro. Apple's work ..., he said': a voice
    return any(lo <= other.i <= hi for lo, hi in reported_clauses(tok))


def conjunct_subject(tok: Token) -> Token | None:
    """The subject of the clause that the clause whose subject ``tok`` is stands coordinated
    with ("Sri Lanka's stock market has fallen ..., but it is still 40% higher": the market),
    which :func:`governing_subject` passes over; None when ``tok`` is no subject of a
    conjunct, or of one a subordinator marks ("X said it was studying ..., but that it
    remained only an idea": a second thing said, not a clause of its own)."""
    verb = tok.head
    if (
        tok.dep_ not in SUBJECTS
        or verb.dep_ != "conj"
        or any(c.dep_ == "mark" for c in verb.children)
    ):
        return None
    return main_subject(tok.head.head)


def predicate_noun(tok: Token) -> Token | None:
    """The noun a copula says ``tok``, its subject, is ("It would be an aggressive campaign":
    campaign; "it is a carmaker": carmaker); None for no copula, or a copula with an adjective
    or a clause ("it was all very post modern")."""
    head = copula(tok)
    if head is None:
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def copula(tok: Token) -> Token | None:
    """The "be" whose subject ``tok`` is ("it would be a campaign"), or None."""
    return tok.head if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" else None


def relative_antecedent(tok: Token, pronoun: Token) -> Token:
    """The noun a restrictive relative pronoun subject stands for, when ``pronoun`` is in an
    adverbial clause of the relative clause ("a 'nuclear option' which was rarely used as it
    was not seen as ...": the option), else ``tok`` itself: not after a comma ("to feed its
    expansion, which could have knock-on effects ... if it overheats": a comment on the whole
    clause, whose "it" may be China), nor a pronoun in the relative clause's own complement
    ("a cost-cutting programme which has seen it dispose of businesses": the group)."""
    after_comma = tok.i > 0 and tok.nbor(-1).text == ","
    clause = clause_head(pronoun)
    adverbial = clause.dep_ == "advcl" and clause.head.i == tok.head.i
    if tok.tag_ == "WDT" and tok.head.dep_ == "relcl" and adverbial and not after_comma:
        return tok.head.head
    return tok


def carries_on(tok: Token) -> bool:
    """Whether ``tok`` is (or is inside) the subject of a main clause with no subject before
    it in its sentence, past the text's first sentence (a subject the reader carries on):
    "They" of "The Tories spoke . They left" is; of "Directors deny it and state they
    settle", after a subject of its own sentence, it is not."""
    return _carries_on(tok, parse_of(tok.doc).sent_start[tok.i])


def _carries_on(tok: Token, start: int) -> bool:
    """Whether ``tok`` is (or is inside) the subject of a main clause with no subject before
    it in its sentence (which starts at token ``start``), past the text's first sentence."""
    return (
        start > 0
        and in_main_clause(tok)
        and in_subject(tok)
        and not any(t.dep_ in SUBJECTS for t in tok.doc[start : tok.i])
    )


def _plural_noun(tok: Token) -> bool:
    return _plural_noun_at(parse_of(tok.doc), tok.i)


def _plural_noun_at(p: Parse, i: int) -> bool:
    """:func:`_plural_noun` of token ``i``, read off the snapshot."""
    return p.tag[i] in PLURALS and p.pos[i] == "NOUN" and not p.ent_type[i]


def is_modifier(tok: Token) -> bool:
    """A name that only modifies a noun ("Russian" oil company): not an antecedent."""
    return tok.dep_ in MODIFIERS


def across_quote(tok: Token, other: Token) -> bool:
    """Whether a quotation mark stands between two tokens' sides: one is inside a quotation
    the other is outside of (the speaker of 'Kahn said: "... wrung him dry"' is not the
    quoted "him", nor is a quoted name what the narrative's "he" is)."""
    return cross_quote(tok, other.i) or cross_quote(other, tok.i)


def cross_quote(tok: Token, i: int) -> bool:
    """Whether token ``i`` is inside a quotation that ``tok`` is outside of (a name there is
    no antecedent of a pronoun in the narrative)."""
    inside = quoted(tok.doc)
    return i in inside and tok.i not in inside


def is_quoted(tok: Token) -> bool:
    """Whether ``tok`` is inside double quotation marks (see :func:`quoted`)."""
    return tok.i in quoted(tok.doc)


def quoted(doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside double quotation marks, the marks left out. A
    paragraph ends every quotation (a quote that runs on opens again in the next one, as
    news text writes it). Kept per Doc."""
    memo = doc_memo(doc)
    if "quoted" not in memo:
        memo["quoted"] = _quoted(doc)
    return memo["quoted"]


def _quoted(doc: Doc) -> frozenset[int]:
    """Read from where the quotation marks and line breaks are (the parse snapshot's words and
    offsets, the text's line breaks), not from a Token per word: the tokens between two
    places where something happens all share the state."""
    p, text = parse_of(doc), doc_text(doc)
    n = len(p.idx)
    marks = {i for i, word in enumerate(p.lower) if word in QUOTE_MARKS}
    breaks: dict[int, bool] = {}  # token -> whether the break is the token itself (a space)
    at = text.find("\n")
    while at >= 0 and n:
        i = bisect_right(p.idx, at) - 1
        if i >= 0:
            breaks[i] = breaks.get(i, False) or at < p.end[i]
        at = text.find("\n", at + 1)
    inside: list[int] = []
    open_, start = False, 0
    for i in sorted(marks | breaks.keys()):
        if open_:
            inside.extend(range(start, i))
        if i in marks:
            open_ = _opens(p, i, open_)
        elif breaks[i]:  # a space token holding a line break
            open_ = False
        elif open_:
            inside.append(i)
        if i in breaks and not breaks[i]:  # a line break right after the token
            open_ = False
        start = i + 1
    if open_:
        inside.extend(range(start, n))
    return frozenset(inside)


def _opens(p: Parse, i: int, open_: bool) -> bool:
    """Whether a quotation is open after the mark at token ``i``: a curly mark says; a
    straight one opens when it leans on the word after it (space before, none after:
    'regulated. "They' opens again a quote that ran on), closes when it leans on the word
    before or stands between a word and punctuation ('terrorists".', a stray mark that
    opens nothing), else toggles."""
    mark = p.lower[i]
    if mark != STRAIGHT_QUOTE:
        return mark == OPENING_QUOTE
    spaced_before = i == 0 or p.end[i - 1] != p.idx[i]
    spaced_after = i + 1 == len(p.idx) or p.idx[i + 1] != p.end[i]
    if not spaced_before and not spaced_after and not p.lower[i + 1][:1].isalnum():
        return False  # 'for terrorists".': glued to a word and to a stop, it closes
    if spaced_before != spaced_after:
        return spaced_before
    return not open_


def own_subject_id(tok: Token, positions: list[tuple[int, Any]]) -> str | None:
    """The actor id of the name that is an object pronoun's own subject
    (:func:`own_subject`) among ``positions`` (token index, actor), if any."""
    subj = own_subject(tok)
    if subj is None:
        return None
    return next((a.id for i, a in positions if subj.left_edge.i <= i <= subj.i), None)
