"""E (export the brief) never destroys a file the analyst wrote: a new user kept notes in
./brief.md, pressed E, and the notes were gone."""

from __future__ import annotations

import subprocess
import sys

from tui.app import BlufApp

from .helpers import settle


async def test_e_keeps_the_analysts_file_and_overwrites_only_bluf_s_own_last_brief(ws_path, tmp_path):
    brief = tmp_path / "brief.md"
    brief.write_text("MY NOTES\n", encoding="utf-8")
    app = BlufApp(db=ws_path, brief_path=brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("E")
        await pilot.pause()
        assert (tmp_path / "brief.md.~1~").read_text(encoding="utf-8") == "MY NOTES\n"
        assert "Bottom line" in brief.read_text(encoding="utf-8")
        assert any("kept as brief.md.~1~" in n.message for n in app._notifications)
        await pilot.press("E")  # bluf's own brief, unchanged since: replaced, no second copy
        await pilot.pause()
        assert not (tmp_path / "brief.md.~2~").exists()
        with brief.open("a", encoding="utf-8") as f:
            f.write("\nMy judgement: escalation likely.\n")  # the analyst edits the exported brief
        await pilot.press("E")
        await pilot.pause()
        assert "My judgement: escalation likely." in (tmp_path / "brief.md.~2~").read_text(encoding="utf-8")


def test_bluf_export_o_keeps_a_file_it_did_not_write(ws_path, tmp_path):
    out = tmp_path / "brief.md"
    out.write_text("notes of the morning meeting\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "export", "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "brief.md.~1~").read_text(encoding="utf-8") == "notes of the morning meeting\n"
    assert f"kept as {tmp_path / 'brief.md.~1~'}" in run.stderr
    run = subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "export", "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "kept as" not in run.stderr and not (tmp_path / "brief.md.~2~").exists()
