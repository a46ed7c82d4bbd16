"""The merge picker (m in the actors screen) puts first the actor whose name holds every
typed word as the start of a word, in the order typed: "freedonian a" and "freedonian ar"
offer the Freedonian army above the Freedonian government (a fuzzy match of the same
letters) and above an actor found only through a loose alias, so enter merges into the
army. Pilot at 80x24, typing real keys."""

from __future__ import annotations

from textual.widgets import OptionList

from annotate import open_workspace
from tui.app import BlufApp
from tui.widgets.picker import Picker

from .helpers import settle
from .test_actor_filter import _actors


def _actors_added(ws_path) -> dict[str, str]:
    ws = open_workspace(ws_path, seed=False)
    ws.analyze()
    ids = {
        "gov": ws.create_actor("Freedonian government", kind="government", affiliation="Freedonia"),
        "other": ws.create_actor("Sylvanian government", kind="government", affiliation="Sylvania"),
        "army": ws.create_actor("Freedonian army", kind="organization", affiliation="Freedonia"),
    }
    ws.add_alias(ids["other"], "a Sylvanian foreign ministry spokesperson")
    ws.add_alias(ids["gov"], "the Freedonian administration")
    ws.close()
    return ids


async def test_the_actor_whose_name_holds_the_typed_words_in_order_comes_first_and_enter_merges_into_it(ws_path):
    ids = _actors_added(ws_path)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        first = screen._current()  # the top actor (one with quotes) is merged
        assert first
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        ol = app.screen.query_one(OptionList)
        for typed in ("freedonian a", "r"):  # "freedonian a", then "freedonian ar"
            await pilot.press(*["space" if ch == " " else ch for ch in typed])
            await settle(app, pilot)
            offered = [ol.get_option_at_index(i).id for i in range(ol.option_count)]
            assert offered[0] == ids["army"], (typed, offered)
            assert offered.index(ids["army"]) < offered.index(ids["gov"])
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.workspace.canonical_actor_id(first) == ids["army"]


def _bodies_added(ws_path) -> dict[str, str]:
    ws = open_workspace(ws_path, seed=False)
    ws.analyze()
    ids = {
        "council": ws.create_actor("Executive Bureau of the Lakeland Liberation Movement", kind="organization"),
        "movement": ws.create_actor("Lakeland Liberation Movement", kind="organization"),
        "youth": ws.create_actor("Lakeland Liberation Movement Youth Wing", kind="organization"),
    }
    ws.close()
    return ids


async def test_a_name_that_starts_with_the_typed_words_and_is_shorter_comes_first(ws_path):
    ids = _bodies_added(ws_path)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        first = screen._current()
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        ol = app.screen.query_one(OptionList)
        await pilot.press(*["space" if ch == " " else ch for ch in "lakeland liberation mo"])
        await settle(app, pilot)
        offered = [ol.get_option_at_index(i).id for i in range(ol.option_count)]
        assert offered[:3] == [ids["movement"], ids["youth"], ids["council"]], offered
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.workspace.canonical_actor_id(first) == ids["movement"]


def test_the_start_of_a_name_and_then_its_length_order_the_names_holding_the_typed_words():
    from tui.widgets.picker import Choice, rank

    names = [Choice("a", "Presidium of the Northern Farmers Union"), Choice("b", "Northern Farmers Union Congress"),
             Choice("c", "the Northern Farmers Union"), Choice("d", "Northern Fisheries Board")]
    assert [c.id for c, _ in rank("northern far", names)][:3] == ["c", "b", "a"]
    assert [c.id for c, _ in rank("farmers union", names)][:3] == ["c", "b", "a"]  # none starts with it: the shorter first
