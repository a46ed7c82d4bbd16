"""Each screen's main flow at 80x24, driven by the keyboard only."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen
from tui.screens.brief import BriefScreen
from tui.screens.incidents import IncidentsScreen
from tui.screens.matrix import MatrixScreen
from tui.screens.reader import ReaderScreen

from .helpers import analysed, open_screen, screen_lines, settle, widget_text


async def _reader(app, pilot, source_index: int = 0):
    await settle(app, pilot)
    await pilot.press(*["down"] * source_index, "enter")
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


# ---------------------------------------------------------------- reader
async def test_tag_and_jump_goes_to_the_next_untagged_quote(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "H")
        assert r.focus_index == 1 and [s.label for s in app.workspace.stances()] == ["hawkish"]
        await pilot.press("C", "D")
        assert r.focus_index == 3 and [s.label for s in app.workspace.stances()] == ["hawkish", "cautious", "denial"]


async def test_undo_and_redo_many_levels(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "H", "C", "N")
        await pilot.press("u", "u", "u")
        assert app.workspace.stances() == []
        await pilot.press("ctrl+r", "U")
        assert [s.label for s in app.workspace.stances()] == ["hawkish", "cautious"]
        history = [e["event"] for e in app.workspace.log()]
        assert history == ["tag", "tag", "tag", "untag", "untag", "untag", "retag", "retag"]


async def test_accept_and_reject_a_suggestion(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        ws = app.workspace
        with_sugg = [i for i in range(len(r.quotes)) if r._suggestion(i) is not None]
        assert len(with_sugg) >= 2
        first, second = with_sugg[:2]
        await pilot.press(*["right_square_bracket"] * (first + 1))
        sug = r._suggestion(first)
        assert f"suggests {sug.label}" in str(app.screen.query_one("#status").render())
        await pilot.press("a")
        (st,) = ws.stances()
        assert (st.label, st.origin, st.actor_id) == (sug.label, "suggestion", sug.actor_id)
        await pilot.press(*["right_square_bracket"] * (second - first))
        rejected = r._suggestion(second)
        await pilot.press("x")
        assert r._suggestion(second) is None and len(ws.stances()) == 1
        q = r.quotes[second]
        assert ws.is_rejected(r.source_id, q.start, q.end, rejected.label)


async def test_note_on_a_tag(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "h", "o")
        await type_text(pilot, "firm tone")
        await pilot.press("enter")
        assert app.workspace.stances()[0].note == "firm tone"


async def test_reassign_the_speaker_with_fuzzy_search(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "e")
        await type_text(pilot, "merz")
        await pilot.press("enter")
        await pilot.pause()
        assert r.quotes[0].actor_id == "friedrich-merz" and r.quotes[0].rule == "analyst"


async def test_select_text_and_add_it_as_a_quote(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 0)
        before = len(r.quotes)
        await pilot.press("right_parenthesis", "v", "right", "right")  # the first sentence's words
        assert r.selection is not None
        await pilot.press("Q")
        await type_text(pilot, "new source person")
        await pilot.press("enter", "enter")  # the picker offers "+ New actor: new source person", enter again makes it
        await pilot.pause()
        assert len(r.quotes) == before + 1
        added = next(q for q in r.quotes if q.rule == "analyst")
        assert added.actor_id == "new-source-person" and r.selection is None


async def test_a_sentence_becomes_an_incident_with_a_key(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 0)
        before = {i.id for i in app.workspace.incidents()}
        await pilot.press("right_parenthesis", "right_parenthesis", "i")  # the second sentence
        await pilot.pause()
        new = [i for i in app.workspace.incidents() if i.id not in before]
        assert len(new) == 1 and list(new[0].evidence) == [r.source_id]
        s, e = new[0].evidence[r.source_id][0]
        assert (s, e) == tuple(r.sentences[r.sentence_index])


async def test_tag_a_name_on_its_sentence(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 0)
        await pilot.press("greater_than_sign")
        while r.entities[r.entity_index].text != "NATO":
            await pilot.press("greater_than_sign")
        await pilot.press("h")
        (st,) = app.workspace.stances()
        s, e = next((s, e) for s, e in r.sentences if s <= r.entities[r.entity_index].start < e)
        assert (st.actor_id, st.start, st.end) == ("nato", s, e)
        await settle(app, pilot)
        # the tagged sentence shows its chip, naming whose stance it is, on the painted screen
        assert any("hawkish · NATO]" in line for line in screen_lines(app)), "\n".join(screen_lines(app))


async def test_copy_a_quote_with_its_citation(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "y")
        q = r.quotes[0]
        assert app.clipboard == f"“{q.text}” (UK government) [Europeans Privately Tell Russia They’re Ready To Shoot Down Jets]"
        assert any("OSC 52" in n.message for n in app._notifications)


# ---------------------------------------------------------------- other screens
async def test_actors_rename_alias_merge(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        ws = app.workspace
        top = screen._current()
        await pilot.press("r")
        await pilot.press(*["backspace"] * 40)
        await type_text(pilot, "Renamed Actor")
        await pilot.press("enter")
        assert ws.actor_name(top) == "Renamed Actor"
        await pilot.press("l")
        await type_text(pilot, "RA")
        await pilot.press("enter")
        assert ws.resolve_actor("RA") == top
        await pilot.press("m")
        await type_text(pilot, "kallas")
        await pilot.press("enter")
        assert ws.canonical_actor_id(top) == "kaja-kallas"


async def test_actor_kind_is_typed_checked_on_screen_and_shown_in_the_table(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        screen = app.screen
        ws = app.workspace
        top = screen._current()
        await pilot.press("k")  # the current kind is selected: typing replaces it
        await type_text(pilot, "grup")
        await pilot.press("enter")
        await settle(app, pilot)
        shown = "\n".join(screen_lines(app))
        assert "Not saved: unknown actor kind 'grup'; did you mean group?" in shown  # the prompt stays open
        await pilot.press(*["backspace"] * 10)
        await type_text(pilot, "Group")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen and ws.actor(top).kind == "group"
        row = screen.query_one("DataTable").get_row(top)
        assert any(str(cell) == "group" for cell in row)


async def test_an_actor_said_to_be_a_place_leaves_the_table_and_u_brings_it_back(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        screen = app.screen
        ws = app.workspace
        top = screen._current()
        await pilot.press("k")
        shown = "\n".join(screen_lines(app))
        assert "or place: no actor" in shown  # the prompt offers it
        await type_text(pilot, "place")
        await pilot.press("enter")
        await settle(app, pilot)
        assert ws.actor(top).kind == "place" and top not in {a.id for a in ws.list_actors()}
        table = screen.query_one("DataTable")
        assert top not in [r.value for r in table.rows]
        await pilot.press("u")
        await settle(app, pilot)
        assert ws.actor(top).kind != "place" and top in [r.value for r in screen.query_one("DataTable").rows]


async def test_incidents_confirm_rename_merge_split_link(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "I", IncidentsScreen)
        ws = app.workspace
        first = ws.incidents()[0]
        n = len(ws.incidents())
        await pilot.press("c")
        assert next(i for i in ws.incidents() if i.id == first.id).status == "confirmed"
        await pilot.press("r", *["backspace"] * 60)
        await type_text(pilot, "MiGs over Estonia")
        await pilot.press("enter")
        assert next(i for i in ws.incidents() if i.id == first.id).title == "MiGs over Estonia"
        await pilot.press("s", "space", "enter")  # split off the first source
        assert len(ws.incidents()) == n + 1
        split = next(i for i in ws.incidents() if i.id.startswith(first.id + "-split"))
        await pilot.press("m")
        await type_text(pilot, "migs")
        await pilot.press("enter")  # merge the highlighted one (the first) into "MiGs over Estonia"...
        ids = {i.id for i in ws.incidents()}
        assert len(ids) == n and (split.id in ids) != (first.id in ids)
        n_before = len(next(iter(i for i in ws.incidents() if i.id in (first.id, split.id))).evidence)
        await pilot.press("l", "enter")
        assert max(len(i.evidence) for i in ws.incidents() if i.id in (first.id, split.id)) >= n_before


async def test_matrix_shows_tags_by_incident_and_by_source(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path)
    ws.analyze()
    ws.tag(ws.sources()[0].id, 3, "denial")
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        m = await open_screen(app, pilot, "M", MatrixScreen)
        text = widget_text(m.query_one("DataTable"))
        assert "Dmitry Peskov" in text and "D" in text and "Estonia" in widget_text(m.query_one("#legend"))
        await pilot.press("tab")
        assert m.by == "sources" and "#1" in widget_text(m.query_one("DataTable"))


async def test_brief_preview_and_export(ws_path, tmp_path):
    app = BlufApp(db=ws_path, brief_path=tmp_path / "b.md")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        assert isinstance(app.screen, BriefScreen)
        await pilot.pause()
        assert "Bottom line" in app.screen.query_one("#md").source
        await pilot.press("E")
        assert (tmp_path / "b.md").read_text(encoding="utf-8") == app.brief_markdown()


async def test_library_filter_and_incident_enter(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lib = app.screen
        await pilot.press("slash")
        await type_text(pilot, "moscow times")
        await pilot.press("enter")
        assert lib.query_one("#sources").row_count == 1
        await pilot.press("escape")
        assert lib.query_one("#sources").row_count == 5
        await pilot.press("tab", "enter")
        assert isinstance(app.screen, IncidentsScreen)


async def test_slash_again_starts_a_new_filter_instead_of_adding_to_the_old_one(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lib = app.screen
        await pilot.press("slash")
        await type_text(pilot, "moscow")
        await pilot.press("enter")
        await pilot.press("slash")
        assert lib.query_one("#filter").value == "moscow"  # still shown until a key
        await type_text(pilot, "times")
        await pilot.pause()
        assert lib.query_one("#filter").value == "times"


# ---------------------------------------------------------------- keys
async def test_keys_are_remapped_by_id_from_config(ws_path, tmp_path, monkeypatch):
    from annotate import settings

    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\n"reader.next_quote" = "ctrl+n"\n"reader.tag.hawkish" = "1"\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_CONFIG", str(cfg))
    settings._read.cache_clear()
    try:
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(80, 24)) as pilot:
            r = await _reader(app, pilot, 1)
            await pilot.press("ctrl+n", "1")
            assert r.focus_index == 0 and [s.label for s in app.workspace.stances()] == ["hawkish"]
    finally:
        settings._read.cache_clear()


async def test_the_command_palette_offers_every_action(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        titles = {c.title for c in app.get_system_commands(r)}
        wanted = {b.description for b in type(r).BINDINGS if b.id} | {b.description for b in BlufApp.BINDINGS if b.action != "help"}
        assert wanted <= titles, wanted - titles


async def test_the_reader_follows_the_workspaces_own_vocabulary(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path)
    # "z" is new; "conciliatory" has no key; "a" is the reader's accept key and "e" would
    # make "E" (export) a tag-and-jump key: both are left out with a notice.
    ws.set_labels([{"name": "escalatory", "key": "z"}, {"name": "conciliatory", "key": ""},
                   {"name": "alarmed", "key": "a"}, {"name": "wary", "key": "e"}])
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        assert any("'alarmed'" in n.message for n in app._notifications)
        await pilot.press("right_square_bracket", "z")
        assert [s.label for s in app.workspace.stances()] == ["escalatory"]
        await pilot.press("Z")  # already tagged so: jumps to the next untagged quote
        assert r.focus_index == 1
        await pilot.press("Z")  # tags it and jumps on
        assert [s.label for s in app.workspace.stances()] == ["escalatory", "escalatory"] and r.focus_index == 2
        await pilot.press("h")  # not in this vocabulary: no tag
        assert len(app.workspace.stances()) == 2
        palette = {c.title: c for c in app.get_system_commands(r)}
        assert {"Conciliatory", "Alarmed", "Escalatory"} <= set(palette)
        await palette["Conciliatory"].callback()
        await pilot.pause()
        assert [s.label for s in app.workspace.stances()][-1] == "conciliatory"


# Keys a terminal, tmux or screen may keep for itself.
SWALLOWED = {"ctrl+s", "ctrl+q", "ctrl+z", "ctrl+c", "ctrl+b", "ctrl+a", "ctrl+backslash", "ctrl+h", "ctrl+i",
             "ctrl+m", "ctrl+j", "ctrl+left_square_bracket", "f11", "alt+tab", "ctrl+d"}


def test_no_default_binding_uses_a_key_terminals_swallow():
    import tui.screens.actors
    import tui.screens.brief
    import tui.screens.help
    import tui.screens.incidents
    import tui.screens.library
    import tui.screens.matrix
    import tui.screens.stats
    from tui.screens.reader import reader_class
    from tui.widgets import checklist, picker, prompt

    classes = [BlufApp, reader_class((("hawkish", "h"), ("cautious", "c"), ("neutral", "n"), ("threatening", "t"), ("denial", "d")))]
    for mod in (tui.screens.actors, tui.screens.brief, tui.screens.help, tui.screens.incidents, tui.screens.library,
                tui.screens.matrix, tui.screens.stats, checklist, picker, prompt):
        classes += [v for v in vars(mod).values() if isinstance(v, type) and getattr(v, "BINDINGS", None) and v.__module__ == mod.__name__]
    for cls in classes:
        ids, keys = [], []
        for b in cls.BINDINGS:
            if b.id is None:
                continue  # Textual's own
            ids.append(b.id)
            keys += b.key.split(",")
            assert not set(b.key.split(",")) & SWALLOWED, (cls.__name__, b.id, b.key)
            assert b.description, b.id
        # Within one screen an id names one binding (the keymap remaps by id) and a key does one thing;
        # across screens an id may repeat (the same action where screens share it).
        assert len(ids) == len(set(ids)), (cls.__name__, sorted(ids))
        assert len(keys) == len(set(keys)), (cls.__name__, sorted(keys))


async def test_brief_bottom_line_edit_is_kept_and_filters_apply(ws_path, tmp_path):
    from annotate.workspace import open_workspace

    app = BlufApp(db=ws_path, brief_path=tmp_path / "b.md")
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        await pilot.press("right_square_bracket", "h", "right_square_bracket", "c", "escape", "b")
        await pilot.press("e", "f7")  # select all in the editor, to type over the draft
        await type_text(pilot, "Allies are closing ranks.")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.screen.query_one("#md").source.count("Allies are closing ranks.") == 1
        await pilot.press("f")
        await type_text(pilot, "cautious")
        await pilot.press("enter")
        await pilot.pause()
        md = app.screen.query_one("#md").source
        assert "### " in md and ": hawkish" not in md.split("## Evidence")[1].split("## Disagreements")[0]
        await pilot.press("E")
        exported = (tmp_path / "b.md").read_text(encoding="utf-8")
        assert exported == md and "Filtered to label cautious" in exported
        del r
    ws = open_workspace(ws_path)
    assert ws.brief_text()["bottom_line"] == "Allies are closing ranks."
    assert ws.last_export()["target"] == str(tmp_path / "b.md")
    ws.close()


async def test_import_screen_and_metadata_form(ws_path, tmp_path):
    f = tmp_path / "new.md"
    f.write_text("---\ntitle: Patrol over the Baltic\n---\n\n“We saw the drones at dawn,” Captain Lina Ozola said.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await type_text(pilot, f"{f} {tmp_path / 'bad.txt'}")
        await pilot.press("enter")
        await analysed(app, pilot)  # the import is analysed once the first analysis is done
        log = "\n".join(app.screen.query_one("Log").lines)
        assert "added: new.md" in log and "not imported:" in log and "binary" in log
        assert len(app.workspace.sources()) == 6
        assert any(q.text.startswith("We saw the drones") for s in app.workspace.sources() for q in app.workspace.quotes(s.id))
        await pilot.press("escape")
        lib = app.screen
        await pilot.press("slash")
        await type_text(pilot, "patrol")
        await pilot.press("enter", "m")  # metadata of the one source left
        await pilot.press("tab", "tab", "tab", "tab")  # to "published"
        await type_text(pilot, "2025-10-06")
        await pilot.press("tab", "tab")  # to "grade"
        await type_text(pilot, "B2")
        await pilot.press("enter")
        await pilot.pause()
        src = next(s for s in app.workspace.sources() if s.name == "new.md")
        assert (src.published, src.grade) == ("2025-10-06", "B2")
        del lib


async def test_the_quote_in_focus_stays_in_view_when_the_terminal_shrinks(ws_path):
    """At 80x24 move to a quote far down the article, then resize to 60x20 and to 120x40:
    the rows of the quote in focus are on screen each time."""
    from tui.widgets.article_view import ArticleView

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await _reader(app, pilot, 1)
        await settle(app, pilot)
        while r.focus_index is None or r.focus_index < len(r.quotes) - 1:
            await pilot.press("right_square_bracket")
        await settle(app, pilot)
        view = r.query_one(ArticleView)
        for size in ((60, 20), (120, 40), (61, 20)):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            q = r.quotes[r.focus_index]
            top, bottom = view.scroll_offset.y, view.scroll_offset.y + view.scrollable_content_region.height
            assert top <= view.row_of(q.start) < bottom and top <= view.row_of(q.end - 1) < bottom, (size, top, bottom)


async def test_actors_marker_and_legend_follow_the_brief_s_disagreements(ws_path):
    """The actors screen marks an actor, and shows its legend, exactly when the brief's
    Disagreements section lists it: not for a stance tagged alike, yes once the same analyst's
    label for it changes between two sources."""
    from annotate import build_brief

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        first, second = ws.sources()[:2]
        q = next(q for q in ws.quotes(first.id) if q.actor_id)
        ws.tag(first.id, ws.quotes(first.id).index(q), "cautious")
        await pilot.press("A")
        screen = app.screen
        assert isinstance(screen, ActorsScreen)
        title = widget_text(screen.query_one("#title"))
        assert "⚠" not in title and build_brief(ws).disagreements == []
        ws.tag_span(second.id, 0, second.text.index(".") + 1, q.actor_id, "denial")
        screen.refresh_stances()
        await pilot.pause()
        assert "⚠" in widget_text(screen.query_one("#title"))
        assert [d.between for d in build_brief(ws).disagreements] == ["sources"]
        assert str(screen.query_one("DataTable").get_row(q.actor_id)[0]) == app.glyphs["conflict"]
