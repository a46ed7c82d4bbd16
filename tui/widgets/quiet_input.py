"""QuietInput: bluf's one-line text field. One row high, no border (Textual's compact
style), and a cursor that does not blink: a blinking cursor redraws twice a second, which
is bytes on every SSH link for as long as a prompt is open.

The compact style is a class rule Textual marks ``!important``: a plain ``height: 1;
border: none`` in a screen's CSS loses to Input's ``:focus`` border, and a focused
one-row input with a border has no row left for its text.

Keys are applied in the order they were typed. Textual's Input inserts a printable key
in its own handler, but runs its bound keys (backspace, delete, the arrows, home, end,
enter, ctrl+u, ...) only once the key has bubbled up to the app, a few message hops later.
Keys that reach the terminal in one burst (a fast typist, tmux ``send-keys``, a paste
sent as keys) are all queued on the field before the first hop: every character after a
bound key went in before that key acted (backspace + "Sev" left "S"; end + backspaces +
a title + enter submitted an empty title). Here the field's own bindings run in its key
handler, in turn with the characters (Textualize/textual#6605)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class QuietInput(Input):
    def __init__(self, *args, compact: bool = True, select_on_focus: bool = False, **kwargs) -> None:
        # Not selected on focus: keys typed right after tab (a fast typist, a paste) add to
        # the field instead of silently replacing what it held (a source's outlet).
        super().__init__(*args, compact=compact, select_on_focus=select_on_focus, **kwargs)

    def on_mount(self) -> None:
        self.cursor_blink = False

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls Input's own handler after this one unless the default is prevented.
        if event.is_printable:
            return
        bindings = self._bindings.copy()
        if self.app._keymap:  # as the app's binding chain does: a user's keymap applies
            bindings.apply_keymap(self.app._keymap)
        for binding in bindings.key_to_bindings.get(event.key, ()):
            # Priority bindings ran before the key reached the field. A binding whose
            # action the field refuses (check_action) bubbles on, as before.
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()  # done: the app must not run it a second time
                event.prevent_default()
                return
