"""Two library rows that would look the same (one title from two files, the same story
imported again after an edit) show what tells them apart: the file name when theirs differ,
else the day and time each was imported. Rows that differ already are left as they were.
Pilot at 80x24 (the Source column is narrow there) on invented articles."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate.ingest import Meta, make_source
from annotate.models import Source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.library import source_cells

from .helpers import settle, widget_text

STORY = "Border post attacked\n\nGunmen attacked a border post near Velka on {day}, the police said.\n"


def _workspace(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    title = "Gunmen attack border post in the north"
    ws.add_sources([make_source(STORY.format(day="Monday"), "velka_am.txt", meta=Meta(title=title)),
                    make_source(STORY.format(day="Tuesday"), "velka_pm.txt", meta=Meta(title=title)),
                    make_source(STORY.format(day="Friday"), "other.txt", meta=Meta(title="Talks stall", outlet="Harbor Times"))])
    ws.analyze()
    ws.close()
    return db


async def test_two_sources_of_one_title_show_their_file_names_at_80x24(tmp_path):
    db = _workspace(tmp_path)
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#sources", DataTable)
        lines = [line for line in widget_text(table).splitlines() if "Gunmen" in line]
        assert len(lines) == 2
        assert "am.txt" in lines[0] and "pm.txt" in lines[1], lines
        talks = next(line for line in widget_text(table).splitlines() if "Talks stall" in line)
        assert "other.txt" not in talks  # a row like no other is left alone


def _src(sid, name, added):
    return Source(id=sid, name=name, text="x", title="Army seizes state broadcaster", added_at=added)


def test_a_reimport_of_one_file_shows_when_each_was_imported():
    a, b = _src("a1", "coup.txt", "2026-03-14T09:30:00"), _src("b2", "coup.txt", "2026-03-15T18:05:00")
    cells = source_cells([a, b], 30)
    assert cells["a1"] != cells["b2"]
    assert "03-14 09:30" in cells["a1"] and "03-15 18:05" in cells["b2"]
    assert len(cells["a1"]) <= 30


def test_untitled_sources_of_long_file_names_show_where_the_names_differ():
    a = _src("a1", "2026-03-14_border_clash_report_north.txt", "")
    b = _src("b2", "2026-03-14_border_clash_report_south.txt", "")
    a.title = b.title = ""
    cells = source_cells([a, b], 25)
    assert cells["a1"] != cells["b2"] and cells["a1"].endswith("north.txt"), cells
