"""ImportScreen: bring in files, folders or feeds from the TUI, with progress; every bad
file gets one line and the rest goes on (the same import as `bluf import`).

An article pasted into the paths field is kept as text, not read as file names: a
terminal with bracketed paste delivers it as one Paste event, one without sends every
character as a key and every line break as enter. Either way its lines are gathered
(O(1) work per line) and ctrl+o imports them as one source; no import is started per
line of prose."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from datetime import datetime

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Log, ProgressBar, Static

from ..widgets.fitting_footer import FittingFooter

from tui.widgets.quiet_input import QuietInput


# A line of this many words, none of them a file, folder or URL, is prose, not paths.
PROSE_WORDS = 3


def _is_target(token: str) -> bool:
    from annotate import is_url

    return is_url(token) or token == "-" or os.path.exists(os.path.expanduser(token))


def path_tokens(line: str) -> list[str] | None:
    """The file names, folders and URLs on ``line`` (shell quoting), or None when it
    cannot be split (an unclosed quote: "the minister's")."""
    try:
        return shlex.split(line)
    except ValueError:
        return None


def is_prose(line: str) -> bool:
    """True when ``line`` is a line of an article rather than paths to import: it has
    ``PROSE_WORDS`` words or more and none of them is an existing file or folder or a URL,
    or it cannot be split as shell words ("the minister's aide")."""
    tokens = path_tokens(line)
    if tokens is None:
        return len(line.split()) >= PROSE_WORDS
    return len(tokens) >= PROSE_WORDS and not any(_is_target(t) for t in tokens)


def pasted_paths(text: str) -> str | None:
    """A paste of file names (one or more lines, each an existing file, folder or URL, or
    shell words that all are) as one line of shell words for the paths field; None when
    ``text`` is anything else (an article), which the screen keeps as text to import."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return None
    if len(lines) == 1:
        return None if is_prose(lines[0]) else lines[0].strip()
    tokens = []
    for ln in lines:
        if _is_target(ln.strip()):  # one name a line, spaces and all (a list from ls)
            tokens.append(ln.strip())
            continue
        t = path_tokens(ln)
        if not t or not all(_is_target(x) for x in t):
            return None
        tokens += t
    return " ".join(shlex.quote(t) for t in tokens)


class PathsInput(QuietInput):
    """The paths field. Text that is not file names is posted as ``TextPasted`` instead of
    going into the field: a bracketed paste whole, in one message; a paste sent as keys line
    by line, at each enter (the line, with the field emptied there and then, so that the keys
    queued behind the enter start the next line). ``gathering``: True from the first line
    of text until the screen imports or drops it; while it is, every line that is not all
    existing files is text, blank lines (paragraph breaks) too."""

    @dataclass
    class TextPasted(Message):
        text: str

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._typed: list[str] = []  # printable keys not yet in the value
        self.gathering = False

    async def _on_key(self, event: events.Key) -> None:
        # A paste without bracketed paste is thousands of keys in one burst; Input redraws
        # and re-measures its whole value for each. Keys already queued go in as one edit.
        # (Textual calls Input's own handler after this one unless the default is prevented.)
        if event.is_printable and self.selection.is_empty:
            event.stop()
            event.prevent_default()
            if not self._typed:
                self.call_later(self.flush_typed)
            self._typed.append(event.character or "")
            return
        self.flush_typed()  # before a move, a deletion or enter
        if event.key == "enter":
            # Here, not through the enter binding: a binding runs once the key has bubbled
            # up to the app, after the keys queued behind it have reached this field.
            event.stop()
            event.prevent_default()
            await self.action_submit()

    def flush_typed(self) -> None:
        """Put the keys typed since the last edit into the value (at the cursor)."""
        if self._typed:
            text, self._typed = "".join(self._typed), []
            self.insert_text_at_cursor(text)

    async def action_submit(self) -> None:
        self.flush_typed()
        line = self.value
        if self.gathering or is_prose(line):
            tokens = path_tokens(line)
            if not (tokens and all(_is_target(t) for t in tokens)):
                self.gathering = True
                self.value = ""
                self.post_message(self.TextPasted(line + "\n"))
                return
        await super().action_submit()

    def _on_paste(self, event: events.Paste) -> None:
        self.flush_typed()
        paths = pasted_paths(event.text) if event.text.strip() else ""
        if paths is None:
            event.stop()
            event.prevent_default()
            self.gathering = True
            self.post_message(self.TextPasted(event.text))
        elif "\n" in event.text.strip():  # several lines of file names: one line of shell words
            event.stop()
            event.prevent_default()
            self.insert_text_at_cursor(paths + " ")


class GlobInput(QuietInput):
    """The file-name pattern field. A paste of several lines or of prose is no pattern: it
    goes to the paths field (an article pasted with this field focused is kept as text)."""

    def _on_paste(self, event: events.Paste) -> None:
        if "\n" in event.text.strip() or is_prose(event.text):
            event.stop()
            event.prevent_default()
            field = self.screen.query_one("#paths", PathsInput)
            field.focus()
            field.post_message(events.Paste(event.text))


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
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="import.back"),
        Binding("ctrl+o", "import_pasted", "Import pasted text", id="import.pasted", show=False),
        # Priority keys, as in Form: the focus moves before the next key is handed on.
        Binding("tab", "app.focus_next", "Next field", id="import.next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", id="import.previous", show=False, priority=True),
    ]
    DEFAULT_CSS = """
    ImportScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ImportScreen Static.label { height: 1; padding: 0 1; }
    ImportScreen #paths-label { height: auto; }
    ImportScreen Input { margin: 0 1; }
    ImportScreen #pasted { height: auto; padding: 0 1; text-style: bold; }
    ImportScreen ProgressBar { height: 1; padding: 0 1; }
    ImportScreen Log { height: 1fr; margin: 0 1; border: round $rule; }
    """

    def compose(self) -> ComposeResult:
        yield Static("bluf · import", id="title")
        with Vertical():
            yield Static("Paste an article's text here (ctrl+o imports it), or type files, folders or http(s) URLs "
                         "(quote names with spaces; enter imports)", classes="label", id="paths-label", markup=False)
            yield PathsInput(placeholder="~/Downloads/articles  feed.xml  notes.md", id="paths", compact=False)
            yield Static("", id="pasted", markup=False)
            yield Static("Only files matching (in folders)", classes="label")
            yield GlobInput(value="*", id="glob", compact=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")
            yield Log(id="log", highlight=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.pasted: list[str] = []  # lines of text pasted into the paths field, not yet imported
        self.query_one("#pasted").display = False
        self.query_one("#progress").display = False  # until an import starts: never an idle "--%"
        self.query_one("#paths", Input).focus()

    def on_paste(self, event: events.Paste) -> None:
        """A paste that reached the screen (the log had the focus; the fields take their
        own) goes to the paths field, which gets the focus: a paste is never dropped."""
        event.stop()
        field = self.query_one("#paths", PathsInput)
        field.focus()
        field.post_message(events.Paste(event.text))

    def _started(self) -> None:
        """The progress bar at 0% for an import starting (its files are counted as it goes)."""
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=1, progress=0)

    def _finished(self) -> None:
        bar = self.query_one("#progress", ProgressBar)
        total = bar.total or 1
        bar.update(total=total, progress=total)

    def _show_pasted(self) -> None:
        from ..wording import count

        label = self.query_one("#pasted", Static)
        text = "\n".join(self.pasted).strip()
        label.display = bool(text)
        if text:
            label.update(f"Pasted text, not file names: {count(len(text.split()), 'word')} in "
                         f"{count(sum(1 for ln in self.pasted if ln.strip()), 'line')}. "
                         "ctrl+o imports it as one article; esc drops it.")

    def on_paths_input_text_pasted(self, message: PathsInput.TextPasted) -> None:
        text = message.text.replace("\r\n", "\n").replace("\r", "\n")
        self.pasted.extend(text[:-1].split("\n") if text.endswith("\n") else text.split("\n"))
        self._show_pasted()

    def action_import_pasted(self) -> None:
        field = self.query_one("#paths", PathsInput)
        field.flush_typed()
        if field.value.strip() and field.gathering:  # the last line of a paste sent as keys
            self.pasted.append(field.value)
            field.value = ""
        text = "\n".join(self.pasted).strip()
        if not text:
            self.notify("Nothing pasted: paste an article's text into the field first", severity="warning")
            return
        self.pasted = []
        field.gathering = False
        self._show_pasted()
        name = f"pasted {datetime.now():%Y-%m-%d %H:%M:%S}"
        self._say(f"importing the pasted text ({len(text):,} characters) …")
        self._started()
        self.run_import_text(text, name)

    def _say(self, text: str) -> None:
        """One message in the log, wrapped at the log's width (a long one, such as a
        language notice, is read whole at 80 columns), the lines after the first indented."""
        import textwrap

        log = self.query_one("#log", Log)
        width = max(20, (log.content_size.width or log.size.width or 76) - 1)
        for line in textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False) or [""]:
            log.write_line(line)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        field = self.query_one("#paths", Input)
        raw = field.value  # lines of an article never get here (PathsInput.TextPasted)
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
        self._started()
        self._pattern = self.query_one("#glob", Input).value.strip() or "*"
        self.run_import(paths, self._pattern)

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

    @work(thread=True, exclusive=True, group="import")
    def run_import_text(self, text: str, name: str) -> None:
        try:
            report = self.app.workspace.import_text(text, name=name)
        except Exception as err:  # noqa: BLE001 - a worker ends with a result or one line, never silence
            self.post_message(ImportFailed(str(err).splitlines()[0] if str(err) else type(err).__name__))
            return
        self.post_message(ImportDone(report))

    def on_import_failed(self, message: "ImportFailed") -> None:
        self._say(f"import failed: {message.error}")
        self._finished()
        self.notify(f"Import failed: {message.error}", severity="error", timeout=10, markup=False)

    def on_import_progress(self, message: ImportProgress) -> None:
        if message.total:  # a count of 0 (nothing found yet) would show "--%"
            self.query_one("#progress", ProgressBar).update(total=message.total, progress=message.done)

    def _pattern_said(self, r) -> bool:
        """Say that nothing matched the pattern in the folders given (or that they hold no
        files), when the import found nothing there; False when there is nothing to say."""
        pattern = getattr(self, "_pattern", "*")
        for folder in getattr(r, "unmatched", []):
            self._say(f"nothing matched {pattern} in {folder}" if pattern != "*" else f"no files in {folder}")
        return bool(getattr(r, "unmatched", []))

    def on_import_done(self, message: ImportDone) -> None:
        r = message.report
        self._finished()
        names = {s.id: s.name for s in self.app.workspace.sources()}
        from annotate import language_notice, removed_notice

        for s in r.added:
            lang = f"  ({language_notice(s.language)})" if language_notice(s.language) else ""
            self._say(f"added: {s.name}{lang}")
            if left_out := removed_notice(s.text, s.removed):
                self._say(f"  {left_out} (dimmed in the reader, marked ⋯)")
        for s in r.already:
            self._say(f"already there: {s.name}")
        for a, b, sim in r.near_duplicates:
            self._say(f"near-duplicate: {names.get(a, a)} ≈ {names.get(b, b)} ({sim:.0%}): counted once as evidence")
        for w in r.warnings:
            self._say(f"warning: {w}")
        for e in r.errors:
            self._say(f"not imported: {e}")
        for name in getattr(r, "skipped", []):
            self._say(f"skipped: {name} (a folder's notes, not an article; type its path to import it)")
        if r.added or r.already or r.errors or not self._pattern_said(r):
            self._say(f"{len(r.added)} added, {len(r.already)} already there, {len(r.errors)} not imported")
        if r.added:
            self.app.analyse_again()
