"""The installed bluf over a real OpenSSH session on 127.0.0.1: ``ssh -tt`` runs in an
80x24 pseudo-terminal the test owns, so bluf draws into the pty sshd allocates. The test
reads the byte stream (escape sequences, not a screen) for markers, tags a quote
hawkish, quits, and finds the tag in the workspace and in the headless export."""

from __future__ import annotations

import errno
import fcntl
import os
import pty
import re
import select
import shlex
import signal
import socket
import struct
import subprocess
import termios
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from .helpers import (
    STARTUP_TIMEOUT,
    STEP_TIMEOUT,
    check_store,
    require,
    require_bluf,
    sample_env,
    tag_outcome,
)

pytestmark = pytest.mark.e2e

ROWS, COLS = 24, 80
# A terminal's output, token by token: cursor positioning, other escape sequences, a character.
_TOKEN = re.compile(
    r"(?P<cup>\x1b\[(?P<row>\d*)(?:;(?P<col>\d*))?H)"
    r"|(?P<esc>\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78MDEc])"
    r"|(?P<ch>[\s\S])"
)
# Textual asks for the terminal's Device Attributes; a VT220-ish terminal answers.
DA_QUERY, DA_ANSWER = b"\x1b[c", b"\x1b[?62;c"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _privsep_dir() -> None:
    """sshd refuses to start without its privilege separation directory."""
    try:
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
    except OSError as err:
        msg = f"cannot create /run/sshd for sshd ({err.strerror})"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    """An sshd of our own on a free port of 127.0.0.1 that lets in one key pair."""
    daemon = require("/usr/sbin/sshd")
    keygen = require("ssh-keygen")
    client = require("ssh")
    _privsep_dir()
    d = tmp_path_factory.mktemp("sshd")
    for name in ("host_ed25519", "client_ed25519"):
        subprocess.run(
            [keygen, "-q", "-t", "ed25519", "-N", "", "-C", f"bluf-e2e-{name}", "-f", str(d / name)],
            check=True, capture_output=True, timeout=30, stdin=subprocess.DEVNULL,
        )
    (d / "authorized_keys").write_text((d / "client_ed25519.pub").read_text())
    port = _free_port()
    config = d / "sshd_config"
    config.write_text(
        f"Port {port}\n"
        "ListenAddress 127.0.0.1\n"
        f"HostKey {d / 'host_ed25519'}\n"
        f"AuthorizedKeysFile {d / 'authorized_keys'}\n"
        "PasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\n"
        "PubkeyAuthentication yes\n"
        "PermitRootLogin prohibit-password\n"
        "UsePAM no\n"
        "StrictModes no\n"
        f"PidFile {d / 'sshd.pid'}\n"
        "PrintMotd no\n"
        "PrintLastLog no\n"
    )
    log_path = d / "sshd.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [daemon, "-D", "-e", "-f", str(config)], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 15
        while not _accepts(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"sshd did not start on 127.0.0.1:{port} (exit {proc.poll()}):\n{log_path.read_text(errors='replace')}")
            time.sleep(0.05)
        yield SimpleNamespace(port=port, key=d / "client_ed25519", ssh=client, log=log_path)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


class PtyClient:
    """A program on the child side of a pty of ROWS x COLS; the test is its terminal."""

    def __init__(self, argv: list[str], env: dict[str, str]):
        winsize = struct.pack("HHHH", ROWS, COLS, 0, 0)
        pid, fd = pty.fork()
        if pid == 0:  # the child: its stdin/stdout/stderr are the pty
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, winsize)
        self.out = bytearray()
        self.context = lambda: ""  # more for failure messages (the sshd log)
        self._scanned = 0  # where the search for terminal queries goes on
        self.status: int | None = None

    def send(self, data: bytes) -> int:
        """Type ``data``; returns where the output stood, to search what comes after."""
        at = len(self.out)
        os.write(self.fd, data)
        return at

    def pump(self, timeout: float) -> bool:
        """Read what is there within ``timeout`` s; False once the pty is closed."""
        if self.fd < 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 65536)
        except OSError as err:
            if err.errno != errno.EIO:
                raise
            chunk = b""
        if not chunk:  # EIO or EOF: the other side has gone
            return False
        self.out += chunk
        while (i := self.out.find(DA_QUERY, self._scanned)) >= 0:
            os.write(self.fd, DA_ANSWER)
            self._scanned = i + len(DA_QUERY)
        self._scanned = max(self._scanned, len(self.out) - len(DA_QUERY) + 1)
        return True

    def text(self, since: int = 0) -> str:
        return self.out[since:].decode("utf-8", errors="replace")

    def screen(self) -> str:
        """What a terminal would show now, roughly: enough for a failure message. (Cursor
        positioning and text are replayed; colours, scrolling and wide glyphs are not.)"""
        grid = [[" "] * COLS for _ in range(ROWS)]
        row = col = 0
        for m in _TOKEN.finditer(self.out.decode("utf-8", errors="replace")):
            if m.group("cup") is not None:
                row = min(max(int(m.group("row") or 1), 1), ROWS) - 1
                col = min(max(int(m.group("col") or 1), 1), COLS) - 1
            elif m.group("esc") is not None:
                if m.group("esc") in ("\x1b[2J", "\x1b[?1049h", "\x1b[?1049l"):
                    grid = [[" "] * COLS for _ in range(ROWS)]
            else:
                ch = m.group("ch")
                if ch == "\r":
                    col = 0
                elif ch == "\n":
                    if row == ROWS - 1:
                        grid = grid[1:] + [[" "] * COLS]
                    row = min(row + 1, ROWS - 1)
                elif ch >= " " and col < COLS:
                    grid[row][col] = ch
                    col += 1
        return "\n".join("".join(line).rstrip() for line in grid)

    def expect(self, probe, since: int, what: str, timeout: float = STEP_TIMEOUT):
        """Read until ``probe(text since since)`` is truthy; fail on timeout or exit."""
        deadline = time.monotonic() + timeout
        while True:
            got = probe(self.text(since))
            if got:
                return got
            if not self.pump(min(0.2, max(0.0, deadline - time.monotonic()))):  # the pty closed
                got = probe(self.text(since))
                if got:
                    return got
                self.wait_exit(5)
                pytest.fail(f"ssh ended (status {self.exited()}) while waiting for {what}; last screen:\n{self.screen()}{self.context()}", pytrace=False)
            if time.monotonic() >= deadline:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; last screen:\n{self.screen()}{self.context()}", pytrace=False)

    def settle(self, quiet: float = 0.3, limit: float = 3.0) -> None:
        """Read until nothing has come for ``quiet`` s (at most ``limit`` s)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            n = len(self.out)
            if not self.pump(quiet) or len(self.out) == n:
                return

    def exited(self) -> int | None:
        """The exit status once the child has ended (a signal as 128+n), else None."""
        if self.status is None:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                if self.status < 0:
                    self.status = 128 - self.status
        return self.status

    def wait_exit(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while self.exited() is None and time.monotonic() < deadline:
            if not self.pump(0.1):
                time.sleep(0.05)
        return self.exited()

    def close(self) -> None:
        if self.exited() is None:
            for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    break
                if self.wait_exit(grace) is not None:
                    break
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _stop_remote(pidfile: Path) -> None:
    """If the remote bluf outlived its ssh session (a failed test), end it: it is the
    process whose id the remote shell wrote before exec'ing bluf."""
    try:
        pid = int(pidfile.read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return
    if b"bluf" not in cmdline:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.05)


def _status_style(out: bytes | bytearray, n: int) -> bytes | None:
    """The colour sequence just before the last "Quote n/" drawn in ``out``."""
    found = None
    for found in re.finditer(rb"(\x1b\[[0-9;]*m)Quote %d/" % n, out):
        pass
    return found.group(1) if found else None


def _tag_first_taggable(c: PtyClient, total: int) -> int:
    """Press h on quote 1, 2, ... until the reader saves a tag; returns that quote's number.
    The reader does not tag a quote whose speaker is a news outlet or missing: it asks who
    holds the stance in a picker (escape closes it), or says so in a toast."""
    for n in range(1, total + 1):
        if n > 1:
            at = c.send(b"]")
            c.expect(lambda t: f"Quote {n}/" in t, at, f"'Quote {n}/'")
        # How the status line is drawn with nothing over the reader (a modal dims it).
        plain = _status_style(c.out, n)
        at = c.send(b"h")
        c.expect(tag_outcome, at, f"'Saved:', a refusal or the speaker picker after h on quote {n}")
        # A frame can reach us in pieces, and a new toast repaints older ones: decide on
        # everything the key press brought.
        c.settle()
        outcome = tag_outcome(c.text(at))
        if outcome == "saved":
            return n
        if outcome == "picker":
            at = c.send(b"\x1b")
            # Closing the picker repaints the reader undimmed, status line included. (While
            # the picker opens, the dimmed reader is repainted too: "Quote n/" alone does
            # not tell that the picker has gone.)
            c.expect(
                lambda t: _status_style(c.out[at:], n) == plain if plain else f"Quote {n}/" in t,
                at, "the reader again after escape closes the picker",
            )
            c.settle()
    pytest.fail(f"the reader tagged none of the {total} quotes of the first source; last screen:\n{c.screen()}", pytrace=False)


def test_tag_a_quote_over_ssh(sshd, tmp_path):
    bluf = require_bluf()
    env = sample_env(tmp_path, "ssh-e2e")
    pidfile = tmp_path / "remote.pid"
    # The remote shell notes its id, then becomes bluf (exec keeps the id).
    remote = (
        f"echo $$ > {shlex.quote(str(pidfile))} && exec env "
        + " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
        + " "
        + shlex.quote(str(bluf))
        + " --sample"
    )
    argv = [
        sshd.ssh, "-tt", "-F", "/dev/null", "-i", str(sshd.key), "-p", str(sshd.port),
        "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
        "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR",
        "root@127.0.0.1", remote,
    ]
    child_env = {k: v for k, v in os.environ.items() if k not in ("SSH_AUTH_SOCK", "TMUX", "TMUX_PANE")}
    child_env["TERM"] = "xterm-256color"

    c = PtyClient(argv, child_env)
    c.context = lambda: "\nsshd log (last lines):\n" + "\n".join(sshd.log.read_text(errors="replace").splitlines()[-15:])
    try:
        c.expect(lambda t: "enter reads a source" in t, 0, "the library after analysis", STARTUP_TIMEOUT)
        c.settle()
        # The remote pty got our 80x24: bluf draws on row 24 and never below it.
        assert b"\x1b[24;" in c.out and b"\x1b[25;" not in c.out, f"bluf did not draw 24 rows:\n{c.screen()}"
        at = c.send(b"\r")
        c.expect(lambda t: "Actors" in t, at, "the reader (its Actors panel)")
        c.settle()
        at = c.send(b"]")
        m = c.expect(lambda t: re.search(r"Quote 1/(\d+)", t), at, "'Quote 1/'")
        _tag_first_taggable(c, int(m.group(1)))
        c.settle()
        c.send(b"q")
        status = c.wait_exit(STEP_TIMEOUT)
        assert status is not None, f"ssh did not end within {STEP_TIMEOUT:.0f} s of q; last screen:\n{c.screen()}{c.context()}"
        assert status == 0, f"ssh (so bluf) exited with {status}; last screen:\n{c.screen()}{c.context()}"
    finally:
        c.close()
        _stop_remote(pidfile)

    check_store(env, "ssh-e2e")
