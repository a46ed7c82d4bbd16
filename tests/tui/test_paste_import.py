"""An article pasted into the import screen's paths field is imported as one article, by
ctrl+o, whether the terminal sends it as one paste (bracketed paste) or as keys (every
line break an enter); it is never read as file names, one import per line."""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input, Log, Static

from tui.app import BlufApp
from tui.screens.importer import is_prose, pasted_paths

from .helpers import settle

ARTICLE = (
    "Coastguard boards tanker off the northern cape\n\n"
    "The coastguard boarded a tanker near the northern cape on Sunday, officials in the port city said.\n\n"
    "A spokesman for the fleet said the crew had not resisted and that the ship's papers were being checked.\n"
)


async def _open_import(app, pilot):
    await settle(app, pilot)
    await pilot.press("i")
    await settle(app, pilot)
    return app.screen.query_one("#paths", Input)


def _log(app) -> list[str]:
    return list(app.screen.query_one("#log", Log).lines)


async def _import_pasted(app, pilot) -> None:
    await pilot.press("ctrl+o")
    await settle(app, pilot)


async def test_a_bracketed_paste_of_an_article_is_kept_as_text_and_imported_by_ctrl_o(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        before = len(app.workspace.sources())
        field.post_message(events.Paste(ARTICLE))
        await settle(app, pilot)
        assert field.value == ""
        label = str(app.screen.query_one("#pasted", Static).render())
        assert "ctrl+o" in label and f"{len(ARTICLE.split())} words in 3 lines" in label, label
        assert len(app.workspace.sources()) == before  # nothing imported before ctrl+o
        await _import_pasted(app, pilot)
        assert len(app.workspace.sources()) == before + 1
        new = [s for s in app.workspace.sources() if "boarded a tanker" in s.text]
        assert new and new[0].title == "Coastguard boards tanker off the northern cape"
        assert new[0].text.strip() == ARTICLE.strip()
        assert not any(line.startswith("not imported") for line in _log(app)), _log(app)


async def test_a_paste_sent_as_keys_is_gathered_not_imported_line_by_line(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        before = len(app.workspace.sources())
        for ch in ARTICLE:  # what a terminal without bracketed paste sends
            app.post_message(events.Key("enter", "\r") if ch == "\n" else events.Key(_character_to_key(ch), ch))
        await settle(app, pilot)
        assert len(app.workspace.sources()) == before
        assert not any(line.startswith(("not imported", "importing")) for line in _log(app)), _log(app)
        await _import_pasted(app, pilot)
        assert len(app.workspace.sources()) == before + 1
        new = [s for s in app.workspace.sources() if "ship's papers were being checked" in s.text]
        assert new, "the pasted article's last paragraph is missing"
        assert new[0].text.strip() == ARTICLE.strip()  # every line as pasted, none run together
        assert field.value == ""


async def test_a_paste_of_file_names_still_imports_those_files(ws_path, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two files.txt"
    one.write_text("Officials said the border crossing would reopen on Monday.\n", encoding="utf-8")
    two.write_text("The navy said two patrol boats had left the harbour at dawn.\n", encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        field.post_message(events.Paste(f"{one}\n{two}\n"))
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert any(line.startswith("2 added") for line in _log(app)), _log(app)


def test_prose_and_paths_are_told_apart(tmp_path):
    f = tmp_path / "notes.md"
    f.write_text("x", encoding="utf-8")
    assert is_prose("The envoy said talks would resume")
    assert is_prose("the minister's aide")  # an apostrophe: no shell words
    assert not is_prose('"my notes.txt')  # an unclosed quote in a file name: the shell-words error
    assert not is_prose(str(f))
    assert not is_prose(f"{f} https://example.org/feed.xml")
    assert not is_prose("missing.txt")  # one name: a typo gets "no such file", not text
    assert pasted_paths(f"{f}\nhttps://example.org/a\n") == f"{f} https://example.org/a"
    assert pasted_paths("Headline here\n\nA paragraph of the article follows.") is None
    assert pasted_paths(f"{f}\nA line of prose among file names\n") is None


async def test_the_field_says_an_article_can_be_pasted_and_a_paste_with_the_log_focused_is_kept(ws_path):
    """New-user session (no mouse): the paste field had no label saying text may be pasted;
    tabbing on to the log and pasting there did nothing, silently; after a paste the
    progress bar showed "--%". The label says it, a paste anywhere on the screen goes to the
    field, and the bar says 100% once the pasted article is in."""
    from textual.widgets import ProgressBar

    from .helpers import region_text, widget_text

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        screen = app.screen
        label = " ".join(widget_text(screen.query_one("#paths-label", Static)).split())
        assert "Paste an article's text here (ctrl+o imports it)" in label, label
        bar = screen.query_one("#progress", ProgressBar)
        assert not bar.display or "--%" not in "".join(region_text(app, bar.region))
        log = screen.query_one("#log", Log)
        for _ in range(4):  # tab on until the log has the focus
            if app.focused is log:
                break
            await pilot.press("tab")
        assert app.focused is log
        before = len(app.workspace.sources())
        app.post_message(events.Paste(ARTICLE.replace("tanker", "trawler")))  # as the terminal sends it
        await settle(app, pilot)
        assert app.focused is field
        assert "ctrl+o" in str(screen.query_one("#pasted", Static).render())
        await _import_pasted(app, pilot)
        assert len(app.workspace.sources()) == before + 1
        shown = "".join(region_text(app, bar.region))
        assert bar.display and "100%" in shown and "--%" not in shown, shown


async def test_an_article_pasted_with_the_pattern_field_focused_goes_to_the_paths_field(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        await pilot.press("tab")
        glob = app.screen.query_one("#glob", Input)
        assert app.focused is glob
        app.post_message(events.Paste(ARTICLE))
        await settle(app, pilot)
        assert glob.value == "*" and app.focused is field
        assert "ctrl+o" in str(app.screen.query_one("#pasted", Static).render())
        await pilot.press("tab")
        assert app.focused is glob
        app.post_message(events.Paste("*.html"))
        await settle(app, pilot)
        assert app.focused is glob and "*.html" in glob.value


async def test_a_paste_of_an_article_already_there_with_one_title_word_changed_is_reported_as_a_near_duplicate(ws_path, tmp_path):
    """The same article pasted again, its title edited, is a new source and the import log
    says which source it nearly repeats (a new user thought it was imported silently)."""
    body = ("The coastguard boarded a tanker near the northern cape on Sunday, officials in the port city said, "
            "after the ship ignored three calls to stop. A spokesman for the fleet said the crew had not resisted, "
            "that the cargo of diesel was being checked and that the master would be questioned in the morning.\n")
    (tmp_path / "cape_tanker.txt").write_text("Coastguard boards tanker off the northern cape\n\n" + body, encoding="utf-8")
    from annotate import open_workspace

    ws = open_workspace(ws_path)
    assert ws.import_files([str(tmp_path / "cape_tanker.txt")]).added
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await _open_import(app, pilot)
        field.post_message(events.Paste("Coastguard seizes tanker off the northern cape\n\n" + body))
        await settle(app, pilot)
        await _import_pasted(app, pilot)
        said = " ".join(_log(app))
        assert "near-duplicate: cape_tanker.txt ≈ pasted" in said, said
