"""The installed bluf in a real terminal: a tmux pane of exactly 80x24 on a tmux server of
its own. Open the first source, move to a quote, tag it hawkish, quit; the tag is in the
workspace file and in the headless export."""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from .helpers import (
    PICKER,
    REFUSALS,
    STARTUP_TIMEOUT,
    STEP_TIMEOUT,
    check_store,
    require,
    require_bluf,
    sample_env,
    tag_outcome,
    wait_until,
)

pytestmark = pytest.mark.e2e

SESSION = "bluf"
# No status bar (so the pane is the whole 80x24 window); keep the pane after bluf exits,
# so its exit status and any last words can be read; no user configuration.
TMUX_CONF = """\
set -g status off
set -g remain-on-exit on
set -g default-terminal tmux-256color
set -g escape-time 0
"""


class Tmux:
    """A tmux server on its own socket (``tmux -L``), never the user's."""

    def __init__(self, tmux: str, conf: Path):
        self.tmux = tmux
        self.socket = f"bluf-e2e-{os.getpid()}-{uuid.uuid4().hex[:10]}"
        self.conf = conf
        self.env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "TMUX_PANE")}
        self.env["TERM"] = "xterm-256color"
        self.server_pid = 0

    def start(self, program: Path, env: dict[str, str], cwd: Path, size: tuple[int, int] = (80, 24),
              args: tuple[str, ...] = ()) -> None:
        """Run ``program`` with ``args`` and exactly ``env`` in a new detached session of ``size``."""
        command = ("exec env " + " ".join(shlex.quote(f"{k}={v}") for k, v in env.items()) + " "
                   + " ".join(shlex.quote(str(x)) for x in (program, *args)))
        r = self.run("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), "-s", SESSION, "-c", str(cwd), command)
        assert r.returncode == 0, f"tmux new-session failed: {r.stderr}"
        self.server_pid = int(self.pane("#{pid}") or 0)

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [self.tmux, "-L", self.socket, "-f", str(self.conf), *args],
            env=self.env, capture_output=True, text=True, timeout=15, stdin=subprocess.DEVNULL,
        )

    def screen(self) -> str:
        r = self.run("capture-pane", "-p", "-t", SESSION)
        return r.stdout if r.returncode == 0 else f"(capture-pane failed: {r.stderr.strip()})"

    def pane(self, fmt: str) -> str:
        r = self.run("display-message", "-p", "-t", SESSION, fmt)
        return r.stdout.strip() if r.returncode == 0 else ""

    def exit_status(self) -> str | None:
        """``"status=N signal="`` or ``"status= signal=N"`` once bluf has exited, else None.

        The pane is dead as soon as its pty closes; the status comes when the server reaps
        bluf on SIGCHLD. A tmux built with libutempter (Debian's) can miss that SIGCHLD
        when bluf exits while utempter runs its helper for the closing pty (tmux/tmux#311,
        #4559), leaving bluf a zombie and the status empty: then tell our server again."""
        got = self.pane("#{pane_dead} status=#{pane_dead_status} signal=#{pane_dead_signal}")
        m = re.fullmatch(r"1 (status=\d+ signal=|status= signal=\d+)", got)
        if m:
            return m.group(1)
        if got.startswith("1 ") and self.server_pid:
            os.kill(self.server_pid, signal.SIGCHLD)
        return None

    def send(self, key: str, literal: bool = False) -> None:
        r = self.run("send-keys", "-t", SESSION, *(["-l"] if literal else []), key)
        assert r.returncode == 0, f"send-keys {key!r} failed: {r.stderr}"

    def wait(self, probe, what: str, timeout: float = STEP_TIMEOUT, dead_ok: bool = False):
        """Poll the pane until ``probe(screen)`` is truthy; fail at once if bluf died
        (unless ``dead_ok``)."""
        last = {"screen": ""}

        def check():
            s = last["screen"] = self.screen()
            got = probe(s)
            if not got and not dead_ok and "Pane is dead" in s:
                pytest.fail(f"bluf exited while waiting for {what}:\n{s}", pytrace=False)
            return got

        return wait_until(check, timeout, what, lambda: last["screen"])

    def kill(self) -> None:
        """End our server and remove its socket (tmux leaves the file behind)."""
        path = self.pane("#{socket_path}") or os.path.join(
            os.environ.get("TMUX_TMPDIR") or "/tmp", f"tmux-{os.getuid()}", self.socket
        )
        self.run("kill-server")
        if path and Path(path).name == self.socket:
            Path(path).unlink(missing_ok=True)


def new_tmux(tmp_path: Path) -> Tmux:
    """A Tmux on a server of its own, configured by ``TMUX_CONF`` (written to ``tmp_path``);
    skips the test when tmux is not installed."""
    conf = tmp_path / "tmux.conf"
    conf.write_text(TMUX_CONF)
    return Tmux(require("tmux"), conf)


@contextmanager
def bluf_in_tmux(tmp_path: Path, env: dict[str, str] | None = None, program: Path | None = None,
                 size: tuple[int, int] = (80, 24)):
    """``program`` (the installed bluf by default) started with ``env`` in a real terminal
    (tmux) of ``size``, its library shown after analysis; without ``env``, ``bluf --sample``
    with ``sample_env`` (the workspace of the seeds). Yields (the tmux session, bluf's
    environment, the library's screen); kills tmux after, whatever happened."""
    t = new_tmux(tmp_path)
    program = program or require_bluf()
    args = ("--sample",) if env is None else ()
    env = env if env is not None else sample_env(tmp_path, "e2e")
    try:
        t.start(program, env, tmp_path, size=size, args=args)
        yield t, env, t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)
    finally:
        t.kill()


def status_line(screen: str, n: int) -> str | None:
    """The reader's status line when it shows quote ``n`` (``" Quote n/total · ..."``)."""
    for line in screen.splitlines():
        if line.startswith(f" Quote {n}/"):
            return line
    return None


def tag_first_taggable(t: Tmux, total: int) -> int:
    """Press h on quote 1, 2, ... until the reader saves a tag; returns that quote's number.
    The reader does not tag a quote whose speaker is a news outlet or missing: it either
    says so in a toast, or asks who holds the stance in a picker (escape closes it)."""
    for n in range(1, total + 1):
        if n > 1:
            t.send("]", literal=True)
            t.wait(lambda s: status_line(s, n), f"the status line ' Quote {n}/'")
        t.send("h", literal=True)
        outcome = t.wait(tag_outcome, f"'Saved:', a refusal or the speaker picker after h on quote {n}")
        if outcome == "saved":
            return n
        if outcome == "picker":
            t.send("Escape")
            t.wait(lambda s: PICKER not in s and status_line(s, n), "the picker to close")
        else:
            # Let the refusal toast go, so that the next one is not mistaken for it.
            t.wait(lambda s: not any(r in s for r in REFUSALS), "the refusal toast to go away")
    pytest.fail(f"the reader tagged none of the {total} quotes of the first source:\n{t.screen()}", pytrace=False)


def test_tag_a_quote_in_a_real_80x24_terminal(tmp_path):
    with bluf_in_tmux(tmp_path) as (t, env, _library):
        assert t.pane("#{pane_width}x#{pane_height}") == "80x24"
        t.send("Enter")
        t.wait(lambda s: "] next quote" in s, "the reader")  # not "quotes ·": the library header has it too
        t.send("]", literal=True)
        line = t.wait(lambda s: status_line(s, 1), "the status line ' Quote 1/'")
        total = int(re.match(r" Quote 1/(\d+)", line).group(1))

        n = tag_first_taggable(t, total)
        # The "Saved:" toast covers the right of the status line for 2 s; then it reads
        # " Quote n/total · <actor> · tagged hawkish ...".
        t.wait(lambda s: "tagged hawkish" in (status_line(s, n) or ""), "'tagged hawkish' in the status line")

        t.send("q", literal=True)
        # pane_dead turns 1 when the pty closes; the status follows when tmux reaps bluf.
        how = t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)
        assert how == "status=0 signal=", f"bluf did not exit cleanly after q ({how}):\n{t.screen()}"

    check_store(env, "e2e")
