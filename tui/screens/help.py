"""HelpScreen: every key of the screen it was opened from, with what it does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $panel; padding: 0 1;
    }
    """

    def __init__(self, title: str, rows: list[tuple[str, str]], legend: list[tuple[str, str]] = ()) -> None:
        super().__init__()
        self._title = title
        self._rows = rows
        self._legend = list(legend)

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self._rows), default=4) + 2
        lines = [Content.styled(f"Keys: {self._title}", "bold underline"), Content("")]
        for key, desc in self._rows:
            lines.append(Content.assemble((key.ljust(width), "bold"), desc))
        if self._legend:
            lines += [Content(""), Content.styled("Marks in the text", "bold underline")]
            for mark, desc in self._legend:
                lines.append(Content.assemble((mark.ljust(width), "bold"), desc))
        lines += [Content(""), Content.styled("Esc or ? closes this help.", "italic")]
        with VerticalScroll():
            yield Static(Content("\n").join(lines))

    async def action_dismiss(self, result=None) -> None:
        self.dismiss(None)
