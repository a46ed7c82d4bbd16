"""A surname alone where the article names two people of that surname ("Army commander Ali Hassan
met the envoy. Rebel spokesman Omar Hassan said ... “…,” Hassan said"): the one named last before
it, as a reader takes it, not whichever the resolver met first.

Called by ``ActorResolver.assign_people`` before its per-article surname lookup
(``person_canonical``), which knows no positions."""

from __future__ import annotations


def nearest_namesake(r, k: int, pn: str) -> str | None:
    """The canonical name of the person a bare surname ``pn`` (mention number ``k`` of resolver
    ``r``) stands for when its article names two or more people of that surname before it: the
    one whose full name comes last before the mention. None when ``pn`` is a full name, or the
    article names fewer than two such people before it (the resolver's own lookup decides)."""
    from .actors import _full_name, _surname  # the resolver's own reading of names

    if _full_name(pn):
        return None
    m = r.mentions[k]
    sur = _surname(pn)
    before = [(r.mentions[j].start, r.person_of[j]) for j in r.by_source.get(m.source_id, ())
              if j in r.person_of and r.mentions[j].start < m.start and _full_name(r.person_of[j])
              and _surname(r.person_of[j]) == sur]
    names = {r.cluster_of.get(p, p) for _s, p in before}
    if len(names) < 2:
        return None
    last = max(before, key=lambda sp: sp[0])[1]
    return r.cluster_of.get(last, last)
