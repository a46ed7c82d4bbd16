"""Undo undoes the last thing the analyst did, whatever it was, and redo re-applies it.

A hypothesis state machine runs random sequences of the workspace's changes (tag, untag,
note, reject a suggestion, not a quote, new quote, speaker, actor and incident edits,
metadata, the brief's text, source removal) mixed with undo and redo, against a simple model: the list of
what the workspace showed before and after each change. An undo must bring back exactly
what was shown before the latest change not yet undone; a redo what was shown after it;
and a freshly opened workspace must show the same as the one that did it all."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from annotate.workspace import WorkspaceError, open_workspace

LABELS = ["hawkish", "cautious", "neutral", "threatening", "denial"]
WORDS = st.sampled_from(["Kremlin", "Moscow", "the ministry", "NATO", "Poland", "a spokesman"])


def observe(ws) -> dict:
    """Everything an analyst sees that a change can touch."""
    out: dict = {
        "sources": [(s.id, s.name, s.title, s.outlet, s.published) for s in ws.sources()],
        "stances": sorted((x.id, x.actor_id, x.label, x.source_id, x.start, x.end, x.note) for x in ws.stances()),
        "actors": sorted((a.id, a.name, a.affiliation, tuple(a.aliases)) for a in ws.list_actors()),
        "incidents": sorted((i.id, i.title, i.status, i.note, tuple(sorted(i.evidence)), i.kind, i.date, i.date_end, i.country, i.place)
                            for i in ws.incidents()),
        "brief": (ws.brief_text().get("bottom_line", ""), ws.brief_text().get("key_judgments", "")),
    }
    for s in ws.sources():
        shown = []
        for i, q in enumerate(ws.quotes(s.id)):
            sug = ws.quote_suggestion(s.id, i)
            if sug is not None and ws.is_rejected(s.id, q.start, q.end, sug.label):
                sug = None
            shown.append((q.start, q.end, q.actor_id, sug and sug.label))
        out[s.id] = shown
    return out


class UndoMachine(RuleBasedStateMachine):
    template: Path  # the analysed seed workspace, set by the test

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="bluf-undo-"))
        shutil.copytree(self.template, self.dir / "ws")
        self.path = self.dir / "ws" / "ws.json"
        self.ws = open_workspace(self.path, annotator="tester")
        self.ws.analyze()
        self.done: list[tuple[dict, dict]] = []  # (shown before, shown after) per change
        self.undone: list[tuple[dict, dict]] = []

    # ------------------------------------------------------------------ helpers
    def _source(self, i: int):
        srcs = self.ws.sources()
        return srcs[i % len(srcs)] if srcs else None

    def _quote(self, i: int, j: int):
        src = self._source(i)
        if src is None or not self.ws.quotes(src.id):
            return None, None
        qs = self.ws.quotes(src.id)
        return src, j % len(qs)

    def _change(self, fn) -> None:
        """Run one change; the model remembers what was shown before and after it."""
        before = observe(self.ws)
        steps = len(self.ws.undo_log.done)
        try:
            fn()
        except WorkspaceError:
            assert observe(self.ws) == before, "a refused change changed something"
            assert len(self.ws.undo_log.done) == steps
            return
        after = observe(self.ws)
        recorded = len(self.ws.undo_log.done) == steps + 1
        assert recorded or after == before, "a change that cannot be undone"
        if recorded:
            self.done.append((before, after))
            self.undone.clear()

    # ------------------------------------------------------------------ changes
    @rule(i=st.integers(0, 9), j=st.integers(0, 30), label=st.sampled_from(LABELS))
    def tag(self, i, j, label):
        src, q = self._quote(i, j)
        if src is not None:
            self._change(lambda: self.ws.tag(src.id, q, label))

    @rule(i=st.integers(0, 9), j=st.integers(0, 30))
    def untag(self, i, j):
        src, q = self._quote(i, j)
        if src is None:
            return
        quote = self.ws.quotes(src.id)[q]
        mine = [x for x in self.ws.stances(src.id) if (x.start, x.end) == (quote.start, quote.end)]
        if mine:
            self._change(lambda: self.ws.untag(mine[-1].id))

    @rule(k=st.integers(0, 50), text=WORDS)
    def note(self, k, text):
        tags = self.ws.stances()
        if tags:
            self._change(lambda: self.ws.set_note(tags[k % len(tags)].id, text))

    @rule(i=st.integers(0, 9), j=st.integers(0, 30))
    def accept(self, i, j):
        src, q = self._quote(i, j)
        sug = src and self.ws.quote_suggestion(src.id, q)
        if sug is not None:
            quote = self.ws.quotes(src.id)[q]
            self._change(lambda: self.ws.tag_span(src.id, quote.start, quote.end, sug.actor_id, sug.label, origin="suggestion"))

    @rule(i=st.integers(0, 9), j=st.integers(0, 30))
    def reject(self, i, j):
        src, q = self._quote(i, j)
        sug = src and self.ws.quote_suggestion(src.id, q)
        if sug is not None:
            quote = self.ws.quotes(src.id)[q]
            if not self.ws.is_rejected(src.id, quote.start, quote.end, sug.label):
                self._change(lambda: self.ws.reject_suggestion(src.id, quote.start, quote.end, sug.label))

    @rule(i=st.integers(0, 9), j=st.integers(0, 30))
    def not_a_quote(self, i, j):
        src, q = self._quote(i, j)
        if src is not None:
            self._change(lambda: self.ws.remove_quote(src.id, q))

    @rule(i=st.integers(0, 9), j=st.integers(0, 60))
    def new_quote(self, i, j):
        src = self._source(i)
        a = src and self.ws.analysis(src.id)
        if a and a.sentences:
            s, e = a.sentences[j % len(a.sentences)]
            if all((q.start, q.end) != (s, e) for q in self.ws.quotes(src.id)):
                actor = self.ws.list_actors()[j % len(self.ws.list_actors())].id
                self._change(lambda: self.ws.add_quote(src.id, s, e, actor))

    @rule(i=st.integers(0, 9), j=st.integers(0, 30), k=st.integers(0, 200))
    def speaker(self, i, j, k):
        src, q = self._quote(i, j)
        actors = self.ws.list_actors()
        if src is not None and actors:
            self._change(lambda: self.ws.set_speaker(src.id, q, actors[k % len(actors)].id))

    @rule(k=st.integers(0, 200), name=WORDS)
    def rename_actor(self, k, name):
        actors = self.ws.list_actors()
        if actors:
            self._change(lambda: self.ws.rename_actor(actors[k % len(actors)].id, name))

    @rule(k=st.integers(0, 200), name=WORDS)
    def alias(self, k, name):
        actors = self.ws.list_actors()
        if actors:
            self._change(lambda: self.ws.add_alias(actors[k % len(actors)].id, name))

    @rule(k=st.integers(0, 200), name=WORDS)
    def affiliation(self, k, name):
        actors = self.ws.list_actors()
        if actors:
            self._change(lambda: self.ws.set_affiliation(actors[k % len(actors)].id, name))

    @rule(k=st.integers(0, 200), m=st.integers(0, 200))
    def merge_actors(self, k, m):
        actors = self.ws.list_actors()
        if len(actors) > 1:
            self._change(lambda: self.ws.merge_actors(actors[k % len(actors)].id, actors[m % len(actors)].id))

    @rule(k=st.integers(0, 50), yes=st.booleans())
    def confirm_incident(self, k, yes):
        incs = self.ws.incidents()
        if incs:
            self._change(lambda: self.ws.confirm_incident(incs[k % len(incs)].id, yes))

    @rule(k=st.integers(0, 50), title=WORDS)
    def rename_incident(self, k, title):
        incs = self.ws.incidents()
        if incs:
            self._change(lambda: self.ws.rename_incident(incs[k % len(incs)].id, title))

    @rule(k=st.integers(0, 50), m=st.integers(0, 50))
    def merge_incidents(self, k, m):
        incs = self.ws.incidents()
        if len(incs) > 1:
            self._change(lambda: self.ws.merge_incidents(incs[k % len(incs)].id, incs[m % len(incs)].id))

    @rule(i=st.integers(0, 9), title=WORDS, date=st.sampled_from(["", "2025-09-10", "2025-09-14"]))
    def metadata(self, i, title, date):
        src = self._source(i)
        if src is not None:
            self._change(lambda: self.ws.edit_source(src.id, title=title, published=date))

    @rule(text=WORDS)
    def brief(self, text):
        self._change(lambda: self.ws.set_brief_text(text))

    @precondition(lambda self: len(self.ws.sources()) > 1)
    @rule(i=st.integers(0, 9))
    def remove_source(self, i):
        src = self._source(i)
        self._change(lambda: self.ws.remove_source(src.id))

    # ------------------------------------------------------------------ history
    @rule(times=st.integers(1, 4))
    def undo(self, times):
        for _ in range(times):
            change = self.ws.undo()
            if not self.done:
                assert change is None
                return
            before, after = self.done.pop()
            assert change is not None and change.what
            assert observe(self.ws) == before, f"undo of {change.what!r} did not bring back what was shown before"
            self.undone.append((before, after))

    @rule(times=st.integers(1, 4))
    def redo(self, times):
        for _ in range(times):
            change = self.ws.redo()
            if not self.undone:
                assert change is None
                return
            before, after = self.undone.pop()
            assert change is not None
            assert observe(self.ws) == after, f"redo of {change.what!r} did not re-apply it"
            self.done.append((before, after))

    def teardown(self) -> None:
        try:
            fresh = open_workspace(self.path, annotator="tester")
            fresh.analyze()
            assert observe(fresh) == observe(self.ws), "a freshly opened workspace shows something else"
            fresh.close(compact=False)
        finally:
            self.ws.close(compact=False)
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.mark.slow
def test_undo_and_redo_follow_a_simple_model(seeded_template):
    machine = type("Machine", (UndoMachine,), {"template": seeded_template})
    run_state_machine_as_test(machine, settings=settings(
        max_examples=12, stateful_step_count=30, deadline=None, derandomize=True,
        suppress_health_check=list(HealthCheck),
    ))


def _every_kind(ws):
    """One change of each kind the analyst can make, as (name, function)."""
    src = ws.sources()[1]
    quotes = ws.quotes(src.id)
    with_sug = [i for i in range(len(quotes)) if ws.quote_suggestion(src.id, i) is not None]
    i = with_sug[0]
    q, sug = quotes[i], ws.quote_suggestion(src.id, i)
    s, e = next((s, e) for s, e in ws.analysis(src.id).sentences if all((x.start, x.end) != (s, e) for x in quotes))
    actors = [a.id for a in ws.list_actors()]
    inc = ws.incidents()
    yield "tag", lambda: ws.tag(src.id, i, "hawkish")
    yield "retag", lambda: ws.tag(src.id, i, "cautious")
    yield "note", lambda: ws.set_note(ws.stances(src.id)[-1].id, "firm")
    yield "untag", lambda: ws.untag(ws.stances(src.id)[-1].id)
    yield "accept", lambda: ws.tag_span(src.id, q.start, q.end, sug.actor_id, sug.label, origin="suggestion")
    yield "reject", lambda: ws.reject_suggestion(src.id, quotes[with_sug[1]].start, quotes[with_sug[1]].end,
                                                 ws.quote_suggestion(src.id, with_sug[1]).label)
    yield "not a quote", lambda: ws.remove_quote(src.id, len(ws.quotes(src.id)) - 1)
    yield "new quote", lambda: ws.add_quote(src.id, s, e, actors[0])
    yield "speaker", lambda: ws.set_speaker(src.id, 0, actors[1])
    yield "merge", lambda: ws.merge_actors(actors[2], actors[3])
    yield "rename", lambda: ws.rename_actor(actors[4], "Someone Else")
    yield "alias", lambda: ws.add_alias(actors[4], "the Kremlin")
    yield "affiliation", lambda: ws.set_affiliation(actors[4], "Moldova")
    yield "confirm incident", lambda: ws.confirm_incident(inc[0].id)
    yield "rename incident", lambda: ws.rename_incident(inc[0].id, "Drone over the border")
    yield "merge incidents", lambda: ws.merge_incidents(inc[1].id, inc[2].id)
    yield "incident note", lambda: ws.note_incident(inc[0].id, "checked")
    yield "incident type", lambda: ws.set_incident_type(inc[0].id, "protest")
    yield "incident date", lambda: ws.set_incident_date(inc[0].id, "2025-09-01/2025-09-02")
    yield "incident place", lambda: ws.set_incident_place(inc[0].id, *ws.read_place("Tartu, Estonia"))
    yield "reject incident", lambda: ws.reject_incident(inc[0].id)
    yield "metadata", lambda: ws.edit_source(src.id, title="Another title", published="2025-09-30")
    yield "brief", lambda: ws.set_brief_text("Drones test NATO's eastern flank.", "Russia probes\nNATO answers")
    yield "remove source", lambda: ws.remove_source(ws.sources()[0].id)


def test_each_kind_of_change_is_undone_then_redone(workspace):
    ws = workspace
    opened = observe(ws)
    for name, change in _every_kind(ws):
        before = observe(ws)
        change()
        after = observe(ws)
        assert after != before, name
        undone = ws.undo()
        assert undone is not None and observe(ws) == before, f"u after {name}: {undone and undone.what}"
        assert ws.redo() is not None and observe(ws) == after, f"redo after {name}"
    # Undo walks back through all of them, newest first, down to the opened workspace.
    n = 0
    while ws.undo() is not None:
        n += 1
    assert n == 24
    assert observe(ws) == opened


def test_an_undo_that_cannot_be_written_can_be_tried_again(workspace, monkeypatch):
    import errno

    from annotate import store as store_mod

    ws = workspace
    src = ws.sources()[1]
    q = next(i for i, x in enumerate(ws.quotes(src.id)) if ws.quote_suggestion(src.id, i) is not None)
    quote, sug = ws.quotes(src.id)[q], ws.quote_suggestion(src.id, q)
    ws.reject_suggestion(src.id, quote.start, quote.end, sug.label)
    real = store_mod._write_all

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod, "_write_all", full)
    with pytest.raises(WorkspaceError):
        ws.undo()
    assert ws.is_rejected(src.id, quote.start, quote.end, sug.label)
    monkeypatch.setattr(store_mod, "_write_all", real)
    assert ws.undo().what == f"rejected suggestion {sug.label}"
    assert not ws.is_rejected(src.id, quote.start, quote.end, sug.label)


def test_a_tag_follows_its_quote_to_the_speaker_the_analyst_names_and_undo_gives_it_back(workspace, ws_path):
    """Tag a quote, then say someone else said it: the tag is the new speaker's (in the
    store, the brief's stances, a fresh open), not left on the old one; undo moves it back."""
    ws = workspace
    src = ws.sources()[0]
    i, q = next((i, q) for i, q in enumerate(ws.quotes(src.id)) if q.actor_id)
    old = ws.canonical_actor_id(q.actor_id)
    new = next(a.id for a in ws.list_actors() if a.id != old)
    ws.tag(src.id, i, "neutral")

    def held(w):
        return sorted((w.canonical_actor_id(s.actor_id), s.label) for s in w.stances(src.id) if (s.start, s.end) == (q.start, q.end))

    ws.set_speaker(src.id, i, new)
    assert held(ws) == [(new, "neutral")]
    fresh = open_workspace(ws_path, annotator="reader", readonly=True)
    fresh.analyze()
    assert held(fresh) == [(new, "neutral")]
    fresh.close()
    ws.undo()
    assert held(ws) == [(old, "neutral")] and ws.quotes(src.id)[i].actor_id == q.actor_id
    ws.redo()
    assert held(ws) == [(new, "neutral")]
