"""FittingFooter: Textual's Footer showing only the keys that fit whole; the others stay
listed under ? (help) and in the command palette (ctrl+p)."""

from __future__ import annotations

from textual.widgets import Footer


class FittingFooter(Footer):
    def compose(self):
        self.call_after_refresh(self._fit)
        yield from super().compose()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Show every key, then, once laid out, hide the first that runs into the palette
        key (or the edge) and all after it."""
        shown = [c for c in self.children if not c.has_class("-command-palette")]
        if any(not c.display for c in shown):
            for c in shown:
                c.display = True
        self.call_after_refresh(self._hide_overflow)

    def _hide_overflow(self, tries: int = 20) -> None:
        """Hide the keys that run into the palette key. Keys that were just composed may not
        have been laid out yet at the first refresh (their regions are empty, most often on a
        loaded machine): then look again after the next refresh rather than show them all."""
        keys = [c for c in self.children if c.display]
        if tries and self.region.width and any(not c.region.width for c in keys):
            self.call_after_refresh(self._hide_overflow, tries - 1)
            return
        palette = [c for c in self.children if c.has_class("-command-palette")]
        right = palette[0].region.x if palette and palette[0].region.width else self.region.right
        cut = False
        for c in self.children:
            if c.has_class("-command-palette"):
                continue
            cut = cut or c.region.right > right
            if cut:
                c.display = False
