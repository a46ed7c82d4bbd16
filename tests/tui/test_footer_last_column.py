"""No stray letter at the footer's last column (nu20 defect 2: under NO_COLOR at 80x24 the
reader's first footer showed "…▏^p paletteQ"). The compact footer gave the palette key a
margin at the right edge; a margin shows what lies under it, and while the footer's keys
overflow (before FittingFooter hides the last of them, seconds on a busy first open) that
was the "Q" of "q Quit". Pilot at 80x24 under NO_COLOR: the footer's keys all shown, as
FittingFooter shows them before it measures; then the bytes the last row is written with."""

from __future__ import annotations

import re

from rich.color import ColorSystem
from textual.widgets._footer import FooterKey

from tui.app import BlufApp
from tui.widgets.fitting_footer import FittingFooter

from .helpers import open_reader, screen_strips, settle, workspace_of

TEXT = ("Dam talks stall in Orvel\n\n"
        "Talks on the Orvel dam stalled on Friday, the river commission said.\n\n"
        "“We will not accept a plan that dries our fields,” said Mayor Ilse Varga, who leads the delegation.\n")


def _row_bytes(strip) -> str:
    """What a terminal gets for one painted row: each segment's text with its attributes'
    escape sequences, as Textual writes it."""
    return "".join(seg.style.render(seg.text, color_system=ColorSystem.TRUECOLOR) if seg.style else seg.text
                   for seg in strip if not seg.control)


def _cells(written: str) -> str:
    """The row's characters on the terminal (escape sequences left out)."""
    return re.sub(r"\x1b\[[0-9;]*m", "", written)


async def test_the_footer_s_last_column_is_the_palette_key_s_even_while_keys_overflow(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    db = workspace_of(tmp_path, "dam.txt", TEXT)
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        footer = app.screen.query_one(FittingFooter)
        for key in footer.query(FooterKey):  # every key shown: more than 80 columns of them
            key.display = True
        await pilot.pause()
        keys = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
        assert max(k.region.right for k in keys) > 80, "the keys do not overflow: the test shows nothing"
        widget, _ = app.screen.get_widget_at(79, 23)
        assert isinstance(widget, FooterKey) and widget.has_class("-command-palette"), widget
        last = screen_strips(app)[23]
        cells = _cells(_row_bytes(last))
        assert len(cells) == 80 and cells.rstrip().endswith("^p palette"), repr(cells)
        assert cells[79] == " ", repr(cells)  # no letter of a key under the palette key
        await settle(app, pilot)
