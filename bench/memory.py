"""Peak memory (maximum resident set size) of what an analyst runs, each in a process of
its own, against a baseline measured the same way in the same run:

- the reader: bluf opened on the analysed seed workspace, until the analysis is loaded
  and the first article is open, against the minimal Textual app (bench/minimal_app.py);
  both headless at 80x24;
- the long article: the same with a 55,000-word article (bench/article_view.py);
- the export: `bluf export` of 1,000 sources and 10,000 stances (bench/export_speed.py)
  against a process that only reads the workspace file with orjson.

Reported in MiB and as ratios; no target is set by an issue, the ratios are watched."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

_DRIVE = """
import asyncio, sys
sys.path.insert(0, {here!r})
kind, db = sys.argv[1], sys.argv[2]

async def main():
    if kind == "minimal":
        from minimal_app import Minimal
        app = Minimal()
    else:
        from tui.app import BlufApp
        app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if kind != "minimal":
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

asyncio.run(main())
"""


def peak_mib(argv: list[str]) -> float:
    """The peak RSS of a process running ``argv`` (its own children's included)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def _drive(kind: str, db: Path | str = "") -> float:
    return peak_mib([sys.executable, "-c", _DRIVE.format(here=str(HERE)), kind, str(db)])


def run() -> dict:
    sys.path.insert(0, str(HERE))
    import annotate
    from article_view import _long_source, _workspace
    from export_speed import generate

    out: dict = {}
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        seeds_db = d / "seeds.json"
        ws = annotate.open_workspace(seeds_db)
        ws.analyze()
        ws.close()
        src, analysis, _, _ = _long_source(80)
        long_db = _workspace(d, src, analysis)
        del src, analysis
        big = generate(d)
        bluf = str(Path(sys.executable).parent / "bluf")

        minimal = _drive("minimal")
        reader = _drive("bluf", seeds_db)
        long_reader = _drive("bluf", long_db)
        read = peak_mib([sys.executable, "-c", f"import orjson; orjson.loads(open({str(big)!r}, 'rb').read())"])
        export = peak_mib([bluf, "--db", str(big), "export", "-o", str(d / "brief.md")])
    out["minimal_app_mib"] = round(minimal, 1)
    out["reader_seeds_mib"] = round(reader, 1)
    out["reader_seeds_ratio"] = round(reader / minimal, 2)
    out["reader_long_article_mib"] = round(long_reader, 1)
    out["reader_long_article_ratio"] = round(long_reader / minimal, 2)
    out["orjson_read_1000_sources_mib"] = round(read, 1)
    out["export_1000_sources_mib"] = round(export, 1)
    out["export_ratio"] = round(export / read, 2)
    return out


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(HERE.parent))
    print(json.dumps(run(), indent=1))
