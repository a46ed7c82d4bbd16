"""Where stance suggestions come from. A source of suggestions implements
``SuggestionSource``; the cue lexicon (annotate/nlp/stance.py, cues.toml) is the one
registered for every workspace; a workspace's learned model (annotate/learning.py) is
passed as an extra source by the workspace that owns it. ``suggest`` asks every source
and keeps, per actor and per quote, the strongest suggestion."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from .models import Analysis, Source, Suggestion

ActorAt = Callable[[int, int], "str | None"]  # (start, end) character offsets -> actor id or None
Suggested = tuple[list[Suggestion], dict[int, Suggestion]]


class SuggestionSource(Protocol):
    """Suggests stance labels for one analysed source; never tags."""

    name: str

    def suggest(self, source: Source, analysis: Analysis, actor_at: ActorAt) -> Suggested:
        """(suggestions for the actors of ``source``, strongest first; the suggestion for
        each quote, by its index in ``analysis.quotes``). ``actor_at`` names the actor at
        character offsets of the source's cleaned text. A score is the summed weight of the
        evidence (the lexicon suggests from 1.0 up); the strongest across sources wins."""
        ...


class CueLexicon:
    """Suggestions from the cue lexicon (cues.toml: bundled, or the user's in the config
    dir) and the quote's tone (VADER)."""

    name = "cues"

    def suggest(self, source: Source, analysis: Analysis, actor_at: ActorAt) -> Suggested:
        """The cue lexicon's suggestions for ``source``: ``(suggestions, quote index -> suggestion)``
        as ``nlp.stance.suggest`` gives them, from the cues (``load_lexicon``) and the quotes' VADER
        tone; ``actor_at(start, end)`` gives the actor id at a span or None.
        """
        from .nlp.sentiment import tone
        from .nlp.stance import load_lexicon, suggest

        lex = load_lexicon()
        key = (source, analysis, actor_at, lex)
        made = getattr(_asked, "cues", None)  # (key, answer) within one call of ``suggest`` below
        if made is not None and all(a is b for a, b in zip(made[0], key)):
            found, quotes = made[1]
            return list(found), dict(quotes)
        got = suggest(source, analysis, actor_at, lex, tone)
        if getattr(_asked, "within", False):
            _asked.cues = (key, got)
        return got


# Within one call of ``suggest``, the cue lexicon's answer for its source, analysis and
# ``actor_at`` (the same objects): the learned model reads the cues' suggestions too
# (``LearnedModel.suggest``), and would otherwise work them out a second time. Per thread.
_asked = threading.local()

SOURCES: list[SuggestionSource] = [CueLexicon()]


def suggest(source: Source, analysis: Analysis, actor_at: ActorAt, extra: Sequence[SuggestionSource] = ()) -> Suggested:
    """What every source in ``SOURCES``, then in ``extra`` (a workspace's own, such as its
    learned model, ``annotate.learning.LearnedModel``), suggests: one suggestion per actor,
    the strongest (ties keep the order of the sources), strongest first; per quote, the
    strongest one."""
    best: dict[str, Suggestion] = {}
    per_quote: dict[int, Suggestion] = {}
    outer = (getattr(_asked, "within", False), getattr(_asked, "cues", None))
    _asked.within, _asked.cues = True, None
    try:
        for src in [*SOURCES, *extra]:
            found, quotes = src.suggest(source, analysis, actor_at)
            for s in found:
                if s.actor_id not in best or s.score > best[s.actor_id].score:
                    best[s.actor_id] = s
            for qi, s in quotes.items():
                if qi not in per_quote or s.score > per_quote[qi].score:
                    per_quote[qi] = s
    finally:
        _asked.within, _asked.cues = outer
    out = sorted(best.values(), key=lambda s: -s.score)
    return out, per_quote
