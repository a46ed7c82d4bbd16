"""MatrixScreen: stances as a table, actors × incidents or actors × sources. A cell shows
the labels tagged (first letters); two or more labels in a cell are a conflict (⚠), shown whole
in the column's width ("⚠C/N", "⚠CNH", "⚠CN+2")."""

from __future__ import annotations

from collections import Counter

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ..widgets.fitting_footer import FittingFooter
from ..wording import clip


ACTOR_WIDTH = 22  # the most cells an actor's name takes in the first column
LEGEND_TITLE = 28  # characters of an incident's name in the legend: two entries a line at 80 columns


def _short(incident) -> str:
    """An incident's name for the legend: its title when short, else its place (or country)
    and type, cut with "…" to ``LEGEND_TITLE`` characters."""
    t = incident.title
    if len(t) > LEGEND_TITLE and (incident.place or incident.country):
        t = f"{incident.place or incident.country}: {incident.kind.replace('_', ' ')}"
    return t if len(t) <= LEGEND_TITLE else t[: LEGEND_TITLE - 1].rstrip() + "…"


def _day_format(incidents):
    """How an incident's date shows in a column head: "MM-DD" when the incidents' dates are in
    one year, "YY-MM-DD" when they span several (a timeline over years must say which year);
    "undated" for none."""
    years = {i.date[:4] for i in incidents if i.date and not i.date.startswith("--")}
    cut = 5 if len(years) <= 1 else 2
    return lambda date: ("??" + date[1:] if date.startswith("--") else date[cut:10]) if date else "undated"  # (a day of an unknown year: "??-10-21")


def _cell(letters: list[str], width: int) -> str:
    """A cell's labels (first letters, most tagged first) in at most ``width`` cells: "H", or
    for two or more (a conflict) "⚠C/N", "⚠CNH" when the slashes do not fit, "⚠CN+2" when
    the letters do not either, never cut mid-way."""
    if len(letters) < 2:
        return "".join(letters)
    for text in ("⚠" + "/".join(letters), "⚠" + "".join(letters)):
        if cell_len(text) <= width:
            return text
    keep = max(1, width - 2 - len(str(len(letters))))
    return "⚠" + "".join(letters[:keep]) + f"+{len(letters) - keep}"


def _packed(entries: list[str], width: int) -> str:
    """``entries`` in lines of at most ``width`` cells, two spaces apart, never one cut in two."""
    lines: list[str] = []
    for e in entries:
        if lines and len(lines[-1]) + 2 + len(e) <= width:
            lines[-1] += "  " + e
        else:
            lines.append(e)
    return "\n".join(lines)


class MatrixScreen(Screen):
    BINDINGS = [
        Binding("tab", "switch", "Incidents ⇄ sources", id="matrix.switch"),
        Binding("escape", "app.pop_screen", "Back", id="matrix.back"),
        Binding("g", "ends(0)", "First row", show=False, id="matrix.first_row"),
        Binding("G", "ends(1)", "Last row", show=False, id="matrix.last_row"),
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

    def action_ends(self, last: int) -> None:
        """g / G: the first / the last row, in the column the cursor is in."""
        t = self.query_one(DataTable)
        t.action_scroll_bottom() if last else t.action_scroll_top()

    def action_switch(self) -> None:
        self.by = "sources" if self.by == "incidents" else "incidents"
        self.refresh_stances()

    def refresh_stances(self) -> None:
        ws = self.app.workspace
        t = self.query_one(DataTable)
        t.clear(columns=True)
        stances = ws.stances()
        abbrev = {lab: lab[:1].upper() for lab in ws.labels}
        legend_cols = ""
        if self.by == "incidents":
            # Numbered columns and a legend: place names cut to fit were ambiguous
            # ("Finland 12-2" twice). A tag is under the incident(s) its evidence speaks to.
            incidents = ws.incidents()
            under = ws.stance_incidents(stances)
            day = _day_format(incidents)
            cols = [(i.id, f"#{n}\n{day(i.date)}", {s.id for s in stances if i.id in under[s.id]})
                    for n, i in enumerate(incidents, 1)]
            loose = {s.id for s in stances if not under[s.id]}
            if loose:  # tags near no incident's evidence in a source of several: first, in sight at 80 columns
                cols.insert(0, ("\x00none", "no incident", loose))
            legend_cols = _packed([f"#{n} {day(i.date)} {_short(i)}" for n, i in enumerate(incidents, 1)],
                                  max(30, self.app.size.width - 4))
        else:
            cols = [(s.id, f"#{n}", {st.id for st in stances if st.source_id == s.id}) for n, s in enumerate(ws.sources(), 1)]
        actors = sorted({s.actor_id for s in stances}, key=lambda a: ws.actor_name(a).lower())
        # The actor column is as wide as its longest name (up to ACTOR_WIDTH, then cut with
        # "…"); an incident's head is two lines (number, date): at 80 columns six fit whole.
        name_width = max([5, *(cell_len(ws.actor_name(a)) for a in actors)])
        name_width = min(ACTOR_WIDTH, name_width)
        t.add_column("Actor", key="actor", width=name_width)
        widths = []
        for cid, label, _ in cols:
            widths.append(max(4, *(len(part) for part in label.split("\n"))))
            t.add_column(Text(label), key=cid, width=widths[-1])
        t.header_height = 2 if any("\n" in label for _, label, _ in cols) else 1
        shown = len(cols)
        room = self.app.size.width - 1 - (name_width + 2 * t.cell_padding)
        for k, w in enumerate(widths):
            room -= w + 2 * t.cell_padding
            if room < 0:
                shown = k
                break
        more = f" · {shown} of {len(cols)} columns in view, → scrolls" if shown < len(cols) else ""
        self.query_one("#title", Static).update(Text(f"bluf · stance matrix · actors × {self.by}  (tab switches){more}"))
        for aid in actors:
            row = [Text(clip(ws.actor_name(aid), name_width))]
            mine = [s for s in stances if s.actor_id == aid]
            for _, _, tags in cols:
                c = Counter(s.label for s in mine if s.id in tags)
                letters = [abbrev.get(lab, lab[:1]) for lab, _ in c.most_common()]
                row.append(Text(_cell(letters, widths[len(row) - 1]), style="bold" if len(c) > 1 else ""))
            t.add_row(*row, key=aid)
        legend = "  ".join(f"{v} {k}" for k, v in abbrev.items())
        if legend_cols:
            legend += "\n" + legend_cols
        if self.by == "sources":
            legend += "\n" + "  ".join(f"#{n} {s.label[:28]}" for n, s in enumerate(ws.sources(), 1))
        self.query_one("#legend", Static).update(Text(legend + ("" if actors else "\nNo tags yet.")))
