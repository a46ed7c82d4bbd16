"""TableDetailScreen: a title line, a table of rows and a detail pane under it, the
shape of the actors and incidents screens."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static


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
            yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail"):
                yield Static(id="detail-text")
        yield Footer()

    def add_columns(self, *columns: tuple[str, str, int]) -> DataTable:
        """(label, key, width) for each column; returns the focused table."""
        t = add_columns(self.query_one(DataTable), *columns)
        t.focus()
        return t


def add_columns(table: DataTable, *columns: tuple[str, str, int]) -> DataTable:
    """(label, key, width) for each column of ``table``."""
    for label, key, width in columns:
        table.add_column(label, key=key, width=width)
    return table
