"""The reader's brief (E) and `bluf export` give the same brief for the same workspace,
tone and quote counts included, after a quote is said not to be one (X). New-user session:
two briefs of one workspace differed in tone and "quotes found"; two quotes had been
removed between them. Pilot at 80x24 and the CLI as run; invented text."""

from __future__ import annotations

import re
import subprocess
import sys

from tui.app import BlufApp

from .helpers import article_workspace, open_reader, settle

TEXT = ("Talks on the Varn front\n\n"
        "“We will crush the invaders and burn every depot they hold,” General Arlo Penn said on Monday.\n\n"
        "“We warmly welcome the talks and hope for a fair peace,” Penn told reporters later.\n")


def _tone_and_count(brief: str) -> tuple[str, str]:
    tone = re.search(r"tone ([+-]\d\.\d\d|n/a)", brief)
    found = re.search(r"quotes found: (\d+)", brief)
    assert tone and found, brief
    return tone.group(1), found.group(1)


async def test_after_a_quote_is_removed_the_reader_s_brief_and_the_cli_s_agree(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "varn.txt", title="Talks on the Varn front", outlet="Example Wire")
    assert len(ws.quotes(ws.sources()[0].id)) == 2, "the test text should have two quotes"
    ws.close()
    app = BlufApp(db=db, brief_path=tmp_path / "tui-brief.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket", "h", "E")  # the source is cited: it has a tag
        await settle(app, pilot)
        before = (tmp_path / "tui-brief.md").read_text(encoding="utf-8")
        await pilot.press("right_square_bracket", "right_square_bracket", "X", "E")  # the second: not a quote
        await settle(app, pilot)
        after = (tmp_path / "tui-brief.md").read_text(encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "tui", "--db", str(db), "export", "-o", str(tmp_path / "cli-brief.md")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    cli = (tmp_path / "cli-brief.md").read_text(encoding="utf-8")
    assert _tone_and_count(before)[1] == "2" and _tone_and_count(after)[1] == "1"
    assert _tone_and_count(before)[0] != _tone_and_count(after)[0]  # the removed quote's tone is out
    assert _tone_and_count(cli) == _tone_and_count(after)
    assert cli == after
