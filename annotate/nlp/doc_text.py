"""The text of a spaCy ``Doc``, joined once: ``Doc.text`` joins every token's text anew on
each access, and the entity and event rules read it per entity."""

from __future__ import annotations

import threading

_LAST = threading.local()


def doc_text(doc) -> str:
    """``doc.text`` of ``doc``, kept for the last doc read in this thread (a doc's text never
    changes)."""
    got = getattr(_LAST, "pair", None)
    if got is None or got[0] is not doc:
        got = _LAST.pair = (doc, doc.text)
    return got[1]
