"""Merging actors on the actors view (m, a name, enter) keeps a known affiliation: the one
that goes gives its own when the one it joins has none; when both have different ones, the
joined one's stays and the notice says which was not kept. Pilot at 80x24 on the seed
workspace."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import screen_lines, settle


async def _merge_into_kallas(app, pilot, theirs: str, mine: str) -> str:
    """On the actors view, give Kaja Kallas the affiliation ``theirs`` and another listed
    actor ``mine``, and merge that one into her with m; returns its name."""
    await settle(app, pilot)
    await pilot.press("A")
    await settle(app, pilot)
    screen, ws = app.screen, app.workspace
    assert isinstance(screen, ActorsScreen)
    table = screen.query_one(DataTable)
    rows = [r.key.value for r in table.ordered_rows]
    top = next(a for a in rows if a != "kaja-kallas")
    ws.set_affiliation("kaja-kallas", theirs)
    ws.set_affiliation(top, mine)
    screen.refresh_stances()
    table.move_cursor(row=[r.key.value for r in table.ordered_rows].index(top))
    gone = ws.actor_name(top)
    await pilot.press("m", *"kallas", "enter")
    await settle(app, pilot)
    assert ws.canonical_actor_id(top) == "kaja-kallas"
    return gone


async def test_a_merge_into_an_actor_with_no_affiliation_keeps_the_one_that_went(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _merge_into_kallas(app, pilot, "", "Nordic Council")
        assert app.workspace.actor("kaja-kallas").affiliation == "Nordic Council"
        row = next(ln for ln in screen_lines(app) if "Kaja Kallas" in ln and "person" in ln)
        assert "Nordic Coun" in row, row  # the list shows it (cut to its column at 80 columns)


async def test_a_merge_of_two_affiliations_says_which_was_not_kept(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        gone = await _merge_into_kallas(app, pilot, "European Union", "Nordic Council")
        assert app.workspace.actor("kaja-kallas").affiliation == "European Union"
        said = [n.message for n in app._notifications]
        assert any(f"keeps its affiliation European Union; {gone}'s, Nordic Council, is not kept" in m for m in said), said
