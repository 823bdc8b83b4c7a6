"""A read-only view of a mapping that notes what was read from it, so that what a pure
function of the mapping gave can be kept until one of the values it read changes (a
resolver's entities read the roles of one or two names of the many it remembers)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: What the view notes for a key the mapping did not hold.
ABSENT = object()


class Watched(Mapping):
    """``mapping`` as it is, with ``read``: each key asked for and what the mapping held for
    it then (:data:`ABSENT` for nothing). Only single keys are watched: iterating over or
    measuring the view is refused, since what that read could not be told."""

    def __init__(self, mapping: Mapping) -> None:
        self._mapping = mapping
        self.read: dict[Any, Any] = {}

    def __getitem__(self, key: Any) -> Any:
        found = self.read[key] = self._mapping.get(key, ABSENT)
        if found is ABSENT:
            raise KeyError(key)
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        found = self.read[key] = self._mapping.get(key, ABSENT)
        return default if found is ABSENT else found

    def __contains__(self, key: object) -> bool:
        return self.get(key, ABSENT) is not ABSENT

    def __iter__(self) -> Iterator:
        raise TypeError("a Watched mapping watches single keys only")

    def __len__(self) -> int:
        raise TypeError("a Watched mapping watches single keys only")


def unchanged(read: Mapping, mapping: Mapping) -> bool:
    """Whether ``mapping`` still holds what ``read`` (a :class:`Watched` view's) noted."""
    return all(mapping.get(key, ABSENT) == value for key, value in read.items())
