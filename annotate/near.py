"""Close matches of what a user typed among the names bluf knows (stance labels, countries),
for "did you mean" in one-line errors. rapidfuzz's ratio on case-folded text: a missing,
extra or swapped letter or two is close; another word is not."""

from __future__ import annotations

from collections.abc import Iterable


def close_matches(typed: str, known: Iterable[str], limit: int = 3, cutoff: float = 80.0) -> list[str]:
    """Up to ``limit`` names of ``known`` close to ``typed`` (similarity 0-100 at least
    ``cutoff``, case and spacing ignored), closest first; [] when none."""
    from rapidfuzz import fuzz, process, utils

    names = list(dict.fromkeys(k for k in known if k))
    hits = process.extract(" ".join(typed.split()), names, scorer=fuzz.ratio, processor=utils.default_process,
                           limit=limit, score_cutoff=cutoff)
    return [name for name, _, _ in hits]


def did_you_mean(typed: str, known: Iterable[str]) -> str:
    """"did you mean X?" (or "X or Y") for the close matches of ``typed``, "" when none."""
    return suggestion(close_matches(typed, known))


def suggestion(near: list[str]) -> str:
    """"did you mean X?", "did you mean X or Y?" for ``near``; "" for []."""
    near = near[:3]
    if not near:
        return ""
    return "did you mean " + (near[0] if len(near) == 1 else ", ".join(near[:-1]) + " or " + near[-1]) + "?"


def unique_casefold(typed: str, known: Iterable[str]) -> str | None:
    """The one name of ``known`` equal to ``typed`` but for case and spacing, else None
    (none, or more than one)."""
    want = " ".join(typed.split()).casefold()
    hits = list(dict.fromkeys(k for k in known if " ".join(k.split()).casefold() == want))
    return hits[0] if len(hits) == 1 else None
