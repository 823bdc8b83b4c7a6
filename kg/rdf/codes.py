"""CAMEO actor codes in RDF: one default per actor and article, the exceptions on statements.

A code depends on the statement's date and on how the sentence names the actor ("Russia" is
``RUS``, "Moscow said" ``RUSGOV``, "Russian troops" ``RUSMIL``), so one actor can carry
several in one article. Writing both role codes on every statement would cost two quads each;
instead the actor node in the article's graph gets the code most of the article's statements
give it in a role (``kg:actorCode``), and a statement states its agent's or target's code
(``kg:agentCode``, ``kg:targetCode``) only when it differs from that default. A query takes
the statement's code, else the node's (``COALESCE``): the ``events_table`` query does. An
actor that some statement of the article gives no code gets no default, so no statement
takes a code it does not have.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from kg.model import Statement
from kg.rdf.terms import KGT, Lit, Triple


def role_codes(st: Statement) -> Iterator[tuple[str, str, str | None]]:
    """(role property, actor IRI, code or None) of the statement's agent and target."""
    if st.agent_id:
        yield KGT.agentCode, st.agent_id, st.agent_code
    if st.recipient_id:
        yield KGT.targetCode, st.recipient_id, st.recipient_code


def default_codes(statements: Iterable[Statement]) -> dict[str, str]:
    """Actor IRI -> the code most of the statements give it as agent or target (ties: the
    first in alphabetical order, so the same article gives the same default). An actor that
    some statement gives no code has no default: each code it has is then stated where it
    holds, so no statement takes a code it has not."""
    counts: dict[str, Counter] = {}
    for st in statements:
        for _, actor, code in role_codes(st):
            counts.setdefault(actor, Counter())[code] += 1
    return {
        actor: min(c, key=lambda code: (-c[code], code))
        for actor, c in counts.items()
        if None not in c
    }


def node_code_triples(defaults: Mapping[str, str]) -> Iterator[Triple]:
    """``kg:actorCode`` of each actor node that has a default, in IRI order."""
    for actor in sorted(defaults):
        yield actor, KGT.actorCode, Lit(defaults[actor])


def statement_code_triples(
    st: Statement, node: str, defaults: Mapping[str, str]
) -> Iterator[Triple]:
    """The statement's role codes that differ from their actor's default."""
    for prop, actor, code in role_codes(st):
        if code is not None and defaults.get(actor) != code:
            yield node, prop, Lit(code)
