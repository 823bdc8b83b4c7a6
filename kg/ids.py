"""Every IRI kg mints, from keys and text: the one place node, article, sentence, statement,
summary and graph IRIs are made (extraction and the RDF mapping both call these)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote

_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’]")
_GAPS = re.compile(r"[\s.\-]+")

#: Base of every node IRI kg mints (actors, topics, articles, sentences, statements).
RESOURCE_BASE = "https://w3id.org/kg-news/id/"
#: Base of the named graphs, one per article.
GRAPH_BASE = "https://w3id.org/kg-news/graph/"
#: Base of the properties of direct agent–target edges by event class (``rel:support``),
#: which the ``edges`` named query derives from the statements.
REL_BASE = "https://w3id.org/kg-news/rel/"


@lru_cache(maxsize=1 << 16)  # names and lemmas recur within and across articles
def slug(text: str, *, max_len: int = 60) -> str:
    """``[a-z0-9-]`` slug of ``text``; a short hash is added when the slug loses information.
    ASCII text is its own NFKD form (most names and phrases: no normalizing)."""
    if text.isascii():
        folded = text
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = _NON_WORD.sub("-", folded.lower()).strip("-")[:max_len].strip("-")
    plain = _GAPS.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()
    if not out or plain != out.replace("-", " "):
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        out = f"{out}-{digest}" if out else digest
    return out


@lru_cache(maxsize=1 << 16)
def node_iri(key: str) -> str:
    """The IRI (a plain string) of a node key such as ``person/vladimir-putin``."""
    return RESOURCE_BASE + quote(key, safe="/-._~")


def node_key(iri: str) -> str | None:
    """The node key of a node IRI (:func:`node_iri` read back), None for an IRI kg did not
    mint as a node."""
    return unquote(iri[len(RESOURCE_BASE) :]) if iri.startswith(RESOURCE_BASE) else None


def article_iri(doc: str) -> str:
    return node_iri(f"article/{doc}")


def sentence_iri(doc: str, index: int) -> str:
    return f"{article_iri(doc)}/sentence/{int(index)}"  # the article's IRI quoted once


def statement_iri(doc: str, key: str) -> str:
    """The IRI of the statement with stable ``key`` (:attr:`kg.model.Statement.id`)."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return f"{node_iri(f'statement/{doc}')}/{digest}"  # a hex digest needs no quoting


def graph_iri(doc: str) -> str:
    """The named graph that holds everything one article contributes."""
    return GRAPH_BASE + quote(doc, safe="-._~")


def summary_iri(doc: str, kind: str, index: int) -> str:
    """The IRI of an article's ``index``-th summary of ``kind`` (``actor`` or ``pair``)."""
    return node_iri(f"article/{doc}/{kind}/{index}")
