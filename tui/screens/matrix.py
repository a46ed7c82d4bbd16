"""MatrixScreen: stances as a table, actors × incidents or actors × sources. A cell shows
the labels tagged (first letters); two or more labels in a cell are a conflict (⚠)."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ..widgets.fitting_footer import FittingFooter


class MatrixScreen(Screen):
    BINDINGS = [
        Binding("tab", "switch", "Incidents ⇄ sources", id="matrix.switch"),
        Binding("escape", "app.pop_screen", "Back", id="matrix.back"),
    ]
    DEFAULT_CSS = """
    MatrixScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    MatrixScreen #legend { height: auto; padding: 0 1; color: $text-muted; }
    MatrixScreen DataTable { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.by = "incidents"

    def compose(self) -> ComposeResult:
        yield Static("", id="title")
        yield DataTable(id="table", cursor_type="cell")
        yield Static("", id="legend")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.refresh_stances()
        self.query_one(DataTable).focus()

    def action_switch(self) -> None:
        self.by = "sources" if self.by == "incidents" else "incidents"
        self.refresh_stances()

    def refresh_stances(self) -> None:
        ws = self.app.workspace
        t = self.query_one(DataTable)
        t.clear(columns=True)
        stances = ws.stances()
        abbrev = {lab: lab[:1].upper() for lab in ws.labels}
        if self.by == "incidents":
            cols = [(i.id, f"{i.country[:9]} {i.date[5:] if i.date else ''}".strip(), set(i.evidence)) for i in ws.incidents()]
        else:
            cols = [(s.id, f"#{n}", {s.id}) for n, s in enumerate(ws.sources(), 1)]
        self.query_one("#title", Static).update(Text(f"bluf · stance matrix · actors × {self.by}  (tab switches)"))
        t.add_column("Actor", key="actor", width=22)
        for cid, label, _ in cols:
            t.add_column(label, key=cid, width=max(4, min(12, len(label))))
        actors = sorted({s.actor_id for s in stances}, key=lambda a: ws.actor_name(a).lower())
        for aid in actors:
            row = [Text(ws.actor_name(aid)[:22])]
            mine = [s for s in stances if s.actor_id == aid]
            for cid, _, sources in cols:
                # A tag counts for an incident when its source reports the incident
                # (or the tag names the incident).
                c = Counter(s.label for s in mine if s.incident_id == cid or (not s.incident_id and s.source_id in sources))
                cell = "/".join(abbrev.get(lab, lab[:1]) for lab, _ in c.most_common())
                row.append(Text(("⚠" + cell) if len(c) > 1 else cell, style="bold" if len(c) > 1 else ""))
            t.add_row(*row, key=aid)
        legend = "  ".join(f"{v} {k}" for k, v in abbrev.items())
        if self.by == "sources":
            legend += "\n" + "  ".join(f"#{n} {s.label[:28]}" for n, s in enumerate(ws.sources(), 1))
        self.query_one("#legend", Static).update(Text(legend + ("" if actors else "\nNo tags yet.")))
