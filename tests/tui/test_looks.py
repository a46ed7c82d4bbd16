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
