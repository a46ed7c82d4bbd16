"""An edit re-derives only what it changes, and what it shows is what a full derivation
shows: in a workspace of the seeds and a generated article of reported speech, after
every edit (actor rename, merge, alias, new quote around a name and around none, speaker,
not-a-quote, rejection, undo, redo) the quotes, their actors, the actors, incidents,
suggestions and summaries equal those of the same workspace opened afresh."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from annotate.workspace import open_workspace


def state(ws) -> dict:
    """What derives from the analyses, as the reader and the brief read it."""
    out: dict = {
        "actors": [asdict(a) for a in ws.list_actors()],
        "incidents": [asdict(i) for i in ws.incidents()],
    }
    for s in ws.sources():
        out[s.id] = {
            "quotes": [(q.start, q.end, q.actor_id, q.rule, q.speaker and q.speaker.start) for q in ws.quotes(s.id)],
            "suggestions": [asdict(x) for x in ws.suggestions(s.id)],
            "per_quote": [ws.quote_suggestion(s.id, i) for i in range(len(ws.quotes(s.id)))],
            "summary": ws.source_summary(s.id),
            "speakers": [ws.actor_at(s.id, q.speaker.start, q.speaker.end) for q in ws.quotes(s.id) if q.speaker],
        }
    return out


def fresh_state(path: Path, cache_dir: Path) -> dict:
    """The state of the workspace opened again, derived from scratch (no derived cache)."""
    for f in cache_dir.glob("derived-*.json"):
        f.unlink()
    ws = open_workspace(path, annotator="tester")
    try:
        ws.analyze()
        return state(ws)
    finally:
        ws.close(compact=False)


def test_after_every_edit_the_workspace_shows_what_a_fresh_derivation_shows(long_ws_path):
    ws = open_workspace(long_ws_path, annotator="tester")
    ws.analyze()
    big = max(ws.sources(), key=lambda s: len(s.text))
    quotes = ws.quotes(big.id)
    assert len(quotes) >= 100
    named = next(q for q in quotes if q.actor_id and ws.actor(q.actor_id).kind == "person")
    other = next(q.actor_id for q in quotes if q.actor_id and q.actor_id != named.actor_id)
    text = big.text
    # A span after a quote that holds a name ("… Lindqvist warned. The ministry of …").
    around_name = (named.end + 3, named.end + 40)
    plain = text.index("Rail services resumed")  # background sentence: no name in it
    sentence_end = text.index(".", plain)

    def q_index(span):
        return next(i for i, q in enumerate(ws.quotes(big.id)) if (q.start, q.end) == span)

    edits = [
        ("rename", lambda: ws.rename_actor(named.actor_id, "Renamed Speaker")),
        ("alias", lambda: ws.add_alias(named.actor_id, "the renamed one")),
        ("new quote around a name", lambda: ws.add_quote(big.id, *around_name)),
        ("new quote around no name", lambda: ws.add_quote(big.id, plain, sentence_end)),
        ("speaker", lambda: ws.set_speaker(big.id, q_index(around_name), other)),
        ("merge", lambda: ws.merge_actors(named.actor_id, other)),
        ("reject", lambda: ws.reject_suggestion(big.id, quotes[0].start, quotes[0].end, "hawkish")),
        ("not a quote", lambda: ws.remove_quote(big.id, q_index((named.start, named.end)))),
        ("undo", ws.undo), ("undo", ws.undo), ("undo", ws.undo), ("redo", ws.redo),
        ("undo", ws.undo), ("undo", ws.undo), ("undo", ws.undo), ("undo", ws.undo), ("undo", ws.undo),
    ]
    try:
        state(ws)  # suggestions worked out, as the reader does before an edit
        for what, edit in edits:
            edit()
            assert state(ws) == fresh_state(long_ws_path, ws.cache.dir), f"after {what}"
    finally:
        ws.close(compact=False)


def test_an_actor_edit_or_a_quote_without_a_name_resolves_no_mention_again(long_ws_path, monkeypatch):
    """A rename, a new quote around no name and their undo do not resolve the corpus's
    mentions again (which took seconds in a long article after every key)."""
    from annotate.actors import ActorResolver

    ws = open_workspace(long_ws_path, annotator="tester")
    ws.analyze()
    big = max(ws.sources(), key=lambda s: len(s.text))
    aid = next(q.actor_id for q in ws.quotes(big.id) if q.actor_id)
    plain = big.text.index("Rail services resumed")
    calls = []
    find_people = ActorResolver.find_people
    monkeypatch.setattr(ActorResolver, "find_people", lambda self: (calls.append(1), find_people(self))[1])
    try:
        ws.rename_actor(aid, "Someone Else")
        ws.add_quote(big.id, plain, big.text.index(".", plain))
        ws.undo()
        ws.undo()
        assert ws.actor(aid).name != "Someone Else"
        assert calls == []
    finally:
        ws.close(compact=False)
