"""Quotes of a joint statement: "France, Germany and the UK said in a joint statement that ...",
"“...,” the foreign ministers of A, B and C said in a joint declaration". The words are all the
signatories', never one of them alone (the first named, which the parse takes for the speaker),
nor a country the sentence names elsewhere.

- A quote is of a joint statement when its reporting clause (or the sentence it is in) says so:
  "joint statement", "joint declaration", "joint communiqué", "joint letter", "joint press
  release", "jointly".
- Its signatories are the countries listed together (two or more, ``conjoined_countries``) in the
  reporting clause.
- The quote goes to the joint group: an actor named by the list as written ("France, Germany and
  the UK"), of kind "group" and of no one country, its speaker's span a mention of it. A speaker
  that is a person or body not of the listed countries is left as it is (one signatory's own
  words: "X said in a joint statement with A and B" is X's).
"""

from __future__ import annotations

import re

_JOINT_NOUN = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé]|letter|press\s+release|note)\b|\bjointly\b", re.I)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or paragraph line) around ``text[start:end]``."""
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return s, e


def joint_signatories(text: str, quote, entities, gaz) -> list[tuple[int, int]]:
    """The (start, end) of the countries that sign the joint statement quote ``quote`` (a
    ``models.Quote`` with a reporting clause) is of, in written order; [] when the quote is not of
    a joint statement or its clause lists fewer than two countries."""
    from .government_mentions import conjoined_countries

    if quote.frame_start < 0 or quote.speaker is None:
        return []
    s, e = _sentence(text, min(quote.frame_start, quote.start), max(quote.frame_end, quote.end))
    if _JOINT_NOUN.search(text, s, e) is None:
        return []
    inside = [x for x in entities if x.label == "GPE" and quote.frame_start <= x.start and x.end <= quote.frame_end
              and gaz.country(x.text) is not None]
    for x in inside:
        listed = conjoined_countries(text, entities, gaz, x.start, x.end)
        if len(listed) >= 2 and all(quote.frame_start <= a and b <= quote.frame_end for a, b in listed):
            return listed
    return []


def add_joint_statements(resolver) -> None:
    """Give each quote of a joint statement (``joint_signatories``) to the joint group of its
    signatories (module docstring): its speaker's span becomes a mention of that group, when the
    speaker is one of the listed countries (or a phrase naming one: "the foreign ministers of A"),
    or a country the list does not name."""
    index, gaz = resolver.index, resolver.gaz
    for sid, src, an in resolver.analysed_sources():
        text = src.text
        for q in an.quotes:
            listed = joint_signatories(text, q, an.entities, gaz)
            if not listed:
                continue
            sp = q.speaker
            held = index.get(index.by_span.get((sid, sp.start, sp.end)))
            if held is not None and held.kind == "group":
                continue  # "the leaders of A and B": a group already
            first, last = listed[0][0], listed[-1][1]
            in_list = sp.start < last and first < sp.end or sp.end <= first and sp.start >= q.frame_start
            speaker_country = gaz.country(sp.text.removeprefix("the ").strip())
            if not in_list and speaker_country is None:
                continue  # "X said in a joint statement with A and B": X's own words
            written = text[first:last]
            aid = resolver.ensure(written, "group")
            a = index.actors[aid]
            if a.kind != "group":
                continue
            resolver.alias(aid, written)
            names = [gaz.country(text[x:y]).name for x, y in listed]
            resolver.alias(aid, ", ".join(names[:-1]) + " and " + names[-1])
            index.by_span[(sid, sp.start, sp.end)] = aid
