"""Correcting the incident finder on the incidents screen, keyboard only: t picks the
event type, d and p take a typed date and place, x rejects (X shows the rejected ones),
each shown in the list at once and kept in the workspace; at 80x24 the footer still fits."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen

from .helpers import open_screen, screen_lines, settle, widget_text


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press(ch if ch != " " else "space")


def _row(app, iid: str) -> str:
    """The list's row of incident ``iid`` as shown."""
    t = app.screen.query_one(DataTable)
    keys = [r.key.value for r in t.ordered_rows]
    lines = widget_text(t).splitlines()
    return lines[1 + keys.index(iid) - t.scroll_offset.y]


async def _incidents(app, pilot):
    await open_screen(app, pilot, "I", IncidentsScreen)
    return app.workspace


async def test_type_date_and_place_typed_in_show_in_the_list_at_80x24(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 40)) as pilot:
        ws = await _incidents(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        inc = ws.incidents()[0]
        await pilot.press("t")
        await type_text(pilot, "clash")
        await pilot.press("enter")
        await pilot.pause()
        assert ws.incident(inc.id).kind == "armed_clash"
        assert "Armed clash in" in _row(app, inc.id)
        await pilot.press("d", *["backspace"] * 25)
        await type_text(pilot, "21 Sept")
        await pilot.press("enter")
        await pilot.pause()
        # Refused in the prompt, which keeps what was typed; nothing saved.
        assert any("Not saved: '21 Sept' is not a date" in line for line in screen_lines(app))
        assert ws.incident(inc.id).date == inc.date
        await pilot.press(*["backspace"] * 7)
        await type_text(pilot, "2025-09-21/2025-09-22")
        await pilot.press("enter")
        await pilot.pause()
        assert (ws.incident(inc.id).date, ws.incident(inc.id).date_end) == ("2025-09-21", "2025-09-22")
        assert "2025-09-21" in _row(app, inc.id)
        await pilot.press("p", *["backspace"] * 40)
        await type_text(pilot, "Tartu, EE")
        await pilot.press("enter")
        await pilot.pause()
        assert (ws.incident(inc.id).place, ws.incident(inc.id).country) == ("Tartu", "Estonia")
        assert "Tartu" in _row(app, inc.id) and "Armed clash in Tartu, Estonia" in _row(app, inc.id)
        assert "Armed clash · Tartu, Estonia" in "\n".join(screen_lines(app))  # the detail
        footer = screen_lines(app)[-1]
        for key in ("c Confirm", "x Reject", "t Type", "d Date", "p Place"):
            assert key in footer, footer
        assert footer.rstrip().endswith("palette")  # no key runs into the palette's
        await pilot.press("u")  # undo goes back through them, newest first
        await pilot.pause()
        assert ws.incident(inc.id).country == inc.country and inc.country in _row(app, inc.id)


async def test_reject_hides_an_incident_x_shows_the_rejected_and_x_brings_it_back(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        table = app.screen.query_one(DataTable)
        n = table.row_count
        inc = ws.incidents()[0]
        await pilot.press("x")
        await pilot.pause()
        assert table.row_count == n - 1 and inc.id not in [r.key.value for r in table.ordered_rows]
        assert ws.incident(inc.id).status == "rejected" and inc.id not in {i.id for i in ws.incidents()}
        assert "1 rejected hidden: X shows" in screen_lines(app)[0]
        await pilot.press("X")
        await pilot.pause()
        assert table.row_count == n and _row(app, inc.id).lstrip().startswith("×")
        await pilot.press(*["up"] * n)  # to the rejected one, the earliest
        await settle(app, pilot)
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == inc.id
        assert "rejected: not an incident" in " ".join(" ".join(screen_lines(app)).split())  # the detail's line may wrap
        await pilot.press("x")
        await pilot.pause()
        assert ws.incident(inc.id).status == "suggested" and not _row(app, inc.id).lstrip().startswith("×")
        await pilot.press("X")
        await pilot.pause()
        assert table.row_count == n


async def test_the_help_lists_the_keys_the_footer_leaves_out(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _incidents(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        for key, words in (("X", "Show/hide rejected"), ("x", "Reject"), ("t", "Type"), ("d", "Date"), ("p", "Place")):
            assert f"{key}            {words}  [incidents." in text, words


async def test_typing_into_a_prompt_replaces_the_value_it_shows_and_end_keeps_it(ws_path):
    # A new user pressed p on an incident placed in China and typed the place: the prompt had
    # appended it to the country shown ("ChinaScarborough Shoal, ...").
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        inc = ws.incidents()[0]
        await pilot.press("p")
        await type_text(pilot, "Tartu, EE")
        await pilot.press("enter")
        await pilot.pause()
        assert (ws.incident(inc.id).place, ws.incident(inc.id).country) == ("Tartu", "Estonia")
        await pilot.press("r", "end")
        await type_text(pilot, " (night)")
        await pilot.press("enter")
        await pilot.pause()
        assert ws.incident(inc.id).title.endswith(" (night)") and len(ws.incident(inc.id).title) > len(" (night)")


def test_the_merge_picker_lists_the_likeliest_incidents_first():
    # A new user pressed m then enter: the first row, by date, was a clash in another country.
    from annotate.models import Incident
    from tui.screens.incidents import _likeness

    inc = Incident(id="a", title="Ship seized", country="Philippines", kind="attack_on_or_seizure_of_ship", date="2025-09-16")
    others = [Incident(id="goma", title="Clash in Goma", country="Democratic Republic of the Congo", kind="armed_clash", date="2025-01-25"),
              Incident(id="far", title="Ship seized earlier", country="Philippines", kind="attack_on_or_seizure_of_ship", date="2025-06-01"),
              Incident(id="near", title="Ship rammed", country="Philippines", kind="attack_on_or_seizure_of_ship", date="2025-09-17"),
              Incident(id="other", title="Protest in Manila", country="Philippines", kind="protest", date="2025-09-16")]
    assert [i.id for i in sorted(others, key=lambda i: _likeness(inc, i))] == ["near", "far", "other", "goma"]


async def test_a_place_in_no_one_country_is_kept_without_one_and_a_country_typo_is_refused(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        inc = ws.incidents()[0]
        await pilot.press("p", *["backspace"] * 40)
        await type_text(pilot, "Estnoia")
        await pilot.press("enter")
        await pilot.pause()
        assert any("did you mean Estonia?" in line for line in screen_lines(app))  # refused, prompt stays
        assert ws.incident(inc.id).country == inc.country
        await pilot.press(*["backspace"] * 7)
        await type_text(pilot, "Gulf of Bothnia")
        await pilot.press("enter")
        await pilot.pause()
        assert (ws.incident(inc.id).country, ws.incident(inc.id).place) == ("", "Gulf of Bothnia")
        shown = " ".join(n.message for n in app._notifications)  # the toast (short-lived at 80x24)
        assert "kept as a place with no country" in shown and "Gulf of Bothnia" in _row(app, inc.id)


async def test_a_known_person_typed_as_the_place_is_refused_on_screen_and_the_place_kept(ws_path):
    # A new user typed a militia leader's name into p: it was saved as a place with no country.
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await _incidents(app, pilot)
        inc = ws.incidents()[0]
        person = next(a for a in ws.list_actors() if a.kind == "person")
        await pilot.press("p", *["backspace"] * 40)
        await type_text(pilot, person.name)
        await pilot.press("enter")
        await pilot.pause()
        assert any("is an actor (person), not a place" in line for line in screen_lines(app))  # prompt stays
        assert (ws.incident(inc.id).country, ws.incident(inc.id).place) == (inc.country, inc.place)


async def test_an_incident_made_in_the_reader_of_a_sentence_with_no_event_word_asks_its_type_and_takes_the_day_published(tmp_path):
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    path = tmp_path / "w.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([make_source("The two armies began a limited withdrawal in a few areas in Kelso Valley in a "
                                "demonstration of their intent to ease tension.\n", "a.txt", meta=Meta(published="2025-10-06"))])
    ws.analyze()
    ws.close()
    app = BlufApp(db=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the one source, in the reader
        await settle(app, pilot)
        await pilot.press(")")  # to its sentence
        await pilot.press("i")
        await settle(app, pilot)
        # The type is asked at once, in a picker naming why; the day is the publication day, "~".
        assert any("No event type found in the sentence" in line for line in screen_lines(app)), screen_lines(app)
        assert app.workspace.incidents() == []  # nothing is made until a type is chosen
        await type_text(pilot, "armed clash")
        await pilot.press("enter")
        await settle(app, pilot)
        made = app.workspace.incidents()
        assert [(i.id, i.kind) for i in made] == [("manual-1", "armed_clash")]
        said = [n.message for n in app._notifications]
        assert any("dated ~2025-10-06" in m for m in said), said


async def test_escape_on_the_type_picker_of_a_new_incident_makes_nothing(tmp_path):
    """The picker says "esc to cancel": escape leaves the workspace as it was, and the reader open."""
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    from tui.screens.reader import ReaderScreen

    path = tmp_path / "w.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([make_source("The council of Brenmoor met on Tuesday to discuss the new budget for its schools.\n",
                                "a.txt", meta=Meta(published="2025-03-04"))])
    ws.analyze()
    ws.close()
    app = BlufApp(db=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(")", "i")
        await settle(app, pilot)
        assert any("esc to cancel" in line for line in screen_lines(app)), screen_lines(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.workspace.incidents() == []
        assert isinstance(app.screen, ReaderScreen)
        said = [n.message for n in app._notifications]
        assert not any("New incident" in m for m in said), said
        assert any("No incident made" in m for m in said), said
    again = open_workspace(path, seed=False)
    assert again.incidents() == []
    again.close()
