"""Where articles come from: input paths expanded to files, files opened safely, and the lines
of a JSON Lines stream read one at a time. (Turning bytes into articles is :mod:`kg.ingest`.)

Folders are walked for ``*.txt`` and ``*.jsonl`` files in any letter case. Inside a folder, a
symbolic link is followed only to a file in that folder: a link elsewhere (``/etc/passwd``)
or a broken one is reported and skipped. FIFOs, sockets and devices are reported, never
opened for reading, so a build cannot block on them; a file named on the command line is read
wherever it is, since the user chose it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError, MissingInputError

SUFFIXES = (".txt", ".jsonl")
_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFDIR: "a folder",
}

ErrorHandler = Callable[[InputError], None]


def is_article_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() == ".jsonl"


def expand(inputs: Iterable[str | Path], on_error: ErrorHandler) -> Iterator[Path | str]:
    """Input arguments to a stream of files, each folder's sorted; ``-`` stands for stdin."""
    for item in inputs:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for file in walk(path, on_error):
                found = True
                yield file
            if not found:
                on_error(MissingInputError(str(path), "holds no *.txt or *.jsonl files"))
        elif path.is_symlink() and not path.exists():
            on_error(InputError(str(path), f"is a broken symbolic link (to {os.readlink(path)})"))
        elif path.exists():
            yield path  # a file; one that is not a regular file is reported when opened
        else:
            on_error(MissingInputError(str(path), "does not exist"))


def walk(folder: Path, on_error: ErrorHandler) -> Iterator[Path]:
    """The article files under ``folder``, sorted; links out of it, broken links and special
    files are reported."""
    root = folder.resolve()
    for path in sorted(p for p in folder.rglob("*") if is_article_file(p)):
        try:
            why = _not_readable(path, root, folder)
        except OSError as exc:  # gone or unreadable since the folder was listed
            why = f"cannot be read: {exc.strerror or exc}"
        if why is None:
            yield path
        elif why:
            on_error(InputError(str(path), why, "skipped"))


def _not_readable(path: Path, root: Path, folder: Path) -> str | None:
    """Why a file found in ``folder`` is not read (``""``: a folder, walked into); ``None``
    when it is read."""
    if path.is_symlink():
        target = path.resolve()
        if not target.exists():
            return f"is a broken symbolic link (to {os.readlink(path)})"
        if not target.is_relative_to(root):
            return (f"is a symbolic link to {target}, outside {folder}; not followed (name the "
                    f"file itself to read it)")  # fmt: skip
    if path.is_dir():
        return ""
    if not path.is_file():
        return f"is not a regular file ({kind(path.stat().st_mode)})"
    return None


def kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def open_file(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; anything else (a FIFO, a device)
    is an :class:`InputError`, found without blocking: opening a FIFO for reading would wait
    for a writer, so the file is opened non-blocking and checked before any read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(str(path), f"is not a regular file ({kind(mode)})",
                             "pass a file, or pipe a stream to kg with -")  # fmt: skip
        return os.fdopen(fd, "rb")  # non-blocking has no effect on a regular file
    except BaseException:
        os.close(fd)
        raise


def lines(readline: Callable[[int], bytes], limit: int) -> Iterator[bytes | None]:
    """The lines a ``readline`` gives (bytes, newline kept), each read up to ``limit`` bytes
    (not counting the newline); ``None`` stands for a longer line, which is read to its end
    in bounded pieces and dropped, so memory never holds more than ``limit`` bytes of it."""
    while line := readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line
