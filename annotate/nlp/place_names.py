"""Names a document itself makes places, whatever label the small model gives them.

A capitalised name right before a noun of a settlement or an administrative unit ("Tama Lo
village", "the Sarzeh border crossing", "a Tama Lo villager"), or after one with "of"
("the villagers of Tama Lo", "the district of Dang"), names a place. Such a name is a place
wherever the text writes it again, also misspelt by a letter or two ("Tmaa Lo"), unless the
words around that mention make it a person's (a title or a role before it, a reporting verb
next to it, an apposition with a title or a person's noun after it).
"""

from __future__ import annotations

import re

from ..org_words import ENTITY_FIX_ORG_WORDS
from ..places import place
from .doc_text import doc_text
from .lexicon import NAME_TITLES, OFFICIAL_NOUNS, REPORTING_VERBS, TITLE_WORDS
from .pipeline import relabeled_span

# Lower-case nouns that, right after a capitalised name, make it a place ("Tama Lo village",
# "Dang district", "a Tama Lo villager", "Tama Lo residents").
PLACE_HEADS = frozenset(
    """
    village villages town towns township townships hamlet hamlets district districts county
    province provinces governorate governorates oblast municipality tehsil subdistrict commune
    locality neighbourhood neighborhood suburb region regions city valley crossing checkpoint
    villager villagers townspeople residents inhabitants prefecture prefectures airbase airfield
    """.split()
)
# A military or border post after its place's name ("the Tessit post", "the Tessit outpost"); not
# a post on a medium ("the Tessit post on X") nor a post office.
_POST_HEADS = frozenset("post outpost garrison".split())
# After "border" or "frontier": "the Sarzeh border crossing", "the Sarzeh border post", "the
# Sarzeh border town".
_BORDER_HEADS = frozenset("crossing crossings post posts checkpoint gate point town village area region district city".split())
# Before "camp": "the Dara refugee camp" (a bare "camp" is also a person's: "the Biden camp").
_CAMP_KINDS = frozenset("refugee refugees displacement displaced idp idps".split())
# Nouns before "of" that make what follows a place: "the villagers of Tama Lo".
# Also the banks and shores of a lake or a river ("both banks of Tisova", "the northern shore of X").
_OF_HEADS = PLACE_HEADS - {"villager", "crossing", "checkpoint", "valley"} | frozenset(("outskirts", "bank", "banks", "shore", "shores"))
# Nouns for a person written right before a name ("Villager Tama Lo said"): the name is theirs.
_PERSON_NOUNS = frozenset("villager resident farmer witness survivor fighter elder".split())
# Heads of an apposition that makes a name a person's ("Tama Lo, a farmer,"), with titles.
_PERSON_APPOSITION = _PERSON_NOUNS | frozenset(
    "man woman boy girl father mother son daughter brother sister husband wife teacher student doctor nurse "
    "member activist journalist worker driver shopkeeper trader".split())
# Capitalised last words of a place's name ("Htee Hpoe Village", "Kalay District"), never of a
# person's; of an organisation's only for the first ones ("Mecklenburg County" may be its
# government; "Kachin State" is left out: "Kachin" is also a people's name).
_NAME_HEADS = frozenset("village township hamlet tehsil governorate oblast district province region prefecture".split())
_PERSON_ONLY_HEADS = frozenset("county municipality".split())
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# Spans of these labels may be turned into places (never a nationality: "Kachin" of "Kachin State").
_RELABEL = ("PERSON", "ORG")


def document_place_names(doc, ents: list, gazetteer) -> tuple[list, bool, frozenset[str]]:
    """Find the names ``doc`` writes as places (module docstring) among ``ents`` (spaCy
    spans, in order) and make every PERSON or ORG span with such a name, or one a
    letter or two from it, GPE unless ``person_cue`` holds there (also a PERSON or ORG span
    ending in a capitalised place noun: "Htee Hpoe Village"). Returns (the entities,
    whether any changed, the names found, as written before the place noun)."""
    names: dict[str, str] = {}  # casefolded -> as written
    n = len(doc)
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue
        words = [t for t in e if not t.is_space]
        if not words:
            continue
        end = words[-1].i + 1
        last = words[-1].lower_
        if e.label_ in _RELABEL and len(words) >= 2 and words[-1].is_title and (
                last in _NAME_HEADS or e.label_ == "PERSON" and last in _PERSON_ONLY_HEADS) and not person_cue(doc, e):
            _add(names, doc[e.start : end], gazetteer)  # "Htee Hpoe Village" tagged PERSON
            continue
        if e.label_ in _PLACE_LABELS:  # "Tama Lo village" tagged GPE whole: the name is "Tama Lo"
            k = end
            while k > e.start and (doc[k - 1].is_lower and doc[k - 1].lower_ in PLACE_HEADS
                                   or doc[k - 1].is_title and doc[k - 1].lower_ in _NAME_HEADS | _PERSON_ONLY_HEADS):
                k -= 1
            if k < end and k > e.start:
                _add(names, doc[e.start : k], gazetteer)
                continue
            if end < n and _head_after(doc, end):  # "Tama Lo" (GPE) "village"
                _add(names, doc[e.start : end], gazetteer)
            continue
        if end < n and (_head_after(doc, end) or _of_before(doc, e.start)) and not person_cue(doc, e):
            _add(names, doc[e.start : end], gazetteer)
    if not names:
        return ents, False, frozenset()
    out, changed = [], False
    for e in ents:
        if e.label_ in _RELABEL and _matches(_bare(e.text), names) and not person_cue(doc, e):
            e, changed = relabeled_span(doc, e, "GPE"), True
        out.append(e)
    return out, changed, frozenset(names.values())


def _bare(text: str) -> str:
    text = " ".join(text.split())
    return text[4:] if text[:4].lower() == "the " else text


def _add(names: dict[str, str], span, gazetteer) -> None:
    """Keep ``span``'s text as a place name when it is shaped like one: capitalised words,
    no organisation's word, no country, outlet, alias-file name or known place."""
    text = _bare(span.text)
    alpha = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if not alpha or not all(t.text[:1].isupper() for t in alpha) or len(text) < 3:
        return
    if any(t.lower_ in ENTITY_FIX_ORG_WORDS for t in alpha):
        return
    if gazetteer.country(text) or gazetteer.canonical(text) or gazetteer.is_outlet(text):
        return
    if place(text, tuple(gazetteer.places)) is not None:
        return  # a known place: entities.py labels it by its kind ("Nagorno-Karabakh": LOC)
    names.setdefault(text.casefold(), text)


def _head_after(doc, i: int) -> bool:
    """A place noun at ``doc[i]``: "village", "border crossing", "refugee camp"."""
    t = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not t.is_lower:
        return False
    if t.lower_ in ("border", "frontier"):
        return nxt is not None and nxt.lower_ in _BORDER_HEADS
    if t.lower_ in _CAMP_KINDS:
        return nxt is not None and nxt.lower_ in ("camp", "camps")
    if t.lower_ == "air" and nxt is not None and nxt.lower_ == "base":
        return True  # "the Tarsa air base"
    if t.lower_ == "town" and nxt is not None and nxt.lower_ == "hall":
        return False  # "the Biden town hall"
    if t.lower_ in _POST_HEADS:  # "attacked the Tessit post", "the Tessit outpost": a military post
        return i >= 2 and doc[i - 2].lower_ == "the" and (nxt is None or nxt.lower_ not in ("on", "by", "about", "office", "offices"))
    return t.lower_ in PLACE_HEADS


def _of_before(doc, i: int) -> bool:
    """"the villagers of", "the district of" right before ``doc[i]``."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _OF_HEADS


def person_cue(doc, e) -> bool:
    """The words around span ``e`` make it a person's name: a title, a rank or a noun for a
    person right before it ("Col.", "Villager"), the subject of a reporting verb
    ("said Tama Lo", "Tama Lo told"), or an apposition with a title or a person's noun ("Tama Lo,
    a former minister,", "Tama Lo, a farmer,")."""
    i = e.start - 1
    if i >= 0 and doc[i].text == "." and i >= 1:
        i -= 1
    if i >= 0:
        w = doc[i].lower_.rstrip(".")
        if w in TITLE_WORDS or w in NAME_TITLES or w in _PERSON_NOUNS:
            return True
    root = e.root
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in REPORTING_VERBS:
        return True  # "Tama Lo said", "said Tama Lo"; not "the villagers of Tama Lo said"
    appo = doc[e.end : e.end + 6]
    return len(appo) >= 3 and appo[0].text == "," and appo[1].lower_ in ("a", "an", "the") and any(
        t.lower_ in TITLE_WORDS or t.lower_ in OFFICIAL_NOUNS or t.lower_ in _PERSON_APPOSITION for t in appo[2:])


def _matches(text: str, names: dict[str, str]) -> bool:
    """``text`` is one of ``names`` (casefolded keys), or the same number of words a letter
    or two from one, with the same first letter: from six letters two neighbours swapped, from
    eight one edit (a swapped pair counts one), from twelve two."""
    key = text.casefold()
    if key in names:
        return True
    if len(key) < 6:
        return False
    from rapidfuzz.distance import OSA

    words = len(key.split())
    for name in names:
        if name[:1] != key[:1] or len(name.split()) != words or abs(len(name) - len(key)) > 2:
            continue
        shortest = min(len(key), len(name))
        if shortest < 8:  # "Dabesam" for "Dabesma": two letters swapped, no other change
            if sorted(key) == sorted(name) and OSA.distance(key, name, score_cutoff=1) == 1:
                return True
        elif OSA.distance(key, name, score_cutoff=2) <= (2 if shortest >= 12 else 1):
            return True
    return False


# Last words of the name of a boundary or a natural feature: "the Durand Line", "the Lachin
# Corridor", "the Salang Pass", "the Koro River".
FEATURE_WORDS = frozenset("line corridor pass valley heights plateau mountains hills river desert gap strip".split())
# Prepositions of where something is or goes: "along the Durand Line", "across the Green Line".
_WHERE = frozenset(
    "along alongside across over near beyond behind on at to from in into through towards toward past around up down".split())


# The last word of a feature of the sea or the coast: "Scarborough Shoal", "Mischief Reef",
# "Strait of Hormuz" ends otherwise, "Natuna Islands", "Subic Bay".
SEA_FEATURE_WORDS = frozenset(
    "shoal shoals reef reefs atoll atolls cay cays island islands isles archipelago strait straits gulf bay sea".split())


def sea_feature_name(doc, e) -> bool:
    """Span ``e`` names a feature of the sea: capitalised words, at least two, the last one of
    ``SEA_FEATURE_WORDS`` ("Panatag Shoal", "the Spratly Islands"), with no person's cue
    (``person_cue``) and not the subject of a reporting verb ("Gulf Bay said": a company)."""
    words = [t for t in e if t.is_alpha and t.lower_ != "the"]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or words[-1].lower_ not in SEA_FEATURE_WORDS:
        return False
    root = e.root
    return not person_cue(doc, e) and not (root.dep_ == "nsubj" and root.head.lemma_ in REPORTING_VERBS)


def feature_name(doc, e) -> bool:
    """Span ``e`` names a boundary or a natural feature: two or more capitalised words, the last
    a feature's word ("Line", "Corridor", "Pass"), after a preposition of place and "the" (with
    at most two lower-case words between: "along the volatile Durand Line"), and not the subject
    of a reporting verb ("the Stena Line said": a company)."""
    words = [t for t in e if t.is_alpha and t.lower_ != "the"]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or words[-1].lower_ not in FEATURE_WORDS:
        return False
    i = e.start - 1
    if e[0].lower_ != "the":
        while i >= 0 and e.start - i <= 2 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "VERB", "ADV"):
            i -= 1  # "volatile", "disputed", "de facto"
        if i < 0 or doc[i].lower_ != "the":
            return False
        i -= 1
    if i < 0 or doc[i].lower_ not in _WHERE:
        return False
    root = e.root
    return not (root.dep_ == "nsubj" and root.head.lemma_ in REPORTING_VERBS)


# Lower-case words inside a hyphenated place name: "Stratford-upon-Avon", "Rostov-on-Don",
# "Boulogne-sur-Mer", "Frankfurt-am-Main" (never inside a person's name).
_PLACE_PARTICLES = frozenset("upon on sur am an en sous les lès du au aux".split())
# Lower-case articles and links of Arabic and Persian names, glued to the next word by a hyphen
# ("Deir ez-Zor", "Sharm el-Sheikh") or to the one before ("Mazar-i-Sharif", "Bandar-e Abbas").
_NAME_LINKS = frozenset("al el ez es ash ad ar as at an ul i e".split())
_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
_LINK_AFTER = re.compile(r" [a-z]{1,3}-[A-Z]")  # " ez-Zor" after "Deir"


def hyphenated_names(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """A name span the model cut at a hyphen ("Stratford" of "Stratford-upon-Avon", "Mazar" of
    "Mazar-i-Sharif", "Deir" of "Deir ez-Zor", "Bandar" and "Abbas" of "Bandar-e Abbas") takes in
    the rest of the hyphenated name (and a name span the model made of its last word). The whole
    is a place (GPE; LOC for an area) when it is a known place or holds a place's particle
    ("upon", "sur", "am"); else it keeps the model's label. Returns the entities and whether any
    changed."""
    text = doc_text(doc)
    if "-" not in text:
        return ents, False
    by_start: dict = {}
    taken: set[int] = set()
    n = len(doc)
    out, changed, dropped = [], False, set()
    for e in ents:
        if e.start in dropped:
            continue
        k = e.end
        if e.label_ not in _NAME_LABELS or not (text.startswith("-", e.end_char) or _LINK_AFTER.match(text, e.end_char)) \
                or gazetteer.country(e.text) or gazetteer.canonical(e.text):
            out.append(e)  # no hyphen after it; "Iran-backed", "Houthi-Stricken": a known name and a modifier
            continue
        if not by_start:
            by_start = {x.start: x for x in ents}
            taken = {i for x in ents for i in range(x.start, x.end)}
        while k < n:
            t, prev = doc[k], doc[k - 1]
            if not prev.whitespace_ and k not in taken and (t.text == "-" or prev.text == "-" and (
                    t.is_alpha and t.is_title or t.lower_ in _PLACE_PARTICLES or t.lower_ in _NAME_LINKS)):
                k += 1  # "-", "upon", "-", "Avon"
            elif _link_ahead(doc, k, taken):
                k += 3  # " ez-Zor"
            elif prev.whitespace_ == " " and prev.lower_ in ("i", "e") and k >= 2 and doc[k - 2].text == "-" \
                    and t.is_title and t.is_alpha:
                other = by_start.get(k) if k in taken else None
                if k in taken and (other is None or other.label_ not in _NAME_LABELS):
                    break
                if other is not None:
                    dropped.add(other.start)
                    k = other.end  # "Bandar-e" + "Abbas" (PERSON)
                else:
                    k += 1  # "Bandar-e" + " Abbas"
            else:
                break
        while k > e.end and not doc[k - 1].is_title:
            k -= 1  # "Tehreek-i" (before "Taliban", another span): no more of the name
        if k == e.end:
            out.append(e)
            continue
        label = e.label_
        if label == "PERSON":  # "Jo" + "-Ann" + " Petinglay": a hyphenated first name, then the family name
            while k < n and k - e.end < 4 and k not in taken and doc[k - 1].whitespace_ == " " and doc[k].is_title \
                    and doc[k].is_alpha and doc[k].tag_ == "NNP":
                k += 1
        span = doc[e.start : k]
        known = place(span.text, tuple(gazetteer.places))
        if known is not None:
            label = "LOC" if known.kind == "area" else "GPE"
        elif any(t.lower_ in _PLACE_PARTICLES for t in doc[e.end : k]):
            label = "GPE"
        out.append(relabeled_span(doc, span, label))
        changed = True
        taken.update(range(e.end, k))
    return out, changed


def _link_ahead(doc, k: int, taken: set[int]) -> bool:
    """``doc[k:k+3]`` is an Arabic article glued to a capitalised word, after a space ("ez-Zor")."""
    if k + 2 >= len(doc) or any(i in taken for i in (k, k + 1, k + 2)) or doc[k - 1].whitespace_ != " ":
        return False
    t = doc[k]
    return (t.is_lower and t.lower_ in _NAME_LINKS and not t.whitespace_ and doc[k + 1].text == "-"
            and not doc[k + 1].whitespace_ and doc[k + 2].is_title)


def places_joined_by_and(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """A known place whose name holds "and", which the model cut there ("Azad Jammu" PERSON +
    "and" + "Kashmir" LOC for "Azad Jammu and Kashmir"): one span (GPE; LOC for an area) in
    place of the pieces. Returns the entities and whether any changed."""
    n = len(doc)
    text = doc_text(doc)
    joins: list[tuple[int, int, str]] = []
    for e in ents:
        k = e.end
        if not text.startswith(" and ", e.end_char) or e.label_ not in (*_NAME_LABELS, "PRODUCT") or k + 1 >= n \
                or doc[k].lower_ != "and" or not doc[k + 1].is_title:
            continue
        for j in range(min(n, k + 4), k + 1, -1):  # the longest name first
            if not all(t.is_title and t.is_alpha for t in doc[k + 1 : j]):
                continue
            known = place(doc[e.start : j].text, tuple(gazetteer.places))
            if known is not None:
                joins.append((e.start, j, "LOC" if known.kind == "area" else "GPE"))
                break
    if not joins:
        return ents, False
    keep = [x for x in ents if not any(a <= x.start and x.end <= b or x.start < b and a < x.end for a, b, _ in joins)]
    new = [relabeled_span(doc, doc[a:b], label) for a, b, label in joins]
    return sorted(keep + new, key=lambda x: x.start), True
