"""A block of links to other articles at the very end of a page, with no heading over it.

Copied from a news page, an article is often followed by the outlet's list of other
stories: headlines ("Talks Stall As Both Sides Dig In"), or "Speaker - what they said -
headline" lines. None of them ends as a sentence of the article does, and a quoted phrase
or a name in them became a quote or an actor of the article. A ``Read more:`` heading over
such a list is ``boilerplate._TEASER_START``'s; this module finds the list without one.
The lines of a list share a shape (all headlines in title case, all bulleted, or all
"X - Y" lines), which the article's last lines (a subheading, a paragraph cut short) do not.
"""

from __future__ import annotations

import re

# Two such lines at least: one line alone at the end is often the article's own (a truncated
# paragraph, a caption, a place name, a credit).
MIN_LINES = 2
# A teaser line: 3 to 50 words ("Speaker - what they said - headline" lines run long).
MIN_WORDS, MAX_WORDS = 3, 50
MAX_CHARS = 320

_CLOSERS = "\"'’”»)]"
# How a sentence, a label or a clause ends: such a line is the article's, or a heading of it.
_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")
# A credit line: the writer's or the photographer's, the source of a copy.
_CREDIT = re.compile(
    r"^(?:(?:written|posted|reported|story|words|text|photos?|edited|reporting|additional reporting|editing|compiled)\s+)?"
    r"by\s|^(?:source|photo|image|credit|reporting|editing|contact|email|e-mail)s?\b",
    re.IGNORECASE,
)


def teaser_line(text: str) -> bool:
    """True when the stripped line ``text`` reads as a headline in a list of links: 3 to 50
    words, at most 320 characters, beginning with a capital, a digit, a quote mark or a
    list bullet, not ending as a sentence or a clause does (a closing quote mark or bracket
    aside), and no credit ("By …", "Source: …", "Photo: …")."""
    words = text.split()
    if not (MIN_WORDS <= len(words) <= MAX_WORDS) or len(text) > MAX_CHARS:
        return False
    body = text.lstrip("-–—•·*▸► ").lstrip("\"'‘“«")
    if not body or not (body[0].isupper() or body[0].isdigit()):
        return False
    if text.rstrip(_CLOSERS).endswith(_SENTENCE_END):
        return False
    return not _CREDIT.match(body)


_BULLET = re.compile(r"^[-–—•·*▸►]\s")
# "Speaker - what they said": a spaced dash between two parts, the second capitalised.
_DASHED = re.compile(r"\S\s+(?:-{1,2}|–|—)\s+[\"'‘“«]?[A-Z0-9]")


def line_shapes(text: str) -> frozenset[str]:
    """The shapes a list's line can have that ``text`` has: "title" (title case), "bullet"
    (a list bullet first), "dashed" (an "X - Y" line)."""
    from .boilerplate import _title_case

    shapes = set()
    if _title_case(text):
        shapes.add("title")
    if _BULLET.match(text):
        shapes.add("bullet")
    if _DASHED.search(text):
        shapes.add("dashed")
    return frozenset(shapes)


def trailing_teasers(lines: list[str], skip=lambda k: False) -> tuple[int, int] | None:
    """(first, last) index into ``lines`` (stripped lines of the page, blank ones "") of the
    block of ``teaser_line`` lines of one shape (``line_shapes``) that ends the page, blank
    lines and the lines ``skip(k)`` says are boilerplate already (a copyright line under the
    list) aside. None when fewer than ``MIN_LINES`` end the page, or when no line before
    them ends as a sentence does (the whole text is such lines: a list, not an article with
    links under it)."""
    last = first = None
    count = 0
    shared = None
    k = len(lines) - 1
    while k >= 0:
        text = lines[k]
        if not text or skip(k):
            k -= 1
            continue
        if not teaser_line(text):
            break
        shapes = line_shapes(text) if shared is None else shared & line_shapes(text)
        if not shapes:
            break
        shared = shapes
        first = k
        last = k if last is None else last
        count += 1
        k -= 1
    if count < MIN_LINES:
        return None
    if not any(t.rstrip(_CLOSERS).endswith((".", "!", "?")) for t in lines[:first]):
        return None
    return first, last
