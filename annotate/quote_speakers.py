"""Whose a tag on a quote is: the quote's speaker *now*, read when the tag is read.

A tag made on a quote for its speaker (``Workspace.tag``, or a tag of the actor that was the
quote's speaker) is the speaker's stance. When an analyst later says someone else said the
quote (``set_speaker``, in this session, in another analyst's reader or in another process),
every such tag, of every annotator, is read as the new speaker's: the tag records the actor of
its making, and the actor it is shown, listed and briefed under is derived from the quote's
speaker in force. Nothing is copied, so two sessions changing one speaker can never leave tags
on actors who did not say the quote.

A tag the analyst made on a quote for another actor than its speaker (a span tag with an
actor picked, "who holds this stance") stays with that actor.

Tags record which they are in ``on``: "speaker" (follows) or "actor" (stays). Tags written
before ``on`` existed follow when their actor is one the quote's speaker has been (the
analysis's, or one an analyst set): such a tag was made on the speaker.
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple

FOLLOWS = "speaker"
STAYS = "actor"


class QuoteSpeaker(NamedTuple):
    """A quote's speaker in force (a canonical actor id, or None) and every canonical actor id
    its speaker has been (``had``: the analysis's and each analyst's, the present one too)."""

    now: str | None
    had: frozenset


def speakers_by_span(quotes: Iterable, spans: Callable[[object], tuple[int, int] | None], edits: Iterable[dict],
                     canonical: Callable[[str], str]) -> dict[tuple[int, int], QuoteSpeaker]:
    """For one source: the evidence span of each quote (``spans(quote)``: the quote's words
    without removed boilerplate, as tags record them; None skips it) -> its ``QuoteSpeaker``.
    ``quotes``: the source's quotes with the edits applied (``Quote.actor_id`` is the speaker
    in force); ``edits``: the source's quote edits in force (``speaker`` records carry
    ``actor_id`` and ``was``/``to`` ``{"id", ...}``; ``add`` records ``actor_id``), oldest first."""
    past: dict[tuple[int, int], set[str]] = {}
    for e in edits:
        if e.get("op") not in ("speaker", "add"):
            continue
        ids = past.setdefault((e.get("start"), e.get("end")), set())
        for aid in (e.get("actor_id"), (e.get("was") or {}).get("id"), (e.get("to") or {}).get("id")):
            if aid:
                ids.add(canonical(aid))
    out: dict[tuple[int, int], QuoteSpeaker] = {}
    for q in quotes:
        span = spans(q)
        if span is None:
            continue
        now = canonical(q.actor_id) if q.actor_id else None
        had = set(past.get((q.start, q.end), ()))
        if now:
            had.add(now)
        out[span] = QuoteSpeaker(now, frozenset(had))
    return out


def read_actor(actor_id: str, on: str, speaker: QuoteSpeaker | None) -> str:
    """The actor a tag of ``actor_id`` (canonical) is read as: the quote's speaker in force when
    the tag follows it (``on`` "speaker", or unset and ``actor_id`` is one the speaker has
    been), else ``actor_id``. ``speaker``: the quote's, None when the tag's evidence is no
    quote."""
    if speaker is None or not speaker.now or on == STAYS:
        return actor_id
    if on == FOLLOWS or actor_id in speaker.had:
        return speaker.now
    return actor_id
