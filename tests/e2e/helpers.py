"""Shared pieces of the end-to-end tests: the installed console script, the tools they
need, bounded waiting, and the check of what a session left in the workspace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, TypeVar

import pytest
from tinydb import TinyDB

# The venv's console script, exactly what a user runs (not ``python -m``).
BLUF = Path(sys.executable).parent / "bluf"

# The first run of the sample workspace (`bluf --sample`) parses the five seeds with spaCy.
STARTUP_TIMEOUT = 90.0
# Any other step of a flow. Generous: an error toast stays 5 s, "Saved:" 2 s.
STEP_TIMEOUT = 20.0

# What the reader says when a quote's speaker cannot be tagged (a news outlet being cited,
# or no speaker at all). Short phrases, so that the toast's line wrapping cannot split them.
REFUSALS = ("not an actor", "has no speaker", "assign the speaker", "assign one before")

# The title of the picker the reader opens instead, to ask who holds the stance.
PICKER = "Who holds this stance"

T = TypeVar("T")


def tag_outcome(text: str) -> str | None:
    """What the screen (or the output since h was pressed) says became of the tag."""
    if "Saved:" in text:
        return "saved"
    if PICKER in text:
        return "picker"
    if any(r in text for r in REFUSALS):
        return "refused"
    return None


def require(tool: str) -> str:
    """The path of ``tool`` (a name on PATH or an absolute path). When it is missing, the
    test fails under CI (``.ci/run`` installs it) and is skipped elsewhere."""
    path = tool if os.path.isabs(tool) and os.access(tool, os.X_OK) else shutil.which(tool)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{tool} is not installed, and CI is set: .ci/run should have installed it")
    pytest.skip(f"{tool} is not installed: .ci/run installs it")


def require_bluf() -> Path:
    if not os.access(BLUF, os.X_OK):
        pytest.fail(f"the console script {BLUF} is missing: install bluf into this venv (make install)")
    return BLUF


def bluf_env(home: Path, annotator: str) -> dict[str, str]:
    """The variables a bluf session of a test runs with: its own workspace file and its own
    XDG config/data/cache directories under ``home``."""
    return {
        "BLUF_DB": str(home / "ws.json"),
        "BLUF_ANNOTATOR": annotator,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }


def sample_env(home: Path, annotator: str) -> dict[str, str]:
    """``bluf_env`` for a session started as ``bluf --sample`` (the bundled articles, in the
    sample workspace of the XDG data directory under ``home``): ``BLUF_DB`` names that file,
    for the checks that read it with ``--db`` (``--sample`` itself does not look at it)."""
    env = bluf_env(home, annotator)
    env["BLUF_DB"] = str(home / "data" / "bluf" / "sample.json")
    return env


def wait_until(probe: Callable[[], T | None], timeout: float, what: str, last: Callable[[], str], interval: float = 0.1) -> T:
    """Call ``probe`` until it returns something other than None/False; fail after
    ``timeout`` seconds with ``last()`` (the last screen or output) in the message."""
    deadline = time.monotonic() + timeout
    while True:
        got = probe()
        if got:
            return got
        if time.monotonic() >= deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; last seen:\n{last()}", pytrace=False)
        time.sleep(interval)


def check_store(env: dict[str, str], annotator: str) -> None:
    """The session's tag is in the workspace: the headless export has a ``### <actor>:
    hawkish`` heading, and the stances table holds exactly that one active record."""
    db = env["BLUF_DB"]
    run_env = dict(os.environ, **env)
    out = subprocess.run(
        [str(BLUF), "--db", db, "export"], env=run_env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, f"bluf export failed ({out.returncode}):\n{out.stderr}"
    headings = [line for line in out.stdout.splitlines() if line.startswith("### ")]
    assert any(h.endswith(": hawkish") for h in headings), f"no '### ...: hawkish' heading in the brief:\n{out.stdout}"

    # The workspace file is a TinyDB file whatever else lies beside it (a journal is folded
    # into it when bluf closes the workspace).
    with TinyDB(db, encoding="utf-8", access_mode="r") as tdb:
        docs = tdb.table("stances").all()
    # Schema 1 keeps one record per tag with an ``active`` flag; schema 2 an event history
    # (``ev``: tag, untag, retag, note) in which a tag is in force unless untagged last.
    tags = [d for d in docs if d.get("ev", "tag") == "tag"]
    assert len(tags) == 1, f"expected exactly one tag, found {docs}"
    st = tags[0]
    assert st.get("label") == "hawkish", st
    assert st.get("annotator") == annotator, st
    if "active" in st or "ev" not in st:
        assert st.get("active") is True, st
    changes = [d["ev"] for d in docs if d.get("target") == st.get("id") and d.get("ev") in ("untag", "retag")]
    assert not changes or changes[-1] == "retag", f"the tag is not in force: {docs}"
