"""Reading articles: headers, JSON Lines, ids, and clear errors for bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import threading
from pathlib import Path

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


# --- JSON Lines: field types, a size limit per line ------------------------------------------


@pytest.mark.parametrize(
    ("record", "says"),
    [
        ({"text": "Russia acts.", "section": {"name": "World"}}, "has an object as 'section'"),
        ({"text": "Russia acts.", "title": ["a", "b"]}, "has a list as 'title'"),
        ({"text": "Russia acts.", "date": 20211216}, "has a number as 'date'"),
        ({"text": "Russia acts.", "url": True}, "has true or false as 'url'"),
        ({"text": "Russia acts.", "id": 1.5}, "has a number as 'id'"),
        ({"text": ["Russia acts."]}, "not a JSON object with a string 'text'"),
        ({"text": "Russia acts.", "id": 7, "section": "World", "title": None}, None),
    ],
)
def test_jsonl_fields_of_the_wrong_type_are_reported(tmp_path, record, says):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"text": "China reacts."}) + "\n")
    arts, errors = collect([f])
    assert arts[-1].text == "China reacts."  # the next line is read either way
    if says is None:
        assert not errors and arts[0].id == "7" and arts[0].section == "World"
    else:
        assert len(arts) == 1 and len(errors) == 1
        assert str(errors[0]).startswith(f"{f}:1: ") and says in str(errors[0])


def test_the_size_limit_applies_to_each_jsonl_line_not_the_file(tmp_path):
    f = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Article {i} about Russia."}) for i in range(3000)]
    lines[1500] = json.dumps({"id": "big", "text": "Russia " * 200})
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert f.stat().st_size > 100_000
    arts, errors = collect([f], max_bytes=1000)
    assert len(arts) == 2999 and arts[1500].id == "a1501"
    assert [str(e) for e in errors] == [
        f"{f}:1501: is larger than the limit of 1,000 bytes (raise it with --max-bytes)"
    ]


def test_jsonl_on_stdin_and_in_utf16_is_read_a_line_at_a_time(tmp_path):
    data = (json.dumps({"id": "a1", "text": "Élysée praised Berlin."}) + "\n") * 3
    arts, errors = collect(["-"], stdin=io.BytesIO(data.encode()), max_bytes=100)
    assert [a.text for a in arts] == ["Élysée praised Berlin."] * 3 and not errors
    f = tmp_path / "wide.jsonl"
    f.write_bytes(data.encode("utf-16"))
    for source, stdin in (([f], None), (["-"], io.BytesIO(data.encode("utf-16")))):
        arts, errors = collect(source, stdin=stdin)
        assert [a.text for a in arts] == ["Élysée praised Berlin."] * 3 and not errors


def test_a_binary_jsonl_file_is_reported_once(tmp_path):
    f = tmp_path / "image.jsonl"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\n".join([b"\x00\x01junk"] * 100))
    arts, errors = collect([f])
    assert not arts and len(errors) == 1 and "PNG" in str(errors[0])


# --- folders: letter case, links, special files ------------------------------------------------


def test_suffixes_are_read_in_any_letter_case(tmp_path):
    for name in ("a.TXT", "b.Txt", "c.txt", "d.JSONL"):
        body = json.dumps({"text": "Xi acts."}) if name.endswith("JSONL") else "Russia acts."
        (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "e.md").write_text("Not an input.", encoding="utf-8")
    arts, errors = collect([tmp_path])
    assert len(arts) == 4 and not errors
    assert [a.source.rsplit("/", 1)[1] for a in arts] == ["a.TXT", "b.Txt", "c.txt", "d.JSONL:1"]


def test_links_out_of_the_folder_broken_links_and_fifos_are_reported(tmp_path):
    folder, outside = tmp_path / "in", tmp_path / "secret.txt"
    folder.mkdir()
    outside.write_text("Secret text.", encoding="utf-8")
    (folder / "good.txt").write_text("Russia acts.", encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "good.txt")  # inside: followed
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    os.mkfifo(folder / "pipe.txt")
    arts, errors = _collect_in_time([folder])
    assert sorted(a.id for a in arts) == ["alias", "good"]
    said = {Path(e.source).name: e.reason for e in errors}
    assert said.keys() == {"passwd.txt", "broken.txt", "pipe.txt"}
    assert "outside" in said["passwd.txt"] and "not followed" in said["passwd.txt"]
    assert "broken symbolic link" in said["broken.txt"]
    assert "not a regular file (a FIFO)" in said["pipe.txt"]
    assert not any("Secret" in a.text for a in arts)


def test_a_fifo_or_a_device_named_on_the_command_line_is_reported_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    arts, errors = _collect_in_time([tmp_path / "pipe.txt", "/dev/zero", tmp_path / "broken.txt"])
    assert not arts
    assert ["a FIFO" in str(errors[0]), "a character device" in str(errors[1])] == [True, True]
    assert "broken symbolic link" in str(errors[2])


def _collect_in_time(inputs, seconds: float = 10):
    """``collect`` in a thread, failing (not hanging) if reading blocks."""
    box = []
    worker = threading.Thread(target=lambda: box.append(collect(inputs)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "reading blocked"
    return box[0]
