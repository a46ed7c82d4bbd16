"""Checklist: tick several items with the keyboard (space toggles, enter confirms)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static


class Checklist(ModalScreen[list[str] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="checklist.cancel"),
        Binding("enter", "ok", "OK", id="checklist.ok", priority=True),
    ]
    DEFAULT_CSS = """
    Checklist { align: center middle; }
    Checklist > Vertical { width: 64; max-width: 100%; height: auto; max-height: 20; background: $panel; border: round $accent; padding: 0 1; }
    Checklist SelectionList { height: auto; max-height: 16; border: none; }
    """

    def __init__(self, title: str, items: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.items = items

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.title_text}: space ticks, enter confirms, esc cancels", markup=False)
            yield SelectionList[str](*[(label, value) for value, label in self.items])

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_ok(self) -> None:
        self.dismiss(list(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
