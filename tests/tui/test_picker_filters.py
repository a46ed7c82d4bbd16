"""The pickers find an item by typing words of it, as an analyst does: a word of a source's
title, its outlet or its file name (any case, the start of a word) in the incidents screen's
link-a-source picker (l); one match and enter chooses it in the merge picker (m); enter with
nothing matching says so; tab never takes the typing away from the filter."""

from __future__ import annotations

from textual.widgets import OptionList

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen
from tui.widgets.picker import Choice, Picker, rank

from .helpers import open_screen, screen_lines, settle
from .test_incident_corrections import type_text

TEXT = ("Harbour pilots and the port authority blamed each other on Monday for the collision of two "
        "ferries at the northern quay, the coastguard said.\n")


def _add_source(ws_path) -> str:
    (ws_path.parent / "cgzette_ferry_quay.txt").write_text(TEXT, encoding="utf-8")
    ws = open_workspace(ws_path, seed=False)
    (src,) = ws.import_files([str(ws_path.parent / "cgzette_ferry_quay.txt")]).added
    ws.edit_source(src.id, title="Pilots and port authority trade blame over ferry collision", outlet="Coastal Gazette")
    ws.close()
    return src.id


async def _incidents(app, pilot):
    await open_screen(app, pilot, "I", IncidentsScreen)
    return app.workspace


def _listed(app) -> list[str]:
    ol = app.screen.query_one(OptionList)
    return [ol.get_option_at_index(i).id for i in range(ol.option_count)]


async def test_link_picker_finds_a_source_by_a_title_word_its_outlet_or_its_file_name(ws_path, tmp_path):
    import shutil

    sid = _add_source(ws_path)
    for n, typed in enumerate(("trade", "TRADE BLAME", "coastal", "gaz", "cgzette", "ferry coll")):
        db = shutil.copytree(ws_path.parent, tmp_path / f"copy{n}") / ws_path.name  # not linked yet
        app = BlufApp(db=db)
        async with app.run_test(size=(80, 24)) as pilot:
            ws = await _incidents(app, pilot)
            inc = ws.incidents()[0]
            await pilot.press("l")
            await pilot.pause()
            assert isinstance(app.screen, Picker)
            await type_text(pilot, typed)
            await pilot.pause()
            assert _listed(app)[:1] == [sid], (typed, _listed(app))
            await pilot.press("enter")
            await settle(app, pilot)
            assert sid in ws.incident(inc.id).evidence, typed


async def test_merge_picker_one_match_and_enter_merges_even_after_moving_and_tab(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        first, *others = ws.incidents()
        target = others[-1]
        word = next(w for w in target.title.split() if sum(w.lower() in i.title.lower() for i in others) == 1)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("down", "down", "tab")  # a highlight moved and a tab: the typing still filters
        await type_text(pilot, word.lower())
        await pilot.pause()
        assert _listed(app) == [target.id]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, IncidentsScreen)
        assert first.id in ws.incident(target.id).aliases or set(first.evidence) <= set(ws.incident(target.id).evidence)
        assert len(ws.incidents()) == len(others)


async def test_enter_with_nothing_matching_says_so_and_keeps_the_picker(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        n = len(ws.incidents())
        await pilot.press("m")
        await type_text(pilot, "qqzzx")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Picker) and len(ws.incidents()) == n
        assert any("Nothing matches “qqzzx”: change the filter, or esc to cancel" in line for line in screen_lines(app))
        await pilot.press(*["backspace"] * 5, "escape")
        await pilot.pause()
        assert isinstance(app.screen, IncidentsScreen)


def test_every_picker_ranks_word_starts_in_long_names_and_file_names():
    long_title = Choice("a", "Foreign ministry of the kingdom of Norland rejects the accusations", "Daily Courier")
    other = Choice("b", "Southland border guards", "Wire", names=("swire_border_report.txt",))
    assert [c.id for c, _ in rank("kingdom norl", [other, long_title])] == ["a"]
    assert [(c.id, via) for c, via in rank("swire", [long_title, other])] == [("b", "swire_border_report.txt")]
    assert [c.id for c, _ in rank("Accus", [other, long_title])] == ["a"]
    assert rank("ingdom", [long_title]) == []  # the start of a word, not any part of it
