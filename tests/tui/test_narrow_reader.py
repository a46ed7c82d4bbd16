"""The reader on a narrow terminal (nu20 defect 1: at 40 columns the actor panel kept 28 of
them and the text, 8 columns wide, split its words: "passenge / r"). Below
tui.screens.reader.PANEL_HIDDEN_BELOW columns the panel hides, the text takes the width and
wraps between words; ``p`` still shows the panel, and at 80 columns it is back. Pilot: the
analyst opens the reader at 80x24 and resizes the terminal to 40x24."""

from __future__ import annotations

from annotate import open_workspace
from tui.app import BlufApp
from tui.widgets.actor_panel import ActorPanel

from .helpers import open_reader, screen_lines, settle, workspace_of

TEXT = ("Ferry sinks off Varno\n\n"
        "A passenger ferry operated by Lantic Lines sank near the port of Varno on Sunday, the coastguard said.\n\n"
        "“We recovered twelve survivors from the water before nightfall,” said Captain Miro Halden, "
        "a coastguard spokesman.\n\n"
        "Investigators from the maritime authority are expected to arrive on Monday.\n")


def _words(text: str) -> set[str]:
    return {w.strip("“”,.") for w in text.split()} - {""}


async def test_at_40_columns_the_panel_hides_and_the_text_wraps_between_words(tmp_path):
    db = workspace_of(tmp_path, "ferry.txt", TEXT)
    ws = open_workspace(db, seed=False)
    ws.analyze()
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot)
        panel = reader.query_one(ActorPanel)
        assert panel.display and panel.region.width >= 28
        await pilot.resize_terminal(40, 24)
        await settle(app, pilot)
        assert panel.region.width == 0, "the actor panel still takes columns at 40 wide"
        lines = screen_lines(app)
        shown = _words(" ".join(lines[1:-2]))
        # every word of the article is on screen whole: no word is cut across two rows
        for para in TEXT.split("\n\n")[1:]:
            for word in _words(para):
                assert word in shown, (word, lines)
        assert any(len(ln.rstrip()) > 30 for ln in lines[1:-2]), lines  # the text takes the width
        await pilot.press("p")  # the analyst can still ask for the panel
        await settle(app, pilot)
        assert panel.region.width >= 20 and "Miro Halden" in "\n".join(screen_lines(app))
        await pilot.press("p")
        await settle(app, pilot)
        assert panel.region.width == 0
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        assert panel.region.width >= 28, "the panel is back on a wide terminal"
