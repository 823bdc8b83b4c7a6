"""The word lists the extraction rules look for (``ontology/words.tsv``), read once per process.

Which words are reporting verbs, titles, group nouns, pronouns of a person, ... is data users
extend; the dependency labels, tags and entity types the rules test are grammar and stay in
code. :func:`vocabulary` reads the packaged file on first use and keeps it; nothing is read at
import time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg import data, tsv
from kg.errors import OntologyError

#: What a mapped list's value may be (None: any non-empty text).
VALUES: dict[str, frozenset[str] | None] = {
    "sector_nouns": None,
    "subtype_codes": None,
    "civil_body_words": None,
    "religious_words": None,
    "prefix_roles": None,
    "title_synonyms": None,
    "former_office_sectors": None,
    "post_nominal_roles": None,
    "home_bodies": None,
    "collective_nouns": None,
    "civilian_nouns": None,
    "state_plural_nouns": None,
    "pair_nouns": frozenset({"Person", "Country"}),
    "story_body_nouns": frozenset({"company", "party"}),
    "speech_acts": frozenset({"requested", "threatened", "denied"}),
    "event_modes": None,
    "restriction_nouns": None,
    "event_contexts": None,
    "honorific_genders": frozenset({"male", "female"}),
    "pronoun_genders": frozenset({"male", "female"}),
    "person_noun_genders": frozenset({"male", "female"}),
    "misconduct_verbs": frozenset({"any", "norm", "duty", "abstract"}),
    "refusal_nouns": frozenset({"out_of", "off", "up_for"}),
    "intent_nouns": None,
    "shortfall_verbs": frozenset({"not_enough", "short"}),
    "quad_classes": frozenset(
        {"verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"}
    ),
}
HINT = "each row is list<TAB>word<TAB>value; the comment at the top of words.tsv names the lists"


@dataclass(frozen=True, slots=True)
class Words:
    """kg's word lists, one field per list; the header of ``words.tsv`` says what each is for."""

    reporting_verbs: frozenset[str]
    allegation_verbs: frozenset[str]
    intent_words: frozenset[str]
    forecast_words: frozenset[str]
    doubt_words: frozenset[str]
    deliberation_words: frozenset[str]
    failure_words: frozenset[str]
    agreement_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    document_nouns: frozenset[str]
    mention_prepositions: frozenset[str]
    charging_verbs: frozenset[str]
    dismissal_verbs: frozenset[str]
    ousting_verbs: frozenset[str]
    staff_nouns: frozenset[str]
    price_nouns: frozenset[str]
    contest_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    game_nouns: frozenset[str]
    play_nouns: frozenset[str]
    news_play_nouns: frozenset[str]
    play_kind_nouns: frozenset[str]
    signing_verbs: frozenset[str]
    paper_nouns: frozenset[str]
    act_nouns: frozenset[str]
    state_verbs: frozenset[str]
    amount_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    duty_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    obligation_auxiliaries: frozenset[str]
    obligation_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    expectation_verbs: frozenset[str]
    blame_words: frozenset[str]
    prospect_nouns: frozenset[str]
    blaming_verbs: frozenset[str]
    aid_body_words: frozenset[str]  # "the World Food Programme": no firm to bid for
    holding_nouns: frozenset[str]
    misconduct_verbs: Mapping[str, str]  # verb -> what it needs: any, norm, duty, abstract
    norm_nouns: frozenset[str]
    critic_speakers: frozenset[str]
    outrage_words: frozenset[str]  # "said he was appalled that ...": the speaker's outrage
    feeling_words: frozenset[str]  # "I am afraid", "it was satisfied": a state of mind
    acting_body_nouns: frozenset[str]  # "the board", "the charity": a body that acts (admission)
    degree_words: frozenset[str]  # "very", "really": words of degree before an adjective
    outrage_prepositions: frozenset[str]
    shortfall_verbs: Mapping[str, str]  # verb -> its idiom of falling short: not_enough, short
    praise_words: frozenset[str]
    custody_nouns: frozenset[str]
    disaster_nouns: frozenset[str]
    decision_words: frozenset[str]
    duty_infinitives: frozenset[str]
    refusal_nouns: Mapping[str, str]  # noun -> its idiom's prepositions: out_of, off, up_for
    conditional_marks: frozenset[str]
    concessive_marks: frozenset[str]  # "even if", "as if": no condition
    addressee_prepositions: frozenset[str]
    content_verbs: frozenset[str]
    preposition_nouns: frozenset[str]
    negations: frozenset[str]
    negative_coordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    nominal_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    complement_marks: frozenset[str]
    complaint_prepositions: frozenset[str]
    grievance_prepositions: frozenset[str]
    spokesperson_prepositions: frozenset[str]
    speech_acts: Mapping[str, str]  # verb -> the modality of what it says (requested, ...)
    content_nouns: frozenset[str]
    non_target_prepositions: frozenset[str]
    organisation_nouns: frozenset[str]
    verbal_target_nouns: frozenset[str]
    command_verbs: frozenset[str]
    court_nouns: frozenset[str]
    party_object_verbs: frozenset[str]
    party_patient_verbs: frozenset[str]
    information_nouns: frozenset[str]
    party_nouns: frozenset[str]
    intransitive_event_verbs: frozenset[str]
    figurative_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    praise_verbs: frozenset[str]
    acceptance_verbs: frozenset[str]
    office_nouns: frozenset[str]
    public_nouns: frozenset[str]
    unmarked_public_nouns: frozenset[str]  # "people": the public with no plural's tag
    definite_public_nouns: frozenset[str]  # "the public": the public in general with "the"
    generic_leads: frozenset[str]  # "most people": still anyone of the public
    adviser_nouns: frozenset[str]
    call_verbs: frozenset[str]
    attendance_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    prospect_verbs: frozenset[str]
    campaign_nouns: frozenset[str]
    view_nouns: frozenset[str]
    admission_verbs: frozenset[str]
    quoted_verbs: frozenset[str]
    restating_verbs: frozenset[str]
    withdrawal_verbs: frozenset[str]
    critic_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    offer_verbs: frozenset[str]
    armed_nouns: frozenset[str]
    intangible_nouns: frozenset[str]
    means_prepositions: frozenset[str]  # "hit by", "bombarded with": a doer or a means
    undergo_verbs: frozenset[str]  # "came under fire": the subject undergoes the event
    labour_nouns: frozenset[str]
    protester_nouns: frozenset[str]
    belief_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    question_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    threat_nouns: frozenset[str]
    ban_verbs: frozenset[str]
    traded_nouns: frozenset[str]
    envoy_nouns: frozenset[str]
    span_nouns: frozenset[str]
    lifting_verbs: frozenset[str]
    halting_verbs: frozenset[str]
    restriction_nouns: Mapping[str, str]  # noun -> "EventType/CAMEO code/context" lifting it is
    event_modes: Mapping[str, str]  # cue word -> "EventType/mode"
    event_contexts: Mapping[str, str]  # cue word -> PLOVER context
    quad_classes: Mapping[str, str]  # event type, lower-case -> quad class
    titles: frozenset[str]
    honorifics: frozenset[str]
    honorific_genders: Mapping[str, str]  # honorific -> the gender it gives (male, female)
    pronoun_genders: Mapping[str, str]  # person pronoun -> the gender it gives (male, female)
    person_noun_genders: Mapping[str, str]  # "actress", "businessman" -> female, male
    expletive_verbs: frozenset[str]
    duration_words: frozenset[str]
    name_junk: frozenset[str]
    chamber_words: frozenset[str]
    member_nouns: frozenset[str]
    seat_subtypes: frozenset[str]
    affiliation_subtypes: frozenset[str]
    home_bodies: Mapping[str, str]  # "name@country" -> the gazetteer key of the body it means
    post_nominal_roles: Mapping[str, str]  # letters after a name -> the role they give
    sector_nouns: Mapping[str, str]  # noun -> the sector of the state it stands for
    group_nouns: frozenset[str]
    place_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    leader_nouns: frozenset[str]
    country_nouns: frozenset[str]  # "the country": the state the article names most
    bare_country_nouns: frozenset[str]  # "the state": so with "the" alone
    apart_words: frozenset[str]  # "X, the other operator": a description of someone else
    becoming_verbs: frozenset[str]  # "X will remain chief executive": the noun is X
    as_role_verbs: frozenset[str]  # "X will serve as Y's deputy": the noun is X
    stake_nouns: frozenset[str]  # "44% of the carmaker": a stake in the firm, no actor
    pair_nouns: Mapping[str, str]  # noun -> the kind of actor (Person, Country)
    place_prepositions: frozenset[str]
    employer_prepositions: frozenset[str]
    outsider_nouns: frozenset[str]  # "a critic of the WTO": no employer
    location_prepositions: frozenset[str]
    path_prepositions: frozenset[str]
    motion_verbs: frozenset[str]
    site_nouns: frozenset[str]
    open_water_words: frozenset[str]
    definite_articles: frozenset[str]  # "the" of "the River Thames", of "the public"
    source_prepositions: frozenset[str]  # "from" of "an offer from Foster's": the target
    site_prepositions: frozenset[str]  # "in" of "Belmarsh Prison in London"
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    plural_speaker_pronouns: frozenset[str]
    copulas: frozenset[str]  # admission (kg.extract.admission): "X is Y" says nothing done
    copula_states: frozenset[str]
    light_verbs: frozenset[str]
    fragment_starts: frozenset[str]
    fragment_ends: frozenset[str]
    vague_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    demonstratives: frozenset[str]  # "This is ... . It ...": "it" is what "this" is
    measure_nouns: frozenset[str]
    audiences: frozenset[str]
    addressee_verbs: frozenset[str]
    audience_verbs: frozenset[str]
    setting_prepositions: frozenset[str]
    audience_codes: frozenset[str]
    question_marks: frozenset[str]
    asking_words: frozenset[str]
    unsaying_verbs: frozenset[str]  # "did not mean that ...": the clause is not so
    reason_copulas: frozenset[str]  # "That's why the Kok report recommends ...": stated
    comment_verbs: frozenset[str]  # "would not comment on the reports": no content (frame)
    refusal_words: frozenset[str]  # "refused to comment", "declined to say"
    withheld_marks: frozenset[str]  # "did not say where the job losses would fall"
    clause_verbs: frozenset[str]
    complement_words: frozenset[str]
    placing_verbs: frozenset[str]
    into_nouns: frozenset[str]
    result_verbs: frozenset[str]
    finding_verbs: frozenset[str]  # "The study found ...": a document's finding
    effect_verbs: frozenset[str]  # "was hit by a dip in demand": what befalls from things
    regard_verbs: frozenset[str]  # "sees the listings as reforms": the point in the "as"
    done_prepositions: frozenset[str]  # "after signing a deal": an act done, not an aim
    deed_verbs: frozenset[str]  # "reward Tripoli for giving up weapons": a deed done
    pending_marks: frozenset[str]
    generic_words: frozenset[str]
    people_nouns: frozenset[str]
    policy_nouns: frozenset[str]
    indicator_nouns: frozenset[str]
    commentator_nouns: frozenset[str]  # "analysts": a vague group unless it says whose
    vague_determiners: frozenset[str]  # "some people", "other countries", "others"
    economist_nouns: frozenset[str]  # "CBI chief economist Ian McCafferty said ...": commentary
    measure_verbs: frozenset[str]
    change_verbs: frozenset[str]
    price_verbs: frozenset[str]  # "Elan finished at $8": a firm's shares, where they stand
    price_units: frozenset[str]  # "151.5 pence", "70%": a price or a percentage
    venue_nouns: frozenset[str]  # "on the New York Stock Exchange": where shares trade, no party
    hollow_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    intent_nouns: Mapping[str, str]
    bystander_codes: frozenset[str]
    spokesperson_nouns: frozenset[str]
    person_nouns: frozenset[str]
    described_person_nouns: frozenset[str]
    named_organisation_nouns: frozenset[str]
    name_of_heads: frozenset[str]  # "Commission" of "the Commission for ...": a name goes on
    name_phrase_prepositions: frozenset[str]  # "for" of "the Commission for Latin America"
    name_joins: frozenset[str]  # "of the": where a body's name may be cut before going on
    story_body_nouns: Mapping[str, str]  # "the party": the story's party -> subtype it needs
    company_nouns: frozenset[str]  # "energy giant Gazprom": a company's name, not a place
    work_nouns: frozenset[str]  # "US musical Sweet Charity": a work's name, no actor's
    band_nouns: frozenset[str]  # "rock band Keane": an organisation's name, no person's
    work_verbs: frozenset[str]  # "The Libertine starring Johnny Depp": a work's name
    singling_words: frozenset[str]  # "the other German company": not the one named
    company_suffixes: frozenset[str]  # "Contrack International": "Contrack" is the same firm
    surname_particles: frozenset[str]  # "De Vido" of "Julio De Vido": the surname
    state_body_nouns: frozenset[str]  # "a court": the court of the story's country
    unnamed_determiners: frozenset[str]  # "a pensioner", "no other minister": the story's
    collective_nouns: Mapping[str, str]  # "the public": the story's country's people (CVL)
    civilian_nouns: Mapping[str, str]  # "parents", "shoppers": people in general (civilian)
    state_plural_nouns: Mapping[str, str]  # "departments", "councils": a state's bodies
    standalone_body_nouns: frozenset[str]  # "the Bank" alone: not the World Bank's short form
    statutory_body_nouns: frozenset[str]  # "Human Rights Commission": a state's, no NGO
    civil_body_words: Mapping[str, str]  # "the lobby group X", "the Campaign for ...": NGO
    religious_words: Mapping[str, str]  # "Church ministers", "the Reverend X": CHR (religion)
    coined_firm_words: frozenset[str]  # "Menatep Group" a firm, "the Contact Group" not
    industry_name_words: frozenset[str]  # "Deutsche Telekom", "Zubland Airways": a firm
    industry_group_words: frozenset[str]  # "oil group Rosneft": a firm; "rights group" not
    abroad_modifiers: frozenset[str]  # "foreign firms": no people of the story's country
    medium_nouns: frozenset[str]  # "the Today programme": a programme named "Today" (MED)
    press_nouns: frozenset[str]  # "the paper said": the newspaper the text named last
    media_name_words: frozenset[str]  # "Greater Manchester Radio", "Jewish Chronicle": MED
    press_name_words: frozenset[str]  # "Arab News", "The Jakarta Post": a paper's name
    broadcast_name_words: frozenset[str]  # "BBC News", "Sky News": a broadcaster's, no paper
    journalist_nouns: frozenset[str]  # "our correspondent"; "Jewish Chronicle editor" (MED)
    body_nouns: frozenset[str]  # "government departments": bodies of the sector before them
    voice_nouns: frozenset[str]  # "Rosneft officials": people who speak for an organisation
    object_pronouns: frozenset[str]  # "him": never the subject of its own clause
    seat_words: frozenset[str]  # "US-based X": X is of the country the place is in
    private_heads: frozenset[str]  # "chief executive": a company's officer (BUS)
    firm_officer_nouns: frozenset[str]  # "the firm's chief": the person is the firm's
    market_nouns: frozenset[str]  # "an analyst at Troika Dialog": the firm's person (BUS)
    relation_nouns: frozenset[str]  # "its smaller rival X": how X stands, not its kind
    role_body_words: frozenset[str]  # "airport authority chief": the body a role names (GOV)
    cabinet_title_words: frozenset[str]  # "government spokesman": a state's office by its title
    peer_titles: frozenset[str]  # "Lord Woolf": a peer's name keeps the title
    initial_skips: frozenset[str]  # words an acronym leaves out ("of", "and": PCO)
    company_marks: frozenset[str]  # "shares in X", "X's profits": X is a company
    company_mark_prepositions: frozenset[str]  # "shares in X": the owner's preposition
    name_prepositions: frozenset[str]  # "Department of X": the name's head is before "of"
    subtype_codes: Mapping[str, str]  # an organisation's subtype -> its CAMEO sector code
    prefix_roles: Mapping[str, str]  # a role's first word -> the role noun it codes as
    title_synonyms: Mapping[str, str]  # "premier" -> "prime minister": the same office
    name_titles: frozenset[str]  # titles that stay in a person's name and give its sector
    past_title_words: frozenset[str]  # "the former president" holds no office now
    former_title_words: frozenset[str]  # "Former Cabinet minister X": held it before
    former_office_sectors: Mapping[str, str]  # gbr -> LEG: a former minister's sector
    seat_office_words: frozenset[str]  # "assembly member": a seat, not a body's voice
    devolved_title_words: frozenset[str]  # "Welsh health minister": no state's government
    viewpoint_prepositions: frozenset[str]  # "For X, the future is ...": X's view
    state_codes: frozenset[str]  # CAMEO sectors of a state's own bodies (gov, leg, ...)
    local_codes: frozenset[str]  # sectors of people where a story is (cvl, bus, ...)
    local_role_nouns: frozenset[str]  # "teachers", "pupils": a country's public service (EDU)
    state_sectors: frozenset[str]

    @classmethod
    def load(cls, path: Path | str | None = None) -> Words:
        """Read a word-list TSV; ``#`` lines are comments. A broken file is an OntologyError."""
        path = path or data.words()
        found: dict[str, dict[str, str]] = {name: {} for name in LISTS}
        for n, row in tsv.rows(path, "word lists"):
            name, word, value = _entry(path, n, row)
            found[name][word] = value  # a later row wins
        twice = declared_twice(Path(path).read_text(encoding="utf-8").splitlines())
        if twice:
            raise OntologyError(f"{path}: lists declared twice: {', '.join(twice)}", HINT)
        missing = [name for name, words in found.items() if not words]
        if missing:
            raise OntologyError(f"{path}: no words for {', '.join(missing)}", HINT)
        return cls(**{name: _freeze(name, words) for name, words in found.items()})


#: The names of the lists, as the ``list`` column gives them.
LISTS = tuple(f.name for f in fields(Words))


def declared_twice(lines: list[str]) -> list[str]:
    """The lists the header's ``#   name   what it holds`` lines declare more than once: two
    lists of one name would be read as one, each one's words widening the other's."""
    names = [m.group(1) for m in map(DECLARATION.match, lines) if m and m.group(1) in LISTS]
    return sorted({name for name in names if names.count(name) > 1})


#: A header line that declares a list: ``#``, three spaces, the list's name, spaces.
DECLARATION = re.compile(r"^#   ([a-z_]+)\s")


def _entry(path: Path | str, n: int, row: dict) -> tuple[str, str, str]:
    """(list, word, value) of one row, or an OntologyError that says what is wrong."""
    if "list" not in row or "word" not in row:
        raise OntologyError(f"{path}: the header line must be list<TAB>word<TAB>value", HINT)
    name = (row["list"] or "").strip()
    word = (row["word"] or "").strip().lower()
    value = (row.get("value") or "").strip()
    problem = _problem(name, word, value, extra=any(row.get(None) or ()))
    if problem:
        raise OntologyError(f"{path}: row {n}: {problem}", HINT)
    return name, word, value


def _problem(name: str, word: str, value: str, *, extra: bool) -> str | None:
    """What is wrong with a row, or None."""
    if name not in LISTS:
        return f"unknown list {name!r}"
    if extra:
        return f"{name} {word!r}: more than three columns"
    if not word or any(c.isspace() for c in word):
        return f"{name} needs one word, without spaces (got {word!r})"
    found = _value_problem(name, value)
    return f"{name} {word!r}: {found}" if found else None


def _value_problem(name: str, value: str) -> str | None:
    if name not in VALUES:
        return f"takes no value (got {value!r})" if value else None
    allowed = VALUES[name]
    if not value:
        return "needs a value"
    if allowed is not None and value not in allowed:
        return f"value must be one of {', '.join(sorted(allowed))} (got {value!r})"
    return None


def _freeze(name: str, words: dict[str, str]) -> frozenset[str] | Mapping[str, str]:
    return MappingProxyType(dict(words)) if name in VALUES else frozenset(words)


@cache
def vocabulary() -> Words:
    """The packaged word lists, read on first use and kept for the life of the process."""
    return Words.load()


def body_titles(words: Words) -> frozenset[str]:
    """Every noun that calls the name after it a firm's or a body's ("steel giant LNM",
    "regulator AMF", "the agency"): ``company_nouns``, ``organisation_nouns`` and
    ``named_organisation_nouns``."""
    return united(words, ("company_nouns", "organisation_nouns", "named_organisation_nouns"))


def pronouns(words: Words) -> frozenset[str]:
    """Every word the pronoun lists hold."""
    return united(words, PRONOUN_LISTS)


#: The pronoun lists :func:`pronouns` unites.
PRONOUN_LISTS = (
    "person_pronouns", "thing_pronouns", "plural_pronouns", "speaker_pronouns", "vague_pronouns"
)  # fmt: skip
#: Each union of lists :func:`united` made, by the lists' names, with the Words it was made of.
_UNIONS: dict[tuple[str, ...], tuple[Words, frozenset[str]]] = {}


def united(words: Words, lists: tuple[str, ...]) -> frozenset[str]:
    """The union of ``words``' lists named ``lists`` (a mapping's keys), made once for the
    Words object it was last asked of: the process-wide :func:`vocabulary`, or the one read
    anew after ``vocabulary.cache_clear()`` (a user's word list, a test). Kept by hand, not
    by ``functools.cache``: a Words is not hashable (its mappings are not), and a cache of
    its own over :func:`vocabulary` would keep the lists it was first asked with. The rules
    that test a word against several lists ask for every statement or head noun."""
    kept = _UNIONS.get(lists)
    if kept is None or kept[0] is not words:
        kept = _UNIONS[lists] = (words, frozenset().union(*(getattr(words, n) for n in lists)))
    return kept[1]
