"""Close names for a mistyped query parameter or actor: :func:`difflib.get_close_matches`
over the parameters a named query declares, or over the store's labels and aliases and the
gazetteer's names (the standard library does this well enough; no extra dependency)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from kg.errors import UsageError
from kg.sparql.binding import STATEMENT_ROLES
from kg.store.db import Store

#: Every label and alias in the store: matched through the predicate index, not a scan.
_NAMES = (
    "SELECT DISTINCT ?l WHERE { GRAPH ?g { "
    "{ ?n <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION "
    "{ ?n <http://www.w3.org/2004/02/skos/core#altLabel> ?l } } }"
)


def close(word: str, choices: Iterable[str], *, n: int = 5) -> list[str]:
    """Up to ``n`` of ``choices`` close to ``word``, ignoring case, best first."""
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(choice.casefold(), choice)
    found = difflib.get_close_matches(word.casefold(), list(by_fold), n=n, cutoff=0.6)
    return [by_fold[f] for f in found]


def stored_names(store: Store) -> set[str]:
    """The labels and aliases of the store's nodes."""
    return {row["l"].value for row in store.oxigraph.query(_NAMES) if row["l"].value}


def actor_names(store: Store) -> set[str]:
    """The labels and aliases of the store's nodes, and the gazetteer's names."""
    from kg.gazetteer import Gazetteer

    names = stored_names(store)
    for entry in Gazetteer.load().entries.values():
        names.add(entry.label)
        names.update(a.partition("@")[0] for a in entry.aliases)
    return {n for n in names if n}


def unknown_actor(store: Store, param: str, name: str) -> UsageError:
    """The error for an actor parameter whose name matches no node, with close names."""
    near = close(name, actor_names(store))
    hint = (
        f"did you mean {', '.join(repr(n) for n in near)}?"
        if near
        else "kg query --name actors lists the actors"
    )
    return UsageError(f"--param {param}={name!r} names no actor in the graph", hint)


def absent_actor(
    store: Store, param: str, name: str, node: str, roles: tuple[str, ...] = ()
) -> UsageError:
    """The error for an actor parameter that names an actor the gazetteer knows but no
    statement of this store names in ``roles`` (the query's; its rows would be none), with
    close names that are in the store."""
    near = [n for n in close(name, stored_names(store)) if n.casefold() != name.casefold()]
    hint = (
        f"did you mean {', '.join(repr(n) for n in near)} (in this store)?"
        if near
        else "kg query --name actors lists the actors in this store"
    )
    what = "" if name == node else f" is a known actor ({node}) but"
    return UsageError(
        f"--param {param}={name!r}{what} is absent from this store: no statement names it"
        + (f" as {' or '.join(roles)}" if roles and set(roles) != set(STATEMENT_ROLES) else ""),
        hint,
    )


def unknown_params(query: str, unknown: list[str], declared: list[str]) -> UsageError:
    """The error for parameters a named query does not take, listing the ones it does."""
    near = [m for u in unknown for m in close(u, declared, n=1)]
    takes = ", ".join(declared) if declared else "no parameters"
    hint = f"did you mean {', '.join(near)}? " if near else ""
    return UsageError(
        f"the named query {query!r} takes no parameter {', '.join(map(repr, unknown))}",
        f"{hint}it takes: {takes} (kg query --list)",
    )
