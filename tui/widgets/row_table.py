"""RowTable: a DataTable of rows whose Home and End (and g and G) move the row cursor, as PgUp and PgDn do.

Textual's DataTable scrolls sideways on Home and End and leaves a row cursor where it was,
so a key acting on "the row under the cursor" (X removes a source) acted on a row the
analyst had scrolled away from.

Keys typed in one burst (a fast typist, tmux send-keys) are all queued on the table before
the first acts: after / (the filter) the letters behind it ran the list's keys (/Defen: f
opened the top actor's affiliation). A key of the screen runs here, in turn; the keys
queued behind it go back to the app, which hands them to what has the focus once the
action has moved it (the filter, a prompt), or to this table again when it has not."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable

from tui.widgets.key_order import ScreenKeysInTurn


class RowTable(ScreenKeysInTurn, DataTable):
    """A DataTable (``cursor_type="row"``) where Home and End, and g and G as in the reader and
    a pager, take the cursor to the first and the last row (and scroll there); PgUp and PgDn
    move it a page, as in DataTable."""

    BINDINGS = [
        Binding("g,home", "scroll_top", "First row", show=False, id="table.first_row"),
        Binding("G,end", "scroll_bottom", "Last row", show=False, id="table.last_row"),
    ]

