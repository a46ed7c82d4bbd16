"""The library and the incidents screen at 60x20 and 80x24 (a new user: at 60 columns the
library's columns ran off the right edge, at 80 the incidents screen wrote "New…" for "New
Caledonia"). On a narrow terminal the row number and the grade are left out and the outlet,
then the title, give up cells; the place is written in one of its whole forms ("place,
country", the place, its first part with "…", the country), never cut to a stump. Pilot,
invented articles and places."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen
from tui.wording import place_forms

from .helpers import open_screen, screen_lines, settle

TITLE = "Militia fighters overrun a ferry landing on the Vessan river delta"
TEXT = ("Militia fighters overran a ferry landing near Port Vessan on March 3, killing four guards, officials said.\n\n"
        "“We will retake the landing,” said Colonel Iri Tamsen.\n")
PLACE, COUNTRY = "Port Vessan Narrows", "New Caledonia"


def _workspace(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "vessan.txt", meta=Meta(title=TITLE, outlet="The Southern Lagoon Courier",
                                                                  published="2026-03-04"))])
    ws.analyze()
    sid = ws.sources()[0].id
    inc = ws.create_incident(sid, 0, TEXT.index("\n"), title="Militia overrun ferry landing near Port Vessan")
    ws.set_incident_place(inc, COUNTRY, PLACE)
    ws.close()
    return db


def _row(app, words: str) -> str:
    return next(line for line in screen_lines(app) if words in line)


def _place_whole(row: str) -> str:
    """The place form the row shows, failing when it shows none whole (a stump)."""
    shown = [f for f in place_forms(PLACE, COUNTRY) if f in row]
    assert shown, row
    return shown[0]


def _title_shown(row: str, title: str) -> str:
    """The beginning of ``title`` the row shows, ended with "…" where cut ("" when none)."""
    words = title.split()
    for n in range(len(words), 0, -1):
        start = " ".join(words[:n])
        if start + ("" if n == len(words) else "…") in row:
            return start
    return ""


def _fits(app) -> None:
    for table in app.screen.query(DataTable):
        assert table.virtual_size.width <= table.size.width, (table.id, table.virtual_size, table.size)


async def test_the_library_at_60_columns_keeps_title_place_and_counts(tmp_path):
    app = BlufApp(db=_workspace(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        _fits(app)  # no column runs off the right edge
        lines = screen_lines(app)
        head = next(line for line in lines if " Source " in line)
        for column in ("Source", "Outlet", "Date", "Quo", "Tag"):
            assert f" {column} " in head + " ", head
        source = _row(app, "Militia fighters")
        assert len(_title_shown(source, TITLE)) >= 16, source  # the title takes what the row number and grade left
        assert "2026-03-04" in source and source.split()[-2:] == ["1", "0"], source  # the date and the counts stay
        incident = _row(app, "Militia overrun")
        assert _place_whole(incident) and _title_shown(incident, "Militia overrun ferry landing near Port Vessan"), incident


async def test_the_library_at_80_columns_shows_every_column(tmp_path):
    app = BlufApp(db=_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        _fits(app)
        head = next(line for line in screen_lines(app) if " Source " in line)
        for column in ("#", "Source", "Outlet", "Date", "Gr", "Quo", "Tag"):
            assert f" {column} " in head + " ", head
        assert len(_title_shown(_row(app, "Militia fighters"), TITLE)) >= 25
        _place_whole(_row(app, "Militia overrun"))


async def test_the_incidents_screen_writes_the_place_whole_at_80_and_60_columns(tmp_path):
    app = BlufApp(db=_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "I", IncidentsScreen)
        _fits(app)
        row = _row(app, "Militia overrun")
        assert _place_whole(row) in (f"{PLACE}", COUNTRY), row  # "New…" before
        assert "Militia overrun ferry landing" in row, row
        await pilot.resize_terminal(60, 20)
        await settle(app, pilot)
        _fits(app)
        row = _row(app, "Militia overrun")
        assert _place_whole(row) and _title_shown(row, "Militia overrun ferry landing near Port Vessan"), row
