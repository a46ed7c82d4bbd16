"""The stance matrix (M): a tag is under the incident its evidence speaks to, not copied to
every incident its source reports; incident columns are numbered with a legend, so two
incidents of one country and month are never one header. Pilot at 80x24, invented texts."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tui.app import BlufApp
from tui.screens.matrix import MatrixScreen

from .helpers import article_workspace, open_screen, screen_lines, settle, widget_text

TEXT = ("Mortar fire hit the market in Velorin on Monday, killing four civilians, officials said.\n\n"
        "On Wednesday militants seized a fuel convoy near Drask. “We will answer this theft with force,” Colonel Miro Tessan said.\n")


async def test_a_tag_in_one_incident_s_paragraph_is_under_that_incident_only(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "valdoria.txt", title="Two attacks", published="2026-03-05")
    sid = ws.sources()[0].id
    first, second = TEXT.index("Mortar"), TEXT.index("On Wednesday")
    mortar = ws.create_incident(sid, first, first + 20, title="Shelling of the Velorin market")
    convoy = ws.create_incident(sid, second, second + 20, title="Convoy seized near Drask")
    quote = next(i for i, q in enumerate(ws.quotes(sid)) if "theft" in q.text)
    st = ws.tag(sid, quote, "hawkish")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        m = await open_screen(app, pilot, "M", MatrixScreen)
        table = m.query_one(DataTable)
        assert str(table.get_cell(st.actor_id, convoy)) == "H"
        assert str(table.get_cell(st.actor_id, mortar)) == ""
        heads = [str(c.label) for c in table.columns.values()][1:]
        assert len(set(heads)) == len(heads) and all(h.startswith("#") for h in heads[: len(app.workspace.incidents())]), heads
        n = [i.id for i in app.workspace.incidents()].index(convoy) + 1
        legend = " ".join(widget_text(m.query_one("#legend", Static)).split())
        assert f"#{n} 03-04 Convoy seized near Drask" in legend, legend  # "On Wednesday" before Thursday 5 March


async def test_incident_heads_show_the_year_when_the_incidents_span_years(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "valdoria.txt", title="Two attacks", published="2026-03-05")
    sid = ws.sources()[0].id
    first, second = TEXT.index("Mortar"), TEXT.index("On Wednesday")
    mortar = ws.create_incident(sid, first, first + 20, title="Shelling of the Velorin market")
    convoy = ws.create_incident(sid, second, second + 20, title="Convoy seized near Drask")
    ws.set_incident_date(mortar, "2024-03-31")
    ws.set_incident_date(convoy, "2026-03-04")
    ws.tag(sid, next(i for i, q in enumerate(ws.quotes(sid)) if "theft" in q.text), "hawkish")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("M")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        heads = {str(c.key.value): str(c.label) for c in table.columns.values()}
        # (a head is the number over the date: "#1\n24-03-31")
        assert heads[mortar].split()[-1] == "24-03-31" and heads[convoy].split()[-1] == "26-03-04", heads
        legend = " ".join(widget_text(app.screen.query_one("#legend", Static)).split())
        # (a title longer than the legend's width is told by its place and type there)
        assert "#1 24-03-31 Velorin" in legend and "#2 26-03-04 Convoy seized" in legend, legend


CONFLICT = ("On Wednesday militants seized a fuel convoy near Drask.\n\n"
            "“We will answer this theft with force,” Colonel Miro Tessan said. “We seek no wider war,” Tessan said. "
            "“The army is reviewing the convoy route,” Tessan said. “Talks with the elders go on,” Tessan added.\n")


async def test_a_conflict_cell_of_many_labels_fits_its_column_whole(tmp_path):
    """Four labels of one actor in one incident ("⚠C/N/H/T" cut to "⚠C/N/" at 80 columns, new
    user nu16) show whole in the column's width: the letters without slashes, or "+n"."""
    ws, db = article_workspace(tmp_path, CONFLICT, "drask.txt", title="Convoy", published="2026-03-05")
    sid = ws.sources()[0].id
    convoy = ws.create_incident(sid, 0, 20, title="Convoy seized near Drask")
    quotes = [i for i, q in enumerate(ws.quotes(sid)) if q.speaker is not None]
    assert len(quotes) == 4
    for i, label in zip(quotes, ("hawkish", "cautious", "neutral", "threatening")):
        aid = ws.tag(sid, i, label).actor_id
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        m = await open_screen(app, pilot, "M", MatrixScreen)
        table = m.query_one(DataTable)
        cell = str(table.get_cell(aid, convoy))
        assert cell.startswith("⚠") and len(cell) <= table.columns[convoy].width, (cell, table.columns[convoy].width)
        assert cell in ("⚠HCNT", "⚠HC+2", "⚠H+3") and cell in "\n".join(screen_lines(app)), cell
