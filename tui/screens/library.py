"""LibraryScreen: the sources and the incidents they report; `/` filters both."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, ProgressBar, Static

from tui.widgets.quiet_input import QuietInput

from ..widgets.row_table import RowTable
from rich.cells import cell_len

from ..wording import clip_cell, clip_middle, PLACE_MOST, fit_place, place_room, short_count
from .table_detail import add_columns, fit_columns, keep_cursor


def source_cells(sources, width: int) -> dict[str, str]:
    """The Source cell of each source (id -> text) in a column ``width`` cells wide: its label
    (title, else file name) cut with "…". Two rows that would look the same (the same cell, outlet
    and day: one title from two files, a re-import) show what tells them apart after " · ":
    the file name when theirs differ, else the day and time each was imported ("03-14 09:30"),
    else the id's start."""
    sources = list(sources)
    cells = {s.id: clip_cell(s.label, width) for s in sources}
    alike: dict[tuple[str, str, str], list] = {}
    for s in sources:
        alike.setdefault((cells[s.id].casefold(), s.outlet.casefold(), s.published[:10]), []).append(s)
    for group in alike.values():
        if len(group) < 2:
            continue
        for tell in (lambda s: s.name, lambda s: s.added_at[5:16].replace("T", " "), lambda s: s.id[:8]):
            tails = [tell(s) for s in group]
            if all(tails) and len(set(tails)) == len(tails):
                break
        for s, tail in zip(group, tails):
            if tail == s.label:  # untitled: the file name, its start and end
                cells[s.id] = clip_middle(tail, width)
                continue
            tail = clip_middle(tail, max(width - 10, width // 2))
            cells[s.id] = f"{clip_cell(s.label, max(1, width - cell_len(tail) - 3))} · {tail}"
    return cells


class FeedUpdated(Message):
    """One feed's update is saved (``result``: annotate.subscriptions.FeedResult)."""

    def __init__(self, result, done: int, total: int) -> None:
        super().__init__()
        self.result, self.done, self.total = result, done, total


class FeedsDone(Message):
    def __init__(self, results: list, error: str = "") -> None:
        super().__init__()
        self.results, self.error = results, error


class LibraryScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Open", id="library.open"),
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("i", "import", "Import", id="library.import"),
        Binding("m", "edit_source", "Metadata", id="library.edit"),
        Binding("delete,X", "remove_source", "Remove source", show=False, id="library.remove"),
        Binding("R", "update_feeds", "Update feeds", show=False, id="library.update_feeds"),  # in ? and the palette
        Binding("tab", "app.focus_next", "Next list", show=False, id="library.next"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
    ]
    DEFAULT_CSS = """
    LibraryScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    LibraryScreen #status { height: 1; padding: 0 1; color: $text-muted; }
    LibraryScreen ProgressBar { height: 1; padding: 0 1; }
    LibraryScreen ProgressBar.-hidden { display: none; }
    LibraryScreen #filter { padding: 0 1; display: none; }
    LibraryScreen #filter.-shown { display: block; }
    LibraryScreen .heading { height: 1; padding: 0 1; text-style: bold; color: $accent; }
    LibraryScreen #no-sources { height: 1; padding: 0 1; display: none; text-wrap: nowrap; text-overflow: ellipsis; }
    LibraryScreen #no-sources.-shown { display: block; }
    LibraryScreen #sources { height: 1fr; min-height: 4; }
    LibraryScreen #incidents { height: 1fr; min-height: 4; }
    """

    _body = False  # the lists are mounted (see on_mount)
    _progress: tuple[int | None, int | None] | None = (None, None)  # the bar's (done, total); None: hidden

    def compose(self) -> ComposeResult:
        yield Static("bluf · library", id="title")
        yield Static("Opening the workspace…", id="status")

    def __init__(self) -> None:
        super().__init__()
        self._waiting: list = []  # actions of keys pressed before the lists (when_ready)

    def on_mount(self) -> None:
        # The first paint is the title and the status line; the lists, which stay empty
        # until the workspace is open (after the first paint), follow at once: their
        # widgets' styles, layout and rendering were two thirds of the cost of the first
        # paint (bench/startup.py).
        self.app.call_after_refresh(self._mount_body)  # the app's: after the frame is written

    async def _mount_body(self) -> None:
        await self.mount_all([
            ProgressBar(total=None, show_eta=False, id="progress"),
            QuietInput(placeholder="filter sources and incidents (esc clears)", id="filter", hold_after_submit=True),
            Vertical(
                Static("Sources", classes="heading"),
                Static(id="no-sources"),  # the hint of an empty workspace (refresh_data)
                RowTable(id="sources", cursor_type="row", zebra_stripes=True),
                Static("Incidents", classes="heading"),
                RowTable(id="incidents", cursor_type="row"),
            ),
        ])
        if not self.query("#sources"):
            return  # the app ended (or the screen went) while its body was mounting: nothing to fill
        self._body = True
        if self._progress is None or self._progress[1] is not None:  # what the analysis said meanwhile
            self.set_progress(*(self._progress or (None, None)))
        for callback in self._waiting:
            self.app.call_later(callback)
        self._waiting = []
        sources = add_columns(
            self.query_one("#sources", DataTable),
            # On a narrow terminal (60 columns) the row number and the grade are left out and
            # the outlet, then the title, give up cells: the title and the counts stay.
            ("#", "n", 2, 0, 0, 9), ("", "flag", 2), ("Source", "title", 25, 4, 12, 3), ("Outlet", "outlet", 13, 1, 8, 5),
            ("Date", "date", 10), ("Gr", "grade", 2, 0, 0, 8), ("Quo", "quotes", 3), ("Tag", "tagged", 3),
        )
        add_columns(
            self.query_one("#incidents", DataTable),
            # the place gives up the cells it has beyond its rows' need (place_room), then the title
            ("", "ok", 1), ("Date", "date", 11), ("Place", "place", 14, 1, 8, 4), ("What", "what", 37, 4, 16, 3), ("Src", "sources", 3),
        )
        sources.focus()
        self.refresh_data()
        self.call_after_refresh(self._fit)  # the screen's size came before its lists
        # The key bar follows the first paint: Textual's Footer costs a third of this
        # screen's mount time (bench/startup.py), and the library is what is looked at first.
        from tui.widgets.fitting_footer import FittingFooter

        self.call_after_refresh(self.mount, FittingFooter())

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        changed = [fit_columns(t) for t in self.query(DataTable)]
        if any(changed):
            self.refresh_data()
            for t in self.query(DataTable):
                keep_cursor(t)

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def refresh_stances(self) -> None:
        self.refresh_data()

    # ------------------------------------------------------------------ data
    def set_status(self, text: str) -> None:
        self.query_one("#status", Static).update(Text(text))

    def takes_keys(self) -> bool:
        """Whether the lists are mounted: keys typed before them wait (tui.screen_keys)."""
        return self._body

    def when_ready(self, callback) -> bool:
        """Call ``callback`` once the lists are mounted (right after the first paint): a key
        pressed before them waits instead of being lost. False when they are there."""
        if self._body:
            return False
        self._waiting.append(callback)
        return True

    def set_progress(self, done: int | None, total: int | None) -> None:
        self._progress = None if total is None else (done, total)
        if not self._body:
            return
        bar = self.query_one("#progress", ProgressBar)
        if total is None:
            bar.add_class("-hidden")
            return
        bar.remove_class("-hidden")
        bar.update(total=total, progress=done or 0)

    @property
    def filter_text(self) -> str:
        return self.query_one("#filter", Input).value.strip().lower()

    def refresh_data(self) -> None:
        ws = getattr(self.app, "workspace", None)
        if ws is None or not self._body:
            return
        sources = self.query_one("#sources", DataTable)
        incidents = self.query_one("#incidents", DataTable)
        needle = self.filter_text
        if getattr(self.app, "analysed", False) and not self.app.analysing():
            self.set_status(self.app.summary_line())
        self.query_one("#title", Static).update(Text(f"bluf · library · {ws.path}" + (" · read-only" if ws.readonly else "")))
        self._hint_when_empty(not ws.sources())
        keep = sources.cursor_row
        sources.clear()
        tagged_by_source: dict[str, set] = {}
        for st in ws.stances():
            tagged_by_source.setdefault(st.source_id, set()).add((st.start, st.end))
        analysed = ws.is_analysed()
        groups = ws.duplicate_groups()
        group_size: dict[str, int] = {}
        for g in groups.values():
            group_size[g] = group_size.get(g, 0) + 1
        shown = source_cells(ws.sources(), sources._bluf_widths[2])
        for n, s in enumerate(ws.sources(), 1):
            if needle and needle not in " ".join((s.label, s.name, s.outlet, s.published, s.grade, s.author)).lower():
                continue
            quotes = ws.source_summary(s.id)["quotes"] if ws.is_analysed(s.id) else []
            tagged = len(tagged_by_source.get(s.id, ()))  # passages tagged: quotes and sentences
            # ≈: a near-duplicate of another source; a language code: not English.
            flag = "≈" if group_size.get(groups.get(s.id, s.id), 1) > 1 else ""
            if s.language and s.language != "en":
                flag = (flag + s.language)[:2]
            sources.add_row(
                Text(str(n)),
                Text(flag, style="bold"),
                Text(shown[s.id]),  # cut with "…", not mid-title; what tells it from a row alike
                Text(clip_cell(s.outlet or "—", sources._bluf_widths[3])),
                Text(s.published[:10] or "—"),
                Text(s.grade or "—"),
                Text(short_count(len(quotes)) if ws.is_analysed(s.id) else "…", justify="right"),
                Text(short_count(tagged) if analysed else "…", justify="right"),
                key=s.id,
            )
        if keep is not None and sources.row_count:
            sources.move_cursor(row=min(keep, sources.row_count - 1))
        from annotate import incident_date

        labels = {s.id: s.label for s in ws.sources()}  # (never a source no longer in the workspace)
        shown_incidents = []
        for inc in ws.incidents():
            names = " ".join(labels.get(sid, "") for sid in inc.evidence).lower()
            where = ", ".join(x for x in (inc.place, inc.country) if x)  # as the incidents screen shows it
            if not needle or needle in f"{inc.title} {where} {inc.date} {names}".lower():
                shown_incidents.append(inc)
        # The Place column is as wide as the longest place written whole needs (the title gives
        # up the cells): "New Caledonia", never "New…".
        incidents._bluf_want = {2: min(PLACE_MOST, max((place_room(i.place, i.country) for i in shown_incidents), default=0))}
        fit_columns(incidents)
        incidents.clear()
        for inc in shown_incidents:
            where = fit_place(inc.place, inc.country, incidents._bluf_widths[2])  # never "Galwan Valley, In"
            incidents.add_row(
                Text("✓" if inc.status == "confirmed" else ""),
                Text(incident_date(inc, narrow=True)),  # as the incidents screen and `bluf incidents` show it
                Text(where),
                Text(clip_cell(inc.title, incidents._bluf_widths[3])),
                Text((str(inc.independent) if inc.independent == len(inc.evidence) else f"{inc.independent}≈{len(inc.evidence)}")
                     + (f"+{len(inc.candidates)}?" if inc.candidates else ""), justify="right"),
                key=inc.id,
            )

    def _hint_when_empty(self, empty: bool) -> None:
        """Over an empty source list, one line: the key that imports (as remapped) and
        `bluf --sample`, which opens the bundled articles in a workspace of their own."""
        hint = self.query_one("#no-sources", Static)
        hint.set_class(empty, "-shown")
        if empty:
            keys = next((k for k, b, _ in self.app.key_bindings(self) if b.id == "library.import"), "i")
            hint.update(Text(f"No sources yet: {keys} imports articles · bluf --sample opens the bundled articles"))

    # ------------------------------------------------------------------ actions
    def action_filter(self) -> None:
        """Show and focus the filter. A filter already typed is selected, so that `/` then
        typing starts a new one (as in a pager) while the old one stays until a key."""
        box = self.query_one("#filter", Input)
        box.add_class("-shown")
        box.focus()
        if box.value:
            box.select_all()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        if box.value or box.has_class("-shown"):
            box.value = ""
            box.remove_class("-shown")
            self.refresh_data()
            self.query_one("#sources", DataTable).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_data()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Keys typed after enter in the same burst were held by the filter: they act on the
        # list (queued on the app after the focus moves to it), not typed into the filter.
        self.query_one("#sources", DataTable).focus()
        if isinstance(event.input, QuietInput):
            event.input.release_held(to_app=True)

    def action_import(self) -> None:
        if self.app.workspace is None:
            return
        from .importer import ImportScreen

        self.app.push_screen(ImportScreen())

    def action_edit_source(self) -> None:
        table = self.query_one("#sources", DataTable)
        if self.app.workspace is None or not table.row_count:
            return
        from .source_edit import SourceEditScreen

        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

        def done(saved: bool | None) -> None:
            if saved:
                self.notify("Metadata saved", timeout=2)
                self.app.refresh_views()

        self.app.push_screen(SourceEditScreen(key), done)

    def action_remove_source(self) -> None:
        """Remove the source under the cursor, after a yes (u undoes it)."""
        from annotate import WorkspaceError

        from ..widgets.confirm import Confirm

        table = self.query_one("#sources", DataTable)
        ws = self.app.workspace
        if ws is None or not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        src = ws.source(key)
        tags = sum(1 for st in ws.stances(src.id))

        def done(yes: bool | None) -> None:
            if not yes:
                return
            try:
                ws.remove_source(src.id)
            except WorkspaceError as err:
                self.notify(str(err), severity="error", timeout=8)
                return
            self.notify(f"Removed {src.label} (u undoes it; its tags stay in the history)", timeout=4, markup=False)
            self.app.refresh_views()

        more = f" and its {tags} tag{'s' if tags != 1 else ''}" if tags else ""
        self.app.push_screen(Confirm(f"Remove {src.label}{more} from the lists, incidents and brief?"), done)

    def action_open(self) -> None:
        focused = self.focused
        table = focused if isinstance(focused, DataTable) else self.query_one("#sources", DataTable)
        self._open(table)

    def _open(self, table: DataTable) -> None:
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if table.id == "sources":
            self.app.open_reader(key)
        elif getattr(self.app, "analysed", False):
            from .incidents import IncidentsScreen

            self.app.push_screen(IncidentsScreen(key))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(event.data_table)

    # ------------------------------------------------------------------ feeds
    def action_update_feeds(self) -> None:
        ws = self.app.workspace
        if ws is None:
            return
        from textual.worker import WorkerState

        if any(w.group == "feeds" and w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in self.workers):
            self.notify("The feeds are being updated already", timeout=3)
            return
        feeds = ws.feeds()
        if not feeds:
            self.notify("No feeds: subscribe with `bluf feeds add URL` (or import-urls, import-opml)", severity="warning")
            return
        self.set_status(f"Updating {len(feeds)} feeds…")
        self.set_progress(0, len(feeds))
        self.fetch_feeds()

    @work(thread=True, exclusive=True, group="feeds")
    def fetch_feeds(self) -> None:
        """Fetching and saving run here; each feed's result is posted as it is saved."""
        from annotate import BlufError

        try:
            results = self.app.workspace.update_feeds(progress=lambda r, d, t: self.post_message(FeedUpdated(r, d, t)))
        except BlufError as err:
            self.post_message(FeedsDone([], str(err)))
            return
        self.post_message(FeedsDone(results))

    def on_feed_updated(self, message: FeedUpdated) -> None:
        r = message.result
        self.set_progress(message.done, message.total)
        what = "unchanged" if r.unchanged else f"{len(r.added)} new"
        self.set_status(f"Feeds {message.done}/{message.total} · {r.feed.label}: {what}" + (" · error" if r.errors else ""))
        if r.errors:
            self.notify(r.errors[0] + (f" (+{len(r.errors) - 1} more)" if len(r.errors) > 1 else ""), severity="warning", timeout=8)
        if r.added:
            self.refresh_data()
            self._analysis_wanted = True
            self._analyse_when_idle()

    def on_feeds_done(self, message: FeedsDone) -> None:
        self.set_progress(None, None)
        if message.error:
            self.set_status(message.error)
            self.notify(message.error, severity="error")
            return
        added = sum(len(r.added) for r in message.results)
        failed = sum(1 for r in message.results if r.errors)
        text = f"Feeds updated: {added} new sources from {len(message.results)} feeds" + (f", {failed} with errors" if failed else "")
        self.set_status(text)
        self.notify(text, severity="warning" if failed else "information", timeout=5)

    def _analyse_when_idle(self) -> None:
        """Analyse new sources, once the analysis running (if any) is done."""
        from textual.worker import WorkerState

        if not getattr(self, "_analysis_wanted", False):
            return
        if any(w.group == "workspace" and w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in self.app.workers):
            self.set_timer(0.5, self._analyse_when_idle)
            return
        self._analysis_wanted = False
        self.app.analyse_again()
