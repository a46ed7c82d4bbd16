"""The brief screen's title and scope (issue 14, point 4): typed into the form opened with
`t`, shown in the preview, kept in the workspace, undone with `u`."""

from __future__ import annotations

from textual.widgets import Input

from tui.app import BlufApp
from tui.screens.brief import BriefScreen

from .helpers import settle


async def _type(pilot, text: str) -> None:
    for ch in text:
        await pilot.press({" ": "space", ":": "colon", ",": "comma"}.get(ch, ch))


async def test_title_and_scope_typed_in_the_brief_screen_are_kept_and_undone(ws_path, tmp_path):
    from annotate.workspace import open_workspace

    app = BlufApp(db=ws_path, brief_path=tmp_path / "b.md")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        derived = app.screen.query_one("#md").source.splitlines()[0]
        assert derived.startswith("# ") and "Airspace incidents and stances" not in derived  # the old fixed title
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.focused, Input) and app.focused.id == "f-title"
        await _type(pilot, "Baltic patrols: week 38")
        await pilot.press("tab")
        await _type(pilot, "NATO eastern flank")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        md = app.screen.query_one("#md").source
        assert md.startswith("# Baltic patrols: week 38\n") and "Scope: NATO eastern flank; " in md
        await pilot.press("E")  # the export writes the same title
        await settle(app, pilot)
        assert (tmp_path / "b.md").read_text(encoding="utf-8").startswith("# Baltic patrols: week 38\n")
        await pilot.press("u")
        await settle(app, pilot)
        assert app.screen.query_one("#md").source.splitlines()[0] == derived
        await pilot.press("U")  # redo
        await settle(app, pilot)
        assert app.screen.query_one("#md").source.startswith("# Baltic patrols: week 38\n")
    ws = open_workspace(ws_path)
    try:
        assert ws.brief_text()["title"] == "Baltic patrols: week 38" and ws.brief_text()["scope"] == "NATO eastern flank"
    finally:
        ws.close()


async def test_tab_in_the_title_form_moves_to_the_scope_even_when_keys_come_fast(ws_path):
    """Keys as a fast typist or a paste deliver them (all queued before the first is handled):
    the text after tab goes into the scope field, not onto the end of the title."""
    from textual import events
    from textual.keys import _character_to_key

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        assert app.focused.id == "f-title"
        await pilot.press("tab")
        assert app.focused.id == "f-scope"
        await pilot.press("shift+tab")
        assert app.focused.id == "f-title"
        for ch in "Red Sea shipping\tHouthi attacks, June":
            app.post_message(events.Key("tab", "\t") if ch == "\t" else events.Key(_character_to_key(ch), ch))
        await settle(app, pilot)
        values = {i.id: i.value for i in app.screen.query(Input)}
        assert values == {"f-title": "Red Sea shipping", "f-scope": "Houthi attacks, June"}, values
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        md = app.screen.query_one("#md").source
        assert md.startswith("# Red Sea shipping\n") and "Scope: Houthi attacks, June; " in md
