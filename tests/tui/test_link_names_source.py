"""`l` in the incidents view links the source the picker highlights when enter is pressed (the
first match, or the row the arrows moved to), and the toast names that source by its title and
outlet with how to undo it, so a pick the analyst did not mean is seen at once (new-user
session 15: two titles held the typed words and only "Source linked" was said). Pilot at
80x24 on invented articles."""

from __future__ import annotations

import shutil

from textual.widgets import OptionList

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen
from tui.widgets.picker import Picker

from .helpers import open_screen, settle
from .test_incident_corrections import type_text

ARTICLES = {
    "gazette.txt": ("Ferry collision at the northern quay blamed on pilots", "Coastal Gazette",
                    "Harbour pilots were blamed on Monday for the collision of two ferries at the northern quay.\n"),
    "times.txt": ("Port authority says it warned of ferry collision risk at the northern quay for years", "",
                  "The port authority said on Tuesday it had warned of a collision risk at the quay.\n"),
}


def _with_sources(ws_path) -> dict[str, str]:
    ws = open_workspace(ws_path, seed=False)
    ids = {}
    for name, (title, outlet, text) in ARTICLES.items():
        (ws_path.parent / name).write_text(text, encoding="utf-8")
        (src,) = ws.import_files([str(ws_path.parent / name)]).added
        ws.edit_source(src.id, title=title, outlet=outlet)
        ids[title] = src.id
    ws.close()
    return ids


async def test_enter_links_the_highlighted_source_and_the_toast_names_it(ws_path, tmp_path):
    ids = _with_sources(ws_path)
    for n, moves in enumerate(((), ("down",))):
        db = shutil.copytree(ws_path.parent, tmp_path / f"copy{n}") / ws_path.name
        app = BlufApp(db=db)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await open_screen(app, pilot, "I", IncidentsScreen)
            ws = app.workspace
            inc = ws.incidents()[0]
            await pilot.press("l")
            await pilot.pause()
            assert isinstance(app.screen, Picker)
            await type_text(pilot, "ferry collision")
            await pilot.pause()
            await pilot.press(*moves)
            await pilot.pause()
            ol = app.screen.query_one(OptionList)
            highlighted = ol.get_option_at_index(ol.highlighted).id
            assert highlighted in ids.values()
            await pilot.press("enter")
            await settle(app, pilot)
            linked = set(ws.incident(inc.id).evidence) & set(ids.values())
            assert linked == {highlighted}, moves
            src = ws.source(highlighted)
            said = [x.message for x in app._notifications if x.message.startswith("Linked")]
            assert said, [x.message for x in app._notifications]
            assert src.label[:20] in said[-1] and "u undoes" in said[-1], said
            if src.outlet:
                assert f"({src.outlet})" in said[-1], said
            assert len(said[-1]) <= 3 * 36, said  # fits a narrow toast (40 columns by 3 rows)
            await pilot.press("u")
            await settle(app, pilot)
            assert highlighted not in ws.incident(inc.id).evidence
