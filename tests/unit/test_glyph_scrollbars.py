"""A console or ASCII repertoire draws scroll bars in whole cells by setting Textual's scroll-bar
renderer, a class attribute; an app with the full repertoire started later in the same process
(the next test, a second app) draws Textual's own thumbs again."""

from __future__ import annotations

from textual.app import App
from textual.scrollbar import ScrollBar, ScrollBarRender

from tui.glyphs import install


def test_the_full_repertoire_puts_textual_s_scroll_bars_back_after_a_console_app():
    try:
        install(App(), "console")
        assert ScrollBar.renderer is not ScrollBarRender  # whole cells on the console
        install(App(), "full")
        assert ScrollBar.renderer is ScrollBarRender
    finally:
        ScrollBar.renderer = ScrollBarRender
