"""Stance suggestions come from every registered source: a second source (as a learned
model will be) is asked alongside the cue lexicon, and the reader's per-quote suggestion is
the strongest of them; one suggestion per actor."""

from __future__ import annotations

from annotate import suggestions
from annotate.models import Suggestion


class _Certain:
    name = "certain"

    def __init__(self):
        self.asked: list[str] = []

    def suggest(self, source, analysis, actor_at):
        self.asked.append(source.id)
        q = next((i, q) for i, q in enumerate(analysis.quotes) if q.actor_id)
        i, q = q
        s = Suggestion(q.actor_id, source.id, "neutral", q.start, q.end, "the model is sure", 1000.0, i)
        return [s], {i: s}


def test_every_registered_source_is_asked_and_merged(workspace, monkeypatch):
    sid = next(s.id for s in workspace.sources() if any(q.actor_id for q in workspace.quotes(s.id)))
    cues_only = workspace.suggestions(sid)
    model = _Certain()
    monkeypatch.setattr(suggestions, "SOURCES", [*suggestions.SOURCES, model])
    workspace.install(workspace.derive(workspace._parsed))  # a fresh derivation asks again
    got = workspace.suggestions(sid)
    assert model.asked == [sid]
    assert got[0].reason == "the model is sure"  # strongest first
    # One suggestion per actor, the strongest: the model's replaces the cues' for its actor
    # and the other actors keep the cues'.
    assert [s for s in got if s.reason != "the model is sure"] == [s for s in cues_only if s.actor_id != got[0].actor_id]
    assert len({s.actor_id for s in got}) == len(got)
    qi = got[0].quote_index
    assert workspace.quote_suggestion(sid, qi).reason == "the model is sure"
