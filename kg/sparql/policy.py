"""What kg lets a SPARQL query do, decided on the parsed query before an engine sees it.

:func:`prepare` is the one gate, for ``kg query``, ``kg.query`` and each ``kg serve`` worker;
the engine then runs the text it returns, no other:

1. :func:`normalize` makes the text read the same to both parsers. SPARQL expands ``\\uXXXX``
   and ``\\UXXXXXXXX`` before parsing; rdflib does so with a pattern that may read eight digits
   after ``\\u``, Oxigraph not at all outside tokens, so kg expands them itself, as the
   specification says, and refuses any escape left that spells another. Line breaks become
   ``\\n``: rdflib ends a comment only at ``\\n``, Oxigraph at ``\\r`` too, so
   ``# x\\r SERVICE <...>`` was a comment to one and a call to the other (measured with a
   listening server).
2. :func:`check_limits` bounds size and bracket depth with a cheap scan, so no parser or
   engine recurses too deep. It decides nothing about what a query may do.
3. :func:`check_query` parses the text with rdflib's SPARQL 1.1 parser. The parse tree must
   hold no SERVICE, and FROM / FROM NAMED may only name kg's article graphs; updates (INSERT,
   LOAD, DROP, ...) are refused, and so is any text the parser cannot read.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError, QueryRefused, UpdateRefused
from kg.rdf.mapping import PREFIXES
from kg.rdf.namespace import GRAPH
from kg.sparql import deadline


@dataclass(frozen=True)
class Limits:
    """How big a query may be. The named queries are about 1.3 KB, 4 brackets deep."""

    max_chars: int = 65_536
    max_depth: int = 64


LIMITS = Limits()

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LEFT = re.compile(r"\\[uU][0-9A-Fa-f]")
#: Strings, IRIs, comments and escaped characters are skipped; brackets elsewhere counted.
_SCAN = re.compile(
    r"""'''(?:'{0,2}(?:[^'\\]|\\.))*'''|\"\"\"(?:"{0,2}(?:[^"\\]|\\.))*\"\"\"
    |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n]*|\\.
    |[^'"<\#\\(){}\[\]]+|(?P<open>[({\[])|(?P<close>[)}\]])|.""",
    re.VERBOSE | re.DOTALL,
)
#: rdflib's parser recurses about ten Python frames per triple pattern and forty per nested
#: group: at the default limit (1,000) it gave up at 100 patterns in one group. It runs on a
#: big-stack thread (:mod:`kg.sparql.deadline`), where this many frames fit.
_RECURSION = 60_000
_parsing = threading.Lock()


def prepare(text: str, limits: Limits = LIMITS) -> str:
    """The text an engine may run: normalized, within ``limits``, read by the parser and found
    to ask only kg's own store. Raises :class:`~kg.errors.QueryRefused` (an
    :class:`~kg.errors.UpdateRefused` for updates) or :class:`~kg.errors.QueryError`."""
    check_size(text, limits)
    text = normalize(text)
    check_limits(text, limits)
    check_query(text)
    return text


def normalize(text: str) -> str:
    """Unicode escapes expanded (as SPARQL does before parsing) and line breaks as ``\\n``."""

    def expand(m: re.Match[str]) -> str:
        code = int(m[1] or m[2], 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QueryRefused(f"{m[0]} is not a character", "write the character itself")
        return chr(code)

    text = _ESCAPE.sub(expand, text)
    if _LEFT.search(text):
        raise QueryRefused(
            "the query has a \\u escape that spells another escape",
            "write the characters themselves",
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryRefused("the query is not valid UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_limits(text: str, limits: Limits = LIMITS) -> None:
    """Refuse a query longer than ``limits.max_chars`` or with brackets (``{ ( [``, outside
    strings, IRIs and comments) nested deeper than ``limits.max_depth``."""
    check_size(text, limits)
    depth = nesting(text)
    if depth > limits.max_depth:
        raise QueryRefused(
            f"the query nests brackets {depth} deep; kg takes at most {limits.max_depth}",
            "flatten it: join groups at one level, use VALUES for long lists",
        )


def check_size(text: str, limits: Limits = LIMITS) -> None:
    """Refuse a query longer than ``limits.max_chars``."""
    if len(text) > limits.max_chars:
        raise QueryRefused(
            f"the query is {len(text):,} characters long; kg takes at most {limits.max_chars:,}",
            "split it, or bind values with --param",
        )


def nesting(text: str) -> int:
    """How deep brackets nest outside strings, IRIs and comments."""
    depth = deepest = 0
    for m in _SCAN.finditer(text):
        if m.lastgroup == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif m.lastgroup == "close":
            depth = max(depth - 1, 0)
    return deepest


@functools.lru_cache(maxsize=128)  # a query that passed once passes again (the named queries)
def check_query(text: str) -> None:
    """Refuse, from rdflib's parse of ``text``: SERVICE anywhere, FROM or FROM NAMED outside
    kg's article graphs, updates, and text the parser cannot read. Run :func:`normalize` and
    :func:`check_limits` first (:func:`prepare` does)."""
    tree = deadline.call(lambda: _parse(text))
    prefixes = dict(PREFIXES)
    for decl in tree[0]:
        if decl.name == "PrefixDecl":
            prefixes[dict.get(decl, "prefix") or ""] = str(decl["iri"])
    for node in _nodes(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryRefused(
                "SERVICE is not allowed", "kg queries only its own store; no query reaches out"
            )
        if name == "DatasetClause":
            iri = _iri(dict.get(node, "default") or dict.get(node, "named"), prefixes)
            if not iri.startswith(str(GRAPH)):
                raise QueryRefused(
                    f"FROM <{iri}> is not one of kg's article graphs",
                    f"name graphs under {GRAPH}, or match GRAPH ?g {{ ... }}",
                )


def _parse(text: str) -> Any:
    """rdflib's parse of a query; updates and unreadable text raise."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _deep_recursion():
        try:
            return parseQuery(text)
        except RecursionError:
            raise QueryRefused(
                "the query is nested too deeply for kg's checker", "flatten it"
            ) from None
        except ParseBaseException as exc:
            error = exc
        try:
            parseUpdate(text)
        except (ParseBaseException, RecursionError):
            pass
        else:
            raise UpdateRefused(
                "updates are refused: kg only reads",
                "kg build --store and kg remove change a store",
            )
    raise QueryError(
        f"SPARQL syntax error at {error.lineno}:{error.col}: {str(error.msg)[:200]}",
        "check the query near that position (kg reads SPARQL 1.1)",
    )


@contextlib.contextmanager
def _deep_recursion() -> Iterator[None]:
    with _parsing:  # the limit is process-wide: one parse at a time raises and restores it
        before = sys.getrecursionlimit()
        sys.setrecursionlimit(max(before, _RECURSION))
        try:
            yield
        finally:
            sys.setrecursionlimit(before)


def _nodes(tree: Any) -> Iterator[Any]:
    """Every node of an rdflib parse tree (``CompValue`` dicts, ``ParseResults`` lists),
    without recursion. (``CompValue.get(key)`` answers the key itself for a missing key, so
    values are read with ``dict.get``.)"""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, str):  # terms: URIRef, Literal, Variable
            continue
        yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif hasattr(node, "__iter__"):
            stack.extend(node)


def _iri(term: Any, prefixes: dict[str, str]) -> str:
    """An IRI of the parse tree (``<...>`` or a prefixed name) as a string."""
    if getattr(term, "name", None) == "pname":
        prefix, local = dict.get(term, "prefix") or "", dict.get(term, "localname") or ""
        return prefixes.get(prefix, "") + local
    return str(term)
