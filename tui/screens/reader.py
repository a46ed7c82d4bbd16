"""ReaderScreen: one article with its marks, quote navigation and stance tagging."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Static

from ..widgets.actor_panel import ActorPanel, ActorRow
from ..widgets.article_layout import Insert, Mark
from ..widgets.article_view import ArticleView

ENTITY_CLASS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "DATE": "date",
}
# Glyphs before entities when the screen shows no colour (NO_COLOR, monochrome).
ENTITY_GLYPH = {"person": "@", "org": "#", "place": "^", "group": "~"}
LEGEND = [
    ("underlined", "a quote; reversed: the quote in focus"),
    ("bold underlined", "the quote's speaker"),
    ("[hawkish]", "a stance tagged on the quote"),
    ("“ / ✓ (margin)", "a paragraph with a quote / with a tagged quote"),
    ("@ # ^ ~", "without colour: person, organisation, place, nationality"),
    ("⋯ removed", "boilerplate that is not the article"),
]


class ReaderScreen(Screen):
    BINDINGS = [
        Binding("right_square_bracket", "next_quote", "Next quote", id="reader.next_quote"),
        Binding("left_square_bracket", "prev_quote", "Prev quote", id="reader.prev_quote"),
        Binding("h", "tag('hawkish')", "Hawkish", id="reader.tag_hawkish"),
        Binding("c", "tag('cautious')", "Cautious", id="reader.tag_cautious"),
        Binding("n", "tag('neutral')", "Neutral", id="reader.tag_neutral"),
        Binding("t", "tag('threatening')", "Threat", id="reader.tag_threatening"),
        Binding("d", "tag('denial')", "Denial", id="reader.tag_denial"),
        Binding("u", "undo", "Undo", id="reader.undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="reader.redo"),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.scroll_down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.scroll_up"),
        Binding("escape", "back", "Library", id="reader.back"),
    ]
    DEFAULT_CSS = """
    ReaderScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ReaderScreen #status { height: 1; padding: 0 1; background: $panel; }
    ReaderScreen ArticleView { width: 1fr; height: 1fr; }
    """

    def __init__(self, source_id: str) -> None:
        super().__init__()
        self.source_id = source_id
        self.focus_index: int | None = None

    @property
    def ws(self):
        return self.app.workspace

    def compose(self) -> ComposeResult:
        yield Static("", id="title")
        with Horizontal():
            yield ArticleView(id="article")
            yield ActorPanel(id="actors")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        src = self.ws.source(self.source_id)
        self.query_one("#title", Static).update(Text(f"{src.label}" + (f" · {src.outlet}" if src.outlet else "")))
        view = self.query_one(ArticleView)
        view.show(src.text, src.removed, src.headings)
        view.focus()
        self.refresh_marks()

    # ------------------------------------------------------------------ state
    @property
    def quotes(self):
        return self.ws.quotes(self.source_id)

    def _tags_by_quote(self) -> dict[tuple[int, int], list]:
        out: dict[tuple[int, int], list] = {}
        for st in self.ws.stances(self.source_id):
            out.setdefault((st.start, st.end), []).append(st)
        return out

    def refresh_marks(self) -> None:
        """Recompute marks, chips, panel and status from the workspace."""
        ws = self.ws
        src = ws.source(self.source_id)
        analysis = ws.analysis(self.source_id)
        view = self.query_one(ArticleView)
        no_color = bool(getattr(self.app, "no_color", False))
        marks: list[Mark] = []
        inserts: list[Insert] = []
        gutter: dict[int, tuple[str, str]] = {}
        tags = self._tags_by_quote()
        focus_span = None
        if analysis is not None:
            for e in analysis.entities:
                cls = ENTITY_CLASS.get(e.label)
                if cls:
                    marks.append(Mark(e.start, e.end, cls))
                    if no_color and cls in ENTITY_GLYPH:
                        inserts.append(Insert(e.start, ENTITY_GLYPH[cls], "glyph"))
            for i, q in enumerate(analysis.quotes):
                marks.append(Mark(q.start, q.end, "quote-focus" if i == self.focus_index else "quote"))
                if q.speaker is not None:
                    marks.append(Mark(q.speaker.start, q.speaker.end, "speaker"))
                block_start = src.text.rfind("\n", 0, q.start) + 1
                tagged = tags.get((q.start, q.end))
                if tagged:
                    labels = list(dict.fromkeys(s.label for s in tagged))
                    at = q.end + 1 if src.text[q.end : q.end + 1] in "”\"»" and q.end < len(src.text) else q.end
                    inserts.append(Insert(at, " [" + ", ".join(labels) + "]", "chip"))
                    gutter[block_start] = ("✓", "gutter")
                else:
                    gutter.setdefault(block_start, ("“", "gutter"))
                if i == self.focus_index:
                    focus_span = (q.start, q.end)
        view.mark(marks, sorted(inserts, key=lambda x: x.at), gutter, focus=focus_span)
        self._refresh_panel(tags)
        self._refresh_status(tags)

    def _refresh_panel(self, tags) -> None:
        ws = self.ws
        counts: Counter[str] = Counter()
        labels: dict[str, Counter] = {}
        focused_actor = None
        for i, q in enumerate(self.quotes):
            aid = q.actor_id or (q.speaker.text if q.speaker else None)
            if aid is None:
                continue
            counts[aid] += 1
            if i == self.focus_index:
                focused_actor = aid
        for st in ws.stances(self.source_id):
            labels.setdefault(st.actor_id, Counter())[st.label] += 1
            counts.setdefault(st.actor_id, 0)
        rows = [
            ActorRow(aid, ws.actor_name(aid), n, dict(labels.get(aid, {})), aid == focused_actor)
            for aid, n in counts.most_common()
        ]
        self.query_one(ActorPanel).show_actors(rows)

    def _refresh_status(self, tags) -> None:
        quotes = self.quotes
        tagged = sum(1 for q in quotes if (q.start, q.end) in tags)
        progress = f"tagged {tagged}/{len(quotes)} quotes"
        if self.ws.analysis(self.source_id) is None:
            text = "Analysing… quotes and names appear when analysis is done"
        elif self.focus_index is None:
            text = f"{len(quotes)} quotes · ] next quote · ? help · {progress}"
        else:
            q = quotes[self.focus_index]
            who = self.ws.actor_name(q.actor_id) if q.actor_id else (q.speaker.text if q.speaker else "no speaker")
            here = tags.get((q.start, q.end))
            state = ("tagged " + ", ".join(s.label for s in here)) if here else "untagged"
            text = f"Quote {self.focus_index + 1}/{len(quotes)} · {who} · {state} · {progress}"
        self.query_one("#status", Static).update(Text(text))

    def on_analysis_ready(self) -> None:
        """Called by the app when analyses arrive."""
        self.refresh_marks()

    def refresh_stances(self) -> None:
        """Called by the app when tags changed (here or by another analyst)."""
        self.refresh_marks()

    # ------------------------------------------------------------------ actions
    def _move(self, step: int) -> None:
        quotes = self.quotes
        if not quotes:
            self.app.bell()
            return
        if self.focus_index is None:
            self.focus_index = 0 if step > 0 else len(quotes) - 1
        else:
            self.focus_index = (self.focus_index + step) % len(quotes)
        self.refresh_marks()
        q = quotes[self.focus_index]
        start = q.speaker.start if q.speaker and q.speaker.start < q.start else q.start
        self.query_one(ArticleView).scroll_to_offset(start, q.end)

    def action_next_quote(self) -> None:
        self._move(1)

    def action_prev_quote(self) -> None:
        self._move(-1)

    def action_tag(self, label: str) -> None:
        if self.focus_index is None:
            self.notify("Move to a quote first (] next quote)", severity="warning")
            return
        from annotate.workspace import WorkspaceError

        try:
            st = self.ws.tag(self.source_id, self.focus_index, label)
        except WorkspaceError as err:
            self.notify(str(err), severity="error")
            return
        self.notify(f"Saved: {self.ws.actor_name(st.actor_id)} {label}", timeout=2)
        self.refresh_marks()

    def action_undo(self) -> None:
        st = self.ws.undo()
        if st is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.notify(f"Undone: {self.ws.actor_name(st.actor_id)} {st.label}", timeout=2)
        self.refresh_marks()

    def action_redo(self) -> None:
        st = self.ws.redo()
        if st is None:
            self.notify("Nothing to redo", timeout=2)
            return
        self.notify(f"Redone: {self.ws.actor_name(st.actor_id)} {st.label}", timeout=2)
        self.refresh_marks()

    def action_scroll_down(self) -> None:
        self.query_one(ArticleView).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(ArticleView).scroll_up(animate=False)

    def action_back(self) -> None:
        self.app.pop_screen()
