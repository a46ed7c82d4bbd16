"""`u` after `bluf conflicts resolve` kept the analyst's incident title (new user nu16: the
notice said "Undone: incident renamed <title>" and the title stayed): the title changes, to
the other analyst's, as the notice says; ctrl+r puts it back. Pilot at 80x24 on the seed
workspace, real keys; the other analyst and the CLI's resolution are other Workspace sessions
on the same file."""

from __future__ import annotations

from annotate import merge_conflicts, resolve_conflict
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen

from .helpers import open_screen, settle


async def test_u_after_keeping_ones_title_in_a_conflict_changes_the_title(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "I", IncidentsScreen)
        ws = app.workspace
        inc = screen._current()
        bob = open_workspace(ws_path, annotator="bob")  # bob reads the file before the rename
        bob.analyze()
        await pilot.press("r", *["backspace"] * 80, *"Mine", "enter")
        await settle(app, pilot)
        bob.rename_incident(inc.id, "Bobs")  # without having read it: a conflict
        bob.close()
        cli = open_workspace(ws_path, annotator=ws.annotator)  # `bluf conflicts resolve ID N`
        cli.analyze()
        c = next(c for c in merge_conflicts(cli) if c["kind"] == "incident title")
        resolve_conflict(cli, c["id"], next(n for n, o in enumerate(c["options"], 1) if o["value"] == "Mine"))
        cli.close()
        app.poll_workspace()
        await settle(app, pilot)
        assert next(i.title for i in ws.incidents() if i.id == inc.id) == "Mine"
        app.clear_notifications()
        await pilot.press("u")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
        assert "Undone: incident renamed Mine" in said, said
        assert next(i.title for i in ws.incidents() if i.id == inc.id) == "Bobs"  # it changed
        await pilot.press("ctrl+r")  # redo puts it back
        await settle(app, pilot)
        assert next(i.title for i in ws.incidents() if i.id == inc.id) == "Mine"
