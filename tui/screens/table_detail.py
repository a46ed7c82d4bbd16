"""TableDetailScreen: a title line, a table of rows and a detail pane under it, the
shape of the actors and incidents screens."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ..widgets.fitting_footer import FittingFooter
from ..widgets.row_table import RowTable


class TableDetailScreen(Screen):
    TITLE_TEXT = ""
    DEFAULT_CSS = """
    TableDetailScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    TableDetailScreen DataTable { height: 1fr; min-height: 5; }
    TableDetailScreen #detail { height: 1fr; min-height: 5; border-top: solid $rule; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(self.TITLE_TEXT, id="title")
        with Vertical():
            yield RowTable(id="table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail"):
                yield Static(id="detail-text")
        yield FittingFooter()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        if fit_columns(self.query_one(DataTable)):
            self.refresh_stances()

    def add_columns(self, *columns: tuple) -> DataTable:
        """(label, key, width[, grow]) for each column; returns the focused table."""
        t = add_columns(self.query_one(DataTable), *columns)
        t.focus()
        return t


def add_columns(table: DataTable, *columns: tuple) -> DataTable:
    """(label, key, width) or (label, key, width, grow) for each column of ``table``.
    ``width`` is the least the column gets; columns with a ``grow`` weight share what the
    table's width leaves over, in proportion (see fit_columns)."""
    table._bluf_columns = [(c[0], c[1], c[2], c[3] if len(c) > 3 else 0) for c in columns]
    table._bluf_widths = [c[2] for c in table._bluf_columns]
    for (label, key, _, _), width in zip(table._bluf_columns, fit_widths(table)):
        table.add_column(label, key=key, width=width)
    table._bluf_widths = fit_widths(table)
    return table


def fit_widths(table: DataTable) -> list[int]:
    """The columns' widths for the table's present width: each at least its own, the
    growing ones sharing the rest (one cell spared for the scroll bar)."""
    cols = getattr(table, "_bluf_columns", [])
    base = [w for _, _, w, _ in cols]
    weights = [g for *_, g in cols]
    room = table.size.width - 1 - sum(w + 2 * table.cell_padding for w in base)
    if room <= 0 or not any(weights):
        return base
    total = sum(weights)
    extra = [room * g // total for g in weights]
    return [w + e for w, e in zip(base, extra)]


def fit_columns(table: DataTable) -> bool:
    """Re-lay ``table``'s columns to its width; True if they changed (the rows must then
    be added again: DataTable.clear(columns=True) is Textual's public way to do it)."""
    widths = fit_widths(table)
    if widths == getattr(table, "_bluf_widths", None):
        return False
    table._bluf_widths = widths
    table.clear(columns=True)
    for (label, key, _, _), width in zip(table._bluf_columns, widths):
        table.add_column(label, key=key, width=width)
    return True
