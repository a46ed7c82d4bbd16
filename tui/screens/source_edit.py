"""SourceEditScreen: a source's metadata (title, outlet, author, URL, date, language and
the Admiralty grade), edited with the keyboard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from annotate import SOURCE_FIELDS
from tui.widgets.quiet_input import QuietInput

LABELS = {
    "title": "Title",
    "outlet": "Outlet",
    "author": "Author",
    "url": "URL",
    "published": "Published (YYYY-MM-DD)",
    "language": "Language (ISO code)",
    "grade": "Grade (Admiralty: A-F reliability, 1-6 credibility, e.g. B2)",
}
FIELDS = [(key, LABELS[key]) for key in SOURCE_FIELDS]  # a field without a label fails here


class SourceEditScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="source_edit.cancel"),
        Binding("ctrl+o", "save", "Save", id="source_edit.save"),
        # Priority keys, as in Form: the focus moves before the next key is handed on.
        Binding("tab", "app.focus_next", "Next field", id="source_edit.next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", id="source_edit.previous", show=False, priority=True),
    ]
    DEFAULT_CSS = """
    SourceEditScreen { align: center middle; }
    SourceEditScreen > Vertical { width: 76; max-width: 100%; height: auto; max-height: 100%; background: $panel; border: round $accent; padding: 0 1; }
    SourceEditScreen Static { height: 1; }
    SourceEditScreen Static#heading { height: auto; }
    """

    def __init__(self, source_id: str) -> None:
        super().__init__()
        self.source_id = source_id

    def compose(self) -> ComposeResult:
        src = self.app.workspace.source(self.source_id)
        with Vertical():
            # The heading wraps (a long file name): what the keys do is read whole at 80 columns.
            yield Static(f"{src.name}: tab moves, enter or ctrl+o saves, esc cancels", markup=False, id="heading")
            for key, label in FIELDS:
                yield Static(label, markup=False)
                yield QuietInput(value=getattr(src, key) or "", id=f"f-{key}", hold_after_submit=True)

    def on_mount(self) -> None:
        self.query_one("#f-title", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Keys typed after enter in the same burst were held by the field: they go on to the
        # screen behind once the form is closed, or back into the field when it stays open.
        saved = self.action_save()
        if isinstance(event.input, QuietInput):
            event.input.release_held(to_app=saved)

    def action_save(self) -> bool:
        """Save the fields and close; False (the form stays open, the error shown) when
        the workspace refuses a value."""
        from annotate import WorkspaceError

        values = {key: self.query_one(f"#f-{key}", Input).value for key, _ in FIELDS}
        try:
            self.app.workspace.edit_source(self.source_id, **values)
        except WorkspaceError as err:
            self.notify(str(err), severity="error", timeout=8)
            return False
        self.dismiss(True)
        return True

    def action_cancel(self) -> None:
        self.dismiss(False)
