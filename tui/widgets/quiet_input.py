"""An Input whose cursor does not blink: a blinking cursor redraws twice a second, which
is bytes on every SSH link for as long as a prompt is open."""

from __future__ import annotations

from textual.widgets import Input


class QuietInput(Input):
    def on_mount(self) -> None:
        self.cursor_blink = False
