"""Peak memory of big texts, each step in a process of its own, against a baseline measured
the same way in the same run:

- import: `bluf import` of one 20 MB text file (the import limit; real article paragraphs,
  varied so that no two are alike) against `bluf import` of one seed article;
- analysis: `bluf sources` (which analyses what is new) on a workspace holding a text over
  spaCy's 1,000,000-character limit (1.1 MB, parsed in parts), against the same on a
  workspace holding a 250 kB text. Memory is bounded when the ratio stays near 1: the
  parser holds one part at a time, whatever the text's length.

`BLUF_BENCH_FULL=1` also analyses the 20 MB workspace (about half an hour on a slow core).
Reported in MiB and as ratios."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def big_text(size: int) -> str:
    """``size`` characters of the seeds' paragraphs, each copy numbered so none repeats."""
    paras = [p for f in sorted((ROOT / "seeds").glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    n = i = 0
    while n < size:
        p = paras[i % len(paras)].replace(" said", f" said ({i})", 1)
        out.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(out)[:size]


def _bluf(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tui", "--db", str(db), *args]


def run() -> dict:
    sys.path.insert(0, str(HERE))
    from memory import peak_mib

    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    out: dict = {}
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
        big = d / "big20.txt"
        big.write_text(big_text(20 * 1000 * 1000), encoding="utf-8")
        out["import_baseline_mib"] = round(peak_mib(_bluf(d / "small.json", "import", str(seed))), 1)
        t = time.perf_counter()
        out["import_20mb_mib"] = round(peak_mib(_bluf(d / "big.json", "import", str(big))), 1)
        out["import_20mb_s"] = round(time.perf_counter() - t, 1)
        out["import_ratio"] = round(out["import_20mb_mib"] / out["import_baseline_mib"], 2)

        for name, size in (("250kb", 250_000), ("1100kb", 1_100_000)):
            f = d / f"{name}.txt"
            f.write_text(big_text(size), encoding="utf-8")
            db = d / f"{name}.json"
            peak_mib(_bluf(db, "import", str(f)))
            t = time.perf_counter()
            out[f"analysis_{name}_mib"] = round(peak_mib(_bluf(db, "sources")), 1)
            out[f"analysis_{name}_s"] = round(time.perf_counter() - t, 1)
        out["analysis_ratio_1100kb_to_250kb"] = round(out["analysis_1100kb_mib"] / out["analysis_250kb_mib"], 2)
        if os.environ.get("BLUF_BENCH_FULL"):
            t = time.perf_counter()
            out["analysis_20mb_mib"] = round(peak_mib(_bluf(d / "big.json", "sources")), 1)
            out["analysis_20mb_s"] = round(time.perf_counter() - t, 1)
    return out


if __name__ == "__main__":
    print(run())
