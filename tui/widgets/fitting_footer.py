"""FittingFooter: Textual's Footer showing only the keys that fit whole; the others stay
listed under ? (help) and in the command palette (ctrl+p).

The footer always takes Textual's compact style (one column less around each key: more keys
fit at 80 columns); the keys that still do not fit go, the last first, but the help key
stays: it is the way to every key the footer leaves out. Compact from the start, not only
on overflow: a restyle between two measures made what was hidden depend on the timing of
the refreshes (the same screen dropped different keys from one run to the next)."""

from __future__ import annotations

from textual.widgets import Footer

# The keys that open the help: kept on the footer whatever else goes.
HELP_KEYS = frozenset({"question_mark", "f1"})


class FittingFooter(Footer):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("compact", True)  # before the first layout: see the module's docstring
        super().__init__(*args, **kwargs)

    def compose(self):
        self.call_after_refresh(self._fit)
        yield from super().compose()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Show every key, then, once laid out, make room (``_hide_overflow``)."""
        shown = [c for c in self.children if not c.has_class("-command-palette")]
        if any(not c.display for c in shown):
            for c in shown:
                c.display = True
        self.call_after_refresh(self._hide_overflow)

    def _room(self) -> int:
        """Columns from the footer's left edge to its palette key (or its right edge)."""
        palette = [c for c in self.children if c.has_class("-command-palette")]
        right = palette[0].region.x if palette and palette[0].region.width else self.region.right
        return right - self.region.x

    def _hide_overflow(self, tries: int = 20) -> None:
        """Make the keys fit before the palette key: hide the last keys but the help key.
        Keys that were just composed may not have been laid out yet at the first refresh (their regions are empty, most often on a
        loaded machine): then look again after the next refresh rather than show them all."""
        keys = [c for c in self.children if c.display and not c.has_class("-command-palette")]
        if tries and self.region.width and any(not c.region.width for c in keys):
            self.call_after_refresh(self._hide_overflow, tries - 1)
            return
        widths = [c.region.width + c.styles.margin.left + c.styles.margin.right for c in keys]
        room = self._room()
        if sum(widths) <= room:
            return
        # the help key stays; of the others, the first that fit (in the footer's order)
        helps = [c for c in keys if c.key in HELP_KEYS]
        left = room - sum(w for c, w in zip(keys, widths) if c in helps)
        for c, w in zip(keys, widths):
            if c in helps:
                continue
            if w <= left:
                left -= w
            else:
                left = -1  # none after the first that does not fit: the order is kept
                c.display = False
