"""SVG snapshots of every screen at 80x24 and 120x40 (pytest-textual-snapshot).

The snapshots were looked at (rendered to PNG) before they were accepted; after a change
to a screen, look at the new ones before `pytest --snapshot-update`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app import BlufApp

# A fixed path: the library shows the workspace path. Every pytest process on the machine
# (xdist workers, a second checkout's run) would share it, so this module holds a lock on it
# while its tests run: otherwise one run's tags and typed text land in another's pictures.
WS_DIR = Path("/tmp/bluf-snapshots")


@pytest.fixture(scope="module", autouse=True)
def _fixed_paths_to_ourselves():
    from filelock import FileLock

    with FileLock("/tmp/bluf-snapshots.lock", timeout=600):
        yield


@pytest.fixture(scope="module")
def snapshot_ws(seeded_template):
    from annotate.workspace import open_workspace

    shutil.rmtree(WS_DIR, ignore_errors=True)
    shutil.copytree(seeded_template, WS_DIR)
    ws = open_workspace(WS_DIR / "ws.json", annotator="ana")
    ws.analyze()
    s0, s1 = ws.sources()[0], ws.sources()[1]
    ws.tag(s0.id, 3, "denial")
    ws.tag(s0.id, 5, "threatening")
    ws.tag(s1.id, 0, "hawkish")
    ws.tag(s1.id, 7, "cautious")
    ws.close()
    ws = open_workspace(WS_DIR / "ws.json", annotator="bob")
    ws.analyze()
    ws.tag(s1.id, 7, "hawkish")
    ws.close()
    yield WS_DIR / "ws.json"
    shutil.rmtree(WS_DIR, ignore_errors=True)


async def _ready(pilot):
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    # Work done after a refresh (a footer hiding the keys that do not fit once laid out)
    # takes a refresh or two more: a loaded machine must get the same picture.
    for _ in range(10):
        await pilot.pause()
        if _footers_fit(pilot.app):
            break


def _footers_fit(app) -> bool:
    """Every footer on the screen stack shows only keys that end before its palette key."""
    from tui.widgets.fitting_footer import FittingFooter

    for screen in app.screen_stack:
        for footer in screen.query(FittingFooter):
            palette = [c for c in footer.children if c.has_class("-command-palette")]
            right = palette[0].region.x if palette and palette[0].region.width else footer.region.right
            keys = [c for c in footer.children if not c.has_class("-command-palette") and c.display]
            if footer.region.width and any(not c.region.width for c in keys):
                return False  # composed, not laid out yet
            if any(c.region.width and c.region.right > right for c in keys):
                return False
    return True


def _pressing(keys):
    """Press ``keys`` one by one, letting every worker a key starts (an article's analysis
    and suggestions, a picker's list) finish before the next, so that a loaded machine
    takes the same picture as a quiet one."""

    async def run(pilot):
        await _ready(pilot)
        for key in keys:
            await pilot.press(key)
            await _ready(pilot)

    return run


SCREENS = {
    "library": [],
    "reader": ["enter", "right_square_bracket", "right_square_bracket", "right_square_bracket", "right_square_bracket"],
    "reader_selection": ["enter", "right_parenthesis", "right_parenthesis", "v", "right", "right", "right"],
    "help": ["enter", "question_mark"],
    "actors": ["A"],
    "incidents": ["I", "down"],
    "matrix": ["M"],
    "stats": ["S"],
    # One filled input: the typed text and the cursor after it (the field has a row for them).
    "metadata_typed": ["m", "end", *"Wire", "space", *"copy"],
    # The speaker picker finds an actor by another name it goes by, shown beside it.
    "speaker_picker": ["enter", "right_square_bracket", "e", *"Kremlin"],
}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_snapshot(snap_compare, snapshot_ws, screen, size):
    app = BlufApp(db=snapshot_ws, brief_path=WS_DIR / "brief.md")
    assert snap_compare(app, press=[], terminal_size=size, run_before=_pressing(SCREENS[screen] + ["_"]))


def test_reader_snapshot_in_the_16_colour_theme(snap_compare, snapshot_ws):
    from tui.config import UIConfig

    app = BlufApp(db=snapshot_ws, ui=UIConfig(theme="bluf-ansi"))
    assert snap_compare(app, press=[], terminal_size=(80, 24), run_before=_pressing(SCREENS["reader"] + ["_"]))


@pytest.fixture(scope="module")
def wide_ws(tmp_path_factory):
    """A workspace with one article of CJK, emoji with variation selectors, skin tones,
    ZWJ families, flags and keycaps."""
    from annotate.workspace import open_workspace

    d = Path("/tmp/bluf-snapshots-wide")
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir()
    ws = open_workspace(d / "ws.json", annotator="ana", seed=False)
    ws.import_files([str(Path(__file__).resolve().parents[1] / "fixtures" / "wide_characters.txt")])
    ws.analyze()
    ws.close()
    yield d / "ws.json"
    shutil.rmtree(d, ignore_errors=True)


def test_reader_with_wide_characters_after_resizes(snap_compare, wide_ws):
    """After 80x24 -> 120x40 -> 61x20 -> 100x30 -> 80x24 every row's panel border is in
    one column (emoji sequences are drawn as terminals measure them alike)."""

    async def resize(pilot):
        await _ready(pilot)
        await pilot.press("enter")
        await _ready(pilot)
        for w, h in ((120, 40), (61, 20), (100, 30), (80, 24)):
            await pilot.resize_terminal(w, h)
            await pilot.pause()

    app = BlufApp(db=wide_ws)
    assert snap_compare(app, press=["_"], terminal_size=(80, 24), run_before=resize)
