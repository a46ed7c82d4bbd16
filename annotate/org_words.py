"""Words that make a capitalised phrase an organisation or a place, not a person's name.

One shared base set plus the extra words each check uses. The two checks were tuned
separately and their sets differ; they are kept apart (not merged into one union) because
a union changes which phrases each check calls a name (issue 13: no behaviour change).

- ``NAME_CHECK_ORG_WORDS`` (actors.py ``_name_like``): is an untagged capitalised phrase of
  two to four words someone's name? Extra words name bodies and movements, e.g.
  "Human Rights Watch", "National Front", "Coalition Government".
- ``ENTITY_FIX_ORG_WORDS`` (nlp/entities.py ``_name_after_title_or_country``): is an
  ORG/GPE/NORP span after a title or a country's possessive a person? Extra words name
  places, media, companies and security bodies, e.g. "Italy's Senate",
  "Ukraine's Security Service", "Poland's Baltic Sea".

All words are lower case; callers compare a lower-cased token.
"""

from __future__ import annotations

# Words both checks treat as an organisation or place.
ORG_WORDS_BASE = frozenset(
    """
    agency alliance army assembly association bank center centre city command commission
    committee company congress council court department federation force forces foundation
    fund group inc institute international kingdom league ltd ministry navy network news
    office organisation organization parliament party police post republic service state
    states times union university
    """.split()
)

# Only the name check in actors.py.
NAME_CHECK_EXTRA = frozenset(
    """
    authority board coalition corporation front government house movement watch operations relations
    corps brigade brigades battalion battalions committees
    """.split()
)

# Only the entity relabelling in nlp/entities.py.
ENTITY_FIX_EXTRA = frozenset(
    """
    airlines airport airways base club corp county defence defense guard industries
    intelligence journal media mountains ocean press radio region river sea security senate
    square staff station street systems television tv
    """.split()
)

NAME_CHECK_ORG_WORDS = ORG_WORDS_BASE | NAME_CHECK_EXTRA
ENTITY_FIX_ORG_WORDS = ORG_WORDS_BASE | ENTITY_FIX_EXTRA

# The last word of a newspaper's name ("Los Angeles Times", "Korea Herald", "Jerusalem Post").
NEWSPAPER_LAST_WORDS = frozenset(
    """
    Times Post Herald Tribune Journal Gazette Chronicle Observer Courier Examiner Inquirer Dispatch
    Telegraph Mirror Bulletin Globe
    """.split()
)
# Before "Post", a place of duty, not a paper ("a police post", "the Border Post").
_NOT_PAPER_BEFORE = frozenset("police border command observation check checkpoint army military security trading guard".split())


def newspaper_name(text: str) -> bool:
    """Two to five capitalised words (after an optional "The"; "of", "and", "&" allowed) ending in
    a newspaper's word ("Los Angeles Times", "The Korea Herald", "Daily Chronicle"), or starting
    with "Daily" ("Daily Sabah"); not a place of duty ("Police Post")."""
    words = text.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() or w in ("of", "and", "&") for w in words):
        return False
    if words[0] == "Daily":
        return True
    return words[-1] in NEWSPAPER_LAST_WORDS and words[-2].lower() not in _NOT_PAPER_BEFORE
