"""Keys typed while the screen changes reach the new screen, in the order typed.

A key that opens or leaves a screen (L, A, I, enter on a row, ? ...) switches the screen
at once, but the new screen mounts its widgets later, a few message hops on: Textual hands
a key that comes meanwhile to a screen with nothing focused, where a list's End (or a
filter's letters) did nothing, and the X behind it then acted on the row the cursor had
not left. Keys typed in that gap (a fast typist, tmux ``send-keys L End X``) are held here
and given back, in order, once the screen takes keys: mounted, and ready by its own
``takes_keys()`` when it has one (the library mounts its lists after its first paint).

enter on a list asks for its screen by a message (``DataTable.RowSelected``) that the
list's screen handles a few hops later: keys typed behind enter (enter End X) acted on the
list first. A widget that posts such a message calls ``expect_screen`` and posts
``ScreenAsked`` right behind it: keys are held from then until ``ScreenAsked`` has bubbled
up to the app (the screen's handler has run, and opened its screen or not) and the screen
then current takes keys."""

from __future__ import annotations

import asyncio
import time

from textual import events
from textual.message import Message

HOLD_AT_MOST = 2.0  # seconds: a screen not ready by then gets the keys all the same


def takes_keys(screen) -> bool:
    """Whether ``screen`` is ready for keys: mounted, and its ``takes_keys()`` (if any) true."""
    if not screen.is_mounted:
        return False
    ready = getattr(screen, "takes_keys", None)
    return bool(ready()) if callable(ready) else True


class ScreenAsked(Message):
    """Posted by a widget right behind a message that may open a screen (after its
    ``app.expect_screen()``): it bubbles up behind that message, and reaches the app once
    the handler of that message has run."""


class KeysAcrossScreens:
    """An App mixin: a key from the terminal that comes while the current screen does not
    take keys yet, or while keys typed before it are held or being given back, is held;
    the held keys are posted to the app again, in order, once the screen takes keys (or
    after ``HOLD_AT_MOST`` seconds). A key given back that switches the screen again has
    the keys behind it held again, so any number of switches in one burst keep the order."""

    _held_keys: list | None = None  # keys held, in the order typed (None: none)
    _keys_in_flight = 0  # keys given back, not yet through on_event
    _giving_back = False  # a _give_back task is waiting for the screen
    _handed_in = 0  # how many of the held keys were handed on by a widget (they come first)
    _screen_coming_until = 0.0  # monotonic time: a screen was asked for (expect_screen)

    def expect_screen(self) -> None:
        """A screen was just asked for by a message on its way (enter on a list): keys are
        held until its ``ScreenAsked`` reaches the app (at most ``HOLD_AT_MOST`` seconds)."""
        self._screen_coming_until = time.monotonic() + HOLD_AT_MOST

    def on_screen_asked(self, message: ScreenAsked) -> None:
        self._screen_coming_until = 0.0
        if self._held_keys and not self._keys_in_flight:
            self._start_giving_back()

    def _takes_keys(self) -> bool:
        if time.monotonic() < self._screen_coming_until:
            return False
        return takes_keys(self.screen)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if getattr(event, "_given_back", False):
                self._keys_in_flight -= 1
                await super().on_event(event)
                if not self._keys_in_flight and self._held_keys:
                    self._start_giving_back()  # keys typed while these were given back
                return
            if self._hold(event):
                return
        await super().on_event(event)

    def _hold(self, event: events.Key) -> bool:
        if not self._held_keys and not self._keys_in_flight:
            try:
                if self._takes_keys():
                    return False
            except Exception:  # noqa: BLE001 - no screen yet: Textual's own handling
                return False
        if self._held_keys is None:
            self._held_keys = []
        key = events.Key(event.key, event.character)
        if getattr(event, "_handed_on", False):
            # Handed on by the widget it had reached before the hold began: typed before
            # every key held straight from the terminal.
            self._held_keys.insert(self._handed_in, key)
            self._handed_in += 1
        else:
            self._held_keys.append(key)
        if not self._keys_in_flight:
            self._start_giving_back()
        return True

    def _start_giving_back(self) -> None:
        if not self._giving_back:
            self._giving_back = True
            asyncio.get_running_loop().create_task(self._give_back())

    async def _give_back(self) -> None:
        """Wait (without holding up the app's messages) until the current screen takes
        keys; then post the held keys to the app again, in order."""
        started = time.monotonic()
        try:
            while time.monotonic() - started < HOLD_AT_MOST:
                try:
                    if self._takes_keys():
                        break
                except Exception:  # noqa: BLE001 - no screen: the app is ending
                    break
                await asyncio.sleep(0.005)
        finally:
            self._giving_back = False
        keys, self._held_keys, self._handed_in = self._held_keys or [], None, 0
        self._keys_in_flight += len(keys)
        for key in keys:
            key._given_back = True
            self.post_message(key)
