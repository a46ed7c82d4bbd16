"""Stance cues made from the events lexicon (annotate/events.toml): the trigger verbs of the event
types a class of the cue file names in ``event_verbs`` ("bombard", "repel", "ambush", ...), in
every inflected form (nlp/inflection.py), so that what the events lexicon learns to recognise as an act of force
counts as one for stance too, without a second copy of the words in cues.toml.

A trigger verb counts only in a sentence that fits one of its event types: none of the type's
``exclude`` words, and, when the type asks for ``context``, one of its context words or one of
the armed sides the ``victims`` of the class's types name ("bombarded the rebels": rebels; "shelled the town with
artillery": artillery), so "fired the minister", "launched an inquiry" or "hit by inflation" are
no acts of force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .inflection import verb_forms


@dataclass(frozen=True)
class EventVerb:
    """A trigger verb of the events lexicon as a stance cue: ``lemma``; ``pattern``: a cue
    pattern of its forms ("(bombarded|bombarding|bombards|bombard)"); ``fits``: for each event
    type that has it, (context words, exclude words), where an empty context asks for none."""

    lemma: str
    pattern: str
    fits: tuple[tuple[frozenset[str], frozenset[str]], ...]


def event_verbs(types, ids: list[str], not_triggers: list[re.Pattern] = ()) -> list[EventVerb]:
    """The trigger verbs of the event types ``ids`` in ``types`` (an ``annotate.event_types.EventTypes``),
    each once, in the file's order, without those a pattern of ``not_triggers`` matches (who
    intercepts or spots an intruder did not intrude). A type's context is its ``context`` and the
    ``victims`` of all of ``ids`` (the armed sides they are done to), or for a type with no context its own
    ``victims`` if it has any ("kill" only where soldiers or protesters are named); [] when no type of ``ids`` is in the file."""
    fits: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    # (the victims of a type that names only whom it is done to: one with a context of its own, "a
    # politician shot", says what its victims are for itself, no armed side of the class)
    sides = frozenset().union(*(t.victims for t in types.types if t.id in ids and not t.context))
    for t in types.types:
        if t.id not in ids:
            continue
        # a type that names only who it is done to ("kill" soldiers, "shoot" protesters) needs one of them
        context = (t.context | sides) if t.context else t.victims
        for v in sorted(t.verbs):
            if any(rx.search(v) for rx in not_triggers) or " " in v:
                continue
            fits.setdefault(v, []).append((context, t.exclude))
    return [EventVerb(v, "(" + "|".join(verb_forms(v)) + ")", tuple(f)) for v, f in fits.items()]


_WORD = re.compile(r"[a-z][a-z-]*")


def sentence_fits(sentence: str, fits: tuple[tuple[frozenset[str], frozenset[str]], ...]) -> bool:
    """Whether ``sentence`` fits one of the (context, exclude) pairs of an ``EventVerb``: none of
    the excluded words and, if there is a context, one of its words (a word of several words is
    looked for as it is; a single word also with a plural or a verb's ending: "rebels", "shelled")."""
    low = sentence.lower()
    words = set(_WORD.findall(low))
    forms = set(words)
    for w in words:
        for end in ("s", "es", "ed", "ing", "d"):
            if w.endswith(end) and len(w) > len(end) + 2:
                forms |= {w[: -len(end)], w[: -len(end)] + "e"}

    def has(w: str) -> bool:
        return (w in low) if " " in w else (w in forms)

    return any(not any(has(w) for w in exclude) and (not context or any(has(w) for w in context)) for context, exclude in fits)
