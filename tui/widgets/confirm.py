"""Confirm: a yes/no question at the bottom of the screen, before a change the analyst
might not mean (removing a source). ``y`` says yes; ``n`` or escape says no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static


class Confirm(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]
    DEFAULT_CSS = """
    Confirm { align: center bottom; }
    Confirm > Static { width: 100%; height: auto; background: $panel; border-top: solid $accent; padding: 0 1; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        yield Static(f"{self.question}  (y: yes · n/esc: no)", markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
