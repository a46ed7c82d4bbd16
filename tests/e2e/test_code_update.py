"""A reader left running while bluf's code under it is updated: a screen it had not opened
yet comes from the new files. It used to be imported and to meet the old code's objects (the
newer Incidents screen asked an older Incident for a field it lacked: AttributeError, the
session ended); the session now says in one line to restart, and goes on. A real terminal
(tmux) running a copy of bluf's code that the test then updates."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import time
from pathlib import Path

import pytest

from .helpers import STARTUP_TIMEOUT
from .test_tmux import bluf_in_tmux

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def test_a_screen_of_code_updated_under_a_running_reader_is_refused_in_one_line(ws_path, tmp_path):
    code = tmp_path / "code"
    for d in ("annotate", "tui", "seeds", "themes"):
        shutil.copytree(ROOT / d, code / d, ignore=shutil.ignore_patterns("__pycache__"))
    run = tmp_path / "run.sh"
    run.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m tui --db {shlex.quote(str(ws_path))}\n")
    run.chmod(0o755)
    env = {"PYTHONPATH": str(code), "BLUF_ANNOTATOR": "tester", "TERM": "xterm-256color",
           **{k: os.environ[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "PATH", "HOME") if k in os.environ}}
    with bluf_in_tmux(tmp_path, env, program=run, size=(100, 30)) as (t, _env, _library):
        # A newer bluf is installed meanwhile: its Incidents screen reads a field of Incident
        # that the running code's Incident does not have (as `candidates` once was).
        screen = code / "tui" / "screens" / "incidents.py"
        newer = screen.read_text(encoding="utf-8").replace("inc.candidates", "inc.proposed_by_newer_bluf")
        assert newer != screen.read_text(encoding="utf-8")
        tmp = screen.with_suffix(".new")
        tmp.write_text(newer, encoding="utf-8")
        os.replace(tmp, screen)  # as pip and git do: a new file in its place

        def press_incidents(screen: str) -> bool:  # until the analysis is done, I waits for it
            if "restart" in screen:
                return True
            t.send("I", literal=True)
            time.sleep(1.0)
            return False

        t.wait(press_incidents, "the one-line refusal", STARTUP_TIMEOUT)
        assert "Traceback" not in t.screen() and "AttributeError" not in t.screen()
        t.send("Enter")  # the session goes on: the reader opens
        t.wait(lambda s: "] next quote" in s, "the reader")
        t.send("q", literal=True)
        t.send("q", literal=True)
        how = t.wait(lambda s: t.exit_status(), "bluf to exit", dead_ok=True)
        assert how == "status=0 signal=", t.screen()
