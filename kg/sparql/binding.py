"""Query parameters: bound as values of variables (``VALUES ?name { term }``), never pasted
into the query as code; names of actors and classes resolved to their IRIs first."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError, UsageError
from kg.store.db import Store

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IRI = re.compile(r"^https?://\S+$")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Strings, IRIs, comments and escaped characters of prefixed names (``c:x\#``): blanked
#: before looking for the braces and GRAPH keywords where values are bound.
_NOT_CODE = re.compile(
    r'"""(?:"{0,2}(?:[^"\\]|\\.))*"""|\'\'\'(?:\'{0,2}(?:[^\'\\]|\\.))*\'\'\''
    r'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|\\.',
    re.DOTALL,
)
#: What follows a CONSTRUCT template (and never the WHERE group): WHERE, or the group itself.
_FOLLOWS_TEMPLATE = re.compile(r"\s*(WHERE\b|\{)", re.IGNORECASE)
#: The keyword GRAPH, a variable, a prefixed name or a blanked IRI, and the group's brace.
_GRAPH = re.compile(r"(?<![\w?$:])GRAPH\s+(?:[?$]\w+|[\w.-]*:[\w.-]*)?\s*\{", re.IGNORECASE)
#: A subquery: a group that starts with SELECT, its projection, and the brace of its WHERE.
_SUBQUERY = re.compile(r"\{\s*SELECT\b([^{]*?)(?:WHERE\s*)?\{", re.IGNORECASE)
_PROJECTED = re.compile(r"\bAS\s+[?$](\w+)|[?$](\w+)|(\*)", re.IGNORECASE)


@dataclass(frozen=True)
class Kinds:
    """What a query's parameters stand for beyond plain values: those in ``nodes`` name actors
    (bound to the nodes they stand for), ``classes`` kg classes, ``concepts`` PLOVER modes or
    contexts; a ``paged`` query takes ``limit`` and ``offset`` as its page. A named query
    declares them in its header (:class:`kg.sparql.named.NamedQuery`); ad hoc queries have
    :data:`PLAIN`."""

    nodes: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()
    concepts: frozenset[str] = frozenset()
    paged: bool = False


#: The kinds of an ad hoc query: every parameter a plain value, no paging.
PLAIN = Kinds()


def iri(value: str) -> ox.NamedNode:
    """``value`` as an IRI; a malformed one (``http://x>}``) is a usage error."""
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise UsageError(
            f"{value!r} is not a valid IRI ({exc})",
            'percent-encode spaces and < > " { } | ^ ` in it, or pass a name',
        ) from None


def term_for(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: IRIs as IRIs, ISO dates as xsd:date, else strings."""
    if _IRI.match(value):
        return iri(value)
    if _DATE.match(value):
        day(value)
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    return literal(value)


def day(value: str, name: str | None = None) -> None:
    """Refuse a value that is no day of the calendar as ``YYYY-MM-DD`` (``2021-02-30``,
    ``yesterday``): bound as a date or a string it would compare with no date and find no
    rows, where a typo must be an error."""
    try:
        ok = bool(_DATE.match(value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        ok = False
    if not ok:
        what = f"--param {name}={value!r}" if name else repr(value)
        raise UsageError(f"{what} is not a date", "give a day as YYYY-MM-DD, e.g. 2021-12-01")


def literal(value: str) -> ox.Literal:
    """``value`` as a string literal; text that is not UTF-8 (from undecodable bytes in a
    command line) is a usage error."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(f"the value {value!r} is not valid UTF-8 text") from None
    return ox.Literal(value)


def find_nodes(store: Store, name: str) -> list[ox.NamedNode]:
    """The nodes a name stands for: an IRI itself, else exact label or alias matches (in a
    few capitalisations, through the index), else the gazetteer's canonical actor."""
    if _IRI.match(name):
        return [iri(name)]
    variants = dict.fromkeys([name, name.title(), name.lower(), name.upper(), name.capitalize()])
    values = " ".join(str(literal(v)) for v in variants)
    query = (
        "SELECT DISTINCT ?n WHERE { VALUES ?l { " + values + " } GRAPH ?g { "
        "{ ?n <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION "
        "{ ?n <http://www.w3.org/2004/02/skos/core#altLabel> ?l } } }"
    )
    found = [row["n"] for row in store.oxigraph.query(query)]
    if not found:
        from kg.gazetteer import Gazetteer
        from kg.ids import node_iri

        hit = Gazetteer.load().lookup(name)
        if hit is not None:
            found = [ox.NamedNode(node_iri(hit[0].key))]
    return found


#: What a statement says of a node: agent, target, object, subject or speaker.
STATEMENT_ROLES = ("agent", "target", "about", "subjectEntity", "attributedTo")


def statement_roles(sparql: str) -> tuple[str, ...]:
    """The roles of :data:`STATEMENT_ROLES` a query matches a node in (``kg:agent`` or its
    full IRI in the text): the named ``actor``, ``between`` and ``edges`` match agent and
    target only, ``aliases`` none (it lists what an actor is called)."""
    from kg.rdf.namespace import KG

    full = re.escape(str(KG))
    return tuple(r for r in STATEMENT_ROLES if re.search(rf"(kg:|{full}){r}\b", sparql))


def in_store(store: Store, node: ox.NamedNode, roles: tuple[str, ...] = STATEMENT_ROLES) -> bool:
    """Whether some statement of the store names ``node`` in one of ``roles`` (through the
    object index): a name the gazetteer knows may stand for an actor no statement names, or
    one only named as another's country or as a speaker."""
    if not roles:
        return True
    from kg.rdf.namespace import KG

    paths = "|".join(f"<{KG[r]}>" for r in roles)
    return bool(store.oxigraph.query(f"ASK {{ GRAPH ?g {{ ?st {paths} {node} }} }}"))


def class_iri(name: str) -> ox.NamedNode:
    """The kg class a parameter names: its IRI, or its local name in any case (``Accuse``,
    ``accuse``, ``kg:Accuse``); an unknown name raises, listing the classes (a typo must not
    just find no rows)."""
    if _IRI.match(name):
        return iri(name)
    from kg.rdf.namespace import KG

    classes = sorted(n for n in KG.__annotations__ if n[:1].isupper())
    local = name.strip().removeprefix("kg:").lower()
    for known in classes:
        if known.lower() == local:
            return ox.NamedNode(str(KG[known]))
    raise UsageError(
        f"{name!r} is not a class of the kg ontology", f"use one of {', '.join(classes)}"
    )


def concept_iris(scheme: str, name: str) -> list[ox.NamedNode]:
    """The PLOVER concepts of ``scheme`` (``mode`` or ``context``, the parameter's name) that
    a parameter names: its IRI, or its name in any case (``firearms``, ``military``; a mode's
    name may stand for the modes of several classes, ``restrict`` of Threaten and Coerce, or
    for one, ``Coerce/restrict``). An unknown name raises, listing the names."""
    if _IRI.match(name):
        return [iri(name)]
    from kg.rdf.ontology import concepts

    names = concepts(scheme)
    if not names:
        raise UsageError(f"the ontology has no PLOVER {scheme} scheme", "use mode or context")
    found = names.get(name.strip().casefold())
    if found is None:
        from kg.sparql.suggest import close

        plain = sorted({n for n in names if "/" not in n})
        near = close(name, plain)
        hint = f"did you mean {', '.join(map(repr, near))}? " if near else ""
        raise UsageError(
            f"{name!r} is no PLOVER {scheme} of the kg ontology",
            f"{hint}the {scheme}s: {', '.join(plain)}",
        )
    return [ox.NamedNode(c) for c in found]


def resolve(
    store: Store,
    params: Mapping[str, str],
    *,
    kinds: Kinds = PLAIN,
    roles: tuple[str, ...] = STATEMENT_ROLES,
) -> dict[str, list[ox.NamedNode]]:
    """The IRIs that the parameters in ``kinds.nodes`` (actors, :func:`find_nodes`),
    ``kinds.classes`` (kg classes, :func:`class_iri`) and ``kinds.concepts`` (PLOVER modes and
    contexts, :func:`concept_iris`) stand for, by parameter name, for :func:`bind`. A name
    that stands for no node, or for none that a statement names in ``roles`` (the query's,
    see :func:`statement_roles`), is a usage error suggesting close names (a typo must not just
    find no rows)."""
    resolved = {k: find_nodes(store, v) for k, v in params.items() if k in kinds.nodes}
    for k, found in resolved.items():
        if not found:
            from kg.sparql.suggest import unknown_actor

            raise unknown_actor(store, k, params[k])
        if not any(in_store(store, node, roles) for node in found):
            from kg.sparql.suggest import absent_actor

            raise absent_actor(store, k, params[k], found[0].value, roles)
    resolved |= {k: [class_iri(v)] for k, v in params.items() if k in kinds.classes}
    return resolved | {k: concept_iris(k, v) for k, v in params.items() if k in kinds.concepts}


def bind(
    sparql: str,
    params: Mapping[str, str] | None,
    nodes: Mapping[str, list[ox.NamedNode]] | None = None,
) -> str:
    """The query with ``VALUES ?name { term }`` opening its WHERE group, so parameters are
    bound before any FILTER, and opening again each ``GRAPH`` group joined at its top level:
    Oxigraph does not push outer values into a ``GRAPH ?g`` pattern, and without them there
    the ``actor`` query over the BBC store took 15-25 s instead of 0.05 s (the same rows:
    joining the same values twice changes nothing). A subquery joined there that projects a
    parameter gets it the same way, so it counts, sorts and pages with the parameter's value
    (what an outer join of a ``LIMIT``-ed subquery would not do). Values are written as
    escaped RDF terms, never as code. Names in ``nodes`` are bound to those nodes (no node:
    no results)."""
    if not params:
        return sparql
    for name in params:
        if not _NAME.fullmatch(name):
            raise UsageError(f"--param {name!r} is not a variable name")
    blanked = blank(sparql)
    nodes = nodes or {}
    values = {
        k: f"VALUES ?{k} {{ {' '.join(str(n) for n in nodes[k])} }}"
        if k in nodes
        else f"VALUES ?{k} {{ {term_for(v)} }}"
        for k, v in params.items()
    }
    for i, names in reversed(_binding_points(blanked, frozenset(params))):
        text = " ".join(v for k, v in values.items() if k in names)
        sparql = f"{sparql[: i + 1]} {text} {sparql[i + 1 :]}"
    return sparql


def blank(sparql: str) -> str:
    """The query with its strings, IRIs and comments blanked out (offsets kept)."""
    return _NOT_CODE.sub(lambda m: " " * len(m.group(0)), sparql)


def _binding_points(blanked: str, names: frozenset[str]) -> list[tuple[int, frozenset[str]]]:
    """Offsets of the braces that open the WHERE group (not a CONSTRUCT template) and the
    ``GRAPH`` groups directly inside it, in a query whose strings, IRIs and comments are
    blanked out, each with the parameters to bind there; and the same in each subquery
    directly inside, for the parameters it projects."""
    depth, start, where = 0, -1, None
    for i, ch in enumerate(blanked):
        if ch == "{":
            start = i if depth == 0 else start
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and not _FOLLOWS_TEMPLATE.match(blanked, i + 1):
                where = (start, i)
                break
    if where is None:
        raise QueryError("the query has no { ... } group to bind parameters in")
    return _group_points(blanked, where, names)


def _group_points(
    blanked: str, group: tuple[int, int], names: frozenset[str]
) -> list[tuple[int, frozenset[str]]]:
    points, depth, i = [(group[0], names)], 0, group[0] + 1
    while i < group[1]:
        if depth == 0 and (sub := _SUBQUERY.match(blanked, i)):
            bound = names & _projection(sub[1], names)
            if bound:
                points += _group_points(
                    blanked, (sub.end() - 1, _closing(blanked, sub.end() - 1)), bound
                )
            i = _closing(blanked, i) + 1
            continue
        if blanked[i] == "{":
            depth += 1
        elif blanked[i] == "}":
            depth -= 1
        elif depth == 0 and (m := _GRAPH.match(blanked, i)):
            points.append((m.end() - 1, names))
        i += 1
    return points


def _closing(blanked: str, opening: int) -> int:
    """The offset of the brace that closes the one at ``opening``."""
    depth = 0
    for i in range(opening, len(blanked)):
        depth += {"{": 1, "}": -1}.get(blanked[i], 0)
        if depth == 0:
            return i
    raise QueryError("a { ... } group is not closed")


def _projection(select: str, names: frozenset[str]) -> frozenset[str]:
    """The variables a SELECT clause projects (every name for ``*``); in an expression
    (``(SUM(?n) AS ?total)``) only the name after AS."""
    flat, depth = [], 0
    for ch in select:  # expressions in parentheses count only through their AS
        depth += {"(": 1, ")": -1}.get(ch, 0)
        flat.append(ch if depth == 0 or ch in "()" else " ")
    outside = "".join(flat)
    found = {m[2] for m in _PROJECTED.finditer(outside) if m[2]}
    found |= {m[1] for m in _PROJECTED.finditer(select) if m[1]}
    return names if "*" in outside else frozenset(found)
