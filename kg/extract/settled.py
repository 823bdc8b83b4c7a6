"""One sector for a person or organisation across an article: "Labour MP Barbara Roche" is
GBRLEG, and so is "she" and "Ms Roche" three sentences on, though nothing there says so.

A code's sector comes from how a mention names the actor (a title, an apposition, a noun
pointing back: :mod:`kg.extract.codes`), so the mentions that say nothing of it get the bare
country code (``GBR``) while one titled mention gets ``GBRLEG``. Event-data coding codes an
actor once per story, from all it says of them; a person does not change sector between two
sentences. So a statement that gives a person or organisation its country alone takes the
sectored code the article's other statements give that actor most (ties: the first in
alphabetical order, so the same article gives the same code). Only a bare country code is
filled in, never one that says a sector already; states are left alone ("Britain" is GBR,
"Britain said" GBRGOV: the sector is the mention's, a metonym's), and so are topics and groups.
A statement its own sentence dates ("Mr Blunkett entered Parliament in 1987") keeps its code:
it was coded for that day (who held which office then), not for the story's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from operator import attrgetter

from kg.model import Actor, Statement

#: The kinds of actor that keep one sector through an article.
SETTLED_TYPES = frozenset({"Person", "Organization"})
#: Date sources of a statement its own sentence dates to a day or year of its own ("in 1987",
#: "on 11 September 2001"; :func:`kg.extract.when.statement_date`), coded for that day.
OWN_DATES = frozenset({"year", "absolute"})
#: The fields of each actor a statement codes: its IRI, code and country.
CODED = tuple(
    (f"{r}_id", f"{r}_code", f"{r}_country") for r in ("subject", "object", "agent", "recipient")
)

#: Each of :data:`CODED` as one getter, which reads its three fields into a tuple.
_CODED_FIELDS = tuple(attrgetter(*fields) for fields in CODED)


def sectored(code: str | None, country: str | None) -> bool:
    """Whether ``code`` says a sector of ``country`` (GBRLEG, MNCUSA), not the country alone."""
    return bool(code and country) and code != country and country in (code[:3], code[-3:])


def settled_codes(statements: Iterable[Statement], actors: Mapping[str, Actor]) -> dict[str, str]:
    """Actor IRI -> the sectored code the statements give it most, for each person or
    organisation (``actors``: by IRI) some statement gives one."""
    counts: dict[str, Counter] = {}
    for st in statements:
        for iri, code, country in _coded(st):
            actor = actors.get(iri or "")
            if actor is not None and actor.type in SETTLED_TYPES and sectored(code, country):
                counts.setdefault(iri, Counter())[code] += 1
    return {iri: min(c, key=lambda code: (-c[code], code)) for iri, c in counts.items()}


def settle(statements: list[Statement], actors: Iterable[Actor]) -> None:
    """Give each bare country code of a person or organisation the sectored code the article
    settles on for it (:func:`settled_codes`), in place; not in a statement its sentence dates
    (``OWN_DATES``), whose codes are that day's."""
    settled = settled_codes(statements, {a.iri: a for a in actors})
    if not settled:
        return
    for st in statements:
        if st.date_source in OWN_DATES:
            continue
        for (iri, code, country), (_, code_field, _) in zip(_coded(st), CODED, strict=True):
            found = settled.get(iri or "")
            if found is not None and country and code == country and sectored(found, country):
                setattr(st, code_field, found)


def _coded(st: Statement) -> list[tuple[str | None, str | None, str | None]]:
    """(IRI, code, country) of each actor the statement codes (subject, object, agent,
    recipient; None where it has none)."""
    return [get(st) for get in _CODED_FIELDS]


#: The prefix of the CAMEO code of an international organisation and of those who act for
#: it on the day (IGOEUREEC, IGOUNO, IGOBUSIMF).
INTERNATIONAL = "IGO"


def international(statements: list[Statement]) -> None:
    """Give no country, in place, to an actor a statement codes as an international
    organisation's on its day: an EU commissioner the dictionaries list under his own state
    (Peter Mandelson, GBRGOV until 2004, IGOEUREEC from then) acts for the EU, as the
    Commission and its other members do, who have no country; event data read the country
    as the side an actor is on. The actor's node keeps its country: the code, and with it
    the side, is the day's."""
    for st in statements:
        for (_, code, country), (_, _, country_field) in zip(_coded(st), CODED, strict=True):
            if country and code and code.startswith(INTERNATIONAL):
                setattr(st, country_field, None)
