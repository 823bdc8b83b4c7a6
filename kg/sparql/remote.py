"""Queries against a remote SPARQL 1.1 endpoint (``kg serve``, Oxigraph's server, Fuseki, ...)
over the SPARQL 1.1 Protocol, with the standard library's urllib (no new dependency).

A query is bound and checked here exactly as a local one (:func:`kg.sparql.policy.prepare`)
before it is sent; only the given endpoint is contacted: no proxy, no redirect followed. The
answers are parsed by pyoxigraph (SPARQL results JSON, N-Triples), so they come back as local
answers do."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

import pyoxigraph as ox

from kg.errors import QueryError, UsageError
from kg.rdf.mapping import PREFIXES
from kg.sparql.binding import PLAIN, Kinds

#: What is asked of the endpoint: SPARQL results JSON for solutions and booleans, N-Triples for
#: graphs (every SPARQL 1.1 endpoint speaks them).
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
MAX_BYTES = 256 * 1024 * 1024  # the most of an answer read (a runaway answer is an error)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would send the query to another address: refused, not followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise QueryError(
            f"the endpoint answered {code} {msg}, redirecting to {newurl}",
            "give that address as --endpoint if it is the one you mean",
        )


class Endpoint:
    """A SPARQL endpoint's query URL, with :meth:`query` returning pyoxigraph answers (a
    stand-in for a store's ``oxigraph`` where parameters are resolved)."""

    def __init__(self, url: str, *, timeout: float | None = 60) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise UsageError(
                f"--endpoint {url!r} is not an http(s) URL",
                "e.g. http://127.0.0.1:7878/query (kg serve, Oxigraph) or "
                "http://HOST:3030/DATASET/sparql (Fuseki)",
            )
        self.url = url
        self.timeout = timeout or None
        self._open = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)

    @property
    def oxigraph(self) -> Endpoint:
        """This endpoint, where a store's pyoxigraph ``Store`` would be."""
        return self

    def query(self, sparql: str, **_ignored):
        """The answer of a (checked) query: solutions or a boolean as pyoxigraph parses them,
        or a list of triples. kg's prefixes are declared in front of the text (a query's own
        declarations, after them, win)."""
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        body = urllib.parse.urlencode({"query": prologue + sparql}).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            headers={"Accept": ACCEPT, "Content-Type": "application/x-www-form-urlencoded"},
        )
        kind, data = self._send(request)
        try:
            if "n-triples" in kind:
                quads = ox.parse(data, ox.RdfFormat.N_TRIPLES)
                return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
            return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise QueryError(f"the endpoint's answer ({kind}) cannot be read: {exc}") from None

    def _send(self, request: urllib.request.Request) -> tuple[str, bytes]:
        try:
            with self._open.open(request, timeout=self.timeout) as resp:
                data = resp.read(MAX_BYTES + 1)
                kind = resp.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip().splitlines()
            raise QueryError(
                f"the endpoint answered {exc.code} {exc.reason}"
                + (f": {detail[0]}" if detail else ""),
                "check the query and the endpoint's URL (its query URL, not the store's)",
            ) from None
        except TimeoutError:
            raise QueryError(
                f"no answer from {self.url} within {self.timeout} s", "raise --timeout"
            ) from None
        except urllib.error.URLError as exc:
            raise QueryError(f"cannot reach {self.url}: {exc.reason}") from None
        if len(data) > MAX_BYTES:
            raise QueryError(f"the answer is larger than {MAX_BYTES} bytes", "add a LIMIT")
        return kind, data


def run_remote(
    endpoint: Endpoint,
    sparql: str,
    params: Mapping[str, str] | None = None,
    *,
    kinds: Kinds = PLAIN,
    results_format: str | None = None,
):
    """A query's :class:`~kg.sparql.engine.Result` from a remote endpoint: bound, resolved
    (actor names through the endpoint) and checked here as local queries are."""
    from kg.sparql.engine import collect, prepared

    text = prepared(endpoint, sparql, params, kinds=kinds)
    return collect(endpoint.query(text), results_format)
