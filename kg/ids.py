"""Safe, deterministic keys for graph nodes from any text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # names and lemmas recur within and across articles
def slug(text: str, *, max_len: int = 60) -> str:
    """``[a-z0-9-]`` slug of ``text``; a short hash is added when the slug loses information."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = _NON_WORD.sub("-", folded.lower()).strip("-")[:max_len].strip("-")
    plain = re.sub(r"[\s.\-]+", " ", re.sub(r"['’]", "", text.lower())).strip()
    if not out or plain != out.replace("-", " "):
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        out = f"{out}-{digest}" if out else digest
    return out


#: Base of every node IRI kg mints (actors, topics, articles, statements).
RESOURCE_BASE = "https://w3id.org/kg-news/id/"


@lru_cache(maxsize=1 << 16)
def node_iri(key: str) -> str:
    """The IRI (a plain string) of a node key such as ``person/vladimir-putin``."""
    return RESOURCE_BASE + quote(key, safe="/-._~")
