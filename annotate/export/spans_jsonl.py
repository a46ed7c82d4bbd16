"""Sources as JSON Lines with their quote, speaker and entity spans, in the form spaCy
and Prodigy read: ``{"text", "tokens", "spans": [{"start", "end", "label",
"token_start", "token_end"}], "meta"}``.

The tokens are written out (Prodigy style) and split at every span boundary, so every
span covers whole tokens: ``Doc(vocab, words, spaces)`` plus ``doc.char_span(start, end)``
gives back exactly the exported spans, with no tokenizer needed on the way out."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+(?:[’'][\w]+)?|[^\w\s]", re.UNICODE)


def tokens_for(text: str, cuts: set[int]) -> list[dict]:
    """Word and punctuation tokens, also split at the offsets in ``cuts``. Whitespace
    follows spaCy's convention: one space after a token is its ``ws``; any other run of
    whitespace (a newline, two spaces) is a token of its own."""
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:]):  # no token crosses a cut
        spans += [m.span() for m in _TOKEN.finditer(text, a, b)]
    out: list[dict] = []
    pos = 0
    for s, e in spans + [(len(text), len(text))]:
        if pos < s:  # whitespace before this token
            if out and text[pos] == " ":
                out[-1]["ws"] = True
                pos += 1
            if pos < s:
                out.append({"text": text[pos:s], "start": pos, "end": s, "ws": False})
        if s < e:
            out.append({"text": text[s:e], "start": s, "end": e, "ws": False})
        pos = e
    for i, t in enumerate(out):
        t["id"] = i
    return out


def source_record(ws, src) -> dict:
    """The spans-JSONL record of one source (prodigy/doccano style): ``text``; ``tokens`` (``id``,
    ``start``, ``end``, split at every span edge); ``spans`` with ``start``/``end`` character
    offsets into the clean text, ``label`` (QUOTE, SPEAKER or the entity label) and
    ``token_start``/``token_end``; ``meta`` with the source's id and metadata. Quotes come from
    ``ws.quotes``, entities from ``ws.analysis``; spans out of range or of whitespace only are
    dropped.
    """
    spans = []
    for q in ws.quotes(src.id):
        spans.append({"start": q.start, "end": q.end, "label": "QUOTE"})
        if q.speaker is not None:
            spans.append({"start": q.speaker.start, "end": q.speaker.end, "label": "SPEAKER"})
    a = ws.analysis(src.id)
    for e in a.entities if a else []:
        spans.append({"start": e.start, "end": e.end, "label": e.label})
    text = src.text
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text) and text[s["start"] : s["end"]].strip()]
    toks = tokens_for(text, {s["start"] for s in spans} | {s["end"] for s in spans})
    starts = {t["start"]: t["id"] for t in toks}
    ends = {t["end"]: t["id"] for t in toks}
    out_spans = []
    for s in sorted(spans, key=lambda s: (s["start"], -s["end"], s["label"])):
        if s["start"] in starts and s["end"] in ends:  # a span of whitespace only has no tokens
            out_spans.append({**s, "token_start": starts[s["start"]], "token_end": ends[s["end"]]})
    return {
        "text": text,
        "tokens": toks,
        "spans": out_spans,
        "meta": {"source_id": src.id, "name": src.name, "title": src.title, "outlet": src.outlet,
                 "published": src.published, "url": src.url, "grade": src.grade, "language": src.language},
    }


def spans_jsonl(ws, source_ids=None):
    """Yield one JSON-able record per source."""
    for src in ws.sources():
        if source_ids is None or src.id in source_ids:
            yield source_record(ws, src)
