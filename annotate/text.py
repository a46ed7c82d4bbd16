"""Small text helpers shared by the analysis layers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def norm_name(text: str) -> str:
    """A key for comparing names: case, apostrophes, accents, spacing and a leading
    "the" do not matter. ``norm_name("the Kremlin") == norm_name("Kremlin")``."""
    t = unicodedata.normalize("NFKD", text.translate(_APOS))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = _SPACE.sub(" ", t).strip(" .,;:-—–\"'").lower()
    if t.startswith("the "):
        t = t[4:]
    return t


_NON_ID = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """An id from a name: ``slug("U.S. President") == "u-s-president"``."""
    return _NON_ID.sub("-", norm_name(text)).strip("-") or "x"


_END_PUNCT = ".!?:;\"”’)]"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: a line is a paragraph, except that the lines of a hard-wrapped
    paragraph (a line not ending a sentence, the next starting in lower case) are joined.
    Blank lines always separate. Spans exclude the newlines."""
    out: list[tuple[int, int]] = []
    pos = 0
    cur: tuple[int, int] | None = None
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            if cur:
                out.append(cur)
                cur = None
            continue
        if cur and text[cur[0] : cur[1]].rstrip()[-1:] not in _END_PUNCT and stripped[0].islower():
            cur = (cur[0], end)
            continue
        if cur:
            out.append(cur)
        cur = (start, end)
    if cur:
        out.append(cur)
    return out


_WRAP_MAX = 100  # a hard-wrapped text has no line longer than this
_WRAP_EVIDENCE = 3  # ... and at least this many lines that plainly run on to the next
_SENTENCE_END = ".!?:;"
_CLOSERS = "\"”’')]»"
_BULLETS = ("•", "*", "-", "–", "—", "·")


def _ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return not s or s[-1] in _SENTENCE_END


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces (same length, so
    offsets do not move): "… target all\\nAmerican warships …" is one sentence and "Yahya\\nSaree"
    one name for the parser and the quote finder. A text is hard-wrapped when no line is longer
    than 100 characters and at least three lines run on to a line starting in lower case; then a
    break is soft when its line does not end a sentence, was filled (at least 60% of the longest
    line) and the next line is not empty or a bullet. In any text, a paragraph (120 characters
    or more) cut after a first name (gender-guesser's dictionary) by a stray break before a
    capitalised word ("… the foreign minister, Andrii\\nSybiha, said …") goes on. Other breaks
    stay."""
    if text.count("\n") < 1:
        return text
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    wrapped = width <= _WRAP_MAX and len(lines) > _WRAP_EVIDENCE and sum(
        1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()[:1].islower() and not _ends_sentence(a)
    ) >= _WRAP_EVIDENCE
    soft: list[int] = []
    pos = 0
    for a, b in zip(lines, lines[1:]):
        pos += len(a)
        nxt, line = b.strip(), a.rstrip()
        if line and nxt and not _ends_sentence(a) and not nxt.startswith(_BULLETS):
            if wrapped and len(line) >= 0.6 * width:
                soft.append(pos)
            elif len(line) >= _CUT_PARAGRAPH and (m := _NAME_END.search(line)) and nxt[:1].isupper() and not nxt.split()[0].isupper():
                from .nlp.syntax import first_name_gender  # the name dictionary, loaded on first use

                if first_name_gender(m.group(1)):
                    soft.append(pos)
        pos += 1
    if not soft:
        return text
    parts, last = [], 0
    for i in soft:  # slices, not a list of characters: a long text costs one copy
        parts.append(text[last:i])
        parts.append(" ")
        last = i + 1
    parts.append(text[last:])
    return "".join(parts)


_CUT_PARAGRAPH = 120
_NAME_END = re.compile(r"\s([A-Z][a-z]+)$")


def masked(text: str, ranges) -> str:
    """``text`` with the given ranges blanked (newlines kept), so offsets do not move."""
    if not ranges:
        return text
    # Slices, not a list of characters: a 20 MB text costs one copy, not 160 MB of pointers.
    parts: list[str] = []
    pos = 0
    for start, end in sorted((r.start, r.end) for r in ranges):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_NOT_NEWLINE = re.compile(r"[^\n]")


def clip_removed(text: str, ranges, start: int, end: int) -> tuple[int, int] | None:
    """The span [start, end) of ``text`` without the removed ``ranges`` (objects with
    ``start`` and ``end``, such as boilerplate): a span that starts inside a range starts
    after it, and one that runs into a range ends before it; whitespace at a cut is dropped.
    A span that touches no range is returned as it is. None when nothing of the article is
    left (the span is all boilerplate). ``(start, end)`` are character offsets."""
    cut = False
    for r in sorted(ranges, key=lambda r: r.start):
        if r.end <= start or end <= r.start:
            continue
        cut = True
        if r.start <= start:
            start = r.end
        else:
            end = r.start
            break
    if cut:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return (start, end) if start < end else None
