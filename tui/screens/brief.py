"""BriefScreen: the Markdown brief as it will be exported, rendered."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown, Static


class BriefScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="brief.back"),
        Binding("j,down", "down", "Scroll down", show=False, id="brief.down"),
        Binding("k,up", "up", "Scroll up", show=False, id="brief.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="brief.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="brief.page_up"),
    ]
    DEFAULT_CSS = """
    BriefScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    BriefScreen VerticalScroll { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("bluf · brief preview  (E exports it)", id="title")
        with VerticalScroll(id="scroll"):
            yield Markdown(id="md")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_stances()
        self.query_one("#scroll").focus()

    def refresh_stances(self) -> None:
        self.query_one(Markdown).update(self.app.brief_markdown())

    def action_down(self) -> None:
        self.query_one("#scroll").scroll_down(animate=False)

    def action_up(self) -> None:
        self.query_one("#scroll").scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.query_one("#scroll").scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one("#scroll").scroll_page_up(animate=False)
