"""kg as a user installs it: a wheel built from the sources, installed into a fresh venv and run
from a folder outside the repository, finds its ontology, shapes, gazetteer, lexicon and named
queries, and builds the sample exactly as the repository's kg does.

Offline: the wheel and the sdist are built with the running interpreter's setuptools
(``--no-build-isolation``) and the wheel is installed with ``--no-deps``; the venv sees the
running interpreter's site-packages for kg's dependencies through a ``.pth`` line. Such a line
only adds a folder to ``sys.path``; the ``.pth`` files inside that folder (the editable install's
import hook among them) are not run, so the repository's kg cannot leak in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest
from factories import ROOT, kg_cli

pytestmark = pytest.mark.slow

#: What a build reads; copied out so the build's by-products (build/, kg.egg-info) stay out of
#: the repository. kg/ontology is a link to ../ontology and is copied as a link.
SOURCES = ("pyproject.toml", "README.md", "kg", "ontology")
#: The data files, relative to the top-level ontology/ folder.
DATA = sorted(
    p.relative_to(ROOT / "ontology").as_posix()
    for p in (ROOT / "ontology").rglob("*")
    if p.is_file()
)
#: Subprocesses run without PYTHONPATH, which may point at a working copy of kg.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}


def run(*args: str | Path, cwd: Path | None = None) -> str:
    proc = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=CLEAN_ENV
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, src / name)
    return src


@pytest.fixture(scope="module")
def env(source: Path, tmp_path_factory) -> Path:
    """A fresh venv with the wheel built from ``source`` installed; its ``bin`` folder."""
    dist = tmp_path_factory.mktemp("dist")
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index", "-w", dist, source)
    (wheel,) = dist.glob("kg-*.whl")
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(symlinks=True, with_pip=False).create(home)
    python = home / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    deps = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(site) / "kg-test-dependencies.pth").write_text("".join(f"{d}\n" for d in deps))
    run(*pip, "--python", python, "install", "-q", "--no-deps", "--no-index", wheel)
    return home / "bin"


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    """A user's folder outside the repository, holding a copy of the sample articles."""
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "articles")
    return tmp_path


def test_the_installed_kg_is_the_wheel_with_its_data(env: Path, elsewhere: Path):
    probe = "import sys, kg, kg.data; print(kg.__file__); print(*map(kg.data.path, sys.argv[1:]))"
    module, *data = run(env / "python", "-c", probe, *DATA, cwd=elsewhere).split()
    site = (env.parent / "lib").resolve()
    assert Path(module).resolve().is_relative_to(site), module
    assert not Path(module).resolve().is_relative_to(ROOT)
    assert len(data) == len(DATA) >= 10  # the ontology, shapes, both TSVs, the queries
    for name, found in zip(DATA, data, strict=True):
        assert Path(found).resolve().is_relative_to(site), found
        assert Path(found).read_bytes() == (ROOT / "ontology" / name).read_bytes(), name


@pytest.mark.model
def test_the_installed_kg_builds_the_sample_as_the_repository_does(
    env: Path, elsewhere: Path, tmp_path_factory
):
    run(env / "kg", "build", "articles", "--out", "out", "-q", cwd=elsewhere)
    repo = tmp_path_factory.mktemp("repo-build")
    kg_cli("build", str(ROOT / "data" / "articles"), "--out", str(repo), "-q")
    statements = (elsewhere / "out" / "statements.jsonl").read_bytes()
    assert statements.count(b"\n") > 30  # the gazetteer and lexicon were found: actors, events
    assert b'"event_type": "Accuse"' in statements and b'"subject_country": "RUS"' in statements
    for name in ("statements.jsonl", "graph.ttl", "graph.html"):
        assert (elsewhere / "out" / name).read_bytes() == (repo / name).read_bytes(), name


def test_the_installed_kg_lists_the_same_named_queries(env: Path, elsewhere: Path):
    listed = run(env / "kg", "query", "--list", cwd=elsewhere)
    assert listed == kg_cli("query", "--list").stdout
    names = {line.split()[0] for line in listed.splitlines() if line[:1].strip()}
    # the verbose export's queries (queries/derived/) are no named queries
    assert names == {Path(n).stem for n in DATA if n.startswith("queries/") and n.count("/") == 1}


def test_the_sdist_carries_the_data_as_plain_files(source: Path, tmp_path: Path):
    """``python -m build`` makes the wheel from the sdist, so the sdist must hold the data."""
    build = "import sys, setuptools.build_meta as b; print(b.build_sdist(sys.argv[1]))"
    name = run(sys.executable, "-c", build, tmp_path, cwd=source).split()[-1]
    with tarfile.open(tmp_path / name) as sdist:
        members = {
            m.name.split("/kg/ontology/", 1)[1]: m for m in sdist if "/kg/ontology/" in m.name
        }
    assert {n for n, m in members.items() if m.isfile()} == set(DATA)
