"""Event data out: kg export --format events and kg.events(), one typed statement per row."""

from __future__ import annotations

import csv
import importlib.util
import io
from dataclasses import replace

import pyoxigraph as ox
import pytest
from factories import filled, nquads, result, stored

import kg
from kg.cli.main import main
from kg.errors import UsageError
from kg.eventdata import COLUMNS, quad_classes, rows, table
from kg.ids import node_iri, statement_iri
from kg.rdf.namespace import KG


def test_a_store_gives_one_row_per_typed_statement_in_the_documented_columns():
    (event,) = rows(filled("a1"))  # the fixture: Putin praised the relationship with China
    assert tuple(event) == COLUMNS
    assert event["source_label"] == "Vladimir Putin" and event["source_country"] == "RUS"
    assert event["event_class"] == "Support" and event["quad_class"] == "verbal-cooperation"
    # the object is a topic, no recipient: no target (never the object in its place)
    assert event["target_label"] is None and event["negated"] is False
    assert event["date"] == "2021-12-15" and event["article"] == "a1"
    assert event["sentence"].startswith("Vladimir Putin praised")
    assert event["source_code"] == "RUSGOV" and event["target_code"] is None
    assert event["event_mode"] is None


def _coded(codes: list[tuple[str | None, str | None]]):
    """The pair article ("Russia backed China.") with one copy of its second statement per
    (agent code, recipient code)."""
    r = result(pair=True)
    second = r.statements.pop()
    for i, (agent, recipient) in enumerate(codes):
        span = (second.relation_span[0] + i, second.relation_span[1])  # a statement id each
        r.statements.append(replace(second, relation_span=span, agent_code=agent,
                                    recipient_code=recipient))  # fmt: skip
    return r


@pytest.mark.parametrize(
    "codes",
    [
        [("RUS", "CHN")],
        [("RUS", "CHN"), ("RUS", "CHNGOV"), ("RUSGOV", "CHNGOV")],  # ties: the first code
        [("RUSMIL", None), ("RUS", "CHN"), ("RUS", "CHN")],  # no code: none
    ],
)
def test_each_row_has_its_statements_actor_codes(codes):
    r = _coded(codes)
    got = {e["statement"]: (e["source_code"], e["target_code"]) for e in rows(stored([r]))}
    want = {statement_iri("a1", st.id): (st.agent_code, st.recipient_code)
            for st in r.statements[1:]}  # fmt: skip
    assert {k: got[k] for k in want} == want


def test_codes_are_written_once_per_actor_and_article_and_where_they_differ():
    r = _coded([("RUS", "CHN"), ("RUS", "CHN"), ("RUSGOV", "CHN")])
    quads = list(ox.parse(nquads([r]), format=ox.RdfFormat.N_QUADS))
    coded = {str(KG.actorCode), str(KG.agentCode), str(KG.targetCode)}
    by = {(q.subject.value, q.predicate.value, q.object.value) for q in quads
          if q.predicate.value in coded}  # fmt: skip
    assert by == {
        (node_iri("country/RUS"), str(KG.actorCode), "RUS"),  # the default: two of three
        (node_iri("country/CHN"), str(KG.actorCode), "CHN"),
        (node_iri("person/vladimir-putin"), str(KG.actorCode), "RUSGOV"),  # the first statement
        (statement_iri("a1", r.statements[3].id), str(KG.agentCode), "RUSGOV"),  # the odd one
    }


def test_mode_and_contexts_are_the_names_statements_jsonl_has():
    r = result(pair=True)
    second = r.statements[1]
    second.event_type, second.event_mode = "Accuse", "disapprove"
    second.event_context = ["diplomatic", "political"]
    (event,) = [e for e in rows(stored([r])) if e["event_class"] == "Accuse"]
    assert event["event_mode"] == "disapprove"  # not the concept's IRI
    assert sorted(event["event_context"].split("; ")) == ["diplomatic", "political"]


def test_a_statement_with_no_agent_is_a_row_with_no_source():
    r = result(pair=True)
    second = r.statements[1]  # "China was attacked": no agent named, China the recipient
    second.event_type, second.agent_id, second.agent_code = "Assault", None, None
    (event,) = [e for e in rows(stored([r])) if e["event_class"] == "Assault"]
    assert event["source_label"] is None and event["source_code"] is None
    assert (event["target_label"], event["target_code"]) == ("China", "CHN")
    events = kg.query(name="events", store=stored([r]), params={"type": "Assault"})
    assert [(e["agent"], e["target"]) for e in events] == [(None, "China")]


def test_two_articles_give_two_rows():
    assert sorted(e["article"] for e in rows(filled("a1", "a2"))) == ["a1", "a2"]


def test_several_places_of_a_statement_stay_one_row():
    base = {c: None for c in COLUMNS} | {"statement": "s1", "event_class": "Accuse"}
    (event,) = table(
        [base | {"place": "Kyiv"}, base | {"place": "Minsk"}, base | {"place": "Kyiv"}]
    )
    assert event["place"] == "Kyiv; Minsk" and event["quad_class"] == "verbal-conflict"


@pytest.mark.parametrize(
    ("cls", "quad"),
    [("Say", "neutral"), ("Agree", "verbal-cooperation"), ("Aid", "material-cooperation"),
     ("Accuse", "verbal-conflict"), ("Sanction", "material-conflict")],
)  # fmt: skip
def test_quad_classes_come_from_the_ontology(cls, quad):
    assert quad_classes()[cls] == quad


def test_export_events_writes_csv(tmp_path, capsys):
    src = tmp_path / "g.trig"
    filled("a1", "a2").export(src, "trig")
    out = tmp_path / "events.csv"
    assert main(["export", "--graph", str(src), "--format", "events", "--out", str(out)]) == 0
    assert "wrote 2 events" in capsys.readouterr().err
    read = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(read[0]) == COLUMNS and len(read) == 2
    assert read[0]["negated"] == "false" and read[0]["source_code"] == "RUSGOV"
    assert read[0]["target_code"] == ""  # no recipient, so no code


def test_parquet_needs_pyarrow_or_reads_back(tmp_path):
    src = tmp_path / "g.trig"
    filled("a1").export(src, "trig")
    out = tmp_path / "events.parquet"
    argv = ["export", "--graph", str(src), "--format", "events", "--out", str(out)]
    if importlib.util.find_spec("pyarrow") is None:
        assert main(argv) == 2 and not out.exists()
        return
    import pyarrow.parquet as pq

    assert main(argv) == 0
    assert pq.read_table(out).column_names == list(COLUMNS)


def test_the_python_api_returns_a_dataframe(tmp_path):
    path = tmp_path / "g.trig"
    filled("a1").export(path, "trig")
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(UsageError, match="pandas"):
            kg.events(graph=path)
        return
    frame = kg.events(graph=path)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 1
    assert frame.loc[0, "event_class"] == "Support"


@pytest.mark.model
def test_the_sample_gives_the_boycott_as_four_sanctions(sample_store, tmp_path):
    out = tmp_path / "events.csv"
    assert main(["export", "--store", str(sample_store), "--format", "events", "-o", str(out)]) == 0
    read = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    boycott = [r for r in read if "are not sending political representatives" in r["sentence"]
               and r["event_class"] == "Sanction"]  # fmt: skip
    assert sorted(r["source_country"] for r in boycott) == ["AUS", "CAN", "GBR", "USA"]
    assert {r["quad_class"] for r in boycott} == {"material-conflict"}
    assert {r["negated"] for r in boycott} == {"true"} and len(
        {r["statement"] for r in boycott}
    ) == 4
    assert all(r["source_code"] == r["source_country"] for r in boycott)  # USA, GBR, ...
    # the boycott answers "China's abuses": the grievance's owner is the target, not the
    # "political representatives" not sent (a topic), and its code is China's
    assert {(r["target_label"], r["target_country"], r["target_code"]) for r in boycott} == {
        ("China", "CHN", "CHN")
    }
    assert {r["article"] for r in boycott} == {"000_8813760514876ec4"}
