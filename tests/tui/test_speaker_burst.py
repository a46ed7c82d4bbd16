"""Letters typed in the same burst as e (the speaker picker) go into the picker, in order,
and enter in that burst picks the actor they name: none of them acts as a reader key (o,
a note; a, accept) or is lost. Keys are posted to the app all at once, as a terminal's read
hands them over. Pilot at 80x24, invented text."""

from __future__ import annotations

from textual.widgets import Input

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.picker import Picker

from .helpers import article_workspace, settle
from .test_key_bursts import burst

TEXT = ("Harbour officials in Port Veyra met on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n\n"
        "Councillor Oren Vask disagreed with the plan.\n")


async def veyra_app(tmp_path):
    """A BlufApp on a fresh workspace of one invented article (the Port Veyra ferry: Mayor Talia Brenn's
    quote) and an actor Oren Vask the article names without a quote."""
    ws, db = article_workspace(tmp_path, TEXT, "veyra.txt", title="Port Veyra ferry")
    ws.create_actor("Oren Vask", "person")
    ws.close()
    return BlufApp(db=db)


async def test_letters_typed_with_e_in_one_burst_go_into_the_speaker_picker(tmp_path):
    app = await veyra_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        burst(app, "e", *"oren vas")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        assert isinstance(app.focused, Input) and app.focused.value == "oren vas"
        assert app.workspace.stances() == []  # no letter acted on the reader


async def test_e_letters_and_enter_in_one_burst_set_the_speaker(tmp_path):
    app = await veyra_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket")
        await settle(app, pilot)
        burst(app, "e", *"Oren Vask", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        said = [n.message for n in app._notifications]
        assert any(m.startswith("Speaker: Oren Vask") for m in said), said
        assert [app.workspace.actor_name(q.actor_id) for q in app.workspace.quotes(app.screen.source_id)] == ["Oren Vask"]
