"""New-user session: `u` then `?` at 80x24; the "Undone: …" toast covered the top of the
help (its border and header). Over the help, toasts sit at the bottom right. Pilot at
80x24, keys as typed, the painted rows read; invented text."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tui.app import BlufApp
from tui.screens.help import HelpScreen

from .helpers import article_workspace, open_reader, screen_lines, settle

TEXT = ("Admiral Oona Vesk sent three frigates to the Harl strait on Monday.\n\n"
        "“We will keep the strait open,” Vesk told reporters.\n")


async def test_an_undo_notice_leaves_the_help_s_header_and_top_rows_readable(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "harl.txt", title="Harl strait")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket", "h")
        await settle(app, pilot)
        assert [s.label for s in app.workspace.stances()] == ["hawkish"]
        await pilot.press("u", "question_mark")  # at once: the notice lasts 3 s on a small screen
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert any(n.message.startswith("Undone") for n in app._notifications), [n.message for n in app._notifications]
        for _ in range(20):  # the toast is painted a refresh or two after the help
            await pilot.pause(0.05)
            lines = screen_lines(app)
            if any("Undone" in line for line in lines):
                break
        box = app.screen.query_one(VerticalScroll).region
        top = [line[box.x : box.right] for line in lines[box.y : box.y + 4]]
        assert top[0].startswith("╭") and top[0].endswith("╮") and set(top[0][1:-1]) == {"─"}, top
        assert top[1].strip("│ ").startswith("Keys: Reader") and top[1].endswith("│"), top
        assert not any("Undone" in line for line in lines[: box.y + 4]), lines[:5]
        assert any("Undone" in line for line in lines), "the notice is still shown, lower down"
