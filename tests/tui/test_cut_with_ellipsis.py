"""At 80x24 what is cut says so: library titles and outlets and the incidents' places end in
"…" where cut (never "Philippine Da"), the stance matrix's incident heads are whole (two
lines: number, date) or the title says how many columns are in view, and the metadata
dialog's heading is read whole. Pilot at 80x24; invented texts and the seed workspace."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.matrix import MatrixScreen
from tui.screens.source_edit import SourceEditScreen

from .helpers import article_workspace, open_screen, screen_lines, settle

ELLIPSIS = "…"


def _cut_right(shown: str, full: str) -> bool:
    """``shown`` is ``full``, or a beginning of it ended with "…"."""
    shown = shown.strip()
    return shown == full or (shown.endswith(ELLIPSIS) and full.startswith(shown[:-1].rstrip()))


async def test_library_cells_are_whole_or_end_in_an_ellipsis(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(f"Border guards of Veloria met on day {i}. The talks went on.\n", f"v{i}.txt",
                                meta=Meta(title=f"Border guards of Veloria and Drask hold a long meeting number {i}",
                                          outlet="The Northern Veloria Evening Chronicle", published=f"2026-03-0{i}"))
                    for i in range(1, 4)])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#sources", DataTable)
        for src in app.workspace.sources():
            row = table.get_row(src.id)
            title, outlet = str(row[2]), str(row[3])
            assert title != src.title and _cut_right(title, src.title), title
            assert outlet != src.outlet and _cut_right(outlet, src.outlet), outlet
            assert not outlet.startswith("The" + ELLIPSIS)  # a short cell is cut inside a word, not after "The"
            assert any(title in line and outlet in line for line in screen_lines(app)), (title, outlet)


PARAS = [f"On March {d}, militants attacked a post near {p}, killing {n} guards, officials said."
         for d, p, n in ((2, "Velorin", 2), (5, "Drask", 3), (9, "Orvik", 4), (14, "Kesh", 5), (19, "Tarn", 6), (23, "Mell", 7))]
TEXT = "\n\n".join(PARAS) + "\n\n“We will answer every one of these attacks,” Colonel Miro Tessan said.\n"


async def test_matrix_heads_are_whole_at_80_columns(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "posts.txt", title="Six attacks", published="2026-03-25")
    sid = ws.sources()[0].id
    for para in PARAS:
        at = TEXT.index(para)
        ws.create_incident(sid, at, at + len(para), title=f"Attack near {para.split('near ')[1].split(',')[0]}")
    quote = next(i for i, q in enumerate(ws.quotes(sid)) if "answer" in q.text)
    ws.tag(sid, quote, "hawkish")
    n = len(ws.incidents())
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "M", MatrixScreen)
        lines = screen_lines(app)
        head = lines[1] + "\n" + lines[2]
        in_view = n
        if "columns in view" in lines[0]:
            in_view = int(lines[0].split(" of ")[-2].split()[-1])
        assert in_view >= 6 and n >= 6, (n, lines[:3])  # six incidents fit at 80 columns
        dates = [i.date[5:10] for i in app.workspace.incidents()]
        for k in range(1, in_view + 1):  # each head in view is whole: its number and its date
            assert f"#{k} " in lines[1] + " " and f"{dates[k - 1]} " in lines[2] + " ", head
        assert all(len(line) <= 80 for line in lines)


async def test_the_metadata_dialog_heading_is_read_whole(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "07_northern_chronicle_six_attacks_on_border_posts.txt", meta=Meta(title="Six attacks"))])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, SourceEditScreen)
        shown = " ".join(" ".join(line.strip(" │╭╮╰╯─") for line in screen_lines(app)).split())
        assert "tab moves, enter or ctrl+o saves, esc cancels" in shown, screen_lines(app)


async def test_the_incidents_place_is_whole_or_ends_in_an_ellipsis(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "posts.txt", title="Six attacks", published="2026-03-25")
    sid = ws.sources()[0].id
    at = TEXT.index(PARAS[0])
    inc = ws.create_incident(sid, at, at + len(PARAS[0]), title="Attack near Velorin")
    ws.set_incident_place(inc, "Philippines", "Patikul, Sulu")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("I")
        await settle(app, pilot)
        row = next(line for line in screen_lines(app) if "Attack near Velorin" in line)
        date = app.workspace.incident(inc).date or "undated"
        place = row.split(date, 1)[1].split("Attack near")[0].strip(" ≠")
        assert _cut_right(place, "Patikul, Sulu, Philippines"), row
