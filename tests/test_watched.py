import pytest

from kg.extract.watched import ABSENT, Watched, unchanged


def test_the_view_reads_as_the_mapping_and_notes_each_key_asked_for():
    roles = {"Straw": "minister", "Blair": None}
    view = Watched(roles)
    assert view.get("Straw") == "minister" and view["Blair"] is None
    assert view.get("Brown", "none") == "none" and "Brown" not in view
    with pytest.raises(KeyError):
        view["Howard"]
    assert view.read == {"Straw": "minister", "Blair": None, "Brown": ABSENT, "Howard": ABSENT}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, True),
        ({"Kennedy": "leader"}, True),  # a key nobody read
        ({"Straw": "foreign secretary"}, False),
        ({"Brown": "chancellor"}, False),  # read as absent, now there
        ({"Blair": "prime minister"}, False),  # read as None, now a value
    ],
)
def test_unchanged_tells_whether_a_key_read_holds_something_else(change, expected):
    roles = {"Straw": "minister", "Blair": None}
    view = Watched(roles)
    view.get("Straw"), view.get("Brown"), view.get("Blair")
    assert unchanged(view.read, {**roles, **change}) is expected


def test_what_cannot_be_watched_is_refused():
    with pytest.raises(TypeError):
        list(Watched({"a": 1}))
    with pytest.raises(TypeError):
        len(Watched({"a": 1}))
