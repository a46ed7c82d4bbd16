"""Which incidents a stance tag speaks to: the stance matrix's columns and anything else that
places a tag under an incident. A source often reports several incidents; a tag on one of its
sentences belongs to the incident whose evidence that sentence is or sits beside, not to all."""

from __future__ import annotations

from .models import Incident, Stance
from .text import paragraphs


def tag_incidents(st: Stance, incidents: list[Incident], text: str) -> list[str]:
    """Ids of the incidents (among ``incidents``) tag ``st`` belongs to, in ``incidents``' order.
    ``text``: the clean text of the tag's source (character offsets as the tag's).
    The incident the analyst named on the tag (its id or an earlier id of it); else those
    whose evidence in the tag's source overlaps the tag or lies in a paragraph the tag
    touches; else the one whose evidence in that source ends last before the tag (what the
    article was reporting there), else the one whose evidence comes first; else the first
    incident the analyst linked the source to (``l``: no sentence of it); none when the
    source reports no incident."""
    if st.incident_id:
        return [i.id for i in incidents if st.incident_id == i.id or st.incident_id in i.aliases][:1]
    linked = [i for i in incidents if st.source_id in i.evidence]  # an analyst's link may carry no sentence
    here = [i for i in linked if i.evidence[st.source_id]]
    paras = [(s, e) for s, e in paragraphs(text) if s < max(st.end, st.start + 1) and st.start <= e]
    near = [
        i.id for i in here
        if any(s < st.end and st.start < e or any(s < pe and ps < e for ps, pe in paras)
               for s, e in i.evidence[st.source_id])
    ]
    if near:
        return near
    if not here:
        return [linked[0].id] if linked else []  # a source linked to an incident by hand, with no sentence of it
    # Else the incident the article was reporting when the tag's passage came: the one whose
    # evidence ends last before it, else (a tag above every report) the one whose comes first.
    before = [(max(e for s, e in i.evidence[st.source_id] if e <= st.start), n) for n, i in enumerate(here)
              if any(e <= st.start for s, e in i.evidence[st.source_id])]
    if before:
        return [here[max(before)[1]].id]
    return [min(here, key=lambda i: min(s for s, e in i.evidence[st.source_id])).id]
