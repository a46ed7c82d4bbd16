"""Time from spawning a command in a real pseudo-terminal (80x24) until a marker string
appears on its screen output. Used by the start-up benchmarks."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import termios
import time


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by every thread of process ``pid`` (the scheduler's own count,
    in nanoseconds, from /proc/PID/task/*/schedstat), in seconds; 0.0 where unreadable."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    return total / 1e9


def time_to_marker(argv: list[str], marker: bytes, env: dict | None = None, cwd: str | None = None,
                   timeout: float = 60.0, quit_keys: bytes = b"q", cpu: list | None = None) -> float:
    """Seconds from fork to the first output containing ``marker``; the program is then
    sent ``quit_keys`` and reaped (killed if it does not exit). With ``cpu`` (a list), the
    CPU seconds the program had used when the marker arrived are appended to it: unlike
    the wall time, they hardly change with the machine's load."""
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24", **(env or {})}
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        if cwd:
            os.chdir(cwd)
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    buf = b""
    elapsed = None
    deadline = t0 + timeout
    try:
        while time.perf_counter() < deadline:
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            # Answer the terminal queries Textual sends, as a real terminal would.
            if b"\x1b[c" in chunk:
                os.write(fd, b"\x1b[?62;c")
            if marker in buf:
                elapsed = time.perf_counter() - t0
                if cpu is not None:
                    cpu.append(cpu_seconds(pid))
                break
    finally:
        try:
            os.write(fd, quit_keys)
        except OSError:
            pass
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            try:
                select.select([fd], [], [], 0.05)
                os.read(fd, 65536)
            except OSError:
                pass
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise RuntimeError(f"{argv} never showed {marker!r}; last output: {buf[-400:]!r}")
    return elapsed
