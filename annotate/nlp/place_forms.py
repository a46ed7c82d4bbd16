"""Places too small for the gazetteer (a lake, a post, a road, a camp on a border) that the small
model tags as a person or an organisation, found by the form of their name or by how the text
uses it:

- a lake's or a glacier's name: the last word a word for a lake in English or in the language of
  the place ("Karakul Lake", "Tsomo Tso", "Loch Varra"), the first "Lake" or "Mount" ("Lake
  Varda"); never after a first name the name dictionary knows ("Ricki Lake");
- a boundary line named "Line of ..." ("the Line of Contact", "the Line of Actual Control") and
  the acronym in brackets after it ("(LoC)");
- a bank or shore named by its side ("the South Bank of Varda"), and what has banks or shores
  ("both banks of Tisova": a lake or a river);
- a road or an axis between places: three names or more joined by hyphens
  ("Kelso-Tarbin-Umrath"), or hyphenated names before "road", "highway", "axis";
- the items of a list of places ("areas such as Kasro, Mbelu Dara and Tindouk", in
  ``entities._listed_places``);
- a name the text only ever puts where something happens ("the talks took place at Velmoro
  near Kadrin", "the meeting in Velmoro"), never with a person's cue anywhere.

Each is relabelled LOC (a feature, a line, an area) or FAC (a road), never when the words around
that mention make it a person's (``place_names.person_cue``) or it is the subject of a reporting
verb ("Tsomo Tso said": someone).
"""

from __future__ import annotations

import re

from .lexicon import REPORTING_VERBS
from .pipeline import relabeled_span
from .place_names import person_cue

# Last words of the name of a lake or an ice field: English, Scots and Irish, Tibetan ("tso"),
# Mongolian ("nuur"), Turkic ("köl", "göl"); not "Nur" or "Kul", which are also family names.
LAKE_LAST_WORDS = frozenset("lake lakes loch lough tso nuur köl göl glacier".split())
# First words of a lake's or a mountain's name ("Lake Varda", "Mount Kelso").
LAKE_FIRST_WORDS = frozenset("lake loch lough mount mt".split())
# Last words of a side of water or land named by its side ("the South Bank", "the North Shore").
_SIDE_WORDS = frozenset("bank shore coast side".split())
_COMPASS = frozenset("north south east west northern southern eastern western".split())
# Lower-case nouns after a road's or an axis's name ("the Kelso-Tarbin road").
ROAD_NOUNS = frozenset("road roads highway highways axis route routes motorway expressway railway railroad corridor".split())
# Prepositions of where something is: "at Velmoro", "in Velmoro", "near Velmoro".
_AT = frozenset("at in near outside inside around along across".split())
# Nouns and verbs that take "in" or "at" before a person: "confidence in Smith", "aimed at Smith".
_NOT_WHERE = frozenset(
    """
    confidence trust faith belief interest pride hope stake role part share
    believe trust invest look aim point stare glance laugh shout smile hit lash swipe jab
    direct fire snap wink nod yell scream marvel arrive succeed fail
    angry furious upset mad annoyed frustrated disappointed surprised good expert
    """.split()
)


def _words(e) -> list:
    return [t for t in e if t.is_alpha and t.lower_ != "the"]


def _capitalised(words) -> bool:
    return bool(words) and all(t.text[:1].isupper() for t in words if t.lower_ not in ("of", "and"))


def _speaks(e) -> bool:
    """The subject of a reporting verb ("Tsomo Tso said"): someone's name."""
    root = e.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in REPORTING_VERBS


def _known_first_name(word: str) -> bool:
    from .syntax import first_name_gender

    return first_name_gender(word) is not None


def lake_name(doc, e) -> bool:
    """Span ``e`` names a lake, a glacier or a mountain by its form (module docstring)."""
    words = _words(e)
    if len(words) < 2 or not _capitalised(words) or person_cue(doc, e) or _speaks(e):
        return False
    if words[0].lower_ in LAKE_FIRST_WORDS:
        return True  # "Lake Varda", "Mount Kelso"
    return words[-1].lower_ in LAKE_LAST_WORDS and not _known_first_name(words[0].text)  # not "Ricki Lake"


_LINE_OF = re.compile(r"(?:the\s+)?Line\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", re.I)


def line_name(doc, e) -> bool:
    """Span ``e`` is a boundary line's name "Line of ..." ("the Line of Contact"), not said to
    speak."""
    return _LINE_OF.fullmatch(" ".join(e.text.split())) is not None and any(t.text == "Line" for t in e) and not _speaks(e)


def side_name(doc, e) -> bool:
    """Span ``e`` names a side of water or land: a compass word and "Bank", "Shore", "Coast" or
    "Side" ("the South Bank"), followed by "of" or holding it ("the South Bank of Varda")."""
    words = _words(e)
    if len(words) < 2 or words[0].lower_ not in _COMPASS or words[1].lower_ not in _SIDE_WORDS or not words[1].text[:1].isupper():
        return False
    return (len(words) > 2 and any(t.lower_ == "of" for t in e)) or (e.end < len(doc) and doc[e.end].lower_ == "of")


def _road_name(doc, span) -> bool:
    """``span`` names a road or an axis between places: three capitalised names or more joined by
    hyphens ("Kelso-Tarbin-Umrath"), or two before a road's noun ("the Kelso-Tarbin road")."""
    text = span.text.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    parts = [p for p in re.split(r"\s*[-–]\s*", text) if p]
    if len(parts) < 2 or "-" not in text and "–" not in text or not all(w[:1].isupper() for p in parts for w in p.split()):
        return False  # also "Abdul-Malik al-Houthi": a name's article, someone's
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in ROAD_NOUNS:
        return True
    # three names, the first no first name ("Marie-Anne Dupont-Aignan" is someone's)
    return len(parts) >= 3 and not _known_first_name(parts[0].split()[0])


def road_names(doc, ents: list) -> tuple[list, bool]:
    """A PERSON or ORG span naming a road or an axis between places (``_road_name``), with the
    capitalised words and name spans right after it that the model cut off ("Darvaz-Khorog" +
    "Osh Pass" before "road"), becomes one FAC span, unless the words around it make it a
    person's. Returns the entities and whether any changed."""
    out, changed, skip = [], False, -1
    by_start = {e.start: e for e in ents}
    for e in ents:
        if e.start < skip:
            continue
        if e.label_ not in ("PERSON", "ORG") or not any(t.text in ("-", "–") for t in e) or person_cue(doc, e) or _speaks(e):
            out.append(e)
            continue
        k = e.end
        while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and k - e.end < 4:
            nxt = by_start.get(k)
            if nxt is not None:
                if nxt.label_ not in ("PERSON", "ORG", "GPE", "LOC"):
                    break
                k = nxt.end
            elif any(x.start < k < x.end for x in ents):
                break
            else:
                k += 1
        span = doc[e.start : k]
        if not _road_name(doc, span) or _speaks(span):
            out.append(e)
            continue
        out.append(relabeled_span(doc, span, "FAC"))
        changed, skip = True, k
    return out, changed


def acronyms_of_places(doc, ents: list) -> tuple[list, bool]:
    """An acronym in brackets right after a place's span ("the Line of Contact (LoC)") whose letters
    are the place's initials is that place (LOC), wherever the text writes it. Returns the entities
    and whether any changed."""
    found: set[str] = set()
    for e in ents:
        if e.label_ not in ("LOC", "GPE", "FAC") or e.end + 2 >= len(doc):
            continue
        if doc[e.end].text != "(" or doc[e.end + 2].text != ")":
            continue
        acr = doc[e.end + 1].text
        words = [t.text for t in e if t.is_alpha and t.lower_ != "the"]
        initials = {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[:1].isupper())}  # "LoC", "LAS"
        if acr.isalpha() and 2 <= len(acr) <= 6 and acr[:1].isupper() and acr.upper() in initials:
            found.add(acr)
    if not found:
        return ents, False
    out, changed = [], False
    for e in ents:
        if e.label_ in ("ORG", "PERSON", "NORP") and e.text.strip() in found:
            e, changed = relabeled_span(doc, e, "LOC"), True
        out.append(e)
    return out, changed


def _where(t) -> bool:
    """Token ``t`` (a name's root) is the object of a preposition of place whose head is no
    noun or verb of attitude ("confidence in", "aimed at")."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in _AT:
        return False
    head = prep.head
    return head.lemma_.lower() not in _NOT_WHERE and head.lower_ not in _NOT_WHERE


def places_where_things_happen(doc, ents: list, people: set[str]) -> tuple[list, bool]:
    """A PERSON name the text puts, at least once, after a preposition of place ("met at Velmoro",
    "the meeting in Velmoro") and never with a person's cue (a title, an apposition of a person,
    the subject of a verb, a possessive), nor as part of a person's full name (``people``: the
    words of PERSON spans of two words or more), nor a first name the name dictionary knows, is a
    place (GPE) in every mention. Returns the entities and whether any changed."""
    by_text: dict[str, list] = {}
    for e in ents:
        if e.label_ == "PERSON":
            by_text.setdefault(e.text.strip(), []).append(e)
    places = set()
    for text, mentions in by_text.items():
        words = text.split()
        if not text or not all(w[:1].isupper() for w in words) or len(words) > 3 or text in people:
            continue
        if any(w in people for w in words) or _known_first_name(words[0]):
            continue
        if not any(_where(m.root) for m in mentions):
            continue
        if any(person_cue(doc, m) or m.root.dep_ in ("nsubj", "nsubjpass", "poss", "appos", "dobj")
               or (m.end < len(doc) and doc[m.end].text in ("’s", "'s")) for m in mentions):
            continue
        places.add(text)
    if not places:
        return ents, False
    out = []
    for e in ents:
        if e.label_ == "PERSON" and e.text.strip() in places:
            e = relabeled_span(doc, e, "GPE")
        out.append(e)
    return out, True
