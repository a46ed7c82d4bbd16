"""Key remaps from config.toml: one onto a key another action uses is refused and
reported at start naming both actions; `?` lists exactly the keys that run each action.
Pilot at 80x24 with real keys."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from textual.binding import Binding
from textual.widgets import Static

from tui.app import BlufApp
from tui.config import UIConfig
from tui.screens.help import HelpScreen

from .helpers import settle, widget_text

README = Path(__file__).resolve().parents[2] / "README.md"


async def _reader(app, pilot):
    await settle(app, pilot)
    await pilot.press("down", "enter")  # the second source: its first quotes have speakers
    await settle(app, pilot)
    return app.screen


def _messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def _help_keys(app, pilot) -> dict[str, str]:
    """binding id -> the keys `?` shows for it."""
    await pilot.press("question_mark")
    await settle(app, pilot)
    assert isinstance(app.screen, HelpScreen)
    text = widget_text(app.screen.query_one(Static))
    await pilot.press("escape")
    return {m.group(2): m.group(1).strip() for m in re.finditer(r"^(\S.*?) {2,}.*\[([\w.]+)\] *$", text, re.M)}


async def test_the_old_readme_remap_onto_neutral_is_refused_and_reported(ws_path):
    app = BlufApp(db=ws_path, ui=UIConfig(keymap={"reader.next_quote": "n"}))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot)
        said = [m for m in _messages(app) if "reader.next_quote" in m]
        assert len(said) == 1 and "reader.tag.neutral" in said[0] and "refused" in said[0]
        keys = await _help_keys(app, pilot)
        assert keys["reader.next_quote"] == "]" and keys["reader.tag.neutral"] == "n"
        await pilot.press("right_square_bracket", "right_square_bracket")  # ] still moves
        assert reader.focus_index == 1
        await pilot.press("n")  # and n still tags neutral
        assert [s.label for s in app.workspace.stances()] == ["neutral"]


async def test_a_remap_onto_a_free_key_moves_the_action_and_help_shows_only_it(ws_path):
    app = BlufApp(db=ws_path, ui=UIConfig(keymap={"reader.next_quote": "z"}))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot)
        assert not [m for m in _messages(app) if "[keys]" in m]
        assert (await _help_keys(app, pilot))["reader.next_quote"] == "z"
        await pilot.press("right_square_bracket")  # no longer bound
        assert reader.focus_index is None
        await pilot.press("z", "z")
        assert reader.focus_index == 1


async def test_two_actions_can_swap_keys(ws_path):
    app = BlufApp(db=ws_path, ui=UIConfig(keymap={"reader.next_quote": "n", "reader.tag.neutral": "z"}))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot)
        assert not [m for m in _messages(app) if "[keys]" in m]
        keys = await _help_keys(app, pilot)
        assert (keys["reader.next_quote"], keys["reader.tag.neutral"]) == ("n", "z")
        await pilot.press("n", "n", "z")
        assert reader.focus_index == 1 and [s.label for s in app.workspace.stances()] == ["neutral"]


async def test_a_remap_of_an_app_key_onto_a_reader_key_is_refused(ws_path):
    app = BlufApp(db=ws_path, ui=UIConfig(keymap={"app.quit": "e", "nothing.here": "w"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await _reader(app, pilot)
        said = _messages(app)
        assert any("app.quit" in m and "reader.speaker" in m for m in said)
        assert any("nothing.here" in m and "ignored" in m for m in said)
        assert (await _help_keys(app, pilot))["app.quit"].endswith("q")


async def test_the_readme_example_is_accepted_as_written(ws_path):
    block = next(b for b in re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S) if "[keys]" in b)
    keymap = tomllib.loads(block)["keys"]
    assert keymap
    app = BlufApp(db=ws_path, ui=UIConfig(keymap=dict(keymap)))
    async with app.run_test(size=(80, 24)) as pilot:
        await _reader(app, pilot)
        assert app.key_problems == [] and not [m for m in _messages(app) if "[keys]" in m]
        keys = await _help_keys(app, pilot)
        for binding_id, key in keymap.items():
            assert app.get_key_display(Binding(key, "x")) in keys[binding_id].split(", ")


def test_no_two_default_actions_share_a_key_on_any_screen():
    from tui.keys import app_scopes
    from tui.screens.reader import keys_of, reader_class

    specs = (("hawkish", "h"), ("cautious", "c"), ("neutral", "n"), ("threatening", "t"), ("denial", "d"))
    for scope in app_scopes(BlufApp, reader_class(specs, frozenset(keys_of(BlufApp.BINDINGS)))):
        actions: dict[str, set] = {}
        for b in scope.bindings:
            actions.setdefault(b.key, set()).add(b.action)
        assert {k: a for k, a in actions.items() if len(a) > 1} == {}, scope.name
