"""QuietInput: bluf's one-line text field. One row high, no border (Textual's compact
style), and a cursor that does not blink: a blinking cursor redraws twice a second, which
is bytes on every SSH link for as long as a prompt is open.

The compact style is a class rule Textual marks ``!important``: a plain ``height: 1;
border: none`` in a screen's CSS loses to Input's ``:focus`` border, and a focused
one-row input with a border has no row left for its text.

Keys act in the order they were typed: the field's own bound keys run in its key handler
(``tui.widgets.key_order``), in turn with the characters.

``hold_after_submit``: keys typed after enter in the same burst are held by the field
(they are already queued on it, and would go into a prompt that is closing) until its
owner has dealt with the submitted value and calls ``release_held``: to the app when the
field is gone (they reach what has the focus then), back to the field when it stays."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tui.widgets.key_order import run_own_binding


class QuietInput(Input):
    def __init__(self, *args, compact: bool = True, select_on_focus: bool = False,
                 hold_after_submit: bool = False, **kwargs) -> None:
        # Not selected on focus: keys typed right after tab (a fast typist, a paste) add to
        # the field instead of silently replacing what it held (a source's outlet).
        super().__init__(*args, compact=compact, select_on_focus=select_on_focus, **kwargs)
        self.hold_after_submit = hold_after_submit
        self._held: list[events.Key | events.Paste] | None = None  # a list while holding

    def release_held(self, to_app: bool) -> None:
        """Stop holding; post the held keys and pastes, in order, to the app (``to_app``)
        or back to this field."""
        held, self._held = self._held or [], None
        target = self.app if to_app else self
        for ev in held:
            target.post_message(events.Key(ev.key, ev.character) if isinstance(ev, events.Key) else events.Paste(ev.text))

    def _hold(self, event: events.Key | events.Paste) -> bool:
        if self._held is None:
            return False
        event.stop()
        event.prevent_default()
        self._held.append(event)
        return True

    def _on_paste(self, event: events.Paste) -> None:
        self._hold(event)  # else Input's own handler pastes it

    def on_mount(self) -> None:
        self.cursor_blink = False

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls Input's own handler after this one unless the default is prevented.
        if self._hold(event) or event.is_printable:
            return
        if await run_own_binding(self, event) == "submit" and self.hold_after_submit:
            self._held = []
