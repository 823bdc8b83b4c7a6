"""Speech frames and addressees: the ``frame`` reason of :mod:`kg.extract.admission` (which
documents it) and who a statement that leaves out what was said is still kept for
(:func:`addresses`). Pure functions of a finished :class:`~kg.model.Statement` and the word
lists (``ontology/words.tsv``: ``reporting_verbs``, ``addressee_verbs``, ``audience_verbs``,
``audiences``, ``audience_codes`` and the pronoun lists)."""

from __future__ import annotations

from kg.extract.fragments import words_of
from kg.extract.words import Words, pronouns, vocabulary
from kg.ids import node_key
from kg.model import ACTOR_TYPES, Statement


def is_event(st: Statement) -> bool:
    """Whether the statement has an event class other than plain speech (Say)."""
    return st.event_type is not None and st.event_type != "Say"


def is_frame(st: Statement, words: Words) -> bool:
    """A reporting verb with nothing said, or only whom it was said to ("told the BBC"); a
    verb whose object is whom it was said to (``addressee_verbs``) with only that ("Mr
    Blunkett told MPs", "Mr Clarke told The Times"), unless it is a person or country named
    (:func:`addresses`: "Putin told Xi"); a verb of speaking with only its audience or medium
    after "to", "on" or "in" (``audience_verbs``: "speaking to the BBC's Westminster Hour",
    "writing in the Financial Times"; not "speaking on behalf of Mr Pitylak"), or with only
    where or when it was said (``setting_prepositions``: "Mr Brown | Speaking outside | the
    Olympic Primary School", "was speaking amid | claims that ..."); a quotation's frame,
    whoever quoted whom "as saying" (:func:`_as_saying`: "Arab News | quoted | Prince Saud |
    as saying"), unless what was said is its object. Neither of these two when an event other
    than speech is typed (:func:`is_event`): "Mr Blair | talked at | the Elysee Palace" is a
    meeting, "Washington | denounced | the remarks | as warning of war" an accusation. Also a
    refusal to speak with nothing said (:func:`withholds`: "would not comment on the reports")."""
    if _said_apart(st, words) and not is_event(st):
        return True  # a setting or a quotation's frame; what was said is elsewhere
    if withholds(st, words) and not is_event(st):
        return True  # "would not comment on the reports": nothing said
    heard = st.relation_lemma in words.audience_verbs and _ends_in(
        st.relation, AUDIENCE_PREPOSITIONS
    )
    lemma = st.relation_lemma  # not a union of the two lists, made anew for each statement
    if not heard and lemma not in words.reporting_verbs and lemma not in words.addressee_verbs:
        return False
    found = words_of(st.object)
    if not found:
        return True
    named = [w for w in found if w not in ARTICLES]  # "the BBC", "the Financial Times paper"
    short = len(named) <= AUDIENCE_WORDS and not set(found) & pronouns(words)
    if heard or (st.relation_lemma in words.addressee_verbs and st.pattern == "svo"):
        return short and not addresses(st)  # "told MPs", not "told MPs he would sue"
    return short and found[-1] in words.audiences  # not "MPs he would sue the paper"


def withholds(st: Statement, words: Words) -> bool:
    """Whether a speaker withholds what was asked: a verb of commenting or telling
    (``comment_verbs``) negated or after a word of refusal (``refusal_words``), with no content
    clause after it: nothing, a thing ("The Department for Education and Skills | would not
    comment on | the concerns", "LVMH | refused to comment on | the reports") or an open
    question (``withheld_marks``: "Marsh | did not say | when the move would take place",
    "We | cannot discuss | who was responsible for the documents"). Not what is said not to be
    so or not to happen ("The Justice Department | has not said | it will appeal", "she |
    could not say | a similar situation had occurred": a clause is content), nor what is kept
    from an actor other than a medium (:func:`_kept_from`: "Iran | did not disclose | its nuclear
    sites" to the IAEA, an act between two actors)."""
    if st.relation_lemma not in words.comment_verbs or _kept_from(st):
        return False
    refused = any(w in words.refusal_words for w in words_of(st.relation))
    if not (st.negated or refused):
        return False
    found = words_of(st.object)
    return not found or found[0] in words.withheld_marks or st.pattern != "clause"


#: The node key prefix of a place: no actor to keep a thing from.
PLACE_KEY = "location/"


def _kept_from(st: Statement) -> bool:
    """Whether the statement's recipient is an actor other than a medium (:func:`_audience`):
    the IAEA of "Iran did not disclose its nuclear sites to the IAEA", not the BBC of "would
    not comment to the BBC"."""
    key = node_key(st.recipient_id or "") or ""
    return bool(key) and not key.startswith(PLACE_KEY) and not _audience(st.recipient_code)


#: Prepositions after a verb of speaking (``audience_verbs``) whose object is the audience or
#: the medium ("speaking to", "speaking on Radio 4", "writing in the Financial Times").
AUDIENCE_PREPOSITIONS = frozenset({"to", "on", "in"})


def _said_apart(st: Statement, words: Words) -> bool:
    """Whether a verb of speaking has only where or when it was said (``setting_prepositions``:
    "Mr Brown | Speaking outside | the Olympic Primary School"), or whoever quoted whom "as
    saying" (:func:`_as_saying`: "Arab News | quoted | Prince Saud | as saying"), unless what
    was said is its object: the statement is the setting or frame of what is said elsewhere
    in the sentence (:func:`is_frame` keeps the typed events apart)."""
    if st.relation_lemma in words.audience_verbs and _ends_in(
        st.relation, words.setting_prepositions
    ):
        return True
    return st.pattern != "clause" and any(_as_saying(x, words) for x in st.extra_args)


def _as_saying(extra: str, words: Words) -> bool:
    """Whether an extra argument is "as" and the -ing form of a reporting verb ("as
    saying", "as stating"): the frame of a quotation given apart."""
    found = words_of(extra)
    if len(found) < 2 or found[0] != "as" or not found[1].endswith("ing"):
        return False
    stem = found[1].removesuffix("ing")
    return stem in words.reporting_verbs or stem + "e" in words.reporting_verbs


def _ends_in(relation: str, prepositions: frozenset[str]) -> bool:
    """Whether a relation ends in one of ``prepositions`` (:data:`AUDIENCE_PREPOSITIONS`,
    ``setting_prepositions``)."""
    last = words_of(relation)[-1:]
    return bool(last) and last[0] in prepositions


#: Words an audience's name may carry besides its own ("the", "a"), and how many of its own
#: ("BBC Radio 4's Today programme"): a longer object, or one with a pronoun ("it was good
#: news", "MPs he would sue the paper"), says something.
ARTICLES = frozenset({"the", "a", "an"})
AUDIENCE_WORDS = 5


#: Who a statement that leaves out what was said may still be kept for: a person or a country
#: named as its object ("Putin told Xi | a new model of cooperation has formed"): what passes
#: between two named actors is itself worth a statement.
ADDRESSEES = frozenset({"Person", "Country"})
#: Resolutions that name the object's actor itself, not one inferred ("the government").
NAMING = frozenset({"name", "alias", "apposition"})


def addresses(st: Statement) -> bool:
    """Whether the statement's object is a person or country named (:data:`ADDRESSEES`), or,
    in a statement with an event class (:func:`is_event`: a request, a threat, an
    accusation), any actor named (:data:`kg.model.ACTOR_TYPES`: "asked the WTO", "urged
    Hamas"): "The US | has asked | the WTO" of "... to investigate tariffs" is the Request
    and its dyad, whose content kg states apart ("the WTO | to investigate | tariffs",
    requested), so the graph keeps both."""
    if st.object_resolution not in NAMING or _audience(st.object_code):
        return False
    kinds = ACTOR_TYPES if is_event(st) else ADDRESSEES
    return st.object_type in kinds


def _audience(code: str | None) -> bool:
    """Whether an actor code names one who hears or prints what is said (``audience_codes``,
    a sector of the code's three-letter parts: ``GBRMED``, the BBC): no addressee."""
    sectors = {code[i : i + 3].lower() for i in range(0, len(code or ""), 3)}
    return bool(sectors & vocabulary().audience_codes)
