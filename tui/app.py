"""BlufApp: the Textual application. It opens the workspace and runs the analysis in
worker threads, after the first screen has painted, so start-up never waits for spaCy.

The analysis runs in a daemon thread of its own (not one of Textual's workers, whose thread
pool Python waits for at exit): the short sources first, shown as soon as they are done, then
each long one (parsed in parts, minutes for megabytes), shortest first, each shown when done.
Quitting stops it at once: the thread is told to stop at its next text or part and is not
waited for, spaCy's worker processes are ended; what was finished is in the analysis cache.
A source removed while it is analysed is dropped at its next part."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from .config import UIConfig, load_ui_config
from .glyphs import GLYPHS, repertoire
from .glyphs import install as install_glyphs
from .glyphs import install_width_filter
from .memory import freeze_long_lived
from .messages import AnalysisFailed, AnalysisProgress, AnalysisReady, WorkspaceFailed, WorkspaceOpened
from .screen_keys import KeysAcrossScreens
from .screens import NAVIGATION, navigation_bindings
from .screens.library import LibraryScreen
from .themes import bundled_dir, label_glyph, label_slot, load_themes
from .wording import count

POLL_SECONDS = 1.0
COMPACT_SECONDS = 300.0
COMPACT_RECORDS = 5000  # journal records that make the timer fold the journal in

# Fallbacks for theme variables bluf's CSS uses; a theme file may set its own: one colour
# per stance label slot (see tui.themes.label_slot).
THEME_VARIABLE_DEFAULTS = {
    f"label-{i + 1}": c
    for i, c in enumerate(("#e06c75", "#61afef", "#abb2bf", "#c678dd", "#e5c07b", "#98c379", "#56b6c2", "#ff9ecb"))
}
THEME_VARIABLE_DEFAULTS["rule"] = "#7c7e82"  # lines and borders: at least 3:1 on the backgrounds


# Below this width or height (columns, rows) toasts are compact (app.tcss, Screen.-narrow /
# Screen.-short): at 80x24 three full ones covered 14 of the 24 rows the analyst reads.
COMPACT_TOASTS_BELOW = (100, 30)
COMPACT_TOASTS_SHOWN = 2  # at most this many toasts at once when compact; the oldest go first
COMPACT_TOAST_SECONDS = {"information": 3.0, "warning": 6.0, "error": 10.0}  # longest each stays


class BlufApp(KeysAcrossScreens, App):
    TITLE = "bluf"
    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (COMPACT_TOASTS_BELOW[0], "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (COMPACT_TOASTS_BELOW[1], "-tall")]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("E", "export", "Export brief", id="app.export"),
        *navigation_bindings(),  # b A I M S L: tui.screens.NAVIGATION
        Binding("f2", "next_theme", "Next theme", show=False, id="app.theme"),
        Binding("u", "undo", "Undo", show=False, id="app.undo"),
        Binding("ctrl+r,U", "redo", "Redo", show=False, id="app.redo"),
    ]

    def __init__(self, db: str | Path | None = None, brief_path: str | Path | None = None, ui: UIConfig | None = None,
                 seed: bool = False) -> None:
        super().__init__()
        from .code_guard import guard

        guard()  # a module loaded later comes from the code this session started with, or not at all
        if self.no_color:
            # NO_COLOR means no colour at all: Textual's default is shades of grey (and its
            # screens then tell states apart by them); bluf's marks use bold, underline,
            # reverse and glyphs instead (see app.tcss, App:nocolor).
            from textual.filter import Monochrome, NoColor

            self._filters = [f for f in self._filters if not isinstance(f, Monochrome | NoColor)] + [NoColor()]
        self.db = db
        self.seed = seed  # a new workspace gets the bundled articles (`bluf --sample`)
        self.workspace = None
        self.brief_path = Path(brief_path) if brief_path else Path.cwd() / "brief.md"
        self.analysed = False
        self.ui = ui or load_ui_config()
        self.glyph_repertoire = repertoire(self.ui.glyphs)
        self.glyphs = GLYPHS[self.glyph_repertoire]
        install_glyphs(self, self.glyph_repertoire)
        install_width_filter(self)
        # No animations: over SSH every frame of a fade is bytes on a slow link.
        self.animation_level = "none"
        self.theme_problems: list[str] = []
        self.key_problems: list[str] = []  # [keys] remaps refused (tui.keys)
        self._brief_filter = None  # annotate.brief loads on first use, not before the first paint
        self.analysis_failed: dict[str, str] = {}  # source id -> why its analysis failed
        self._conflicts_told: set[str] | None = None  # ids of the open conflicts already said
        self._edits_seen = -1  # how many edit records the last conflict check saw
        self._stopping = threading.Event()  # set when the app quits: the analysis thread stops
        self._analysis_lock = threading.Lock()
        self._analysis_thread: threading.Thread | None = None  # the one analysis thread, while it runs
        self._analysis_again = False  # analyse once more when the running pass ends (an import meanwhile)
        self._choose_theme()

    @property
    def brief_filter(self):
        """The brief's filters (incident, actor, dates, annotator, label) for this session."""
        if self._brief_filter is None:
            from annotate import BriefFilter

            self._brief_filter = BriefFilter()
        return self._brief_filter

    @brief_filter.setter
    def brief_filter(self, flt) -> None:
        self._brief_filter = flt

    async def _dispatch_action(self, namespace, action_name: str, params) -> bool:
        """Every key and palette action: a refusal of the workspace (a full disk, a read-only
        file, a source removed by a colleague) is one line on screen, never a traceback that
        ends the session."""
        from annotate import BlufError

        if isinstance(namespace, LibraryScreen) and namespace.when_ready(lambda: self._dispatch_action(namespace, action_name, params)):
            return True  # run once the library's lists are there
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except BlufError as err:
            self.notify(str(err), severity="error", timeout=8)
            return True

    def push_screen(self, screen, callback=None, wait_for_dismiss: bool = False, **kwargs):
        """As Textual's, with the dialog's callback (a picker's or a prompt's result applied
        to the workspace) reporting a refusal of the workspace in one line, as actions do."""
        return super().push_screen(screen, self._reporting(callback), wait_for_dismiss, **kwargs)

    def _reporting(self, callback):
        if callback is None:
            return None
        import functools
        import inspect

        from annotate import BlufError

        if inspect.iscoroutinefunction(callback):
            @functools.wraps(callback)
            async def run_async(*args):
                try:
                    return await callback(*args)
                except BlufError as err:
                    self.notify(str(err), severity="error", timeout=8)
            return run_async

        @functools.wraps(callback)
        def run(*args):
            try:
                return callback(*args)
            except BlufError as err:
                self.notify(str(err), severity="error", timeout=8)
        return run

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        """Every toast of bluf (``Widget.notify`` and ``Screen.notify`` come here too) shows
        its text literally: never as markup, whatever ``markup`` says (a quote holding
        ``[link=…]`` or ``[@click=app.quit]`` is text), and with control characters shown
        escaped, so a file name or a stored note cannot drive the terminal."""
        from annotate import printable

        if self.compact_toasts:  # a small terminal: shorter-lived (errors stay longest)
            longest = COMPACT_TOAST_SECONDS.get(severity, COMPACT_TOAST_SECONDS["information"])
            timeout = min(self.NOTIFICATION_TIMEOUT if timeout is None else timeout, longest)
        super().notify(printable(message), title=printable(title), severity=severity, timeout=timeout, markup=False)

    @property
    def compact_toasts(self) -> bool:
        """True when the terminal is smaller than ``COMPACT_TOASTS_BELOW`` (columns, rows) either
        way: toasts are then small (app.tcss), short-lived and at most ``COMPACT_TOASTS_SHOWN``."""
        width, height = self.size
        return width < COMPACT_TOASTS_BELOW[0] or height < COMPACT_TOASTS_BELOW[1]

    def _on_notify(self, event) -> None:
        """Textual's handler (it adds the toast), then, when compact, the oldest toasts beyond
        ``COMPACT_TOASTS_SHOWN`` leave: information first, an error last."""
        super()._on_notify(event)
        self._toasts_up = [n for n in getattr(self, "_toasts_up", []) if not n.has_expired] + [event.notification]
        if not self.compact_toasts:
            return
        rank = {"information": 0, "warning": 1, "error": 2}
        extra = len(self._toasts_up) - COMPACT_TOASTS_SHOWN
        for gone in sorted(self._toasts_up[:-1], key=lambda n: rank.get(n.severity, 0))[: max(0, extra)]:
            self._toasts_up.remove(gone)
            self._unnotify(gone)

    def label_look(self, label: str) -> tuple[int, str]:
        """(colour slot 1..8, glyph) of a stance label: the theme variable ``$label-<slot>``
        colours it, the glyph marks it where colour is not shown."""
        labels = self.workspace.labels if self.workspace is not None else []
        slot = label_slot(label, labels)
        return slot, label_glyph(slot, self.theme, self.glyph_repertoire)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **THEME_VARIABLE_DEFAULTS}

    def _choose_theme(self) -> None:
        """Register the configured theme (the others after the first paint) and set it now,
        before the app's styles are first worked out: set in on_mount, it made Textual work
        out every style twice before the first paint."""
        from annotate import user_themes_dir

        themes, self.theme_problems = load_themes([bundled_dir(), user_themes_dir()])
        by_name = {t.name: t for t in themes}
        chosen = self.ui.theme or "bluf-dark"
        wanted = chosen if chosen in by_name or chosen in self.available_themes else "bluf-dark"
        if wanted != chosen:
            from annotate import config_place

            self.theme_problems.append(f"{config_place(('ui', 'theme'))}: theme {self.ui.theme!r} not found; using bluf-dark")
        if wanted in by_name:
            self.register_theme(by_name.pop(wanted))
        if wanted in self.available_themes:
            self.theme = wanted
        self._more_themes = list(by_name.values())  # registered after the first paint

    def on_mount(self) -> None:
        if self.ui.keymap:
            self.apply_keymap()  # checked again, and reported, when the label keys are known
        self.push_screen(LibraryScreen())
        for p in self.theme_problems + self.ui.problems:
            self.notify(p, severity="warning", timeout=10)
        # Open the workspace once the first screen is on the terminal.
        self.call_after_refresh(self._after_first_paint)

    def apply_keymap(self, label_specs: tuple[tuple[str, str], ...] = ()) -> list[str]:
        """Apply the user's [keys] remaps that take no key another action uses (see
        tui.keys); the refused ones, one line each. ``label_specs`` are the workspace's
        label keys ((name, key), ...), known once it is open."""
        from .keys import app_scopes, check_keymap
        from .screens.reader import keys_of, reader_class

        reader = reader_class(label_specs, frozenset(keys_of(self.BINDINGS)))
        keymap, problems = check_keymap(self.ui.keymap, app_scopes(type(self), reader))
        self.set_keymap(keymap)
        return problems

    def _after_first_paint(self) -> None:
        for t in self._more_themes:
            self.register_theme(t)
        self.open_workspace()

    # ------------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="workspace")
    def open_workspace(self) -> None:
        from annotate import WorkspaceError, open_workspace

        try:
            # The bundled articles go only into the sample workspace (`bluf --sample`) opened
            # the first time; any other new workspace, the default one too, starts empty (and
            # says so): the sample never mixes with the analyst's own sources.
            ws = open_workspace(self.db, seed=self.seed)
        except WorkspaceError as err:
            self.post_message(WorkspaceFailed(str(err)))
            return
        except Exception as err:  # noqa: BLE001 - a worker ends with a result or one line
            self.post_message(WorkspaceFailed(f"The workspace could not be opened: {str(err).splitlines()[0] if str(err) else type(err).__name__}"))
            return
        self.post_message(WorkspaceOpened(ws))
        # Cached analyses load without spaCy; the rest is parsed here, off the UI thread.
        self._compute(ws)

    def _compute(self, ws) -> None:
        """Start the analysis thread (or, when it runs, have it go over the sources once more)."""
        with self._analysis_lock:
            self._analysis_again = True
            if self._analysis_thread is not None or self._stopping.is_set():
                return
            self._analysis_thread = threading.Thread(target=self._analysis_loop, args=(ws,), name="bluf-analysis", daemon=True)
            self._analysis_thread.start()
        if threading.current_thread() is threading.main_thread():
            self._watch_analysis()
        else:
            try:
                self.call_from_thread(self._watch_analysis)
            except RuntimeError:  # the app is closing: nothing waits any more
                pass

    @work(group="workspace")
    async def _watch_analysis(self) -> None:
        """A Textual worker (on the event loop, cancelled at exit) that lasts as long as the
        analysis thread: whoever waits for the app's workers waits for the analysis too."""
        import asyncio

        while self._analysis_thread is not None and not self._stopping.is_set():
            await asyncio.sleep(0.05)

    def _analysis_loop(self, ws) -> None:
        while True:
            with self._analysis_lock:
                if not self._analysis_again or self._stopping.is_set():
                    self._analysis_thread = None
                    return
                self._analysis_again = False
            try:
                self._analyse_in_passes(ws)
            except BaseException:
                with self._analysis_lock:
                    self._analysis_thread = None
                raise

    def _analyse_in_passes(self, ws) -> None:
        """Analyse (in the analysis thread) and post each result, or a one-line failure: a
        worker never leaves a screen waiting. The short sources first, then each long one."""
        from annotate import Cancelled

        stop = self._stopping.is_set

        def progress(d: int, t: int, n: str) -> None:
            if not stop():
                self.post_message(AnalysisProgress(d, t, n))

        def short(s) -> bool:
            return not ws.parsed_in_parts(s)

        try:
            derived = ws.compute(progress=progress, parse=short, stop=stop)
            self.post_message(AnalysisReady(derived, ws.pipeline_notice()))
            waiting = dict(ws.analysis_waiting)
            for src in sorted((s for s in ws.sources() if s.id in waiting), key=lambda s: len(s.text)):
                if stop():
                    return
                if not ws.has_source(src.id):  # removed meanwhile
                    continue
                derived = ws.compute(progress=progress, parse=lambda s, sid=src.id: short(s) or s.id == sid, stop=stop)
                self.post_message(AnalysisReady(derived, ""))
        except Cancelled:
            return
        except Exception as err:  # noqa: BLE001 - any failure is reported, in one line
            if stop():
                return  # quitting: spaCy's processes were ended under it
            text = str(err).splitlines()[0] if str(err) else type(err).__name__
            self.post_message(AnalysisFailed(f"Analysis failed: {text}", [s.id for s in ws.pending_analysis()]))

    def analyse_again(self) -> None:
        """After an import: analyse what is new (cached sources are only loaded)."""
        self.analysed = False
        self.analyse()

    def analyse(self) -> None:
        self._compute(self.workspace)

    def analysing(self) -> bool:
        return self._analysis_thread is not None

    def stop_analysis(self) -> None:
        """Quitting: the analysis thread stops at its next text or part and is not waited for;
        spaCy's worker processes are ended now. What was finished is in the cache."""
        from annotate import stop_workers

        self._stopping.set()
        if self._analysis_thread is not None:
            stop_workers()

    @work(thread=True, exclusive=True, group="compact")
    def compact_workspace(self, threshold: int = COMPACT_RECORDS) -> None:
        """Every COMPACT_SECONDS (a timer starts this worker thread): fold a journal of
        ``threshold`` records or more into the TinyDB file; a failure (a full disk) is one
        warning and the session goes on, the journal as it was."""
        from annotate import WorkspaceError

        ws = self.workspace
        if ws is None or not self.is_running:
            return
        before = set(ws.notices)
        try:
            ws.maybe_compact(threshold)
        except WorkspaceError as err:  # the lock held too long by another analyst, read-only
            self.call_from_thread(self.notify, f"Compaction skipped: {err}", severity="warning", timeout=8, markup=False)
            return
        for notice in [n for n in ws.notices if n not in before]:  # why it could not (a full disk)
            self.call_from_thread(self.notify, notice[:1].upper() + notice[1:], severity="warning", timeout=8, markup=False)

    # ------------------------------------------------------------------ handlers
    def on_workspace_opened(self, message: WorkspaceOpened) -> None:
        self.workspace = message.workspace
        lib = self._library()
        if lib:
            lib.set_status(f"{count(len(self.workspace.sources()), 'source')} · analysing…")
            lib.refresh_data()
        for notice in self.workspace.notices:
            self.notify(notice, severity="warning", timeout=15)
        if self.workspace.created and not self.workspace.sources():
            self.notify(f"New empty workspace at {self.workspace.path}: i imports files", timeout=15)
        if self.ui.keymap:  # the reader's label keys are the workspace's
            self.key_problems = self.apply_keymap(tuple((x["name"], x.get("key", "")) for x in self.workspace.label_specs))
            for problem in self.key_problems:
                self.notify(problem, severity="warning", timeout=15)
        # Another analyst's tags on the same workspace show up within POLL_SECONDS.
        self._label_specs_seen = tuple((x["name"], x.get("key", "")) for x in self.workspace.label_specs)
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
            lib.refresh_data()
            lib.set_status(self.summary_line())
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=10)
        for sid, line in ws.analysis_errors.items():  # the other sources are analysed and open
            if self.analysis_failed.get(sid) == line:
                continue  # said already (a later pass over new sources meets it again)
            self.analysis_failed[sid] = line
            self.notify(line, severity="error", timeout=15, markup=False)
        for screen in self.screen_stack:
            hook = getattr(screen, "on_analysis_ready", None)
            if hook is not None and screen is not lib:
                hook()

    def summary_line(self) -> str:
        """The library's status once the analysis is done: what the workspace holds."""
        ws = self.workspace
        ids = {s.id for s in ws.sources()}
        failed = len(ids & self.analysis_failed.keys())
        quotes = sum(len(ws.source_summary(s.id)["quotes"]) for s in ws.sources() if ws.is_analysed(s.id))
        waiting = len([sid for sid in ids if not ws.is_analysed(sid) and sid not in self.analysis_failed]) if self.analysing() else 0
        return (
            f"{count(len(ids), 'source')} · {count(quotes, 'quote')} · {count(len(ws.incidents()), 'incident')}"
            + (f" · {failed} not analysed (analysis failed)" if failed else "")
            + (f" · {waiting} still analysing" if waiting else "") + " · enter reads a source"
        )

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        for sid in message.source_ids:
            self.analysis_failed[sid] = message.error
        self.analysed = self.workspace is not None and self.workspace.is_analysed()
        lib = self._library()
        if lib:
            lib.set_progress(None, None)
            lib.refresh_data()
            lib.set_status(self.summary_line() if self.analysed else message.error)
        self.notify(message.error, severity="error", timeout=15)
        for screen in self.screen_stack:
            hook = getattr(screen, "on_analysis_ready", None)
            if hook is not None and screen is not lib:
                hook()

    def poll_workspace(self) -> None:
        from annotate import WorkspaceError

        ws = self.workspace
        if ws is None or not self.is_running:  # closing: its screens are being taken down
            return
        try:
            changed = ws.refresh()
        except WorkspaceError as err:
            self.notify(str(err), severity="warning", timeout=5)
            return
        # A training of the learned model finished (in its own process): the open reader's
        # suggestions were worked out with the old model, so it works them out again.
        learned = ws.learned_state()[0]
        if learned != getattr(self, "_learned_seen", learned):
            changed = True
        self._learned_seen = learned
        if changed:
            self.follow_labels()
            self.refresh_views()
        self.tell_conflicts()
        # Sources another process imported: analyse them here (once; a failure is said).
        pending = {s.id for s in ws.pending_analysis()} - self.analysis_failed.keys()
        if pending and self.analysed and not self.analysing():
            lib = self._library()
            if lib:
                lib.set_status(f"{len(ws.sources())} sources · analysing {len(pending)} new…")
            self.analyse()

    def follow_labels(self) -> None:
        """After another analyst's `bluf labels set` (seen on the periodic refresh): each open
        reader takes the new vocabulary's keys and footer where it is (its place in the text
        kept), and the [keys] remaps are checked again; said once. No change: nothing."""
        from .screens.reader import ReaderScreen, keys_of, reader_class

        specs = tuple((x["name"], x.get("key", "")) for x in self.workspace.label_specs)
        seen = getattr(self, "_label_specs_seen", None)
        self._label_specs_seen = specs
        if seen is None or seen == specs:
            return
        cls = reader_class(specs, frozenset(keys_of(self.BINDINGS)))
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen) and type(screen) is not cls:
                # Same class body (reader_class makes subclasses differing only in BINDINGS):
                # the screen keeps its state, its key bindings become the new vocabulary's.
                screen.__class__ = cls
                screen._bindings = cls._merged_bindings.copy()
                screen.refresh_bindings()
        if self.ui.keymap:
            self.key_problems = self.apply_keymap(specs)
        keys = ", ".join(f"{key} {name}" for name, key in specs if key)
        self.notify(f"The labels changed: {keys}", timeout=8)
        for problem in cls.KEY_PROBLEMS:
            self.notify(problem, severity="warning", timeout=10)

    def tell_conflicts(self) -> None:
        """Say once each new conflict (two analysts setting one value at once, or a merge's):
        the value in force is the later; `bluf conflicts` lists both and keeps one."""
        from annotate import merge_conflicts

        ws = self.workspace
        n = ws.edit_count()
        if n == self._edits_seen:
            return
        self._edits_seen = n
        found = merge_conflicts(ws)
        told = self._conflicts_told
        self._conflicts_told = {c["id"] for c in found}
        new = [c for c in found if told is not None and c["id"] not in told]
        if told is None and found:
            self.notify(f"{len(found)} conflict(s) open: `bluf conflicts` lists them", severity="warning", timeout=8)
        for c in new[:2]:
            values = " / ".join(f"“{o['value']}”" for o in c["options"])
            who = " and ".join(sorted({o["annotator"] for o in c["options"] if o.get("annotator")}))
            held = next((o for o in c["options"] if o.get("in_force")), None)
            now = f" {held['annotator'] or 'one'}'s “{held['value']}” is in force." if held else ""
            self.notify(f"{who} set one {c['kind']} at once: {values}.{now} `bluf conflicts` to keep one",
                        severity="warning", timeout=10)

    def refresh_views(self) -> None:
        """Redraw what shows stances, after a change here or by another analyst."""
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_stances", None)
            # A screen pushed but not composed yet draws the store when it mounts; one being
            # taken down (``display`` is False while Textual prunes it) has nothing to redraw.
            if refresh is not None and screen.is_mounted and screen.display:
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
        cls = next(e for e in NAVIGATION if e.name == name).screen_class()
        if isinstance(self.screen, cls):
            return
        # One screen of each kind on the stack: going to it again pops back to it.
        for s in self.screen_stack:
            if isinstance(s, cls):
                while self.screen is not s:
                    self.pop_screen()
                return
        self.push_screen(cls())

    def action_undo(self) -> None:
        """Undo the analyst's latest change, whatever and wherever it was."""
        self.history_step("undo")

    def action_redo(self) -> None:
        self.history_step("redo")

    def history_step(self, which: str):
        """Run the workspace's undo or redo, say what it did in one line, redraw every
        screen. Returns the change, or None."""
        from annotate import WorkspaceError

        ws = self.workspace
        if ws is None:
            return None
        try:
            change = ws.undo() if which == "undo" else ws.redo()
        except WorkspaceError as err:
            self.notify(str(err), severity="error", timeout=8)
            return None
        if change is None:
            self.notify(f"Nothing to {which}", timeout=2)
            return None
        self.notify(f"{'Undone' if which == 'undo' else 'Redone'}: {change.what}", timeout=3, markup=False)
        self.refresh_views()
        return change

    def action_next_theme(self) -> None:
        names = sorted(n for n in self.available_themes if n.startswith("bluf"))
        if names:
            i = names.index(self.theme) if self.theme in names else -1
            self.theme = names[(i + 1) % len(names)]
            self.notify(f"Theme: {self.theme}", timeout=2)
            self.refresh_views()

    def key_bindings(self, screen: Screen) -> list[tuple[str, object, object]]:
        """(keys, binding, node) of every described binding of a screen, with the user's
        remaps (keys remapped away are gone): the screen's own first, then the app's, each
        in the order they are declared, then the focused widget chain's. A key is listed
        once, for the binding that runs it (the first declared; the screen's before the
        app's); the focused widget's keys follow for what the screen does not bind."""
        chain = screen._modal_binding_chain  # (node, bindings with the keymap applied)
        ours = [(n, m) for n, m in chain if n is screen] + [(n, m) for n, m in chain if n is self]
        widgets = [(n, m) for n, m in chain if n is not screen and n is not self]
        keys_of: dict[tuple, list[str]] = {}
        first: dict[tuple, tuple[object, object]] = {}
        taken: set[str] = set()
        for node, bindings in ours + widgets:
            declared = [b for _, b in node._bindings]
            for key, b in sorted(bindings, key=lambda kb: next((i for i, d in enumerate(declared) if d.action == kb[1].action), len(declared))):
                if key in taken:
                    continue
                taken.add(key)
                if not b.description:
                    continue
                what = (b.action, b.description)
                keys_of.setdefault(what, []).append(self.get_key_display(b))
                if what not in first or (b.id and not first[what][0].id):  # the one with an id
                    first[what] = (b, node)
        return [(", ".join(dict.fromkeys(keys)), *first[what]) for what, keys in keys_of.items()]

    def key_rows(self, screen: Screen) -> list[tuple[str, str, str]]:
        """(keys, description, binding id) for the help screen."""
        return [(keys, b.description, b.id or "") for keys, b, _ in self.key_bindings(screen)]

    def action_help(self) -> None:
        from .screens.reader import LEGEND, ReaderScreen

        screen = self.screen
        rows = [(k, f"{d}  [{i}]" if i else d) for k, d, i in self.key_rows(screen)]
        rows.append(("ctrl+p", "Command palette: every action by name"))
        legend = LEGEND if isinstance(screen, ReaderScreen) else []
        from .screens.help import HelpScreen

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
        from annotate import build_brief

        last = self.workspace.last_export()
        return build_brief(self.workspace, flt=self.brief_filter, snapshot_since=(last or {}).get("snapshot"))

    def brief_markdown(self, flt=None) -> str:
        """The brief as `bluf export` writes it, with ``flt`` (default: the brief's filters)."""
        from annotate import export_text

        return export_text(self.workspace, "md", flt=self.brief_filter if flt is None else flt)

    def action_export(self) -> None:
        if not self._analysis_done():
            return
        from annotate import ExportError, export_text, write_export

        path = self.brief_path
        kept: list = []
        try:
            export_text(self.workspace, "md", flt=self.brief_filter, record=True, target=str(path),
                   write=lambda data: write_export(path, data, kept=kept))
        except ExportError as err:
            self.notify(f"Brief not written: {err}", severity="error")
            return
        if kept:  # the file there was not bluf's last brief: the analyst's edits are kept
            self.notify(f"Brief written to {path}; the file that was there is kept as {kept[0].name}", severity="warning")
        else:
            self.notify(f"Brief written to {path}")

    def leave_analysis(self, code: int, grace: float = 0.5) -> None:
        """After the app has ended (its terminal restored, the workspace closed): an analysis
        still under way (in spaCy's C code, a part takes seconds) is given ``grace`` seconds to
        stop, then the process ends without it (``os._exit``): Python would otherwise wait for
        it, or abort in the middle of it while shutting down (libblis aborts when its exit
        handlers run under a parse, so none is run: they only save caches)."""
        thread = self._analysis_thread
        if thread is None:
            return
        self.stop_analysis()
        thread.join(grace)
        if not thread.is_alive():
            return
        import sys

        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)

    async def action_quit(self) -> None:
        self.stop_analysis()
        await super().action_quit()

    def on_unmount(self) -> None:
        self.stop_analysis()
        if self.workspace is not None:
            self.workspace.close()


def run_app(db: str | None = None, seed: bool = False) -> int:
    """Run the reader on the workspace ``db`` (None: the default one) until it quits; a new
    workspace gets the bundled articles when ``seed`` (`bluf --sample`). Returns the exit code."""
    from .themes import theme_for_terminal

    ui = load_ui_config()
    if not ui.theme:  # none chosen in config.toml: one the terminal can show
        ui.theme = theme_for_terminal(os.environ)
    app = BlufApp(db=db, ui=ui, seed=seed)
    app.run()
    code = app.return_code or 0
    app.leave_analysis(code)
    return code
