"""Names the model runs on into a headline's verb: on a title-case heading line ("Marova Resigns
As Protesters Storm Palace", "Okafor Vows Revenge After Border Ambush") spaCy often tags the name
and the verb after it as one PERSON, or the whole line as one ORG. The verb is a word the story writes in lower case ("resigned", "says");
the name is one the story writes again without it. Such a span is cut back to the name.

Works on the entity list of nlp/entities.py (spaCy spans); no spaCy import here."""

from __future__ import annotations

import re

# The small words a title-case heading leaves in lower case, and a lower-case word (also read by
# nlp/entities.py's heading rules).
HEADLINE_SMALL = frozenset("a an the and or of on in at to for with as by from vs".split())
LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
_ENDINGS = ("s", "es", "d", "ed", "ing")


def _title_case(line: str) -> bool:
    """A heading line: no closing full stop, every word capitalised or a small word."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return (len(words) >= 2 and line[-1:] not in ".?!\"”’"
            and all(w[:1].isupper() or w in HEADLINE_SMALL for w in words))


def written_lower(word: str, lows: frozenset[str]) -> bool:
    """``word`` (lower case) or an inflection of its stem is among the text's lower-case
    words: "resigns" for "resigned", "vows" for "vowed", "flees" for "fled" is not caught."""
    if word in lows:
        return True
    stems = {word}
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stems.add(word[: -len(end)])
    return any(s + end in lows for s in stems for end in ("", *_ENDINGS))


def headline_verb_tails(doc, ents: list, text: str, relabel) -> tuple[list, bool]:
    """Cut a name's span on a title-case heading line back to the name when the words after it
    are words the text writes in lower case elsewhere (the headline's verb, "Resigns", "Vows
    Revenge After Border Ambush"): a PERSON span when the name without them is written again in
    the text while the whole span is not; an ORG span (the model's reading of a whole headline)
    only when the name is a person the text names elsewhere (a PERSON entity, or its last word).
    ``text``: the doc's text; ``relabel(doc, span, label)``: pipeline.relabeled_span. Returns
    the entities and whether any changed."""
    out: list = []
    changed = False
    lows: frozenset[str] | None = None
    people: set[str] | None = None
    for e in ents:
        if e.label_ not in ("PERSON", "ORG") or len(e) < 2:
            out.append(e)
            continue
        lo = text.rfind("\n", 0, e.start_char) + 1
        hi = text.find("\n", e.end_char)
        line = text[lo : hi if hi >= 0 else len(text)].strip()
        if not _title_case(line) or text.count(e.text) > 1:
            out.append(e)
            continue
        if lows is None:
            lows = frozenset(LOWER_WORD.findall(text))
        if e.label_ == "PERSON":
            k = len(e)
            while k > 1 and e[k - 1].is_alpha and written_lower(e[k - 1].lower_, lows):
                k -= 1
            name = doc[e.start : e.start + k]
            again = k < len(e) and re.search(rf"\b{re.escape(name.text)}\b", text[: e.start_char] + " " + text[e.end_char :])
        else:
            if people is None:
                people = {x.text for x in ents if x.label_ == "PERSON" and x.start_char > e.end_char}
                people |= {x[-1].text for x in ents if x.label_ == "PERSON" and x.start_char > e.end_char}
            k = next((j for j in range(1, len(e)) if e[j].is_alpha and written_lower(e[j].lower_, lows)), len(e))
            name = doc[e.start : e.start + k]
            again = k < len(e) and name.text in people
        if again:
            out.append(relabel(doc, name, "PERSON"))
            changed = True
            continue
        out.append(e)
    return out, changed
