"""Two analysts merge one actor into different actors at nearly the same time (each with the
merge picker open): the one whose merge is not in force is told so, and who is in force;
never "Merged into". Pilot on a real TinyDB file, the other analyst a second session."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.two_sessions import session, shared_file
from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import settle

TEXT = ("Dockworkers in Port Veyra stopped work on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n")


async def test_the_merge_not_in_force_says_not_merged_and_whose_is(tmp_path, monkeypatch):
    path = shared_file(tmp_path, TEXT, ("Veyra harbour police", "Oren Vask", "Dara Quell"))
    monkeypatch.setenv("BLUF_ANNOTATOR", "ana")
    app = BlufApp(db=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        screen, ws = app.screen, app.workspace
        assert isinstance(screen, ActorsScreen)
        police = ws.resolve_actor("Talia Brenn")  # the quoted one, listed
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r.key.value for r in table.ordered_rows].index(police))
        await pilot.press("m", *"oren", " ", *"vask")
        await settle(app, pilot)
        ben = session(path, "ben")  # ben merges it first, while ana's picker is open
        ben.merge_actors(police, ben.resolve_actor("Dara Quell"))
        ben.close()
        await pilot.press("enter")
        await settle(app, pilot)
        assert ws.canonical_actor_id(police) == ws.canonical_actor_id(ws.resolve_actor("Dara Quell"))
        said = [n.message for n in app._notifications]
        assert not any(m.startswith("Merged into") for m in said), said
        assert any(m.startswith("Not merged: Talia Brenn was merged into Dara Quell first") for m in said), said
        assert any("ben's “Talia Brenn into Dara Quell” is in force" in m for m in said), said
