"""A country's embassy named by its nation word or name: "the Tarkan Embassy in Lomé", "the
United States embassy in Uganda", "Ruritania's embassy".

- The phrase is a nation word or country name the alias file knows (``Gazetteer.country``), or its
  possessive, before "Embassy"/"embassy", with "in <Capitalised place>" after it when written.
- The actor is a government body named "<adjective> Embassy[ in <place>]" (as the article's first such
  phrase writes the place), of that country; each mention no other actor covers is its mention.
  Consulates, high commissions and "the embassy" alone are left to other rules."""

from __future__ import annotations

import re

_EMBASSY = re.compile(
    r"(?P<nat>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)(?:[’']s)?\s+[Ee]mbassy\b(?:\s+in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?")


def embassy_mentions(text: str, gaz) -> list[tuple[int, int, object, str]]:
    """The embassies of ``text`` (module docstring): (start, end, country of the alias file, place
    as written or ""), in text order; start at the nation word, end after the place or "embassy"."""
    out = []
    for m in _EMBASSY.finditer(text):
        words = m.group("nat").split()
        for k in range(len(words)):  # "Tuesday the Tarkan" -> "Tarkan"; "United States" whole
            country = gaz.country(" ".join(words[k:]))
            if country is not None:
                out.append((m.start("nat") + len(" ".join(words[:k])) + (1 if k else 0), m.end(), country, m.group("place") or ""))
                break
    return out


def add_embassies(resolver) -> None:
    """Add the embassies of ``embassy_mentions`` to ``resolver``'s index (an ``actors.ActorResolver``
    after its stages): a government body "<adjective> Embassy[ in <place>]" of its country."""
    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src in resolver.srcs.items():
        for s, e, country, where in embassy_mentions(src.text, gaz):
            if any(a < e and s < b for a, b in taken.get(sid, [])):
                continue
            name = f"{country.adjective} Embassy" + (f" in {where}" if where else "")
            aid = resolver.ensure(name, "government", country.name)
            if resolver.actors[aid].kind != "government":
                continue
            resolver.alias(aid, name)
            resolver.alias(aid, src.text[s:e])
            index.by_span[(sid, s, e)] = aid
