"""Tone of a quote with VADER. Used as intensity only: on news, VADER scores most hawkish
quotes positive (measured on the seeds), so its sign never decides a stance."""

from __future__ import annotations

import functools
import threading

_lock = threading.Lock()
_analyzer = None


def _get():
    global _analyzer
    with _lock:
        if _analyzer is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            _analyzer = SentimentIntensityAnalyzer()
        return _analyzer


@functools.lru_cache(maxsize=1 << 16)
def tone(text: str) -> float:
    """VADER compound score in [-1, 1]. Remembered per text: suggestions worked out again
    after an edit score the same spans again."""
    return round(_get().polarity_scores(text)["compound"], 4)
