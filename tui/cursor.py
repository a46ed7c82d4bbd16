"""The reader's cursor: what is in focus (a quote, a name, a sentence) and the selection,
and how the moves change them. Pure: no Textual, no workspace; the reader gives it the
items' start offsets and the article's text, and draws what it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

WORD = re.compile(r"\S+")


def step_index(n: int, current: int | None, step: int, ok: Callable[[int], bool] = lambda i: True) -> int | None:
    """The index ``step`` (+1 or -1) items on from ``current`` among ``n``, wrapping round,
    skipping those ``ok`` refuses; from nothing (None), the first (or the last going back).
    None when there are no items or ``ok`` accepts none."""
    if not n:
        return None
    i = current
    for _ in range(n):
        i = (0 if step > 0 else n - 1) if i is None else (i + step) % n
        if ok(i):
            return i
    return None


def index_from(starts: list[int], at: float, step: int) -> int | None:
    """The index a move of ``step`` counts from when the focus is on something else, at
    offset ``at``: so the next item is the first that starts after ``at`` and the previous
    one the last that starts before it. None (going forward) when all start after ``at``;
    ``len(starts)`` (going back) when all start before."""
    if step > 0:
        before = [i for i, s in enumerate(starts) if s <= at]
        return before[-1] if before else None
    return next((i for i, s in enumerate(starts) if s >= at), len(starts))


@dataclass
class Cursor:
    """The reader's focus and selection.

    ``mode`` is what the focus is on ("quote", "entity" for a name, "sentence"); each mode
    keeps its own index into the article's quotes, names and sentences (None: nothing yet).
    ``selection`` is ``(anchor, head)`` character offsets into the source's text (the head
    may be before the anchor), or None; ``selecting`` is True while arrows extend it."""

    mode: str = "quote"
    focus_index: int | None = None  # the quote in focus
    entity_index: int | None = None
    sentence_index: int | None = None
    selection: tuple[int, int] | None = None
    selecting: bool = False
    gap: int | None = None  # where a removed quote was: the next move counts from there


    def index(self, mode: str) -> int | None:
        """The index kept for ``mode``."""
        return {"quote": self.focus_index, "entity": self.entity_index, "sentence": self.sentence_index}[mode]

    def clear_selection(self) -> None:
        self.selection, self.selecting = None, False

    def select(self, span: tuple[int, int]) -> None:
        """Start a selection over ``span`` (start, end offsets)."""
        self.selection, self.selecting = (span[0], span[1]), True

    def move(self, mode: str, starts: list[int], step: int, focus_at: Callable[[], float],
             ok: Callable[[int], bool] = lambda i: True) -> bool:
        """Move to the next (``step`` 1) or previous (-1) item of ``mode``, whose start
        offsets are ``starts``, and end any selection. When the focus is on another mode,
        on a selection or on nothing, the move counts from ``focus_at()`` (the offset of
        what is in focus, or of the top of the screen). Quotes and sentences honour ``ok`` (skip
        tagged quotes, sentences inside quotes) and can fail: then False, and the mode and
        index are unchanged."""
        here = self.index(mode)
        if self.mode != mode or self.selection is not None or here is None:  # continue from what is in focus
            here = index_from(starts, focus_at(), step)
        self.gap = None
        self.clear_selection()
        if mode == "quote":
            i = step_index(len(starts), here, step, ok)
            if i is None:
                return False
            self.focus_index = i
        elif mode == "entity":
            self.entity_index = step_index(len(starts), here, step)
        else:
            i = step_index(len(starts), here, step, ok)
            if i is None:
                return False
            self.sentence_index = i
        self.mode = mode
        return True

    def extend_to(self, head: int, text_len: int) -> None:
        """Move the selection's head to ``head``, kept inside the text and at least one
        character after the anchor."""
        anchor, _ = self.selection
        self.selection = (anchor, max(anchor + 1, min(head, text_len)))

    def extend_words(self, text: str, words: int) -> None:
        """Extend the selection by a word (``words`` > 0: to the end of the next word) or
        shrink it by one (to the end of the previous word, never past the anchor)."""
        anchor, head = self.selection
        if words > 0:
            m = WORD.search(text, head)
            head = m.end() if m else len(text)
        else:
            ends = [m.end() for m in WORD.finditer(text, anchor, max(anchor, head - 1))]
            head = ends[-1] if ends else anchor + 1
        self.extend_to(head, len(text))


class CursorField:
    """An attribute of a screen that is its ``cursor``'s attribute of the same name, so
    ``screen.focus_index`` reads and writes ``screen.cursor.focus_index``."""

    def __set_name__(self, _owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, _owner=None):
        return self if obj is None else getattr(obj.cursor, self.name)

    def __set__(self, obj, value) -> None:
        setattr(obj.cursor, self.name, value)
