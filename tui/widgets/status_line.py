"""StatusLine: one line of parts joined by " · "; where the line is too narrow, the least
important parts are left out whole (never cut mid-word)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..wording import fit_parts


class StatusLine(Static):
    """``show([(text, rank), ...])``: rank 0 is kept longest (quote n/m, speaker, tag)."""

    DEFAULT_CSS = "StatusLine { height: 1; }"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._parts: list[tuple[str, int]] | None = None

    def show(self, parts: list[tuple[str, int] | tuple[str, int, int]]) -> None:
        self._parts = list(parts)
        self.refresh()

    def update(self, content="", **kwargs) -> None:
        self._parts = None
        super().update(content, **kwargs)

    @property
    def text(self) -> str:
        """What the line says at its present width."""
        if self._parts is None:
            return str(self.render())
        return fit_parts(self._parts, self.content_size.width or 80)

    def render(self):
        if self._parts is None:
            return super().render()
        return Text(self.text, no_wrap=True, overflow="ellipsis")
