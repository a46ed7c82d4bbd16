"""The actors list uses the width of an 80-column terminal (nu18 #19: rows 66 cells wide while
"Chinese Eastern Thea" and "★ thre" were cut): a long name and a stance are written out when
the short kinds leave room, and what is still cut ends in "…". Pilot at 80x24: A."""

from __future__ import annotations

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import screen_lines, settle, workspace_of

TEXT = ("Coup plot alarms Suva\n\n"
        "“We will not allow any plot against the state,” the Fijian government said in a statement on Monday.\n\n"
        "“The plotters will face the full force of the law,” the Fijian government said on Tuesday.\n\n"
        "“Our patrols are ready,” said Colonel Sefo Rabuka, a spokesman for the Northern Command.\n")


async def test_the_actors_list_writes_out_long_names_and_stances_at_80_columns(tmp_path):
    db = workspace_of(tmp_path, "plot.txt", TEXT)
    ws = open_workspace(db, seed=False)
    ws.analyze()
    sid = ws.sources()[0].id
    ws.rename_actor(ws.resolve_actor("Northern Command"), "Fijian Northern Theatre Command")
    ws.set_affiliation(ws.resolve_actor("Sefo Rabuka"), "Fijian Northern Theatre Command")
    for i, label in enumerate(("hawkish", "threatening", "threatening")):
        ws.tag(sid, i, label)
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorsScreen)
        lines = screen_lines(app)
        rabuka = next(ln for ln in lines if "Sefo Rabuka" in ln)
        # what still has no room is cut where it says so, never mid-word in silence
        assert "Fijian Northern Theatre Command" in rabuka or "Fijian Northern…" in rabuka, rabuka
        assert "★ threatening" in rabuka, rabuka  # the stance written out, not "★ thre"
        govt = next(ln for ln in lines if "Fijian government" in ln)
        assert "▲ hawkish" in govt and "gov't" in govt, govt
        assert len(rabuka.rstrip()) > 66, rabuka
