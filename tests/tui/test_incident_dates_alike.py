"""One rendering of an incident's date everywhere: an incident dated by the day its source
was published ("~", no source says when it happened) reads the same in the library's
incident table, the incidents screen and `bluf incidents list`. A new user saw
"2024-07-21" in the library where `I` and the CLI said "~2024-07-21". Invented story."""

from __future__ import annotations

import subprocess
import sys

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp

from .helpers import screen_lines, settle

STORY = "Drones over Estonia\nMilitary drones violated Estonian airspace near the town of Narva, the Estonian army said.\n"


async def test_a_reported_day_has_its_tilde_in_the_library_the_incidents_screen_and_the_cli(tmp_path):
    path = tmp_path / "w.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([make_source(STORY, "narva.txt", meta=Meta(published="2025-10-06"))])
    ws.analyze()
    (inc,) = ws.incidents()
    assert (inc.date, inc.date_reported) == ("2025-10-06", True)
    ws.close()
    cli = subprocess.run([sys.executable, "-m", "tui", "--db", str(path), "incidents", "list"], capture_output=True, text=True)
    assert cli.returncode == 0 and "~2025-10-06" in cli.stdout, cli.stdout

    app = BlufApp(db=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        row = next(line for line in screen_lines(app) if "Drones in Estonian" in line)
        assert "~2025-10-06" in row, row
        await pilot.press("I")
        await settle(app, pilot)
        row = next(line for line in screen_lines(app) if "Drones in Estonian" in line)
        assert "~2025-10-06" in row, row
