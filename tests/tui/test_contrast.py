"""Every bundled theme is readable: each text and mark bluf draws, on the background it is
drawn on, has WCAG 2 contrast of at least 4.5:1 (text) or 3:1 (a mark without letters:
glyphs, borders, scroll bars). Checked on what the screens really render."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.terminal_theme import DEFAULT_TERMINAL_THEME

from tui.app import BlufApp
from tui.config import UIConfig
from tui.themes import bundled_dir, load_themes

from .helpers import settle

TEXT, MARK = 4.5, 3.0
THEMES = sorted(t.name for t in load_themes([bundled_dir()])[0] if not t.ansi)  # bluf-ansi: the terminal's own colours


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0..255 channels)."""

    def lin(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rgb(colour: RichColor | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if colour is None or colour.is_default:
        return default
    return tuple(colour.get_truecolor(DEFAULT_TERMINAL_THEME))


def _pairs(app) -> list[tuple[str, tuple, tuple, float]]:
    """(text, fg, bg, needed) of every visible run on the screen."""
    theme = app.current_theme
    from textual.color import Color

    fg0 = Color.parse(theme.foreground).rgb
    bg0 = Color.parse(theme.background).rgb
    from textual.screen import ModalScreen

    # Behind a dialog the screen is dimmed on purpose: only the dialog is read.
    regions = [w.region for w in app.screen.children] if isinstance(app.screen, ModalScreen) else None
    out = []
    for y, line in enumerate(app.screen._compositor.render_full_update().strips):
        x = 0
        for seg in (s for strip in ([line] if hasattr(line, "cell_length") else line) for s in strip):
            text, st, x0 = seg.text, seg.style, x
            x += seg.cell_length
            if not text.strip() or st is None:
                continue
            if regions is not None and not any(r.contains(x0, y) for r in regions):
                continue
            fg, bg = _rgb(st.color, fg0), _rgb(st.bgcolor, bg0)
            if st.reverse:
                fg, bg = bg, fg
            if st.dim:  # terminals draw dim text at about half intensity
                fg = tuple(round((f + b) / 2) for f, b in zip(fg, bg))
            needed = TEXT if any(c.isalnum() for c in text) else MARK
            out.append((text.strip(), fg, bg, needed))
    return out


SCREENS = {
    "library": [],
    "reader": ["down", "enter", "right_square_bracket", "right_square_bracket", "h", "right_square_bracket"],
    "actors": ["A"],
    "incidents": ["I"],
    "brief": ["b"],
    "stats": ["S"],
    "help": ["down", "enter", "question_mark"],
}


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_and_mark_has_enough_contrast(snapshot_ws_for_contrast, theme):
    failures = {}
    for name, keys in SCREENS.items():
        app = BlufApp(db=snapshot_ws_for_contrast, ui=UIConfig(theme=theme))
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            for k in keys:
                await pilot.press(k)
                await pilot.pause()
            await settle(app, pilot)
            app.clear_notifications()
            await pilot.pause()
            for text, fg, bg, needed in _pairs(app):
                ratio = contrast(fg, bg)
                if ratio < needed:
                    failures.setdefault((fg, bg), (name, text[:30], round(ratio, 2), needed))
    assert not failures, "\n".join(f"{n}: {t!r} #{'%02x%02x%02x' % fg} on #{'%02x%02x%02x' % bg}: {r} < {need}" for (fg, bg), (n, t, r, need) in failures.items())


@pytest.fixture(scope="module")
def snapshot_ws_for_contrast(seeded_template, tmp_path_factory):
    import shutil

    from annotate.workspace import open_workspace

    d = tmp_path_factory.mktemp("contrast")
    shutil.copytree(seeded_template, d / "ws")
    path = d / "ws" / "ws.json"
    for who, label in (("ana", "hawkish"), ("bob", "cautious")):
        ws = open_workspace(path, annotator=who)
        ws.analyze()
        s1 = ws.sources()[1]
        ws.tag(s1.id, 0, label)
        ws.tag(s1.id, 7, "denial")
        ws.close()
    return path
