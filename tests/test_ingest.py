"""Reading articles: headers, JSON Lines, ids, and clear errors for bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json

import pytest
from factories import SAMPLE

from kg.errors import InputError
from kg.ingest import article_id, decode, parse_text, read


def collect(inputs, **kw):
    errors: list[InputError] = []
    arts = list(read(inputs, on_error=errors.append, **kw))
    return arts, errors


def test_sample_header_title_and_dateline():
    (art,) = read([SAMPLE])
    assert art.id == "000_8813760514876ec4"
    assert art.date == dt.date(2021, 12, 16)
    assert art.section == "Politics"
    assert art.title.startswith("Russian President Vladimir Putin hails")
    assert art.dateline == "Moscow"
    assert art.text.startswith(art.title + "\nMoscow:\n")


def test_text_without_header_is_all_body():
    art = parse_text("Russia dismisses the allegations.\n", source="x", id="x")
    assert (
        art.title is None and art.date is None and art.text == "Russia dismisses the allegations."
    )


def test_impossible_header_date_is_reported():
    with pytest.raises(InputError, match="impossible date"):
        parse_text("date 2021-02-30 World\nTitle\nBody.", source="a.txt", id="a")


def test_jsonl_records_with_ids_and_broken_line(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "title": "T", "text": "Russia acts.", "date": "2021-12-16"})
        + "\n{broken\n"
        + json.dumps({"text": "China reacts."})
        + "\n",
        encoding="utf-8",
    )
    arts, errors = collect([f])
    assert len(arts) == 2 and arts[0].id == "a1"
    assert arts[0].text == "T\nRussia acts." and arts[0].date == dt.date(2021, 12, 16)
    assert len(arts[1].id) == 16  # content hash
    assert len(errors) == 1 and ":2" in errors[0].source


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    arts, errors = collect([tmp_path])
    assert [a.id for a in arts] == ["1", "2"] and not errors


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"%PDF-1.4 binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (gzip.compress(b"hello"), "gzip"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unreadable_files_are_reported_and_the_batch_goes_on(tmp_path, data, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Russia dismisses the allegations.", encoding="utf-8")
    arts, errors = collect([bad, good, tmp_path / "missing.txt"])
    assert [a.id for a in arts] == ["good"]
    assert reason in str(errors[0]) and "bad.txt" in str(errors[0])
    assert "does not exist" in str(errors[1])


def test_encodings_bom_utf16_and_explicit_latin1():
    assert decode("\ufeffRussia".encode(), "x") == "Russia"
    assert decode("Élysée".encode("utf-16"), "x") == "Élysée"
    assert decode("café".encode("latin-1"), "x", encoding="latin-1") == "café"


def test_size_limit_is_explicit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 1000, encoding="utf-8")
    arts, errors = collect([f], max_bytes=100)
    assert not arts and "limit of 100 bytes" in str(errors[0]) and "--max-bytes" in str(errors[0])


def test_stdin_text_and_control_characters_are_cleaned():
    (art,) = read(["-"], stdin=io.BytesIO(b"Russia\x00 acts\x07.\r\n"))
    assert art.text == "Russia acts." and art.source == "<stdin>"


@pytest.mark.parametrize("name", ["a b", "ü.txt", "../x", "<script>", ""])
def test_article_ids_are_safe(name):
    out = article_id(name)
    assert out and all(c.isalnum() or c in "._-" for c in out)
