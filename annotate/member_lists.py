"""People listed together and then said to belong to one group: "The dead were identified as A, B,
C and D. All were members of the banned Red Dawn Front" -> each is of the Red Dawn Front."""

from __future__ import annotations

import re

# "All were part of the banned X", "Both are members of X", ", all members of the X".
_ALL_OF = re.compile(
    r"(?:\b(?:All|Both)(?:\s+of\s+them)?\s+(?:were|are|had\s+been|have\s+been)|,\s+(?:all|both)(?:\s+of\s+them)?)\s+"
    r"(?:(?:active|senior|hardcore|armed)\s+)?(?:part|members?|cadres?|fighters?|militants?|operatives?)\s+of\s+"
    r"(?:the\s+)?(?:(?:banned|outlawed|proscribed|armed|militant|rebel|insurgent|jihadist|separatist)\s+)*(?P<group>[^.;\n]{2,80})")


def listed_group(text: str, end: int, people_between: int) -> tuple[int, str] | None:
    """(offset, words) of the group a list of people is said to belong to after the person named
    right before ``text[end]``: the words after "All were members of", "Both are part of" or ", all
    members of" within 400 characters of the same paragraph (the group's name starts them:
    "the banned Red Dawn Front’s northern unit" -> "Red Dawn Front’s northern unit"); None when
    there is no such clause or ``people_between`` (the people named between the person and the
    clause, the rest of the list, and before the person in its list) is fewer than one: a
    list names two people at least."""
    if people_between < 1:
        return None
    para_end = text.find("\n", end)
    m = _ALL_OF.search(text, end, min(end + 400, para_end if para_end >= 0 else len(text)))
    if m is None:
        return None
    return m.start("group"), m.group("group")


def group_named(words: str, names: list[tuple[str, str]]) -> str | None:
    """The id of the group whose name (``names``: (name, id) pairs) starts ``words``, the longest
    name first; None when none does."""
    for name, aid in sorted(names, key=lambda n: -len(n[0])):
        if len(name) >= 2 and words.startswith(name) and not re.match(r"[\w-]", words[len(name) : len(name) + 1]):
            return aid
    return None
