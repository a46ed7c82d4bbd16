"""How screens look: conflicts, labels, sizes, colour and glyphs (issue 12)."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.actors import CONFLICT, ActorsScreen

from .helpers import settle


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
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorsScreen)
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
