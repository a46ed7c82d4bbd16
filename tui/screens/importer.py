"""ImportScreen: bring in files, folders or feeds from the TUI, with progress; every bad
file gets one line and the rest goes on (the same import as `bluf import`)."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Log, ProgressBar, Static

from ..widgets.fitting_footer import FittingFooter

from tui.widgets.quiet_input import QuietInput


@dataclass
class ImportProgress(Message):
    done: int
    total: int
    name: str


@dataclass
class ImportDone(Message):
    report: object


@dataclass
class ImportFailed(Message):
    error: str  # one line


class ImportScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="import.back")]
    DEFAULT_CSS = """
    ImportScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ImportScreen Static.label { height: 1; padding: 0 1; }
    ImportScreen Input { margin: 0 1; }
    ImportScreen ProgressBar { height: 1; padding: 0 1; }
    ImportScreen Log { height: 1fr; margin: 0 1; border: round $rule; }
    """

    def compose(self) -> ComposeResult:
        yield Static("bluf · import", id="title")
        with Vertical():
            yield Static("Files, folders or http(s) URLs; quote names with spaces; enter imports", classes="label")
            yield QuietInput(placeholder="~/Downloads/articles  feed.xml  notes.md", id="paths", compact=False)
            yield Static("Only files matching (in folders)", classes="label")
            yield QuietInput(value="*", id="glob", compact=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")
            yield Log(id="log", highlight=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one("#paths", Input).focus()

    def _say(self, text: str) -> None:
        """One message in the log, wrapped at the log's width (a long one, such as a
        language notice, is read whole at 80 columns), the lines after the first indented."""
        import textwrap

        log = self.query_one("#log", Log)
        width = max(20, (log.content_size.width or log.size.width or 76) - 1)
        for line in textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False) or [""]:
            log.write_line(line)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        raw = self.query_one("#paths", Input).value
        try:
            paths = [os.path.expanduser(p) for p in shlex.split(raw)]
        except ValueError as err:
            self.notify(f"Paths: {err}", severity="error")
            return
        if not paths:
            self.notify("Type a file or folder to import", severity="warning")
            return
        self.query_one("#paths", Input).value = ""  # the next import starts from an empty field
        self._say(f"importing {' '.join(paths)} …")
        self.run_import(paths, self.query_one("#glob", Input).value.strip() or "*")

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, paths: list[str], pattern: str) -> None:
        from annotate import is_url

        ws = self.app.workspace
        files, urls = [p for p in paths if not is_url(p)], [p for p in paths if is_url(p)]
        try:
            report = ws.import_files(files, pattern=pattern, progress=lambda d, t, n: self.post_message(ImportProgress(d, t, n)))
            if urls:  # pages and feeds from the web, as `bluf import URL` does
                web = ws.import_urls(urls, progress=lambda d, t, n: self.post_message(ImportProgress(d, t, n)))
                for name in ("added", "already", "errors", "warnings", "duplicates", "near_duplicates"):
                    getattr(report, name).extend(getattr(web, name))
        except Exception as err:  # noqa: BLE001 - a worker ends with a result or one line, never silence
            self.post_message(ImportFailed(str(err).splitlines()[0] if str(err) else type(err).__name__))
            return
        self.post_message(ImportDone(report))

    def on_import_failed(self, message: "ImportFailed") -> None:
        self._say(f"import failed: {message.error}")
        self.query_one("#progress", ProgressBar).update(total=1, progress=1)
        self.notify(f"Import failed: {message.error}", severity="error", timeout=10, markup=False)

    def on_import_progress(self, message: ImportProgress) -> None:
        self.query_one("#progress", ProgressBar).update(total=message.total, progress=message.done)

    def on_import_done(self, message: ImportDone) -> None:
        r = message.report
        names = {s.id: s.name for s in self.app.workspace.sources()}
        for s in r.added:
            from annotate import language_notice

            lang = f"  ({language_notice(s.language)})" if language_notice(s.language) else ""
            self._say(f"added: {s.name}{lang}")
        for s in r.already:
            self._say(f"already there: {s.name}")
        for a, b, sim in r.near_duplicates:
            self._say(f"near-duplicate: {names.get(a, a)} ≈ {names.get(b, b)} ({sim:.0%}): counted once as evidence")
        for w in r.warnings:
            self._say(f"warning: {w}")
        for e in r.errors:
            self._say(f"not imported: {e}")
        self._say(f"{len(r.added)} added, {len(r.already)} already there, {len(r.errors)} not imported")
        if r.added:
            self.app.analyse_again()
