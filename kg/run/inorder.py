"""Texts written in input order though some come late (:mod:`kg.run.names` holds a few
articles back until the end of a run), with memory that stays flat.

A text whose predecessors are all written goes straight out. Once one is missing, the texts
after it wait in a temporary file, in the order they came, until it arrives; a late text that
comes after texts with a later position waits in memory (the held-back articles: few). The
temporary file is written and read front to back, once.
"""

from __future__ import annotations

import tempfile
from collections import deque
from typing import IO


class InOrder:
    """Writes ``put(position, text)`` to ``out`` in the order of the positions (0, 1, 2, ...,
    each given once, in any order); :meth:`close` (or leaving the ``with`` block without
    an error) writes what still waits and fails if a position never came."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.next = 0  # the position to write next
        self.spool: IO[bytes] | None = None
        self.spooled: deque[tuple[int, int]] = deque()  # (position, bytes), in spool order
        self.read_at = 0  # where the next spooled text starts in the spool
        self.late: dict[int, str] = {}

    def __enter__(self) -> InOrder:
        return self

    def __exit__(self, kind, *exc_info) -> None:
        if kind is None:
            self.close()
        elif self.spool is not None:
            self.spool.close()

    def put(self, at: int, text: str) -> None:
        if at == self.next:
            self._write(text)
            self._drain()
        elif not self.spooled or at > self.spooled[-1][0]:
            if self.spool is None:
                # open across calls: closed by close() or on leaving the with block
                self.spool = tempfile.TemporaryFile(prefix="kg-inorder-")  # noqa: SIM115
            data = text.encode("utf-8")
            self.spool.seek(0, 2)
            self.spool.write(data)
            self.spooled.append((at, len(data)))
        else:
            self.late[at] = text

    def close(self) -> None:
        """Write what waits; a position that never came is a bug in the caller."""
        self._drain()
        try:
            if self.spooled or self.late:
                missing = self.next
                raise RuntimeError(f"InOrder: position {missing} was never given")
        finally:
            if self.spool is not None:
                self.spool.close()
                self.spool = None

    def _write(self, text: str) -> None:
        if text:
            self.out.write(text)
        self.next += 1

    def _drain(self) -> None:
        while True:
            if self.next in self.late:
                self._write(self.late.pop(self.next))
            elif self.spooled and self.spooled[0][0] == self.next:
                _, size = self.spooled.popleft()
                assert self.spool is not None
                self.spool.seek(self.read_at)
                self._write(self.spool.read(size).decode("utf-8"))
                self.read_at += size
            else:
                return
