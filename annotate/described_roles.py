"""People an article introduces by what they do, in words the office-title rules do not read: an
apposition with an indefinite article and only common nouns ("X, an organiser of the protests,",
"X, a civil engineer,"), or "one of" a group of people before the name ("One of the family's
lawyers, X,", "one of his sons, X"). The back-off of ``inferred_affiliation`` may take such a
person for a private person of the story; the phrase still has to pass ``introduced_locally``
(no national office, no analyst or other observer).

Not read: an apposition with a capitalised word ("X, a Hamas official", "X, a member of the
Taliban": the organisation rules decide), a relative clause ("X, who ..."), a bare age."""

from __future__ import annotations

import re

# ", an organiser of the protests," / ", a civil engineer." after the name; the words after "of",
# "at", "for", "in", "with" or "from" are lower-case too (no organisation or place named).
_APPOSED = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?P<phrase>an?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
    r"(?:\s+(?:of|at|for|in|with|from)\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*)?)\s*(?=[,;]|\.(?:\s|$)|$)")
# "one of the lawyers, " / "One of Camara's lawyers, " / "one of his sons, " right before the name.
_ONE_OF = re.compile(
    r"\b(?P<phrase>one\s+of\s+(?:(?:the\s+)?[\w-]+[’'´]s|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
    r"(?:\s+of\s+(?:the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?)\s*,\s*$", re.I)
# Words that open a clause, not a description ("X, a day after ...", "X, as well as").
_NOT_ROLES = frozenset("day week month year time moment few number lot total".split())


def described_role(text: str, start: int, end: int) -> str:
    """The words that say what the person named at ``text[start:end]`` does, when the article
    introduces them by an apposition of common nouns after the name or by "one of ..." before it
    (module docstring); "" when neither."""
    if (m := _APPOSED.match(text, end, min(len(text), end + 120))) is not None:
        words = m.group("phrase").split()
        if not set(w.lower() for w in words[1:]) & _NOT_ROLES:
            return m.group("phrase")
    if (m := _ONE_OF.search(text, max(0, start - 80), start)) is not None:
        return m.group("phrase")
    return ""
