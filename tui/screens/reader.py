"""ReaderScreen: one article with its marks; move by quote, entity, sentence or untagged
quote; select any span with the keyboard; tag, accept or reject suggestions, undo and redo.

The tag keys come from the workspace's vocabulary (`reader_class(specs)` builds a screen
class with one binding per label, id ``reader.tag.<label>``, and a shifted one that tags
and jumps to the next untagged quote, id ``reader.tag_next.<label>``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from ..cursor import WORD, Cursor, CursorField
from ..widgets.actor_panel import ActorPanel, ActorRow
from ..widgets.article_layout import Insert, Mark
from ..widgets.article_view import ArticleView
from ..widgets.fitting_footer import FittingFooter
from ..widgets.picker import NEW, Choice, Picker
from ..widgets.prompt import TextPrompt
from ..widgets.status_line import StatusLine
from ..wording import count

KNOWN = "\x00known:"  # the picker id of an alias-file actor: no actor id can start so

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
# An actor's kind (as an analyst may have corrected it) -> the mark of its names.
KIND_CLASS = {"person": "person", "government": "org", "organization": "org", "group": "group", "place": "place"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_WORD_CHAR = re.compile(r"\w")  # a sentence with none is no stop of ( and ) (``sentences``)
LEGEND = [
    ("underlined", "a quote; reversed: what is in focus (quote, name, sentence, selection)"),
    ("bold underlined", "the quote's speaker"),
    ("[▲ label]", "a stance tagged on the quote, in its label's colour and glyph; [label?] dim: a suggestion (a accepts, x rejects)"),
    ("“ ✓ ? (margin)", "a paragraph with a quote / a tagged quote / a suggestion"),
    ("@ # ^ ~", "without colour: person, organisation, place, group or nationality"),
    ("⋯ removed", "boilerplate that is not the article"),
]

BASE_BINDINGS = [
    Binding("right_square_bracket", "next_quote", "Next", id="reader.next_quote"),
    Binding("left_square_bracket", "prev_quote", "Prev quote", show=False, id="reader.prev_quote"),
    Binding("right_curly_bracket", "next_untagged", "Next untagged quote", show=False, id="reader.next_untagged"),
    Binding("left_curly_bracket", "prev_untagged", "Prev untagged quote", show=False, id="reader.prev_untagged"),
    Binding("greater_than_sign", "next_entity", "Next name", show=False, id="reader.next_entity"),
    Binding("less_than_sign", "prev_entity", "Prev name", show=False, id="reader.prev_entity"),
    Binding("right_parenthesis", "next_sentence", "Next sentence", show=False, id="reader.next_sentence"),
    Binding("left_parenthesis", "prev_sentence", "Prev sentence", show=False, id="reader.prev_sentence"),
    Binding("a", "accept", "Accept", id="reader.accept"),
    Binding("x", "reject", "Reject suggestion", show=False, id="reader.reject"),
    Binding("r", "why", "Reason of the suggestion, whole", show=False, id="reader.why"),
    Binding("u", "undo", "Undo", id="reader.undo"),
    Binding("ctrl+r,U", "redo", "Redo", show=False, id="reader.redo"),
    Binding("delete", "untag", "Remove my tag here", show=False, id="reader.untag"),
    Binding("e", "speaker", "Who said it", show=False, id="reader.speaker"),
    Binding("o", "note", "Note on my tag", show=False, id="reader.note"),
    Binding("y", "copy", "Copy quote + citation", show=False, id="reader.copy"),
    Binding("v", "select", "Select text", show=False, id="reader.select"),
    Binding("shift+right", "extend(1)", "Extend selection →", show=False, id="reader.extend_right"),
    Binding("shift+left", "extend(-1)", "Shrink selection ←", show=False, id="reader.extend_left"),
    Binding("shift+down", "extend_line(1)", "Extend selection ↓", show=False, id="reader.extend_down"),
    Binding("shift+up", "extend_line(-1)", "Shrink selection ↑", show=False, id="reader.extend_up"),
    Binding("Q", "add_quote", "Selection is a quote", show=False, id="reader.add_quote"),
    Binding("X", "remove_quote", "Not a quote", show=False, id="reader.remove_quote"),
    Binding("i", "create_incident", "New incident of this sentence", show=False, id="reader.create_incident"),
    Binding("p", "toggle_panel", "Actor panel", show=False, id="reader.panel"),
    Binding("j,down", "down", "Scroll down", show=False, id="reader.scroll_down"),
    Binding("k,up", "up", "Scroll up", show=False, id="reader.scroll_up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
    Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
    Binding("g,home", "top", "Top", show=False, id="reader.top"),
    Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom"),
    Binding("escape", "back", "Back", show=False, id="reader.back"),
]


QUOTE_EDGE = " \t\n“”\"‘’'«»„"  # what may stand round a quote's words in its sentence


# Below this many columns the reader hides its actor panel (p shows it): the panel takes at
# least 28 columns, and the text needs about 36 of its own to wrap between words.
PANEL_HIDDEN_BELOW = 66


# What closes a sentence after its last word: its full stop (or ? ! …) and the quotation marks
# and brackets that close after it. A chip goes after them, never between a word and its stop.
_CLOSING = ".!?…”\"’»)]"


def after_closing(text: str, at: int) -> int:
    """``at`` (the end of a tagged sentence or span in ``text``) moved past the closing
    punctuation and quotation marks right after it (the stop of "… riots." that the span
    left out): where the chip after the span is drawn."""
    while at < len(text) and text[at] in _CLOSING:
        at += 1
    return at


class ReaderScreen(Screen):
    KEY_PROBLEMS: tuple[str, ...] = ()  # label keys left out, see reader_class
    """Use ``reader_class(specs)(source_id)`` to get one with the workspace's label keys."""

    BINDINGS = BASE_BINDINGS  # the label keys are added by reader_class
    DEFAULT_CSS = """
    ReaderScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ReaderScreen #status { height: 1; padding: 0 1; background: $panel; }
    ReaderScreen ArticleView { width: 1fr; height: 1fr; }
    ReaderScreen ActorPanel.-hidden { display: none; }
    ReaderScreen.-cramped ActorPanel { display: none; }
    ReaderScreen.-cramped ActorPanel.-shown { display: block; }
    """

    # What is in focus and the selection: the cursor's (tui/cursor.py).
    mode = CursorField()
    focus_index = CursorField()
    entity_index = CursorField()
    sentence_index = CursorField()
    selection = CursorField()
    selecting = CursorField()

    def __init__(self, source_id: str) -> None:
        super().__init__()
        self.source_id = source_id
        self.cursor = Cursor()  # what is in focus and the selection (tui/cursor.py)
        self._marks_cache: tuple | None = None  # (key, marks, inserts, gutter)
        self._drawn = False  # the article has been on screen (suggestions are worked out after)
        self._why_none = ""  # why the article has no quotes when it is not that none were found (on_mount)

    @property
    def ws(self):
        return self.app.workspace

    def compose(self) -> ComposeResult:
        yield Static("", id="title")
        with Horizontal():
            yield ArticleView(id="article")
            yield ActorPanel(id="actors")
        yield StatusLine("", id="status")
        yield FittingFooter()

    def on_resize(self, event) -> None:
        """After the text is laid out again at the new width, what is in focus is still in
        view (its rows moved when the lines re-wrapped). Below PANEL_HIDDEN_BELOW columns the
        actor panel hides, so that the text keeps a readable measure (at 40 columns the panel
        left the text 8 columns and split its words); ``p`` still shows it there."""
        self.set_class(event.size.width < PANEL_HIDDEN_BELOW, "-cramped")
        self.call_after_refresh(self._scroll_to_focus)

    def on_mount(self) -> None:
        src = self.ws.source(self.source_id)
        from annotate import language_notice

        notice = language_notice(src.language)
        self._why_none = f"⚠ {notice}" if notice else ""
        # a language bluf does not analyse is said first: the title line is one row, cut at its end
        bits = [f"⚠ language {src.language}: not analysed"] if notice else []
        bits += [src.label] + [x for x in (src.outlet, src.published[:10], src.grade and f"grade {src.grade}") if x]
        copies = self.ws.near_duplicates_of(self.source_id)
        if copies:
            bits.append(f"≈ {len(copies)} near-duplicate{'s' if len(copies) > 1 else ''}")
        from annotate import printable

        self.query_one("#title", Static).update(Text(printable(" · ".join(bits))))  # stored fields: no escapes
        view = self.query_one(ArticleView)
        view.show(src.text, src.removed, src.headings)
        view.focus()
        self.refresh_marks()

    def on_article_view_drawn(self) -> None:
        self._drawn = True
        if not self.ws.suggestions_ready(self.source_id):
            self._work_out_suggestions()

    @work(thread=True, exclusive=True, group="suggestions")
    def _work_out_suggestions(self) -> None:
        """A long article's suggestions take a moment: the text and its marks show first."""
        for _ in range(3):  # again (at most twice) when a new learned model came in meanwhile
            try:
                self.ws.suggestions(self.source_id)
            except Exception as err:  # a worker never fails silently nor takes the app down
                self._drawn = False  # not tried again for this screen
                self.app.call_from_thread(self.notify, f"Suggestions not available: {str(err).splitlines()[0] if str(err) else type(err).__name__}",
                                          severity="warning", timeout=8)
                return
            if not self.app.call_from_thread(self._suggestions_worked_out):
                return

    def _suggestions_worked_out(self) -> bool:
        """Show the suggestions worked out; True when they are stale again (a new learned
        model came in while they were worked out: this worker, still running, works them
        out once more, as refresh_marks started no other while it ran)."""
        # A reader closed before its suggestions were worked out (enter escape typed at
        # once) has no widgets left to mark: refresh_marks raised NoMatches and took the app down.
        if self not in self.app.screen_stack or not self.is_mounted:
            return False
        self.refresh_marks()
        if not self.ws.suggestions_ready(self.source_id):
            return True
        self._prepare_edits()
        return False

    @work(thread=True, exclusive=True, group="prepare-edits")
    def _prepare_edits(self) -> None:
        """What keeps the first edit of a quote quick, worked out ahead (Workspace.prepare_edits)."""
        try:
            self.ws.prepare_edits()
        except Exception:  # noqa: BLE001 - only time is lost: the edit works it out itself
            pass

    # ------------------------------------------------------------------ data
    @property
    def quotes(self):
        return self.ws.quotes(self.source_id)

    @property
    def analysis(self):
        return self.ws.analysis(self.source_id)

    @property
    def entities(self):
        a = self.analysis
        return [e for e in a.entities if e.label in ACTOR_LABELS] if a else []

    @property
    def sentences(self):
        """The analysis's sentences that hold a word: the parser sometimes ends a sentence
        before a lone closing quotation mark ('"We want peace. "' gives '"' a line of its own),
        which ( and ) would stop on with nothing to read, tag or suggest."""
        a = self.analysis
        if not a:
            return []
        kept = getattr(self, "_worded", None)
        if kept is None or kept[0] is not a:  # once per analysis, not on every keypress that reads it
            text = self.ws.source(self.source_id).text
            kept = (a, [(s, e) for s, e in a.sentences if _WORD_CHAR.search(text, s, e)])
            self._worded = kept
        return list(kept[1])

    def _tags_by_quote(self) -> dict[tuple[int, int], list]:
        out: dict[tuple[int, int], list] = {}
        for st in self.ws.stances(self.source_id):
            out.setdefault((st.start, st.end), []).append(st)
        return out

    def _focus_span(self) -> tuple[int, int] | None:
        if self.selection is not None:  # what the reader shows is the article only
            a, b = self.selection
            return self.ws.evidence_span(self.source_id, min(a, b), max(a, b))
        if self.mode == "quote" and self.focus_index is not None and self.focus_index < len(self.quotes):
            q = self.quotes[self.focus_index]
            return (q.start, q.end)
        if self.mode == "entity" and self.entity_index is not None and self.entity_index < len(self.entities):
            e = self.entities[self.entity_index]
            return (e.start, e.end)
        if self.mode == "sentence" and self.sentence_index is not None and self.sentence_index < len(self.sentences):
            return self.ws.evidence_span(self.source_id, *self.sentences[self.sentence_index])
        return None

    def _glyphs(self) -> bool:
        setting = getattr(getattr(self.app, "ui", None), "name_glyphs", "auto")
        if setting == "always":
            return True
        if setting == "never":
            return False
        theme = self.app.current_theme
        return bool(getattr(self.app, "no_color", False)) or bool(theme and theme.ansi)

    def refresh_marks(self) -> None:
        """Recompute marks, chips, panel and status from the workspace. The article's marks
        are rebuilt only when what they show changed (tags, suggestions, rejections, the
        analysis); moving the focus reuses them."""
        if self._source_gone():
            return
        view = self.query_one(ArticleView)
        tags = self._tags_by_quote()
        key = self._marks_key(tags)
        if self._marks_cache is None or self._marks_cache[0] != key:
            self._marks_cache = (key, *self._content_marks(tags))
        _, marks, inserts, gutter = self._marks_cache
        span = self._focus_span()
        view.mark(marks, inserts, gutter, focus=span, focus_cls="quote-focus" if self.selection is None else "selection")
        self._refresh_panel()
        self._refresh_status(tags)
        busy = any(w.group == "suggestions" and w.node is self and not w.is_finished for w in self.workers)
        if self._drawn and not busy and self.analysis is not None and not self.ws.suggestions_ready(self.source_id):
            # An edit re-derived them (a rejection, a removed quote, a new speaker): work
            # them out again, or they would stay hidden until the article is reopened.
            self._work_out_suggestions()

    def _source_gone(self) -> bool:
        """The source was removed (by another analyst, or by an undo): leave the reader."""
        from annotate import WorkspaceError

        try:
            self.ws.source(self.source_id)
            return False
        except WorkspaceError:
            pass
        if self.is_current:
            self.notify("This source was removed from the workspace (u brings it back if you removed it)", severity="warning", timeout=6)
            self.app.pop_screen()
        return True

    def on_screen_resume(self) -> None:
        self._source_gone()

    def _marks_key(self, tags) -> tuple:
        ws = self.ws
        tag_key = tuple(sorted((span, tuple(st.label for st in sts)) for span, sts in tags.items()))
        return (
            id(self.analysis),
            ws.actors_revision(),
            len(self.quotes),
            ws.suggestions_ready(self.source_id),
            ws.quote_edits_seen(),
            tag_key,
            self._glyphs(),
            self.app.theme,  # label glyphs are the theme's
        )

    def _actor_class(self, e, cls: str) -> str:
        """The mark of entity ``e`` (model's class ``cls``) when it names an actor: a name the
        model took for a person or an organisation is marked as what the actor is now (as an
        analyst may have corrected it, or the actor it was merged into); any name of an actor
        said to be a place is a place. A country or city standing for its government keeps
        its place mark (its words name the place). A name the actor index did not link at this
        spot (the finder left out "a member of the Abu Sayyaf" where it took "the Abu Sayyaf
        Group" two lines on) is looked up by its words among the actors' names and aliases, so
        one actor's names carry one mark (and, without colour, one glyph) throughout."""
        aid = self.ws.actor_at(self.source_id, e.start, e.end)
        if aid is None:
            text = self.ws.source(self.source_id).text[e.start:e.end]
            memo = self.__dict__.setdefault("_names_seen", {})
            if (self.ws.actors_revision(), text) not in memo:
                memo[(self.ws.actors_revision(), text)] = self.ws.resolve_actor(text)
            aid = memo[(self.ws.actors_revision(), text)]
        actor = self.ws.actor(aid) if aid else None
        if actor is None:
            return cls
        if actor.kind == "place" or e.label in ("PERSON", "ORG"):
            return KIND_CLASS.get(actor.kind, cls)
        if cls in ("place", "group") and actor.kind in ("government", "state"):
            return cls  # "China" or "the Russians" standing for a government
        return KIND_CLASS.get(actor.kind, cls)

    def _name_start(self, text: str, e) -> int:
        """Where the name of entity ``e`` starts, for its mark and glyph: after a leading "the"
        ("the National Committee" is marked "the #National Committee"), and before the words
        just before it that open its actor's name ("Sheikh" of "Sheikh Hasina", where the
        model found "Hasina" alone), so that a glyph never lands inside a name."""
        start = e.start
        lead = re.match(r"(?:the|The|THE)\s+(?=\w)", text[start:e.end])
        if lead and lead.end() < e.end - start:
            return start + lead.end()
        aid = self.ws.actor_at(self.source_id, e.start, e.end)
        actor = self.ws.actor(aid) if aid else None
        if actor is None:
            return start
        words, name = text[e.start:e.end], actor.name
        before = name[: -len(words)]  # "Sheikh " of "Sheikh Hasina" (its name, not an alias: "Kremlin spokesman X")
        if len(name) > len(words) and name.endswith(" " + words) and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s){1,2}", before):
            at = start - len(before)
            others = self.analysis.entities if self.analysis is not None else ()
            if (at >= 0 and text[at:start] == before and (at == 0 or not text[at - 1].isalnum())
                    and not any(o.start < start and o.end > at for o in others if o is not e)):
                return at
        return start

    def _content_marks(self, tags) -> tuple[list[Mark], list[Insert], dict[int, tuple[str, str]]]:
        src = self.ws.source(self.source_id)
        analysis = self.analysis
        glyphs = self._glyphs()
        g = self.app.glyphs
        marks: list[Mark] = []
        inserts: list[Insert] = []
        gutter: dict[int, tuple[str, str]] = {}
        if analysis is not None:
            for e in analysis.entities:
                cls = ENTITY_CLASS.get(e.label)
                if cls and cls != "date":
                    cls = self._actor_class(e, cls)
                if cls:
                    start = self._name_start(src.text, e) if cls in ENTITY_GLYPH else e.start
                    marks.append(Mark(start, e.end, cls))
                    if glyphs and cls in ENTITY_GLYPH:
                        inserts.append(Insert(start, ENTITY_GLYPH[cls], "glyph"))
            # The article's own brackets ("from 6pm [yesterday]") are faint, where a chip's are
            # bold (a suggestion's italic); without colour, where faint does not show, they are
            # escaped ("\[yesterday\]"): text in brackets is never read as a tag.
            for m in re.finditer(r"[\[\]]", src.text):
                marks.append(Mark(m.start(), m.start() + 1, "text-bracket"))
                if glyphs:
                    inserts.append(Insert(m.start(), "\\", "text-bracket"))
            for i, q in enumerate(self.quotes):
                marks.append(Mark(q.start, q.end, "quote"))
                if q.speaker is not None:
                    marks.append(Mark(q.speaker.start, q.speaker.end, "speaker"))
                block_start = src.text.rfind("\n", 0, q.start) + 1
                at = q.end + 1 if src.text[q.end : q.end + 1] in ("”", '"', "»") else q.end
                at += 2 if src.text[q.end : q.end + 2] == "''" else 0  # a wire's ''…'': after both marks
                tagged = tags.get((q.start, q.end))
                if tagged:
                    labels = list(dict.fromkeys(s.label for s in tagged))
                    looks = [self.app.label_look(lab) for lab in labels]
                    text = ", ".join(f"{glyph} {lab}" for lab, (_, glyph) in zip(labels, looks))
                    inserts.append(Insert(at, f" [{text}]", f"chip-{looks[0][0]}"))
                    gutter[block_start] = (g["tagged"], "gutter")
                    continue
                sug = self._suggestion(i)
                if sug is not None:
                    inserts.append(Insert(at, f" [{sug.label}?]", "suggestion"))
                    gutter.setdefault(block_start, (g["suggested"], "gutter"))
                else:
                    gutter.setdefault(block_start, (g["quote"], "gutter"))
            # A tag on a sentence or a selection (no quote there) gets its chip too, naming
            # the actor: nothing else on the line says whose stance it shows.
            quoted = {(q.start, q.end) for q in self.quotes}
            for (start, end), tagged in tags.items():
                if (start, end) in quoted or not 0 <= start < end <= len(src.text):
                    continue
                labels = list(dict.fromkeys((s.label, s.actor_id) for s in tagged))
                looks = [self.app.label_look(lab) for lab, _ in labels]
                text = ", ".join(f"{glyph} {lab} · {self.ws.actor_name(aid)}" for (lab, aid), (_, glyph) in zip(labels, looks))
                # right after the sentence's last character: a span may end with the
                # blank line after it, and the chip would open the next paragraph
                at = after_closing(src.text, start + len(src.text[start:end].rstrip()))
                inserts.append(Insert(at, f" [{text}]", f"chip-{looks[0][0]}"))
                gutter[src.text.rfind("\n", 0, start) + 1] = (g["tagged"], "gutter")
            self._sentence_suggestion_marks(src.text, tags, inserts, gutter)
        return marks, sorted(inserts, key=lambda x: x.at), gutter

    def _sentence_suggestion_marks(self, text: str, tags, inserts: list[Insert], gutter: dict[int, tuple[str, str]]) -> None:
        """A suggestion made on a sentence (no quote there) shown as the README says, before
        the sentence is in focus: a faint chip after the sentence naming whose stance it is
        ("[LABEL? · ACTOR]") and "?" in its paragraph's margin (unless a tag
        marks it "✓"). The suggestion is the one ``a`` and ``x`` act on there
        (``sentence_suggestion``); each is shown once, after the sentence it starts in."""
        if not self.ws.suggestions_ready(self.source_id):
            return
        g = self.app.glyphs
        for start, end, sug in self._sentence_chips(tags):
            at = after_closing(text, start + len(text[start:end].rstrip()))
            inserts.append(Insert(at, f" [{sug.label}? · {self.ws.actor_name(sug.actor_id)}]", "suggestion"))
            block = text.rfind("\n", 0, start) + 1
            if gutter.get(block, (g["quote"], ""))[0] == g["quote"]:
                gutter[block] = (g["suggested"], "gutter")

    def _sentence_chips(self, tags) -> list:
        """``(start, end, suggestion)`` of each sentence suggestion drawn as a chip, in text
        order: the sentence's (``sentence_suggestion``, what a and x act on there), unless the
        sentence is tagged or an earlier sentence drew the same one. ``tags``: span -> tags."""
        key = self._marks_key(tags)
        if (memo := getattr(self, "_chips_memo", None)) is not None and memo[0] == key:
            return memo[1]
        spans = [(sg.start, sg.end) for sg in self.ws.suggestions(self.source_id) if sg.quote_index is None]
        out, shown = [], set()
        self._chips_memo = (key, out)
        if not spans:
            return out
        for start, end in self.sentences:
            if (start, end) in tags or not any(a < end and start < b for a, b in spans):
                continue
            sug = self.ws.sentence_suggestion(self.source_id, start, end)
            if sug is None or (key := (sug.actor_id, sug.label, sug.start, sug.end)) in shown:
                continue
            shown.add(key)
            out.append((start, end, sug))
        return out

    def _chip_on_quote(self, quote_index: int, wait: bool = False):
        """The sentence suggestion drawn on the quote ``quote_index`` when the quote has none of
        its own: the chip of a sentence the quote lies in ("[LABEL? · ACTOR]" after the
        quote's sentence, another actor's than the quote's speaker, or a quote with none).
        There it is what a, x and r act on, as the status line says. None when none is
        drawn there (or, unless ``wait``, the suggestions are still being worked out)."""
        if not wait and not self.ws.suggestions_ready(self.source_id):
            return None
        q = self.quotes[quote_index]
        for start, end, sug in self._sentence_chips(self._tags_by_quote()):
            if start < q.end and q.start < end:
                return sug
        return None

    def _suggestion(self, quote_index: int, wait: bool = False):
        """The suggestion on a quote; while a long article's are still being worked out,
        None, unless ``wait`` (the analyst asked for it: accept, reject)."""
        if not wait and not self.ws.suggestions_ready(self.source_id):
            return None
        sug = self.ws.quote_suggestion(self.source_id, quote_index)
        if sug is None:
            return None
        q = self.quotes[quote_index]
        if self.ws.is_rejected(self.source_id, q.start, q.end, sug.label):
            return None
        return sug

    def _sentence_suggestion(self, wait: bool = False):
        """The suggestion of the analysis for the sentence in focus: one made on no quote
        (``quote_index`` None) whose evidence overlaps the sentence, the sentence's actor's
        first, then one whose evidence starts in it, then the strongest. None when there is
        none, it was rejected, the analyst tagged that actor there, or (unless ``wait``)
        the suggestions are still being worked out."""
        if self.mode != "sentence" or self.selection is not None or self.sentence_index is None \
                or self.sentence_index >= len(self.sentences):
            return None
        if not wait and not self.ws.suggestions_ready(self.source_id):
            return None
        return self.ws.sentence_suggestion(self.source_id, *self.sentences[self.sentence_index])

    @staticmethod
    def _reason_parts(sug) -> tuple[list, bool]:
        """The suggestion's reason as status-line parts, and whether it ends with an example."""
        # The reason is why the analyst would accept: it stays, before the counters
        # (the quote's number goes first); "in the quote" goes without saying here.
        # A learned reason keeps whom it is like ("like X": your tags on X) when its source and
        # example ("“...”") do not fit an 80-column line.
        why = sug.reason.removesuffix(" in the quote")
        head, sep, example = why.partition(": “")
        if head.startswith("like your tags on "):  # "like your tags on X in <source>: “…”"
            who_, _, where = head.removeprefix("like your tags on ").partition(" in ")
            reason = [(f"like {who_}", 0)] + ([(f"in {where}", 3)] if where else [])
            return reason + ([("“" + example, 3)] if sep else []), True
        # A cue's reason names the cue: whole. Where it is ("in what the actor said", after
        # the cue) gives way before it: "a statement with no stance cue", never "…cue in…".
        cue, sep, where = why.rpartition(" in ")
        if sep and cue and "”" not in where:
            return [(cue, 0), (f"in {where}", 2)], False
        return [(why, 0)], False

    def _refresh_panel(self) -> None:
        ws = self.ws
        counts: Counter[str] = Counter()
        labels: dict[str, Counter] = {}
        focused_actor = self._focus_actor()
        for q in self.quotes:
            if q.actor_id:
                counts[q.actor_id] += 1
        for st in ws.stances(self.source_id):
            labels.setdefault(st.actor_id, Counter())[st.label] += 1
            counts.setdefault(st.actor_id, 0)
        rows = [
            ActorRow(aid, ws.actor_name(aid), n, dict(labels.get(aid, {})), aid == focused_actor)
            for aid, n in counts.most_common()
        ]
        self.query_one(ActorPanel).show_actors(rows, unknown=sum(1 for q in self.quotes if not q.actor_id),
                                               why_none=self._why_none)

    def _refresh_status(self, tags) -> None:
        ws = self.ws
        quotes = self.quotes
        quoted = {(q.start, q.end) for q in quotes}
        tagged = len(quoted & tags.keys())
        # a sentence or a selection tagged (no quote there) counts too, said apart
        passages = sum(1 for span in tags if span not in quoted)
        done = f"{tagged}/{len(quotes)} tagged" + (f" + {count(passages, 'passage')}" if passages else "")
        speakers = {q.actor_id for q in quotes if q.actor_id}
        with_stance = {st.actor_id for st in ws.stances(self.source_id)}
        # (text, rank): rank 0 stays longest on a narrow line; the rest goes whole, by rank.
        progress = [(done, 1), (f"{count(len(speakers - with_stance), 'actor')} without a stance", 2)]
        if self.analysis is None:
            failed = ws.analysis_failure(self.source_id) or getattr(self.app, "analysis_failed", {}).get(self.source_id)
            parts = [(failed, 0), ("the text is shown without marks", 2)] if failed else [("Analysing…", 0), ("quotes and names appear when the analysis is done", 2)]
        elif self.selection is not None:
            a, b = self._focus_span() or (0, 0)
            parts = [(f"Selected {count(b - a, 'character')}", 0), ("arrows extend", 3), ("a label key tags it", 2),
                     ("Q: it is a quote", 3), ("esc cancels", 2)]
        elif self.mode == "quote" and self.focus_index is not None and self.focus_index < len(quotes):
            q = quotes[self.focus_index]
            who = ws.actor_name(q.actor_id) if q.actor_id else (q.speaker.text if q.speaker else "no speaker")
            here = tags.get((q.start, q.end))
            # The quote's position stays (rank 0), with a suggestion too: a reason too long
            # for the line is cut at its end, and r shows it whole ("(a/x/r)").
            counter = 0
            if here:
                state = [("tagged " + ", ".join(f"{s.label} ({s.annotator})" for s in here), 0)]
            elif (sug := self._suggestion(self.focus_index)) is not None:
                state = [(f"suggests {sug.label} (a/x)", 0), *self._reason_parts(sug)[0]]
            elif (sug := self._chip_on_quote(self.focus_index)) is not None:  # its sentence's, whose it says
                state = [(f"suggests {sug.label} for {ws.actor_name(sug.actor_id)} (a/x)", 0), *self._reason_parts(sug)[0]]
            else:
                state = [("untagged", 0)]
            # A long actor name gives way (down to 16 cells) before the suggestion's reason.
            parts = [(f"Quote {self.focus_index + 1}/{len(quotes)}", counter), (who, 0, 16), *state, *progress]
        elif self.mode == "entity" and self.entity_index is not None and self.entity_index < len(self.entities):
            e = self.entities[self.entity_index]
            aid = ws.actor_at(self.source_id, e.start, e.end)
            actor = ws.actor(aid) if aid else None  # its kind as the analyst may have corrected it
            parts = [(f"{actor.kind if actor else e.label.lower()} {e.text}" + (f" → {ws.actor_name(aid)}" if aid else ""), 0),
                     ("a label key tags it on this sentence", 3), *progress]
        elif self.mode == "sentence" and self.sentence_index is not None:
            counter = f"Sentence {self.sentence_index + 1}/{len(self.sentences)}"
            if (sug := self._sentence_suggestion()) is not None:  # as a quote's: who, what, why
                parts = [(counter, 1), (ws.actor_name(sug.actor_id), 0, 16), (f"suggests {sug.label} (a/x)", 0),
                         *self._reason_parts(sug)[0], *progress]
            else:
                parts = [(counter, 0), ("a label key tags its subject", 3), *progress]
        else:
            parts = [(count(len(quotes), "quote"), 0), ("] next quote", 2), ("? help", 2), *progress]
        from annotate import printable

        from ..wording import fit_parts

        line = self.query_one("#status", StatusLine)
        parts = [(printable(part[0]), *part[1:]) for part in parts]
        ax = next((i for i, p in enumerate(parts) if p[0].startswith("suggests ") and p[0].endswith(" (a/x)")), None)
        if ax is not None and ax + 1 < len(parts):
            width = line.content_size.width or self.app.size.width

            def whole(parts) -> bool:
                return f"(a/x) · {parts[ax + 1][0]}" in fit_parts(parts, width)

            # The reason's head does not fit: the position shortens ("Quote 2/6" to "2/6") to
            # give it room; if still cut, r shows it all.
            if not whole(parts) and parts[0][0].startswith(("Quote ", "Sentence ")):
                parts = [(parts[0][0].split(" ", 1)[1], *parts[0][1:]), *parts[1:]]
            if not whole(parts):
                parts[ax] = (parts[ax][0].removesuffix(" (a/x)") + " (a/x/r)", *parts[ax][1:])
        line.show(parts)

    def on_analysis_ready(self) -> None:
        self.refresh_marks()

    def refresh_stances(self) -> None:
        """Called by the app when tags changed (here or by another analyst)."""
        self.refresh_marks()

    # ------------------------------------------------------------------ moving
    def _scroll_to_focus(self) -> None:
        span = self._focus_span()
        if span is None:
            return
        start = span[0]
        if self.mode == "quote" and self.focus_index is not None and self.selection is None:
            q = self.quotes[self.focus_index]
            if q.speaker and q.speaker.start < q.start:
                start = q.speaker.start
        self.query_one(ArticleView).scroll_to_offset(start, span[1])

    def _move(self, mode: str, step: int, ok=lambda i: True) -> None:
        items = self.quotes if mode == "quote" else self.entities if mode == "entity" else self.sentences
        starts = [x[0] if mode == "sentence" else x.start for x in items]
        if not self.cursor.move(mode, starts, step, self._focus_at, ok):
            self.app.bell()
            self.refresh_marks()  # the key may have changed what is shown (tag and jump)
            return
        self.refresh_marks()
        self._scroll_to_focus()

    def _focus_at(self) -> float:
        """The offset a move counts from when the focus is on something else (a quote, a
        name, a sentence, a selection): the focus's start; with nothing in focus, the top
        of the screen."""
        span = self._focus_span()
        if span is None and self.cursor.gap is not None:  # a quote removed with X: from its place
            return self.cursor.gap
        if span is None:
            view = self.query_one(ArticleView)
            return view.offset_at_row(view.scroll_offset.y) - 0.5  # the item at the top is next
        return span[0]

    def action_next_quote(self) -> None:
        self._move("quote", 1)

    def action_prev_quote(self) -> None:
        self._move("quote", -1)

    def _untagged(self, i: int) -> bool:
        q = self.quotes[i]
        return not any(st.start == q.start and st.end == q.end for st in self.ws.stances(self.source_id))

    def action_next_untagged(self) -> None:
        self._move("quote", 1, self._untagged)

    def action_prev_untagged(self) -> None:
        self._move("quote", -1, self._untagged)

    def action_next_entity(self) -> None:
        self._move("entity", 1)

    def action_prev_entity(self) -> None:
        self._move("entity", -1)

    def action_next_sentence(self) -> None:
        self._move("sentence", 1, self._not_in_a_quote)

    def action_prev_sentence(self) -> None:
        self._move("sentence", -1, self._not_in_a_quote)

    def _not_in_a_quote(self, i: int) -> bool:
        """Whether sentence ``i`` is a stop of ( and ): not one that starts inside a quote (its
        quotation marks aside): one lying wholly inside it, or the quote's last sentence with
        its attribution ("I can't say more yet," the minister said.), is the quote's words,
        tagged with ] and [. So ) on a quote goes to the sentence after it."""
        text = self.ws.source(self.source_id).text
        s, e = self.sentences[i]
        while s < e and text[s] in QUOTE_EDGE:
            s += 1
        while e > s and text[e - 1] in QUOTE_EDGE:
            e -= 1
        return not any(q.start <= s < q.end for q in self.quotes)

    # ------------------------------------------------------------------ selecting
    def action_select(self) -> None:
        """Start (or end) a selection at what is in focus, or at the top of the screen."""
        if self.selection is not None:
            self.selection, self.selecting = None, False
            self.refresh_marks()
            return
        span = self._focus_span()
        view = self.query_one(ArticleView)
        if span is None:
            start = view.offset_at_row(view.scroll_offset.y)
            m = WORD.search(self.ws.source(self.source_id).text, start)
            span = (m.start(), m.end()) if m else (start, start + 1)
        self.cursor.select(span)
        self.refresh_marks()

    def action_extend(self, words: int) -> None:
        text = self.ws.source(self.source_id).text
        if self.selection is None:
            self.action_select()
            if self.selection is None:
                return
        self.cursor.extend_words(text, words)
        self.refresh_marks()
        self.query_one(ArticleView).scroll_to_offset(self.selection[1])

    def action_extend_line(self, lines: int) -> None:
        view = self.query_one(ArticleView)
        if self.selection is None:
            self.action_select()
            if self.selection is None:
                return
        head = view.offset_in_row(self.selection[1], lines)
        self.cursor.extend_to(head, len(self.ws.source(self.source_id).text))
        self.refresh_marks()
        view.scroll_to_offset(self.selection[1])

    _SELECTING_MOVES = {"right": ("extend", 1), "left": ("extend", -1), "down": ("extend_line", 1), "up": ("extend_line", -1)}

    def holds_key(self, key: str) -> bool:
        """Whether ``on_key`` handles ``key`` itself, before the bindings: while selecting,
        the plain arrows and escape (the article view leaves them to it)."""
        return self.selecting and (key in self._SELECTING_MOVES or key == "escape")

    def on_key(self, event) -> None:
        # While selecting, plain arrows extend the selection too (for terminals that
        # swallow shift+arrows), and escape cancels it.
        if not self.holds_key(event.key):
            return
        moves = self._SELECTING_MOVES
        if event.key in moves:
            name, arg = moves[event.key]
            getattr(self, f"action_{name}")(arg)
            event.stop()
            event.prevent_default()
        elif event.key == "escape":
            self.selection, self.selecting = None, False
            self.refresh_marks()
            event.stop()
            event.prevent_default()

    # ------------------------------------------------------------------ tagging
    def _focus_actor(self, speaker_only: bool = False) -> str | None:
        """The actor of the quote, name or sentence in focus; ``speaker_only``: for a sentence, its
        speaker only (``Workspace.sentence_actor``), never the agent of a clause inside it."""
        ws = self.ws
        span = self._focus_span()
        if span is None:
            return None
        for q in self.quotes:  # a quote in or around the span
            if q.start < span[1] and span[0] < q.end and q.actor_id:
                if self.mode == "quote" or self.selection is not None:
                    return q.actor_id
        if self.mode == "entity" and self.selection is None and self.entity_index is not None:
            e = self.entities[self.entity_index]
            return ws.actor_at(self.source_id, e.start, e.end)
        return ws.sentence_actor(self.source_id, *span, speaker_only=speaker_only)  # the subject of the sentence in focus

    def _evidence(self) -> tuple[int, int] | None:
        span = self._focus_span()
        if span is None:
            return None
        if self.mode == "entity" and self.selection is None:
            for s, e in self.sentences:
                if s <= span[0] < e:
                    return self.ws.evidence_span(self.source_id, s, e) or span
        return span

    def action_tag(self, label: str, jump: bool = False) -> None:
        from annotate import AlreadyTagged, SpeakerNeeded, WorkspaceError

        if self.analysis is None:
            self.notify("Wait for the analysis to finish", severity="warning")
            return
        if self._focus_span() is None:
            self.notify("Move to a quote first (] next quote, v selects text)", severity="warning")
            return
        if self.mode == "quote" and self.selection is None:
            try:
                st = self.ws.tag(self.source_id, self.focus_index, label)
            except AlreadyTagged as same:
                self._unchanged(same, jump)
                return
            except SpeakerNeeded:
                # The quote names no speaker ("said one local"): the one picked becomes its
                # speaker, then it is tagged, so the quote is attributed (esc: nothing saved).
                index = self.focus_index
                self._pick_actor_then(lambda aid: self._speaker_then_tag(index, label, aid, jump), "Who holds this stance")
                return
            except WorkspaceError as err:
                self.notify(str(err), severity="error", timeout=8)
                return
            self._saved(st, jump)
            return
        actor = self._focus_actor()
        if actor is None:
            self._pick_actor_then(lambda aid: self._tag_span(label, aid, jump), "Who holds this stance")
        else:
            self._tag_span(label, actor, jump)

    def action_tag_next(self, label: str) -> None:
        self.action_tag(label, jump=True)

    def _speaker_then_tag(self, index: int, label: str, actor_id: str, jump: bool) -> None:
        """Make ``actor_id`` the speaker of quote ``index`` and tag it ``label`` (two steps of
        undo: the tag, then the speaker)."""
        from annotate import AlreadyTagged, WorkspaceError

        from ..cli_actors import followers_moved

        try:
            self.ws.set_speaker(self.source_id, index, actor_id)
            more = followers_moved(self.ws, self.ws.speaker_followers)
            st = self.ws.tag(self.source_id, index, label)
        except AlreadyTagged as same:
            self._unchanged(same, jump)
            return
        except WorkspaceError as err:
            self.notify(str(err), severity="error", timeout=8)
            return
        self._saved(st, jump)
        if more:  # the speaker set before the tag: other quotes followed it
            self.notify(f"Speaker: {self.ws.actor_name(actor_id)}; {more} (u twice undoes)", timeout=8)

    def _tag_span(self, label: str, actor_id: str, jump: bool) -> None:
        from annotate import AlreadyTagged, WorkspaceError

        span = self._evidence()
        try:
            st = self.ws.tag_span(self.source_id, span[0], span[1], actor_id, label)
        except AlreadyTagged as same:
            self.selection, self.selecting = None, False
            self._unchanged(same, jump)
            return
        except WorkspaceError as err:
            self.notify(str(err), severity="error", timeout=8)
            return
        self.selection, self.selecting = None, False
        self._saved(st, jump)

    def _move_tag(self, st) -> None:
        """Ask whose stance the tag ``st`` (the analyst's, on the sentence in focus) is, and
        give it to that actor."""
        from annotate import AlreadyTagged, WorkspaceError

        def then(actor_id: str) -> None:
            try:
                new = self.ws.move_tag(st.id, actor_id)
            except AlreadyTagged as same:
                self.notify(str(same), timeout=3)
                return
            except WorkspaceError as err:
                self.notify(str(err), severity="error", timeout=8)
                return
            self.notify(f"Its tag {new.label} now belongs to {self.ws.actor_name(new.actor_id)} (was {self.ws.actor_name(st.actor_id)})",
                        timeout=4)
            self.refresh_marks()

        self._pick_actor_then(then, f"Whose stance is this ({self.ws.actor_name(st.actor_id)} {st.label} now)")

    def _unchanged(self, same, jump: bool) -> None:
        """The tag was in force already: say so (nothing was saved), move on if asked."""
        self.notify(str(same), timeout=3)
        if jump:
            self.action_next_untagged()

    def _saved(self, st, jump: bool) -> None:
        """After a tag: the toast, then the status line says it with the key press; a long
        article's marks (320 quotes: their rebuild took the status line's paint with it, and
        the line said "untagged" for over a second) follow after that paint."""
        self.notify(f"Saved: {self.ws.actor_name(st.actor_id)} {st.label}", timeout=2)
        if jump:
            self.action_next_untagged()
        else:
            self._refresh_status(self._tags_by_quote())
            self.call_after_refresh(self._marks_if_shown)

    def _marks_if_shown(self) -> None:
        """``refresh_marks`` unless the reader was closed meanwhile (esc typed after the key)."""
        if self.is_mounted and self in self.app.screen_stack:
            self.refresh_marks()

    def _actors_here(self) -> set[str]:
        """The actors this article names: its speakers, the subjects of its clauses and the
        people and organisations it mentions (as the actor index resolved them)."""
        ws, sid = self.ws, self.source_id
        here = {q.actor_id for q in self.quotes if q.actor_id}
        analysis = ws.analysis(sid)
        if analysis is not None:
            spans = [(f.agent_start, f.agent_end) for f in analysis.frames]
            spans += [(e.start, e.end) for e in analysis.entities if e.label in ("PERSON", "ORG")]
            here |= {aid for s, e in spans if (aid := ws.actor_at(sid, s, e))}
        return here

    def _pick_actor_then(self, then, title: str, initial: str = "") -> None:
        ws = self.ws
        here = self._actors_here()
        names = ws.actor_names()  # found by any name they go by ("Kremlin")
        choices = [
            Choice(a.id, a.name, ("· in this article " if a.id in here else "") + (a.affiliation or a.kind), tuple(names.get(a.id, ())[1:]))
            for a in ws.list_actors()
        ]
        choices.sort(key=lambda c: (c.id not in here, c.label.lower()))
        # Actors the alias file knows and no source has named yet ("Kremlin" finds the
        # Russian government before any Russian source is read): chosen, they are created.
        known = {f"{KNOWN}{k['id']}": k for k in ws.known_actors()}
        # Hundreds of them: offered only for a close match, so a new name typed in full
        # still has "+ New actor" near the top.
        choices += [Choice(key, k["name"], f"{k['affiliation'] or k['kind']} · alias file", tuple(k["names"]), min_score=88.0)
                    for key, k in known.items()]

        def done(result: str | None) -> None:
            if not result:
                return
            if result.startswith(NEW):
                result = ws.create_actor(result[len(NEW):])
            elif result in known:
                k = known[result]
                result = ws.create_actor(k["name"], k["kind"], k["affiliation"])
            then(result)

        self.app.push_screen(Picker(title, choices, allow_new="New actor", initial=initial), done)

    def action_accept(self) -> None:
        from annotate import AlreadyTagged, WorkspaceError

        here = self._suggestion_here()
        if here is None:
            self.notify("Move to a quote with a suggestion (] next quote)", severity="warning")
            return
        if not here:
            return
        sug, start, end = here
        try:
            st = self.ws.tag_span(self.source_id, start, end, sug.actor_id, sug.label, origin="suggestion")
        except AlreadyTagged as same:
            self._unchanged(same, jump=False)
            return
        except WorkspaceError as err:
            self.notify(str(err), severity="error", timeout=8)
            return
        self._saved(st, jump=False)

    def action_why(self) -> None:
        """r: the whole reason of the suggestion in focus (the status line may cut it), in a
        box that wraps: who, what, why."""
        if self.mode == "sentence" and self.selection is None and self.sentence_index is not None:
            sug = self._sentence_suggestion(wait=True)
        elif self.mode == "quote" and self.focus_index is not None and self.selection is None:
            sug = self._suggestion(self.focus_index, wait=True) or self._chip_on_quote(self.focus_index, wait=True)
        else:
            sug = None
        if sug is None:
            self.notify("No suggestion here: ] moves to a quote, ) to a sentence", timeout=3)
            return
        from annotate import printable

        from ..widgets.message_box import MessageBox

        self.app.push_screen(MessageBox(printable(f"Why {self.ws.actor_name(sug.actor_id)}: {sug.label}?"),
                                        printable(sug.reason)))

    def _suggestion_here(self):
        """``(suggestion, start, end)`` that a and x act on: the focused quote's suggestion on
        the quote's span, or in sentence mode the sentence's suggestion on its own evidence
        span. () after saying there is none here; None when the reader is on neither."""
        if self.mode == "sentence" and self.selection is None and self.sentence_index is not None:
            sug = self._sentence_suggestion(wait=True)
            if sug is None:
                self.notify("No suggestion on this sentence", timeout=2)
                return ()
            return sug, sug.start, sug.end  # the suggestion's evidence, as the analysis gave it
        if self.mode != "quote" or self.focus_index is None:
            return None
        sug = self._suggestion(self.focus_index, wait=True)
        if sug is None:
            chip = self._chip_on_quote(self.focus_index, wait=True)
            if chip is not None:  # the chip drawn on the quote is its sentence's: on its own evidence
                return chip, chip.start, chip.end
            self.notify("No suggestion on this quote", timeout=2)
            return ()
        q = self.quotes[self.focus_index]
        return sug, q.start, q.end

    def action_reject(self) -> None:
        here = self._suggestion_here()
        if not here:
            return
        sug, start, end = here
        self.ws.reject_suggestion(self.source_id, start, end, sug.label)
        self.notify(f"Suggestion {sug.label} rejected", timeout=2)
        self.refresh_marks()

    def _my_tag_here(self):
        span = self._focus_span()
        if span is None:
            return None
        mine = [s for s in self.ws.stances(self.source_id) if (s.start, s.end) == span and s.annotator == self.ws.annotator]
        return mine[-1] if mine else None

    def _changed(self, st, done: str, none: str) -> None:
        """Say what a history step did to tag ``st`` (or that there was nothing), redraw."""
        if st is None:
            self.notify(none, timeout=2)
            return
        self.notify(done.format(f"{self.ws.actor_name(st.actor_id)} {st.label}"), timeout=2)
        self.refresh_marks()

    def action_untag(self) -> None:
        st = self._my_tag_here()
        self._changed(st and self.ws.untag(st.id), "Removed: {} (u undoes)", "You have no tag on this")

    def action_undo(self) -> None:
        self.app.history_step("undo")
        self.refresh_marks()

    def action_redo(self) -> None:
        self.app.history_step("redo")
        self.refresh_marks()

    def action_note(self) -> None:
        st = self._my_tag_here()
        if st is None:
            self.notify("Tag this first; the note goes on your tag", severity="warning")
            return

        def done(note: str | None) -> None:
            if note is not None:
                self.ws.set_note(st.id, note)
                self.notify("Note saved", timeout=2)
                self.refresh_marks()

        self.app.push_screen(TextPrompt(f"Note on {self.ws.actor_name(st.actor_id)} {st.label}", st.note), done)

    def action_speaker(self) -> None:
        if self.mode != "quote" or self.focus_index is None:
            st = self._my_tag_here()
            if st is not None:  # a tagged sentence: whose stance it is can be changed
                self._move_tag(st)
                return
            self.notify("Move to a quote first (] next quote), or to a sentence you tagged", severity="warning")
            return
        index = self.focus_index
        q = self.quotes[index]
        view = self.ws.edit_view()  # what the analyst sees as the prompt opens: another's speaker set meanwhile is a conflict

        def then(actor_id: str) -> None:
            from ..cli_actors import followers_moved, tags_moved

            with self.ws.seen_as_of(view):
                meanwhile = self.ws.merged_meanwhile(actor_id)  # another analyst merged the chosen actor
                moved = self.ws.set_speaker(self.source_id, index, actor_id)
            self.app.tell_conflicts()
            if meanwhile:
                self.notify(meanwhile, severity="warning", timeout=8, markup=False)
            name = self.ws.actor_name(actor_id)
            more = followers_moved(self.ws, self.ws.speaker_followers)  # untagged quotes of its phrase: never unseen
            if moved or more:
                said = "; ".join(x for x in (tags_moved(moved, name) if moved else "", more) if x)
                self.notify(f"Speaker: {name}; {said} (u undoes)", timeout=8 if more else 5)
            else:
                self.notify(f"Speaker: {name}", timeout=2)
            self.refresh_marks()

        self._pick_actor_then(then, "Who said it", initial="")
        del q

    def action_add_quote(self) -> None:
        if self.selection is None:
            self.notify("Select the quoted words first (v, then arrows)", severity="warning")
            return
        span = self._focus_span()
        if span is None:
            self.notify("The selection is removed boilerplate, not the article", severity="warning")
            return
        a, b = span
        # Who said the words: a quote's speaker there, or the sentence's speaker; else the
        # analyst is asked ("diplomats warned that NATO is prepared to ..." is not NATO's quote).
        actor = self._focus_actor(speaker_only=True)

        def then(actor_id: str) -> None:
            index = self.ws.add_quote(self.source_id, a, b, actor_id)
            self.selection, self.selecting = None, False
            self.mode, self.focus_index = "quote", index
            self.notify(f"Quote added: {self.ws.actor_name(actor_id)}", timeout=2)
            self.refresh_marks()

        if actor is None:
            self._pick_actor_then(then, "Who said it")
        else:
            then(actor)

    def action_create_incident(self) -> None:
        """A new incident of the sentence in focus or selected (the analysis missed the event or
        put it in another incident)."""
        span = self._focus_span()
        if span is None:
            self.notify("Select the sentence first (v, then arrows), or move to it with )", severity="warning")
            return
        from annotate import NoEventType, WorkspaceError

        ws, source_id = self.ws, self.source_id

        def made(iid: str) -> None:
            inc = next((i for i in ws.incidents() if i.id == iid), None)
            title = inc.title if inc else iid
            self.selection, self.selecting = None, False
            dated = f" · dated ~{inc.date}, the day the source was published" if inc is not None and inc.date_reported else ""
            self.app.refresh_views()
            self.notify(f"New incident: {title}{dated} (I: the incidents)", timeout=4)

        try:
            made(ws.create_incident(source_id, *span, require_type=True))
            return
        except NoEventType:
            pass  # no event type in the sentence: the analyst gives it now; escape makes nothing
        except WorkspaceError as err:
            self.notify(str(err), severity="error")
            return
        choices = [Choice(tid, name, tid) for tid, name in ws.incident_types()]

        def typed(tid: str | None) -> None:
            if not tid:
                self.notify("No incident made (no event type given)", timeout=4)
                return
            try:
                made(ws.create_incident(source_id, *span, event_type=tid))
            except WorkspaceError as err:
                self.notify(str(err), severity="error")

        self.app.push_screen(Picker("No event type found in the sentence: type of the new incident", choices), typed)

    def action_remove_quote(self) -> None:
        if self.mode != "quote" or self.focus_index is None:
            return
        before = {st.id for st in self.ws.tags_on_rejected_quotes(self.source_id)}
        gone = self.quotes[self.focus_index].start
        self.ws.remove_quote(self.source_id, self.focus_index)
        kept = [st for st in self.ws.tags_on_rejected_quotes(self.source_id) if st.id not in before]
        if kept:  # nothing lost: the tag stays, its evidence is marked rejected in the brief
            self.notify(f"Not a quote: removed. Its tag ({', '.join(st.label for st in kept)}) stays, "
                        "evidence marked rejected; u undoes", timeout=6)
        else:
            self.notify("Not a quote: removed (the analysis will not bring it back)", timeout=3)
        self.focus_index = None
        self.cursor.gap = gone  # ] goes on to the quote after it, [ back to the one before
        self.refresh_marks()

    def action_copy(self) -> None:
        span = self._focus_span()
        if span is None:
            self.notify("Move to a quote first", severity="warning")
            return
        src = self.ws.source(self.source_id)
        actor = self._focus_actor()
        cite = ", ".join(x for x in (src.title or src.name, src.outlet, src.published[:10]) if x)
        text = f"“{src.text[span[0]:span[1]]}”" + (f" ({self.ws.actor_name(actor)})" if actor else "") + f" [{cite}]"
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied to the clipboard with its citation (OSC 52): {text[:60]}…" if len(text) > 60 else f"Copied (OSC 52): {text}", timeout=4)

    # ------------------------------------------------------------------ view
    def action_toggle_panel(self) -> None:
        # on a narrow terminal the panel is hidden unless asked for; on a wide one shown unless not
        self.query_one(ActorPanel).toggle_class("-shown" if self.has_class("-cramped") else "-hidden")

    def action_down(self) -> None:
        self.query_one(ArticleView).scroll_down(animate=False)

    def action_up(self) -> None:
        self.query_one(ArticleView).scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.query_one(ArticleView).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(ArticleView).scroll_page_up(animate=False)

    def action_top(self) -> None:
        self.query_one(ArticleView).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one(ArticleView).scroll_end(animate=False)

    def action_back(self) -> None:
        if self.selection is not None:
            self.selection, self.selecting = None, False
            self.refresh_marks()
            return
        self.app.pop_screen()


def keys_of(bindings) -> set[str]:
    """Every key the bindings use ("ctrl+r,U" is two)."""
    return {k.strip() for b in bindings for k in b.key.split(",")}


@lru_cache(maxsize=16)
def reader_class(specs: tuple[tuple[str, str], ...], reserved: frozenset[str] = frozenset()) -> type[ReaderScreen]:
    """A ReaderScreen whose tag keys are the vocabulary's: ``((name, key), ...)``.
    The footer shows: next quote, the labels, accept, undo. A label's key (or its
    upper-case "tag and jump" key) that another reader key or one in ``reserved`` (the
    app's) already uses is left out and said in ``KEY_PROBLEMS``."""
    from textual.keys import _character_to_key

    taken = keys_of(BASE_BINDINGS) | set(reserved)
    bindings = [BASE_BINDINGS[0]]
    problems: list[str] = []
    for name, key in specs:
        if not key:
            continue
        k = _character_to_key(key)
        if k in taken:
            problems.append(f"label {name!r}: key {key!r} is already used by the reader; give it another one (bluf labels)")
            continue
        taken.add(k)
        bindings.append(Binding(k, f"tag('{name}')", name.capitalize(), id=f"reader.tag.{name}"))
        upper = key.upper()
        if upper != key:
            ku = _character_to_key(upper)
            if ku in taken:
                problems.append(f"label {name!r}: {upper!r} (tag and jump) is already used by the reader; left out")
                continue
            taken.add(ku)
            bindings.append(Binding(ku, f"tag_next('{name}')", f"{name.capitalize()} + next untagged", show=False, id=f"reader.tag_next.{name}"))
    bindings += BASE_BINDINGS[1:]
    # Not inheriting: the footer keeps this order, and a label left out of the vocabulary
    # leaves no key behind.
    return type(
        "ReaderScreen",
        (ReaderScreen,),
        {"BINDINGS": list(Screen.BINDINGS) + bindings, "KEY_PROBLEMS": tuple(problems)},
        inherit_bindings=False,
    )
