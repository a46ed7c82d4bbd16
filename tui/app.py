"""BlufApp: the Textual application. It opens the workspace and runs the analysis in
worker threads, after the first screen has painted, so start-up never waits for spaCy."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from .config import UIConfig, load_ui_config
from .memory import freeze_long_lived
from .messages import AnalysisProgress, AnalysisReady, WorkspaceFailed, WorkspaceOpened
from .screens.help import HelpScreen
from .screens.library import LibraryScreen
from .themes import bundled_dir, load_themes

POLL_SECONDS = 1.0
COMPACT_SECONDS = 300.0

# Fallbacks for theme variables bluf's CSS uses; a theme file may set its own.
THEME_VARIABLE_DEFAULTS = {
    "stance-hawkish": "#e06c75",
    "stance-cautious": "#61afef",
    "stance-neutral": "#abb2bf",
    "stance-threatening": "#c678dd",
    "stance-denial": "#e5c07b",
}


class BlufApp(App):
    TITLE = "bluf"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("E", "export", "Export brief", id="app.export"),
        Binding("b", "screen('brief')", "Brief", id="app.brief"),
        Binding("A", "screen('actors')", "Actors", show=False, id="app.actors"),
        Binding("I", "screen('incidents')", "Incidents", show=False, id="app.incidents"),
        Binding("M", "screen('matrix')", "Stance matrix", show=False, id="app.matrix"),
        Binding("S", "screen('stats')", "Agreement", show=False, id="app.stats"),
        Binding("L", "screen('library')", "Library", show=False, id="app.library"),
        Binding("f2", "next_theme", "Next theme", show=False, id="app.theme"),
    ]

    def __init__(self, db: str | Path | None = None, brief_path: str | Path | None = None, ui: UIConfig | None = None) -> None:
        super().__init__()
        self.db = db
        self.workspace = None
        self.brief_path = Path(brief_path) if brief_path else Path.cwd() / "brief.md"
        self.analysed = False
        self.ui = ui or load_ui_config()
        # No animations: over SSH every frame of a fade is bytes on a slow link.
        self.animation_level = "none"
        self.theme_problems: list[str] = []
        self._brief_filter = None  # annotate.brief loads on first use, not before the first paint

    @property
    def brief_filter(self):
        """The brief's filters (incident, actor, dates, annotator, label) for this session."""
        if self._brief_filter is None:
            from annotate.brief import BriefFilter

            self._brief_filter = BriefFilter()
        return self._brief_filter

    @brief_filter.setter
    def brief_filter(self, flt) -> None:
        self._brief_filter = flt

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **THEME_VARIABLE_DEFAULTS}

    def on_mount(self) -> None:
        from annotate.locations import user_themes_dir

        themes, self.theme_problems = load_themes([bundled_dir(), user_themes_dir()])
        by_name = {t.name: t for t in themes}
        wanted = self.ui.theme if self.ui.theme in by_name or self.ui.theme in self.available_themes else "bluf-dark"
        if wanted != self.ui.theme:
            self.theme_problems.append(f"theme {self.ui.theme!r} not found; using bluf-dark")
        if wanted in by_name:
            self.register_theme(by_name.pop(wanted))
        if wanted in self.available_themes:
            self.theme = wanted
        self._more_themes = list(by_name.values())  # registered after the first paint
        if self.ui.keymap:
            self.set_keymap(self.ui.keymap)
        self.push_screen(LibraryScreen())
        for p in self.theme_problems + self.ui.problems:
            self.notify(p, severity="warning", timeout=10)
        # Open the workspace once the first screen is on the terminal.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        for t in self._more_themes:
            self.register_theme(t)
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

    def analyse_again(self) -> None:
        """After an import: analyse what is new (cached sources are only loaded)."""
        self.analysed = False
        self.analyse()

    @work(thread=True, exclusive=True, group="workspace")
    def analyse(self) -> None:
        ws = self.workspace
        derived = ws.compute(progress=lambda d, t, n: self.post_message(AnalysisProgress(d, t, n)))
        self.post_message(AnalysisReady(derived, ws.pipeline_notice()))

    @work(thread=True, exclusive=True, group="compact")
    def compact_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.maybe_compact()

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
        freeze_long_lived()
        lib = self._library()
        if lib:
            lib.set_progress(None, None)
            lib.set_status(
                f"{len(ws.sources())} sources · {sum(len(ws.source_summary(s.id)['quotes']) for s in ws.sources())} quotes · "
                f"{len(ws.incidents())} incidents · enter reads a source"
            )
            lib.refresh_data()
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=10)
        for line in ws.analysis_errors.values():  # the other sources are analysed and open
            self.notify(line, severity="error", timeout=15, markup=False)
        for screen in self.screen_stack:
            hook = getattr(screen, "on_analysis_ready", None)
            if hook is not None and screen is not lib:
                hook()

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

    def _library(self) -> LibraryScreen | None:
        for s in self.screen_stack:
            if isinstance(s, LibraryScreen):
                return s
        return None

    # ------------------------------------------------------------------ navigation
    def _analysis_done(self) -> bool:
        if self.workspace is None or not self.analysed:
            self.notify("Wait for the analysis to finish", severity="warning")
            return False
        return True

    def reader_screen(self, source_id: str) -> Screen:
        from .screens.reader import keys_of, reader_class

        specs = tuple((x["name"], x.get("key", "")) for x in self.workspace.label_specs)
        cls = reader_class(specs, frozenset(keys_of(self.BINDINGS)))
        for problem in cls.KEY_PROBLEMS:
            self.notify(problem, severity="warning", timeout=10)
        return cls(source_id)

    def open_reader(self, source_id: str) -> None:
        if self.workspace is None:
            self.notify("The workspace is still opening", severity="warning")
            return
        self.push_screen(self.reader_screen(source_id))

    def action_screen(self, name: str) -> None:
        if name == "library":
            while len(self.screen_stack) > 2:
                self.pop_screen()
            return
        if not self._analysis_done():
            return
        from .screens.actors import ActorsScreen
        from .screens.brief import BriefScreen
        from .screens.incidents import IncidentsScreen
        from .screens.matrix import MatrixScreen
        from .screens.stats import StatsScreen

        cls = {"actors": ActorsScreen, "incidents": IncidentsScreen, "matrix": MatrixScreen, "stats": StatsScreen, "brief": BriefScreen}[name]
        if isinstance(self.screen, cls):
            return
        # One screen of each kind on the stack: going to it again pops back to it.
        for s in self.screen_stack:
            if isinstance(s, cls):
                while self.screen is not s:
                    self.pop_screen()
                return
        self.push_screen(cls())

    def action_next_theme(self) -> None:
        names = sorted(n for n in self.available_themes if n.startswith("bluf"))
        if names:
            i = names.index(self.theme) if self.theme in names else -1
            self.theme = names[(i + 1) % len(names)]
            self.notify(f"Theme: {self.theme}", timeout=2)
            self.refresh_views()

    def key_bindings(self, screen: Screen) -> list[tuple[str, object, object]]:
        """(keys, binding, node) of every described binding of a screen: the screen's own
        first, then the app's, then those of the focused widget's chain."""
        found: list[tuple[object, object]] = []
        for node in (screen, self):
            found += [(b, node) for _, b in node._bindings]
        found += [(a.binding, a.node) for a in screen.active_bindings.values()]
        out, seen = [], set()
        for b, node in found:
            if not b.description or (b.action, b.description) in seen:
                continue
            seen.add((b.action, b.description))
            keys = ", ".join(dict.fromkeys(self.get_key_display(x) for x, _ in found if x.action == b.action and x.description == b.description))
            out.append((keys, b, node))
        return out

    def key_rows(self, screen: Screen) -> list[tuple[str, str, str]]:
        """(keys, description, binding id) for the help screen."""
        return [(keys, b.description, b.id or "") for keys, b, _ in self.key_bindings(screen)]

    def action_help(self) -> None:
        from .screens.reader import LEGEND, ReaderScreen

        screen = self.screen
        rows = [(k, f"{d}  [{i}]" if i else d) for k, d, i in self.key_rows(screen)]
        rows.append(("ctrl+p", "Command palette: every action by name"))
        legend = LEGEND if isinstance(screen, ReaderScreen) else []
        self.push_screen(HelpScreen(type(screen).__name__.replace("Screen", ""), rows, legend))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette offers every action bound on the current screen, and the app's."""
        yield from super().get_system_commands(screen)
        bound = self.key_bindings(screen)
        for keys, binding, node in bound:
            if binding.action in ("help", "command_palette") or not binding.id:
                continue
            yield SystemCommand(binding.description, f"{keys} · {binding.id}", lambda n=node, act=binding.action: self.run_action(act, n))
        from .screens.reader import ReaderScreen

        if isinstance(screen, ReaderScreen) and self.workspace is not None:
            keyed = {b.action for _, b, _ in bound}
            for name in self.workspace.labels:
                act = f"tag('{name}')"
                if act not in keyed:  # a label without a key (or whose key was taken)
                    yield SystemCommand(name.capitalize(), "tag the speaker (no key)", lambda act=act: self.run_action(act, screen))

    # ------------------------------------------------------------------ brief
    def current_brief(self):
        from annotate.brief import build_brief

        last = self.workspace.last_export()
        return build_brief(self.workspace, flt=self.brief_filter, snapshot_since=(last or {}).get("snapshot"))

    def brief_markdown(self) -> str:
        from annotate.export import export

        return export(self.workspace, "md", flt=self.brief_filter)

    def action_export(self) -> None:
        if not self._analysis_done():
            return
        from annotate.export import export

        path = self.brief_path
        text = export(self.workspace, "md", flt=self.brief_filter, record=True, target=str(path))
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
