"""NetworkX metrics on small hand-made actor graphs."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest

from kg.analysis import (
    activity,
    central_actors,
    communities,
    dyads,
    ego,
    filtered,
    find_actor,
    path,
    report,
)  # fmt: skip

KINDS = {"A": "Country", "B": "Country", "C": "Person", "D": "Group", "E": "Country",
         "F": "Country", "T": "Topic"}  # fmt: skip


def graph(edges: list[tuple[str, str, int, str]]) -> nx.MultiDiGraph:
    """Edges as (agent, target, polarity, date)."""
    g = nx.MultiDiGraph()
    for n, kind in KINDS.items():
        g.add_node(n, label=f"Actor {n}", type=kind, country=None, mentions=0)
    for i, (u, v, pol, date) in enumerate(edges):
        g.add_edge(
            u,
            v,
            key=f"s{i}",
            relation="r",
            event_type="Support" if pol > 0 else "Accuse",
            polarity=pol,
            negated=False,
            modality="asserted",
            date=date,
            confidence=0.9,
            sentence=f"{u} r {v}.",
            title=None,
            statement=f"s{i}",
        )
        g.nodes[u]["mentions"] += 1
        g.nodes[v]["mentions"] += 1
    return g


STAR = graph([("A", "B", 1, "2021-01-05"), ("A", "C", 1, "2021-01-20"),
              ("A", "D", -1, "2021-02-01"), ("B", "A", -1, "2021-02-03"),
              ("E", "F", 1, "2021-03-01"), ("A", "T", 1, "2021-03-02")])  # fmt: skip


def test_the_hub_is_most_central_and_topics_are_not_actors():
    rows = central_actors(STAR, top=3)
    assert rows[0]["label"] == "Actor A"
    assert rows[0]["degree"] == pytest.approx(3 / 5)  # B, C, D of 5 other actors
    assert rows[0]["betweenness"] > 0 and all(r["label"] != "Actor T" for r in rows)


def test_communities_split_the_components():
    found = communities(STAR)
    assert ["Actor E", "Actor F"] in found
    assert any({"Actor A", "Actor B"} <= set(c) for c in found)


def test_dyads_sum_both_directions():
    row = next(r for r in dyads(STAR) if {r["a"], r["b"]} == {"Actor A", "Actor B"})
    assert (row["statements"], row["cooperation"], row["conflict"], row["balance"]) == (2, 1, 1, 0)


def test_ego_network_and_lookup_by_label():
    assert set(ego(STAR, "Actor E")) == {"E", "F"}
    assert set(ego(STAR, "actor a")) == {"A", "B", "C", "D", "T"}
    with pytest.raises(KeyError):
        find_actor(STAR, "Nobody")


def test_path_links_two_actors_through_statements():
    steps = path(STAR, "Actor C", "Actor D")
    assert [(s["from"], s["to"]) for s in steps] == [("Actor C", "Actor A"), ("Actor A", "Actor D")]
    with pytest.raises(nx.NetworkXNoPath):
        path(STAR, "Actor C", "Actor F")


def test_activity_per_month_and_week():
    assert activity(STAR)["Actor A"] == {"2021-01": 2, "2021-02": 1, "2021-03": 1}
    assert activity(STAR, period="week")["Actor A"]["2021-W01"] == 1


def test_filters_keep_large_graphs_readable():
    assert set(filtered(STAR, since="2021-03-01")) == {"E", "F", "A", "T"}
    assert set(filtered(STAR, until="2021-01-31")) == {"A", "B", "C"}
    assert set(filtered(STAR, top=2)) == {"A", "B"}
    assert set(filtered(STAR, min_mentions=2)) == {"A", "B"}


@pytest.mark.parametrize("undated", [None, ""])
def test_an_undated_statement_is_in_no_date_range(undated):
    g = graph([("A", "B", 1, "2021-01-05"), ("C", "D", 1, undated)])
    assert set(filtered(g)) == {"A", "B", "C", "D"}
    assert set(filtered(g, since="2021-01-01")) == {"A", "B"}
    assert set(filtered(g, until="2021-12-31")) == {"A", "B"}


def test_report_has_every_section():
    data = report(STAR)
    assert {"central", "communities", "dyads", "activity"} <= set(data)
    assert data["actors"] == 6 and data["statements"] == 6


@pytest.mark.model
def test_stats_and_viz_on_a_file_and_a_store(articles_dir, tmp_path):
    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True,
                              text=True, check=False)  # fmt: skip

    assert kg("build", str(articles_dir), "--out", str(tmp_path / "o"), "--store",
              str(tmp_path / "db"), "--ttl", "-q").returncode == 0  # fmt: skip
    import json

    for source in (["--store", str(tmp_path / "db")], ["--graph", str(tmp_path / "o/graph.ttl")]):
        stats = kg("stats", *source, "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["central"][0]["label"] in {"China", "Russia"}
        view = kg("viz", *source, "--actor", "Russia", "--out", str(tmp_path / "v.html"))
        assert view.returncode == 0, view.stderr
        assert "Russia" in (tmp_path / "v.html").read_text(encoding="utf-8")
    missing = kg("viz", "--graph", str(tmp_path / "o/graph.ttl"), "--actor", "Atlantis")
    assert missing.returncode == 2 and "Atlantis" in missing.stderr


# --- kg stats --plot ----------------------------------------------------------------------------


def _edge(g, u, v, date, polarity, key):
    for node, label in ((u, u.title()), (v, v.title())):
        g.add_node(node, label=label, type="Country", country=None, mentions=1)
    g.add_edge(u, v, key=key, date=date, polarity=polarity)


def test_dyad_months_count_cooperation_and_conflict_per_month_for_the_busiest_pairs():
    import networkx as nx

    from kg.plots import dyad_months

    g = nx.MultiDiGraph()
    _edge(g, "rus", "chn", "2021-11-03", 1, "s1")
    _edge(g, "chn", "rus", "2021-12-01", -1, "s2")  # the other direction: the same pair
    _edge(g, "chn", "rus", "2021-12-20", -1, "s3")
    _edge(g, "usa", "chn", "2021-12-09", 0, "s4")  # neutral: not drawn
    _edge(g, "usa", "gbr", None, 1, "s5")  # undated: not drawn
    _edge(g, "usa", "can", "2022-01-02", 1, "s6")
    pairs = dyad_months(g, top=1)
    assert pairs == {("Chn", "Rus"): {"months": ["2021-11", "2021-12"],
                                      "cooperation": [1, 0], "conflict": [0, 2]}}  # fmt: skip
    assert list(dyad_months(g, top=5)) == [("Chn", "Rus"), ("Can", "Usa")]


def test_stats_plot_writes_three_pngs(tmp_path, capsys):
    import importlib.util

    from factories import filled

    from kg.cli.main import main

    src = tmp_path / "g.trig"
    filled("a1", "a2").export(src, "trig")
    argv = ["stats", "--graph", str(src), "--plot", str(tmp_path / "pics")]
    if importlib.util.find_spec("matplotlib") is None:
        assert main(argv) == 2 and "matplotlib" in capsys.readouterr().err
        return
    assert main(argv) == 0
    files = sorted(p.name for p in (tmp_path / "pics").iterdir())
    assert files == ["activity.png", "centrality.png", "dyads.png"]  # no temporary files left
    for name in files:
        data = (tmp_path / "pics" / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 2000


def test_stats_plot_into_a_file_is_one_line_not_a_traceback(tmp_path, capsys):
    from factories import filled

    from kg.cli.main import main

    pytest.importorskip("matplotlib")
    src = tmp_path / "g.trig"
    filled("a1", "a2").export(src, "trig")
    (tmp_path / "pics").write_text("mine\n", encoding="utf-8")
    assert main(["stats", "--graph", str(src), "--plot", str(tmp_path / "pics")]) == 4
    err = capsys.readouterr().err
    assert err.startswith("kg: error: cannot write the pictures into") and "--plot a folder" in err
    assert (tmp_path / "pics").read_text(encoding="utf-8") == "mine\n"
