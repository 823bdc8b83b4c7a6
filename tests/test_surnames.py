"""Names across articles (issue 18, item 2): the index of full names, which people a bare
surname fits, the rewrite of an article's statements, holding articles back and writing
statements.jsonl in input order all the same; then kg build on tiny articles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from factories import actor_statement, generated_articles, parse, stored

from kg.extract.described import DESCRIBED
from kg.extract.surnames import FullName, Surname, bare_surnames, full_names, surname_of
from kg.gazetteer import Gazetteer
from kg.model import Actor, Article, ArticleResult, Statement
from kg.run.inorder import InOrder
from kg.run.names import Across, Index, merged, rewrite, stored_people
from kg.run.work import Done

GBR = Actor("country/GBR", "United Kingdom", "Country", country="GBR")
AUS = Actor("country/AUS", "Australia", "Country", country="AUS")


def person(label: str, country: str | None = None, role: str | None = None) -> Actor:
    key = "person/" + label.lower().replace(" ", "-")
    return Actor(key, label, "Person", country=country, role=role)


def full(label: str, country: str | None = None, role: str | None = None) -> FullName:
    from kg.extract.genders import gender_of

    nation = {"GBR": GBR, "AUS": AUS}.get(country or "")
    actor = person(label, country, role)
    return FullName(actor, label.split()[-1], gender_of(label), nation)


def bare(name: str, gender: str | None = None, country: str | None = "GBR", role=None):
    return Surname(person(name, country, role), gender)


# -- which people a bare surname fits -----------------------------------------------------------

MICHAEL = full("Michael Howard", "GBR", "leader")
SANDRA = full("Sandra Howard", "GBR")
JOHN_AUS = full("John Howard", "AUS", "prime minister")
GORDON = full("Gordon Brown", "GBR", "chancellor")
NOWHERE = full("Alan Howard")  # no country, no role known


@pytest.mark.parametrize(
    ("known", "mention", "expected"),
    [
        ([MICHAEL], bare("Howard", "male"), ["Michael Howard"]),
        ([MICHAEL], bare("Howard"), ["Michael Howard"]),  # "Howard": no honorific
        ([MICHAEL], bare("Howard", "female"), []),  # "Mrs Howard" is not Michael
        ([MICHAEL, SANDRA], bare("Howard", "female"), ["Sandra Howard"]),
        ([MICHAEL, SANDRA], bare("Howard", "male"), ["Michael Howard"]),
        ([MICHAEL, SANDRA], bare("Howard"), ["Michael Howard", "Sandra Howard"]),  # ambiguous
        ([MICHAEL, JOHN_AUS], bare("Howard", "male"), ["Michael Howard"]),  # a British story
        ([MICHAEL, JOHN_AUS], bare("Howard", country="AUS"), ["John Howard"]),
        ([MICHAEL, JOHN_AUS], bare("Howard", country=None), ["Michael Howard", "John Howard"]),
        ([MICHAEL], bare("Howard", role="former leader"), ["Michael Howard"]),  # same noun
        ([MICHAEL], bare("Howard", role="councillor"), []),  # another man of the name
        ([NOWHERE], bare("Howard", role="councillor"), ["Alan Howard"]),  # nothing to differ
        ([GORDON], bare("Howard"), []),  # another surname
        ([GORDON], bare("Brown", "male", role="councillor"), []),
        ([GORDON, MICHAEL], bare("Brown", "male"), ["Gordon Brown"]),
    ],
)
def test_a_bare_surname_fits_the_people_of_its_name_gender_country_and_role(
    known, mention, expected
):
    index = Index()
    index.add(known)
    assert [k.actor.label for k in index.candidates(mention)] == expected


def test_the_index_keeps_one_person_per_node_with_every_country_and_role_seen():
    index = Index()
    index.add([full("Michael Howard", "GBR", "leader"), full("Michael Howard", None, "mp")])
    index.add([full("Michael Howard", "GBR", "tory leader")])
    assert index.surnames == {"Howard": ["person/michael-howard"]}
    known = index.people["person/michael-howard"]
    assert (known.countries, known.roles) == ({"GBR"}, {"leader", "mp", "tory leader"})
    assert known.nations == {"GBR": GBR}
    assert surname_of("Michael Howard") == "Howard" and surname_of("Howard") is None


def test_the_person_a_bare_surname_is_keeps_what_its_article_said():
    index = Index()
    index.add([full("Michael Howard", "GBR", "leader")])
    (known,) = index.candidates(bare("Howard", country=None))
    actor = merged(bare("Howard", country=None, role="shadow home secretary"), known)
    assert (actor.id, actor.label, actor.country, actor.role) == (
        "person/michael-howard",
        "Michael Howard",
        "GBR",  # none in its article: the person's one country
        "shadow home secretary",  # its article's title, not another article's
    )


# -- the rewrite of an article ------------------------------------------------------------------


def statement(sid: int, subject: Actor, obj: Actor | None, **extra) -> Statement:
    return actor_statement(
        subject,
        obj,
        doc="a2",
        sentence_id=sid,
        date="2005-03-01",
        agent_label=subject.label,
        subject_code=subject.country,
        agent_code=subject.country,
        **extra,
    )


HOWARD = person("Howard", None)  # the article gave no country
BLAIR = person("Tony Blair", "GBR", "prime minister")
TOPIC = Actor("topic/the-plan", "the plan", "Topic")


def article_result() -> ArticleResult:
    statements = [
        statement(0, HOWARD, TOPIC),
        statement(1, BLAIR, HOWARD, recipient_id=HOWARD.iri, recipient_label="Howard"),
        statement(2, TOPIC, None, attributed_to=HOWARD.iri, object_mentions=[HOWARD.iri]),
        statement(3, BLAIR, TOPIC),  # names no Howard: left as it is
        statement(4, HOWARD, person("Michael Howard")),  # becomes one actor twice: dropped
    ]
    actors = {a.id: a for a in (HOWARD, BLAIR, TOPIC, GBR)}
    article = Article("a2", "text", "a2.txt", date=dt.date(2005, 3, 1))
    return ArticleResult(article, ["s"] * 5, statements, actors)


def test_rewrite_puts_the_person_in_every_role_and_leaves_the_rest_alone():
    original = article_result()
    before = [dataclasses.replace(st) for st in original.statements]
    michael = Actor("person/michael-howard", "Michael Howard", "Person", "GBR")
    coded = []

    def code(actor: Actor, date: str | None) -> str:
        coded.append((actor.id, actor.country, date))
        return "GBRPTY"

    new = rewrite(original, {HOWARD.id: michael}, code=code, nations={"GBR": GBR})
    assert original.statements == before  # the input is not changed
    first, second, third, untouched = new.statements
    assert (first.subject_id, first.subject_label, first.subject_country) == (
        michael.iri,
        "Michael Howard",
        "GBR",  # the article gave none: the person's
    )
    assert (first.agent_id, first.agent_label, first.subject_code, first.agent_code) == (
        michael.iri,
        "Michael Howard",
        "GBRPTY",
        "GBRPTY",
    )
    assert first.object_id == TOPIC.iri and first.id != original.statements[0].id
    assert (second.subject_id, second.object_id, second.recipient_id) == (
        BLAIR.iri,
        michael.iri,
        michael.iri,
    )
    assert (second.object_label, second.recipient_label, second.agent_code) == (
        "Michael Howard",
        "Michael Howard",
        "GBR",  # Blair's, untouched
    )
    assert third.attributed_to == michael.iri and third.object_mentions == [michael.iri]
    assert untouched is original.statements[3]
    assert list(new.actors) == [michael.id, BLAIR.id, TOPIC.id, GBR.id]
    assert ("person/michael-howard", "GBR", "2005-03-01") in coded


def test_rewrite_adds_the_node_of_the_persons_country():
    result = article_result()
    result.actors.pop(GBR.id)
    michael = Actor("person/michael-howard", "Michael Howard", "Person", "GBR")
    new = rewrite(result, {HOWARD.id: michael}, code=lambda a, d: None, nations={"GBR": GBR})
    assert new.actors[GBR.id] == GBR


def test_the_people_an_earlier_build_named_in_full_come_from_its_store():
    other = dataclasses.replace(article_result(), article=Article("a1", "t", "a1.txt"))
    nowhere = person("Alan Howard", None, None)
    other.actors[nowhere.id] = nowhere
    people = stored_people(stored([article_result(), other]))
    found = [(p.actor.id, p.actor.country, p.actor.role, p.surname, p.gender) for p in people]
    assert found == [  # each person once; "Howard" alone is no full name
        ("person/alan-howard", None, None, "Howard", "male"),
        ("person/tony-blair", "GBR", "prime minister", "Blair", "male"),
    ]


# -- holding articles back ----------------------------------------------------------------------


def done(doc: str, *names: FullName, surnames=(), error=None) -> Done:
    result = article_result() if surnames else None
    if result is not None:
        result = dataclasses.replace(result, article=dataclasses.replace(result.article, id=doc))
    return Done(doc, f"{doc}.txt", jsonl=f"{doc}\n", persons=names, surnames=surnames,
                result=result, error=error)  # fmt: skip


def across() -> Across:
    return Across(rdf=False, coder=lambda: lambda actor, date: actor.country)


def stream_of_six() -> list[Done]:
    return [
        done("a1"),
        done("a2", surnames=(Surname(HOWARD, "male"),)),  # before any article names him
        done("a3", error="too long"),
        done("a4", MICHAEL),
        done("a2"),  # the same id again: held too, so it still comes after the first
        done("a5"),
    ]


def test_articles_with_bare_surnames_come_last_resolved_by_the_whole_run():
    names = across()
    out = list(names.resolved(stream_of_six()))
    assert [(r.at, r.done.article, r.store) for r in out] == [
        (0, "a1", True),
        (2, "a3", True),
        (3, "a4", True),
        (5, "a5", True),
        (1, "a2", True),
        (4, "a2", True),
    ]
    rewritten = out[4].done.jsonl.splitlines()
    assert json.loads(rewritten[0])["subject_label"] == "Michael Howard"
    assert not any("person/howard" in line for line in rewritten)
    assert out[4].done.result is None  # not kept once written
    assert out[5].done.jsonl == "a2\n"  # nothing to resolve: as the worker wrote it
    assert names.named == {"Howard": "Michael Howard"} and names.ambiguous == {}


def test_held_articles_are_stored_when_held_and_again_only_when_rewritten_and_last():
    early: list[str] = []
    out = list(across().resolved(stream_of_six(), on_held=lambda d: early.append(d.article)))
    assert early == ["a2", "a2"]  # both, in input order, as their workers wrote them
    stored_again = [(r.at, r.done.article) for r in out if r.store and r.at in (1, 4)]
    assert stored_again == []  # the first a2 is rewritten, but the second one is the last
    single = [done("a4", MICHAEL), done("a2", surnames=(Surname(HOWARD, "male"),)), done("a5")]
    out = list(across().resolved(single, on_held=lambda d: None))
    assert [(r.at, r.store) for r in out] == [(0, True), (2, True), (1, True)]  # rewritten
    unresolved = [done("a2", surnames=(Surname(HOWARD, "female"),)), done("a4", MICHAEL)]
    out = list(across().resolved(unresolved, on_held=lambda d: None))
    assert [(r.at, r.store) for r in out] == [(1, True), (0, False)]  # stored as it was


def test_two_people_that_fit_leave_a_bare_surname_apart_and_are_reported():
    stream = [done("a1", MICHAEL, SANDRA), done("a2", surnames=(Surname(HOWARD, None),))]
    names = across()
    first, held = names.resolved(stream)
    assert first.done.article == "a1"
    assert held.done.jsonl == "a2\n"  # as the worker wrote it, byte for byte
    assert names.ambiguous == {"Howard": ("Michael Howard", "Sandra Howard")}
    assert names.named == {}


# -- statements.jsonl in input order ------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_in_order_writes_texts_in_their_positions_whatever_order_they_come_in(seed):
    texts = [f"line {i} é\n" * (i % 3) for i in range(40)]  # some empty, some not ASCII
    held = sorted(random.Random(seed).sample(range(40), 6))
    order = [i for i in range(40) if i not in held] + held  # held back ones come last
    if seed % 2:
        order = [i for i in range(40) if i not in held] + held[::-1]
    out = io.StringIO()
    with InOrder(out) as lines:
        for i in order:
            lines.put(i, texts[i])
    assert out.getvalue() == "".join(texts)


def test_in_order_writes_straight_through_until_a_text_is_missing():
    out = io.StringIO()
    lines = InOrder(out)
    lines.put(0, "a")
    lines.put(1, "b")
    assert out.getvalue() == "ab" and lines.spool is None
    lines.put(3, "d")
    assert out.getvalue() == "ab" and lines.spool is not None  # waits on disk
    lines.put(2, "c")
    assert out.getvalue() == "abcd"
    lines.put(5, "f")
    with pytest.raises(RuntimeError, match="position 4"):
        lines.close()


# -- what an article tells the corpus -----------------------------------------------------------

MR_HOWARD = "Mr/PROPN/compound/1 Howard/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2"
BOTH = (
    "Michael/PROPN/compound/1 Howard/PROPN/nsubj/2 spoke/VERB/ROOT/2/speak ./PUNCT/punct/2 "
    "Mr/PROPN/compound/5 Howard/PROPN/nsubj/6 left/VERB/ROOT/6/leave"
)


def parsed_result(doc, actors) -> ArticleResult:
    article = Article("a", doc.text, "a.txt")
    return ArticleResult(article, [doc.text], [], {a.id: a for a in actors})


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def test_a_surname_the_article_leaves_bare_is_told_with_its_honorifics_gender(gaz):
    doc = parse(MR_HOWARD, ents={"1": "PERSON"})
    howard = person("Howard", "GBR")
    found = bare_surnames(doc, parsed_result(doc, [howard, GBR]), gaz)
    assert found == (Surname(howard, "male"),)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (None, ()),
        ("economics spokesman", (Surname(person("Price", "GBR", "economics spokesman"), None),)),
    ],
)
def test_a_one_word_name_with_no_honorific_or_title_is_no_surname_to_look_up(gaz, role, expected):
    doc = parse(MR_HOWARD.replace("Mr", "the").replace("Howard", "Price"), ents={"1": "PERSON"})
    price = person("Price", "GBR", role)  # "Paying the Price", read as a person: no one's name
    assert bare_surnames(doc, parsed_result(doc, [price]), gaz) == expected


def test_a_surname_the_article_names_in_full_is_no_bare_surname(gaz):
    doc = parse(BOTH, ents={"0-1": "PERSON", "5": "PERSON"})
    michael = person("Michael Howard", "GBR")
    stray = person("Howard", "GBR")  # as if some other mention had made the bare node
    assert bare_surnames(doc, parsed_result(doc, [michael, stray]), gaz) == ()
    (name,) = full_names(parsed_result(doc, [michael, GBR]))
    assert (name.actor, name.surname, name.gender, name.nation) == (michael, "Howard", "male", GBR)


def test_a_surname_the_gazetteer_gives_a_man_is_bare_after_mrs(gaz):
    mrs = parse(MR_HOWARD.replace("Mr", "Mrs").replace("Howard", "Blair"), ents={"1": "PERSON"})
    mr = parse(MR_HOWARD.replace("Howard", "Blair"), ents={"1": "PERSON"})
    blair = person("Blair", "GBR")  # "Mrs Blair": not the gazetteer's Tony Blair
    assert bare_surnames(mrs, parsed_result(mrs, [blair]), gaz) == (Surname(blair, "female"),)
    assert bare_surnames(mr, parsed_result(mr, [blair]), gaz) == ()  # "Mr Blair" is his


def test_a_name_an_alias_file_keeps_apart_stays_apart(gaz, tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("alias\tid\nHoward\t-\n", encoding="utf-8")
    apart = Gazetteer.load(aliases=aliases)
    doc = parse(MR_HOWARD, ents={"1": "PERSON"})
    howard = person("Howard", "GBR")
    assert bare_surnames(doc, parsed_result(doc, [howard]), gaz) != ()
    assert bare_surnames(doc, parsed_result(doc, [howard]), apart) == ()


# -- kg build on tiny articles ------------------------------------------------------------------

ARTICLES = {
    "full": "Tory leader attacks plan\n\nMichael Howard, the Conservative leader, attacked "
    "the government's plan on Monday.\n",
    "bare": "Plan under fire\n\nMr Howard criticised Labour's plan for Britain. Mr Howard "
    "said the plan would fail.\n",
}
SECOND = {
    "other": "Councillor speaks\n\nAlan Howard, a Labour councillor in Britain, praised "
    "the plan.\n",
}


def write(d: Path, articles: dict[str, str]) -> Path:
    d.mkdir(exist_ok=True)
    for name, text in articles.items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    return d


def howards(jsonl: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        st = json.loads(line)
        for role in ("subject", "object", "agent", "recipient"):
            if "Howard" in (st[f"{role}_label"] or ""):
                found.setdefault(st["doc"], set()).add(st[f"{role}_id"].rsplit("/id/", 1)[1])
    return found


@pytest.mark.model
def test_build_names_a_bare_surname_by_the_full_name_another_article_gives(tmp_path):
    from kg.run.build import build

    report = build([write(tmp_path / "in", ARTICLES)], tmp_path / "out", html=False,
                   date=dt.date(2005, 3, 1), jobs=1)  # fmt: skip
    found = howards(tmp_path / "out" / "statements.jsonl")
    assert found == {"full": {"person/michael-howard"}, "bare": {"person/michael-howard"}}
    assert report.named == {"Howard": "Michael Howard"}
    lines = (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line)["doc"] for line in lines]
    assert docs == sorted(docs, key=["bare", "full"].index)  # input order, though held back
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "person/howard" not in ttl


@pytest.mark.model
def test_names_alone_resolves_each_article_alone(tmp_path):
    from kg.run.build import build

    report = build([write(tmp_path / "in", ARTICLES)], tmp_path / "out", html=False,
                   date=dt.date(2005, 3, 1), names_alone=True)  # fmt: skip
    found = howards(tmp_path / "out" / "statements.jsonl")
    assert found == {"full": {"person/michael-howard"}, "bare": {"person/howard"}}
    assert report.named == {} and report.ambiguous == {}


def test_names_alone_holds_nothing_back():
    names = Across(rdf=False, hold=False)
    out = list(names.resolved(stream_of_six(), on_held=lambda d: pytest.fail("held")))
    assert [r.at for r in out] == list(range(6)) and all(r.store for r in out)
    assert out[1].done.jsonl == "a2\n" and names.named == {}


@pytest.mark.parametrize("command", ["build", "extract"])
def test_both_commands_take_names_alone(command):
    from kg.cli.args import parser

    assert parser().parse_args([command, "x", "--names-alone"]).names_alone
    assert not parser().parse_args([command, "x"]).names_alone


@pytest.mark.model
def test_build_leaves_a_bare_surname_apart_when_two_people_fit(tmp_path):
    from kg.run.build import build

    both = write(tmp_path / "in", {**ARTICLES, **SECOND})
    report = build([both], tmp_path / "out", html=False, date=dt.date(2005, 3, 1))
    found = howards(tmp_path / "out" / "statements.jsonl")
    assert found["bare"] == {"person/howard"}
    assert report.ambiguous == {"Howard": ("Michael Howard", "Alan Howard")}


@pytest.mark.model
def test_a_build_into_a_store_knows_the_people_of_earlier_builds(tmp_path):
    from kg.run.build import build

    first = write(tmp_path / "first", {"full": ARTICLES["full"]})
    then = write(tmp_path / "then", {"bare": ARTICLES["bare"]})
    for name, inputs in (("alone", then), ("before", first), ("after", then)):
        store = tmp_path / ("db-" + name if name == "alone" else "db")
        build([inputs], tmp_path / name, html=False, store=store, date=dt.date(2005, 3, 1))
    assert howards(tmp_path / "alone" / "statements.jsonl") == {"bare": {"person/howard"}}
    assert howards(tmp_path / "after" / "statements.jsonl") == {"bare": {"person/michael-howard"}}


@pytest.mark.model
@pytest.mark.slow
def test_jobs_2_and_kg_extract_give_the_statements_of_jobs_1(tmp_path, capsys):
    """The bare surname in the first batch, the full name in the second: two workers."""
    from kg.cli.main import main
    from kg.run.build import build

    d = write(tmp_path / "in", {"a-bare": ARTICLES["bare"]})
    for n, article in enumerate(generated_articles(17, seed=3)):
        (d / f"b-{n:02}.txt").write_text(article.text, encoding="utf-8")
    write(d, {"z-full": ARTICLES["full"]})
    outs = []
    for jobs in (1, 2):
        build([d], tmp_path / f"out{jobs}", html=False, date=dt.date(2005, 3, 1), jobs=jobs)
        outs.append((tmp_path / f"out{jobs}" / "statements.jsonl").read_bytes())
    assert outs[0] == outs[1]
    assert howards(tmp_path / "out1" / "statements.jsonl")["a-bare"] == {"person/michael-howard"}
    capsys.readouterr()
    main(["extract", str(d), "-q", "--jobs", "2", "--date", "2005-03-01"])
    assert capsys.readouterr().out.encode() == outs[0]


def test_rewrite_keeps_a_description_of_its_subject():
    """ "Howard, the son of immigrants": the description is Howard (kg.extract.described), a
    statement of one actor twice that the rewrite keeps."""
    described = statement(0, HOWARD, HOWARD, object_resolution=DESCRIBED, relation="is")
    result = dataclasses.replace(article_result(), statements=[described])
    michael = Actor("person/michael-howard", "Michael Howard", "Person", "GBR")
    (new,) = rewrite(result, {HOWARD.id: michael}, code=lambda a, d: None).statements
    assert (new.subject_id, new.object_id, new.object_label) == (
        michael.iri,
        michael.iri,
        "Michael Howard",
    )
