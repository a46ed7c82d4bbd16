"""Keys in the order they were typed, in bluf's text fields.

Textual's Input and TextArea insert a printable key in their own key handler, but run
their bound keys (backspace, delete, the arrows, home, end, enter in an Input, ctrl+u, ...)
only once the key has bubbled up to the app, a few message hops later. Keys that reach the
terminal in one burst (a fast typist, tmux ``send-keys``, a paste sent as keys) are all
queued on the field before the first hop, so every character after a bound key went in
before that key acted: backspace + "Sev" left "S", and end + backspaces + a title + enter
submitted an empty title (Textualize/textual#6605). ``run_own_binding`` runs the field's
own binding in its key handler instead, in turn with the characters."""

from __future__ import annotations

from textual import events
from textual.widget import Widget


def bindings_of(node):
    """``node``'s own bindings with the user's keymap applied (a copy)."""
    bindings = node._bindings.copy()
    if node.app._keymap:
        bindings.apply_keymap(node.app._keymap)
    return bindings


async def _run_binding(owner, event: events.Key) -> str | None:
    """Run ``owner``'s non-priority binding for ``event.key`` now (priority bindings ran
    before the key reached any widget): the action run, with the event stopped and its
    default prevented; None when none ran, the event untouched."""
    for binding in bindings_of(owner).key_to_bindings.get(event.key, ()):
        if not binding.priority and await owner.app.run_action(binding.action, owner):
            event.stop()
            event.prevent_default()
            return binding.action
    return None


async def run_own_binding(widget: Widget, event: events.Key) -> str | None:
    """Run ``widget``'s own (non-priority) binding for ``event.key`` now, as the app would
    once the key had bubbled up to it (the user's keymap applies; an action the widget
    refuses through ``check_action`` is not run). Returns the action run, with the event
    stopped and its default prevented (the app must not run it a second time); None when
    no binding of the widget ran, the event untouched."""
    return await _run_binding(widget, event)


async def run_binding_above(widget: Widget, event: events.Key) -> str | None:
    """Run the (non-priority) binding for ``event.key`` of the first of ``widget``'s
    ancestors that binds it, in ``widget``'s key handler, as Textual would once the key had
    bubbled up: its containers, its screen, then the app (not past a modal screen). The
    user's keymap applies. Returns the action run, with the event stopped and its default
    prevented; None when none ran, the event untouched. A key of the app that changes the
    screen (L, A, I, ?) then acts before the keys typed behind it are handled, as a key of
    the screen does."""
    screen = widget.screen
    for node in widget.ancestors:
        action = await _run_binding(node, event)
        if action is not None:
            return action
        if node is screen and screen.is_modal:
            break
    return None


class ScreenKeysInTurn:
    """A focusable widget whose screen's and app's keys run in its own key handler, in turn: keys
    typed in one burst are all queued on it before the first acts, so after a key that
    opens a field or a screen (/ for a filter, m or e for a picker) the letters behind it
    ran the screen's keys instead of reaching the new field. A key of the screen runs here;
    the keys queued behind it go back to the app, which hands them to what has the focus
    once the action has moved it (the field, the picker), or to this widget again when it
    has not. ``_keeps_key``: a key this widget or its screen handles itself (not by a
    binding) and that must go on as usual; none by default. The widget's own bindings
    come first, as in Textual, and run here too, in turn."""

    _handing_on = False  # keys queued here go back to the app (see the class)

    def _stop_handing_on(self) -> None:
        self._handing_on = False

    def _keeps_key(self, event: events.Key) -> bool:
        return False

    async def _on_key(self, event: events.Key) -> None:
        if self._handing_on:
            event.stop()
            event.prevent_default()
            key = events.Key(event.key, event.character)
            key._handed_on = True  # typed before any key the app holds meanwhile
            self.app.post_message(key)
            return
        if self._keeps_key(event):
            return
        # The widget's own binding first, as in Textual, but now, in turn: left to bubble
        # up, End on a list moved the cursor after the X typed behind it had acted.
        if await run_own_binding(self, event) is not None:
            return
        if await run_binding_above(self, event) is not None:
            # The keys queued here behind this one go to the app, where they land after any
            # focus change the action asked for (Widget.focus is a call_later on the app) and
            # reach the new focus. This widget takes keys again once its own queue has got to
            # here: on the app's queue, the end of the hand-on could run before the keys queued
            # here (L End X from the reader: End ran the popped reader's own End and was lost).
            self._handing_on = True
            self.call_later(self._stop_handing_on)
