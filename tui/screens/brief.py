"""BriefScreen: the Markdown brief as it will be exported, rendered; the title, scope, bottom
line and key judgments edited here are kept in the workspace; filters narrow what it covers."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ..widgets.brief_markdown import BriefMarkdown
from ..widgets.fitting_footer import FittingFooter
from ..widgets.form import Form
from ..widgets.text_editor import TextEditor


class BriefScreen(Screen):
    BINDINGS = [
        Binding("t", "edit_title", "Title and scope", id="brief.title"),
        Binding("e", "edit_bottom_line", "Edit bottom line", id="brief.edit"),
        Binding("k", "edit_judgments", "Edit key judgments", id="brief.judgments"),
        Binding("f", "filters", "Filters", id="brief.filters"),
        Binding("escape", "app.pop_screen", "Back", id="brief.back"),
        Binding("j,down", "down", "Scroll down", show=False, id="brief.down"),
        Binding("up", "up", "Scroll up", show=False, id="brief.up"),  # k: key judgments
        Binding("space,pagedown", "page_down", "Page down", show=False, id="brief.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="brief.page_up"),
    ]
    DEFAULT_CSS = """
    BriefScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    BriefScreen VerticalScroll { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="title")
        with VerticalScroll(id="scroll"):
            yield BriefMarkdown("*Writing the brief…*", id="md")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.refresh_stances()
        self.query_one("#scroll").focus()

    def refresh_stances(self) -> None:
        flt = self.app.brief_filter
        from annotate import printable

        self.query_one("#title", Static).update(Text(printable(  # typed filters: shown literally
            "bluf · brief preview · E exports it" + (f" · filtered: {flt.describe()}" if flt.active else "")
        )))
        self._write_brief(flt)

    @work(thread=True, exclusive=True, group="brief")
    def _write_brief(self, flt) -> None:
        """The brief's Markdown is written here, off the UI thread (with its sources' quotes and
        the derived incidents it takes a tenth of a second and more); the preview shows it once
        done, unless a newer refresh (an edit, a filter) came meanwhile."""
        from textual.worker import get_current_worker

        text = self.app.brief_markdown(flt)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_brief, text)

    def _show_brief(self, text: str) -> None:
        if self.is_attached:
            self.query_one(BriefMarkdown).update(text)

    def _edit(self, field: str, title: str, current: str) -> None:
        def done(text: str | None) -> None:
            if text is not None:
                self.app.workspace.set_brief_text(**{field: text})
                self.notify("Saved in the workspace", timeout=2)
                self.refresh_stances()

        self.app.push_screen(TextEditor(title, current), done)

    def action_edit_title(self) -> None:
        """The brief's title and scope, one line each, in a form; an empty title goes back to
        the one derived from the incidents (shown in the label)."""
        ws = self.app.workspace
        stored = ws.brief_text()
        derived = self.app.current_brief().title if not stored.get("title") else ""
        from annotate import printable

        fields = [
            ("title", "Title (empty: " + (printable(derived)[:50] or "derived from the incidents") + ")", stored.get("title", "")),
            ("scope", "Scope, one line (empty: none)", stored.get("scope", "")),
        ]

        def done(values: dict | None) -> None:
            if values is None:
                return
            title, scope = values["title"].strip(), values["scope"].strip()
            if (title, scope) != (stored.get("title", ""), stored.get("scope", "")):
                ws.set_brief_text(title=title, scope=scope)
                self.notify("Saved in the workspace", timeout=2)
                self.refresh_stances()

        self.app.push_screen(Form("Brief title and scope", fields), done)

    def action_edit_bottom_line(self) -> None:
        self._edit("bottom_line", "Bottom line", self.app.current_brief().bottom_line)

    def action_edit_judgments(self) -> None:
        self._edit("key_judgments", "Key judgments, one per line", "\n".join(self.app.current_brief().key_judgments))

    def action_filters(self, typed: dict | None = None) -> None:
        """The filters form; ``typed``: the values of a refused try, shown again to correct."""
        from annotate import BriefFilter

        ws = self.app.workspace
        flt = self.app.brief_filter
        now = {"labels": ", ".join(flt.labels), "actors": ", ".join(flt.actors), "annotators": ", ".join(flt.annotators),
               "incidents": ", ".join(flt.incidents), "date_from": flt.date_from, "date_to": flt.date_to, **(typed or {})}
        fields = [
            ("labels", "Labels (comma-separated): " + ", ".join(ws.labels), now["labels"]),
            ("actors", "Actors (names, comma-separated)", now["actors"]),
            ("annotators", "Annotators (comma-separated)", now["annotators"]),
            ("incidents", f"Incidents (ids, comma-separated; the incidents screen, I, lists the {len(ws.incidents())})", now["incidents"]),
            ("date_from", "Published from (YYYY-MM-DD)", now["date_from"]),
            ("date_to", "Published to (YYYY-MM-DD)", now["date_to"]),
        ]

        def done(values: dict | None) -> None:
            if values is None:
                return
            split = lambda v: tuple(x.strip() for x in v.split(",") if x.strip())  # noqa: E731
            flt = BriefFilter(
                incidents=split(values["incidents"]), actors=split(values["actors"]), annotators=split(values["annotators"]),
                labels=split(values["labels"]), date_from=values["date_from"].strip(), date_to=values["date_to"].strip(),
            )
            if problem := ws.brief_filter_problem(flt):  # as `bluf export` refuses it
                self.notify(f"Filters not applied: {problem}", severity="error", timeout=10)
                self.call_later(self.action_filters, dict(values))  # the form again, as typed, to correct
                return
            self.app.brief_filter = flt
            self.refresh_stances()

        self.app.push_screen(Form("Brief filters (empty: no restriction)", fields), done)

    def action_down(self) -> None:
        self.query_one("#scroll").scroll_down(animate=False)

    def action_up(self) -> None:
        self.query_one("#scroll").scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.query_one("#scroll").scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one("#scroll").scroll_page_up(animate=False)
