"""Which languages bluf's analysis reads, and the one-line notice for a source it does not.

The quote attribution, named entities (spaCy's English model), event patterns and tone
(VADER) are all English-only. A source in another language is kept, shown and exported
with its language, but is not run through them: an English parse of it would give
wrong speakers and names, silently.
"""

from __future__ import annotations

ANALYSED_LANGUAGES = frozenset({"en"})  # ISO 639-1 codes the pipeline's models are for


def is_analysed(language: str) -> bool:
    """True when a text in ``language`` (ISO 639-1 code, "" when unknown) gets the English
    analysis; an unknown language does (too short or too mixed to tell)."""
    return not language or language in ANALYSED_LANGUAGES


def language_notice(language: str) -> str:
    """One line saying that a source in ``language`` is not analysed, or "" when it is."""
    if is_analysed(language):
        return ""
    return (f"language {language}: not analysed (bluf's analysis reads English only): "
            "no quotes attributed, no names, no incidents")
