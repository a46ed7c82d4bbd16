"""Messages longer than 80 columns are read whole at 80x24: the import log wraps a source's
language notice, and the brief filters form shows its Labels and Incidents prompts whole."""

from __future__ import annotations

from annotate import language_notice
from tui.app import BlufApp
from tui.screens.importer import ImportScreen

from .helpers import region_text, screen_lines, settle
from .test_incident_corrections import type_text

FRENCH = ("Le ministre de la Défense a déclaré lundi que les troupes resteraient à la frontière jusqu'à "
          "nouvel ordre. Les habitants des villages voisins ont été invités à rester chez eux pendant la nuit, "
          "a précisé la préfecture dans un communiqué publié en fin de journée.\n")


async def test_the_import_log_wraps_a_language_notice_at_80_columns(ws_path, tmp_path):
    f = tmp_path / "journal_frontiere_fr.txt"
    f.write_text(FRENCH, encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        await type_text(pilot, str(f))
        await pilot.press("enter")
        await settle(app, pilot)
        lines = [line.strip(" │╭╮╰╯─") for line in screen_lines(app)]
        start = next(n for n, line in enumerate(lines) if line.startswith("added: journal_frontiere_fr.txt"))
        said = " ".join(line.strip() for line in lines[start:start + 4])
        assert f"added: journal_frontiere_fr.txt ({language_notice('fr')})" in " ".join(said.split()), lines
        assert not any("…" in line for line in lines[start:start + 4])


async def test_the_brief_filters_form_shows_its_prompts_whole_at_80x24(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        box = app.screen.query_one("Form > Vertical").region
        text = " ".join(" ".join(line.strip(" │╭╮╰╯─") for line in region_text(app, box)).split())
        assert "Labels (comma-separated): " + ", ".join(ws.labels) in text, text
        assert f"Incidents (ids, comma-separated; the incidents screen, I, lists the {len(ws.incidents())})" in text, text
        assert "…" not in text


async def test_a_refused_filter_opens_the_form_again_with_what_was_typed(ws_path):
    # A new user typed a label wrong: the filters were refused and every field was empty after.
    from textual.widgets import Input

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        for ch in "hawkshi":
            await pilot.press(ch)
        await pilot.press("tab", "tab", "tab", "tab")
        for ch in "2025-09-01":
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        values = [w.value for w in app.screen.query(Input)]
        assert "hawkshi" in values and "2025-09-01" in values, values
        assert app.brief_filter.labels == ()  # nothing applied
