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


class _ReadsTheCues:
    """A source that, like the learned model, asks the cue lexicon for its own answer."""

    name = "reads-cues"

    def __init__(self):
        self.cues: list = []

    def suggest(self, source, analysis, actor_at):
        self.cues.append(suggestions.CueLexicon().suggest(source, analysis, actor_at))
        return [], {}


def test_a_source_reading_the_cues_gets_their_answer_without_a_second_reading(workspace, monkeypatch):
    from annotate.nlp import stance

    sid = next(s.id for s in workspace.sources() if any(q.actor_id for q in workspace.quotes(s.id)))
    d = workspace.derive(workspace._parsed)
    src, a = d.sources[sid], d.analyses[sid]
    at = lambda s, e: d.actors.at(sid, s, e)  # noqa: E731
    alone = suggestions.CueLexicon().suggest(src, a, at)
    assert alone[0]  # the article has cue suggestions
    reads, real = [], stance.suggest
    monkeypatch.setattr(stance, "suggest", lambda *args, **kw: reads.append(1) or real(*args, **kw))
    model = _ReadsTheCues()
    got = suggestions.suggest(src, a, at, [model])
    assert model.cues == [alone]  # the same answer as a reading of its own
    assert got[0] == sorted(alone[0], key=lambda s: -s.score) and got[1] == alone[1]
    assert len(reads) == 1  # the cues were read once for both
    # Outside one suggest() call nothing is kept: the next call reads them again.
    suggestions.suggest(src, a, at, [model])
    assert len(reads) == 2 and model.cues[1] == alone
