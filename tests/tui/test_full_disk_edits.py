"""Every edit made from a dialog or a key on a full disk is one line on screen and the
session goes on: a picker's speaker, not-a-quote, a rejection, an actor's new name."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess

import pytest

from tui.app import BlufApp

from .helpers import open_reader, settle


@pytest.fixture
def full_disk_ws(ws_path, tmp_path):
    """The analysed seed workspace on a real tmpfs that is then filled to the last byte."""
    if os.getuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    size = sum(f.stat().st_size for f in ws_path.parent.rglob("*") if f.is_file())
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size + (4 << 20)}", "tmpfs", str(disk)], check=True)
    try:
        shutil.copytree(ws_path.parent, disk / "ws")
        yield disk / "ws" / "ws.json", disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def _fill(disk) -> None:
    with open(disk / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"x" * 4096)
        except OSError:
            pass
        try:
            while True:
                f.write(b"x")
        except OSError:
            pass


def _errors(app) -> list[str]:
    """Every error toast shown so far (at 80x24 at most two stay up at once)."""
    return app.errors_shown


def _recording(app: BlufApp) -> BlufApp:
    app.errors_shown, app.shown = [], []
    notify = app.notify

    def recorded(message, **kw):
        app.shown.append(message)
        if kw.get("severity") == "error":
            app.errors_shown.append(message)
        return notify(message, **kw)

    app.notify = recorded
    return app


async def test_edits_on_a_full_disk_are_one_line_and_the_session_goes_on(full_disk_ws):
    path, disk = full_disk_ws
    app = _recording(BlufApp(db=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        reader = app.screen
        before = len(reader.quotes)
        _fill(disk)

        # A speaker chosen in the picker (a dialog's callback).
        await pilot.press("e", *"Merz", "enter")
        await settle(app, pilot)
        assert app.is_running and app.screen is reader
        assert any("full" in m for m in _errors(app)), _errors(app)

        # Not a quote (a key's action).
        n = len(_errors(app))
        await pilot.press("X")
        await settle(app, pilot)
        assert app.is_running and app.screen is reader
        assert len(_errors(app)) > n and "full" in _errors(app)[-1], _errors(app)
        assert len(reader.quotes) == before  # nothing changed on screen that is not on disk

        # An actor's new name (a prompt's callback on another screen).
        n = len(_errors(app))
        await pilot.press("escape", "A")
        await settle(app, pilot)
        await pilot.press("r", "ctrl+a", *"Someone", "enter")
        await settle(app, pilot)
        assert app.is_running
        assert len(_errors(app)) > n and "full" in _errors(app)[-1], _errors(app)
    assert all("\n" not in m for m in _errors(app))


@pytest.fixture
def inode_full_ws(ws_path, tmp_path):
    """The analysed seed workspace carried as a one-file copy (no journal yet, as `bluf
    export --format workspace` makes it) onto a real tmpfs whose inodes then run out: the
    first tag has to create the journal, which the full disk refuses (ENOSPC)."""
    if os.getuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m,nr_inodes=400", "tmpfs", str(disk)], check=True)
    try:
        shutil.copytree(ws_path.parent, disk / "ws")
        (disk / "ws" / "ws.json.journal").unlink(missing_ok=True)
        yield disk / "ws" / "ws.json", disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


def _fill_inodes(disk) -> list:
    made = []
    (disk / "fill").mkdir()
    try:
        while True:
            p = disk / "fill" / str(len(made))
            p.touch()
            made.append(p)
    except OSError as err:
        assert err.errno == errno.ENOSPC
    return made


async def test_a_tag_whose_journal_cannot_be_created_says_not_saved_and_saves_once_space_is_back(inode_full_ws):
    path, disk = inode_full_ws
    app = _recording(BlufApp(db=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")
        await settle(app, pilot)
        reader = app.screen
        made = _fill_inodes(disk)
        for key in ("h", "c"):  # every press says it, not only the first
            n = len(_errors(app))
            await pilot.press(key)
            await settle(app, pilot)
            assert app.is_running and app.screen is reader
            assert len(_errors(app)) == n + 1 and "not saved" in _errors(app)[-1] and "full" in _errors(app)[-1], _errors(app)
        assert app.workspace.stances() == []
        for p in made:  # space comes back
            p.unlink()
        await pilot.press("h")
        await settle(app, pilot)
        assert [st.label for st in app.workspace.stances()] == ["hawkish"]
    from annotate.store import Store

    assert [d.get("label") for d in Store(path, readonly=True).all("stances")] == ["hawkish"]  # on disk


async def test_two_analysts_on_a_full_disk_every_tag_key_is_saved_or_says_not_saved(full_disk_ws):
    """The reader and another analyst's session on one workspace while the disk fills and
    space comes back: each h or c press of the reader either is saved (in the file) or shows
    "not saved"; none is dropped silently, and saving works again afterwards."""
    from annotate.workspace import open_workspace

    path, disk = full_disk_ws
    app = _recording(BlufApp(db=path))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot)
        other = open_workspace(path, annotator="ben")
        other.analyze()
        src = other.sources()[1]

        def mine() -> int:
            return sum(1 for d in app.workspace.store.docs("stances").values() if d.get("annotator") == "tester")

        async def press_on_a_quote(key: str) -> str:
            for _ in range(10):  # a quote with a speaker (else a picker asks who)
                await pilot.press("right_square_bracket")
                await settle(app, pilot)
                if reader.quotes[reader.focus_index].actor_id:
                    break
            n, saved, said = len(_errors(app)), mine(), len(app.shown)
            await pilot.press(key)
            await settle(app, pilot)
            assert app.is_running and app.screen is reader
            if mine() > saved:
                return "saved"
            if any("nothing changed" in m for m in app.shown[said:]):
                return "in force already"  # said too: that tag is saved already
            assert len(_errors(app)) == n + 1 and "not saved" in _errors(app)[-1], (key, app.shown[said:])
            return "not saved"

        outcomes = []
        _fill(disk)
        for k in range(12):
            try:  # the other analyst keeps trying too
                other.tag(src.id, k % 5, ("hawkish", "cautious")[k % 2])
            except Exception:  # noqa: BLE001 - a full disk or a tag in force: either is fine here
                pass
            outcomes.append(await press_on_a_quote(("h", "c")[k % 2]))
        assert "not saved" in outcomes, outcomes
        (disk / "filler").unlink()
        after = [await press_on_a_quote(key) for key in ("h", "c", "h", "c")]
        assert "not saved" not in after and "saved" in after, after
        other.close()


async def test_the_timed_compaction_on_a_full_disk_is_one_warning_and_keeps_every_tag(full_disk_ws):
    """Every few minutes the app folds a long journal into the TinyDB file. On a full disk
    that fails: the analyst is told once, in one line, and goes on; no tag is lost."""
    from annotate.workspace import open_workspace

    path, disk = full_disk_ws
    app = _recording(BlufApp(db=path))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot, row=1)
        await pilot.press("right_square_bracket", "H", "C")
        await settle(app, pilot)
        tagged = len(app.workspace.stances(reader.source_id))
        assert tagged >= 2
        _fill(disk)
        app.compact_workspace(threshold=1)  # what the timer does once the journal is long
        await settle(app, pilot)
        assert app.is_running and app.screen is reader
        said = [m for m in app.shown if m.startswith("Compaction skipped")]
        assert len(said) == 1 and "No space" in said[0] and "\n" not in said[0], app.shown
    (disk / "filler").unlink()
    other = open_workspace(path, annotator="check")
    assert len(other.stances(reader.source_id)) == tagged
    other.close()
