"""Keys that arrive together (a fast typist, a paste sent as keys, tmux send-keys) act in
the order they were typed in every one-line input: a backspace, end or enter in the burst
acts before the characters behind it, so none of them is lost and enter saves what was
typed. The keys are posted to the app all at once, as the terminal driver does with one
read of the terminal; ``pilot.press`` would wait for each key to be handled."""

from __future__ import annotations

import pytest
from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input

from tui.app import BlufApp

from .helpers import screen_lines, settle
from .test_inputs import INPUTS, TYPED

# Every one-line input of tests/tui/test_inputs.py, and the incident's place and date.
BURST_INPUTS = {**INPUTS, "incident_place": ["I", "p"], "incident_date": ["I", "d"]}

NAMED = {"backspace": "\x7f", "enter": "\r", "end": None, "home": None, "left": None, "right": None, "ctrl+o": "\x0f"}


def burst(app, *keys) -> None:
    """Post ``keys`` (names from NAMED, single characters, or a Paste event) to the app
    without waiting."""
    for key in keys:
        if isinstance(key, events.Paste):
            app.post_message(key)
        elif key in NAMED:
            app.post_message(events.Key(key, NAMED[key]))
        else:
            app.post_message(events.Key(_character_to_key(key), key))


async def _press(app, pilot, keys: list[str]) -> None:
    await settle(app, pilot)
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)


async def _open(app, pilot, keys: list[str]) -> Input:
    await _press(app, pilot, keys)
    inp = app.focused
    assert isinstance(inp, Input), f"the keys {keys} did not open an input"
    return inp


@pytest.mark.parametrize("name", list(BURST_INPUTS))
async def test_backspaces_in_a_burst_act_before_the_letters_behind_them(ws_path, name):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        inp = await _open(app, pilot, BURST_INPUTS[name])
        burst(app, "end", *["backspace"] * (len(inp.value) + 2), *TYPED)
        await settle(app, pilot)
        assert inp.value == TYPED, f"{name}: {inp.value!r}"


async def test_a_selected_title_replaced_after_two_backspaces_keeps_every_letter(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["I"])
        inc = app.screen._current()
        inp = await _open(app, pilot, ["r"])
        assert inp.selected_text == inc.title  # typing replaces the title shown
        burst(app, "backspace", "backspace", *"Sev", "enter")
        await settle(app, pilot)
        assert app.workspace.incident(inc.id).title == "Sev"


async def test_end_backspaces_a_new_name_and_enter_in_one_burst_save_the_new_name(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["A"])
        aid = app.screen._current()
        inp = await _open(app, pilot, ["r"])
        burst(app, "end", *["backspace"] * (len(inp.value) + 10), *"Vantor Relief Council", "enter")
        await settle(app, pilot)
        assert app.workspace.actor(aid).name == "Vantor Relief Council"


async def test_a_burst_into_the_source_form_saves_what_was_typed(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        inp = await _open(app, pilot, ["m"])
        key = (inp.id or "").removeprefix("f-")
        burst(app, "end", *["backspace"] * (len(inp.value) + 3), *"Qelmar Wire", "left", "backspace", "ctrl+o")
        await settle(app, pilot)
        assert getattr(app.workspace.sources()[0], key) == "Qelmar Wie"


async def test_a_key_typed_after_enter_in_the_same_burst_reaches_the_screen_behind(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["I"])
        timeline, inc = app.screen, app.screen._current()
        await _open(app, pilot, ["r"])
        burst(app, "backspace", *"Harbour standoff", "enter", "r")  # r: rename it again
        await settle(app, pilot)
        assert app.workspace.incident(inc.id).title == "Harbour standoff"
        assert isinstance(app.focused, Input) and app.screen is not timeline, "r did not open the title prompt again"
        assert app.focused.value == "Harbour standoff"


async def test_keys_typed_after_a_refused_enter_go_on_into_the_prompt_kept_open(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["A"])
        aid = app.screen._current()
        inp = await _open(app, pilot, ["k"])
        kind = "group" if app.workspace.actor(aid).kind == "person" else "person"
        assert app.workspace.actor_kind_problem("zqx"), "the test needs a kind that is refused"
        burst(app, "end", *["backspace"] * (len(inp.value) + 2), *"zqx", "enter",
              "backspace", "backspace", "backspace", *kind, "enter")
        await settle(app, pilot)
        assert app.workspace.actor(aid).kind == kind
        assert not isinstance(app.focused, Input), "the prompt is still open"


async def test_backspaces_in_a_burst_act_in_turn_in_the_text_editor(ws_path):
    from textual.widgets import TextArea

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["b", "e"])  # the brief's bottom line
        area = app.focused
        assert isinstance(area, TextArea), "b e did not open the text editor"
        if not area.text.strip():
            area.insert("Officials in Varnholt said talks would resume.")
            await settle(app, pilot)
        row, col = area.cursor_location
        lines = area.text.split("\n")
        assert len(lines[row]) >= col + 3
        burst(app, "right", "right", "right", "backspace", *"zq")
        await settle(app, pilot)
        lines[row] = lines[row][: col + 2] + "zq" + lines[row][col + 3 :]
        assert area.text == "\n".join(lines)


async def test_a_paste_right_after_backspaces_is_saved_whole(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["I"])
        inc = app.screen._current()
        await _open(app, pilot, ["r"])
        burst(app, "backspace", "backspace", events.Paste("Port clashes, Zindar"), "enter")
        await settle(app, pilot)
        assert app.workspace.incident(inc.id).title == "Port clashes, Zindar"


async def test_keys_after_enter_in_the_library_filter_act_on_the_list_found(ws_path):
    # / then a few letters then enter then m in one burst: m went into the filter.
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lib = app.screen
        burst(app, "/", *"moscow times", "enter", "m")
        await settle(app, pilot)
        assert lib.query_one("#filter", Input).value == "moscow times"
        assert lib.query_one("#sources").row_count == 1
        assert app.screen is not lib and isinstance(app.focused, Input), "m did not open the metadata form"
        assert "Moscow Times" in "\n".join(screen_lines(app))


async def test_keys_after_enter_in_the_metadata_form_reach_the_library(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        inp = await _open(app, pilot, ["m"])
        key = (inp.id or "").removeprefix("f-")
        burst(app, "end", *["backspace"] * (len(inp.value) + 3), *"Qelmar Wire", "enter", "/", *"qelmar")
        await settle(app, pilot)
        assert getattr(app.workspace.sources()[0], key) == "Qelmar Wire"
        assert app.focused.id == "filter" and app.focused.value == "qelmar"  # / and the letters reached the library


async def test_keys_after_enter_in_the_picker_reach_the_screen_behind(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["A"])
        actors = app.screen
        aid = actors._current()
        await _open(app, pilot, ["m"])
        burst(app, *"kallas", "enter", "r")  # r: rename the actor merged into
        await settle(app, pilot)
        assert app.workspace.canonical_actor_id(aid) == "kaja-kallas"
        assert app.screen is not actors and isinstance(app.focused, Input), "r did not open the rename prompt"
        assert "New name for" in "\n".join(screen_lines(app))


async def test_keys_after_enter_in_the_brief_form_reach_the_brief(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["b"])
        brief = app.screen
        inp = await _open(app, pilot, ["t"])
        burst(app, "end", *["backspace"] * (len(inp.value) + 3), *"Harbour week", "enter", "t")  # t: the form again
        await settle(app, pilot)
        assert app.workspace.brief_text().get("title") == "Harbour week"
        assert app.screen is not brief and isinstance(app.focused, Input), "t did not open the form again"
        assert app.focused.value == "Harbour week"


async def test_keys_typed_with_L_in_the_reader_act_in_the_library_in_order(ws_path):
    """In the reader, L End X typed at once: End moves to the last source of the library and
    X asks about that source, not about the one that was open."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["down", "enter"])  # the reader, on the second source
        opened = app.screen.source_id
        last = app.workspace.sources()[-1]
        assert last.id != opened
        burst(app, "L", "end", "X")
        await settle(app, pilot)
        question = next(line for line in screen_lines(app) if "Remove " in line)
        assert f"Remove {last.label}" in question, question


@pytest.mark.parametrize("key", ["I", "A"])
async def test_keys_typed_with_a_key_that_opens_a_screen_reach_that_screen(ws_path, key):
    """From the library, a screen's key and End typed at once: End reaches the new screen's
    list (its last row), not the screen while it mounts."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        burst(app, key, "end")
        await settle(app, pilot)
        table = app.screen.query_one("#table")
        assert table.row_count > 1
        assert table.cursor_row == table.row_count - 1, (key, table.cursor_row, table.row_count)


async def test_keys_typed_before_the_library_lists_are_there_reach_them_in_order(ws_path):
    """/ and a filter typed as bluf starts, before the library has mounted its lists: the
    letters go into the filter, none lost."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "/", *"moscow")
        await settle(app, pilot)
        assert app.screen.query_one("#filter", Input).value == "moscow"


async def test_keys_typed_right_behind_enter_on_a_source_reach_the_reader(ws_path):
    """In the library, enter End X typed at once on the first source: the reader opens on that
    source and End and X reach the reader; the library is not asked to remove its last source."""
    from tui.screens.reader import ReaderScreen

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        table = app.focused
        first = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        burst(app, "enter", "end", "X")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen), type(app.screen).__name__
        assert app.screen.source_id == first, "the reader opened another source than the one under the cursor"
        assert not any("Remove " in line for line in screen_lines(app)), "X asked the library to remove a source"


async def test_keys_typed_behind_enter_and_escape_act_on_the_library_row_meant(ws_path):
    """enter escape End X at once: the reader opens on the first source and closes, End moves
    the library to its last source, and X asks to remove that one."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        last = app.workspace.sources()[-1]
        burst(app, "enter", "escape", "end", "X")
        await settle(app, pilot)
        question = next((line for line in screen_lines(app) if "Remove " in line), "")
        assert f"Remove {last.label}" in question, "\n".join(screen_lines(app))


@pytest.mark.parametrize("start", [["tab"], ["I"]], ids=["library incidents", "incidents timeline"])
async def test_keys_typed_right_behind_enter_on_an_incident_reach_the_screen_it_opens(ws_path, start):
    """enter End typed at once on an incident (the library's incidents list opens the
    timeline, the timeline opens the reader on its first source): End reaches the new screen,
    not the list, whose cursor stays on the row that enter opened."""
    from tui.screens.incidents import IncidentsScreen
    from tui.screens.reader import ReaderScreen

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, start)
        listing, table = app.screen, app.focused
        assert table.row_count > 1
        row = table.cursor_row
        burst(app, "enter", "end")
        await settle(app, pilot)
        assert app.screen is not listing, "enter opened nothing"
        assert table.cursor_row == row, "End moved the list enter had left"
        if start == ["tab"]:
            assert isinstance(app.screen, IncidentsScreen)
            new = app.screen.query_one("#table")
            assert new.cursor_row == new.row_count - 1, (new.cursor_row, new.row_count)
        else:
            assert isinstance(app.screen, ReaderScreen)


async def test_keys_typed_behind_an_enter_that_opens_nothing_reach_the_list(ws_path):
    """In the actors list enter opens no screen: End and m typed right behind it still reach
    the list, in order (m asks to merge the last actor, the one End moved to)."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press(app, pilot, ["A"])
        actors, table = app.screen, app.focused
        assert table.row_count > 1
        last = table.coordinate_to_cell_key((table.row_count - 1, 0)).row_key.value
        burst(app, "enter", "end", "m")
        await settle(app, pilot)
        assert table.cursor_row == table.row_count - 1
        assert app.screen is not actors, "m did not open the merge picker"
        assert f"Merge {app.workspace.actor_name(last)} into" in "\n".join(screen_lines(app))
