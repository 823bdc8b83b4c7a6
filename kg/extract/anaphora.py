"""Pronouns to actors: what "he", "it", "they", "we" stand for (the rules of
:class:`Anaphora`, mixed into :class:`kg.extract.actors.Resolver`).

The tokens a pronoun leans on are :mod:`kg.extract.pronouns`'s to find; this module decides
which actor (or topic) they are and whether the pronoun can stand for it: number, animacy
("it" is never a person, "they" never one person) and gender agree, and a quotation's speaker
says "I" of themself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract import descriptions, pronouns
from kg.extract.according import cites
from kg.extract.codes import EMPLOYER_BODY
from kg.extract.employers import named_bodies
from kg.extract.fullnames import is_person
from kg.extract.governments import in_government, legislators_state, state_of
from kg.extract.metonyms import as_place
from kg.extract.offices import is_definite, is_office_noun
from kg.extract.parse import parse_of, sentence_end, sentence_root, sentences_back
from kg.extract.phrases import phrase
from kg.extract.quotes import SPEAKER_SPAN, earlier_speakers, is_speaking
from kg.extract.resolution import Resolution
from kg.extract.titles import appos_noun, company_role, organisation_role
from kg.extract.wordnet import agent_nouns
from kg.extract.words import body_titles, vocabulary
from kg.gazetteer import to_actor, topic
from kg.model import Actor

#: The kinds of actor a spokesperson the text names no body for speaks for, from context.
SPOKEN_FOR = frozenset({"Organization", "Country"})
#: Tags of a singular noun of a person the parser may take for a name's ("the Ealing North MP").
ONE_PERSON_TAGS = frozenset({"NN", "NNP"})
#: How many sentences before a company officer's "we" may name the firm it stands for: an
#: officer's quotes go on for a few sentences after the firm's name ("Cairn refutes the
#: government's position," Mr Gammell said. He insisted ... . "We have a pretty strong legal
#: case here," he added), not past a story's turn to another firm.
LATELY = 5
#: How many sentences before a "he" whose nearest name it talks of (not the speaker) the
#: speaker may be: the same as :data:`LATELY` for now, a separate knob, not the same reading.
TALKED_OF_SPAN = 5


class Anaphora:
    """The pronoun rules of :class:`kg.extract.actors.Resolver` (which gives ``doc``,
    ``names``, ``positions``, ``codes``, ``gazetteer``, ``when``, ``nesting``, :meth:`entity`,
    :meth:`resolve`, ``_description`` and ``_subject_actor``)."""

    def _pronoun(self, tok: Token, speaker: Actor | None, depth: int = 0) -> list[Resolution]:
        """The speaker ("I", or "he" in "Putin said he would attend", but not in quoted words:
        a speaker says "I" of themself, so a quoted "him" is someone else), else the subject
        the pronoun leans on (:func:`kg.extract.pronouns.prior_subject`), else the nearest
        actor named before it that it can stand for."""
        if descriptions.expletive(tok):
            return []
        if tok.lower_ in vocabulary().speaker_pronouns:
            plural = tok.lower_ in vocabulary().plural_speaker_pronouns
            body = self._body(speaker, tok) if plural else None
            employer = self._employer_body(speaker) if plural and body is None else None
            if employer is not None:
                return [Resolution(employer, True, "speaker", 0.7)]  # by its name: less sure
            firm = self._officer_firm(speaker, tok) if plural and body is None else None
            if firm is not None:
                return [Resolution(firm, True, "speaker", 0.6)]  # the story's: less sure again
            return [Resolution(body or speaker, True, "speaker", 0.9)] if speaker else []
        thing = self._thing(tok)  # before the speaker: "X said the play ... as it promoted"
        if thing is not None:
            return [thing]
        joint = self._joint(tok) or self._joint_objects(tok)  # "Acme and Globex said they
        # would merge": both; "X will monitor China and Russia to ensure they ...": the two
        if joint:
            return joint
        if (
            speaker is not None
            and descriptions.agrees(tok.lower_, speaker)
            and not pronouns.is_quoted(tok)
            and not cites(tok)  # "According to Reuters, they plan": not Reuters
            and not self._nearer_person(tok, speaker)
        ):
            return [Resolution(speaker, True, "speaker", 0.8)]
        prior = self._prior(tok, depth) or self._clause_subject(tok) or self._subject_body(tok)
        if prior is not None:
            return [prior]
        found = descriptions.antecedent(tok, self.positions)
        goes_on = self._speaker_goes_on(tok, found)  # '... coma victim Tony Bland. "...," he said'
        if goes_on is not None:
            return [goes_on]
        if found is not None and self._says_of(tok, found):  # "Mr Blair has failed, he said"
            found = descriptions.nearest(
                tok,
                self.positions,
                frozenset({found.type}),
                gender=vocabulary().pronoun_genders.get(tok.lower_),
                besides=found.id,
            )
        salient = self._main_subject_over(tok, found)
        if salient is not None:
            return [salient]
        things = self._things(tok, found) or self._passed_thing(tok, found)
        if things is not None:
            return [things]
        if found is not None and (
            self._state_by_name(tok, found)
            or self._far_object(tok, found)
            or self._named_as_place(tok, found)
        ):
            return [Resolution(topic(tok.text), False, "pronoun", 0.4)]
        return [Resolution(found, True, "pronoun", 0.6)] if found else []

    def _nearer_person(self, tok: Token, speaker: Actor) -> bool:
        """Whether a person other than the speaker is named as the subject of a clause
        between the speaker's verb and "he" or "she" (:func:`pronouns.nearer_person`: 'Mr
        Livingstone "should have withdrawn the comment" once he realised ..., said Mr
        Blair': Livingstone), whom a reader takes the pronoun for before the speaker."""
        near = pronouns.nearer_person(tok)
        if near is None or near.pos_ != "PROPN":
            return False
        actor = self._subject_actor(near)
        return actor is not None and actor.id != speaker.id

    def _speaker_goes_on(self, tok: Token, found: Actor | None) -> Resolution | None:
        """A "he" or "she" that speaks (:func:`kg.extract.quotes.is_speaking`: "he said",
        "he replied") with no subject before it to lean on is the last person who spoke in
        the sentences before it (:func:`kg.extract.quotes.earlier_speakers`), if the pronoun
        agrees with them, rather than the nearest person named, who may only be talked of
        ('Tony Blair said he would ... . But changes ... from coma victim Tony Bland. "It is
        important ...," he said': Blair; 'Mr Blair told BBC News ... . Asked if Mr Blunkett
        could return ..., he replied': Blair). None otherwise, or when that is ``found``."""
        if tok.lower_ not in vocabulary().person_pronouns or not is_speaking(tok):
            return None
        said = found is not None and self._says_of(tok, found)
        if (
            found is not None
            and not said
            and (self._viewpoint(tok, found) or self._governs(tok, found))
        ):
            return None  # "For Allen Weiner, ..., the future is ... . '...,' he said": Weiner
        actor = self._last_speaker(
            tok,
            lambda a: descriptions.agrees(tok.lower_, a) and not (said and a.id == found.id),
            sentences=TALKED_OF_SPAN if said else SPEAKER_SPAN,  # the name talked of: further
        )
        if actor is None or (found is not None and found.id == actor.id):
            return None
        return Resolution(actor, True, "pronoun", 0.6)

    def _says_of(self, tok: Token, found: Actor) -> bool:
        """Whether the last mention of ``found`` before ``tok`` is in what ``tok``, "he" or
        "she", says (:func:`kg.extract.pronouns.in_reported`: "Mr
        Blair has failed to tackle these problems, he claimed"): a speaker named there is
        talked of, not the one who speaks, so the voice goes on from the last speaker."""
        last = self._last_mention(tok, found)
        return last >= 0 and pronouns.in_reported(tok, self.doc[last])

    def _governs(self, tok: Token, found: Actor) -> bool:
        """Whether ``found`` is named in the subject of a clause above the pronoun's
        (:func:`kg.extract.pronouns.governing_subject`: "Labour Minister Ghazi al-Gosaibi
        had caused uproar when he said ...": Gosaibi), whom a reader takes it for."""
        subj = pronouns.governing_subject(tok)
        if subj is None or subj.i > tok.i:
            return False
        lo, hi = subj.left_edge.i, subj.right_edge.i
        return any(lo <= i <= hi and a.id == found.id for i, a in self.positions)

    def _viewpoint(self, tok: Token, found: Actor) -> bool:
        """Whether the last mention of ``found`` before ``tok`` is the object of a preposition
        put before its clause's verb that gives whose view the clause is
        (``viewpoint_prepositions``: "For Richard Tateson, ..., the need grew out of personal
        frustration", where the parser may make "For" the root): the voice a quotation after
        it goes on in."""
        last = self._last_mention(tok, found)
        if last < 0:
            return False
        name, words = self.doc[last], vocabulary()
        prep = name.head
        return (
            name.dep_ == "pobj"
            and prep.lower_ in words.viewpoint_prepositions
            and prep.i <= prep.head.i  # before its verb, or the root the parser made of it
        )

    def _described_speaker(self, tok: Token) -> Resolution | None:
        """A definite noun of one person that speaks ("said the Ealing North MP", "the
        entrepreneur said": a member's, an office's or one of ``described_person_nouns``;
        not "the correspondent", who may be the medium's voice) that no name before it was
        found for (by title or in the sentence before:
        :func:`kg.extract.descriptions.member_before`, ``person_before``): the last
        person who spoke in the sentences before it, as a reader takes the voice going on
        ('Mr Pound ... said: "..." He said ... . "It was ... . I felt guilt ...," said the
        Ealing North MP': Pound); not a noun an owner, a phrase or a number sets apart ("the
        party's MP"). None otherwise."""
        words = vocabulary()
        lemma = tok.lemma_.lower()
        person = (
            lemma in words.member_nouns
            or lemma in words.described_person_nouns
            or is_office_noun(tok)
        )
        if not person or tok.tag_ not in ONE_PERSON_TAGS or tok.ent_type_:
            return None  # "the Ealing North MP": a singular noun, tagged a name's or not
        if not is_definite(tok) or not is_speaking(tok):
            return None
        if descriptions.set_apart(tok) or self.nesting > 3:
            return None
        actor = self._last_speaker(tok, lambda a: a.type == "Person")
        return Resolution(actor, True, "description", 0.5) if actor is not None else None

    def _last_speaker(
        self, tok: Token, fits: Callable[[Actor], bool], *, sentences: int = SPEAKER_SPAN
    ) -> Actor | None:
        """The actor of the nearest of :func:`kg.extract.quotes.earlier_speakers` (of the
        ``sentences`` before) that ``fits``, or None; a pronoun speaker is what it stands for
        ('Tony Blair said ... . He said ... . "...," said the MP': Blair, through the "He")."""
        for subj in earlier_speakers(tok, sentences=sentences):
            self.nesting += 1
            try:
                if subj.pos_ == "PRON":
                    found = self._pronoun(subj, None, 1) if self.nesting <= 3 else []
                    actor = found[0].actor if found and found[0].is_actor else None
                else:
                    actor = self._subject_actor(subj)
            finally:
                self.nesting -= 1
            if actor is not None and fits(actor):
                return actor
        return None

    def _state_by_name(self, tok: Token, found: Actor) -> bool:
        """Whether a plural pronoun's nearest antecedent is a state the text named by its name
        ("many Roma had good reason to want to leave the Czech Republic ... . But she said they
        were treated ...": the Roma, not the state; "because no airline would carry them"):
        "they" of a state is its people or officials, which the name does not say, so no guess.
        A plural noun of a state's ("Iranian authorities ... . They") is read before this."""
        if tok.lower_ not in vocabulary().plural_pronouns or found.type != "Country":
            return False
        last = self._last_mention(tok, found)
        return last >= 0 and self.doc[last].ent_type_ == "GPE"

    def _far_object(self, tok: Token, found: Actor) -> bool:
        """Whether "it", an object (:func:`kg.extract.pronouns.thing_object`: "He did it",
        "doesn't want to limit it", "the targets included in it"), would only go back to the
        nearest body named before its sentence: an act's object is most often the thing the
        text talks of (a plan, a bill, a budget), which no name says, and a body named
        sentences back is a guess, so no actor. A body named in its sentence stays ("quit
        the party and accused it of betraying", "allowing it to become"), and so does one a
        noun of bodies calls there as an object ("voters who switched to the party and stuck
        with it"); a subject's is not ("The government doesn't want to limit it": not the
        government, whose act it is; "the firm has failed to meet the targets included in
        it")."""
        if not pronouns.thing_object(tok):
            return False
        start = parse_of(tok.doc).sent_start[tok.i]
        if not 0 <= self._last_mention(tok, found) < start:
            return False  # named in its sentence, or not by a name: stays
        bodies = body_titles(vocabulary())
        return not any(
            t.tag_ == "NN" and t.lemma_.lower() in bodies and t.dep_ not in pronouns.SUBJECTS
            for t in self.doc[start : tok.i]
        )

    def _named_as_place(self, tok: Token, found: Actor) -> bool:
        """Whether "it" would only go back to a country last named as a place, where things
        happen or people go (:func:`kg.extract.metonyms.as_place`: "On a visit to India, the
        actor said ... . Douglas added that it had been inspired by ...", "the wars in Iraq and
        Afghanistan ... turned it into a record deficit"): a setting is not a party the text
        goes on about, and the "it" most often a thing no name says, so no actor rather than a
        guess. A country last named as a party ("India said it would") stays, and so does one
        a noun of countries has taken up since ("travelled Iraq to document ... the country
        and the problems it has faced": the text goes on about it)."""
        words = vocabulary()
        if tok.lower_ not in words.thing_pronouns or found.type != "Country":
            return False
        last = self._last_mention(tok, found)
        if last < 0 or not as_place(self.doc[last]):
            return False
        return not any(t.lemma_.lower() in words.country_nouns for t in self.doc[last + 1 : tok.i])

    def _last_mention(self, tok: Token, actor: Actor) -> int:
        """The index of the last token before ``tok`` that names ``actor`` (by its IRI), or -1
        if none does ("Ivan Petrov spoke . Petrov left . He ...": the second "Petrov")."""
        return max((i for i, a in self.positions if i < tok.i and a.id == actor.id), default=-1)

    def _body(self, speaker: Actor | None, tok: Token) -> Actor | None:
        """The organisation a speaking person's title names, which their "we" is ("UKIP
        chairman Petrina Holdsworth": "we could take legal proceedings" is UKIP), else the
        state they speak for (:meth:`_state_of`), else the body kg's table of office holders
        gives them (:meth:`_office_body`), else the state of a member of its legislature
        (:func:`kg.extract.governments.legislators_state`), if any."""
        if speaker is None or speaker.type != "Person":
            return None
        titled = self._titled_body(speaker)
        body = titled or self._state_of(speaker, tok) or self._office_body(speaker)
        return body or legislators_state(
            speaker, tok, self.positions, codes=self.codes, gazetteer=self.gazetteer, when=self.when
        )

    def _state_of(self, speaker: Actor, tok: Token) -> Actor | None:
        """:func:`kg.extract.governments.state_of` with the resolver's tables."""
        return state_of(
            speaker, tok, self.positions, codes=self.codes, gazetteer=self.gazetteer, when=self.when
        )

    def _office_body(self, speaker: Actor) -> Actor | None:
        """The organisation kg's table of office holders (``offices.tsv``) says the speaking
        person holds an office of on the article's date, which their "we" is when the text
        titles them with none ("Dr Liam Fox", co-chairman of the Conservative Party: "we
        would look at ..." is the party); not a past office ("former chief executive":
        ``past_title_words``), nor a member's seat ("assembly member": ``member_nouns``,
        ``seat_office_words``), whose "we" is their party's; the first the table lists, if the
        gazetteer knows it. Never for a member of a state's government (Tony Blair, the Labour
        Party's leader, whose "we" with a foreign leader named in its sentence is no guess)."""
        if self.codes is None or in_government(speaker, self.codes, self.when):
            return None  # a member of a government whose "we" was not the state: left so
        words = vocabulary()
        unheld = words.past_title_words | words.member_nouns | words.seat_office_words
        for office in self.codes.offices.bodies(speaker.id, self.when):
            if any(w in unheld for w in office.office.split()):
                continue
            entry = self.gazetteer.entries.get(office.of)
            if entry is not None:
                return to_actor(entry)
        return None

    def _titled_body(self, speaker: Actor) -> Actor | None:
        """The organisation the title or apposition of a mention of the person names."""
        for ent in self.names.ents:
            if (
                is_person(ent)
                and (found := self.entity(ent)) is not None
                and found.id == speaker.id
            ):
                body = self.names.body_of(ent)
                if body is not None:
                    return body
        return None

    def _employer_body(self, speaker: Actor | None) -> Actor | None:
        """The one organisation the article names in a title or apposition of the speaking
        person, by its name in the text ("GW Pharma executive chairman Dr Geoffrey Guy",
        "David Frost, BCC director general", "Helmut Panke, BMW's group chief executive":
        :func:`kg.extract.employers.named_bodies`), which a "we" of theirs is, when the
        gazetteer knows neither (:meth:`_titled_body` reads those) and they are in no state's
        government (whose "we" is the state). None when their mentions name no organisation,
        or two."""
        if speaker is None or speaker.type != "Person":
            return None
        found: dict[str, Actor] = {}
        for ent in self.names.ents:
            if not is_person(ent) or (person := self.entity(ent)) is None:
                continue
            if person.id != speaker.id:
                continue
            for org in (*named_bodies(self.names, ent), *self._appos_bodies(ent)):
                actor = self.entity(org)
                if actor is not None and actor.type == "Organization" and self._a_body(org):
                    found.setdefault(actor.id, actor)
        return next(iter(found.values())) if len(found) == 1 else None

    def _officer_firm(self, speaker: Actor | None, tok: Token) -> Actor | None:
        """The firm a business story is about (:meth:`kg.extract.names.Names.firm_actor`),
        which a "we" (``tok``) of a person kg took for one of its officers is: a person whose
        body is a firm's (``company``: "Chief executive Bill Gammell" in a story about Cairn
        Energy), none of whose mentions names a body in a title or apposition (a body named is
        :meth:`_employer_body`'s to weigh, whatever it found), when the text names the firm in
        the sentence of the "we" or the :data:`LATELY` before it (not "Yukos said ... . 'We
        believe ...,' said chief executive Steven Theede" in a story naming Rosneft more).
        None for anyone else, or a story about no one firm."""
        if speaker is None or speaker.type != "Person" or speaker.sector != EMPLOYER_BODY:
            return None
        for ent in self.names.ents:
            if not is_person(ent) or (person := self.entity(ent)) is None:
                continue
            if person.id == speaker.id and (
                named_bodies(self.names, ent) or self._appos_bodies(ent)
            ):
                return None
        firm = self.names.firm_actor()
        if firm is None:
            return None
        start, end = sentences_back(tok.doc, tok.i, LATELY), sentence_end(tok.doc, tok.i)
        named = any(start <= i < end and a.id == firm.id for i, a in self.positions)
        return firm if named else None

    def _a_body(self, org: Span) -> bool:
        """Whether a name is no more than an organisation's for all the article calls it: a
        title or apposition calling it something else ("Zub Gold - a mining town") says no,
        and so does a legislator's seat ("MP for Hornsey and Wood Green": ``member_nouns``) or
        a noun of bodies alone, capitalised at a sentence's start ("Party leader X")."""
        root, words = org.root, vocabulary()
        if root.dep_ == "pobj" and root.head.head.lemma_.lower() in words.member_nouns:
            return False  # "Labour MP for Hornsey and Wood Green": a seat, no employer
        if len(org) == 1 and root.lemma_.lower() in words.organisation_nouns:
            return False  # "Party leader Michael Howard": a noun, no name
        said = self.names.role_of(org)
        role = said[1].role if said is not None else None
        return role is None or company_role(role) or organisation_role(role) is not None

    def _appos_bodies(self, ent: Span) -> list[Span]:
        """The entities among the words before a noun in apposition after a person's name
        ("BCC" of "David Frost, BCC director general"; "BMW" of "Helmut Panke, BMW's group
        chief executive")."""
        noun = appos_noun(ent.root)
        if noun is None or noun.i < ent.end:
            return []
        found = (self.names.entity_at(w) for w in noun.subtree if w.i < noun.i)
        return [e for e in found if e is not None and e.start >= ent.end]

    def _spoken_for(self, tok: Token) -> Resolution | None:
        """A spokesperson the phrase names no body for ("a spokesman", "the spokeswoman": no
        modifier, no "for ..."): the organisation or state its sentence's main subject names,
        before it ("Downing Street defended the decision ..., with a spokesperson saying"), else
        the one the sentence before made its subject or its speaker ("Downing St said a similar
        offer might be made ... . However a spokesman pointed out"); else None (a person
        before it is no guess: "Mr Smith was arrested. A spokesman said")."""
        words = vocabulary()
        if (
            tok.lemma_.lower() not in words.spokesperson_nouns
            or tok.tag_ != "NN"
            or any(c.dep_ not in {"det", "punct"} for c in tok.children if c.i < tok.i)
            or any(c.dep_ == "prep" for c in tok.children)
            or self.nesting > 3
        ):
            return None
        start = parse_of(tok.doc).sent_start[tok.i]
        subj = pronouns.main_subject(sentence_root(tok.doc, start))
        if subj is None or subj.i >= tok.i or subj.right_edge.i >= tok.i:
            subj = pronouns.narrative_subject(tok, start) if start > 0 else None
        if subj is None or pronouns.across_quote(tok, subj):
            return None
        self.nesting += 1
        try:
            found = self.resolve(phrase(subj))
        finally:
            self.nesting -= 1
        if found is None or not found.is_actor or found.actor.type not in SPOKEN_FOR:
            return None
        return Resolution(found.actor, True, "spokesperson", 0.6)

    @staticmethod
    def _conjunct_thing(tok: Token) -> Token | None:
        """:func:`kg.extract.pronouns.conjunct_subject`, unless a noun of bodies, which may
        be the body the clause's "it" is ("The industry is upbeat that the sticker will help,
        but it is only a start": left to the antecedent rules, which find the sticker), or a
        thing an owner's possessive names, whose "it" may be the owner ("Globex's output fell
        and it cut jobs"), unless "it" only has a state the copula gives ("Sri Lanka's stock
        market has fallen ..., but it is still 40% higher")."""
        subj = pronouns.conjunct_subject(tok)
        words = vocabulary()
        lemma = subj.lemma_.lower() if subj is not None else ""
        bodies = (words.organisation_nouns, words.company_nouns, words.sector_nouns)
        if subj is None or lemma in words.collective_nouns or any(lemma in b for b in bodies):
            return None
        owned = any(c.dep_ == "poss" for c in subj.children)
        return None if owned and not _a_state(tok) else subj

    def _thing(self, tok: Token) -> Resolution | None:
        """ "it" a copula says is a thing ("it was a recognition"), or a noun that is no actor
        nor, in any sense, a person or a group (:meth:`_thing_topic`, ``agent_nouns``: "It
        would be an aggressive campaign": the campaign; not "it is a member of"), or in a
        subordinate clause whose governing clause's subject is a thing that is no actor ("Mr
        Hockney said the law worked for the GLA as it did for other systems": the law), or the
        subject of a clause coordinated with one whose subject is ("the stock market has fallen
        ..., but it is still higher"), a relative pronoun standing for the thing ("a 'nuclear
        option' which was rarely used as it was not seen as ...": the option): that topic; but an
        organisation whose possessive owns that governing subject (:meth:`_owning_body`: "the
        LSE's plan was further evidence it wants", "Merck's head of research Peter Kim said
        that it withdrew") is what "it" is; else None."""
        if descriptions.said_a_thing(tok):
            return Resolution(topic(tok.text), False, "pronoun", 0.4)
        if tok.lower_ not in vocabulary().thing_pronouns:
            return None
        predicate = pronouns.predicate_noun(tok)  # "It would be an aggressive campaign"
        maybe_agent = predicate is None or predicate.lemma_.lower() in agent_nouns()  # "a member"
        thing = self._thing_topic(predicate) if not maybe_agent else None
        if thing is not None:
            return thing
        governing = pronouns.governing_subject(tok)
        owned = (
            governing is not None
            and governing.i < tok.i
            and governing.tag_ == "NN"
            and not _a_state(tok)  # "Microsoft's Windows ... because it is so widespread"
        )
        owner = self._owning_body(governing) if owned else None
        if owner is not None:
            return Resolution(owner, True, "pronoun", 0.6)
        subj = governing or self._conjunct_thing(tok)
        subj = pronouns.relative_antecedent(subj, tok) if subj is not None else None
        if subj is None or subj.i > tok.i or subj.tag_ != "NN" or subj.ent_type_:
            return None
        found = self._description(subj, phrase(subj).text)
        return None if found.is_actor else Resolution(found.actor, False, "pronoun", 0.4)

    def _owning_body(self, subj: Token) -> Actor | None:
        """The one organisation a possessive in ``subj`` names ("the LSE's plan"), which a
        thing pronoun in a clause under it may stand for rather than the thing owned ("The
        Sunday Telegraph said the LSE's plan was further evidence it wants to retain ...":
        the LSE); else None (a state's thing, "Japan's economy ... as it ...", stays the
        thing)."""
        owners = [c for c in subj.children if c.dep_ == "poss"]
        spans = [(c.left_edge.i, c.right_edge.i) for c in owners]
        found = {
            a.id: a
            for i, a in self.positions
            if a.type == "Organization" and any(lo <= i <= hi for lo, hi in spans)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _leaned_thing(self, tok: Token, subj: Token) -> Resolution | None:
        """ "it" as a main clause's subject, leaning on the previous sentence's subject, a
        thing that is no actor and names none but people ("Thursday's report was drawn up by
        ... . It said ..."; "Mr Ebbers' trial ... . It will coincide"): that topic, not sure,
        rather than an organisation named before it. None when unsure: in a subordinate
        clause (:meth:`_thing` reads those), a noun of organisations ("The Indian firm ... .
        It ..."), a subject naming an actor "it" may be ("Membership of the WTO")."""
        if tok.lower_ not in vocabulary().thing_pronouns or not pronouns.in_main_clause(tok):
            return None
        return self._thing_topic(subj)

    def _passed_thing(self, tok: Token, named: Actor | None) -> Resolution | None:
        """ "it" that would go back to an organisation or state named in an earlier sentence
        than a thing the text has since made its subject or object, in the pronoun's sentence or
        the one before ("Britain is expected to retain ... . Mark Oaten called the change
        pragmatic and argued it gave a better chance": the change, not Britain): that topic,
        not sure. A reader takes "it" for the nearest singular noun that agrees, thing or
        body, and a thing is what is talked of since; a body named in the same sentence as the
        thing, or after it, stays the nearer, and so does the name a clause before its main
        one may point ahead to (no guess between them)."""
        if named is None or tok.lower_ not in vocabulary().thing_pronouns:
            return None
        ahead = pronouns.governing_subject(tok)  # "Despite struggling since it was opened,
        if ahead is not None and ahead.i > tok.i and ahead.ent_type_:  # EuroDisney has ..."
            return None  # a clause before its main one may point ahead to the name
        last = next(i for i, a in reversed(self.positions) if i < tok.i and a.id == named.id)
        noun = pronouns.thing_since(tok, last)
        return self._thing_topic(noun) if noun is not None else None

    def _unnamed_person(self, subj: Token) -> bool:
        """Whether a subject is a person by a noun ("the chancellor", "a spokeswoman") with no
        name in its phrase ("director of sport Emilio Butragueno" names him)."""
        lo, hi = subj.left_edge.i, subj.right_edge.i
        return descriptions.personal(subj) and not any(lo <= i <= hi for i, _ in self.positions)

    def _thing_topic(self, subj: Token) -> Resolution | None:
        """The topic a singular common noun is, if it is no actor and names none but people
        ("Thursday's report was drawn up by the Ministry", "Membership of the WTO" name one;
        "the firm" is a noun of organisations); else None."""
        words = vocabulary()
        if (
            subj.tag_ != "NN"
            or subj.ent_type_
            or subj.lemma_.lower() in words.named_organisation_nouns
        ):
            return None
        lo, hi = subj.left_edge.i, subj.right_edge.i
        if any(lo <= i <= hi and a.type != "Person" for i, a in self.positions):
            return None
        found = self._description(subj, phrase(subj).text)
        return None if found.is_actor else Resolution(found.actor, False, "pronoun", 0.4)

    def _things(self, tok: Token, named: Actor | None) -> Resolution | None:
        """ "They" after "Russian diplomats" or "British casinos", with no actor named since:
        what the plural noun is, an actor or a topic (with its country, if any; no guess)."""
        if tok.lower_ not in vocabulary().plural_pronouns:
            return None
        noun = pronouns.plural_noun(tok)
        last = max((i for i, a in self.positions if i < tok.i and a == named), default=-1)
        if noun is None or (noun.i < last and not _outranks(noun, self.doc[last])):
            return None
        found = self._description(noun, phrase(noun).text)
        if found.is_actor and named is not None and found.actor.id == named.id:
            return Resolution(named, True, "pronoun", 0.6)  # the name before says the same
        return Resolution(found.actor, found.is_actor, "pronoun", 0.5 if found.is_actor else 0.4)

    def _joint(self, tok: Token) -> list[Resolution]:
        """ "The UK and US must realise they cannot prevent all attacks": a plural pronoun
        leaning on a subject that joins two actors or more (:func:`pronouns.prior_subject`,
        else the subject of the nearest clause above it) is all of them, as "and" makes a
        plural; else none."""
        if tok.lower_ not in vocabulary().plural_pronouns:
            return []
        subj = pronouns.prior_subject(tok) or pronouns.governing_subject(tok)
        if subj is None or subj.i > tok.i or subj.pos_ == "PRON" or not subj.conjuncts:
            return []
        return self._joined(subj, confidence=0.6)

    def _joint_objects(self, tok: Token) -> list[Resolution]:
        """A plural pronoun after an object that joins two actors or more in its sentence,
        the nearest such ("Last month the EU said it will start monitoring China, Ukraine and
        Russia to ensure they are going after pirated goods": the three, not the EU, which
        "it" is): "and" makes them the nearer plural; less sure than a joint subject. None
        where a plural noun is an argument between them ("... told Acme and Globex that
        staff said they ...": the staff), where the clause above has a plural subject, which
        a plural pronoun leans on (:func:`kg.extract.pronouns.plural_noun`), or where a
        member names no actor."""
        if tok.lower_ not in vocabulary().plural_pronouns:
            return []
        head = pronouns.joined_object(tok)
        if head is None or pronouns.plural_between(head.conjuncts[-1], tok):
            return []
        above = pronouns.governing_subject(tok)  # "The inhibitors were developed by firms,
        if above is not None and pronouns.plural_subject(above):  # including Acme and
            return []  # Globex, because they cause ...": the plural subject above
        return self._joined(head, confidence=0.5)

    def _joined(self, head: Token, *, confidence: float) -> list[Resolution]:
        """``head`` and its conjuncts as one plural, each its actor: none where a member names
        no actor or fewer than two distinct actors are named."""
        found: dict[str, Actor] = {}
        for member in (head, *head.conjuncts):
            actor = self._subject_actor(member)
            if actor is None:
                return []
            found.setdefault(actor.id, actor)
        if len(found) < 2:
            return []
        return [Resolution(a, True, "pronoun", confidence) for a in found.values()]

    def _subject_body(self, tok: Token) -> Resolution | None:
        """ "it" in a subordinate clause whose main clause's subject, before it, is a person or
        a plural ("it" cannot be) and names one organisation ("Qwest chairman Richard Notebaert
        sent a letter ... saying that it plans"; "Shares in UK firm Phytopharm closed down ...
        after it said"): that organisation, the subject's, before the nearest name; else None.
        Only where no clause with a subject of its own, nor a thing (:func:`_thing_between`),
        stands between them."""
        if tok.lower_ not in vocabulary().thing_pronouns or pronouns.in_main_clause(tok):
            return None
        subj = pronouns.main_subject(sentence_root(tok.doc, parse_of(tok.doc).sent_start[tok.i]))
        if subj is None or subj.i > tok.i or pronouns.across_quote(tok, subj):
            return None
        if pronouns.governing_subject(tok) != subj:  # "Barrot said he wanted it to ...": no
            return None
        lo, hi = subj.left_edge.i, subj.right_edge.i
        if hi >= tok.i or _thing_between(tok.doc[hi + 1 : tok.i]):
            return None  # "Oaten called the change pragmatic and argued it gave": the change
        bodies = {a.id: a for i, a in self.positions if lo <= i <= hi and a.type == "Organization"}
        if len(bodies) != 1:
            return None
        actor = self._subject_actor(subj)
        if actor is not None and descriptions.agrees(tok.lower_, actor):
            return None  # "it" could be the subject itself: _prior's
        return Resolution(next(iter(bodies.values())), True, "pronoun", 0.6)

    def _clause_subject(self, tok: Token) -> Resolution | None:
        """The first actor of another clause's subject in the sentence before that a singular
        pronoun can stand for (:func:`pronouns.clause_subjects`), when its main subject was
        none: the next most salient after it, before the nearest name ("hours after Yukos
        accused Gazprom of ... . It has said": Yukos, a subject, not Gazprom, an object)."""
        words = vocabulary()
        if tok.lower_ in words.plural_pronouns or descriptions.pronoun_kinds(tok.lower_) is None:
            return None
        gender = words.pronoun_genders.get(tok.lower_)
        person = tok.lower_ in words.person_pronouns
        for subj in pronouns.clause_subjects(tok):
            if person and self._unnamed_person(subj):  # "when a judge said ... . He ruled"
                found = self._description(subj, phrase(subj).text)
                return Resolution(found.actor, False, "pronoun", 0.4)
            actor = self._subject_actor(subj)
            titled = descriptions.titled_gender(subj)
            if (
                actor is not None
                and descriptions.agrees(tok.lower_, actor)
                and (titled is None or titled == gender)
            ):
                return Resolution(actor, True, "pronoun", 0.6)
        return None

    def _prior(self, tok: Token, depth: int) -> Resolution | None:
        """What the subject a pronoun leans on is, if it can stand for it: for a singular
        pronoun, the actor of that subject; for a plural one, only what the same pronoun
        before it stood for ("They will have to act ... . They will be run ...")."""
        kinds = descriptions.pronoun_kinds(tok.lower_)
        if depth > 3 or kinds is None:
            return None
        subj = pronouns.prior_subject(tok, named=self._named_body)
        plural = tok.lower_ in vocabulary().plural_pronouns
        genders = vocabulary().pronoun_genders
        if subj is None:
            return None
        if plural and subj.pos_ != "PRON":
            return self._plural_body(tok, subj)
        if self._demonstrated(tok, subj):
            return Resolution(topic(tok.text), False, "pronoun", 0.4)
        if subj.pos_ == "PRON":  # "He said ... . He accused ...": what the first one is
            # of the same kind and gender: "He said ... . She ..." is not what "he" was
            gender = genders.get(subj.lower_) == genders.get(tok.lower_)
            same = gender and descriptions.pronoun_kinds(subj.lower_) == kinds
            found = self._pronoun(subj, None, depth + 1) if same else []
            return replace(found[0], via="pronoun", confidence=0.7) if found else None
        actor = self._subject_actor(subj)
        if (
            actor is None
            and "Person" in kinds
            and self._unnamed_person(subj)
            and not self._named_since(tok, subj)
        ):  # "The chancellor is on a tour ... . He insisted": the person described, unnamed,
            # not the last man named
            found = self._description(subj, phrase(subj).text)
            return Resolution(found.actor, False, "pronoun", 0.4)
        if actor is None:
            return self._leaned_thing(tok, subj)
        person = "Person" in kinds and self._personal_noun(subj)  # "a spokesman for X ... he"
        agrees = person or descriptions.agrees(tok.lower_, actor)
        titled = descriptions.titled_gender(subj)  # "Lord Smith arrived . She left": not him
        if titled is not None and titled != genders.get(tok.lower_, titled):
            return None
        return Resolution(actor, True, "pronoun", 0.7) if agrees else None

    def _main_subject_over(self, tok: Token, found: Actor | None) -> Resolution | None:
        """ "he" or "she", a subject, whose nearest person (``found``) is a bare mention in
        a subordinate clause, no subject ("Tony Blair said he would ... . But changes to the
        bill must not overturn the law set when a court ruled that doctors could withdraw
        feeding from Tony Bland. '...,' he said": Blair): the person who is the subject of a
        main clause before that mention, in the pronoun's sentence or the two before it, the
        nearest such the pronoun can stand for; not sure (a reader weighs the two). None for
        an object or possessive pronoun, when the nearest person is itself a main clause's
        subject, or when none agrees."""
        words = vocabulary()
        if tok.lower_ not in words.person_pronouns or found is None or found.type != "Person":
            return None
        if tok.dep_ not in pronouns.SUBJECTS:  # "portray Mr Sullivan as a liar and quizzed
            return None  # him about his decision": not the subject who quizzed
        last = self._last_mention(tok, found)
        if last < 0:
            return None
        mention = tok.doc[last]
        if pronouns.in_main_clause(mention) or pronouns.in_subject(mention):
            return None
        gender = words.pronoun_genders.get(tok.lower_)
        for subj in pronouns.main_subjects_before(tok, last, sentences=2):
            actor = self._subject_actor(subj)
            if actor is None or actor.type != "Person" or actor.id == found.id:
                continue
            titled = descriptions.titled_gender(subj)
            if descriptions.agrees(tok.lower_, actor) and titled in (None, gender):
                return Resolution(actor, True, "pronoun", 0.5)
        return None

    def _plural_body(self, tok: Token, subj: Token) -> Resolution | None:
        """ "they" leaning on a subject that names a body (:func:`_a_body_subject`: "The Tories
        highlighted their plans for tax cuts ... . They also spelled out ..."; "The government,
        despite the fact that they would say ..."): that body, not a plural noun of the
        objects in between, as a reader carries a subject on (in a main clause, when no
        subject comes before it in its sentence); in a subordinate clause only where no
        plural noun is an argument between them ("The firm told staff they would ...": the
        staff). None for a state by its name ("they" of it is its people or
        officials: :meth:`_state_by_name`) or a subject that names no body."""
        if not _a_body_subject(subj):
            return None
        if pronouns.in_main_clause(tok):
            if not pronouns.carries_on(tok):  # "the directors ... and state they ...": its own
                return None
        elif pronouns.plural_between(subj, tok):
            return None
        actor = self._subject_actor(subj)
        if actor is None or actor.type == "Person" or not descriptions.agrees(tok.lower_, actor):
            return None
        return Resolution(actor, True, "pronoun", 0.6)

    def _personal_noun(self, subj: Token) -> bool:
        """Whether a subject's head is a noun for a person that "he" or "she" can stand for
        whatever actor the phrase names ("a spokesman for X said ... . He added": the person
        speaking, though kg names X), and not the last word of a name that is no person's,
        which a title word may be ("The European Union's Common Agricultural Policy had
        caused ..., he said": "Policy" is a word of titles, the name an organisation's)."""
        ent = self.names.entity_at(subj)
        return descriptions.personal(subj) and (ent is None or is_person(ent))

    def _named_body(self, subj: Token) -> bool:
        """Whether a subject the tagger took for a plural noun is the capitalised name of one
        organisation the article names ("Barclays", "Lehman Brothers"), which "it" may be."""
        return subj.text[:1].isupper() and any(
            i == subj.i and a.type == "Organization" for i, a in self.positions
        )

    @staticmethod
    def _demonstrated(tok: Token, subj: Token) -> bool:
        """Whether "it", a main clause's subject, leans on a demonstrative subject of the
        sentence before that says it is a figure ("This is the highest figure for Japanese
        trade with China ... . It compares with ...": the figure, no actor, not China). Not in
        a subordinate clause ("That is why it sold": the seller named before), nor after a
        demonstrative that points to no figure ("That was the view of the Foreign Office. It
        said ...": the Foreign Office)."""
        words = vocabulary()
        return (
            subj.lower_ in words.demonstratives
            and tok.lower_ in words.thing_pronouns
            and any(
                c.dep_ == "attr" and c.lemma_.lower() in words.measure_nouns
                for c in subj.head.children
            )
            and pronouns.in_main_clause(tok)
        )

    def _named_since(self, tok: Token, subj: Token) -> bool:
        """Whether a pronoun in a subordinate clause has a person it can stand for named
        between it and ``subj``, its sentence's main subject ("A spokesman later said Mr
        Galloway had friends ... and that he was willing": the nearer name, not the unnamed
        spokesman; "The chancellor ... insisted he would not be": none, so the chancellor)."""
        if pronouns.in_main_clause(tok):
            return False
        gender = vocabulary().pronoun_genders.get(tok.lower_)
        person = frozenset({"Person"})
        return (
            descriptions.nearest(tok, self.positions, person, gender=gender, since=subj.i)
            is not None
        )


def _a_state(tok: Token) -> bool:
    """Whether the clause of the subject ``tok`` only gives it a state by a copula ("it is
    still 40% higher", "it is so widespread"), which a thing has as well as its owner."""
    verb = tok.head
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)


def _a_body_subject(subj: Token) -> bool:
    """Whether a subject names a body "they" may stand for: a plural name ("The Tories",
    :meth:`Anaphora._named_body` let it through) or a noun of organisations ("the
    government", "the company"), not a state's name ("Britain": its people or officials)."""
    if subj.ent_type_ == "GPE":
        return False
    if subj.tag_ in pronouns.PLURALS:
        return subj.pos_ == "PROPN" or subj.text[:1].isupper()
    words = vocabulary()
    lemma = subj.lemma_.lower()
    bodies = (words.organisation_nouns, words.company_nouns, words.named_organisation_nouns)
    return subj.tag_ == "NN" and any(lemma in b for b in bodies)


def _thing_between(span) -> bool:
    """Whether a singular common noun that is no name nor a document ("a letter saying it",
    which speaks for its sender) is a subject or direct object in ``span``: a thing "it" may
    be (what the text has talked of since)."""
    documents = vocabulary().document_nouns
    return any(
        t.dep_ in pronouns.THING_ROLES
        and t.tag_ == "NN"
        and not t.ent_type_
        and t.lemma_.lower() not in documents
        for t in span
    )


def _outranks(noun: Token, named: Token) -> bool:
    """Whether a plural noun that is a subject is more salient than a name after it that is
    an argument in no subject ("Prosecutors have targeted a ranch owned by Agroflora.
    According to Reuters, they plan ...": the prosecutors, not Agroflora). A name that only
    modifies a noun ("a Russian flag") is no argument: the rule does not weigh it."""
    return (
        noun.dep_ in pronouns.SUBJECTS
        and not pronouns.is_modifier(named)
        and not pronouns.in_subject(named)
    )
