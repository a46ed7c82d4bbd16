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
        # A long help (the reader's) is read as a pager reads: space pages down, b pages up.
        Binding("space,pagedown", "page(1)", "Next page", show=False, id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Previous page", show=False, id="help.page_up"),
        Binding("j,down", "line(1)", "Line down", show=False, id="help.line_down"),
        Binding("k,up", "line(-1)", "Line up", show=False, id="help.line_up"),
        Binding("g,home", "ends(0)", "Top", show=False, id="help.top"),
        Binding("G,end", "ends(1)", "Bottom", show=False, id="help.bottom"),
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
        lines += [Content(""), Content.styled("space: next page · b: back · esc or ? closes this help.", "italic")]
        with VerticalScroll():
            yield Static(Content("\n").join(lines))

    def _scroll(self) -> VerticalScroll:
        return self.query_one(VerticalScroll)

    def action_page(self, direction: int) -> None:
        """A page down (1) or up (-1): the rows shown, less one kept for context."""
        view = self._scroll()
        step = max(1, view.scrollable_content_region.height - 1)
        view.scroll_to(y=view.scroll_y + direction * step, animate=False)

    def action_line(self, direction: int) -> None:
        view = self._scroll()
        view.scroll_to(y=view.scroll_y + direction, animate=False)

    def action_ends(self, bottom: int) -> None:
        view = self._scroll()
        view.scroll_to(y=view.max_scroll_y if bottom else 0, animate=False)

    async def action_dismiss(self, result=None) -> None:
        self.dismiss(None)
