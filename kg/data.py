"""Where kg's data lives: ontology, SHACL shapes, gazetteers, lexicon, word lists, queries, and
the graph page's template, script and style.

The files ship inside the package as ``kg/ontology`` (in the repository a link to the
top-level ``ontology/`` folder) and ``kg/view/assets``, and are found with
:mod:`importlib.resources`, so a wheel installed anywhere finds them as an editable install
does. Nothing here reads a file at import time; the loaders that parse these files live with
the code that uses them.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The packaged data file (or folder) ``parts``, e.g. ``path("queries")``.

    kg is installed as plain files (a wheel or an editable install), never zipped, so the
    resource is a real path that rdflib, pyshacl and Oxigraph can open by name.
    """
    return Path(str(files("kg").joinpath("ontology", *parts)))


def ontology() -> Path:
    """The OWL ontology in Turtle (``kg.ttl``)."""
    return path("kg.ttl")


def shapes() -> Path:
    """The SHACL shapes every graph kg writes conforms to (``shapes.ttl``)."""
    return path("shapes.ttl")


def gazetteer() -> Path:
    """The actor gazetteer TSV (``actors.tsv``)."""
    return path("actors.tsv")


def aliases() -> Path:
    """Names merged into, or kept apart from, the gazetteer's actors (``aliases.tsv``)."""
    return path("aliases.tsv")


def phoenix_actors() -> Path:
    """People, organisations and groups with dated CAMEO codes (``phoenix_actors.tsv``,
    generated from the Phoenix dictionaries by ``scripts/gen_phoenix.py``)."""
    return path("phoenix_actors.tsv")


def agents() -> Path:
    """Role nouns to CAMEO sector codes (``agents.tsv``, from the Phoenix agents dictionary)."""
    return path("agents.tsv")


def places() -> Path:
    """Cities and US states with their countries (``places.tsv``, from GeoNames, generated
    by ``scripts/gen_places.py``)."""
    return path("places.tsv")


def lexicon() -> Path:
    """The event lexicon TSV (``lexicon.tsv``)."""
    return path("lexicon.tsv")


def words() -> Path:
    """The word lists the extraction rules look for (``words.tsv``)."""
    return path("words.tsv")


def confidence() -> Path:
    """The weights that turn a statement's features into its confidence (``confidence.tsv``,
    fitted on hand judgments by ``scripts/fit_confidence.py``)."""
    return path("confidence.tsv")


def queries() -> Path:
    """The folder of named SPARQL queries (``queries/*.rq``)."""
    return path("queries")


def view_asset(name: str) -> Path:
    """A file of the graph page: ``page.html`` (the template), ``view.js`` (drawing, filters,
    search), ``evidence.js`` (the evidence panel and its CSV), ``view.css``."""
    return Path(str(files("kg").joinpath("view", "assets", name)))
