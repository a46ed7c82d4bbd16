"""Shared fixtures. The seed workspace is analysed once per session (a real spaCy model,
a real TinyDB file) and copied for each test that changes it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Never read or write the user's real config, data or cache directories, in this process
# or in the subprocesses tests start.
_HOME = Path(tempfile.mkdtemp(prefix="bluf-test-home-"))
for _var, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
    os.environ[_var] = str(_HOME / _sub)
os.environ["BLUF_ANNOTATOR"] = "tester"


def _compile_sources() -> None:
    """Write the bytecode of bluf's own modules once, before the tests start processes.

    The editable install leaves annotate/ and tui/ without .pyc files, and where
    PYTHONDONTWRITEBYTECODE is set (CI sets it, and so do many shells) no process writes
    them: every `bluf` the tests start compiled about 100 modules again, 0.2-0.5 s each
    (`bluf incidents list` on the seeds: 1.00 s without, 0.52 s with). A .pyc is read even
    where writing is off, and a stale one is ignored (its source's mtime is checked)."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("annotate", "tui"):
        compileall.compile_dir(str(root / package), quiet=1, workers=1)


if not os.environ.get("PYTEST_XDIST_WORKER"):  # once, in the process that starts the workers
    _compile_sources()
for _var in ("BLUF_DB", "NO_COLOR", "BLUF_CONFIG", "BLUF_ACTORS"):
    os.environ.pop(_var, None)


@pytest.fixture
def open_tmp():
    """A temporary directory that other users (user nobody too) can enter; pytest's own is
    private. Emptied and removed after the test, whatever modes the test left in it."""
    d = Path(tempfile.mkdtemp(prefix="bluf-open-"))
    d.chmod(0o755)
    yield d
    for p in [d, *d.rglob("*")]:
        if p.is_dir():
            p.chmod(0o755)
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def nlp():
    from annotate.nlp.pipeline import load_pipeline

    return load_pipeline()[0]


def _built_once(tmp_path_factory, name: str, build) -> Path:
    """A directory that ``build(directory)`` fills, built once per test run: under
    pytest-xdist (``make test`` runs two workers) the first worker to ask builds it and the
    others wait for it, then use the same one. Tests only ever copy it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        d = tmp_path_factory.mktemp(name)
        build(d)
        return d
    from filelock import FileLock

    root = tmp_path_factory.getbasetemp().parent  # shared by the workers of this run
    d, done = root / name, root / f"{name}.done"
    with FileLock(str(root / f"{name}.lock")):
        if not done.exists():
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir()
            build(d)
            done.touch()
    return d


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A workspace with the five seeds, analysed (cache filled)."""
    from annotate.workspace import open_workspace

    def build(d: Path) -> None:
        ws = open_workspace(d / "ws.json", annotator="tester")
        ws.analyze()
        ws.close()

    return _built_once(tmp_path_factory, "template", build)


@pytest.fixture
def ws_path(seeded_template, tmp_path) -> Path:
    """A fresh copy of the analysed seed workspace; returns the workspace file's path."""
    dst = tmp_path / "ws"
    shutil.copytree(seeded_template, dst)
    return dst / "ws.json"


@pytest.fixture
def workspace(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path, annotator="tester")
    ws.analyze()
    yield ws
    ws.close()



@pytest.fixture(scope="session")
def long_article_template(tmp_path_factory) -> Path:
    """A workspace with the five seeds and a generated article of reported speech
    (bench/generated_article.py, 60 paragraphs, about 120 quotes), analysed."""
    import sys

    from annotate.ingest import make_source
    from annotate.workspace import open_workspace

    bench = str(Path(__file__).resolve().parents[1] / "bench")
    sys.path.insert(0, bench)
    try:
        from generated_article import article
    finally:
        sys.path.remove(bench)

    def build(d: Path) -> None:
        ws = open_workspace(d / "ws.json", annotator="tester")
        ws.add_sources([make_source(article(60), "drones.txt")])
        ws.analyze()
        ws.close()

    return _built_once(tmp_path_factory, "long-article", build)


@pytest.fixture
def long_ws_path(long_article_template, tmp_path) -> Path:
    """A fresh copy of the analysed workspace of the seeds and a long generated article."""
    dst = tmp_path / "long"
    shutil.copytree(long_article_template, dst)
    return dst / "ws.json"
