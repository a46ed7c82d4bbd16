"""Keys that reach bluf in one burst (a fast typist, a paste sent as keys, tmux send-keys)
are applied in the order they were typed, in a real 80x24 terminal (tmux): backspaces, end
and enter sent together with text in one write keep every typed character, and what enter
saves is what was typed; a key typed right after enter reaches the screen behind."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from .helpers import BLUF
from .test_tmux import SESSION, Tmux, bluf_in_tmux

pytestmark = pytest.mark.e2e

BACKSPACE = b"\x7f"  # what a terminal sends for the backspace key
END = b"\x1b[F"
ENTER = b"\r"


def burst(t: Tmux, data: bytes) -> None:
    """Write ``data`` to bluf's terminal in one send-keys: the bytes arrive together."""
    r = t.run("send-keys", "-t", SESSION, "-H", *(f"{b:02x}" for b in data))
    assert r.returncode == 0, f"send-keys -H failed: {r.stderr}"


def incidents(env: dict[str, str]) -> list[dict]:
    out = subprocess.run(
        [str(BLUF), "--db", env["BLUF_DB"], "incidents", "list", "--jsonl"], env=dict(os.environ, **env),
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert out.returncode == 0, f"bluf incidents list failed ({out.returncode}):\n{out.stderr}"
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _prompt_row(screen: str, question: str) -> str | None:
    """The input row under the prompt's question (the row after it), once the prompt is open."""
    lines = screen.splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.lstrip().startswith(question):
            return lines[i + 1]
    return None


def test_a_burst_after_backspaces_keeps_every_typed_key_in_a_real_terminal(tmp_path):
    with bluf_in_tmux(tmp_path) as (t, env, _library):
        t.send("I", literal=True)
        t.wait(lambda s: "incidents timeline" in s, "the incidents timeline")

        # The title shown is selected: the first backspace empties the field, the second
        # finds nothing to delete; every letter after them is kept.
        t.send("r", literal=True)
        t.wait(lambda s: _prompt_row(s, "Incident title"), "the title prompt")
        burst(t, BACKSPACE * 2 + b"Sev")
        row = t.wait(lambda s: "Sev" in (_prompt_row(s, "Incident title") or "") and _prompt_row(s, "Incident title"),
                     "'Sev' typed after two backspaces")
        assert row.strip() == "Sev", row

        # End, then more backspaces than the field holds, a new title and enter: all at once.
        burst(t, END + BACKSPACE * 50 + b"Qorvel harbour standoff" + ENTER)
        t.wait(lambda s: "Incident title" not in s, "the prompt to close")
        t.wait(lambda s: "Qorvel harbour standoff" in s, "the new title in the timeline")

        # The place prompt, the same way: its value deleted key by key, a place typed, enter,
        # and r (rename) right behind the enter: it reaches the timeline, not the closing prompt.
        t.send("p", literal=True)
        t.wait(lambda s: _prompt_row(s, "Where:"), "the place prompt")
        burst(t, END + BACKSPACE * 60 + b"Zindar, Libya" + ENTER + b"r")
        t.wait(lambda s: "Where:" not in s and _prompt_row(s, "Incident title"), "r after enter to open the title prompt")
        t.send("Escape")
        t.wait(lambda s: "Incident title" not in s, "the title prompt to close")

        t.send("q", literal=True)
        t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)

    renamed = [i for i in incidents(env) if i["title"] == "Qorvel harbour standoff"]
    assert len(renamed) == 1, [i["title"] for i in incidents(env)]
    assert (renamed[0]["place"], renamed[0]["country"]) == ("Zindar", "Libya"), renamed[0]


def _source_rows(screen: str) -> list[str]:
    """The library's source rows (" n  flag  title …"), in order."""
    lines = screen.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "Sources") + 2
    rows = []
    for line in lines[start:]:
        if not line.strip() or line.strip() == "Incidents":
            break
        rows.append(line)
    return rows


def test_keys_typed_with_a_screen_switch_reach_the_new_screen_in_a_real_terminal(tmp_path):
    """In the reader on a source, L End X typed at once (tmux send-keys, as an analyst who
    types ahead): End reaches the library and moves to the last source, and X asks to remove
    that source, not the one that was open."""
    with bluf_in_tmux(tmp_path) as (t, env, library):
        rows = _source_rows(library)
        assert len(rows) >= 3, library
        last = rows[-1].split()[1]  # the first word of the last source's title
        t.send("Enter")
        t.wait(lambda s: "] next quote" in s, "the reader")
        for _ in range(3):  # the same keys, three times: the switch must never lose one
            r = t.run("send-keys", "-t", SESSION, "L", "End", "X")  # one call, as the analyst typed
            assert r.returncode == 0, r.stderr
            prompt = t.wait(lambda s: "Remove " in s and s, "the removal prompt")
            line = next(x for x in prompt.splitlines() if "Remove " in x)
            assert f"Remove {last}" in line, f"X asked about another source than the last:\n{prompt}"
            t.send("Escape")
            t.wait(lambda s: "Remove " not in s, "the prompt to close")
            t.send("Home")
            t.send("Enter")
            t.wait(lambda s: "] next quote" in s, "the reader again")
        t.send("q", literal=True)
        t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)


def test_keys_typed_right_behind_enter_on_a_list_reach_the_screen_it_opens_in_a_real_terminal(tmp_path):
    """enter End X typed at once on the library's first source (tmux send-keys in one call):
    the reader opens on that source and the library is not asked to remove its last source;
    enter Escape End X asks about the last source. In the incidents timeline, enter X typed
    at once: X reaches the reader, not the timeline (where it shows the rejected incidents)."""
    with bluf_in_tmux(tmp_path) as (t, env, library):
        rows = _source_rows(library)
        assert len(rows) >= 3, library
        first, last = rows[0].split()[1], rows[-1].split()[1]
        assert first != last
        for _ in range(3):
            r = t.run("send-keys", "-t", SESSION, "Enter", "End", "X")  # one call, as the analyst typed
            assert r.returncode == 0, r.stderr
            reader = t.wait(lambda s: "] next quote" in s and s, "the reader")
            assert "Remove " not in reader, f"X asked the library to remove a source:\n{reader}"
            assert first in reader and last not in reader.splitlines()[0], f"the reader is not on the first source:\n{reader}"
            t.send("Escape")
            t.wait(lambda s: "enter reads a source" in s, "the library again")
            r = t.run("send-keys", "-t", SESSION, "Enter", "Escape", "End", "X")
            assert r.returncode == 0, r.stderr
            prompt = t.wait(lambda s: "Remove " in s and s, "the removal prompt")
            line = next(x for x in prompt.splitlines() if "Remove " in x)
            assert f"Remove {last}" in line, f"X asked about another source than the last:\n{prompt}"
            t.send("Escape")
            t.wait(lambda s: "Remove " not in s, "the prompt to close")
            t.send("Home")

        t.send("I", literal=True)
        t.wait(lambda s: "incidents timeline" in s, "the incidents timeline")
        r = t.run("send-keys", "-t", SESSION, "Enter", "X")
        assert r.returncode == 0, r.stderr
        t.wait(lambda s: "] next quote" in s, "the reader from the timeline")
        t.send("Escape")
        timeline = t.wait(lambda s: "incidents timeline" in s and s, "the timeline again")
        assert "X hides them" not in timeline, f"X reached the timeline:\n{timeline}"
        t.send("q", literal=True)
        t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)
