"""QuietInput: bluf's one-line text field. One row high, no border (Textual's compact
style), and a cursor that does not blink: a blinking cursor redraws twice a second, which
is bytes on every SSH link for as long as a prompt is open.

The compact style is a class rule Textual marks ``!important``: a plain ``height: 1;
border: none`` in a screen's CSS loses to Input's ``:focus`` border, and a focused
one-row input with a border has no row left for its text."""

from __future__ import annotations

from textual.widgets import Input


class QuietInput(Input):
    def __init__(self, *args, compact: bool = True, select_on_focus: bool = False, **kwargs) -> None:
        # Not selected on focus: keys typed right after tab (a fast typist, a paste) add to
        # the field instead of silently replacing what it held (a source's outlet).
        super().__init__(*args, compact=compact, select_on_focus=select_on_focus, **kwargs)

    def on_mount(self) -> None:
        self.cursor_blink = False
