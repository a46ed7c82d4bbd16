"""BlufApp: the Textual application. It opens the workspace and runs the analysis in
worker threads, so the first screen paints before spaCy is even imported."""

from __future__ import annotations

import os
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from .messages import AnalysisProgress, AnalysisReady, WorkspaceFailed, WorkspaceOpened
from .screens.help import HelpScreen
from .screens.library import LibraryScreen
from .screens.reader import LEGEND, ReaderScreen
from .themes import bundled_dir, load_themes

POLL_SECONDS = 1.0
COMPACT_SECONDS = 300.0


class BlufApp(App):
    TITLE = "bluf"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("E", "export", "Export brief", id="app.export"),
        Binding("S", "stats", "Agreement", id="app.stats"),
    ]

    def __init__(self, db: str | Path | None = None, brief_path: str | Path | None = None) -> None:
        super().__init__()
        self.db = db
        self.workspace = None
        self.brief_path = Path(brief_path) if brief_path else Path.cwd() / "brief.md"
        self.analysed = False
        self.theme_problems: list[str] = []

    def on_mount(self) -> None:
        from annotate.locations import user_themes_dir

        themes, self.theme_problems = load_themes([bundled_dir(), user_themes_dir()])
        for t in themes:
            self.register_theme(t)
        if any(t.name == "bluf-dark" for t in themes):
            self.theme = "bluf-dark"
        self.push_screen(LibraryScreen())
        for p in self.theme_problems:
            self.notify(p, severity="warning")
        self.open_workspace()

    # ------------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="workspace")
    def open_workspace(self) -> None:
        from annotate.workspace import WorkspaceError, open_workspace

        try:
            ws = open_workspace(self.db)
        except WorkspaceError as err:
            self.post_message(WorkspaceFailed(str(err)))
            return
        self.post_message(WorkspaceOpened(ws))
        # Cached analyses load without spaCy; the rest is parsed here, off the UI thread.
        derived = ws.compute(progress=lambda d, t, n: self.post_message(AnalysisProgress(d, t, n)))
        self.post_message(AnalysisReady(derived, ws.pipeline_notice()))

    # ------------------------------------------------------------------ handlers
    def on_workspace_opened(self, message: WorkspaceOpened) -> None:
        self.workspace = message.workspace
        lib = self._library()
        if lib:
            lib.set_status(f"{len(self.workspace.sources())} sources · analysing…")
            lib.refresh_data()
        for notice in self.workspace.notices:
            self.notify(notice, severity="warning", timeout=15)
        # Another analyst's tags on the same workspace show up within POLL_SECONDS.
        self.set_interval(POLL_SECONDS, self.poll_workspace, name="poll")
        self.set_interval(COMPACT_SECONDS, self.compact_workspace, name="compact")

    def poll_workspace(self) -> None:
        from annotate.workspace import WorkspaceError

        ws = self.workspace
        if ws is None:
            return
        try:
            changed = ws.refresh()
        except WorkspaceError as err:
            self.notify(str(err), severity="warning", timeout=5)
            return
        if changed:
            self.refresh_views()

    def refresh_views(self) -> None:
        """Redraw what shows stances, after a change here or by another analyst."""
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_stances", None)
            if refresh is not None:
                refresh()

    @work(thread=True, exclusive=True, group="compact")
    def compact_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.maybe_compact()

    def on_workspace_failed(self, message: WorkspaceFailed) -> None:
        lib = self._library()
        if lib:
            lib.set_status(message.error)
            lib.set_progress(None, None)
        self.notify(message.error, severity="error", timeout=30)

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        lib = self._library()
        if lib:
            lib.set_progress(message.done, message.total)
            if message.total:
                lib.set_status(f"Analysing {message.done}/{message.total} sources… {message.name}")

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        ws = self.workspace
        ws.install(message.derived)
        self.analysed = True
        lib = self._library()
        if lib:
            lib.set_progress(None, None)
            lib.set_status(
                f"{len(ws.sources())} sources · {sum(len(ws.quotes(s.id)) for s in ws.sources())} quotes · "
                f"{len(ws.incidents())} incidents · enter reads a source"
            )
            lib.refresh_data()
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=10)
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.on_analysis_ready()

    def _library(self) -> LibraryScreen | None:
        for s in self.screen_stack:
            if isinstance(s, LibraryScreen):
                return s
        return None

    # ------------------------------------------------------------------ actions
    def open_reader(self, source_id: str) -> None:
        if self.workspace is None:
            self.notify("The workspace is still opening", severity="warning")
            return
        self.push_screen(ReaderScreen(source_id))

    def action_stats(self) -> None:
        from .screens.stats import StatsScreen

        if self.workspace is None:
            self.notify("The workspace is still opening", severity="warning")
            return
        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_help(self) -> None:
        screen = self.screen
        rows: list[tuple[str, str]] = []
        seen = set()
        for key, active in screen.active_bindings.items():
            b = active.binding
            if not b.description or (b.action, b.description) in seen:
                continue
            seen.add((b.action, b.description))
            rows.append((self.get_key_display(b), b.description))
        rows.append(("ctrl+p", "Command palette: every action by name"))
        legend = LEGEND if isinstance(screen, ReaderScreen) else []
        self.push_screen(HelpScreen(type(screen).__name__.replace("Screen", ""), rows, legend))

    def action_export(self) -> None:
        if self.workspace is None or not self.analysed:
            self.notify("Wait for the analysis to finish before exporting", severity="warning")
            return
        from annotate.brief import build_brief
        from annotate.export.markdown import render_markdown

        text = render_markdown(build_brief(self.workspace))
        path = self.brief_path
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        except OSError as err:
            self.notify(f"Brief not written: {err.strerror or err}", severity="error")
            return
        self.notify(f"Brief written to {path}")

    def on_unmount(self) -> None:
        if self.workspace is not None:
            self.workspace.close()


def run_app(db: str | None = None) -> int:
    app = BlufApp(db=db)
    app.run()
    return app.return_code or 0
