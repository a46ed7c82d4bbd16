"""Two analysts on one workspace, and a full disk, as the TUI shows them."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

from annotate import store as store_mod
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import open_screen, settle


async def test_another_analysts_tag_shows_within_two_seconds(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")  # quote 1 of the first source
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        src = app.workspace.source(reader.source_id)
        # A second analyst tags the first quote of this source from another process.
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "tag", src.name, "2", "denial"],
                       check=True, capture_output=True, env={**os.environ, "BLUF_ANNOTATOR": "colleague"})
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 2.0:
            await pilot.pause(0.1)
            if any(s.annotator == "colleague" for s in app.workspace.stances(src.id)):
                break
        seen = time.perf_counter() - t0
        assert any(s.annotator == "colleague" and s.label == "denial" for s in app.workspace.stances(src.id))
        assert seen < 2.0
        await pilot.pause(0.1)
        view = reader.query_one("ArticleView")
        assert " denial]" in "".join(seg.text for strip in view.render_lines(view.size.region) for seg in strip)


async def test_a_full_disk_says_the_tag_was_not_saved(ws_path, monkeypatch):
    def enospc(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")
        monkeypatch.setattr(store_mod, "_write_all", enospc)
        await pilot.press("h")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("not saved" in m and "full" in m for m in messages), messages
        assert app.workspace.stances() == []
        assert "untagged" in str(app.screen.query_one("#status").render())


async def test_agreement_view_shows_counts_kappa_and_disagreements(ws_path):
    from annotate.workspace import open_workspace
    from tui.screens.stats import StatsScreen

    from .helpers import widget_text

    for who, label in (("ana", "hawkish"), ("bob", "cautious")):
        ws = open_workspace(ws_path, annotator=who)
        ws.analyze()
        src = ws.sources()[1]
        ws.tag(src.id, 0, label)
        ws.tag(src.id, 3, "cautious")
        ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "S", StatsScreen)
        text = widget_text(app.screen.query_one("#body"))
        assert "4 tags in force by 2 annotators" in text
        assert "Cohen's kappa ana–bob" in text and "Krippendorff's alpha" in text
        assert "UK government" in text and "ana hawkish, bob cautious" in text


async def test_every_bundled_theme_renders_the_reader(ws_path):
    from tui.themes import bundled_dir, load_themes

    themes, problems = load_themes([bundled_dir()])
    assert problems == [] and {t.name for t in themes} >= {"bluf-dark", "bluf-light", "bluf-high-contrast", "bluf-ansi", "bluf-colorblind"}
    assert any(t.ansi for t in themes)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket")
        for t in sorted(x.name for x in themes):
            app.theme = t
            await pilot.pause()
            assert app.theme == t and app.screen.query_one("#status").render()
        assert app.return_code is None


async def test_a_broken_user_theme_is_reported_and_skipped(ws_path, tmp_path, monkeypatch):
    user = tmp_path / "data" / "bluf" / "themes"
    user.mkdir(parents=True)
    (user / "broken.toml").write_text('name = "broken"\nprimary = "not-a-colour"\n', encoding="utf-8")
    (user / "mine.toml").write_text('name = "mine"\nprimary = "#336699"\n', encoding="utf-8")
    (user / "garbage.toml").write_text("[[[", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("broken.toml skipped" in m for m in messages) and any("garbage.toml skipped" in m for m in messages)
        assert all("\n" not in m for m in messages)
        assert "mine" in app.available_themes and "broken" not in app.available_themes


async def test_bluf_stats_and_the_agreement_view_report_the_same_numbers(ws_path):
    """One report (annotate.agreement.agreement_report), laid out twice: the real `bluf
    stats` process and the app's agreement screen give the same kappa, alpha and
    disagreements."""
    import re

    from annotate.workspace import open_workspace

    from .helpers import widget_text

    for who, labels in (("ana", ("hawkish", "cautious", "denial")), ("bob", ("cautious", "cautious", "hawkish"))):
        ws = open_workspace(ws_path, annotator=who)
        ws.analyze()
        src = ws.sources()[1]
        for quote, label in zip((0, 3, 1), labels):
            ws.tag(src.id, quote, label)
        ws.close()
    cli = subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "stats"], capture_output=True, text=True, check=True).stdout
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        screen = widget_text(app.screen.query_one("#body"))

    def numbers(text: str) -> list[str]:
        return re.findall(r"(?:kappa ana–bob|alpha \(nominal\)): (\S+) on (\d+)", text)

    assert numbers(cli) and numbers(cli) == numbers(screen)
    disagreeing = re.findall(r"^  (.+?) in .*?: (ana \w+, bob \w+)$", cli, re.M)
    assert disagreeing and all(f"{actor} in " in screen and labels in screen for actor, labels in disagreeing)
