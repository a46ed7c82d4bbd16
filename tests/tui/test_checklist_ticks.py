"""The split dialog (incidents, s) shows whether a row is ticked in its glyphs, not only in
colour: "[ ]" unticked, "[x]" ticked, under NO_COLOR as in colour. Pilot at 80x24 on the
seed workspace: I, down to an incident reported by two sources, s, space."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.widgets.checklist import Checklist

from .helpers import screen_lines, settle


async def test_ticked_and_unticked_rows_differ_in_glyphs_under_no_color(ws_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("I")
        await settle(app, pilot)
        ws = app.workspace
        table = app.screen.query_one(DataTable)
        keys = [r.key.value for r in table.ordered_rows]
        target = next(k for k in keys if len(ws.incident(k).evidence) >= 2)
        while keys[table.cursor_row] != target:
            await pilot.press("down")
        await pilot.press("s")
        await settle(app, pilot)
        assert isinstance(app.screen, Checklist)
        names = [ws.source(sid).label for sid in ws.incident(target).evidence]

        def rows() -> list[str]:
            return [ln for ln in screen_lines(app) if any(n[:20] in ln for n in names)]

        assert len(rows()) == len(names) and all("[ ]" in r and "[x]" not in r for r in rows()), screen_lines(app)
        await pilot.press("space")  # ticks the first
        await settle(app, pilot)
        shown = rows()
        assert "[x]" in shown[0] and all("[ ]" in r for r in shown[1:]), shown
        assert not any("X" in r.split(names[i][:10])[0] for i, r in enumerate(shown))  # not Textual's "X" on every row
