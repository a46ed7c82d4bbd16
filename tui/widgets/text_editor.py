"""TextEditor: several lines of text to edit (key judgments, a bottom line)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from tui.widgets.key_order import run_own_binding


class EditorArea(TextArea):
    """TextArea whose bound keys (backspace, the arrows, ...) act in turn with the typed
    characters when keys arrive in one burst (``tui.widgets.key_order``)."""

    async def _on_key(self, event: events.Key) -> None:
        # TextArea's own handler runs after this one (it inserts characters, enter, tab).
        if not self.read_only and not event.is_printable and event.key not in ("enter", "tab"):
            await run_own_binding(self, event)


class TextEditor(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="editor.cancel"),
        Binding("ctrl+o", "save", "Save", id="editor.save", priority=True),
    ]
    DEFAULT_CSS = """
    TextEditor { align: center middle; }
    TextEditor > Vertical { width: 90%; height: 80%; background: $panel; border: round $accent; padding: 0 1; }
    TextEditor Static { height: auto; }
    TextEditor TextArea { height: 1fr; }
    """

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.title_text, self.text = title, text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.title_text}  (ctrl+o saves · esc cancels · F7 selects all · empty goes back to the draft)", markup=False)
            yield EditorArea(self.text, soft_wrap=True)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.cursor_blink = False
        area.focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
