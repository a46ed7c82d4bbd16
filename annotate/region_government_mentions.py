"""A region's or a city's own government named by the place and a government noun ("the Sindh
government", "Kerala's state government", "the Zamfara provincial administration", "Lagos state
government spokesperson X said"): the government actor of that place (``region_governments``), of
kind government, with the phrase as written for its alias, though it never speaks or acts.

- The place is one to three capitalised words that ``region_governments.region_government`` knows
  (a first-level region, a city or an area; never a country, nor an actor of the alias file),
  optionally followed by "state", "provincial", "regional", "municipal" or "city", and then
  "government" or "administration" (in any case: "Kurdistan Regional Government").
- A phrase inside a longer name ("the Lagos State Government House") or after another capitalised
  word other than a possessive ("New Sindh government": a name's end; not "Pakistan's Sindh government") is left alone, and so is a span another actor's
  mention holds unless that mention is longer and holds it whole (a speaker's title: "Sindh
  government spokesperson X": X speaks, and the government is named too).

Runs before the collective-noun rules (``collective_actors``), which would read "the Sindh provincial
administration" as an organisation named by a place.
"""

from __future__ import annotations

import re

from .region_governments import region_government

_PHRASE = re.compile(
    r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}?)(?:[’']s)?[ \t]+"
    r"(?:(?i:state|provincial|regional|municipal|city)[ \t]+)?(?P<noun>(?i:government|administration))(?![\w-])")
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w’'-]*)[ \t]+$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n—]\s*[\"“'‘]?)$")


def region_government_phrases(text: str, gaz) -> list[tuple[int, int, str, str]]:
    """(start, end, name, country) of each region-government phrase of ``text`` (module docstring):
    ``name`` "<Place> government", ``country`` the place's country or ""."""
    out = []
    for m in _PHRASE.finditer(text):
        words = m.group("place").split()
        # the place may be the phrase's last words ("The Sindh government": "Sindh")
        for k in range(len(words)):
            if words[k] in ("The", "A", "An"):
                continue
            place = " ".join(words[k:])
            hit = region_government(re.sub(r"[’']s$", "", place), gaz)
            if hit is None:
                continue
            start = m.start("place") + m.group("place").index(place)
            before = text[max(0, start - 40) : start]
            prev = _CAPITAL_BEFORE.search(before)
            if prev is not None and prev.group(1) not in ("The", "A") and not _SENTENCE_END.search(before[: prev.start(1)]) \
                    and not re.search(r"[’']s$", prev.group(1)):
                break  # "New Sindh government": a longer name's end
            after = text[m.end() : m.end() + 12]
            if m.group("noun")[0].isupper() and re.match(r"[ \t]+[A-Z]", after):
                break  # "the Lagos State Government House": a longer name
            out.append((start, m.end(), hit[0], hit[1]))
            break
    return out


def add_region_governments(resolver) -> None:
    """Add the region-government phrases (``region_government_phrases``) of each analysed source to
    ``resolver``'s index (an ``actors.ActorResolver`` after its stages, before the collective-noun
    rules and the document-level back-off): each becomes a mention of "<Place> government" (kind
    government, the place's country) and its words as written an alias."""
    from .actors import _own

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, _an in resolver.analysed_sources():
        spans = taken.setdefault(sid, [])
        for s, e, name, country in region_government_phrases(src.text, gaz):
            if any(a < e and s < b and not (a <= s and e <= b and b - a > e - s) for a, b in spans):
                continue  # another actor's mention of these words
            aid = resolver.ensure(name, "government", country)
            if resolver.actors[aid].kind != "government":
                continue
            a = _own(index, aid)
            if country and not a.affiliation:
                a.affiliation = country
            resolver.alias(aid, src.text[s:e])
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))
