"""IncidentsScreen: the incidents as a timeline; confirm, rename, merge, split, link a
source, note, and correct what the finder got wrong: the type (t), the date (d), the place
(p), or that it is an incident at all (x rejects; X shows the rejected ones, marked ×). A new
incident is made in the reader: i on a sentence. A date (or place) marked ≠ is one the sources disagree
on, one marked ~ the day it was reported when no source says when it happened; the detail gives each source's. The analyst's edits are kept in the workspace and
survive re-analysis."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from ..widgets.checklist import Checklist
from ..widgets.picker import Choice, Picker
from ..widgets.prompt import TextPrompt
from ..wording import PLACE_MOST, clip, clip_cell, count, fit_place, place_room
from .table_detail import TableDetailScreen, fit_columns


def _likeness(inc, other) -> tuple:
    """Sort key of ``other`` as a merge target for ``inc``: the same country and type first,
    then the nearest date (a new user's Enter merged a Congo clash into a ship incident in the
    Philippines, the first row of a list in date order)."""
    from datetime import date

    def day(iso: str):
        try:
            return date.fromisoformat(iso[:10])
        except ValueError:
            return None

    a, b = day(inc.date), day(other.date)
    gap = abs((a - b).days) if a and b else 10_000
    return (other.country != inc.country, other.kind != inc.kind, gap, other.title)


# The most of an evidence sentence the detail pane shows: it wraps; a longer one is cut after a
# whole word, with "…" (never inside a word).
EVIDENCE_CHARS = 480


def linked_message(source) -> str:
    """The toast after `l` linked ``source``: which one, by its label (clipped) and outlet, so a
    pick the analyst did not mean is seen at once, and how to take it back ("Linked: Ferry
    collision at the quay (Coastal Gazette) · u undoes"); short enough for a narrow toast."""
    outlet = f" ({clip(source.outlet, 24)})" if source.outlet and source.outlet != source.label else ""
    return f"Linked: {clip(source.label, 56)}{outlet} · u undoes"


class IncidentsScreen(TableDetailScreen):
    BINDINGS = [
        Binding("slash", "filter", "Filter", id="incidents.filter"),
        Binding("c", "confirm", "Confirm", id="incidents.confirm"),
        Binding("x", "reject", "Reject", id="incidents.reject"),
        Binding("t", "type", "Type", id="incidents.type"),
        Binding("d", "date", "Date", id="incidents.date"),
        Binding("p", "place", "Place", id="incidents.place"),
        Binding("r", "rename", "Rename", id="incidents.rename"),
        Binding("m", "merge", "Merge into…", id="incidents.merge"),
        Binding("s", "split", "Split", id="incidents.split"),
        Binding("l", "link", "Link source", id="incidents.link"),
        Binding("o", "note", "Note", show=False, id="incidents.note"),
        Binding("X", "show_rejected", "Show/hide rejected", show=False, id="incidents.show_rejected"),
        Binding("enter", "read", "Read source", show=False, id="incidents.read"),
        Binding("escape", "back", "Back", id="incidents.back"),  # clears the filter first
    ]
    TITLE_TEXT = "bluf · incidents timeline  (✓ confirmed)"
    FILTER_PLACEHOLDER = "filter incidents by title, type, place, country or date (esc clears)"

    def __init__(self, incident_id: str | None = None) -> None:
        super().__init__()
        self.start_at = incident_id
        self.show_rejected = False

    def _incidents(self) -> list:
        """The incidents the list shows: the rejected ones too when X showed them, those the
        filter keeps (by title, type, place, country or date)."""
        from annotate import date_span

        ws = self.app.workspace
        types = dict(ws.incident_types())
        return self.shown(ws.incidents(rejected=self.show_rejected),
                          lambda i: (i.title, i.kind, types.get(i.kind), i.place, i.country, i.date, i.date_end, date_span(i.date, i.date_end)))

    def on_mount(self) -> None:
        # the place gives up the cells it has beyond its rows' need (place_room), then the title
        t = self.add_columns(("", "ok", 1), ("Date", "date", 11), ("Place", "place", 11, 1, 8, 4), ("What", "what", 38, 4, 16, 3), ("Src", "n", 3))
        self.refresh_stances()
        if self.start_at:
            for i, inc in enumerate(self._incidents()):
                if inc.id == self.start_at:
                    t.move_cursor(row=i)

    def refresh_stances(self) -> None:
        ws = self.app.workspace
        t = self.query_one(DataTable)
        keep = t.cursor_row
        keep_id = self._current().id if t.row_count and self._current() else None
        t.clear()
        from annotate import incident_date

        incs = self._incidents()
        # The Place column is as wide as the longest place written whole needs ("≠" one more):
        # the title gives up the cells ("New Caledonia", never "New…").
        t._bluf_want = {2: min(PLACE_MOST, max((place_room(i.place, i.country) + bool(i.places_disagree) for i in incs), default=0))}
        if fit_columns(t):
            t.clear()
        for inc in incs:
            mark = {"confirmed": "✓", "rejected": "×"}.get(inc.status, "")
            style = "strike dim" if inc.status == "rejected" else ""
            widths = getattr(t, "_bluf_widths", [1, 11, 11, 38, 3])
            # "Patikul" rather than "Patikul, Sul"; ≠: its sources name different places
            where = fit_place(inc.place, inc.country, widths[2] - 1) + "≠" if inc.places_disagree else fit_place(inc.place, inc.country, widths[2])
            when = incident_date(inc, narrow=True)
            t.add_row(Text(mark), Text(when, style=style), Text(where, style=style), Text(clip_cell(inc.title, widths[3]), style=style),
                      Text(f"{len(inc.evidence)}+{len(inc.candidates)}?" if inc.candidates else str(len(inc.evidence)), justify="right"),
                      key=inc.id)
        hidden = len(ws.incidents(rejected=True)) - len(ws.incidents())
        title = "bluf · incidents timeline  (✓ confirmed)"
        if hidden and self.show_rejected:
            title = "bluf · incidents timeline  (✓ confirmed, × rejected: X hides them)"
        elif hidden:
            title += f"  {hidden} rejected hidden: X shows"
        self.query_one("#title", Static).update(Text(title))
        if t.row_count:
            ids = [i.id for i in incs]
            t.move_cursor(row=ids.index(keep_id) if keep_id in ids else min(keep or 0, t.row_count - 1))
            self._show_detail()
        else:
            self.query_one("#detail-text", Static).update("")

    def _current(self):
        t = self.query_one(DataTable)
        if not t.row_count:
            return None
        iid = t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value
        return next((i for i in self._incidents() if i.id == iid), None)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_read()

    def _show_detail(self) -> None:
        ws = self.app.workspace
        inc = self._current()
        if inc is None:
            return
        from annotate import date_span

        when = date_span(inc.date, inc.date_end) or "undated"  # as the brief writes it
        status = "rejected: not an incident (x brings it back)" if inc.status == "rejected" else inc.status
        lines = [Content.styled(f"{inc.title} · {when} · {status}", "bold")]
        what = dict(ws.incident_types()).get(inc.kind, inc.kind or "no type")
        lines.append(Content(f"{what} · {', '.join(x for x in (inc.place, inc.country) if x) or 'no place'}"))
        if inc.date_reported:
            lines.append(Content("~ No source says when it happened: the date is the day it was first reported (d sets it)"))
        if inc.dates_disagree:
            lines.append(Content.styled("Sources disagree on the date: " + ", ".join(date_span(*d.split("/", 1)) for d in sorted(set(inc.dates.values()))), "bold"))
        if inc.places_disagree:
            lines.append(Content.styled("Sources disagree on the place: " + ", ".join(inc.places_disagree), "bold"))
        if inc.note:
            lines.append(Content(f"Note: {inc.note}"))
        for sid, spans in inc.evidence.items():
            src = ws.source(sid)
            lines.append(Content.styled(src.label + (f" · {date_span(*inc.dates[sid].split('/', 1))}" if sid in inc.dates else "")
                                        + (" · undated source: joined by type and place only" if sid in inc.undated else ""), "underline"))
            for s, e in spans[:3]:
                lines.append(Content(f"  {clip(src.text[s:e], EVIDENCE_CHARS)}"))
        if inc.candidates:
            lines.append(Content.styled(f"Proposed: {len(inc.candidates)} source(s) found after you confirmed it, not counted "
                                        "(l links one to join it)", "bold"))
            for sid, spans in inc.candidates.items():
                src = ws.source(sid)
                lines.append(Content.styled("? " + src.label + (" · undated source: joined by type and place only" if sid in inc.undated else ""),
                                            "underline"))
                for s, e in spans[:3]:
                    lines.append(Content(f"  {clip(src.text[s:e], EVIDENCE_CHARS)}"))
        self.query_one("#detail-text", Static).update(Content("\n").join(lines))

    def _after(self, message: str) -> None:
        self.notify(message, timeout=3)
        self.app.refresh_views()

    def action_confirm(self) -> None:
        inc = self._current()
        if inc:
            self.app.workspace.confirm_incident(inc.id, inc.status != "confirmed")
            self._after("Confirmed" if inc.status != "confirmed" else "Back to suggested")

    def action_reject(self) -> None:
        inc = self._current()
        if inc:
            rejected = inc.status != "rejected"
            self.app.workspace.reject_incident(inc.id, rejected)
            if not rejected:
                self._after("Brought back")
            else:
                self._after("Rejected: not an incident" + ("" if self.show_rejected else " (X shows the rejected ones)"))

    def action_show_rejected(self) -> None:
        self.show_rejected = not self.show_rejected
        self.refresh_stances()
        self.notify("Rejected incidents shown" if self.show_rejected else "Rejected incidents hidden", timeout=3)

    def _ask(self, question: str, value: str, apply, saved) -> None:
        """A prompt whose text ``apply`` saves; a value the workspace refuses is said in the
        prompt, which stays open with the text as typed. ``saved``: the notice, or a function
        of what ``apply`` returned that makes it."""
        from annotate import BlufError

        ws = self.app.workspace
        view = ws.edit_view()  # what the analyst sees as the prompt opens
        result = []

        def check(text: str) -> str:
            try:
                with ws.seen_as_of(view):
                    result[:] = [apply(text)]
            except BlufError as err:
                return str(err)
            return ""

        def done(text: str | None) -> None:
            if text is not None:
                self._after(saved(result[0] if result else None) if callable(saved) else saved)

        self.app.push_screen(TextPrompt(question, value, check=check), done)

    def action_date(self) -> None:
        inc = self._current()
        if inc:
            from annotate import whole_month

            value = inc.date[:7] if whole_month(inc.date, inc.date_end) else \
                f"{inc.date}/{inc.date_end}" if inc.date_end else inc.date
            self._ask("Date: YYYY-MM-DD, a month YYYY-MM or FIRST/LAST; empty: undated", value,
                      lambda t: self.app.workspace.set_incident_date(inc.id, t), "Date saved")

    def action_place(self) -> None:
        inc = self._current()
        if inc:
            ws = self.app.workspace
            value = ", ".join(x for x in (inc.place, inc.country) if x and x != "?")

            def saved(where) -> str:
                if where and not where[0]:
                    return f"Place saved: {where[1]}, kept as a place with no country"
                return "Place saved"

            self._ask("Where: Place, Country · Country · Sea or border", value,
                      lambda t: ws.set_incident_place(inc.id, *ws.read_place(t)), saved)

    def action_type(self) -> None:
        ws = self.app.workspace
        inc = self._current()
        if inc is None:
            return
        choices = [Choice(tid, title, "now" if tid == inc.kind else tid) for tid, title in ws.incident_types()]

        view = ws.edit_view()

        def done(tid: str | None) -> None:
            if tid:
                with ws.seen_as_of(view):
                    ws.set_incident_type(inc.id, tid)
                self._after(f"Type: {dict(ws.incident_types())[tid]}")

        self.app.push_screen(Picker(f"Event type of “{inc.title}”", choices), done)

    def action_rename(self) -> None:
        inc = self._current()
        if inc:
            ws = self.app.workspace
            view = ws.edit_view()

            def done(t: str | None) -> None:
                if t and t.strip():
                    with ws.seen_as_of(view):
                        ws.rename_incident(inc.id, t)
                    self._after("Renamed")

            self.app.push_screen(TextPrompt("Incident title", inc.title), done)

    def action_note(self) -> None:
        inc = self._current()
        if inc:
            def done(t: str | None) -> None:
                if t is not None:
                    self.app.workspace.note_incident(inc.id, t)
                    self._after("Note saved")

            self.app.push_screen(TextPrompt("Note on the incident", inc.note), done)

    def action_merge(self) -> None:
        ws = self.app.workspace
        inc = self._current()
        if inc is None:
            return
        from annotate import date_span

        # any incident of the list, the filter aside: the one to merge into may be filtered out
        others = sorted((i for i in ws.incidents(rejected=self.show_rejected) if i.id != inc.id), key=lambda i: _likeness(inc, i))
        choices = [Choice(i.id, i.title, f"{date_span(i.date, i.date_end) or 'undated'} · {count(len(i.evidence), 'source')}") for i in others]

        def done(into: str | None) -> None:
            if into:
                try:
                    ws.merge_incidents(inc.id, into)
                finally:
                    self.app.tell_conflicts()  # another analyst's merge of it meanwhile: a conflict, said here too
                self._after("Merged")

        self.app.push_screen(Picker(f"Merge “{inc.title}” into", choices), done)

    def action_split(self) -> None:
        ws = self.app.workspace
        inc = self._current()
        if inc is None or len(inc.evidence) < 2:
            self.notify("A split needs an incident reported by two sources or more", severity="warning")
            return
        items = [(sid, ws.source(sid).label) for sid in inc.evidence]

        def done(chosen: list[str] | None) -> None:
            if not chosen:
                return
            from annotate import WorkspaceError

            try:
                ws.split_incident(inc.id, chosen)
            except WorkspaceError as err:
                self.notify(str(err), severity="error")
                return
            self._after(f"Split off {len(chosen)} source(s)")

        self.app.push_screen(Checklist("Sources that report a different incident", items), done)

    def action_link(self) -> None:
        ws = self.app.workspace
        inc = self._current()
        if inc is None:
            return
        choices = [Choice(s.id, s.label, ("proposed · " if s.id in inc.candidates else "") + s.outlet,
                          tuple(dict.fromkeys(n for n in (s.name, s.outlet) if n and n != s.label)))
                   for s in ws.sources() if s.id not in inc.evidence]
        choices.sort(key=lambda c: c.id not in inc.candidates)  # the proposed ones first

        def done(sid: str | None) -> None:
            if sid:
                ws.link_incident(inc.id, sid)
                self._after(linked_message(ws.source(sid)))

        self.app.push_screen(Picker("Source that reports this incident", choices), done)

    def action_read(self) -> None:
        inc = self._current()
        if inc and inc.evidence:
            self.app.open_reader(next(iter(inc.evidence)))
