"""RowTable: a DataTable of rows whose Home and End (and g and G) move the row cursor, as PgUp and PgDn do.

Textual's DataTable scrolls sideways on Home and End and leaves a row cursor where it was,
so a key acting on "the row under the cursor" (X removes a source) acted on a row the
analyst had scrolled away from.

Keys typed in one burst (a fast typist, tmux send-keys) are all queued on the table before
the first acts: after / (the filter) the letters behind it ran the list's keys (/Defen: f
opened the top actor's affiliation). A key of the screen runs here, in turn; the keys
queued behind it go back to the app, which hands them to what has the focus once the
action has moved it (the filter, a prompt), or to this table again when it has not.

enter (select a row) asks for the row's screen by a message the screen handles a few
hops later; the keys typed behind it (enter End X) moved the cursor and acted on the list
first. From enter until the screen's handler has run, the keys go to the app, which holds
them until the screen it opened takes keys (tui.screen_keys)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable

from tui.screen_keys import ScreenAsked
from tui.widgets.key_order import ScreenKeysInTurn


class RowTable(ScreenKeysInTurn, DataTable):
    """A DataTable (``cursor_type="row"``) where Home and End, and g and G as in the reader and
    a pager, take the cursor to the first and the last row (and scroll there); PgUp and PgDn
    move it a page, as in DataTable."""

    BINDINGS = [
        Binding("g,home", "scroll_top", "First row", show=False, id="table.first_row"),
        Binding("G,end", "scroll_bottom", "Last row", show=False, id="table.last_row"),
    ]


    def add_row(self, *cells, **kwargs):
        """As DataTable's, with a cell for every column the screen declared: the cells of the
        columns left out on a narrow terminal (tui.screens.table_detail.add_columns) are dropped."""
        shown = getattr(self, "_bluf_shown", None)
        if shown and len(cells) == len(shown) and not all(shown):
            cells = tuple(c for c, keep in zip(cells, shown) if keep)
        return super().add_row(*cells, **kwargs)

    def action_select_cursor(self) -> None:
        """enter: as DataTable's (a RowSelected for the row under the cursor), with the keys
        typed behind it held by the app until the screen it opens takes keys."""
        expect = getattr(self.app, "expect_screen", None)
        if not (self.row_count and self.show_cursor and self.cursor_type == "row") or expect is None:
            super().action_select_cursor()
            return
        expect()
        self._handing_on = True  # the keys queued here behind enter go to the app, held
        super().action_select_cursor()
        self.post_message(ScreenAsked())  # behind the RowSelected, up to the app

    def on_screen_asked(self, message: ScreenAsked) -> None:
        # Every key queued here before the RowSelected has gone to the app: the keys the app
        # gives back later reach this table again only when no screen opened.
        self._handing_on = False
