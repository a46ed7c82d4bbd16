"""LibraryScreen: the sources and the incidents they report."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, ProgressBar, Static


class LibraryScreen(Screen):
    BINDINGS = [
        Binding("enter", "open_source", "Read", id="library.open"),
        Binding("tab", "app.focus_next", "Next list", show=False, id="library.next"),
    ]
    DEFAULT_CSS = """
    LibraryScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    LibraryScreen #status { height: 1; padding: 0 1; color: $text-muted; }
    LibraryScreen ProgressBar { height: 1; padding: 0 1; }
    LibraryScreen ProgressBar.-hidden { display: none; }
    LibraryScreen .heading { height: 1; padding: 0 1; text-style: bold; color: $accent; }
    LibraryScreen #sources { height: 1fr; min-height: 4; }
    LibraryScreen #incidents { height: 1fr; min-height: 4; }
    """

    def compose(self) -> ComposeResult:
        yield Static("bluf · library", id="title")
        yield Static("Opening the workspace…", id="status")
        yield ProgressBar(total=None, show_eta=False, id="progress")
        with Vertical():
            yield Static("Sources", classes="heading")
            table = DataTable(id="sources", cursor_type="row", zebra_stripes=True)
            yield table
            yield Static("Incidents", classes="heading")
            yield DataTable(id="incidents", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        sources = self.query_one("#sources", DataTable)
        sources.add_column("#", key="n", width=2)
        sources.add_column("Source", key="title", width=34)
        sources.add_column("Outlet", key="outlet", width=16)
        sources.add_column("Quotes", key="quotes", width=6)
        sources.add_column("Tagged", key="tagged", width=6)
        incidents = self.query_one("#incidents", DataTable)
        incidents.add_column("Date", key="date", width=10)
        incidents.add_column("Place", key="place", width=10)
        incidents.add_column("What", key="what", width=36)
        incidents.add_column("Src", key="sources", width=4)
        sources.focus()
        self.refresh_data()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def refresh_stances(self) -> None:
        self.refresh_data()

    # ------------------------------------------------------------------ data
    def set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))

    def set_progress(self, done: int | None, total: int | None) -> None:
        bar = self.query_one("#progress", ProgressBar)
        if total is None:
            bar.add_class("-hidden")
            return
        bar.remove_class("-hidden")
        bar.update(total=total, progress=done or 0)

    def refresh_data(self) -> None:
        ws = getattr(self.app, "workspace", None)
        sources = self.query_one("#sources", DataTable)
        incidents = self.query_one("#incidents", DataTable)
        if ws is None:
            return
        self.query_one("#title", Static).update(Text(f"bluf · library · {ws.path}"))
        keep = sources.cursor_row
        sources.clear()
        tagged_by_source: dict[str, set] = {}
        for st in ws.stances():
            tagged_by_source.setdefault(st.source_id, set()).add((st.start, st.end))
        analysed = bool(ws.analyses)
        for n, s in enumerate(ws.sources(), 1):
            quotes = ws.quotes(s.id)
            tagged = sum(1 for q in quotes if (q.start, q.end) in tagged_by_source.get(s.id, ()))
            sources.add_row(
                Text(str(n)),
                Text(s.label),
                Text(s.outlet or "—"),
                Text(str(len(quotes)) if s.id in ws.analyses else "…", justify="right"),
                Text(str(tagged) if analysed else "…", justify="right"),
                key=s.id,
            )
        if keep is not None and sources.row_count:
            sources.move_cursor(row=min(keep, sources.row_count - 1))
        incidents.clear()
        for inc in ws.incidents():
            incidents.add_row(
                Text(inc.date or "undated"),
                Text(inc.country),
                Text(inc.title),
                Text(str(len(inc.evidence)), justify="right"),
                key=inc.id,
            )

    # ------------------------------------------------------------------ actions
    def action_open_source(self) -> None:
        table = self.query_one("#sources", DataTable)
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.app.open_reader(key)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "sources":
            event.stop()
            self.app.open_reader(event.row_key.value)
