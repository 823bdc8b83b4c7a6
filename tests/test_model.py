"""The records between kg's stages: a statement as a dict and as one line of JSON (no model)."""

from __future__ import annotations

import json
import re

from factories import ROOT, result

from kg.extract.admission import REASONS
from kg.extract.words import VALUES, vocabulary
from kg.model import CONTRACT_KEYS, MODALITIES, RESOLUTIONS, Statement


def _statement() -> Statement:
    st = result(pair=True).statements[1]
    st.extra_args = ["in Moscow"]
    st.object_mentions = ["https://w3id.org/kg-news/id/country/CHN"]
    st.sentence = 'He said "no" \\ to\nthem, in Ελληνικά 🇬🇧'
    return st


def test_a_json_line_is_the_dict_in_field_order_then_the_id():
    st = _statement()
    line = st.to_json()
    assert "\n" not in line
    assert line == json.dumps(st.to_dict(), ensure_ascii=False)
    keys = list(json.loads(line))
    assert keys == [*Statement.__dataclass_fields__, "id"]
    assert set(CONTRACT_KEYS) <= set(keys)


def test_a_json_line_reads_back_as_the_statement():
    st = _statement()
    assert Statement.from_dict(json.loads(st.to_json())) == st


def test_the_dict_holds_lists_of_its_own():
    st = _statement()
    d = st.to_dict()
    assert d["subject_span"] == list(st.subject_span) and isinstance(d["subject_span"], list)
    d["extra_args"].append("changed")
    assert st.extra_args == ["in Moscow"]
    assert d["id"] == st.id


def test_the_readme_documents_every_key_and_value_of_the_contract():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    contract = text[text.index("### The statement contract") : text.index("## Commands")]
    documented = set(re.findall(r"`([a-z][a-z_-]*)`", contract))
    assert set(json.loads(_statement().to_json())) <= documented
    assert set(MODALITIES) | set(RESOLUTIONS) | set(REASONS) <= documented
    assert VALUES["quad_classes"] <= documented
    assert set(vocabulary().event_contexts.values()) <= documented
