"""The picker's highlighted row is the best match of what was typed, and it is the row
enter takes: a typed word that is a whole word of a name ("air" in "Air or drone strike")
beats a name it only starts ("Airspace violation"), whatever the names' order or length;
the highlight is drawn as a cursor (bold, the cursor's colours), not the faint mark of a list
without focus. Pilot at 80x24, typing real keys in the incident type picker (t)."""

from __future__ import annotations

from textual.widgets import OptionList

from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen
from tui.widgets.picker import Choice, Picker, rank

from .helpers import open_screen, screen_strips, settle


def test_a_typed_word_that_is_a_whole_word_of_a_name_puts_it_first():
    names = [Choice("pass", "Passport fraud"), Choice("long", "Forged pass or visa at a border post"), Choice("other", "Pastoral dispute")]
    assert [c.id for c, _ in rank("pass", names)][:2] == ["long", "pass"]
    # the start of a word still finds the others, in their usual order
    assert [c.id for c, _ in rank("pas", names)][:2] == ["pass", "other"]
    # two names where it is a whole word: the one starting with it, then the shorter
    both = [Choice("a", "Naval blockade of a port"), Choice("b", "Blockade of a border crossing"), Choice("c", "Blockade")]
    assert [c.id for c, _ in rank("blockade", both)] == ["c", "b", "a"]


def test_a_function_word_typed_is_no_whole_word_match():
    names = [Choice("ship", "Seizure of a ship"), Choice("abd", "Abduction")]
    assert [c.id for c, _ in rank("a", names)][0] == "abd"  # "a" starts Abduction; the "a" of "of a ship" is chance


async def test_air_and_enter_picks_air_or_drone_strike_which_is_highlighted(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "I", IncidentsScreen)
        ws = app.workspace
        inc = next(i for i in ws.incidents() if i.kind == "airspace_violation")
        screen = app.screen
        while screen._current().id != inc.id:
            await pilot.press("down")
        await pilot.press("t")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        await pilot.press("a", "i", "r")
        await settle(app, pilot)
        ol = app.screen.query_one(OptionList)
        top = ol.get_option_at_index(ol.highlighted)
        assert top.id == "air_or_drone_strike"
        # the highlighted row is drawn bold on the cursor's background, the others are not
        row = next(s for s in screen_strips(app) if "Air or drone strike" in "".join(seg.text for seg in s))
        seg = next(seg for seg in row if "Air or drone strike" in seg.text)
        other = next(s for s in screen_strips(app) if "Armed clash" in "".join(seg.text for seg in s))
        oseg = next(seg for seg in other if "Armed clash" in seg.text)
        assert seg.style.bold and not oseg.style.bold
        assert seg.style.bgcolor != oseg.style.bgcolor
        await pilot.press("enter")
        await settle(app, pilot)
        assert ws.incident(inc.id).kind == "air_or_drone_strike"
        assert ws.incident(inc.id).title.startswith("Air or drone strike")
