"""What the reader shows equals the store: after every key, the status line, the chips
and the actor panel are what a freshly opened reader on the same workspace shows."""

from __future__ import annotations

import asyncio
import json
import os

from tui.app import POLL_SECONDS, BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.actor_panel import ActorPanel
from tui.widgets.article_view import ArticleView

from .helpers import open_reader, settle, widget_text


def shown(reader: ReaderScreen) -> dict:
    """Everything the reader shows that comes from the store, as text."""
    view = reader.query_one(ArticleView)
    return {
        "status": widget_text(reader.query_one("#status")),
        "panel": widget_text(reader.query_one(ActorPanel)),
        "article": widget_text(view),
    }


async def quiet(app, pilot) -> None:
    """Settle, and when the learned model was being trained (in its own process, after every
    few tags) wait until it is done and the app's poll has shown its suggestions: what a
    reader shows a moment after the analyst stops typing."""
    await settle(app, pilot)
    ws = app.workspace
    for _ in range(1200):
        if not ws.learned_state()[1]:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the learned model's trainer ran for over a minute")
    # The app's poll (every POLL_SECONDS; later on a loaded machine) takes the new model in.
    for _ in range(int(60 / POLL_SECONDS)):
        if getattr(app, "_learned_seen", None) == ws.learned_state()[0]:
            break
        await pilot.pause(POLL_SECONDS)
    else:
        raise AssertionError("the app's poll did not take in the new learned model within a minute")
    await settle(app, pilot)


async def fresh_view(ws_path, reader: ReaderScreen) -> dict:
    """Open the same workspace in a new app, put a new reader's focus where ``reader``'s
    is, and read what it shows."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=reader.app.size) as pilot:
        await settle(app, pilot)
        app.open_reader(reader.source_id)
        await settle(app, pilot)
        other = app.screen
        assert isinstance(other, ReaderScreen)
        other.mode, other.focus_index = reader.mode, reader.focus_index
        other.entity_index, other.sentence_index = reader.entity_index, reader.sentence_index
        other.refresh_marks()
        other.query_one(ArticleView).scroll_to(y=reader.query_one(ArticleView).scroll_offset.y, animate=False)
        await settle(app, pilot)
        return shown(other)


async def test_after_every_key_the_reader_shows_what_a_fresh_reader_shows(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot, row=1)
        n = len(reader.quotes)
        assert n >= 3
        # Tag-and-jump through every quote: the last one has no untagged quote after it.
        keys = ["right_square_bracket", "H", "C", "N", "T", "D"]
        keys += ["H"] * (n + 1 - len(keys))
        # Then history steps, a rejection next to a suggestion, not-a-quote, moves.
        keys += ["u", "U", "delete", "u", "left_square_bracket", "x", "a", "u", "X", "u", "right_curly_bracket"]
        # A name and a sentence in focus, tagged and untagged.
        keys += ["greater_than_sign", "h", "right_parenthesis", "c", "u", "u", "U"]
        for i, key in enumerate(keys):
            await pilot.press(key)
            await quiet(app, pilot)
            if app.screen is not reader:  # "who holds this stance": a name without an actor
                await pilot.press("escape")
                await quiet(app, pilot)
            assert app.screen is reader
            now, fresh = shown(reader), await fresh_view(ws_path, reader)
            for part in now:
                assert now[part] == fresh[part], f"{part} after key {i} {key!r} of {keys}"


async def test_after_rename_new_quote_and_undo_in_a_long_article_the_reader_shows_what_a_fresh_reader_shows(long_ws_path):
    """The same in a workspace holding a long article (many quotes and speakers), where an
    edit re-derives only what it changes."""
    from tui.screens.actors import ActorsScreen

    from .test_screens import type_text

    app = BlufApp(db=long_ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        big = max(ws.sources(), key=lambda s: len(s.text))
        app.open_reader(big.id)
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and len(reader.quotes) >= 100
        speaker = reader.quotes[0].actor_id
        await pilot.press("right_square_bracket", "right_square_bracket")

        async def same_as_fresh(what: str) -> None:
            await settle(app, pilot)
            assert app.screen is reader
            now, fresh = shown(reader), await fresh_view(long_ws_path, reader)
            for part in now:
                assert now[part] == fresh[part], f"{part} after {what}"

        # Rename the speaker of the first quote in the actors screen, then back.
        await pilot.press("A")
        await settle(app, pilot)
        actors = app.screen
        assert isinstance(actors, ActorsScreen)
        while actors._current() != speaker:
            await pilot.press("down")
        await pilot.press("r", *["backspace"] * 60)
        await type_text(pilot, "Renamed Speaker")
        await pilot.press("enter", "escape")
        assert ws.actor_name(speaker) == "Renamed Speaker"
        await same_as_fresh("rename")
        # A new quote: the focused sentence's first words, said by a new actor.
        await pilot.press("right_parenthesis", "v", "right", "right", "Q")
        await type_text(pilot, "new source person")
        await pilot.press("enter", "enter")  # a name no actor has: enter again makes it a new actor
        assert any(q.rule == "analyst" for q in reader.quotes)
        await same_as_fresh("new quote")
        await pilot.press("u")
        await same_as_fresh("undo of the new quote")
        await pilot.press("u")
        assert ws.actor_name(speaker) != "Renamed Speaker"
        await same_as_fresh("undo of the rename")


async def test_a_new_learned_model_is_shown_in_the_open_reader_without_a_key(ws_path):
    """A training of the learned model ends in its own process while the analyst reads: the
    open reader works its suggestions out again with the new model within the app's poll,
    not at the next key press (until then it would show the old model's, or none)."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot, row=1)
        ws = app.workspace
        before = ws.learned_state()[0]
        await pilot.pause(POLL_SECONDS + 0.3)  # the poll has seen the model as it is
        assert ws.suggestions_ready(reader.source_id)
        # What the trainer process writes last when it finishes: the model's meta file.
        meta = ws.learner().meta_path
        meta.parent.mkdir(parents=True, exist_ok=True)
        meta.write_text(json.dumps({"counts": False, "n_examples": 0}), encoding="utf-8")
        os.utime(meta, ns=(meta.stat().st_atime_ns, max(meta.stat().st_mtime_ns, before + 1)))
        assert ws.learned_state()[0] != before
        assert not ws.suggestions_ready(reader.source_id)  # worked out with the old model
        await pilot.pause(POLL_SECONDS + 0.3)
        await settle(app, pilot)
        assert ws.suggestions_ready(reader.source_id)
        assert shown(reader) == await fresh_view(ws_path, reader)
