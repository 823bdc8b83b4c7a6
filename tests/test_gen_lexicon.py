"""scripts/gen_lexicon.py and scripts/gen_abstract_nouns.py: reading PETRARCH2's CAMEO verb
dictionary and WordNet's noun files, on hand-written snippets of the formats (never the files
themselves)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg import data
from kg.errors import OntologyError
from kg.extract import wordnet
from kg.extract.patterns import VerbPatterns
from kg.extract.sense import Sense

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_abstract_nouns  # noqa: E402
import gen_lexicon  # noqa: E402
from cameo_verbs import blocks, objects, synsets  # noqa: E402

DICTIONARY = """\
&WEAPON
# a comment inside a set
+GUN
+ASSAULT_RIFLE

####### VERB PATTERNS #######

---  RESUME   [---]  ---
RESUME  # JW
RESTART
- * TALKS                                      [046]         # RESUME
- * {PEACE TALKS}                              [046]         # RESUME
- * &WEAPON                                    [190]         # RESUME
- * (TO BARRACKS)                              [---]         # RESUME
- * OFF TALK                                   [164]
- MINISTER *                                   [0831]        # RESUME
- * POLICE (TO BORDER)                         [153]         # RESUME
- * (TO {BANNED PARTIES}) $                    [1722]        # RESUME
"""
TABLE = {
    "046": ("Consult", "", "diplomatic"),
    "190": ("Assault", "", ""),
    "164": ("Sanction", "withdraw", "diplomatic"),
}


def plural(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("* TALKS", ["talk"]),
        ("* {PEACE TALKS}", ["peace talk"]),
        ("* &WEAPON", ["&weapon"]),
        ("* (TO BARRACKS)", ["to barrack"]),
        ("* OFF TALK", ["off talk"]),
        ("* (TO {BANNED PARTIES}) $", ["to banned partie"]),  # a marker after the object
        ("MINISTER *", []),  # the subject before the verb
        ("* POLICE (TO BORDER)", []),  # two parts narrow it in ways kg cannot follow
        ("* (TO)", []),  # no object
    ],
)
def test_plain_patterns_give_object_keys(pattern, expected):
    assert objects(pattern, plural) == expected


def test_blocks_and_synonym_sets():
    lines = DICTIONARY.splitlines()
    (block,) = blocks(lines)
    assert block.name == "resume"
    assert [verb for verb, _ in block.verbs] == ["resume", "restart"]
    assert block.patterns[0] == ("* TALKS", "046", "resume")
    assert block.patterns[4] == ("* OFF TALK", "164", "")  # no comment: no verb named
    assert synsets(lines, plural) == {"&weapon": ["gun", "assault rifle"]}


def test_pattern_rows_go_to_the_verb_they_were_found_with():
    rows = gen_lexicon.pattern_rows(DICTIONARY.splitlines(), TABLE, plural)
    objects_ = {(r[2], r[1]): r[3] for r in rows if r[0] == "object"}
    assert objects_[("resume", "talk")] == "Consult"
    assert ("object", "talk", "resume", "Consult", "046", "", "diplomatic") in rows
    assert ("restart", "talk") not in objects_  # found with RESUME, not its synonym
    assert objects_[("restart", "off talk")] == "Sanction"  # no verb named: the block's
    assert objects_[("resume", "to barrack")] == "-"  # no code: no event
    assert ("set", "gun", "&weapon", "", "", "", "") in rows
    classed = gen_lexicon.pattern_rows(
        DICTIONARY.splitlines(), TABLE, plural, classed=frozenset({"resume"})
    )
    assert not any(r[2] == "resume" for r in classed if r[0] == "object")


def test_verb_patterns_load_and_look_up(tmp_path):
    path = tmp_path / "verb_patterns.tsv"
    path.write_text(
        "kind\tword\tgroup\tevent_type\tcameo\tmode\tcontext\n"
        "set\tgun\t&weapon\t\t\t\t\n"
        "object\t&weapon\tsmuggle\tAid\t072\t\n"
        "object\tgun\tsmuggle\tAssault\t190\t\n"
        "object\ttalk\tcall off\tSanction\t164\t\tdiplomatic\n"
        "object\tto barrack\treturn\t-\t\t\n"
    )
    found = VerbPatterns.load(path)
    assert found.lookup("smuggle", "gun").event_type == "Assault"  # the noun's own first
    found.objects.pop(("smuggle", "gun"))
    assert found.lookup("smuggle", "gun").event_type == "Aid"  # then its set's
    assert found.lookup("call", "talk", prefix="off") == Sense(
        "Sanction", "164", None, context="diplomatic"
    )
    assert found.lookup("return", "barrack", prefix="to").event_type == ""
    assert found.lookup("smuggle", "cigarette") is None


def test_a_malformed_pattern_row_names_the_file(tmp_path):
    path = tmp_path / "verb_patterns.tsv"
    path.write_text("kind\tword\tgroup\tevent_type\tcameo\tmode\nblock\ttalk\tx\t\t\t\n")
    with pytest.raises(OntologyError, match=r"verb_patterns\.tsv: row 2"):
        VerbPatterns.load(path)


WORDNET_DATA = """\
  1 This software and database is being provided to you
00001740 03 n 01 entity 0 003 ~ 00001930 n 0000
05000001 26 n 01 peace 0 000
05000002 04 n 01 sale 0 000
05000003 06 n 01 building 0 000
05000004 10 n 01 target 0 000
05000005 18 n 01 target 0 000
05000006 23 n 01 supply 0 000
05000007 22 n 01 supply 0 000
05000008 06 n 01 supply 0 000
05000009 11 n 01 success 0 000
05000010 04 n 01 success 0 000
05000011 18 n 01 success 0 000
"""
WORDNET_INDEX = """\
  1 This software and database is being provided to you
peace n 1 0 1 1 05000001
sale n 1 0 1 0 05000002
building n 1 0 1 1 05000003
target n 2 0 2 1 05000004 05000005
supply n 3 0 3 1 05000006 05000007 05000008
success n 3 0 3 1 05000009 05000010 05000011
"""


def test_abstract_nouns_from_wordnet(tmp_path, capsys):
    (tmp_path / "data.noun").write_text(WORDNET_DATA)
    (tmp_path / "index.noun").write_text(WORDNET_INDEX)
    gen_abstract_nouns.main(tmp_path)
    rows = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")]
    # "target": a goal first, then a person aimed at: not only an abstraction
    # "supply": abstract twice, then provisions (a thing), so "supplies" may count things
    assert rows == [
        "noun\tkind\tthings",
        "peace\tstate\t",
        "sale\tact\t",
        "supply\tquantity\tyes",
    ]


def test_agent_nouns_from_wordnet(tmp_path, capsys):
    (tmp_path / "data.noun").write_text(WORDNET_DATA)
    (tmp_path / "index.noun").write_text(WORDNET_INDEX)
    gen_abstract_nouns.main(tmp_path, agent_nouns=True)
    rows = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")]
    # "target": a goal first, then a person aimed at: a person in its two commonest is enough
    # "success": a person only in its third sense, a rare one: no agent
    assert rows == ["noun\tkind", "target\tperson"]


@pytest.mark.parametrize(
    ("name", "option"), [("agent_nouns", "--agents"), ("figure_nouns", "--figures")]
)
def test_a_malformed_generated_noun_row_names_the_file_and_the_option(
    tmp_path, monkeypatch, name, option
):
    path = tmp_path / f"{name}.tsv"
    path.write_text("noun\tkind\n\tperson\n")
    monkeypatch.setattr(data, name, lambda: path)
    with pytest.raises(
        OntologyError, match=rf"{name}\.tsv: row 2 .*gen_abstract_nouns\.py {option}"
    ):
        getattr(wordnet, name).__wrapped__()


def test_a_malformed_abstract_noun_row_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / "abstract_nouns.tsv"
    path.write_text("noun\tkind\n\tact\n")
    monkeypatch.setattr(data, "abstract_nouns", lambda: path)
    with pytest.raises(OntologyError, match=r"abstract_nouns\.tsv: row 2"):
        wordnet.abstract_table.__wrapped__()


def test_cameo_table_gives_type_mode_and_context_in_kgs_names(tmp_path):
    path = tmp_path / "CAMEO2PLOVER.txt"
    path.write_text(
        "# header\n"
        "173: COERCE, arrest,   legal # Arrest, detain\n"
        "0344: AGREE,  ,   political_institutions # Express intent to change institutions\n"
        "1212: REJECT, , human_security # a context kg does not code\n"
    )
    table = gen_lexicon.cameo_table(path)
    assert table["173"] == ("Coerce", "arrest", "legal")
    assert table["0344"] == ("Agree", "", "political")
    assert table["1212"] == ("Reject", "", "")
    assert gen_lexicon.to_plover("1731", table) == ("Coerce", "arrest", "legal")  # its prefix's


def test_verbs_of_inner_states_have_no_class(tmp_path):
    lines = """\
####### VERB PATTERNS #######

---  PONDER   [040]  ---
PONDER
MEET
STORM [190]
""".splitlines()
    table = {"040": ("Consult", "", ""), "190": ("Assault", "", "")}
    (tmp_path / "data.verb").write_text(
        "00000001 31 v 01 ponder 0 000\n00000002 41 v 01 meet 0 000\n00000003 42 v 01 storm 0\n"
    )
    (tmp_path / "index.verb").write_text(
        "ponder v 1 0 1 0 00000001\nmeet v 1 0 1 0 00000002\nstorm v 1 0 1 0 00000003\n"
    )
    senses = gen_lexicon.verb_senses(tmp_path)
    assert senses == {"ponder": 31, "meet": 41, "storm": 42}
    rows = {r[0]: r[1] for r in gen_lexicon.verb_rows(lines, table, senses=senses)}
    # a verb of cognition is no consultation; a social one is; material conflict stays
    assert rows == {"ponder": "-", "meet": "Consult", "storm": "Assault"}


def test_a_block_of_running_things_gives_its_verbs_no_class():
    lines = """\
####### VERB PATTERNS #######

---  OVERSEE_MANAGE   [060]  ---
RULE
MONITOR [090]

---  COOPERATE   [060]  ---
COLLABORATE
""".splitlines()
    table = {"060": ("Cooperate", "", ""), "090": ("Accuse", "investigate", "")}
    rows = {r[0]: r[1] for r in gen_lexicon.verb_rows(lines, table)}
    # "the court has ruled" cooperates with no one; a verb's own code and other blocks stay
    assert rows == {"rule": "-", "monitor": "Accuse", "collaborate": "Cooperate"}


def test_a_hand_kept_row_takes_the_place_of_petrarch2s():
    hand = gen_lexicon.hand_rows(
        ["# a comment", "lemma\tpos", "ensure\tverb\t-\t\t", "arrest\tverb\tCoerce\t173\tarrest"],
        lambda code: {"173": "legal"}.get(code, ""),
    )
    derived = [("ensure", "Agree", "030", "", "diplomatic"), ("meet", "Consult", "040", "", "")]
    rows = gen_lexicon.lexicon_text(hand, derived).splitlines()[
        len(gen_lexicon.HEADER.splitlines()) :
    ]
    assert rows == [
        "lemma\tpos\tevent_type\tcameo\tmode\tnegated\tsource\tcontext",
        "meet\tverb\tConsult\t040\t\t\tpetrarch2\t",  # ensure's is dropped: kg's row wins
        "ensure\tverb\t-\t\t\t\tkg\t",
        "arrest\tverb\tCoerce\t173\tarrest\t\tkg\tlegal",
    ]


def test_the_check_reports_a_file_the_sources_would_change(tmp_path):
    made = {"lexicon.tsv": "lemma\tpos\nensure\tverb\t-\n"}
    (tmp_path / "lexicon.tsv").write_text(made["lexicon.tsv"])
    assert gen_lexicon.differences(made, tmp_path) == []
    (tmp_path / "lexicon.tsv").write_text("lemma\tpos\nensure\tverb\tAgree\n")
    found = gen_lexicon.differences(made, tmp_path)
    assert "-ensure\tverb\tAgree" in found
    assert "+ensure\tverb\t-" in found


def _without_context(line: str) -> str:
    cells = line.split("\t")
    return "\t".join([*cells[:7], ""]) if cells[6:7] == ["kg"] else line


def test_lexicon_tsv_is_what_the_generator_makes_of_lexicon_extra():
    """Drift, with no shared folder (CI): ontology/lexicon.tsv is its header, PETRARCH2's rows
    that no hand-kept row names, then every row of scripts/lexicon_extra.tsv in its order as
    gen_lexicon.py writes it (their context aside: it needs CAMEO2PLOVER). A row added to or
    changed in lexicon.tsv alone fails here: regenerating would undo it."""
    kept = (ROOT / "ontology" / "lexicon.tsv").read_text(encoding="utf-8").splitlines()
    extra = (ROOT / "scripts" / "lexicon_extra.tsv").read_text(encoding="utf-8").splitlines()
    cells = [line.split("\t") for line in kept if not line.startswith(("#", "lemma\t"))]
    derived = [(c[0], c[2], c[3], c[4], c[7]) for c in cells if c[6] == "petrarch2"]
    made = gen_lexicon.lexicon_text(gen_lexicon.hand_rows(extra, lambda code: ""), derived)
    assert [_without_context(line) for line in kept] == made.splitlines()


#: The shared folder's reference files (PETRARCH2's dictionary, CAMEO2PLOVER) and WordNet.
REFERENCE = next(
    (
        path
        for path in (ROOT.parent / "shared" / "reference", Path("/work/shared/reference"))
        if (path / "CAMEO.2.0.verbs.txt").exists()
    ),
    None,
)
WORDNET = Path("/usr/share/wordnet")


@pytest.mark.model
@pytest.mark.skipif(REFERENCE is None, reason="no shared folder (../shared/reference) here")
@pytest.mark.skipif(not (WORDNET / "index.verb").exists(), reason="no WordNet at /usr/share")
def test_generated_files_are_up_to_date(capsys):
    """Drift, where the sources are: `gen_lexicon.py --check` finds ontology/lexicon.tsv and
    verb_patterns.tsv byte for byte what PETRARCH2's files and lexicon_extra.tsv give."""
    found = gen_lexicon.main(REFERENCE, ROOT / "ontology", WORDNET, check=True)
    assert found == 0, capsys.readouterr().out
