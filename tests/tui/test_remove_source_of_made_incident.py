"""Removing a source that an analyst-made incident cites (bluf import, `bluf incidents add
--type`, then End X y in the library): the reader keeps running and starts again, the incident
leaves the incidents, the CLI and the brief until the source is back, and u brings it all back."""

from __future__ import annotations

import subprocess
import sys

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.library import LibraryScreen

from .helpers import settle

A = ("Gunmen attacked a police post in the hill town of Varnek on Sunday, killing one officer, the regional governor said.\n"
     "Troops entered the town of Varnek later that day.\n")
B = ("The port authority of Ostrel said on Monday that shipping traffic rose by a tenth last year.\n")


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


async def test_removing_the_source_of_a_made_incident_never_crashes_and_u_restores_it(tmp_path):
    (tmp_path / "varnek.txt").write_text(A, encoding="utf-8")
    (tmp_path / "ostrel.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "ws.json"
    p = bluf(db, "import", tmp_path / "varnek.txt", tmp_path / "ostrel.txt")
    assert p.returncode == 0, p.stderr
    p = bluf(db, "incidents", "add", "varnek.txt", "--match", "Troops entered the town", "--type", "armed_clash")
    assert p.returncode == 0, p.stderr
    made = p.stdout.split()[0] if p.stdout.startswith("manual-") else "manual-1"
    app = BlufApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#sources", DataTable)
        sid = next(s.id for s in app.workspace.sources() if s.name == "varnek.txt")
        assert any(made == i.id for i in app.workspace.incidents())
        table.move_cursor(row=table.get_row_index(sid))
        await pilot.press("X")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)  # still running
        assert all(sid not in i.evidence for i in app.workspace.incidents())
        assert made not in [i.id for i in app.workspace.incidents()]
    # The reader starts again, and the shell shows no trace of the removed source.
    app = BlufApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
    p = bluf(db, "incidents", "list")
    assert p.returncode == 0 and made not in p.stdout, (p.stdout, p.stderr)
    p = bluf(db, "incidents", "show", made)
    assert p.returncode == 1 and "no source" not in p.stderr, (p.stdout, p.stderr)
    out = tmp_path / "brief.md"
    p = bluf(db, "export", "-o", out)
    assert p.returncode == 0, p.stderr
    brief = out.read_text(encoding="utf-8")
    assert "Varnek" not in brief and "|  |" not in brief, brief
    # u in the reader brings the source and its incident back.
    app = BlufApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        ws = app.workspace
        assert sid in [s.id for s in ws.sources()]
        inc = next(i for i in ws.incidents() if i.id == made)
        assert list(inc.evidence) == [sid] and inc.kind == "armed_clash"
