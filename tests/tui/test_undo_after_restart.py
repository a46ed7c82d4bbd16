"""Undo survives a restart: tag in the reader, the process dies (here: the app is left
without closing its workspace), start again: `u` takes the tag out, then the speaker the
analyst set before it; another analyst's `u` in the same workspace undoes none of it. Pilot
at 80x24 and the facade, invented text."""

from __future__ import annotations

from annotate.workspace import open_workspace
from tui.app import BlufApp

from .helpers import article_workspace, open_reader, settle

TEXT = ("Harbour officials in Port Veyra met on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n\n"
        "Councillor Oren Vask disagreed with the plan.\n")


async def test_u_after_a_restart_undoes_this_analysts_last_changes_in_order(tmp_path, monkeypatch):
    ws, db = article_workspace(tmp_path, TEXT, "veyra.txt", title="Port Veyra ferry")
    ws.create_actor("Oren Vask", "person")
    sid = ws.sources()[0].id
    ws.set_speaker(sid, 0, ws.resolve_actor("Oren Vask"))  # an earlier session's edit
    ws.close()
    monkeypatch.setenv("BLUF_ANNOTATOR", "ana")
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket", "h")
        await settle(app, pilot)
        assert [(app.workspace.actor_name(s.actor_id), s.label) for s in app.workspace.stances()] == [("Oren Vask", "hawkish")]
    # No close: as after kill -9 the records are on disk and nothing else.

    ben = open_workspace(db, annotator="ben")
    ben.analyze()
    assert ben.undo() is None  # ana's changes are not ben's to undo
    ben.close()

    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        w = app.workspace
        await pilot.press("u")
        await settle(app, pilot)
        assert w.stances() == []
        await pilot.press("u")
        await settle(app, pilot)
        assert w.actor_name(w.quotes(sid)[0].actor_id) == "Talia Brenn"
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Undone: Oren Vask hawkish") for m in said), said
        assert any(m.startswith("Undone: speaker") for m in said), said
        await pilot.press("u")
        await settle(app, pilot)
        assert "Nothing to undo" in [n.message for n in app._notifications][-1]
