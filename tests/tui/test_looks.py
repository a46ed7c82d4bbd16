"""How screens look: conflicts, labels, sizes, colour and glyphs (issue 12)."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.actors import CONFLICT, ActorsScreen

from .helpers import open_reader, open_screen, settle


def _quoted(ws, n_sources: int = 2):
    """(source id, quote) pairs of actors quoted in the first sources, by actor."""
    out: dict[str, list] = {}
    for s in ws.sources()[:n_sources]:
        for q in ws.quotes(s.id):
            if q.actor_id:
                out.setdefault(q.actor_id, []).append((s.id, q))
    return out


async def _actor_flags(ws_path) -> dict[str, str]:
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_screen(app, pilot, "A", ActorsScreen)
        from textual.widgets import DataTable

        t = app.screen.query_one(DataTable)
        return {row.key.value: str(t.get_row(row.key)[0]) for row in t.ordered_rows}


async def test_conflict_only_where_labels_differ_between_sources_or_annotators(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path, annotator="ana")
    ws.analyze()
    by_actor = _quoted(ws, n_sources=len(ws.sources()))
    # An actor quoted twice in one source, tagged differently on each quote by one analyst:
    # two statements, no disagreement.
    one_source = next(a for a, qs in by_actor.items() if len({s for s, _ in qs}) == 1 and len(qs) >= 2)
    (s, q1), (_, q2) = by_actor[one_source][:2]
    ws.tag_span(s, q1.start, q1.end, one_source, "hawkish")
    ws.tag_span(s, q2.start, q2.end, one_source, "cautious")
    # An actor labelled differently in two sources: a conflict.
    two_sources = next(a for a, qs in by_actor.items() if len({s for s, _ in qs}) >= 2 and a != one_source)
    seen = {}
    for s, q in by_actor[two_sources]:
        seen.setdefault(s, q)
    (sa, qa), (sb, qb) = list(seen.items())[:2]
    ws.tag_span(sa, qa.start, qa.end, two_sources, "hawkish")
    ws.tag_span(sb, qb.start, qb.end, two_sources, "neutral")
    # An actor two analysts label differently on the same quote: a conflict.
    annotators = next(a for a in by_actor if a not in (one_source, two_sources))
    s, q = by_actor[annotators][0]
    ws.tag_span(s, q.start, q.end, annotators, "denial")
    ws.close()
    ws = open_workspace(ws_path, annotator="bob")
    ws.analyze()
    ws.tag_span(s, q.start, q.end, annotators, "threatening")
    ws.close()

    flags = await _actor_flags(ws_path)
    assert flags[one_source] == ""
    assert flags[two_sources] == CONFLICT
    assert flags[annotators] == CONFLICT


async def test_counts_on_screen_say_1_actor_not_1_actors(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path, annotator="ana")
    ws.analyze()
    src = ws.sources()[1]
    speakers = list(dict.fromkeys(q.actor_id for q in ws.quotes(src.id) if q.actor_id))
    assert len(speakers) >= 2
    for aid in speakers[1:]:  # every speaker but one gets a stance
        q = next(q for q in ws.quotes(src.id) if q.actor_id == aid)
        ws.tag_span(src.id, q.start, q.end, aid, "neutral")
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(200, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        status = str(app.screen.query_one("#status").render())
        assert "1 actor without a stance" in status, status


async def test_a_quote_cut_in_the_actors_screen_ends_with_an_ellipsis(ws_path):
    from textual.widgets import DataTable, Static

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        long_speaker = next(q.actor_id for s in ws.sources() for q in ws.quotes(s.id) if q.actor_id and len(q.text) > 120)
        await pilot.press("A")
        await settle(app, pilot)
        t = app.screen.query_one(DataTable)
        t.move_cursor(row=[r.key.value for r in t.ordered_rows].index(long_speaker))
        await settle(app, pilot)
        detail = str(app.screen.query_one("#detail-text", Static).render())
        quotes = [line.split("“", 1)[1].split("  ")[0] for line in detail.splitlines() if line.startswith("[untagged] “")]
        # Whole quotes close with their mark; a cut one ends with "…" and no closing mark.
        assert any(q.endswith("…") for q in quotes), detail
        assert all(q.endswith("”") != q.endswith("…") for q in quotes), detail
        assert not any(q.endswith("…”") for q in quotes), detail


def _segments(widget):
    for strip in widget.render_lines(widget.size.region):
        yield from strip


async def test_a_label_added_with_bluf_labels_set_has_its_own_colour_and_glyph(ws_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from rich.color import Color

    from annotate.workspace import open_workspace
    from tui.widgets.actor_panel import ActorPanel
    from tui.widgets.article_view import ArticleView

    bluf = Path(sys.executable).parent / "bluf"
    out = subprocess.run(
        [str(bluf), "--db", str(ws_path), "labels", "set", "hawkish=h", "cautious=c", "neutral=n", "threatening=t", "denial=d", "escalatory=z"],
        capture_output=True, text=True, env=dict(os.environ), timeout=120,
    )
    assert out.returncode == 0, out.stderr
    ws = open_workspace(ws_path, annotator="ana")
    ws.analyze()
    src = ws.sources()[1]
    quotes = [i for i, q in enumerate(ws.quotes(src.id)) if q.actor_id]
    ws.tag(src.id, quotes[0], "escalatory")
    ws.tag(src.id, quotes[1], "hawkish")
    ws.close()

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        variables = app.theme_variables
        colours = {Color.parse(variables[f"label-{i}"]).triplet for i in range(1, 9)}
        for widget in (app.screen.query_one(ArticleView), app.screen.query_one(ActorPanel)):
            chips = {}
            for seg in _segments(widget):
                for label in ("escalatory", "hawkish"):
                    if f" {label}]" in seg.text or f" {label}×" in seg.text:
                        chips[label] = seg
            assert set(chips) == {"escalatory", "hawkish"}, type(widget).__name__
            esc, hawk = chips["escalatory"], chips["hawkish"]
            # Its own colour from the theme's label palette, not the accent every unknown
            # label shared, and not another label's.
            assert esc.style.color is not None and esc.style.color.get_truecolor() in colours
            assert esc.style.color != hawk.style.color
            # Its own glyph next to its name.
            glyph_esc = esc.text.split(" escalatory")[0][-1]
            glyph_hawk = hawk.text.split(" hawkish")[0][-1]
            assert glyph_esc not in "[ " and glyph_esc != glyph_hawk, (esc.text, hawk.text)


def test_no_renderer_lists_the_default_labels():
    """Labels are the workspace's vocabulary: a screen that names the default five would
    treat an added label as a second-class one."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "tui"
    offenders = []
    for path in [root / "app.py", *(root / "screens").glob("*.py"), *(root / "widgets").glob("*.py")]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(hawkish|cautious|threatening|denial)\b", line):
                offenders.append(f"{path.relative_to(root)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


async def test_library_columns_grow_with_the_width(ws_path):
    """At 80 columns long titles and incident descriptions are cut; at 200 there is room
    and they show whole."""
    from textual.widgets import DataTable

    from .helpers import widget_text

    texts = {}
    for size in ((80, 24), (200, 40)):
        app = BlufApp(db=ws_path)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await pilot.pause()
            ws = app.workspace
            titles = [s.label for s in ws.sources()]
            whats = [i.title for i in ws.incidents()]
            outlets = [s.outlet for s in ws.sources() if s.outlet]
            texts[size] = (widget_text(app.screen.query_one("#sources", DataTable)), widget_text(app.screen.query_one("#incidents", DataTable)))
    longest_title = max(titles, key=len)
    longest_what = max(whats, key=len)
    assert longest_title not in texts[(80, 24)][0]
    assert longest_title in texts[(200, 40)][0]
    assert longest_what in texts[(200, 40)][1]
    assert all(o in texts[(200, 40)][0] for o in outlets)


async def test_the_reader_caps_its_measure_and_gives_the_rest_to_the_panel(ws_path):
    from tui.screens.reader import PANEL_HIDDEN_BELOW
    from tui.widgets.actor_panel import ActorPanel
    from tui.widgets.article_view import ArticleView

    for w, h in ((60, 20), (80, 24), (120, 40), (250, 70)):
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(w, h)) as pilot:
            await settle(app, pilot)
            await pilot.press("down", "enter")
            await settle(app, pilot)
            view, panel = app.screen.query_one(ArticleView), app.screen.query_one(ActorPanel)
            rows = [sum(len(p.text) for p in r.pieces) for r in view._layout.rows]
            assert max(rows) <= 100, (w, max(rows))  # a readable measure
            if w < PANEL_HIDDEN_BELOW:  # too narrow for both: the text takes the width (p shows the panel)
                assert not panel.display and view.outer_size.width == w, (w, view.outer_size.width)
                continue
            assert view.outer_size.width + panel.outer_size.width == w, (w, view.outer_size.width, panel.outer_size.width)
            assert panel.outer_size.width >= 28
            if w >= 120:
                assert max(rows) >= min(90, w - 30 - 4) - 12  # and not narrower than it must be


async def test_the_status_line_at_80x24_drops_whole_parts_and_keeps_quote_speaker_and_tag(ws_path):
    from textual.geometry import Region

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        ws = app.workspace
        seen_suggestion = False
        reasons_seen: list[str] = []
        for i in range(len(r.quotes)):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            status = r.query_one("#status")
            line = "".join(seg.text for seg in status.render_lines(Region(0, 0, *status.outer_size))[0]).strip()
            q = r.quotes[i]
            who = ws.actor_name(q.actor_id) if q.actor_id else (q.speaker.text if q.speaker else "no speaker")
            sug = r._suggestion(i)
            seen_suggestion |= sug is not None
            if sug is not None and "tagged" not in line:
                # A suggestion keeps its reason (README: "its reason shows in the status line on
                # focus"): the quote's number goes first, then the reason is cut at a word's end.
                reason = sug.reason.removesuffix(" in the quote")
                hint = " (a/x/r) · " if "…" in line.split(" · ")[2] + line.split(" · ")[-1] else " (a/x) · "  # r: the whole reason
                assert f"{who} · suggests {sug.label}{hint}" in line, line
                shown = line.split(hint, 1)[1].split(" · ")[0]
                assert reason.startswith(shown.removesuffix("…")) and len(shown) >= min(len(reason), 20), (line, reason)
                reasons_seen.append(shown)
                continue
            assert line.startswith(f"Quote {i + 1}/{len(r.quotes)} · {who} · "), line
            assert "…" not in line, line  # nothing cut mid-word
            # The last part is whole: each part ends so.
            assert line.endswith((")", " tagged", "untagged", "stance", "quote", "verb", "clause", "paragraph")), line
            state = line.split(" · ")[2]
            assert state == "untagged" or state.startswith("tagged"), line
        assert seen_suggestion and reasons_seen


async def test_footers_show_only_keys_that_fit_whole(ws_path):
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    for keys in ([], ["down", "enter"], ["A"], ["I"]):
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            await pilot.press(*keys)
            await settle(app, pilot)
            await pilot.pause()
            footer = app.screen.query_one(Footer)
            shown = [k for k in footer.query(FooterKey) if k.display and k.region.width]
            palette = [k for k in shown if k.has_class("-command-palette")]
            right = palette[0].region.x if palette else footer.region.right
            assert len(shown) > 2, keys
            for k in shown:
                if k not in palette:
                    assert k.region.right <= right, (keys, k.description, k.region, right)


def test_each_glyph_repertoire_stays_in_its_character_set():
    """The console repertoire only uses what the Linux console's Lat15 fonts have (the
    table in tests/fixtures, read from console-setup's fonts), ascii only ASCII."""
    from pathlib import Path

    from tui.glyphs import _ASCII_TABLE, _CONSOLE_TABLE, GLYPHS, LABEL_GLYPHS

    font = set((Path(__file__).resolve().parents[1] / "fixtures" / "console_font_glyphs.txt").read_text(encoding="utf-8").splitlines()[-1])
    console = "".join(GLYPHS["console"].values()) + "".join(LABEL_GLYPHS["console"]) + "".join(_CONSOLE_TABLE.values())
    assert {c for c in console if ord(c) > 0x7E} <= font
    ascii_ = "".join(GLYPHS["ascii"].values()) + "".join(LABEL_GLYPHS["ascii"]) + "".join(_ASCII_TABLE.values())
    assert ascii_.isascii()
