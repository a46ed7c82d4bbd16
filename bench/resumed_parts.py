"""A long text's analysis killed half way (SIGKILL) and run again: the time to finish
after the kill (resuming at the first part not done) against a run from scratch.

    python bench/resumed_parts.py [CHARS]      (default 400,000 characters: 8+ parts)

Runs `bluf analyze FILE --json` (this checkout's code) in processes of their own, each with
a fresh XDG cache directory; the kill comes when half the parts' files exist."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.large_text import large_text  # noqa: E402


def run(cmd, env) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(p.stderr[-2000:])
    return time.perf_counter() - t0, p.stderr


def main() -> None:
    chars = int(sys.argv[1]) if len(sys.argv) > 1 else 400_000
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        article = home / "long.txt"
        article.write_text(large_text(chars), encoding="utf-8")
        cmd = [sys.executable, "-m", "tui", "analyze", str(article), "--json"]

        def env(name: str) -> dict[str, str]:
            return dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home / name))

        scratch, _ = run(cmd, env("a"))
        # The number of parts: from a run killed after the first part and resumed.
        e = env("b")
        p = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        parts = lambda: list((home / "b").glob("**/*.parts/*.json"))  # noqa: E731
        while not parts():
            time.sleep(0.05)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        _, err = run(cmd, e)
        n = int(re.search(r"resuming at part \d+ of (\d+)", err)[1])
        e = env("c")
        p = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while len(list((home / "c").glob("**/*.parts/*.json"))) < n // 2:
            time.sleep(0.05)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        k = len(list((home / "c").glob("**/*.parts/*.json")))
        resumed, err = run(cmd, e)
        said = re.search(r"resuming at part \d+ of \d+[^\n]*", err)
        print(f"{chars:,} characters, {n} parts; killed after {k} parts")
        print(f"from scratch: {scratch:.1f} s; after the kill: {resumed:.1f} s; ratio {resumed / scratch:.2f}")
        print(f"stderr of the resumed run: {said[0] if said else '(nothing said)'}")


if __name__ == "__main__":
    main()
