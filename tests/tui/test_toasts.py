"""Toasts show text literally: markup in a quote is text, never a crash or a live action,
and no control character from a stored field reaches the terminal."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets._toast import Toast

from annotate.ingest import make_source
from annotate.store import Store
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import open_reader, screen_lines, settle, widget_text

TUI = Path(__file__).resolve().parents[2] / "tui"
QUOTE = "[@click=app.quit]Go[/] [link=file:///etc]now[/link]"
TEXT = f"The minister spoke on Tuesday.\n\n“{QUOTE},” said Jan Kowalski, the defence minister of Poland.\n"


def _toasts(app) -> str:
    return "\n".join(widget_text(t) for t in app.screen.query(Toast))


async def _copy(app, pilot) -> None:
    await pilot.press("y")
    for _ in range(10):  # the toast rack mounts and lays out its toasts after a refresh or two
        await pilot.pause()
        if len(_toasts(app).split()) > 2:
            return


async def test_copying_a_quote_full_of_markup_shows_it_literally(tmp_path):
    db = tmp_path / "m.json"
    ws = open_workspace(db, seed=False)
    ws.add_sources([make_source(TEXT, "markup.txt")])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        reader = await open_reader(app, pilot)
        await pilot.press("right_square_bracket")
        assert reader.focus_index == 0, "the test text should have one quote"
        await _copy(app, pilot)
        assert app.is_running and app.return_code is None  # no MarkupError, no app.quit
        shown = " ".join(_toasts(app).split())
        assert "[@click=app.quit]Go[/] [link=file:///etc]now[/link]" in shown, shown
        # A click on the toast's text runs nothing (a toast click only dismisses it).
        toast = app.screen.query(Toast).first()
        await pilot.click(toast)
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_stored_escapes_never_reach_the_reader_title_status_or_toasts(tmp_path):
    """A workspace written before fields were cleaned: its escapes show as text."""
    db = tmp_path / "m.json"
    ws = open_workspace(db, seed=False)
    ws.add_sources([make_source(TEXT, "markup.txt")])
    ws.analyze()
    sid = ws.sources()[0].id
    aid = ws.quotes(sid)[0].actor_id
    ws.close()
    assert aid
    s = Store(db)
    s.append([("i", "actor_edits", {"op": "rename", "actor_id": aid, "name": "Min\x1b]0;pwned\x07ister\x1b[2J",
                                    "annotator": "old", "created_at": "2025-01-01T00:00:00.000+00:00"}, None)])
    doc_id = next(i for i, d in s.docs("sources").items() if d["id"] == sid)
    s.append([("u", "sources", {"title": "Title\x1b]0;pwned\x07", "outlet": "\x9b2JOutlet"}, doc_id)])
    s.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        title = widget_text(app.screen.query_one("#title"))
        status = widget_text(app.screen.query_one("#status"))
        assert "Title\\x1b]0;pwned\\x07 · \\x9b2JOutlet" in title and "Min\\x1b]0;pwned" in status, (title, status)
        assert not set("\x1b\x07\x9b") & set(title + status)
        await pilot.press("h")  # the toast names the actor tagged
        await pilot.pause()
        said = [n for n in app._notifications if n.message.startswith("Saved:")]
        assert [n.message for n in said] == ["Saved: Min\\x1b]0;pwned\\x07ister\\x1b[2J hawkish"]
        assert not said[0].markup


def test_no_notification_bypasses_the_literal_toast():
    """Every toast in tui/ goes through BlufApp.notify (Widget.notify calls it): nothing
    builds a Notification or a Notify message itself, or asks for markup."""
    bad = []
    for path in TUI.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bNotification\(|\bNotify\(|_notifications|ToastRack|\bToast\(", line):
                bad.append(f"{path.relative_to(TUI)}:{n}: {line.strip()}")
            if re.search(r"\.notify\(", line) and "markup=True" in line:
                bad.append(f"{path.relative_to(TUI)}:{n}: {line.strip()}")
    assert bad == []
    # And the one helper they go through turns markup off whatever a caller asks.
    app = BlufApp()
    sent = []
    app.post_message = lambda m: sent.append(m) or True
    app.notify("[b]x[/b] \x1b[2J", markup=True)
    assert sent[0].notification.markup is False
    assert sent[0].notification.message == "[b]x[/b] \\x1b[2J"


async def test_the_export_key_on_a_full_disk_says_so_and_leaves_the_previous_brief(ws_path, tmp_path):
    import os
    import subprocess

    import pytest

    if os.getuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], check=True)
    try:
        brief = disk / "brief.md"
        brief.write_bytes(b"previous brief\n")
        with open(disk / "filler", "wb", buffering=0) as f:  # fill the disk
            try:
                while True:
                    f.write(b"x" * 512)
            except OSError:
                pass
        app = BlufApp(db=ws_path, brief_path=brief)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            await pilot.press("E")
            await pilot.pause()
            said = [n.message for n in app._notifications]
        assert any(m.startswith(f"Brief not written: {brief}: not written (no space left") for m in said), said
        assert brief.read_bytes() == b"previous brief\n"
        assert sorted(x.name for x in disk.iterdir()) == ["brief.md", "filler"]
        ws = open_workspace(ws_path, seed=False)
        try:
            assert ws.last_export() is None  # not remembered as made
        finally:
            ws.close()
    finally:
        subprocess.run(["umount", str(disk)], check=True)


async def test_a_typed_brief_filter_is_shown_literally(ws_path):
    """An actor typed into the brief's filters is text in its title line, not markup."""
    from annotate.brief import BriefFilter
    from tui.screens.brief import BriefScreen

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BriefScreen)
        app.brief_filter = BriefFilter(actors=("[link=file:///etc", "[@click=app.quit]x[/]"))
        screen.refresh_stances()
        await pilot.pause()
        assert app.is_running and app.return_code is None
        title = widget_text(screen.query_one("#title"))
        assert "[link=file:///etc, [@click=app.quit]x[/]" in title, title


async def _three_toasts(app, pilot) -> list:
    """What a new user did at 80x24: copy two quotes (y) while a warning is up."""
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    app.notify("the workspace file is read-only (another analyst holds the lock): tags are not saved until it is released",
               severity="warning", timeout=10)
    for _ in range(2):
        await pilot.press("right_square_bracket", "y")
    for _ in range(10):
        await pilot.pause()
    return list(app.screen.query(Toast))


async def test_toasts_are_compact_at_80x24_and_leave_the_article_readable(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        toasts = await _three_toasts(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert len(toasts) == 2  # the oldest copy notice left; the warning stays
        assert {t._notification.severity for t in toasts} == {"information", "warning"}
        rows = {y for t in toasts for y in range(t.region.y, t.region.bottom)}
        assert all(t.region.width <= 40 for t in toasts) and len(rows) <= 8, [t.region for t in toasts]
        assert max(rows) < 24 - 2  # the status line and the footer stay in sight
        assert all(t.region.x >= 36 for t in toasts)  # the article's left part is never covered
        assert max(t._notification.timeout for t in toasts) <= 6


async def test_toasts_keep_their_room_on_a_large_terminal(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(140, 45), notifications=True) as pilot:
        toasts = await _three_toasts(app, pilot)
        assert len(toasts) == 3 and max(t.region.width for t in toasts) > 40
        assert max(t._notification.timeout for t in toasts) == 10


async def test_a_toast_reaches_the_right_edge_so_no_text_under_it_shows_beside_it(ws_path):
    """New-user session: "Redone: rejected suggestion denial )": the toast rack's scrollbar
    gutter was see-through, and a ")" of the text under it showed at the toast's right."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        app.notify("Redone: rejected suggestion denial", timeout=30)
        for _ in range(10):
            await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert toast.region.right == 80, toast.region
        row = screen_lines(app)[toast.region.y]
        assert row.rstrip().endswith("Redone: rejected suggestion denial"), repr(row)
