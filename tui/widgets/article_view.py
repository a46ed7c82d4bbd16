"""ArticleView: the article text with marks, rendered line by line (Textual's Line API).

Only visible rows are rendered; rows are laid out once per width and styled strips are
cached until the marks change. Source text is never parsed as markup: ``[bold]`` in an
article is shown as typed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..themes import LABEL_SLOTS
from .article_layout import Block, Insert, Layout, Mark, blocks, layout, styled_runs
from .key_order import ScreenKeysInTurn

GUTTER = 2


@dataclass
class ArticleContent:
    text: str
    blocks: list[Block]
    marks: list[Mark]
    inserts: list[Insert]
    gutter: dict[int, tuple[str, str]]  # block start offset -> (glyph, class)


class ArticleView(ScreenKeysInTurn, ScrollView, can_focus=True):
    """Shows one article. The screen sets content with ``show()`` and marks with ``mark()``.
    The screen's keys run in turn with the keys typed behind them (``ScreenKeysInTurn``:
    letters typed with e go into the speaker picker); a key the screen's ``holds_key(key)``
    says it handles itself (arrows while selecting) goes on to it as usual."""

    class Drawn(Message):
        """The article's text was drawn for the first time since ``show()``: slower work
        about it (a long article's suggestions) can start without delaying that."""

    COMPONENT_CLASSES = {
        "article--heading",
        "article--removed",
        "article--person",
        "article--org",
        "article--place",
        "article--group",
        "article--date",
        "article--other",
        "article--quote",
        "article--quote-focus",
        "article--speaker",
        "article--chip",
        *(f"article--chip-{i}" for i in range(1, LABEL_SLOTS + 1)),  # a tag chip per label colour slot
        "article--suggestion",
        "article--selection",
        "article--glyph",
        "article--text-bracket",  # the article's own [ and ]: never taken for a chip
        "article--gutter",
        "article--gutter-focus",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        padding: 0 1 0 0;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;  /* the text width never changes when the scrollbar shows */
        overflow-x: hidden;
    }
    ArticleView:focus { background-tint: $foreground 3%; }
    ArticleView > .article--heading { text-style: bold underline; color: $accent; }
    ArticleView > .article--removed { text-style: italic; color: $text-muted; }
    ArticleView > .article--person { text-style: bold; color: $warning; }
    ArticleView > .article--org { text-style: bold; color: $secondary; }
    ArticleView > .article--place { color: $success; }
    ArticleView > .article--group { color: $success; text-style: italic; }
    ArticleView > .article--date { color: $text-muted; }
    ArticleView > .article--other { }
    ArticleView > .article--quote { text-style: underline; }
    ArticleView > .article--quote-focus { text-style: reverse; }
    ArticleView > .article--speaker { text-style: bold underline; color: $primary; }
    ArticleView > .article--chip { text-style: bold; color: $accent; }
    ArticleView > .article--suggestion { text-style: italic; color: $text-muted; }
    ArticleView > .article--selection { text-style: reverse underline; }
    ArticleView > .article--glyph { text-style: bold; }
    ArticleView > .article--text-bracket { text-style: dim; }
    ArticleView > .article--gutter { color: $text-muted; }
    ArticleView > .article--gutter-focus { text-style: bold; color: $accent; }
    """ + "".join(
        f"ArticleView > .article--chip-{i} {{ text-style: bold; color: $label-{i}; }}\n" for i in range(1, LABEL_SLOTS + 1)
    )

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._content: ArticleContent | None = None
        self._layout: Layout | None = None
        self._layout_width = -1
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(2048)
        self._block_marks: dict[int, list[Mark]] = {}
        self._wrapped: dict = {}  # each paragraph's wrapped lines by width and inserts
        self._marks_in: list[Mark] | None = None  # the list last given to mark()
        self._focus_mark: Mark | None = None
        self._focus_block = -1
        self._drawn = False

    # ------------------------------------------------------------------ content
    def _keeps_key(self, event) -> bool:
        holds = getattr(self.screen, "holds_key", None)
        return bool(holds and holds(event.key))

    def show(self, text: str, removed=(), headings=()) -> None:
        self._content = ArticleContent(text, blocks(text, removed, headings), [], [], {})
        self._wrapped.clear()
        self._marks_in = None
        self._focus_mark = None
        self._drawn = False
        self._relayout(force=True)
        self.scroll_home(animate=False)

    def mark(
        self,
        marks: list[Mark],
        inserts: list[Insert],
        gutter: dict[int, tuple[str, str]],
        focus: tuple[int, int] | None = None,
        focus_cls: str = "quote-focus",
    ) -> None:
        """Replace marks, inserted glyphs and gutter glyphs, and the span in focus; keep the
        scroll position. Passing the same ``marks`` list again (moving the focus only) skips
        re-indexing them: thousands of marks in a long article, one key press."""
        if self._content is None:
            return
        c = self._content
        if marks is not self._marks_in:
            self._marks_in = marks
            c.marks = sorted(marks, key=lambda m: (m.start, m.end))
            self._index_marks()
        inserts_changed = inserts is not c.inserts and inserts != c.inserts
        c.inserts = inserts
        c.gutter = gutter
        self._focus_mark = Mark(focus[0], focus[1], focus_cls) if focus is not None else None
        self._focus_block = -1
        if focus is not None:
            i = bisect_right([b.start for b in c.blocks], focus[0]) - 1
            if i >= 0 and c.blocks[i].start <= focus[0] <= c.blocks[i].end:
                self._focus_block = i
        self._strips.clear()
        if inserts_changed:
            self._relayout(force=True)
        self.refresh()

    def _index_marks(self) -> None:
        """Marks by the blocks (paragraphs) they touch: one bisection per mark, so a long
        article's thousands of marks index in milliseconds."""
        assert self._content is not None
        blocks_ = self._content.blocks
        starts = [b.start for b in blocks_]
        by_block: dict[int, list[Mark]] = {}
        for m in self._content.marks:  # sorted by start, so each block's list is too
            i = max(0, bisect_right(starts, m.start) - 1)
            while i < len(blocks_) and blocks_[i].start < m.end:
                if blocks_[i].end > m.start:
                    by_block.setdefault(i, []).append(m)
                i += 1
        self._block_marks = by_block

    # ------------------------------------------------------------------ layout
    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER)

    def _relayout(self, force: bool = False) -> None:
        if self._content is None:
            self.virtual_size = Size(0, 0)
            return
        if not self.size.width:
            return  # not laid out on screen yet: on_resize will lay the text out once
        width = self._text_width()
        if not force and width == self._layout_width:
            return
        c = self._content
        if len(self._wrapped) > 4 * len(c.blocks) + 64:
            self._wrapped.clear()  # old widths and old chips
        glyphs = getattr(self.app, "glyphs", None) or {"removed": "⋯"}
        self._layout = layout(c.text, c.blocks, width, c.inserts, cache=self._wrapped, removed_glyph=glyphs["removed"])
        self._layout_width = width
        self._strips.clear()
        self.virtual_size = Size(width + GUTTER, len(self._layout.rows))

    def on_resize(self) -> None:
        self._relayout()

    def row_of(self, offset: int) -> int:
        return self._layout.row_of(offset) if self._layout else 0

    def offset_at_row(self, row: int) -> int:
        """The first source offset shown at or after visual ``row``."""
        if self._layout is None:
            return 0
        starts = self._layout.row_starts
        for r in range(max(0, row), len(starts)):
            if starts[r] >= 0:
                return starts[r]
        return 0

    def offset_in_row(self, offset: int, rows: int) -> int:
        """The offset ``rows`` visual rows below (or above) ``offset``, same column."""
        if self._layout is None:
            return offset
        row = self.row_of(offset)
        col = offset - max(0, self._layout.row_starts[row])
        target = row
        step = 1 if rows > 0 else -1
        for _ in range(abs(rows)):
            target += step
            while 0 <= target < len(self._layout.rows) and self._layout.row_starts[target] < 0:
                target += step
        if not 0 <= target < len(self._layout.rows):
            return offset
        lo, hi = self._layout.rows[target].src_range
        return min(hi, lo + col) if lo >= 0 else offset

    def scroll_to_offset(self, start: int, end: int | None = None) -> None:
        """Bring the rows showing source [start, end) into view, a third from the top when
        it has to scroll, so the context before a quote shows too."""
        if self._layout is None:
            return
        top = self.row_of(start)
        bottom = self.row_of(end) if end is not None else top
        height = self.scrollable_content_region.height
        y = self.scroll_offset.y
        if top >= y and bottom < y + height:
            return
        self.scroll_to(y=max(0, top - height // 3), animate=False)

    # ------------------------------------------------------------------ render
    def render_line(self, y: int) -> Strip:
        if not self._drawn and self._layout is not None:
            self._drawn = True
            self.post_message(self.Drawn())
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        key = (index, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(index, width)
            self._strips[key] = strip
        return strip.apply_offsets(scroll_x, index)

    def _style(self, classes: tuple[str, ...], base: Style) -> Style:
        style = base
        for cls in classes:
            style += self.get_component_rich_style(f"article--{cls}", partial=True)
        return style

    def _render_row(self, index: int, width: int) -> Strip:
        base = self.rich_style
        if self._layout is None or index >= len(self._layout.rows):
            return Strip.blank(width, base)
        row = self._layout.rows[index]
        c = self._content
        assert c is not None
        segments: list[Segment] = []
        block = c.blocks[row.para] if 0 <= row.para < len(c.blocks) else None
        glyph = "  "
        gcls = "gutter"
        first_row_of_block = block is not None and row.pieces and row.pieces[0].src in (block.start, -1) and (
            index == 0 or self._layout.rows[index - 1].para != row.para
        )
        if block is not None and row.kind != "blank":
            if row.para == self._focus_block:
                g = getattr(self.app, "glyphs", None) or {"focus": "▶", "focus_bar": "▎"}
                glyph, gcls = (g["focus"] if first_row_of_block else g["focus_bar"]) + " ", "gutter-focus"
            elif first_row_of_block and block.start in c.gutter:
                glyph, gcls = c.gutter[block.start]
                glyph = (glyph + "  ")[:GUTTER]
        segments.append(Segment(glyph, self._style((gcls,), base)))
        if row.kind == "removed":
            text = "".join(p.text for p in row.pieces)
            segments.append(Segment(text, self._style(("removed",), base)))
        elif row.kind != "blank":
            marks = self._block_marks.get(row.para, [])
            fm = self._focus_mark
            if fm is not None and block is not None and fm.start < block.end and fm.end > block.start:
                marks = [*marks, fm]  # last, so its style wins

            def marks_at(s: int, e: int) -> list[Mark]:
                return [m for m in marks if m.start < e and m.end > s]

            for text, classes in styled_runs(row, marks_at):
                segments.append(Segment(text, self._style(classes, base) if classes else base))
        strip = Strip(segments)
        return strip.crop_extend(0, width, base)
