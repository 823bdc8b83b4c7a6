"""Admission to the graph: which statements an analyst would want (no RDF here).

Every statement stays in ``statements.jsonl`` (the Open IE view); the knowledge graph holds a
statement only when nothing below drops it. Each rule is a small pure function over one
finished :class:`~kg.model.Statement` (actors, roles and class known) and, for the rules that
look at the layout, the article text. The words the rules look for are data
(``ontology/words.tsv``: ``copulas``, ``light_verbs``, ``fragment_starts``,
``fragment_ends``, ``clause_verbs``, ``complement_words``, ``conditional_marks``,
``pending_marks``, ``generic_words``, ``audiences``, ``vague_pronouns``, ``effect_verbs``,
``regard_verbs``, ``finding_verbs``, ``feeling_words``, ``degree_words``,
``reporting_verbs`` and the pronoun lists). The reason codes, in the order a statement lists them:

``title``
    the statement comes from the article's title: headline grammar ("UK urged", "Straw
    attacked on China arms") drops articles and auxiliaries, so its reading is unreliable,
    and the body says the same in full; but for "X verbs Y" in the headline present ("Putin
    hails model relationship", "IMF agrees fresh Turkey funding":
    :func:`kg.extract.headlines.is_headline`).
``dateline``
    its subject or object is (part of) a wire dateline opening its line ("MOSCOW -"): a
    place that files the story, not an actor of it.
``no-actor``
    no actor on either side: neither the subject, the object, the agent nor the recipient is
    a person, country, organisation or group ("the talks took place"), no side is headed by
    a noun of people who act ("a spokesman", "the state"), and the subject is neither an
    instrument that acts for whoever issued it ("the budget calls for ...") nor the speaker
    of its quote left a topic ("We make this offer"): :func:`acts_unnamed`, nor owned by a
    person, an organisation or a party it names ("Santander's board of governors reject the
    charges", "One of President George W Bush's election pledges was ...":
    :func:`kg.extract.evidence.owned`), nor what a named person foresees or promises ("The
    rest will be used to reduce these unfair taxes", said by Michael Howard:
    :func:`foreseen`); nor is it a
    judgement, a demand or a denial a source voiced ("the evidence does not support his
    claims", said by Simon Hughes): :func:`has_actor`; but what a source foresees or says of
    an economy's indicator that names no one's is a statistic, no actor's ("the housing market
    outlook | remains | highly uncertain", said by an economist: ``indicator_nouns``).
    A vague group of people or bodies that says not whose they are is no actor on its side,
    however typed, and what it says no source's stance, nor what the clause it said says
    ("most observers believe the true figure | is | far higher": :func:`vague_sources`), and the
    agent or recipient kg reads off what it says is no actor for it ("Analysts | say | ...", "Other
    countries | believe | ...": ``commentator_nouns``, ``vague_determiners``,
    :func:`kg.extract.evidence.vague`); "British analysts" are actors, and so are critics:
    criticism is a stance. Those an act of force befalls, in a passive that names no doer, are
    its party, bystanders included ("191 people | were killed after | the terrorist attack",
    "Most of the terror suspects | are detained at | Belmarsh Prison": :func:`befallen`,
    :func:`kg.extract.evidence.parties`). A wrong a source says was done is the source's charge
    ("the messages | broke | three laws", said by Texas's attorney general:
    :func:`kg.extract.evidence.charge`), and a verdict of wrong a stance ("the detention of 12
    men | was | unlawful": :func:`condemns`), whoever the sides are.
``statistic``
    it reports a measured quantity of an actor or a thing, and no act between parties: a verb of
    measure with an amount as object ("MG Rover | employs | more than 6,000 people", "the Cooper
    S | costs | up to £17,730", "Revenues | were | £4.3bn") or a figure's change ("The company's
    shares | tumbled", "total debts | will increase to | 134.7m euros"):
    :func:`kg.extract.evidence.measured`, :func:`is_statistic`. Not an event ("Donor nations
    have promised to give $717m"), not a party as object, not a person's or a country's own
    figure ("Libya has 40 tonnes of mustard gas"), not what must be done, nor what a named
    person foresees (a politician's pledge or forecast). So is a firm's or its people's report of
    a market's figure, its level or change, a figure that names no one's ("The CML | said | loans
    for new property purchases fell 25%", "NAAMSA | said | New vehicle sales jumped 22%":
    :func:`reports_figures`, :func:`kg.extract.evidence.figures`); not a firm's own result ("its
    profits more than doubled", "Wipro | has reported | a 60% rise in profit"), nor what a
    government, a public body or an international organisation reports ("The ONS said retail
    sales rose 0.6%"), nor one that names another party.
``commentary``
    what one who comments on markets for a living says, named so ("CBI chief economist Ian
    McCafferty | said | the economy had slowed ...", "Marquis Investment Research analyst Phil
    Kain | said | This is an excellent move ...": ``economist_nouns``,
    :func:`kg.extract.evidence.commentator`), or called so anywhere in the article, by a title
    or an apposition kg keeps as the person's role ("Kim Yungmin, an equity strategist at
    Dongwon ...", then "Mr Kim said ...": :func:`comments_by_role`), and what else such a one's
    quote says that is no party's act ("The figures | are | a lot better", said by an economist:
    :func:`commentators`, :func:`is_remark`), and their role given as an "X is Y" ("Hannes
    Wittig | is | telecoms analyst at Dresdner Kleinwort Wasserstein": :func:`gives_role`, the
    role kept on the person already), or what a firm or its people say of indicators of
    an economy that name no one's ("WPP | said | The long-term outlook looks very favourable":
    :func:`business`, :func:`kg.extract.evidence.remark`), or a document that names no one's
    says or finds of them ("The study | found | the outlook ... had worsened": ``finding_verbs``):
    a remark on markets, prices or
    prospects, no act between parties; not when it names an actor as object or recipient, nor
    an event, nor a firm's word on what it does ("it will outperform the market").
``copula``
    the relation links a description to its subject and says nothing done ("Blair is under
    pressure", "China, an authoritarian one-party state", "he became an MP"), or only what
    kind of country or body its subject is, said by a source or not ("Mozambique, a country",
    "the EU is a customs union": :func:`names_kind`), or only a feeling or an awareness
    whose point it leaves out, said by a source or not ("I am afraid", "it was satisfied":
    :func:`feels`); not a verdict of wrong
    (:func:`condemns`), nor a person's office in an organisation ("David Frost, Director
    General of the British Chambers of Commerce": :func:`holds_office`).
``light-verb``
    a light verb with nothing after it ("his words came", "it did not go").
``bare``
    a verb with nothing after it, no object and no other argument, given as a fact (asserted,
    reported or future) and no event (untyped or a Say): "the Bill Gates Foundation | are
    joining up", "18 new embassies | have been opened", "Mr Milburn | nodding", "Russia | has
    been waiting"; too little is said to keep (often a fragment of its sentence, or
    background). Not what is asked or feared ("Illegal spam | must be stopped", requested;
    "sustained and deep reform efforts | are needed", a passive of obligation: :func:`demands`),
    nor a wrong a source says was done ("the rights of its shareholders | have been ignored",
    Yukos's claim: :func:`kg.extract.evidence.charge`),
    not an event ("nine French peacekeepers | were killed", an Assault), and not one with an
    argument kg kept apart ("The US ban | was suspended | in April").
``frame``
    a speech frame with no content: a reporting verb with nothing said ("Dechy said"), or
    only its audience ("told the BBC", "told reporters"), also a verb of speaking with only
    its audience or medium ("speaking to the BBC's Westminster Hour", "writing in the
    Financial Times") or where or when it was said ("Speaking outside the Olympic Primary
    School", "was speaking amid claims that ..."), or a quotation's frame ("Arab News -
    quoted - Prince Saud - as saying"), or a refusal to speak with nothing said ("LVMH -
    refused to comment on - the reports", "Marsh - did not say - when the move would take
    place": :func:`kg.extract.frames.withholds`); the media are never an event's addressee
    ("Tutu told BBC News").
``background``
    a participle that describes a noun, read as a statement, and no event (untyped or a
    Say): "assets | owned by | Yukos" of "a stake in assets once owned by Yukos", "the
    utilities | operating in | Argentina", "an event | organised by | DfID"
    (:mod:`kg.extract.relatives`); not "the debt freeze | offered by | the Paris Club" (Agree)
    or "all four Britons | held by | the US" (Coerce). Also a relative clause in the present
    that defines a class by what its members do, on a bare plural or a generic phrase:
    "Countries | exceed | the threshold" of "Countries which exceed the threshold are liable
    to fines", "any country | observes | the rule of law"; not "MPs | voted against | the
    bill" of "MPs who voted against the bill" (those did). And what befalls a party or a
    thing from things, no party: a passive of effect whose agent is no actor and names none
    (``effect_verbs``: "Lufthansa | was hit by | a dip in demand", "Southwest | have been squeezed
    by | cut-throat competition in the US airline industry"), or whose subject is a thing that
    acts for no one and whose object is no actor ("Increased take-up of broadband services |
    boosted | France Telecom's profits", "High fuel costs | hit | US airlines": :func:`befalls`);
    not "hit by a strike by BA pilots" (BA named), "The plan | would boost | energy conservation"
    (a plan acts for its issuer), nor an event.
``fragment``
    a piece of a phrase, not a reading of the sentence: an infinitive with its subject supplied
    ("Putin - to attend": what was wished, allowed or asked, not done), a relation with no object
    whose complement the text goes on with ("A US company - has pulled" of "has pulled out of a
    contract"), a side cut at a hyphen ("co" of "co-ordinated"), at an ellipsis (text the writer
    left out), inside a quotation it opens ('allowed detentions "in a way') or with no word, one
    that starts or ends where no phrase does ("... a limit but"), or one that opens right after a
    conditional word ("if", "unless") in a statement not marked hypothetical: the condition was left
    out and the clause reads as said or done ('he said - we follow that logic, we should
    nationalise' of '"If we follow that logic, we should nationalise"'), or right after "until" ("he
    receives a pension" of "until he receives ..."), or a subject right after an "if" that asks, as
    "whether" does ("refused to say if - it - would appeal", however it is marked); a side that
    starts or stops inside a word ("$28.5" and "m" of "$28.5m"); a light verb with a short object
    whose complement was kept apart ("ONGC - may take - part" of "may take part in joint bids"; not
    an amount, "Libya - takes - $1bn"); a verb that needs a place or a likeness after its object
    read with the object alone ("The Spanish - have put - their forces" of "... on standby", "he -
    has likened - a G8 aid package" of "... to the Marshall Plan"), or an active verb read with its
    object while the "into" phrase of its result was kept apart (``result_verbs``: "he - has turned
    - Santander" of "... into one of the top ten biggest banks"; not "held - an inquiry - into
    betting"), or what its object is taken for kept apart, the "as" phrase of ``regard_verbs``
    ("Government policy - sees - the bank listings" of "... as vital economic reforms":
    :func:`kg.extract.fragments.regard_left`); a past participle with neither a subject nor an
    auxiliary of its own, read with the subject kg supplied, and no event ("Mr Botin - convicted" of
    "But if convicted, Mr Botin could face ...": :func:`kg.extract.relatives.supplied_participle`);
    an -ing form that is a preposition's object, read with the subject kg supplied ("it - cutting -
    debt" of "it focused on cutting debt", "the EU - lifting - the ban" of "pledged to work towards
    lifting the ban": an aim, a means or a topic; not "after signing a deal", an act done:
    :func:`kg.extract.evidence.prepositional`); a clause that is the content of a negated verb of
    meaning, thinking or saying before it, read as if it were so ("the eighteen firms - were
    admitting - any guilt" of "did not mean that the eighteen firms were admitting any guilt",
    "the government - has - the expertise" of "I don't think the government has the expertise":
    ``unsaying_verbs``, :func:`kg.extract.evidence.unsaid`); a statement of a direct question,
    asked, not said ("can | he | persuade | sceptical voters" of "... - can he persuade sceptical
    voters ...?": :func:`kg.extract.evidence.asked`);
    a noun read as a relation that holds a word of a name ("Deutsche Telekom - Mobile centres on -
    the tariffs"); a side ending with a noun whose content is the clause after it ("the UK - is
    governed - the way" of "the way the UK is governed"); a generic subject read as a fact ("any
    country - observes - the rule of law" of "anathema in any country which observes the rule of
    law"); the public in general as the subject of what is not asserted, what anyone would, should
    or might do ("students - should pay - tuition fees", "People - would have to pay for - the cost
    of the building": :func:`anyones`, :func:`kg.extract.evidence.public`); a statement that
    stops right before a clausal complement it leaves out, the infinitive of a speech act or a
    content clause
    ("The US - has asked - the WTO" of "has asked the WTO to investigate EU tariffs", "Venezuela -
    has assured - foreign companies" of "... that it respects existing contracts":
    :mod:`kg.extract.complements`), or a side that leaves out the relative clause defining it
    ("Countries - are - liable to fines" of "Countries which exceed the threshold are liable to
    fines"), unless its object is a person or country named (:func:`addresses`: "Putin told Xi
    ..."), or any actor named when the statement is an event ("The US - has asked - the WTO", a
    Request).
``pronoun``
    an unresolved pronoun: a side that is only a pronoun and was left a topic, or a subject
    led by a pronoun that names no actor ("its allies", "their relations"; not a possessive
    leading an instrument, "His report demands ..."); not a subject pronoun kg resolved to a
    phrase before it that names people who act, though kg could not name them ("The chancellor
    is on a tour ... . He insisted he still trusted Mr Blair": ``Evidence.referent``). Whose
    people a possessive leads ("their firms", "its allies") is left unnamed: measured and not
    kept as resolved (admit8: 3 right and 2 wrong on unjudged articles; "its allies" of the
    seed is the United States' and would be an actor of its own).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.errors import UsageError
from kg.extract.codes import business, political
from kg.extract.fragments import COMPLETING, WORD, is_fragment, words_of
from kg.extract.frames import addresses, is_event, is_frame
from kg.extract.headlines import in_dateline, in_title
from kg.extract.words import Words, pronouns, vocabulary
from kg.ids import node_key
from kg.model import ACTOR_TYPES, ArticleResult, Statement
from kg.nlp import verb_lemma

#: The reason codes, in the order a statement's ``dropped_because`` lists them.
REASONS = ("title", "dateline", "no-actor", "statistic", "commentary", "copula", "light-verb",
           "bare", "frame", "background", "fragment", "pronoun")  # fmt: skip
#: ``--keep``: the graph holds the admitted statements (default) or every statement.
KEEP = ("admitted", "all")
#: Patterns whose relation is "is" between two phrases (kg.extract.clauses).
COPULA_PATTERNS = frozenset({"copula", "appos"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the parse says of one statement, for the rules (see :func:`reasons`):
    ``people``, whether the subject's and the object's head nouns name people ("a
    spokesman"); ``cut``, whether it stops right before a clausal complement it leaves out
    (:func:`kg.extract.complements.leaves_out`); ``relative``, whether its predicate
    describes a noun (:func:`kg.extract.relatives.describes_noun`); ``issued``, whether its
    subject's head names an instrument that acts for whoever issued it, a document or an
    instrument of policy (:func:`kg.extract.evidence.issued`: "the budget", "the report");
    ``participle``, whether its verb is a bare -ing participle
    (:func:`kg.extract.evidence.participle`: "measures | boosting | employment");
    ``referent``, whether its subject is a pronoun kg resolved to a topic whose phrase names
    people who act ("He insisted ...", he the chancellor: see :func:`is_unresolved`);
    ``owned``, whether its subject's possessor names a person, an organisation or a party
    (:func:`kg.extract.evidence.owned`: "Santander's board of governors"); ``supplied``,
    whether its verb is a past participle with neither a subject nor an auxiliary of its own
    (:func:`kg.extract.relatives.supplied_participle`: "if convicted"); ``prepositional``,
    whether its verb is an -ing form that is a preposition's object, with no subject of its own
    (:func:`kg.extract.evidence.prepositional`: "focused on cutting debt"); ``indicator``,
    whether its subject is an indicator of an economy that names no one's
    (:func:`kg.extract.evidence.indicator`: "the outlook", "the stock market"); ``measured``,
    whether it reports a measured quantity (:func:`kg.extract.evidence.measured`: "MG Rover |
    employs | more than 6,000 people", "The company's shares | tumbled"); ``vague``, whether the
    subject and the object are vague groups of people or bodies that say not whose they are
    (:func:`kg.extract.evidence.vague`: "Analysts", "Other countries"); ``commentator``, whether
    the subject names its person as one who comments on markets
    (:func:`kg.extract.evidence.commentator`: "CBI chief economist Ian McCafferty"); ``remark``,
    whether its object is a clause whose subject is an indicator of an economy that names no
    one's (:func:`kg.extract.evidence.remark`: "The long-term outlook looks very favourable");
    ``figures``, whether its object is a clause that reports the level or change of a figure
    that names no one's (:func:`kg.extract.evidence.figures`: "loans for new property purchases
    fell 25%"); ``charge``, whether its verb says a wrong was done
    (:func:`kg.extract.evidence.charge`: "the messages | broke | three laws");
    ``subject_mentions``, the IRIs of the actors named inside its subject other than by its
    head, as ``object_mentions`` holds the object's
    ("Gordon Brown's budget plans": Gordon Brown; :func:`is_remark`); ``parties``, whether the
    subject's and the object's heads name people or a body, bystanders included, or a quantity
    of them (:func:`kg.extract.evidence.parties`: "Most of the terror suspects", "191 people");
    ``unsaid``, whether its clause is the content of a negated verb of meaning, thinking or
    saying (:func:`kg.extract.evidence.unsaid`: "did not mean that | the firms | were admitting
    any guilt"); ``asked``, whether its verb is in a direct question its sentence asks
    (:func:`kg.extract.evidence.asked`: "How will he achieve the breakthrough?"); ``public``,
    whether its subject is the public in general
    (:func:`kg.extract.evidence.public`: "people", "students", "most people"); ``controlled``,
    whether its clause takes its modality from a verb or modal above it
    (:func:`kg.extract.modality.controlled`: "the deal would allow | Iraq | to recover")."""

    people: tuple[bool, bool] = (False, False)
    cut: bool = False
    relative: bool = False
    issued: bool = False
    participle: bool = False
    referent: bool = False
    owned: bool = False
    supplied: bool = False
    prepositional: bool = False
    indicator: bool = False
    measured: bool = False
    vague: tuple[bool, bool] = (False, False)
    commentator: bool = False
    remark: bool = False
    figures: bool = False
    charge: bool = False
    subject_mentions: tuple[str, ...] = ()
    parties: tuple[bool, bool] = (False, False)
    unsaid: bool = False
    asked: bool = False
    public: bool = False
    controlled: bool = False


def pronoun_words(text: str | None) -> list[str]:
    """The words of a phrase as :func:`words_of` gives them, but for a word written in
    capitals ("US", "IT"): an acronym, kept as written, never the pronoun its lower case
    spells ("US firms" is not led by "us")."""
    return list(_pronoun_words(text or ""))


@lru_cache(maxsize=4096)
def _pronoun_words(text: str) -> tuple[str, ...]:
    found = [w.rstrip(".") for w in WORD.findall(text)]
    return tuple([w if len(w) > 1 and w.isupper() else w.lower() for w in found])


#: Event classes of no event: what a vague group says or does in one is no actor's.
UNTYPED = frozenset({None, "", "Say"})


def has_actor(
    st: Statement,
    actors: Collection[str],
    people: tuple[bool, bool],
    words: Words,
    *,
    unnamed: bool = False,
    owned: bool = False,
    participle: bool = False,
    indicator: bool = False,
    vague: tuple[bool, bool] = (False, False),
    charge: bool = False,
    hearsay: bool = False,
    parties: tuple[bool, bool] = (False, False),
    controlled: bool = False,
) -> bool:
    """Whether an actor stands on either side: the subject or object is one (not a topic or
    place), or names people who act though left a topic (``people``: "a spokesman",
    "officials"), or the subject acts though kg names no actor (``unnamed``, see
    :func:`acts_unnamed`), or its owner does (``owned``: "Santander's board of governors"), or
    a named person foresees or promises it (:func:`foreseen`; not as a bare -ing participle's
    subject, ``participle``), or the agent or recipient is among ``actors`` (the IRIs of the
    article's actors), or a source voiced it as a judgement, a demand or a denial
    (:func:`is_voiced`: "the evidence does not support his claims", said by Simon Hughes; what
    a source says is not so is its stance, whoever the sides are). Neither of the last two
    when the subject is an indicator of an economy that names no one's (``indicator``:
    "the property market | will remain in | the doldrums", "the business outlook | should start
    to deteriorate", said by economists): a statistic or its forecast, no actor's act or
    stance; what must be done with one is still a demand ("Oil revenues should be used for
    productive investment"). A side that is a vague group (``vague``: "Analysts", "Other countries",
    "some people", who say not whose they are) is no actor in a statement of speech or of no event
    class, and what it says is no source's stance ("Analysts | say | the unit could sell for
    £350m"); an event it takes part in keeps it ("Several gunmen | opened fire on | the crowd"); so
    does one of force that befalls a subject of people (``parties``, bystanders included) in a
    passive naming no doer (:func:`befallen`: "191 people | were killed after | the terrorist
    attack"). A wrong a source says was done (``charge``: "the messages | broke | three laws",
    "current detentions without trial | broke | human rights laws", said by a state's attorney, by
    the law lords) is a charge, the source's stance, whoever the sides are; so is an "X is Y" whose
    Y is a word of blame, said by a source kg found or not (:func:`condemns`: "the detention of 12
    men at Belmarsh prison | was | unlawful", the law lords' ruling the sentence gives as fact).
    What a vague group says (``hearsay``: the statement is attributed to the subject of a reporting
    verb that is a vague group, "the true figure | is | far higher" of "most observers believe the
    true figure is far higher") is voiced by no source, and a vague group's own speech or untyped
    act is no actor's for the agent or recipient kg read off what it says ("Many analysts | believe
    | German Boerse has more financial firepower ...", Germany as recipient): only an actor as its
    object stands."""
    if st.event_type not in UNTYPED:
        if parties[0] and befallen(st, words):
            return True  # "Most of the terror suspects | are detained at | Belmarsh": a Coerce
        vague = (False, False)  # "Several gunmen | opened fire on | the crowd": an event still
    sides = (
        (st.subject_type, st.subject_id, people[0], vague[0]),
        (st.object_type, st.object_id, people[1], vague[1]),
    )
    if any((kind in ACTOR_TYPES or acts) and not vague_side for kind, _, acts, vague_side in sides):
        return True
    if unnamed or owned:
        return True
    groups = {iri for _, iri, _, vague_side in sides if vague_side and iri}
    others = () if vague[0] else (st.agent_id, st.recipient_id)
    if any(iri in actors and iri not in groups for iri in others if iri):
        return True
    if is_speech(st, words) and not vague[0]:
        return True
    voiced = is_voiced(st, words) and not hearsay
    if voiced and demands(st, words):
        return True  # "Oil revenues should be used for productive investment": a demand
    if indicator:
        return False
    if condemns(st, words):
        return True  # "the detention of 12 men ... was unlawful": a verdict, whoever gave it
    if voiced and charge and not st.negated:
        return True  # "the messages broke three laws", said by a state's attorney: a charge
    if foreseen(st, words, controlled=controlled) and not participle:
        return True
    return voiced and (links(st, words) or st.negated)


#: The quad class of force: assault, coercion, sanctions, mobilisation (``quad_classes``).
FORCE = "material-conflict"


def befallen(st: Statement, words: Words) -> bool:
    """Whether its subject suffers an act of force that names no doer: a passive (a form of "be"
    in the relation) of an event of :data:`FORCE` with no "by" phrase ("191 people | were killed
    after | the terrorist attack", "Most of the terror suspects | are detained at | Belmarsh
    Prison", "About 20,000 people | have been banned from | playing ..."). Event coders count
    whom force befalls as its party though no one is named as its doer, bystanders included;
    not "consumers | are going to be blown by | these pictures" (a thing named as its cause)."""
    found = words_of(st.relation)
    return (
        st.quad_class == FORCE
        and bool(BE_FORMS.intersection(found))
        and (not found or found[-1] != "by")
    )


#: Modalities of what a speaker foresees or promises ("will", "would", "could").
FORESEEN = frozenset({"future", "hypothetical"})
#: The node key prefix of a person (``person/michael-howard``).
PERSON_KEY = "person/"


def foreseen(st: Statement, words: Words, *, controlled: bool = False) -> bool:
    """Whether a named person foresees or promises it (:data:`FORESEEN`, said by a person:
    "The rest | will be used to reduce | these unfair taxes", Michael Howard's; "Deportation |
    may tackle | this initial problem", Mark Oaten's; "accession | would contribute to |
    regional prosperity", Afghanistan's envoy's): a politician's pledge, warning or forecast,
    whoever the sides are. Not a body's or a source kg cannot name ("property prices | will
    stagnate", said by analysts; "the period | will pose | challenges", a report's: as often
    background), nor a pronoun's (:func:`is_voiced`). What may be is foreseen by a modal or
    an open choice in the relation ("may", "could", "must"; "are considering whether to
    appeal") or above its clause (``controlled``: "the deal would allow Iraq to recover"); a
    clause that holds only on a condition ("if drinking establishments were allowed to open",
    "many challenges remain if the UK is to reach its aim": :func:`on_condition`) foresees
    nothing."""
    if st.modality not in FORESEEN or not st.attributed_to:
        return False
    if on_condition(st, words, controlled=controlled):
        return False
    key = node_key(st.attributed_to) or ""
    return key.startswith(PERSON_KEY) and is_voiced(st, words)


def on_condition(st: Statement, words: Words, *, controlled: bool = False) -> bool:
    """Whether a hypothetical statement is so only on a condition: no word of its relation
    says what may be (a modal auxiliary of what will, may or must happen, or "whether": "are
    considering whether to appeal"), nor a verb or modal above its clause (``controlled``,
    :func:`kg.extract.modality.controlled`: "the deal would allow Iraq to recover"), so a
    condition made it hypothetical ("if drinking establishments were allowed to open", "many
    challenges remain if the UK is to ...")."""
    if st.modality != "hypothetical" or controlled:
        return False
    modal = (words.future_auxiliaries, words.hypothetical_auxiliaries,
             words.obligation_auxiliaries, words.conditional_marks)  # fmt: skip
    said = words_of(st.relation)
    return all(m.isdisjoint(said) for m in modal)


def acts_unnamed(st: Statement, *, issued: bool = False, participle: bool = False) -> bool:
    """Whether the subject acts though kg names no actor for it: an instrument that acts for
    whoever issued it (``issued``: "the budget calls for the sale of state holdings", "His
    report demands ...": event coders read "a UN report accused the army" as the UN's act),
    or the speaker of the quote it is in, whom "I" and "we" name though kg could label the
    speaker only as a topic (:data:`SPOKEN`: "I hope the government will act", said by a
    detainee; "We make this offer", the chancellor). Only as the subject of a clause's verb,
    not of a bare -ing participle (``participle``: "measures | boosting | employment", "we |
    accepting | these jobs")."""
    return (issued or st.subject_resolution in SPOKEN) and not participle


def is_speech(st: Statement, words: Words) -> bool:
    """What a source said: a reporting verb with its clause, said by no pronoun ("The report
    said the government should consider fines", "the law lords said detentions broke human
    rights laws"): a stance of whoever the source is, though kg cannot name them."""
    return (
        st.pattern == "clause"
        and st.relation_lemma in words.reporting_verbs
        and not _pronoun_led(st, words)
    )


#: Modalities of reported speech that make it an actor's demand ("spam must be stopped").
VOICED_MODALITIES = frozenset({"requested"})
#: Forms of "be" before a passive "needed" ("fiscal tightening is needed": it is required).
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
#: Forms of "have" and "need" that say what must be done before "to" ("had to be tackled",
#: "need to make sure").
MUST_FORMS = frozenset({"have", "has", "had", "having", "need", "needs", "needed"})


def demands(st: Statement, words: Words) -> bool:
    """Whether the statement says what must be done: marked as asked
    (:data:`VOICED_MODALITIES`), or a passive whose relation holds a word of obligation
    (``obligation_auxiliaries``: "should be used for"), "have" or "need" before "to" ("had
    to be tackled") or "needed" after "be" ("sustained and deep reform efforts are needed"),
    however kg marked it (reported speech backshifts "must" to "had to"): what the speaker
    wants done, whoever does it. Not an active verb ("taxes need to rise", "economic growth
    should subside": as often a forecast), nor "they needed the oil", a want."""
    if st.modality in VOICED_MODALITIES:
        return True
    found = words_of(st.relation)
    if not BE_FORMS.intersection(found):
        return False
    for i, word in enumerate(found):
        if word in words.obligation_auxiliaries:
            return True
        after = found[i + 1] if i + 1 < len(found) else ""
        before = found[i - 1] if i else ""
        if word in MUST_FORMS and after == "to":
            return True
        if word == "needed" and before in BE_FORMS:
            return True
    return False


def links(st: Statement, words: Words) -> bool:
    """An "X is Y" statement: the copula and apposition patterns, or a linking verb."""
    return st.pattern in COPULA_PATTERNS or st.relation_lemma in words.copulas


def is_voiced(st: Statement, words: Words) -> bool:
    """Reported speech about something named: it has a speaker (``attributed_to``), an actor
    or a source kg cannot name, and its subject is no pronoun ("Straw said the scope of the
    embargo was very narrow": Straw's judgement; "the foreign secretary said the right to life
    was the most important liberty": whoever that is; not "it's been too hard")."""
    return bool(st.attributed_to) and not _pronoun_led(st, words)


#: Resolutions of a pronoun that name their actor surely: the speaker of the quote it is in
#: ("I'm outraged", "they wanted to remain British", said by the Gibraltarians).
SPOKEN = frozenset({"speaker"})


def _pronoun_led(st: Statement, words: Words) -> bool:
    """Whether the subject is a pronoun, or stands for one ("it" resolved to a country), or is
    led by a personal one ("its allies"); a demonstrative before a noun is no pronoun ("This
    treaty is a flawed document": the treaty is named), as in :func:`is_unresolved`."""
    if st.subject_resolution in SPOKEN:
        return False
    return st.subject_resolution == "pronoun" or _led_by_pronoun(pronoun_words(st.subject), words)


def _led_by_pronoun(
    found: list[str], words: Words, *, unless: frozenset[str] = frozenset()
) -> bool:
    """Whether a side's words (:func:`pronoun_words`) are a pronoun alone ("it", "this") or
    start with a personal one ("its allies"; not "this decision", "one of the rebels", nor a
    word of ``unless`` before a noun)."""
    known = pronouns(words)
    leading = known if len(found) == 1 else known - words.vague_pronouns - unless
    return bool(found) and found[0] in leading


#: Resolutions by which an apposition's actor is a role of its country or group ("Assad Omar,
#: Afghanistan's envoy": a collective of Afghanistan); any other actor there names the subject
#: again (an alias: "the Federal Trade Commission (FTC)") or someone else (a misparse), but
#: see :data:`OFFICES`.
ROLES = frozenset({"collective", "group"})
#: Resolutions by which an organisation read off a person's apposition is an office they hold
#: in it, not its name ("Tony Froggatt, S&N's chief executive", "David Frost, Director General
#: of the British Chambers of Commerce": kg labels the office with the body).
OFFICES = frozenset({"spokesperson", "apposition"})


def holds_office(st: Statement) -> bool:
    """Whether an "X is Y" gives a person's office in an organisation: X a person, Y labelled
    an organisation though not by its name (:data:`OFFICES`: "David Frost | is | Director
    General of the British Chambers of Commerce"; not "Rio Dolce | is | CVRD", a name)."""
    office = st.object_type == "Organization" and st.object_resolution in OFFICES
    return st.subject_type == "Person" and office


def describes_actor(st: Statement, words: Words, *, people: bool = False) -> bool:
    """An "X is Y" that says what a named actor is: a role, a status, a stance ("Robert
    Zoellick is US Trade Representative", "Venezuela is the world's fifth largest oil
    exporter", "I'm outraged"), or what people who act are, though left a topic (``people``:
    the subject's head names them, "US firms have been targets of attacks"; see
    :func:`has_actor`). Not when X is a pronoun ("it's hard") or a place, not an
    apposition naming an actor other than a role (:data:`ROLES`): an alias ("the Federal
    Trade Commission, FTC") or a misparse ("Khristenko, India's petroleum minister"), but for
    a person's office in an organisation (:func:`holds_office`: "David Frost, Director General
    of the British Chambers of Commerce"), nor
    such an actor after people left a topic: who they are, a list's member, not what ("The
    four companies are gas giant Gazprom, ..."), nor one whose every word its subject holds
    (:func:`restates`: "Axa spokesman Mark Hamilton, Axa spokesman"), and
    not a passing state led by a preposition (``copula_states``: "Blair is under pressure")."""
    if not (st.subject_type in ACTOR_TYPES or people) or _pronoun_led(st, words):
        return False
    named = st.object_type in ACTOR_TYPES and st.object_resolution not in ROLES
    listed = st.pattern == "appos" or st.subject_type not in ACTOR_TYPES
    if named and listed and not holds_office(st):
        return False  # "The four companies are Gazprom, ...": who, not what
    found = words_of(st.object)
    if restates(st):
        return False  # "Axa spokesman Mark Hamilton, Axa spokesman": nothing new
    return bool(found) and found[0] not in words.copula_states


def restates(st: Statement) -> bool:
    """Whether an "X is Y" says of X only what X's own words say: every word of Y is in X ("Axa
    spokesman Mark Hamilton | is | Axa spokesman", a title read off its holder's name)."""
    said = {w.lower() for w in words_of(st.object)}
    return bool(said) and said <= {w.lower() for w in words_of(st.subject)}


def condemns(st: Statement, words: Words) -> bool:
    """Whether an "X is Y" gives a verdict of wrong on X: Y holds a word of blame
    (``blame_words``: "the detention of 12 men at Belmarsh prison | was | unlawful", "the sale |
    is | the swindle of the century"), a stance on a deed whoever voiced it (often the court or
    source the sentence's neighbours name); not when X is a pronoun ("It would be
    unacceptable": whose deed is left open)."""
    if not links(st, words) or _pronoun_led(st, words):
        return False
    return any(w in words.blame_words for w in words_of(st.object))


def is_copula(st: Statement, words: Words, *, people: bool = False) -> bool:
    """An "X is Y" statement that says nothing of an actor: a copula, apposition or linking
    verb, unless it describes a named actor or people who act (:func:`describes_actor`;
    ``people``: the subject's head names them) or a source said it (:func:`is_voiced`: a
    judgement, "the code of conduct is much more effective"), or it is a verdict of wrong
    (:func:`condemns`: "the detention ... was unlawful")."""
    if not links(st, words):
        return False
    if names_kind(st, words):
        return True  # "Mozambique is a country": true of it, and nothing said
    if feels(st, words):
        return True  # "I | am | afraid": a state of mind, its point left out
    if condemns(st, words):
        return False  # "the detention was unlawful": a verdict
    return not (describes_actor(st, words, people=people) or is_voiced(st, words))


def feels(st: Statement, words: Words) -> bool:
    """An "X is Y" whose Y is only a feeling or an awareness (``feeling_words``), led by
    nothing but words of degree (``degree_words``): "I | am | afraid", "I | was | really
    shocked", "it | was | satisfied", "he | was | very happy", "we | are | aware". A state of
    mind says nothing of an actor until it says at what, and that, the point, is not in the
    statement ("very happy" without "with the way the government have treated him"), said by
    a source or not; not "they | were concerned | the government had not consulted" (the
    feeling in the relation, its point the object), nor an event, nor outrage, a stance of
    criticism (``outrage_words``, no feeling word: "I | 'm | outraged")."""
    found = words_of(st.object)
    if not found or is_event(st) or found[-1] not in words.feeling_words:
        return False
    return all(w in words.degree_words for w in found[:-1])


#: Articles of a phrase that names a kind ("a country", "an oil company").
INDEFINITE = frozenset({"a", "an"})


def names_kind(st: Statement, words: Words) -> bool:
    """An "X is Y" whose Y only says what kind of country or body X is: an indefinite phrase
    headed by a noun of countries, companies or bodies (``country_nouns``,
    ``company_nouns``, ``organisation_nouns``), nothing after its head ("Mozambique, a
    country ...", "Titan, a California-based company", "the EU is a customs union"). Said
    by a source or not, it tells an analyst nothing; not "a loyal supporter of the
    government", nor "the world's biggest gas company" (what sets it apart), nor what it
    becomes ("Yuganskneftegaz should become a state-owned company"). Nor a stance: what is
    denied or asked ("Taiwan is not a country", "Kosovo should be an independent country":
    the relation more than a form of "be"), or a kind that judges or brands (``blame_words``,
    ``praise_words``, a word of terrorism, ``event_contexts``: "Hamas is a terrorist
    organisation", said by Israel)."""
    found = words_of(st.object)
    if st.pattern != "appos" and st.relation_lemma != "be":
        return False  # "should become a state-owned company": a change, not a kind
    if st.negated or not BE_FORMS.issuperset(words_of(st.relation)):
        return False  # "is not a country", "should be an independent country": a stance
    if len(found) < 2 or found[0] not in INDEFINITE:
        return False
    kinds = words.country_nouns | words.company_nouns | words.organisation_nouns
    after = words.complement_words | COMPLETING
    if any(w in words.blame_words or w in words.praise_words or _terror(w, words) for w in found):
        return False  # "a terrorist organisation": a label, not a kind
    return found[-1] in kinds and not any(w in after for w in found)


#: The event context of words that brand a group ("terrorist", "extremist", "militant").
TERRORISM = "terrorism"


def _terror(word: str, words: Words) -> bool:
    """Whether a word brands its group (:data:`TERRORISM` in ``event_contexts``)."""
    return words.event_contexts.get(word) == TERRORISM


#: Actor types whose own figures are not a firm's statistics: a person's, a country's
#: ("Libya has 40 tonnes of mustard gas").
OWN_FIGURES = frozenset({"Person", "Country"})


def is_statistic(
    st: Statement, words: Words, *, measured: bool = False, controlled: bool = False
) -> bool:
    """A statement that reports a measured quantity (``measured``: see
    :func:`kg.extract.evidence.measured`) and no act between parties: not an event, no actor as
    object nor as recipient, not a person's or a country's own figure (:data:`OWN_FIGURES`), not
    what must be done (:func:`demands`) and not what a named person foresees
    (:func:`foreseen`: a politician's pledge or forecast)."""
    if (
        not measured
        or is_event(st)
        or demands(st, words)
        or foreseen(st, words, controlled=controlled)
    ):
        return False
    if st.subject_type in OWN_FIGURES or st.object_type in ACTOR_TYPES:
        return False
    return not st.recipient_id or venue(st.recipient_label, words)


def venue(label: str | None, words: Words) -> bool:
    """Whether a party read off a statement is a market where shares trade (its label's last
    word one of ``venue_nouns``: "shares in Elan | lost | 70%" on the New York Stock Exchange),
    no party to a share price's move."""
    last = (label or "").split()[-1:]
    return bool(last) and last[0].lower() in words.venue_nouns


def reports_figures(st: Statement, words: Words, *, figures: bool = False) -> bool:
    """Whether a firm or its people (:func:`business`) report a market's figure, its level or its
    change, and no act between parties: a reporting verb whose object says a figure that names no
    one's was so much or moved (``figures``, :func:`kg.extract.evidence.figures`: "The CML | said |
    loans for new property purchases fell 25%", "NAAMSA | said | New vehicle sales jumped 22%"):
    a statistic with its source, as a remark on an indicator is (:func:`is_commentary`); a firm's
    own result stays ("its profits more than doubled", "a 60% rise in profit": whose figure
    is left to the reader, as the judges keep a company's results). Not with an actor as object
    or as recipient, nor an event, nor when what is said names a firm, a body, a person or a
    group other than the speaker ("WMC | said | it is worth up to 30% more than a hostile bid
    by Xstrata": a stance in a takeover); not what a government, a body of the state or an
    international organisation reports ("The ONS said retail sales rose 0.6%"), whose figures
    are the story."""
    if not figures or not business(st.subject_code):
        return False
    if st.relation_lemma not in words.reporting_verbs or st.recipient_id:
        return False
    if st.object_type in ACTOR_TYPES or is_event(st):
        return False
    others = [iri for iri in st.object_mentions if iri != st.subject_id]
    return not any((node_key(iri) or "").startswith(PARTY_KEYS) for iri in others)


def is_commentary(
    st: Statement,
    words: Words,
    *,
    commentator: bool = False,
    remark: bool = False,
    quoted: bool = False,
    subject_mentions: Collection[str] = (),
    partisan: bool = False,
    anonymous: bool = False,
) -> bool:
    """What one who comments on markets for a living says (:func:`comments`: ``commentator``,
    the subject names its person so, "CBI chief economist Ian McCafferty | said | the economy
    had slowed"; or the person's role says so, :func:`comments_by_role`: "Mr Kim | said | ...",
    Kim an equity strategist; not one who speaks for a government, a party or a legislature,
    ``partisan``: "Labour's election strategist Alan Milburn"; not when what is said names a
    firm, a body or a person, :func:`names_party`),
    and what else such a one's quote says (``quoted``: said by one :func:`commentators`
    finds, and :func:`is_remark`, ``subject_mentions`` the actors its subject names: "The
    figures | are | a lot better", Paul Dales's), and such a one's role given as an "X is Y"
    (:func:`gives_role`: "Hannes Wittig | is | telecoms analyst at Dresdner Kleinwort
    Wasserstein"), or
    what a firm or its people say of an indicator of an economy that names no one's (``remark``
    and :func:`business`: "WPP | said | The long-term outlook looks very favourable"): a
    reporting verb's clause with no actor as object and no event, nor (a firm's) any actor as
    recipient or (a commentator's) a firm, body or person as recipient, a remark on markets,
    prices or prospects; so is what a document that names no one's says of such indicators
    (``anonymous``: "The study | found | the outlook in both the manufacturing and retail sectors
    had worsened", "The survey | added | rising input prices and cooling demand had deterred
    factory managers ...", also with a verb of finding, ``finding_verbs``; not "the ADB report
    | said | ...", whose subject names its issuer). A firm's word on what it does stays ("WPP |
    has predicted | it will outperform the market"), and so does what a government, a body of
    the state or an international organisation says of an indicator ("The ONS said
    manufacturing output dropped 0.1%")."""
    if quoted and is_remark(st, mentions=subject_mentions):
        return True
    if gives_role(st, words) and comments(st, words, partisan=partisan):
        return True
    firm = remark and (business(st.subject_code) or anonymous)
    named = comments(st, words, titled=commentator, partisan=partisan)
    finding = anonymous and st.relation_lemma in words.finding_verbs
    if not (named or firm) or not (st.relation_lemma in words.reporting_verbs or finding):
        return False
    if st.object_type in ACTOR_TYPES or is_event(st):
        return False
    return not names_party(st) if named else not st.recipient_id


def gives_role(st: Statement, words: Words) -> bool:
    """Whether an "X is Y" gives a market commentator's role as its object ("Hannes Wittig | is |
    telecoms analyst at Dresdner Kleinwort Wasserstein", "Glenn Maguire | is | chief economist
    for the region at Societe Generale"): a word of ``economist_nouns`` in it. The role is the
    person's already (``subject_role``), and says who comments, no party's act or stance."""
    return links(st, words) and names_commentator(words_of(st.object), words)


def is_remark(st: Statement, *, mentions: Collection[str] = ()) -> bool:
    """Whether a statement read inside a market commentator's quote is their remark, no
    party's act: no actor as subject (but the commentator's own "I" or "we", :data:`SPOKEN`),
    object, no firm, body or person named in what it says, its subject's own words
    (``mentions``: "Gordon Brown's budget plans | were | unrealistic", "The Kremlin's attack
    on Yukos | will scare | investors") included, or as its recipient (:func:`names_party`)
    and no event ("The figures | are | a lot better", "the trend | remains | poor", "I | am |
    surprised at the weak fourth quarter number"; not "Gazprom | doesn't have | this sort of
    money", "the Bank | should stand ready to cut | rates")."""
    acting = st.subject_type in ACTOR_TYPES and st.subject_resolution not in SPOKEN
    if acting or st.object_type in ACTOR_TYPES:
        return False
    return not (names_party(st, mentions=mentions) or is_event(st))


def commentators(statements: Sequence[Statement], evidence: Sequence[Evidence],
                 words: Words, *, parties: Collection[str]) -> frozenset[str]:  # fmt: skip
    """The IRIs of those an article quotes as market commentators: the subjects of its
    reporting verbs named so by a title (``Evidence.commentator``) or a role, and speaking for
    no government, party or legislature (:func:`comments`; ``parties``, :func:`partisans`),
    whatever they say; what else their quotes say is their remark (``quoted``,
    :func:`is_commentary`)."""
    return frozenset(
        st.subject_id
        for st, seen in zip(statements, evidence, strict=True)
        if st.relation_lemma in words.reporting_verbs
        and comments(st, words, titled=seen.commentator, partisan=st.subject_id in parties)
    )


def vague_sources(statements: Sequence[Statement], evidence: Sequence[Evidence],
                  words: Words) -> frozenset[str]:  # fmt: skip
    """The IRIs of the vague groups an article quotes: the subjects of its reporting verbs that
    are vague groups of people or bodies (``Evidence.vague``: "most observers believe ...",
    "Analysts say ..."); what their clauses say is voiced by no source (:func:`has_actor`)."""
    return frozenset(
        st.subject_id
        for st, seen in zip(statements, evidence, strict=True)
        if st.subject_id and seen.vague[0] and st.relation_lemma in words.reporting_verbs
    )


def comments(st: Statement, words: Words, *, titled: bool = False, partisan: bool = False) -> bool:
    """Whether the subject is one who comments on markets for a living: named so by a title
    (``titled``: :func:`kg.extract.evidence.commentator`, "CBI chief economist Ian McCafferty")
    or by the role kg keeps (:func:`comments_by_role`), and speaking for no government, party
    or legislature: not by their code (:func:`political`: "Labour's election strategist Alan
    Milburn", GBRGOV), nor by a body their apposition names (``partisan``, :func:`partisans`:
    "Paul Dales, a Labour economist", coded GBREDU)."""
    if partisan or political(st.subject_code):
        return False
    return titled or comments_by_role(st, words)


def partisans(statements: Sequence[Statement]) -> frozenset[str]:
    """The IRIs of the people an article's appositions place in a government, a party or a
    legislature: a person's apposition whose object or recipient is such a body
    (:func:`political`: "Paul Dales, a Labour economist", Labour GBRPTY; "Mr Smith, an
    economist at the Treasury", GBRGOV)."""
    return frozenset(
        st.subject_id
        for st in statements
        if st.subject_type == "Person"
        and st.pattern == "appos"
        and (political(st.object_code) or political(st.recipient_code))
    )


#: Node key prefixes of a party a remark can name: a firm or a body, a person, a group
#: ("the Kurds", "Chechen rebels").
PARTY_KEYS = ("org/", PERSON_KEY, "group/")


def names_party(st: Statement, *, mentions: Collection[str] = ()) -> bool:
    """Whether what is said names a firm, a body, a person or a group (``object_mentions``, or
    the recipient kg read off it): a commentator's claim about a party is that party's story
    ("Ultimately, Gazprom needs Yugansk", "It is a front for somebody but not necessarily for
    Gazprom", "The Kurds are angry"), not a remark on markets; a country or a place named is not
    enough ("the US economy is doing a bit better", "the unemployment figures show the main
    problem of the French economy": France as recipient). ``mentions``: other actors named in
    what is said (a remark's subject's, :func:`is_remark`)."""
    named = [*st.object_mentions, st.recipient_id or "", *mentions]
    return any((node_key(iri) or "").startswith(PARTY_KEYS) for iri in named)


def comments_by_role(st: Statement, words: Words) -> bool:
    """Whether the subject is a person the article calls one who comments on markets for a
    living, wherever it does: the role kg keeps for them (``subject_role``, from a title or an
    apposition of any of their mentions: "Kim Yungmin, an equity strategist at Dongwon
    Investment Trust Management", so also "Mr Kim said ..." and a "he" resolved to him) holds a
    word of ``economist_nouns`` ("equity strategist", "chief economist", "energy analyst"), and
    no word of a past title (``past_title_words``: "a former chief economist" comments no
    longer). A firm so called is not a person ("troubled insurance broker Marsh"); whether they
    speak for a government or a party is :func:`comments`'s to say."""
    if st.subject_type != "Person" or not st.subject_role:
        return False
    found = words_of(st.subject_role)
    if any(w in words.past_title_words for w in found):
        return False
    return names_commentator(found, words)


def names_commentator(found: Sequence[str], words: Words) -> bool:
    """Whether words (lower case) hold a word of ``economist_nouns``, or its plural ("chief
    economist", "analysts")."""
    economists = words.economist_nouns
    return any(w in economists or w.removesuffix("s") in economists for w in found)


#: Modalities of a fact: what a bare verb states as done or to be (``bare``).
FACTS = frozenset({"asserted", "reported", "future"})


def is_bare(st: Statement, words: Words, *, charge: bool = False, controlled: bool = False) -> bool:
    """A verb with nothing after it (no object, no extra argument), given as a fact
    (:data:`FACTS`), and no event: "18 new embassies | have been opened" (see ``bare``); not
    what must be done (:func:`demands`: "reform efforts | are needed"), nor a wrong a source
    says was done (``charge``, :func:`has_actor`: "the rights of its shareholders | have been
    ignored", Yukos's claim). A clause on a condition with no modal of its own ("many
    challenges | remain" of "... remain if the UK is to reach its aim": :func:`on_condition`,
    ``controlled`` as there) is given as so, on the condition, as a fact is."""
    if st.object is not None or st.extra_args or is_event(st):
        return False
    if st.modality not in FACTS and not on_condition(st, words, controlled=controlled):
        return False
    return not (demands(st, words) or (charge and is_voiced(st, words)))


#: The preposition of a passive's agent ("was hit by").
BY = "by"


def befalls(st: Statement, words: Words, *, acting: bool = False) -> bool:
    """Whether the statement says what befalls a party or a thing from things, no party: a verb
    of effect (``effect_verbs``: hit, hurt, squeeze, boost, ...) in the passive, whose agent
    ("by" ...) is no actor and names no firm, body, person or group ("Lufthansa | was hit by | a
    dip in demand"; not "was hit by | a strike by BA pilots"), or in the active, whose subject is
    no actor, no pronoun, and acts for no one (``acting``: an instrument that acts for its issuer
    or a thing an actor owns, "The plan | would boost | energy conservation", "Ms Kelly's views |
    might affect | ...") and whose object is no actor ("Increased take-up of broadband services |
    boosted | France Telecom's profits", "High fuel costs | hit | US airlines"): market
    conditions, no act between parties. Whether it is an event is the caller's to say."""
    if st.object is None or st.relation_lemma not in words.effect_verbs:
        return False
    if st.pattern == "passive":
        if words_of(st.relation)[-1:] != [BY] or st.object_type in ACTOR_TYPES:
            return False
        return not any((node_key(iri) or "").startswith(PARTY_KEYS) for iri in st.object_mentions)
    if st.pattern != "svo" or acting or st.subject_type in ACTOR_TYPES:
        return False
    if not _ends_in_verb(st):
        return False  # "Minister | hits out at | Yukos sale": a phrasal verb of its own
    return st.object_type not in ACTOR_TYPES and not _pronoun_led(st, words)


def _ends_in_verb(st: Statement) -> bool:
    """Whether the relation ends in its verb ("has helped boost", "hit", "stung"), not in a
    particle or a preposition of a phrasal verb ("hits out at"): the last word's lemma as a
    verb (:func:`kg.nlp.verb_lemma`) is the statement's, irregular forms too."""
    last = words_of(st.relation)[-1:]
    return bool(last) and verb_lemma(last[0]) == st.relation_lemma


UNASSERTED = frozenset({"hypothetical", "requested", "future"})


def anyones(st: Statement, words: Words, *, public: bool = False) -> bool:
    """What anyone of the public would, should or might do, not what some did: a subject that is
    the public in general (``public``: :func:`kg.extract.evidence.public`, "people", "students")
    in a statement not asserted (hypothetical, requested, future: "students | should pay |
    tuition fees", "People | would have to pay for | the cost of the building", "people |
    flouted | the law" of "if people flouted the law", "voters | to hold | him"); a claim about no
    one in particular, kept whole in what its speaker said. Not what is asserted ("people | took
    to | the streets") or reported as done ("Witnesses said people attacked the embassy"), nor
    what the public says or thinks, a finding ("people | thought | politicians engaged in dirty
    tricks")."""
    return public and st.modality in UNASSERTED and not is_speech(st, words)


def is_light(st: Statement, words: Words) -> bool:
    """A light verb ("come", "take") with no object to say what."""
    return st.object is None and st.relation_lemma in words.light_verbs


def is_unresolved(
    st: Statement,
    words: Words,
    *,
    issued: bool = False,
    referent: bool = False,
) -> bool:
    """A side left a topic that is only a pronoun ("it", "this"; not a subject that stands for
    people a noun before it names, ``referent``: "He insisted", he the chancellor), a subject
    led by a personal one ("its allies", "their relations"; not "this decision", "one of the
    rebels", nor an instrument, ``issued``: "His report demands ..." says what the report does,
    as "the report demands ..." does, the issuer unnamed in both), or a pronoun resolved by the
    nearest name with nothing after its verb ("it consumes"). A pronoun resolved to the speaker
    of its quote (:data:`SPOKEN`) is resolved, though the speaker be a topic ("they are
    proportionate", said by the ministers). "We" resolved to the one person who said it stays:
    the statement is what the speaker's side does or holds ("We have fought a very positive
    campaign", "we do not need to cut supply"), worth keeping though the party or state meant is
    left unnamed (an actor's question, not admission's: dropping them cost as many good
    statements as bad, 6 of 15 judged and read on tune, retired and 30 other BBC articles)."""
    known = pronouns(words)
    subject = pronoun_words(st.subject)
    # "His report": whose report is left open, as in "the report"
    unless = words.possessive_pronouns if issued else frozenset()
    if (
        st.subject_type not in ACTOR_TYPES
        and st.subject_resolution not in SPOKEN
        and not referent
        and _led_by_pronoun(subject, words, unless=unless)
    ):
        return True
    obj = pronoun_words(st.object)
    if st.object is None and st.subject_resolution == "pronoun":
        return True  # "it consumes", "it was introduced": too little said to trust whose it is
    lone = len(obj) == 1 and obj[0] in known
    return st.object_type not in ACTOR_TYPES and st.object_resolution not in SPOKEN and lone


def reasons(
    st: Statement,
    *,
    actors: Collection[str] = (),
    people: tuple[bool, bool] = (False, False),
    text: str = "",
    title: int = 0,
    cut: bool = False,
    relative: bool = False,
    issued: bool = False,
    participle: bool = False,
    referent: bool = False,
    owned: bool = False,
    supplied: bool = False,
    prepositional: bool = False,
    indicator: bool = False,
    measured: bool = False,
    vague: tuple[bool, bool] = (False, False),
    commentator: bool = False,
    remark: bool = False,
    figures: bool = False,
    quoted: bool = False,
    charge: bool = False,
    subject_mentions: Collection[str] = (),
    partisan: bool = False,
    hearsay: bool = False,
    parties: tuple[bool, bool] = (False, False),
    unsaid: bool = False,
    asked: bool = False,
    public: bool = False,
    controlled: bool = False,
    words: Words | None = None,
) -> list[str]:
    """Why the graph leaves the statement out (empty: admitted), as :data:`REASONS` codes.
    ``actors``: the IRIs of the article's actors; ``people``: whether the subject's and the
    object's head nouns name people ("a spokesman"); ``text``: the article text; ``title``:
    where its title ends (:func:`title_end`); ``cut``: whether the statement stops where a
    clausal complement it leaves out begins (:func:`kg.extract.complements.leaves_out`);
    ``relative``: whether its predicate describes a noun
    (:func:`kg.extract.relatives.describes_noun`); ``issued``: whether its subject is an
    instrument that acts for its issuer (:func:`kg.extract.evidence.issued`);
    ``participle``: whether its verb is a bare -ing participle (:func:`acts_unnamed`);
    ``measured``: whether it reports a measured quantity (:func:`is_statistic`); ``vague``:
    whether the subject and the object are vague groups (:func:`has_actor`); ``commentator``,
    ``remark``: whether the subject names a market commentator and the object is a remark on
    an indicator; ``figures``: whether the object reports a market's figure
    (:func:`reports_figures`); ``quoted``: whether a market commentator said it
    (:func:`is_commentary`);
    ``charge``: whether its verb says a wrong was done (:func:`has_actor`);
    ``subject_mentions``: the actors named inside its subject (:func:`is_remark`);
    ``partisan``: whether an apposition places its subject in a government, a party or a
    legislature (:func:`partisans`); ``hearsay``: whether a vague group said it
    (:func:`vague_sources`, :func:`has_actor`); ``unsaid``: whether its clause is the content
    of a negated verb of meaning, thinking or saying (:func:`kg.extract.evidence.unsaid`);
    ``asked``: whether its verb is in a direct question (:func:`kg.extract.evidence.asked`);
    ``public`` and ``controlled`` as :class:`Evidence` holds them."""
    words = words or vocabulary()
    unnamed = acts_unnamed(st, issued=issued, participle=participle)
    found = {
        "title": in_title(st, title),
        "dateline": in_dateline(st, text),
        "no-actor": not has_actor(
            st,
            actors,
            people,
            words,
            unnamed=unnamed,
            owned=owned and not participle,
            participle=participle,
            indicator=indicator,
            vague=vague,
            charge=charge,
            hearsay=hearsay,
            parties=parties,
            controlled=controlled,
        ),
        "statistic": is_statistic(st, words, measured=measured, controlled=controlled)
        or reports_figures(st, words, figures=figures),
        "commentary": is_commentary(
            st,
            words,
            commentator=commentator,
            remark=remark,
            quoted=quoted,
            subject_mentions=subject_mentions,
            partisan=partisan,
            anonymous=issued and not owned and not subject_mentions and not st.subject_code,
        ),
        "copula": is_copula(st, words, people=people[0]),
        "light-verb": is_light(st, words),
        "bare": is_bare(st, words, charge=charge, controlled=controlled),
        "frame": is_frame(st, words),
        "background": (relative or befalls(st, words, acting=unnamed or owned))
        and not is_event(st),
        "fragment": (cut and not addresses(st))
        or (supplied and not relative and not is_event(st))
        or prepositional
        or unsaid
        or asked
        or anyones(st, words, public=public)
        or is_fragment(st, text, words),
        "pronoun": is_unresolved(st, words, issued=issued and not participle, referent=referent),
    }
    return [code for code in REASONS if found[code]]


def admit(
    statements: Sequence[Statement],
    *,
    actors: Collection[str],
    evidence: Sequence[Evidence],
    text: str,
    title: int,
) -> None:
    """Set each statement's ``admitted`` and ``dropped_because`` (``evidence``: per
    statement, what the parse says of it)."""
    words = vocabulary()
    parties = partisans(statements)
    quoting = commentators(statements, evidence, words, parties=parties)
    rumours = vague_sources(statements, evidence, words)
    for st, seen in zip(statements, evidence, strict=True):
        st.dropped_because = reasons(
            st,
            actors=actors,
            people=seen.people,
            text=text,
            title=title,
            cut=seen.cut,
            relative=seen.relative,
            issued=seen.issued,
            participle=seen.participle,
            referent=seen.referent,
            owned=seen.owned,
            supplied=seen.supplied,
            prepositional=seen.prepositional,
            indicator=seen.indicator,
            measured=seen.measured,
            vague=seen.vague,
            commentator=seen.commentator,
            remark=seen.remark,
            figures=seen.figures,
            quoted=bool(st.attributed_to) and st.attributed_to in quoting,
            charge=seen.charge,
            subject_mentions=seen.subject_mentions,
            partisan=st.subject_id in parties,
            hearsay=bool(st.attributed_to) and st.attributed_to in rumours,
            parties=seen.parties,
            unsaid=seen.unsaid,
            asked=seen.asked,
            public=seen.public,
            controlled=seen.controlled,
            words=words,
        )
        st.admitted = not st.dropped_because


def named(st: Statement) -> set[str]:
    """The IRIs of every node a statement names."""
    ids = {st.subject_id, st.object_id, st.agent_id, st.recipient_id, st.attributed_to}
    return {iri for iri in ids if iri} | set(st.object_mentions)


def for_graph(result: ArticleResult, *, keep: str = "admitted") -> ArticleResult:
    """What of an article goes into its graph: every statement with ``keep="all"``, else
    the admitted ones and the actors they name (and the countries those belong to)."""
    if keep not in KEEP:
        raise UsageError(f"--keep must be one of {', '.join(KEEP)}, not {keep!r}")
    if keep == "all":
        return result
    kept = [st for st in result.statements if st.admitted]
    iris = set().union(*(named(st) for st in kept)) if kept else set()
    countries = {
        f"country/{a.country}" for a in result.actors.values() if a.iri in iris and a.country
    }
    actors = {k: a for k, a in result.actors.items() if a.iri in iris or k in countries}
    return replace(result, statements=kept, actors=actors)
