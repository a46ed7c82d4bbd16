"""Pilot tests at 80x24: read, move between quotes, tag, undo, tag again, quit."""

from __future__ import annotations

import re
import subprocess
import sys
import threading

from tinydb import TinyDB

from annotate.ingest import make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView

from .helpers import open_reader, settle, widget_text


async def test_tag_undo_tag_quit_and_the_tag_is_stored(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("down", "enter")  # the second source
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert reader.focus_index == 1
        q = reader.quotes[1]
        await pilot.press("h")
        assert [s.label for s in app.workspace.stances()] == ["hawkish"]
        await pilot.press("u")
        assert app.workspace.stances() == []
        await pilot.press("c")
        await pilot.press("q")
    # Plain TinyDB finds the history: the tag, its undo (a new record), the second tag.
    rows = TinyDB(ws_path).table("stances").all()
    assert [(r["ev"], r.get("label"), r["annotator"]) for r in rows] == [
        ("tag", "hawkish", "tester"), ("untag", None, "tester"), ("tag", "cautious", "tester")
    ]
    assert (rows[2]["start"], rows[2]["end"]) == (q.start, q.end) and rows[1]["target"] == rows[0]["id"]
    # And it is in the brief after reopening.
    ws = open_workspace(ws_path)
    ws.analyze()
    from annotate.brief import build_brief
    from annotate.export.markdown import render_markdown

    assert f"“{q.text}”" in render_markdown(build_brief(ws)).replace("\\", "")
    ws.close()


async def test_first_screen_paints_before_analysis_and_shows_progress(tmp_path, monkeypatch):
    """The library is on screen, with a progress bar, while the analysis is still running."""
    from annotate.workspace import Workspace

    release = threading.Event()
    real = Workspace.compute

    def slow(self, progress=None, n_process=None, **kw):
        progress(0, 5, "")
        release.wait(30)
        return real(self, progress, n_process, **kw)

    monkeypatch.setattr(Workspace, "compute", slow)
    app = BlufApp(db=tmp_path / "fresh.json", seed=True)  # as `bluf --sample` the first time: the bundled articles
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if app.workspace is not None:
                break
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        assert "analysing" in str(lib.query_one("#status").render()).lower()  # "Analysing 2 of 5…" or, a moment later, "5 sources · analysing…"
        assert not lib.query_one("#progress").has_class("-hidden")
        release.set()
        await settle(app, pilot)
        assert lib.query_one("#progress").has_class("-hidden")
        assert "quotes" in str(lib.query_one("#status").render())


def test_first_paint_does_not_wait_for_spacy(ws_path):
    """In a fresh process, the first screen is painted before spaCy is imported."""
    code = f"""
import asyncio, sys
from tui.app import BlufApp
async def main():
    app = BlufApp(db={str(ws_path)!r})
    async with app.run_test(size=(80, 24)) as pilot:
        print('spacy' in sys.modules, type(app.screen).__name__)
asyncio.run(main())
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split() == ["False", "LibraryScreen"]


async def test_source_markup_is_shown_literally(tmp_path):
    ws = open_workspace(tmp_path / "m.json", seed=False)
    ws.add_sources([make_source("Officials wrote [bold]not bold[/bold] and [link=http://x.example]a link[/link] here.\n", "markup.txt")])
    ws.close()
    app = BlufApp(db=tmp_path / "m.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        text = widget_text(app.screen.query_one(ArticleView))
        assert "[bold]not bold[/bold]" in text
        assert "[link=http://x.example]a link[/link]" in text


async def test_no_color_marks_use_glyphs_and_text_styles(ws_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*["right_square_bracket"] * 4)  # Peskov's quote
        view = app.screen.query_one(ArticleView)
        text = widget_text(view)
        assert "@Dmitry Peskov" in text and "^Moscow" in text and "#NATO" in text
        styles = [seg.style for strip in view.render_lines(view.size.region) for seg in strip if seg.style]
        assert any(s.reverse for s in styles)  # the quote in focus
        assert any(s.underline for s in styles)  # quotes
        assert any(s.bold for s in styles)  # names and speakers
        assert app.no_color  # Textual then strips colour from every segment it writes


async def test_help_lists_every_key_of_the_reader(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot)
        wanted = {b.description for b in type(reader).BINDINGS if b.id} | {b.description for b in BlufApp.BINDINGS}
        assert {"Hawkish", "Cautious", "Neutral", "Threatening", "Denial"} <= wanted
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(widget_text(w) for w in app.screen.query("Static"))
        missing = {d for d in wanted if d not in shown}
        assert not missing
        await pilot.press("escape")
        assert app.screen is reader


async def test_export_key_writes_the_same_brief_as_the_cli(ws_path, tmp_path):
    from tui.cli import main

    app = BlufApp(db=ws_path, brief_path=tmp_path / "tui-brief.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket", "d")
        await pilot.press("escape", "E")
        await pilot.pause()
    assert main(["--db", str(ws_path), "export", "-o", str(tmp_path / "cli-brief.md")]) == 0
    tui_brief = (tmp_path / "tui-brief.md").read_text(encoding="utf-8")
    assert "denial" in tui_brief
    assert tui_brief == (tmp_path / "cli-brief.md").read_text(encoding="utf-8")


async def test_pressing_a_label_key_three_times_keeps_one_tag_and_one_chip(ws_path):
    """One tag in force per analyst, quote and actor: the same key again changes nothing
    and says so; the panel, the stances and the brief show the quote's tag once."""
    from annotate.brief import build_brief
    from annotate.export.markdown import render_markdown
    from tui.widgets.actor_panel import ActorPanel

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot, row=1)
        await pilot.press("right_square_bracket", "right_square_bracket")
        q = reader.quotes[reader.focus_index]
        await pilot.press("h", "h", "h")
        await pilot.pause()
        ws = app.workspace
        assert [(s.label, s.start, s.end) for s in ws.stances()] == [("hawkish", q.start, q.end)]
        panel = widget_text(reader.query_one(ActorPanel))
        assert len(re.findall(r"\[(?:\S )?hawkish\]", panel)) == 1 and "×" not in panel, panel  # one chip, glyph or not
        messages = [n.message for n in app._notifications]
        assert sum("already tagged hawkish" in m for m in messages) == 2, messages
        assert re.search(r"(?<!\d)1 tagged stance", render_markdown(build_brief(ws)))  # the brief counts one
        await pilot.press("c")  # another label replaces it
        await pilot.pause()
        assert [s.label for s in ws.stances()] == ["cautious"]
        panel = widget_text(reader.query_one(ActorPanel))
        assert re.search(r"\[(?:\S )?cautious\]", panel) and "hawkish" not in panel, panel
