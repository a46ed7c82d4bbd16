"""First paint of `bluf` on an analysed workspace vs a minimal Textual app, both spawned
in a real pseudo-terminal at 80x24 in the same run. Reports the ratio of medians of the
wall time, and of the CPU time each had used when its first frame arrived (steadier on a
loaded machine)."""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pty_timing import time_to_marker  # noqa: E402

BIN = Path(sys.executable).parent


def _compile_bluf() -> None:
    """Byte-compile bluf's packages, as an install does: with PYTHONDONTWRITEBYTECODE set
    (as on some shared machines) every start would otherwise compile them again, which
    the baseline (Textual, installed with its bytecode) never does."""
    import compileall

    import annotate
    import tui

    for pkg in (annotate, tui):
        compileall.compile_dir(str(Path(pkg.__file__).parent), quiet=1)


def run(repeat: int = 7) -> dict:
    _compile_bluf()
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "ws.json"
        env = {"BLUF_DB": str(db), "XDG_CONFIG_HOME": d, "XDG_DATA_HOME": d, "XDG_CACHE_HOME": d}
        import annotate

        ws = annotate.open_workspace(db)
        ws.analyze()  # an already-analysed workspace
        ws.close()
        base, bluf, base_cpu, bluf_cpu = [], [], [], []
        for _ in range(repeat):  # interleaved, so load drifts hit both
            base.append(time_to_marker([sys.executable, str(HERE / "minimal_app.py")], b"minimal-app-ready", env=env, cpu=base_cpu))
            bluf.append(time_to_marker([str(BIN / "bluf")], b"library", env=env, cpu=bluf_cpu))
    mb, mf = statistics.median(base), statistics.median(bluf)
    cb, cf = statistics.median(base_cpu), statistics.median(bluf_cpu)
    return {
        "minimal_app_first_paint_s": round(mb, 3),
        "bluf_first_paint_s": round(mf, 3),
        "ratio": round(mf / mb, 2),
        # CPU time used up to the first paint: what the wall time is on an idle machine.
        "minimal_app_cpu_s": round(cb, 3),
        "bluf_cpu_s": round(cf, 3),
        "cpu_ratio": round(cf / cb, 2) if cb else None,
        "target_ratio": 1.5,
        "runs": repeat,
    }


if __name__ == "__main__":
    print(run())
