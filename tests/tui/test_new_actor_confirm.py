"""A new actor is made only when the analyst confirms it. Tagging a quote with no speaker opens
the actor picker; a word typed by mistake (a file name) and a stray enter make no actor: the
picker stays open and says, in a visible line, that enter again makes it a new actor. Enter
again does; esc leaves nothing behind. Pilot at 80x24 on an invented article, typing real keys."""

from __future__ import annotations

from textual.widgets import Static

from annotate import open_workspace
from tui.app import BlufApp
from tui.widgets.picker import Picker

from .helpers import open_reader, settle, widget_text

ARTICLE = """Curfew declared in Orvik after night of unrest

Police in Orvik fired tear gas at crowds on Sunday as shops burned along the harbour road.

"Nobody listens to us any more, so we will stay in the streets until the vote is cancelled."

Minister Petra Lindqvist said the curfew would last until Friday.
"""


def _db(tmp_path):
    art = tmp_path / "orvik.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.analyze()
    assert [q.actor_id for q in ws.quotes(ws.sources()[0].id)] == [None], "the article needs one quote with no speaker"
    ws.close()
    return db


async def _picker_on_the_quote(app, pilot):
    reader = await open_reader(app, pilot)
    await pilot.press("right_square_bracket", "h")  # tag it: no speaker, so the picker opens
    await settle(app, pilot)
    assert isinstance(app.screen, Picker), type(app.screen).__name__
    return reader


async def _type(pilot, text):
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def test_a_stray_enter_on_a_typed_file_name_makes_no_actor(tmp_path):
    app = BlufApp(db=_db(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _picker_on_the_quote(app, pilot)
        ws = app.workspace
        before = {a.id for a in ws.list_actors()}
        await _type(pilot, "2_copy.txt")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)  # still open: nothing chosen yet
        note = widget_text(app.screen.query_one("#picker-note", Static))
        assert "enter again to make" in " ".join(note.split()) and "2_copy.txt" in note, note
        assert {a.id for a in ws.list_actors()} == before
        await pilot.press("escape")
        await settle(app, pilot)
        assert {a.id for a in ws.list_actors()} == before
        assert not ws.stances() and reader.quotes[0].actor_id is None


async def test_enter_again_makes_the_new_actor_the_speaker_and_tags_it(tmp_path):
    app = BlufApp(db=_db(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _picker_on_the_quote(app, pilot)
        ws = app.workspace
        await _type(pilot, "Orvik Harbour Committee")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        await pilot.press("enter")  # confirmed
        await settle(app, pilot)
        assert not isinstance(app.screen, Picker)
        speaker = reader.quotes[0].actor_id
        assert speaker and ws.actor_name(speaker) == "Orvik Harbour Committee"
        assert [(s.actor_id, s.label) for s in ws.stances()] == [(speaker, "hawkish")]


async def test_typing_after_the_prompt_asks_again(tmp_path):
    """The prompt is for the name it shows: changing the name takes a new confirmation."""
    app = BlufApp(db=_db(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await _picker_on_the_quote(app, pilot)
        ws = app.workspace
        before = {a.id for a in ws.list_actors()}
        await _type(pilot, "Orvik residen")
        await pilot.press("enter", "t", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        assert {a.id for a in ws.list_actors()} == before
        assert "Orvik resident" in widget_text(app.screen.query_one("#picker-note", Static))
