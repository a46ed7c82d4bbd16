"""TextPrompt: a one-line question at the bottom of the screen (a note, a new name)."""

from __future__ import annotations

from typing import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.widgets.quiet_input import QuietInput


class TextPrompt(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]
    DEFAULT_CSS = """
    TextPrompt { align: center bottom; }
    TextPrompt > Vertical { width: 100%; height: auto; background: $panel; border-top: solid $accent; padding: 0 1; }
    TextPrompt Static { height: auto; }
    TextPrompt #prompt-error { text-style: bold; color: $error; }
    """

    def __init__(self, question: str, value: str = "", placeholder: str = "", check: Callable[[str], str] | None = None) -> None:
        """``check``: called with the text on enter; it returns "" to close the prompt with the
        text, or a one-line reason to keep it open with the text as typed and the reason shown."""
        super().__init__()
        self.question, self.value, self.placeholder, self.check = question, value, placeholder, check

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.question}  (enter: ok · esc: cancel)", markup=False)
            # The value shown is selected: typing replaces it (a new user typed a place after the
            # country shown and saved "ChinaScarborough Shoal"); an arrow key or end keeps it to edit.
            yield QuietInput(value=self.value, placeholder=self.placeholder, select_on_focus=True, hold_after_submit=True)
            yield Static("", id="prompt-error", markup=False)

    def on_mount(self) -> None:
        self.query_one("#prompt-error").display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Keys typed after enter in the same burst were held by the field: they go on to
        # the screen behind once this one is closed, or back into the field kept open.
        field = event.input
        why = self.check(event.value) if self.check is not None else ""
        if why:
            error = self.query_one("#prompt-error", Static)
            error.update(f"Not saved: {why}")
            error.display = True
            if isinstance(field, QuietInput):
                field.release_held(to_app=False)
            return
        self.dismiss(event.value)
        if isinstance(field, QuietInput):
            field.release_held(to_app=True)

    def action_cancel(self) -> None:
        self.dismiss(None)
