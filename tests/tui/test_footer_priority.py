"""The footer keeps the keys that matter where they do not all fit: new-user session, the
reader at 60x20 in tmux showed neither the help key nor two of the five label keys.
Where the keys overflow, the footer takes Textual's compact style; what still does not fit
goes from the end, but ? (help, which lists every key) stays. Pilot, keys as typed, the
painted bottom row read."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.app import BlufApp

from .helpers import open_reader, screen_lines, settle


async def _footer_settled(app, pilot) -> None:
    for _ in range(20):  # the footer measures and hides after a refresh or two
        await pilot.pause()


def _shown(app) -> tuple[list[FooterKey], int]:
    footer = app.screen.query_one(Footer)
    shown = [k for k in footer.query(FooterKey) if k.display and k.region.width and not k.has_class("-command-palette")]
    palette = [k for k in footer.query(FooterKey) if k.has_class("-command-palette")]
    return shown, (palette[0].region.x if palette else footer.region.right)


async def test_the_reader_s_footer_keeps_help_at_60x20_and_every_label_key_at_80x24(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await _footer_settled(app, pilot)
        labels = [name.capitalize() for name in app.workspace.labels]
        bottom = screen_lines(app)[-1]
        for label in labels:
            assert label in bottom, (label, bottom)
        assert "? Help" in bottom, bottom
        await pilot.resize_terminal(60, 20)
        await settle(app, pilot)
        await _footer_settled(app, pilot)
        bottom = screen_lines(app)[-1]
        assert "? Help" in bottom and "] Next" in bottom, bottom
        shown, right = _shown(app)
        assert all(k.region.right <= right for k in shown), [(k.description, k.region) for k in shown]
        kept = [k.description for k in shown]
        assert kept[:2] == ["Next", labels[0]], kept  # the first keys of the screen stay, in order
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        await _footer_settled(app, pilot)
        bottom = screen_lines(app)[-1]
        assert all(label in bottom for label in labels) and "? Help" in bottom, bottom


async def test_the_library_s_footer_keeps_help_at_60x20(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await _footer_settled(app, pilot)
        bottom = screen_lines(app)[-1]
        assert "? Help" in bottom and "/ Filter" in bottom, bottom
        shown, right = _shown(app)
        assert all(k.region.right <= right for k in shown)
