"""Every ``bluf`` command tells what the workspace says (read-only, upgraded, damaged
journal, recovered) on stderr, one line each: real processes, a real schema-1 file, a
real unprivileged user."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "workspace_v1.json"


def bluf(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, **kw)


def _notice_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("bluf: ")]


def test_an_upgraded_workspace_is_reported_by_the_cli(tmp_path):
    db = tmp_path / "ws.json"
    shutil.copy(FIXTURE, db)
    p = bluf("--db", str(db), "log")
    assert p.returncode == 0, p.stderr
    upgraded = [line for line in _notice_lines(p.stderr) if "upgraded from schema 1" in line]
    assert len(upgraded) == 1, p.stderr
    assert str(db) in upgraded[0] and ".v1-" in upgraded[0]  # names the file and where the old one is
    assert "tagged" in p.stdout  # and the command did its work
    again = bluf("--db", str(db), "log")
    assert "upgraded" not in again.stderr  # said once, when it happened


def _as_nobody():
    os.setgid(65534)
    os.setuid(65534)


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to run a command as user nobody")
def test_a_read_only_workspace_is_reported_by_every_command(open_tmp, ws_path):
    """User nobody may read but not write the workspace: each command says so once."""
    site = next(p for p in sys.path if p.endswith("site-packages") and Path(p, "orjson").is_dir())
    python = "/usr/bin/python3"
    if not Path(python).exists():
        pytest.skip("no system Python that user nobody can run")
    ws_dir = open_tmp / "ws"
    shutil.copytree(ws_path.parent, ws_dir)
    home = open_tmp / "home"
    home.mkdir()
    shutil.chown(home, 65534, 65534)
    for p in [ws_dir, *ws_dir.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    db = ws_dir / ws_path.name
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": f"{ROOT}{os.pathsep}{site}", "HOME": str(home),
           "BLUF_ANNOTATOR": "ro", **{v: str(home / v) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}}
    for args in (["log"], ["labels"], ["sources"]):
        p = subprocess.run([python, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True,
                           env=env, cwd="/", preexec_fn=_as_nobody)
        assert p.returncode == 0, (args, p.stderr)
        ro = [line for line in _notice_lines(p.stderr) if "read-only" in line]
        assert len(ro) == 1, (args, p.stderr)
        assert str(db) in ro[0]


def test_a_damaged_journal_is_reported_by_the_cli(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path, seed=False)
    try:
        ws.set_labels([{"name": "hawkish", "key": "h"}])
        ws.set_labels([{"name": "hawkish", "key": "h"}, {"name": "calm", "key": "c"}])
    finally:
        ws.close(compact=False)
    journal = ws_path.with_name(ws_path.name + ".journal")
    data = bytearray(journal.read_bytes())
    assert data.count(b"\n") >= 2
    data[data.index(b"hawkish") + 1] ^= 0x20  # one changed byte in the first record
    journal.write_bytes(bytes(data))
    p = bluf("--db", str(ws_path), "labels")
    assert p.returncode == 0, p.stderr
    damaged = [line for line in _notice_lines(p.stderr) if str(journal) in line]
    assert len(damaged) == 1, p.stderr
