"""PERSON and ORG entities that name no actor: headline words, code names, job titles.

The model reads capitals as names, so three kinds of capitalised words become "people" or
"organisations" that no one is:

- words of a line written in Title Case or in capitals (a headline or a heading: "Peru Accuses
  Bolivia, Recalls Envoy", "NEW LEVEL OF AGGRESSION"), where verbs and common nouns are
  capitalised too ("Accuses" a person, "Condemns Raids" a person, "A Show of Force" an
  organisation). Such an entity names someone only when the body of the article confirms it:
  for a PERSON, a word of its name is part of a PERSON entity of the body, or is written with its
  capital in the middle of a body sentence ("Quispe Warns Bolivia" is confirmed by "Defence
  Minister Ana Quispe said"; a text that is mostly such lines, all in capitals or a list of
  headlines, has no body to confirm them, and this rule is not applied); an ORG of a headline
  is no body when it starts with "A" or "An" ("A Show of Force": a phrase; a body is "the" one);
- an exercise's or an operation's numbered code name: the entity holds, or is right before, a
  word with a hyphen and a number ("Joint" of "Joint Sword-2024A", "Operation Iron Shield-2023"),
  and it is given as a name: in quotes, after a naming word ("named", "dubbed", "code-named"), or
  after or starting with "Operation" or "Exercise". A name without a number stays ("Operation
  Barkhane" speaks and acts as a force does), and so does a body before a model of aircraft
  ("the Air Force F-16 jets": no name is given there);
- a job title the model took for a body: an ORG entity whose last word is an occupation that is
  not an office ("the Center Fellow", "a Senior Fellow", "the Policy Analyst"), with no "of" or
  "for" before it ("the Office of the Special Envoy" is a body).

Plain text and entity offsets in; character spans out (``actors._mentions`` adds
them to the spans where no person or organisation mention is made, as it does with
``common_noun_persons``). Nothing here knows any article.
"""

from __future__ import annotations

import re
from typing import Iterable

from .models import Entity
from .nlp.lexicon import NAMING_CUES, TITLE_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_POSSESSIVE = re.compile(r"[’']s$")
# Words a Title Case headline leaves in lower case ("of", "in", "the"): they decide nothing.
_MINOR = frozenset(
    "a an the of in on at to for and or but nor by with from as vs vs. via per into over after amid near".split()
)
# A code name's numbered word: "Sword-2024A", "Shield-2023", "Wave-24".
_DESIGNATION = re.compile(r"^[A-Z][a-z]{2,}-\d{2,4}[A-Z]?$")
# What gives a name right before it: a naming word, an opening quote, "Operation".
_NAMED_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(c) for c in NAMING_CUES) + r"|operation|exercise|exercises)\s+[\"“‘']?|[\"“‘'])$", re.I)
# Occupations that are no office (an office, "Minister", "Director", is the job of other rules):
# a phrase ending in one is a person described by their job, never a body.
OCCUPATIONS = frozenset(
    """
    fellow professor researcher scholar lecturer analyst economist scientist expert associate
    correspondent reporter editor journalist consultant strategist historian academic
    """.split()
)


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def title_case_line(line: str) -> bool:
    """Whether ``line`` (one line of an article) is a headline or a heading: at least three words
    besides the minor ones ("of", "the"), four in five of them capitalised, and no sentence's
    full stop at its end; or two words or more all in capitals ("NEW LEVEL OF AGGRESSION")."""
    stripped = line.strip()
    words = [w for w in _words(stripped) if w.lower() not in _MINOR]
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 2 and all(w.isupper() for w in letters if len(w) > 1) and sum(len(w) > 1 for w in letters) >= 2:
        return True
    if len(letters) < 3 or stripped.endswith("."):
        return False
    return sum(w[:1].isupper() for w in letters) >= 0.8 * len(letters)


def _title_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text``'s Title Case lines (``title_case_line``)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if title_case_line(line):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _mid_sentence(text: str, word: str, titles: list[tuple[int, int]]) -> bool:
    """Whether ``word`` is written, with its capital, inside a sentence of a line that is no
    headline (after a word or a comma, not at a sentence's start)."""
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])", text):
        if _inside(titles, m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if before and (before[-1].isalnum() or before[-1] in ",;("):
            return True
    return False


def _headline_only(text: str, e: Entity, titles: list[tuple[int, int]], body: list[Entity]) -> bool:
    """Whether entity ``e`` of a headline is not confirmed by the body (module docstring)."""
    name = _POSSESSIVE.sub("", e.text.strip())
    if e.label == "ORG":
        return re.match(r"(?:A|An)\s", name) is not None  # "A Show of Force": a phrase, a body is "the" one
    words = [_POSSESSIVE.sub("", w) for w in name.split()]
    words = [w for w in words if len(w) >= 2 and w.lower() not in TITLE_WORDS and w.lower() not in _MINOR]
    in_body = {_POSSESSIVE.sub("", w) for b in body if b.label == e.label for w in b.text.split()}
    return not any(w in in_body or _mid_sentence(text, w, titles) for w in words)


def _code_name(text: str, e: Entity) -> bool:
    """Whether entity ``e`` is (a part of) an operation's code name (module docstring)."""
    words = e.text.split()
    after = re.match(r"[ \t]+([^\s,.;:!?”\"’)]+)", text[e.end : e.end + 30])
    numbered = any(_DESIGNATION.match(w.strip("“”\"‘’'")) for w in words) or after is not None and _DESIGNATION.match(after.group(1)) is not None
    return numbered and (words[0].lower() in ("operation", "exercise") or _NAMED_BEFORE.search(text, max(0, e.start - 30), e.start) is not None)


def _job_title(e: Entity) -> bool:
    """Whether ORG entity ``e`` is a job ("the Center Fellow"), not a body (module docstring)."""
    words = e.text.split()
    return e.label == "ORG" and len(words) >= 1 and _POSSESSIVE.sub("", words[-1]).lower() in OCCUPATIONS \
        and not any(w.lower() in ("of", "for") for w in words)


def nameless_entities(text: str, entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """The spans of the PERSON and ORG entities of ``text`` (its analysis's ``entities``) that name
    no actor: unconfirmed headline words, code names, job titles (module docstring); [] when none."""
    ents = [e for e in entities if e.label in ("PERSON", "ORG")]
    if not ents:
        return []
    titles = _title_spans(text)
    if 2 * sum(e - s for s, e in titles) > len(text.strip()):
        titles = []  # a text written in capitals or a list of headlines: no body to confirm them
    body = [e for e in ents if not _inside(titles, e.start, e.end)]
    out = []
    for e in ents:
        if _code_name(text, e) or _job_title(e) or _inside(titles, e.start, e.end) and _headline_only(text, e, titles, body):
            out.append((e.start, e.end))
    return out
