"""The reader's layout: every row fits the width, nothing of the article is lost, chips and
glyphs stay with their words, wide characters are measured in cells."""

from __future__ import annotations

import random

import pytest
from rich.cells import cell_len

from annotate.ingest import seed_sources
from tui.widgets.article_layout import (
    Insert,
    _display,
    _merge,
    _wrap_narrow,
    _wrap_words,
    blocks,
    layout,
)

WIDTHS = (8, 13, 31, 48, 76, 118)


def _chips(text, block, rng):
    """Chips as the reader adds them: after a word, starting with a space."""
    ends = [i for i in range(block.start, block.end + 1) if i == block.end or text[i] == " "]
    return sorted({Insert(rng.choice(ends), rng.choice([" [hawkish?]", " [denial]"]), "chip") for _ in range(rng.randrange(3))}, key=lambda i: i.at)


@pytest.mark.parametrize("width", WIDTHS)
def test_rows_fit_and_nothing_is_lost(width):
    rng = random.Random(width)
    for src in seed_sources():
        bl = blocks(src.text, src.removed, src.headings)
        inserts = [i for b in bl if b.kind != "removed" for i in _chips(src.text, b, rng)]
        lay = layout(src.text, bl, width, inserts)
        for row in lay.rows:
            assert cell_len("".join(p.text for p in row.pieces)) <= max(width, 8)
        shown = "".join(p.text for row in lay.rows if row.kind != "removed" for p in row.pieces if p.src >= 0)
        kept = "".join(src.text[b.start : b.end] for b in bl if b.kind != "removed")
        assert "".join(shown.split()) == "".join(kept.split())  # every character, in order


@pytest.mark.parametrize("width", WIDTHS)
def test_the_fast_wrap_agrees_with_the_word_by_word_wrap(width):
    rng = random.Random(7 * width)
    for src in seed_sources():
        for b in blocks(src.text, src.removed, src.headings):
            if b.kind == "removed":
                continue
            pieces = _display(src.text, b, _chips(src.text, b, rng))
            display = "".join(p.text for p in pieces)
            if display[:1].isspace() or cell_len(display) != len(display):
                continue
            fast = [_merge(line) for line in _wrap_narrow(pieces, display, width)]
            assert fast == [_merge(line) for line in _wrap_words(pieces, width)]


def test_a_glyph_stays_with_its_name():
    text = "The talks ended when Trump left"
    b = blocks(text)[0]
    at = text.index("Trump")
    for width in range(8, 40):
        lay = layout(text, [b], width, [Insert(at, "@", "glyph")])
        rows = ["".join(p.text for p in r.pieces) for r in lay.rows]
        assert any("@Trump" in r for r in rows), rows


def test_wide_characters_are_measured_in_cells():
    text = "北约 盟国 表示 将 加强 东翼 防空 " * 6
    lay = layout(text, blocks(text), 20)
    assert all(cell_len("".join(p.text for p in r.pieces)) <= 20 for r in lay.rows)
    assert len(lay.rows) > 1


def test_an_offset_is_found_on_its_row():
    src = seed_sources()[0]
    bl = blocks(src.text, src.removed, src.headings)
    lay = layout(src.text, bl, 48)
    for b in bl[:20]:
        if b.kind == "removed":
            continue
        row = lay.rows[lay.row_of(b.start)]
        assert row.src_range[0] <= b.start < max(row.src_range[1], b.start + 1)


def test_a_cached_layout_rewraps_only_what_changed():
    src = seed_sources()[1]
    bl = blocks(src.text, src.removed, src.headings)
    cache: dict = {}
    first = layout(src.text, bl, 48, [], cache=cache)
    filled = len(cache)
    b = next(b for b in bl if b.kind == "text")
    chip = Insert(b.end, " [hawkish]", "chip")
    second = layout(src.text, bl, 48, [chip], cache=cache)
    assert len(cache) == filled + 1  # one paragraph wrapped again
    assert second == layout(src.text, bl, 48, [chip])  # and the same as without a cache
    assert first == layout(src.text, bl, 48, [])


def test_a_glyph_stays_with_its_name_among_wide_characters():
    """The word-by-word wrap (wide characters in the paragraph) keeps a name's glyph on
    its name's line too."""
    text = "日本 said Moscow and the talks ended when the Kyiv mayor spoke to the 東京 press today."
    b = blocks(text)[0]
    at = text.index("Kyiv")
    for width in range(8, 60):
        lay = layout(text, [b], width, [Insert(at, "^", "glyph")])
        rows = ["".join(p.text for p in r.pieces) for r in lay.rows]
        assert any("^Kyiv" in r for r in rows), (width, rows)
        assert all(cell_len(r) <= width for r in rows), (width, rows)
