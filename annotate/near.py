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


def close_names(typed: str, known: Iterable[str], limit: int = 3, cutoff: float = 60.0,
                word_cutoff: float = 75.0) -> list[str]:
    """Names of ``known`` close to ``typed`` as a whole (similarity >= ``cutoff``), else the
    names one of whose words (3 letters or more) is close to it (>= ``word_cutoff``): a
    misspelt surname finds the full name ("Sybiha" -> "Andriy Sybiga"). Closest first, at
    most ``limit``, [] when none."""
    names = list(dict.fromkeys(k for k in known if k))
    near = close_matches(typed, names, limit=limit, cutoff=cutoff)
    if near:
        return near
    words: dict[str, str] = {}
    for name in names:
        for w in name.split():
            if len(w) > 2:
                words.setdefault(w.casefold(), name)
    return list(dict.fromkeys(words[w] for w in close_matches(typed, words, limit=limit, cutoff=word_cutoff)))[:limit]


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
