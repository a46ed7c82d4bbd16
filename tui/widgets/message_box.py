"""MessageBox: a passage to read in full at the bottom of the screen (the whole reason of a
suggestion, which the one-line status may cut), wrapped to the width; esc, enter or the key
that opened it closes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static


class MessageBox(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter,r,q", "close", "Close", id="message.close")]
    DEFAULT_CSS = """
    MessageBox { align: center bottom; }
    MessageBox > Static { width: 100%; height: auto; max-height: 12; background: $panel; border-top: solid $accent; padding: 0 1; }
    """

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(f"{self.title_text}\n{self.text}\n(esc closes; then a accepts, x rejects)", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
