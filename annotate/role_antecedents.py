"""A speaker named again by the role the article introduced them with: "A teacher, Marta Okonjo,
disclosed that ... The teacher added: “…”"; "Ivo Brandt, a farmer, said ... the farmer said".

News introduces a private person once, by a role noun in apposition to their name, and then
calls them by the role with "the". "The source" is how a report calls the one who gave it the
information: the last person it introduced so, whatever the role ("A resident, X, said ...
Daily Trust quoted the source as saying:").

Pure function on the article's text; :meth:`annotate.actors.ActorResolver.resolve_speakers`
maps the name's span to the person's actor.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
_ROLE = r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?"
# "A teacher, Marta Okonjo," / "One resident, Ivo Brandt,"
_ROLE_FIRST = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<role>{_ROLE}),\s+(?P<name>{_NAME})\s*,")
# "Ivo Brandt, a farmer," / "Ivo Brandt, a local farmer who ..."
_NAME_FIRST = re.compile(rf"(?P<name>{_NAME}),\s+an?\s+(?P<role>{_ROLE})\b")
# The definite speaker phrase: "the teacher", "The source", "the local farmer".
_DEFINITE = re.compile(rf"^[Tt]he\s+(?P<role>{_ROLE})$")
# Words that never introduce a person's role ("a statement, X," / "a day, Monday,").
_NOT_ROLES = frozenset("statement report day week month year town village city district province region".split())
# How far back (characters) the introduction may lie.
REACH = 2500


_FUNCTION_WORDS = frozenset("who whose which that from in of at on and with for by to as".split())


def _head(role: str) -> str:
    """The role's noun: its last word before a function word ("farmer who" -> "farmer")."""
    words = [w.lower() for w in role.split()]
    while len(words) > 1 and words[-1] in _FUNCTION_WORDS:
        words.pop()
    return words[-1]


def role_antecedent(phrase: str, text: str, start: int) -> tuple[int, int] | None:
    """The span of the name a definite role phrase (``phrase``, at ``text[start]``) stands for:
    the last name before it introduced with the same role noun (its last word: "the farmer" for
    "a local farmer"), or, for "the source", with any role; None when there is none within
    ``REACH`` characters, or the phrase is not "the" and a role in lower case."""
    m = _DEFINITE.match(" ".join(phrase.split()))
    if m is None:
        return title_acronym_antecedent(phrase, text, start)
    want = _head(m.group("role"))
    if want in _NOT_ROLES:
        return None
    lo = max(0, start - REACH)
    best: tuple[int, int] | None = None
    for rx in (_ROLE_FIRST, _NAME_FIRST):
        for found in rx.finditer(text, lo, start):
            role = _head(found.group("role"))
            if role in _NOT_ROLES or found.end("name") > start:
                continue
            if role == want or want == "source":
                span = (found.start("name"), found.end("name"))
                if best is None or span[0] > best[0]:
                    best = span
    return best


# "the CP", "The IGP": a title by its initials.
_ACRONYM = re.compile(r"^[Tt]he\s+(?P<acr>[A-Z]{2,5})$")
# A capitalised title of two to five words, "of"/"for"/"the" between them ("Commissioner of Police",
# "Inspector General of Police"), then the name, directly or after a short lower-case aside and a
# comma ("Commissioner of Police in the state, Ada Bello,").
_TITLE_THEN_NAME = re.compile(
    rf"(?P<title>[A-Z][a-z]+(?:\s+(?:(?:of|for|the)\s+)*[A-Z][a-z]+){{1,4}})"
    rf"(?:\s+[a-z][\w\s]{{0,30}}?)?,?\s+(?P<name>{_NAME})\b"
)
_LINKS = frozenset("of for the".split())


def _initials(title: str) -> str:
    return "".join(w[0] for w in title.split() if w.lower() not in _LINKS).upper()


def title_acronym_antecedent(phrase: str, text: str, start: int) -> tuple[int, int] | None:
    """The span of the name a title's initials stand for: "the CP" after "Commissioner of Police
    Ada Bello" or "Commissioner of Police in the state, Ada Bello,"; the last such name before
    ``start`` within ``REACH`` characters, None when none or ``phrase`` is no "the" and 2-5 capitals."""
    m = _ACRONYM.match(" ".join(phrase.split()))
    if m is None:
        return None
    best = None
    for found in _TITLE_THEN_NAME.finditer(text, max(0, start - REACH), start):
        title = found.group("title")
        words = title.split()
        # the title may open with words that are not its own ("Zamfara Commissioner of Police")
        for k in range(len(words)):
            if words[k].lower() not in _LINKS and _initials(" ".join(words[k:])) == m.group("acr"):
                best = (found.start("name"), found.end("name"))
                break
    return best
