"""Actors the analysts' edits name, found again after the corpus is resolved anew.

An actor's id is the slug of the name resolution gave it (``ActorResolver.ensure``). An edit
(a merge, a rename, a speaker) names actors by id; when a later edit changes what the mentions
resolve to (a speaker correction takes a phrase out of the mentions), the same body may come
back under another name and id ("Georgian State Security Service" where it was "State Security
Service"). An edit naming the old id then found nothing and was silently dropped, and the
actor a speaker correction keeps came back on its own, beside the body it is. Here each id an
edit names is looked for by the names it had (recorded with the edit; an id is also the slug
of the name that made it), and the actor that now goes by one of them takes the id back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .models import Actor
from .text import norm_name, slug

if TYPE_CHECKING:
    from .actors import ActorIndex


def kept_records(quote_edits: Iterable[dict]) -> list[dict]:
    """The actors speaker corrections keep (``{"id", "name", "kind", "affiliation"}``, in the
    order of the edits): the one overruled (``was``), the one named instead (``to``) and the
    ones other quotes of the phrase were left with (``keep``)."""
    out = []
    for e in quote_edits:
        if e.get("op") not in ("speaker", "add") or not e.get("actor_id"):
            continue
        for kept in (e.get("was") or {}, e.get("to") or {}, *(e.get("keep") or ())):
            if isinstance(kept, dict) and kept.get("id"):
                out.append(kept)
    return out


def edit_refs(actor_edits: Iterable[dict], quote_edits: Iterable[dict]) -> list[tuple[str, tuple[str, ...]]]:
    """Every actor id the edits name, once, in order, with the names recorded for it (its
    display name first; () when the edit recorded none). An id a ``create`` edit makes is left
    out: that edit makes it."""
    made = set()
    names: dict[str, list[str]] = {}

    def add(aid: str, given: Iterable[str]) -> None:
        if aid:
            have = names.setdefault(aid, [])
            have.extend(n for n in given if isinstance(n, str) and n and n not in have)

    for e in actor_edits:
        if e.get("op") == "create":
            made.add(e.get("actor_id", ""))
            continue
        recorded = e.get("names") or {}
        for key in ("actor_id", "into"):
            aid = e.get(key, "")
            add(aid, recorded.get(aid, ()) if isinstance(recorded, dict) else ())
    for e in quote_edits:
        if e.get("op") in ("speaker", "add") and e.get("actor_id"):
            add(e["actor_id"], ())
    for kept in kept_records(quote_edits):
        add(kept["id"], (kept.get("name", ""), *(kept.get("names") or ())))
    return [(aid, tuple(ns)) for aid, ns in names.items() if aid not in made]


def find_again(index: ActorIndex, refs: list[tuple[str, tuple[str, ...]]]) -> None:
    """Give each id of ``refs`` (``edit_refs``) that ``index`` has lost back to the actor that
    now goes by one of its names: by the names recorded for it, else by the name its id was
    made from. That actor takes the id and the name the analyst knew it by (its own name stays
    one of its names; its id follows to the old one as a merge's does), unless an edit names
    it too: then the lost id follows to it. An id no actor answers to stays lost. Changes
    ``index``'s tables (``with_edits`` gives it copies of its own)."""
    referenced = {aid for aid, _ in refs}
    by_slug: dict[str, str] | None = None
    for aid, names in refs:
        if index.canonical_id(aid) in index.actors:
            continue
        found = None
        for n in names:
            hit = index.aliases.get(norm_name(n))
            if hit is not None and index.canonical_id(hit) in index.actors:
                found = index.canonical_id(hit)
                break
        if found is None:
            if by_slug is None:
                by_slug = _by_slug(index)
            hit = by_slug.get(aid)
            found = index.canonical_id(hit) if hit is not None and index.canonical_id(hit) in index.actors else None
        if found is None or found == aid:
            continue
        if found in referenced:
            index.merged[aid] = found
        else:
            _take_id(index, found, aid, names)


def _by_slug(index: ActorIndex) -> dict[str, str]:
    """Slug of every name an actor goes by -> its id: display names first, then the aliases
    table, then the actors' other names; the first to claim a slug keeps it."""
    out: dict[str, str] = {}
    for a in index.actors.values():
        out.setdefault(slug(a.name), a.id)
    for key, aid in index.aliases.items():
        out.setdefault(slug(key), aid)
    for a in index.actors.values():
        for n in a.aliases:
            out.setdefault(slug(n), a.id)
    return out


def _take_id(index: ActorIndex, old: str, new: str, names: tuple[str, ...]) -> None:
    """The actor ``old`` of ``index`` goes by the id ``new`` (and by the first of ``names``,
    else the one of its names ``new`` was made from); ``old`` follows to it like a merged id."""
    from .actors import _follow_affiliations

    a = index.actors.pop(old)
    own = (a.name, *a.aliases)
    name = names[0] if names else next((n for n in own if slug(n) == new), a.name)
    aliases = list(dict.fromkeys(n for n in own if n != name))[:40]
    index.actors[new] = Actor(new, name, a.kind, a.affiliation, aliases)
    index.merged[old] = new
    for key, aid in list(index.aliases.items()):
        if aid == old:
            index.aliases[key] = new
    index.aliases.setdefault(norm_name(name), new)
    _follow_affiliations(index, a.name, name)


def keep_actors(index: ActorIndex, quote_edits: Iterable[dict]) -> None:
    """The actors speaker corrections keep (``kept_records``) that ``index`` has not got, as
    they were when the correction was made: the phrase overruled may have been an actor's only
    mention, and others' tags and a change of mind must find it. One merged away stays so."""
    for kept in kept_records(quote_edits):
        aid = kept["id"]
        if aid not in index.actors and index.canonical_id(aid) == aid:
            index.actors[aid] = Actor(aid, kept.get("name") or aid, kept.get("kind") or "person", kept.get("affiliation", ""))
