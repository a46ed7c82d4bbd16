"""Layout of an article for the terminal: paragraphs wrapped to a width, with boilerplate
collapsed to one line and short glyphs inserted next to marks (for screens without colour).

Pure Python (no Textual), so it can be tested and timed on its own. Every visual row knows
which characters of the source it shows, so a row can be styled by the marks that cover
those offsets, and an offset can be found on screen.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class Mark:
    """A style class over source offsets [start, end)."""

    start: int
    end: int
    cls: str


@dataclass(frozen=True, slots=True)
class Insert:
    """Virtual text shown at a source offset (before the character there), not part of
    the source: a glyph, a tag chip."""

    at: int
    text: str
    cls: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of display text: source text from ``src`` on, or virtual text (``src`` -1)."""

    text: str
    src: int
    cls: str = ""


@dataclass(slots=True)
class Row:
    pieces: list[Piece]
    kind: str = "text"  # text, heading, removed, blank
    para: int = -1

    @property
    def src_range(self) -> tuple[int, int]:
        srcs = [(p.src, p.src + len(p.text)) for p in self.pieces if p.src >= 0]
        if not srcs:
            return (-1, -1)
        return (srcs[0][0], srcs[-1][1])


@dataclass
class Block:
    """A paragraph, heading or collapsed boilerplate block of the source."""

    kind: str  # text, heading, removed
    start: int
    end: int
    label: str = ""


@dataclass
class Layout:
    rows: list[Row] = field(default_factory=list)
    row_starts: list[int] = field(default_factory=list)  # first source offset per row (-1: none)

    def row_of(self, offset: int) -> int:
        """The row showing source ``offset`` (the nearest row before it if hidden)."""
        best = 0
        lo = bisect_right(self._keys, offset) - 1
        if lo >= 0:
            best = self._rows_by_key[lo]
        return best

    def finish(self) -> "Layout":
        pairs = [(s, i) for i, s in enumerate(self.row_starts) if s >= 0]
        self._keys = [p[0] for p in pairs]
        self._rows_by_key = [p[1] for p in pairs]
        return self


def blocks(text: str, removed=(), headings=()) -> list[Block]:
    """Split the source into displayable blocks: one per non-empty line, and one per run
    of removed (boilerplate) lines, labelled with its kind and size."""
    heading_starts = {h.start for h in headings}
    rem = sorted((r.start, r.end, r.kind) for r in removed)
    out: list[Block] = []
    counts: dict[int, int] = {}
    ri, pos = 0, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while ri < len(rem) and rem[ri][1] <= start:
            ri += 1
        if ri < len(rem) and rem[ri][0] <= start < rem[ri][1]:
            kind = rem[ri][2]
            if out and out[-1].kind == "removed" and out[-1].label == kind:
                out[-1].end = end
            else:
                out.append(Block("removed", start, end, kind))
            if line.strip():
                counts[len(out) - 1] = counts.get(len(out) - 1, 0) + 1
            continue
        if line.strip():
            out.append(Block("heading" if start in heading_starts else "text", start, end))
    for i, b in enumerate(out):
        if b.kind == "removed":
            n = counts.get(i, 0)
            b.label = f"{b.label}, {n} line{'s' if n != 1 else ''}"
    return out


def _display(text: str, block: Block, inserts: list[Insert]) -> list[Piece]:
    """The block as pieces: source runs split around virtual inserts."""
    pieces: list[Piece] = []
    pos = block.start
    for ins in inserts:
        if not (block.start <= ins.at <= block.end):
            continue
        if ins.at > pos:
            pieces.append(Piece(text[pos : ins.at], pos))
            pos = ins.at
        pieces.append(Piece(ins.text, -1, ins.cls))
    if pos < block.end:
        pieces.append(Piece(text[pos : block.end], pos))
    return pieces


@lru_cache(maxsize=16)
def _line_rx(width: int) -> re.Pattern:
    """One wrapped line: from a word's start, as much as fits in ``width`` ending at a word's
    end (greedy), else ``width`` characters of a longer word; then the spaces after it."""
    return re.compile(rf"(\S.{{0,{width - 1}}}(?<=\S)(?=\s|$)|\S{{{width}}})\s*")


def _wrap(pieces: list[Piece], width: int) -> list[list[Piece]]:
    """Greedy word wrap of pieces to ``width`` cells; words longer than a line are folded."""
    width = max(width, 8)
    display = "".join(p.text for p in pieces)
    if display and not display[0].isspace() and cell_len(display) == len(display):
        return _wrap_narrow(pieces, display, width)
    return _wrap_words(pieces, width)


def _wrap_narrow(pieces: list[Piece], display: str, width: int) -> list[list[Piece]]:
    """The same wrap for text of one cell per character, line by line with one regex (the
    common case, about ten times faster than word by word)."""
    bounds = []
    pos = 0
    for p in pieces:
        bounds.append(pos)
        pos += len(p.text)
    lines: list[list[Piece]] = []
    k = 0  # first piece that can overlap the next line
    for m in _line_rx(width).finditer(display):
        a, b = m.span(1)
        line: list[Piece] = []
        while k < len(pieces) and bounds[k] + len(pieces[k].text) <= a:
            k += 1
        j = k
        while j < len(pieces) and bounds[j] < b:
            p, s = pieces[j], bounds[j]
            lo, hi = max(a, s) - s, min(b, s + len(p.text)) - s
            if hi > lo:
                line.append(Piece(p.text[lo:hi], p.src + lo if p.src >= 0 else -1, p.cls))
            j += 1
        if line:
            lines.append(line)
    return lines


def _wrap_words(pieces: list[Piece], width: int) -> list[list[Piece]]:
    """Word by word, measuring cells (wide characters, leading spaces)."""
    # Flatten to words that remember their piece, so wrapping never splits a mark wrongly.
    words: list[tuple[str, int, str]] = []  # (text, src or -1, cls)
    for p in pieces:
        base = p.src
        for m in _WORD.finditer(p.text):
            words.append((m.group(), base + m.start() if base >= 0 else -1, p.cls))
    # A word with no space after it is glued to the next (a glyph and its name, "@Trump"):
    # the line breaks before the glued group, unless the group is longer than a line.
    cells = [len(t) if t.isascii() else cell_len(t) for t, _, _ in words]
    group = [0] * len(words)  # cells of the glued group starting at each word, bare
    run = 0
    for i in range(len(words) - 1, -1, -1):
        t = words[i][0]
        bare_i = cells[i] - (len(t) - len(t.rstrip()))
        run = bare_i if (t[-1:].isspace() or i == len(words) - 1) else cells[i] + run
        group[i] = run
    lines: list[list[Piece]] = [[]]
    used = 0
    for i, (text, src, cls) in enumerate(words):
        w = cells[i]
        bare = w - (len(text) - len(text.rstrip()))
        glued = i > 0 and not words[i - 1][0][-1:].isspace()
        need = bare if glued else group[i]
        if used and (used + need > width and (not glued or used + bare > width)):
            lines.append([])
            used = 0
            if not text.strip():
                continue
        while cell_len(text.rstrip()) > width - used and used == 0 and len(text) > 1:
            # Fold a word longer than the line.
            cut = max(1, width)
            while cell_len(text[:cut]) > width:
                cut -= 1
            lines[-1].append(Piece(text[:cut], src, cls))
            lines.append([])
            text = text[cut:]
            src = src + cut if src >= 0 else -1
            w = cell_len(text)
        if text:
            lines[-1].append(Piece(text, src, cls))
            used += w
    return [_merge(line) for line in lines if line]


def _merge(line: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for p in line:
        if out and out[-1].cls == p.cls and (
            (p.src >= 0 and out[-1].src >= 0 and out[-1].src + len(out[-1].text) == p.src)
            or (p.src < 0 and out[-1].src < 0)
        ):
            out[-1] = Piece(out[-1].text + p.text, out[-1].src, p.cls)
        else:
            out.append(p)
    # Trailing spaces at the end of a wrapped line are not shown.
    if out and out[-1].text.endswith(" "):
        last = out[-1]
        stripped = last.text.rstrip(" ")
        out[-1] = Piece(stripped, last.src, last.cls)
        if not stripped:
            out.pop()
    return out


def layout(
    text: str,
    blocks_: list[Block],
    width: int,
    inserts: list[Insert] = (),
    spacing: int = 1,
    cache: dict | None = None,
    removed_glyph: str = "⋯",
) -> Layout:
    """Rows for the whole article at ``width`` cells.

    ``cache`` (kept by the caller for one text) holds each block's wrapped lines by width and
    inserts: after a tag adds a chip, only that paragraph is wrapped again."""
    ins = sorted(inserts, key=lambda i: i.at)
    starts = [i.at for i in ins]
    out = Layout()
    for bi, b in enumerate(blocks_):
        if out.rows and spacing:
            for _ in range(spacing):
                out.rows.append(Row([], "blank", -1))
                out.row_starts.append(-1)
        if b.kind == "removed":
            label = f"{removed_glyph} removed: {b.label}"
            out.rows.append(Row([Piece(label[: max(8, width)], -1, "removed")], "removed", bi))
            out.row_starts.append(b.start)
            continue
        lo, hi = bisect_right(starts, b.start - 1), bisect_right(starts, b.end)
        if cache is None:
            lines = _wrap(_display(text, b, ins[lo:hi]), width)
        else:
            key = (bi, width, tuple(ins[lo:hi]))
            lines = cache.get(key)
            if lines is None:
                lines = cache[key] = _wrap(_display(text, b, ins[lo:hi]), width)
        for line in lines:
            row = Row(line, b.kind, bi)
            out.rows.append(row)
            s = next((p.src for p in line if p.src >= 0), -1)
            out.row_starts.append(s)
    return out.finish()


def styled_runs(row: Row, marks_at) -> list[tuple[str, tuple[str, ...]]]:
    """Split a row into runs of text with the style classes that apply to them.
    ``marks_at(start, end)`` returns the marks overlapping a source range."""
    runs: list[tuple[str, tuple[str, ...]]] = []
    base = ("heading",) if row.kind == "heading" else ()
    for p in row.pieces:
        if p.src < 0:
            runs.append((p.text, base + ((p.cls,) if p.cls else ())))
            continue
        start, end = p.src, p.src + len(p.text)
        marks = marks_at(start, end)
        if not marks:
            runs.append((p.text, base))
            continue
        cuts = sorted({start, end, *(max(start, m.start) for m in marks), *(min(end, m.end) for m in marks)})
        for a, b in zip(cuts, cuts[1:]):
            if a >= b:
                continue
            classes = tuple(m.cls for m in marks if m.start <= a and b <= m.end)
            runs.append((p.text[a - start : b - start], base + classes))
    return runs
