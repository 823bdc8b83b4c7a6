"""Read articles from files, folders (``*.txt``, ``*.jsonl``) or standard input: bytes to
clean text, headers and JSON Lines records to :class:`~kg.model.Article` records."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from kg import layout, sources
from kg.errors import InputError
from kg.model import Article

#: Default cap on one article (bytes); `--max-bytes` changes it.
MAX_BYTES = 5_000_000

_HEADER = re.compile(r"^\s*date\s+(\S+)(?:\s+(.*\S))?\s*$", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*([A-Z][\w.'’ -]{0,40}?)\s*(?::|—|–|-{1,2})\s*$")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "a gzip archive",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}

ErrorHandler = Callable[[InputError], None]


def _raise(err: InputError) -> None:
    raise err


def check_text(head: bytes, source: str) -> None:
    """An :class:`InputError` if the first bytes of a file show it is not text."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(source, f"is {what}, not text", "convert it to plain text first")


def decode(data: bytes, source: str, *, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, else a clear error."""
    check_text(data, source)
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(source, f"cannot be decoded as {encoding}: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"has a UTF-16 mark but is not valid UTF-16: {exc}") from None
    if b"\x00" in data[:8192] and data.count(b"\x00") > len(data[:8192]) // 10:
        raise InputError(source, "looks binary (many NUL bytes)", "pass a plain-text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"is not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            "re-save it as UTF-8, or pass --encoding latin-1 (or the file's real encoding)",
        ) from None


def clean_text(text: str) -> str:
    """Normalise newlines and Unicode (NFC); drop control characters and NULs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def article_id(name: str) -> str:
    """A safe, stable id from a file name or a user id."""
    slug = _ID_UNSAFE.sub("-", name).strip("-.")[:80]
    if slug and slug == name:
        return slug
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else digest


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date, or None when it is missing or impossible (2021-02-30)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


_MARKUP = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a|h[1-6]|li|table)\b", re.I)
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title",
                     "article", "section", "header", "footer", "blockquote"})  # fmt: skip


class _TextOnly(HTMLParser):
    """Text of an HTML page: block elements become line breaks; scripts and styles vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_markup(text: str) -> str:
    """Plain text from HTML; other text is returned unchanged."""
    if not _MARKUP.search(text):
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def parse_text(text: str, *, source: str, id: str) -> Article:
    """An article from text, reading the optional header (date line, title, dateline); without
    one, the title, dateline and date the text itself shows (:mod:`kg.layout`)."""
    text = strip_markup(clean_text(text))
    lines = text.split("\n")
    title = date = section = dateline = None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (m := _HEADER.match(lines[first])):
        date = parse_date(m.group(1))
        if date is None:
            raise InputError(
                source, f"header has an impossible date {m.group(1)!r}", "write it as YYYY-MM-DD"
            )
        section = m.group(2)
        lines = lines[first + 1 :]
        t = next((i for i, line in enumerate(lines) if line.strip()), None)
        if t is not None:
            title = lines[t].strip()
            rest = lines[t + 1 :]
            d = next((i for i, line in enumerate(rest) if line.strip()), None)
            if d is not None and (dm := _DATELINE.match(rest[d])):
                dateline = dm.group(1).strip()
    else:
        title, wire = layout.title(lines), layout.first_dateline(lines)
        date = layout.article_date(lines, name=Path(source).name)
        dateline = wire.place if wire else None
    body = "\n".join(lines).strip()
    if not body:
        raise InputError(source, "is empty (no text after the header)", "nothing to extract")
    return Article(
        id=id,
        text=body,
        source=source,
        title=title,
        date=date,
        section=section,
        dateline=dateline,
    )


_FIELDS = ("id", "title", "date", "url", "section")
_JSON_TYPES = {dict: "an object", list: "a list", bool: "true or false", int: "a number",
               float: "a number", str: "a string"}  # fmt: skip


def parse_record(record: object, *, source: str) -> Article:
    """An article from one JSON Lines record: ``text`` and optional id/title/date/url/section,
    each a string (``id`` may be a number); a field of another type is reported."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(source, "is not a JSON object with a string 'text'")
    for name in _FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            if name == "id" and isinstance(value, int) and not isinstance(value, bool):
                continue
            raise InputError(source, f"has {_JSON_TYPES.get(type(value), 'a value')} as "
                                     f"'{name}', where a string is expected")  # fmt: skip
    text = clean_text(record["text"]).strip()
    title = clean_text(record["title"]).strip() if record.get("title") else None
    if not text:
        raise InputError(source, "has an empty 'text'")
    full = f"{title}\n{text}" if title else text
    raw_id = record.get("id")
    date = record.get("date")
    parsed = parse_date(date) if date else None
    if date and parsed is None:
        raise InputError(source, f"has an impossible date {date!r}", "write it as YYYY-MM-DD")
    return Article(
        id=article_id(str(raw_id)) if raw_id not in (None, "") else content_id(full),
        text=full,
        source=source,
        title=title or None,
        date=parsed,
        section=record.get("section") or None,
        url=record.get("url") or None,
    )


def _read_bytes(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            source, f"is larger than the limit of {max_bytes:,} bytes", "raise it with --max-bytes"
        )
    return data


def _text(stream: BinaryIO, item: Path | str, max_bytes: int, encoding: str | None) -> Article:
    """The one article of a text file (or of standard input)."""
    source = "<stdin>" if item == "-" else str(item)
    text = decode(_read_bytes(stream, source, max_bytes), source, encoding=encoding)
    if not text.strip():
        raise InputError(source, "is empty", "nothing to extract")
    stem = "" if item == "-" else Path(item).stem
    return parse_text(text, source=source, id=article_id(stem) if stem else content_id(text))


def _jsonl(
    stream: BinaryIO, source: str, *, max_bytes: int, encoding: str | None, on_error: ErrorHandler
) -> Iterator[Article]:
    """The articles of a JSON Lines stream, read a line at a time: the size limit applies to
    each line, and a line that is too long, not JSON or not an article is reported alone."""
    head = stream.peek(8192)[:8192]  # type: ignore[attr-defined]
    check_text(head, source)
    codec = encoding or ("utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else None)
    try:
        if codec and not "\n{".encode(codec).endswith(b"\n{"):  # UTF-16, UTF-32: as UTF-8
            stream, codec = codecs.EncodedFile(stream, "utf-8", codec), "utf-8"  # type: ignore[assignment]
    except LookupError:
        raise InputError(source, f"cannot be decoded: unknown encoding {encoding!r}") from None
    for n, line in enumerate(sources.lines(stream.readline, max_bytes), start=1):
        where = f"{source}:{n}"
        try:
            if line is None:
                raise InputError(where, f"is larger than the limit of {max_bytes:,} bytes",
                                 "raise it with --max-bytes")  # fmt: skip
            if line.strip():
                yield parse_record(json.loads(decode(line, where, encoding=codec)), source=where)
        except json.JSONDecodeError as exc:
            on_error(InputError(where, f"is not valid JSON ({exc.msg})"))
        except InputError as err:
            on_error(err)


def _open(item: Path | str, stdin: BinaryIO | None) -> contextlib.AbstractContextManager:
    if item != "-":
        return sources.open_file(Path(item))
    stream = stdin or sys.stdin.buffer
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    return contextlib.nullcontext(stream)  # standard input stays open


def _looks_jsonl(stream: BinaryIO) -> bool:
    head = stream.peek(4096)  # type: ignore[attr-defined]
    wide = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    return head.decode("utf-16" if wide else "utf-8", "ignore").lstrip("\ufeff \t\r\n")[:1] == "{"


def expand(inputs: Iterable[str | Path], on_error: ErrorHandler = _raise) -> Iterator[Path | str]:
    """Input arguments to a stream of files (see :mod:`kg.sources`); ``-`` is stdin."""
    return sources.expand(inputs, on_error)


def count(inputs: Iterable[str | Path]) -> int | None:
    """How many articles ``inputs`` hold, for a progress bar's ETA (``None`` for stdin)."""
    total = 0
    for item in expand(inputs, on_error=lambda err: None):
        if item == "-":
            return None
        assert isinstance(item, Path)
        if not sources.is_jsonl(item):
            total += 1
            continue
        try:
            with sources.open_file(item) as fh:
                total += sum(1 for line in fh if line.strip())
        except (OSError, InputError):
            pass
    return total


def read(
    inputs: Iterable[str | Path],
    *,
    on_error: ErrorHandler = _raise,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """Articles from files, folders and ``-``; each unreadable one goes to ``on_error``.
    ``max_bytes`` caps each article: a text file, or one line of a JSON Lines file."""
    for item in expand(inputs, on_error):
        source = "<stdin>" if item == "-" else str(item)
        try:
            with _open(item, stdin) as stream:
                jsonl = _looks_jsonl(stream) if item == "-" else sources.is_jsonl(Path(item))
                if jsonl:
                    yield from _jsonl(stream, source, max_bytes=max_bytes, encoding=encoding,
                                      on_error=on_error)  # fmt: skip
                else:
                    yield _text(stream, item, max_bytes, encoding)
        except InputError as err:
            on_error(err)
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            on_error(InputError(source, f"cannot be read: {why}"))


def dated(articles: Iterable[Article], date: dt.date | None) -> Iterator[Article]:
    """``articles``, those that give no date (no header, JSON ``date``, or date in the file
    name or first lines) dated ``date`` (``--date``)."""
    for article in articles:
        yield article if article.date or date is None else replace(article, date=date)
