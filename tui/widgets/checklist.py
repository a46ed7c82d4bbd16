"""Checklist: tick several items with the keyboard (space toggles, enter confirms). A ticked
row shows ``[x]``, an unticked one ``[ ]`` (``TickList``): ticked or not shows in glyphs, not
only in colour (NO_COLOR, monochrome terminals, screen readers)."""

from __future__ import annotations

from rich.segment import Segment
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist

TICKED = ("[", "x", "]")
UNTICKED = ("[", " ", "]")


class TickList(SelectionList):
    """A ``SelectionList`` whose toggle shows ``[x]`` when ticked and ``[ ]`` when not (Textual
    draws the same "X" on both, told apart by colour alone); styles are Textual's."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) < 3:
            return strip
        marks = TICKED if option.value in self.selected else UNTICKED
        segments[:3] = [Segment(mark, seg.style, seg.control) for mark, seg in zip(marks, segments[:3])]
        return Strip(segments, strip.cell_length)


class Checklist(ModalScreen[list[str] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="checklist.cancel"),
        Binding("enter", "ok", "OK", id="checklist.ok", priority=True),
    ]
    DEFAULT_CSS = """
    Checklist { align: center middle; }
    Checklist > Vertical { width: 64; max-width: 100%; height: auto; max-height: 20; background: $panel; border: round $accent; padding: 0 1; }
    Checklist TickList { height: auto; max-height: 16; border: none; }
    """

    def __init__(self, title: str, items: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.items = items

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.title_text}: space ticks, enter confirms, esc cancels", markup=False)
            yield TickList(*[(label, value) for value, label in self.items])

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_ok(self) -> None:
        self.dismiss(list(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
