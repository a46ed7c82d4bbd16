"""A state's body named by its bare noun reporting without quote marks: "According to the government,
40 soldiers have been killed", "Two soldiers died, the army said.", "Authorities warn that the
operations will continue."

Such a sentence quotes no one and names no agent the parser can tag, so the analysis makes neither a
quote nor a frame of it; yet the body speaks, and it is the body of the country the article is about
(which country is the actors' business: these phrases become unnamed speakers, resolved like "the
army" of a quoted sentence).

Closed classes only: the nouns of a state's bodies, "according to", and the reporting verbs of
``nlp.lexicon.reporting_forms``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .nlp.lexicon import reporting_forms

# The bare nouns of a state's bodies that report (a closed class).
_BODY = (
    r"(?:government|authorities|army|military|police|presidency|presidential\s+office|junta"
    r"|security\s+forces|interior\s+ministry|defen[cs]e\s+ministry|national\s+government|federal\s+government)"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<np>the\s+{_BODY}|authorities|police)\b")


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    """The body as the subject of a reporting verb: at a sentence's or a line's start, or after a
    comma ("..., the army said"); an auxiliary and an adverb may come between ("has repeatedly
    denied"). Made on first use (``reporting_forms`` loads lemminflect)."""
    verb = "|".join(sorted((re.escape(f) for f in reporting_forms()), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<=^)|(?<=\n)|(?<=[.!?:;]\s)|(?<=[.!?][\"”’']\s)|(?<=,\s))"
        rf"(?P<np>(?:[Tt]he\s+)?{_BODY}|[Aa]uthorities|[Pp]olice)"
        rf"\s+(?:(?:has|have|had|also|later|earlier|again|repeatedly|previously|initially)\s+){{0,2}}(?:{verb})\b",
        re.M,
    )


def unquoted_reports(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each bare state body reporting in ``text`` outside the spans of
    ``quoted`` (character offsets of the quotes and their speakers): the phrase is the body as
    written ("the government", "Authorities"), in text order."""
    out = []
    for rx in (_ACCORDING, _subject()):
        for m in rx.finditer(text):
            s, e = m.span("np")
            if not any(qs < e and s < qe for qs, qe in quoted):
                out.append((s, e, m.group("np")))
    return sorted(set(out))
