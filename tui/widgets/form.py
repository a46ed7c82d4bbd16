"""Form: a few labelled one-line fields, keyboard only (tab moves, enter saves). A label
longer than the form is wide wraps: it is read whole at 80 columns."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from .quiet_input import QuietInput


class Form(ModalScreen[dict | None]):
    # Tab and shift+tab as priority keys: the app moves the focus before it hands on the
    # next key, so text typed (or pasted) right after tab goes into the next field. As a
    # plain binding, tab waited in the field's queue behind the keys after it, and "Red
    # Sea<tab>shipping" all went into the first field.
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("tab", "app.focus_next", "Next field", id="form.next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", id="form.previous", show=False, priority=True),
    ]
    DEFAULT_CSS = """
    Form { align: center middle; }
    Form > Vertical { width: 76; max-width: 100%; height: auto; max-height: 100%; background: $panel; border: round $accent; padding: 0 1; }
    Form Static { height: auto; }
    """

    def __init__(self, title: str, fields: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.title_text, self.fields = title, fields

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.title_text}: tab moves, enter saves, esc cancels", markup=False)
            for key, label, value in self.fields:
                yield Static(label, markup=False)
                yield QuietInput(value=value, id=f"f-{key}", hold_after_submit=True)

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Keys typed after enter in the same burst were held by the field: they go on to the
        # screen behind once this one is closed (as in TextPrompt).
        self.dismiss({key: self.query_one(f"#f-{key}", Input).value for key, _, _ in self.fields})
        if isinstance(event.input, QuietInput):
            event.input.release_held(to_app=True)

    def action_cancel(self) -> None:
        self.dismiss(None)
