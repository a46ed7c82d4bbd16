"""A dateline opening a story's first paragraph dates a page that states no date (nu18 #16):
"Beijing, April 1, 2025 – China's..." was not read, and the incidents of such a page said "no
source says when it happened". Real CLI (`bluf import`, `bluf source show`) on invented pages."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from annotate.opening_datelines import opening_dateline_date

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fiji foils barracks plot</title></head>
<body><article><h1>Fiji foils barracks plot</h1>
<p>Suva, March 3, 2026 – Fiji’s army said on Tuesday it had foiled a plot by three officers to seize the Queen
Elizabeth Barracks, and police arrested the officers at dawn. The government said the barracks were calm and
that the officers would face a military court.</p>
<p>“The plot was never close to success,” the army’s spokesman said.</p></article></body></html>
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def test_bluf_import_dates_a_page_by_the_dateline_opening_its_story(tmp_path):
    (tmp_path / "plot.html").write_text(PAGE, encoding="utf-8")
    db = tmp_path / "ws.json"
    p = bluf(db, "import", tmp_path / "plot.html")
    assert p.returncode == 0, p.stderr
    shown = bluf(db, "source", "show", "plot").stdout
    line = next(ln for ln in shown.splitlines() if ln.startswith("published"))
    assert line.split()[1] == "2026-03-03", shown


@pytest.mark.parametrize("text, iso", [
    ("Beijing, April 1, 2025 – China’s army began drills around the island.", "2025-04-01"),
    ("KYIV, Ukraine, 4 May 2024 — Drones hit the port overnight.", "2024-05-04"),
    ("Headline\n\nSUVA, Fiji, March 3, 2025 (AFP) -- A plot was foiled.", "2025-03-03"),
    # a month-day takes the one year the text writes, never a guessed one
    ("LIMA, March 3 (Reuters) - Peru's army said the 2025 budget would grow.", "2025-03-03"),
    ("LIMA, March 3 (Reuters) - Peru's army said the budget would grow.", ""),
    ("LIMA, March 3 (Reuters) - Peru's army compared 2024 with 2025.", ""),
    # no place before the date, or no dash after it: no dateline
    ("Monday, April 1, 2025 – talks went on.", ""),
    ("The talks, April 1, 2025 - went on.", ""),
    ("Oslo, April 1, 2025 was a quiet day in the port.", ""),
    # a date after tomorrow is no publication date
    ("Oslo, April 1, 2031 – A collision.", ""),
])
def test_opening_datelines(text, iso):
    assert opening_dateline_date(text, today=date(2026, 12, 2)) == iso
