"""What the parse says of one extraction, for admission (:class:`kg.extract.admission.Evidence`):
whose sides name people who act, whether it leaves out a clausal complement, whether its
predicate describes a noun, whether its subject is an instrument that acts for whoever
made it (a report, a budget, a law: :func:`issued`) and whether its verb is a bare -ing
participle (:func:`participle`). No RDF here, and no statement: the
admission rules read these beside the finished statement."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.extract.admission import Evidence
from kg.extract.clauses import AMOUNT_ENTS
from kg.extract.complements import leaves_out
from kg.extract.coordination import first_conjunct
from kg.extract.doctext import doc_memo, doc_text
from kg.extract.figures import figure
from kg.extract.fullnames import AMOUNT
from kg.extract.modality import controlled, negated
from kg.extract.parse import Parse, parse_of
from kg.extract.predicates import AUX_DEPS, has_modal
from kg.extract.pronouns import SUBJECTS
from kg.extract.records import Arg, Extraction
from kg.extract.relatives import RELATIVE, describes_noun, supplied_participle
from kg.extract.stances import misconduct
from kg.extract.words import united, vocabulary

#: Parts of speech of a head noun (a capital in a headline makes "Budget" a proper noun).
NOUNS = frozenset({"NOUN", "PROPN"})


def issued(head: Token) -> bool:
    """Whether a head noun names an instrument an actor issues, whose words or terms are its
    issuer's act: a document (``document_nouns``: "the report", "the ruling") or an
    instrument of policy (``policy_nouns``: "the budget", "the plan", "the agreement",
    "control orders"). Event coders read "a UN report accused the army" as the UN's
    accusation; so "the budget calls for the sale of state holdings" is a government's
    policy, worth keeping though kg cannot name the government."""
    if head.pos_ not in NOUNS:
        return False
    words, lemma = vocabulary(), head.lemma_.lower()
    return lemma in words.document_nouns or lemma in words.policy_nouns


def participle(verb: Token) -> bool:
    """Whether ``verb`` is a bare -ing participle, no auxiliary making it a clause's verb:
    "measures boosting employment" says what a measure is for, not what it did, and kg often
    reads such a participle off another noun ("the new law | hunting with | dogs" of "since
    the new law banning hunting with dogs"); "the plans are seeking cuts" is a clause."""
    return verb.tag_ == "VBG" and not any(c.dep_ in AUX_DEPS for c in verb.children)


#: The dependency label of a clause that is the object of a preposition ("focused on cutting
#: debt", "by selling shares").
PREPOSITIONAL = "pcomp"
#: The dependency label of a clause that is a verb's content ("did not mean that ...").
COMPLEMENT = "ccomp"


def unsaid(verb: Token) -> bool:
    """Whether ``verb``'s clause (that of its first conjunct) is the content of a negated verb of
    meaning, thinking or saying that stands before it (``unsaying_verbs``): "did not mean that |
    the eighteen firms | were admitting any guilt", "I don't think | the government | has the
    expertise", "You wouldn't let | your child | watch ...", "That is not to say that | Yahoo |
    hasn't had its dark days". The sentence says it is not so, or does not say it, and a
    statement read off the clause alone says it is (reason fragment); the negated frame itself
    stays ("Agreeing to pay compensation | did not mean | ..."). Not a verb whose clause stays
    true under a negation ("did not know that", "did not deny that": no such verb is listed),
    nor a clause before its head ("US officials have said ..., so the US is not the main
    engine": a parse's slip)."""
    clause = first_conjunct(verb)
    if clause.dep_ != COMPLEMENT or clause.head.i > clause.i:
        return False
    head = clause.head
    return head.lemma_.lower() in vocabulary().unsaying_verbs and negated([head])


#: Parts of speech of a word that asks: "how", "why", "what" (WRB, WP, WDT).
ASKING_TAGS = frozenset({"WRB", "WP", "WDT"})
#: Dependencies of a clause's auxiliary that may stand before its subject in a question.
AUXILIARIES = frozenset({"aux", "auxpass"})
#: Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def asked(verb: Token) -> bool:
    """Whether ``verb`` is in a direct question its sentence asks: the sentence ends with a
    question mark that hangs on a verb whose auxiliary stands before its subject ("can he
    persuade sceptical voters ...?", "doesn't that lead to the jibe that ...?", "Will Tory tax
    cuts lift spirits?") or that a word of asking opens ("How will he achieve the
    breakthrough?"), and ``verb`` is that verb or inside its clause ("... that | they | can
    have | it both ways", of the first). A question asks, it says nothing done or so (reason
    fragment). Not a verb outside the question ("Tony Blair has told Labour supporters he's
    "back" - but does that sum up the mood ...?"), nor a question a sentence reports ("when
    people asked "What has Labour done ...?"": no auxiliary nor asking word of its verb)."""
    last = next((t for t in reversed(verb.sent) if not t.is_punct or t.text == "?"), None)
    if last is None or last.text != "?":
        return False
    head = last.head
    if verb.i != head.i and head not in verb.ancestors:
        return False
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    if any(c.dep_ in AUXILIARIES and c.i < subject.i for c in head.children):
        return True
    first = min(head.subtree, key=lambda t: t.i)
    return first.tag_ in ASKING_TAGS and first.head.i == head.i


def prepositional(verb: Token) -> bool:
    """Whether ``verb`` is a bare -ing participle that is the object of a preposition, with no
    subject of its own: an aim, a means or a topic of the verb it hangs off, read as done by
    the subject kg supplied ("it | cutting | debt" of "it focused on cutting debt", "the
    Egyptian government | privatising | one of the big four state banks" of "has spoken for
    years about privatising ...", "he | selling | shares" of "whether by selling shares").
    Not an act the preposition says was done (``done_prepositions``: "after signing a deal",
    "quoted as saying"), nor one a verb rewards or blames as done (``deed_verbs``: "reward
    Tripoli for giving up weapons of mass destruction"), nor a charge, whose "of V-ing" is the
    claim a speaker makes (``allegation_verbs``: "He accused the government of being
    pathetic")."""
    if not participle(verb) or verb.dep_ != PREPOSITIONAL:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    words = vocabulary()
    if verb.head.lower_ in words.done_prepositions:
        return False
    governor = verb.head.head.lemma_.lower()
    return governor not in words.allegation_verbs and governor not in words.deed_verbs


#: Named-entity labels of a possessor that is an actor who acts: "Santander's board", "Bush's
#: pledges", "the Tories' plans". Not a place: a country's possession is most often a figure
#: of its economy ("China's economy grew", "Japan's imports", "India's oil production").
OWNER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def phrase(doc: Doc, side: Arg | None) -> Span | None:
    """The phrase of a side: the Span of its characters, widened to whole tokens (None for no side,
    or none spaCy can make). :func:`evidence_of` makes each side's once and hands it to the tests
    below, which all read it."""
    if side is None:
        return None
    return expanded(doc, side.start, side.end)


def expanded(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, the tokens found by a bisect on
    the parse's snapshot of their offsets (spaCy's makes five Tokens to read theirs): the
    tokens the characters at least partly cover, a token's trailing space counted as its own
    but for the first; None where spaCy gives none."""
    p, size = parse_of(doc), len(doc_text(doc))
    first, last = _token_at(p, size, start), _token_at(p, size, end - 1)
    if first < 0 or last < 0:
        return None
    if start == p.end[first]:  # the space after a token is no part of the phrase
        first += 1
    if first > last:  # only spaces: whatever spaCy makes of it
        return doc.char_span(start, end, alignment_mode="expand")
    return Span(doc, first, last + 1)  # doc[first : last + 1], without its slice checks


def _token_at(p: Parse, size: int, char: int) -> int:
    """The index of the token whose characters or trailing space hold character ``char`` of
    a text of ``size`` characters, -1 for none (spaCy's ``token_by_char``)."""
    i = bisect_right(p.idx, char) - 1
    if i < 0:
        return -1
    return i if char < (p.idx[i + 1] if i + 1 < len(p.idx) else size) else -1


def owned(doc: Doc, side: Arg, span: Span | None) -> bool:
    """Whether a phrase (``side``, its :func:`phrase` ``span``; its text's own head where the side
    stands for it elsewhere, a relative pronoun's antecedent) says whose it is by a possessor that
    names an actor who acts: a person, an organisation or a party (:data:`OWNER_ENTITIES`:
    "Santander's board of governors", "Mr Khatami's second term", "the Tories' plans") or a body
    that acts ("the Kenyan Government's education policies", ``organisation_nouns``), its head's own
    possessor or, after a number or a quantity, its "of" phrase's ("One of President George W Bush's
    election pledges", "None of the Tories' plans"). Not a pronoun ("its record", "their relations":
    who is left open), a place or a common noun of no body ("China's economy", "the country's
    economy"), a possessor deeper in the phrase ("The success of products such as Sony's
    Playstation"), nor when the head is a figure (``measure_nouns``, ``price_nouns``: "Novartis'
    shares rose 1%", statistics)."""
    words, p = vocabulary(), parse_of(doc)
    head = span.root.i if span is not None else side.root
    lemma = p.lemma[head].lower()
    if lemma in words.measure_nouns or lemma in words.price_nouns:
        return False
    heads = [head]
    if p.pos[head] in PARTS or lemma in words.quantity_nouns:
        for prep in p.children[head]:
            if p.dep[prep] == "prep" and p.lower[prep] == "of":
                heads += [c for c in p.children[prep] if p.dep[c] == "pobj"]
    heads += [c for h in heads for c in p.children[h] if p.dep[c] == "compound"]
    for h in heads:  # "the Kenyan Government's education policies": the poss of "education"
        for c in p.children[h]:
            if p.dep[c] != "poss" or p.pos[c] == "PRON":
                continue
            if p.ent_type[c] in OWNER_ENTITIES or p.lemma[c].lower() in words.organisation_nouns:
                return True
    return False


#: Named-entity labels of a word that names whose indicator a phrase is: "Germany's economy",
#: "US exports", "the Bank's forecast", "Tory spending".
WHOSE_ENTITIES = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})


def indicator(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) is an indicator of an economy that names no one's:
    its head is one (``indicator_nouns``: "the housing market outlook", "the stock market", "recent
    gains"; not "rates", as often a judged record, "health rates were lamentable") and no word of it
    names a place, a people, a body or a person ("Germany's economy", "US exports"), nor is a
    pronoun ("its economy": whose is left to the reader). What a source says of one is a statistic
    or a forecast of one, with no actor: "The housing market outlook remains highly uncertain", said
    by an economist."""
    if span is None or span.root.lemma_.lower() not in vocabulary().indicator_nouns:
        return False
    return no_ones(span)


def no_ones(span: Span) -> bool:
    """Whether no word of a phrase names a place, a people, a body or a person ("Germany's
    economy", "US exports") or is a pronoun ("its profits": whose is left to the reader)."""
    return not any(t.ent_type_ in WHOSE_ENTITIES or t.pos_ == "PRON" for t in span)


def remark(span: Span | None) -> bool:
    """Whether a clause (a side's :func:`phrase`: what a source said) is a remark on indicators of
    an economy that name no one's: its verb has a subject and every subject in it is one
    (:func:`indicator`: "The long-term outlook looks very favourable", "demand remained strong",
    "recent gains have not yet offset the market falls"); not "it will outperform the market",
    "Russia's economy grew", nor "the roaming market is competitive and we expect to resist the
    charges" (what the speaker does, too)."""
    if span is None:
        return False
    doc, p = span.doc, parse_of(span.doc)
    if not any(p.dep[c] in SUBJECTS for c in p.children[span.root.i]):
        return False
    subjects = [i for i in range(span.start, span.end) if p.dep[i] in SUBJECTS]
    return all(indicator(_phrase(doc[i], span)) for i in subjects)


def _phrase(head: Token, span: Span) -> Span:
    """The phrase ``head`` heads, inside ``span``."""
    doc = span.doc
    return doc[max(head.left_edge.i, span.start) : min(head.right_edge.i + 1, span.end)]


#: Dependencies of a word that says whose a group is: "the bank's economists", "City analysts".
WHOSE_DEPS = frozenset({"poss", "compound"})


def vague_group(head: Token) -> bool:
    """Whether a head noun names a vague group of people or bodies, no actor: one of those who
    comment and act for no party (``commentator_nouns``: "analysts", "many economists"; not
    critics, whose criticism is a stance), a group that only a determiner names ("others",
    "some": ``vague_determiners``), or a plural a vague determiner leads ("other countries",
    "some people"), when nothing in its phrase says whose they are: no place, people, body or
    person named in it ("British analysts", "economists at ING Barings", "Some WTO members")
    and no possessor or modifier noun ("the bank's economists", "City analysts")."""
    words, lemma = vocabulary(), head.lemma_.lower()
    kind = (
        lemma in words.commentator_nouns
        or (head.pos_ in ("PRON", "ADJ", "NOUN") and head.lower_ in words.vague_determiners)
        or (head.tag_ == "NNS" and _led_by_vague(head, words.vague_determiners))
    )
    if not kind or head.ent_type_:
        return False
    if any(c.dep_ in WHOSE_DEPS for c in head.children):
        return False
    return not any(t.ent_type_ in WHOSE_ENTITIES for t in head.subtree)


def _led_by_vague(head: Token, determiners: frozenset[str]) -> bool:
    """Whether a vague determiner leads a head noun ("other countries", "some people"); asked
    of plurals alone, as spaCy walks a token's dependents across its whole phrase."""
    return any(
        c.dep_ in ("det", "amod", "predet") and c.lower_ in determiners for c in head.children
    )


def vague(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) is headed by a vague group of people or bodies
    (:func:`vague_group`): "Analysts", "Other countries", "others"; what it says or does is no
    actor's."""
    return span is not None and vague_group(span.root)


def parties(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) is headed by a noun of people or of a body,
    bystanders included (``party_nouns``, ``group_nouns``, ``public_nouns``, ``civilian_nouns``,
    ``staff_nouns``, ``people_nouns``, ``organisation_nouns``: "191 people", "the detainees",
    "residents", "staff"), or, after a number or a quantity, its "of" phrase is ("Most of the
    terror suspects", "More than two thirds of its 28,000 staff"): those an event befalls or
    who act in one, whom event coders count as a party (civilians, a firm's staff)."""
    if span is None:
        return False
    words, head = vocabulary(), span.root
    lemma = head.lemma_.lower()
    if head.pos_ in PARTS or lemma in words.quantity_nouns:
        heads = [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for c in prep.children if c.dep_ == "pobj"]  # fmt: skip
        return any(_party_noun(h) for h in heads)
    return _party_noun(head)


def _party_noun(head: Token) -> bool:
    return head.pos_ == "NOUN" and head.lemma_.lower() in united(vocabulary(), PARTY_LISTS)


#: The lists of nouns :func:`parties` counts as people or a body, united once
#: (:func:`kg.extract.words.united`): asked of both sides of every statement, seven lists in
#: turn with the lemma read anew for each cost more than the rest of the test.
PARTY_LISTS = (
    "party_nouns", "group_nouns", "public_nouns", "civilian_nouns", "staff_nouns",
    "people_nouns", "organisation_nouns",
)  # fmt: skip


def public(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) is the public in general: a plural of the
    public (``public_nouns``, ``civilian_nouns``: "people", "students", "voters", "taxpayers";
    ``unmarked_public_nouns`` with no plural's tag: "people", "public") with nothing else in it
    but a generic quantifier (``generic_leads``: "most people"), or "the" before a noun that
    takes it and stays general (``definite_public_nouns``: "the public"); not whose or which
    they are ("the students", "its voters", "British people", "1,000 people", "people in Aceh",
    "people accused of terrorist offences", "students and staff"), in the phrase or past it in
    the sentence."""
    if span is None:
        return False
    words, head = vocabulary(), span.root
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or (head.tag_ != "NNS" and lemma not in words.unmarked_public_nouns):
        return False
    if lemma not in words.public_nouns and lemma not in words.civilian_nouns:
        return False
    definite = lemma in words.definite_public_nouns  # "the public" stays the public
    leads = words.generic_leads | (words.definite_articles if definite else set())
    rest = [t for t in span if t.i != head.i] + list(head.children)
    return all(t.head.i == head.i and t.lower_ in leads for t in rest)


def commentator(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) names its person as one who comments on markets
    for a living (``economist_nouns``), head or title: "CBI chief economist Ian McCafferty",
    "Marquis Investment Research analyst Phil Kain", "EEF chief economist"; not a word of a body's
    name ("the Economist Intelligence Unit"), nor of an apposition ("Vince Cable, a former Shell
    chief economist")."""
    if span is None:
        return False
    economists = vocabulary().economist_nouns
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in economists and t.ent_type_ != "ORG"
        for t in _name_and_title(span.root)
    )


def _name_and_title(head: Token) -> list[Token]:
    """A phrase's head and the words of the title before it, which compound onto it ("CBI
    chief economist Ian McCafferty": McCafferty, Ian, economist, chief, CBI); not an
    apposition's ("Vince Cable, a former chief economist": a past role, no living)."""
    found, todo = [], [head]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("compound", "amod")]
    return found


#: Parts of speech of a word between an amount and the head it measures that makes the amount
#: another word's ("a target of getting 200 firm commitments": the commitments', not the target's).
BETWEEN = frozenset({"NOUN", "PROPN", "VERB"})


def _amount(tok: Token) -> bool:
    """Whether a word is (part of) an amount written in figures ("£17,730", "14.1%", "6,000"),
    not of a name ("the Rover 75", "the Airbus A350"); a sum with its magnitude is one however
    spaCy tags it ("72bn" of "72bn euros", read as an ordinal adjective: :data:`AMOUNT`)."""
    kind = tok.ent_type_ in AMOUNT_ENTS or (not tok.ent_type_ and tok.pos_ == "NUM")
    return (kind and any(c.isdigit() for c in tok.text)) or bool(AMOUNT.match(tok.text))


def amount(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) measures its head by an amount written in figures:
    its head is one ("£4.3bn", "14.1%") or an amount in it measures its head, no other noun or verb
    between ("more than 12,000 advisers", "100,000 Mini models a year", "worth as much as $6bn", "a
    market value of $10bn"); not "a target of getting 200 firm commitments" (the commitments'), nor
    "two options" (a count in words)."""
    if span is None:
        return False
    return any(_amount(tok) and _measures(tok, span) for tok in span)


def _measures(tok: Token, span: Span) -> bool:
    """Whether the amount at ``tok`` measures its phrase's head: its heads up to it stay in the
    phrase and are no noun or verb but amounts ("worth as much as $6bn", "a value of $10bn")."""
    up = tok
    while up.i != span.root.i:
        if not span.start <= up.i < span.end or up.head.i == up.i:
            return False
        if up.pos_ in BETWEEN and not _amount(up):
            return False
        up = up.head
    return True


def _figure_head(span: Span | None) -> bool:
    """Whether a phrase (a side's :func:`phrase`) is headed by a figure: a WordNet figure, whoever
    owns it (:func:`figure`: "profits", "the debt", "shares", "France Telecom's debt") or a noun
    of a measure or an economy's indicator (``measure_nouns``, ``indicator_nouns``: "rates",
    "manufacturing output")."""
    if span is None:
        return False
    head, words = span.root, vocabulary()
    nouns = words.measure_nouns | words.indicator_nouns
    if head.pos_ == "NOUN" and (head.lemma_.lower() in nouns or head.lower_ in nouns):
        return True  # the list's "sales" as written: spaCy's lemma is "sale"
    return figure(head, owned=True)  # "France Telecom's debt | soar to | 72bn euros": its figure


def measured(ext: Extraction, subject: Span | None, obj: Span | None) -> bool:
    """Whether an extraction (its sides' :func:`phrase` ``subject`` and ``obj``) reports a measured
    quantity of an actor or a thing: a verb of measure (``measure_verbs``: be, have, cost, employ,
    produce, ...) with an amount as its object ("MG Rover | employs | more than 6,000 people", "the
    Cooper S | costs | up to £17,730", "the firm's operating margins | were | 14.1%"), or a verb of
    change (``change_verbs``: rise, fall, surge, tumble, ...) whose subject is a figure, with no
    object or only an amount or a figure after it ("The company's shares | tumbled", "total debts |
    will increase to | 134.7m euros"). Who did what to whom is left to the rule that reads it
    (:func:`kg.extract.admission.is_statistic`: an event, a party as object, a person's or a
    country's own figure stay); an actor that changes a figure is no figure that changes ("Gordon
    Brown | has doubled | the level ...")."""
    words, lemma = vocabulary(), ext.lemma.lower()
    if lemma in words.measure_verbs and ext.object is not None and amount(obj):
        return True
    if lemma not in words.change_verbs and lemma not in words.price_verbs:
        return False
    if not _figure_head(subject):
        return named_price(subject, obj)
    if lemma not in words.change_verbs:  # "shares closed at 270.25p", not "SMEs will have to close"
        return ext.object is not None and amount(obj)
    return ext.object is None or amount(obj) or _figure_head(obj)


def named_price(subject: Span | None, obj: Span | None) -> bool:
    """Whether a name stands for its shares' price: the subject of a verb of change
    (``change_verbs``, ``price_verbs``) is headed by a name and its object is a price or a
    percentage written in figures, its head a ``price_units`` word or a figure after a
    currency sign ("Biogen | fell to | $38.65", "Elan | finished at | $8", "Biogen Idec | shed |
    43%"); not a count of things ("BA | shed | 500 jobs", "Tesco | opened | 50 stores": an act),
    nor a thing priced ("Boeing | lost | a $23bn government contract"), nor a share of a thing
    ("BT | has lost | around 10% of market share"). Whose name it is (a firm's; a person's or a
    country's own figure stays) is left to :func:`kg.extract.admission.is_statistic`."""
    if subject is None or obj is None or subject.root.pos_ != "PROPN":
        return False
    head, units = obj.root, vocabulary().price_units
    if head.lower_ in units:  # "70%", "151.5 pence"; not "10% of market share", a share of a thing
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    return head.like_num and any(tok.tag_ == "$" for tok in head.children)  # "$38.65"


#: Dependencies of what follows a clause's verb of measure or of change: its object or
#: complement, an amount as an adverb ("fell 2.8%"), a preposition's phrase ("rose by £1.5bn").
AFTER_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "npadvmod", "advmod", "prep"})


def figures(span: Span | None) -> bool:
    """Whether what a source said (a side's :func:`phrase`) is a clause that reports a figure
    that names no one's, its level or its change, as :func:`measured` reads one: its subject is
    a figure (:func:`_figure_head`) no word of which names a place, a people, a body, a person
    or is a pronoun (:func:`no_ones`), and its verb is one of measure with an amount after it
    ("gross mortgage lending stood at £17.9bn") or one of change with nothing but an amount or a
    figure as its object ("loans for new property purchases fell 25%", "New vehicle sales jumped
    22%"): a market's figures, as :func:`remark` reads an indicator's. Not a firm's own result
    ("its profits more than doubled", "ICBC's profits were 74.7bn yuan", "European sales fell
    2.8%"), nor a noun phrase ("a 22% fall in first quarter profits": whose is left to the
    reader, often the firm's own), nor what an actor does to a figure ("he doubled the level")."""
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return False
    root, words = span.root, vocabulary()
    lemma = root.lemma_.lower()
    if lemma not in words.measure_verbs and lemma not in words.change_verbs:
        return False  # read first: most clauses said are of neither kind
    inside = [c for c in root.children if span.start <= c.i < span.end]
    subject = next((c for c in inside if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    figure_ = _phrase(subject, span)
    if not _figure_head(figure_) or not no_ones(figure_):
        return False
    if lemma in words.measure_verbs:
        after = [_phrase(c, span) for c in inside if c.dep_ in AFTER_DEPS and c.i > root.i]
        return any(amount(a) for a in after)
    objects = [_phrase(c, span) for c in inside if c.dep_ == "dobj"]
    return all(amount(o) or _figure_head(o) for o in objects)


#: Parts of speech of a head that stands for a part of its "of" phrase ("One of", "None of").
PARTS = frozenset({"NUM", "PRON", "DET"})


def antecedent(doc: Doc, pronoun: int, label: str) -> int | None:
    """The head word of the phrase a pronoun at index ``pronoun`` was resolved to, a topic
    whose ``label`` is that phrase's text: its last mention before the pronoun ("The
    chancellor is on a tour ... . He insisted": "chancellor"; "Prosecutors in the south of
    the country ... they plan to seize": "Prosecutors"); None if the text has none."""
    if not label:
        return None
    memo = doc_memo(doc)
    if (lower := memo.get("lower text")) is None:  # not doc.text: spaCy joins it at each ask
        lower = memo["lower text"] = doc_text(doc).lower()
    start = lower.rfind(label.lower(), 0, parse_of(doc).idx[pronoun])
    if start < 0:
        return None
    span = expanded(doc, start, start + len(label))
    return None if span is None else span.root.i


def _led_by_participle(ext: Extraction, doc: Doc) -> bool:
    """Whether the relation opens with a bare -ing participle that governs its verb ("people |
    seeking to acquire | valuable state property", "Suez's subsidiary | failing to keep up |
    investment"): the participle's phrase describes its noun, as :func:`participle` says."""
    span = expanded(doc, *ext.relation_span)
    return bool(span) and span[0].tag_ == "VBG" and participle(span[0])


def charge(verb: Token) -> bool:
    """Whether an extraction's verb says a wrong was done (:func:`kg.extract.stances.misconduct`:
    "the messages | broke | three laws", "the detention | breached | human rights"): a clause's
    own verb, not a bare -ing participle ("the economy | damaging | the recovery",
    :func:`participle`) nor a relative clause describing its noun ("that tiny minority who
    abuse alcohol", "the soaring euro - which damages the competitiveness of exporters"), and
    with no modal, what may or will be ("some countries can ignore their responsibilities" is a
    warning, not a charge)."""
    if participle(verb) or verb.dep_ == RELATIVE:
        return False
    if has_modal(parse_of(verb.doc), verb.i):
        return False
    return misconduct(verb)


def evidence_of(
    ext: Extraction,
    doc: Doc,
    people: Callable[[int], bool],
    *,
    subject_mentions: tuple[str, ...] = (),
) -> Evidence:
    """What the parse says of ``ext`` for admission (``people``: whether the head word at an
    index names people who act, kept for the article; ``subject_mentions``, the IRIs of the
    actors named inside its subject, as the resolver found them)."""
    acting = tuple(a is not None and people(a.root) for a in (ext.subject, ext.object))
    subject, obj = phrase(doc, ext.subject), phrase(doc, ext.object)
    verb = doc[ext.trigger]  # made once: five tests below read it
    return Evidence(
        acting,
        leaves_out(ext, doc),
        describes_noun(ext, doc),
        issued=issued(doc[ext.subject.root]),
        participle=participle(verb) or _led_by_participle(ext, doc),
        owned=owned(doc, ext.subject, subject),
        supplied=supplied_participle(ext, doc),
        prepositional=prepositional(verb),
        indicator=indicator(subject),
        measured=measured(ext, subject, obj),
        vague=(vague(subject), vague(obj)),
        parties=(parties(subject), parties(obj)),
        commentator=commentator(subject),
        remark=remark(obj),
        figures=figures(obj),
        charge=charge(verb),
        unsaid=unsaid(verb),
        asked=asked(verb),
        public=public(subject),
        controlled=controlled(verb) is not None,
        subject_mentions=subject_mentions,
    )
