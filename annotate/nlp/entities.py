"""Entity mentions, with the small model's label errors corrected per document.

The entity ruler (pipeline.py) fixes names the alias file knows. Here, names it does not
know: a mention whose text is the surname of a person named in full elsewhere in the same
article becomes PERSON ("Meshkov" tagged GPE next to "Alexei Meshkov"), a known
country or capital is never a person ("Kyiv" tagged PERSON), a known city, region or area
(places.py) is never a person or an organisation ("Bahawalpur" tagged PERSON, "Crimea" ORG)
(or a nationality: "Punjab" tagged NORP) unless the context makes it a person, and a title alone ("Brig" of "Brig. Gen.") is no name.
A name the text itself writes as a place ("Tama Lo village", "a Tama Lo villager") is a place
wherever it comes back, misspelt or not, and a place the model cut at a hyphen or at "and" is
one span again (place_names.py). Lakes, lines, banks, roads and names only ever put where
something happens are places too (place_forms.py); retirement marks, portfolios before a
title, media something was said on and quoted titles are no names (name_fragments.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..peoples import is_people
from ..models import Entity
from ..org_words import ENTITY_FIX_ORG_WORDS
from ..places import place
from ..text import norm_name
from ..transliterated_places import transliterated_place
from .not_actors import headline_event_phrases, relabel_not_actors
from .place_names import (document_place_names, feature_name, hyphenated_names, person_cue, places_joined_by_and,
                          sea_feature_name)
from .dateline_places import dateline_places
from .headline_verbs import HEADLINE_SMALL, LOWER_WORD, headline_verb_tails
from .doc_text import doc_text
from .name_tails import given_name_tails
from .name_fragments import lower_case_phrases, media, portfolios, retirement_marks
from .org_contexts import institutions_named_after_places, organisations_by_context
from .place_spread import in_unit_apposition, spread_places
from .place_forms import acronyms_of_places, lake_name, line_name, places_where_things_happen, road_names, side_name
from .lexicon import NAME_TITLES, OFFICIAL_NOUNS, RANK_PHRASES, REPORTING_VERBS, TITLE_WORDS
from .pipeline import english_adjectives, relabeled_span

# Words that make a capitalised phrase an organisation or a place, never a person (see
# org_words.py).
ORG_WORDS = ENTITY_FIX_ORG_WORDS

# The last word of a group's, a body's or a company's name, never of a person's.
GROUP_LAST_WORDS = frozenset(
    """
    brigade brigades battalion battalions forces front army party movement committee committees
    council corps command group network authority organisation organization union alliance coalition
    ministry agency service office bureau guard guards militia police operations relations
    shipping maritime holdings lines logistics airlines airways industries energy petroleum telecom
    telecoms bank company corporation corp inc ltd llc plc gmbh partners technologies systems
    """.split()
)

# Nouns for an organisation written right before its name: "the militant group Tahrik".
ORG_HEAD_NOUNS = frozenset(
    "group militia movement party firm company giant conglomerate operator outfit organisation organization faction"
    " agency regulator watchdog"
    " broadcaster television tv channel newspaper daily outlet radio website".split()  # "state television Al-Ekhbariya"
)

KEEP = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "PRODUCT", "LAW"}


def correct_entities(doc, gazetteer) -> None:
    """Relabel entity spans in place (document-level consistency)."""
    ents, spaced = _spaces_trimmed(doc, list(doc.ents))
    ents, hyphened = hyphenated_names(doc, ents, gazetteer)
    ents, tails = given_name_tails(doc, ents)  # "Moon" of "Moon Jae Hyuk", "Han Seong" of "Han Seong-min"
    hyphened = hyphened or tails
    ents, anded = places_joined_by_and(doc, ents, gazetteer)
    spaced = spaced or hyphened or anded
    ents, changed = _arabic_family_names(doc, ents, gazetteer)
    changed = changed or spaced
    ents, trimmed = _titles_inside_names(doc, ents, gazetteer)
    ents, roads = road_names(doc, ents)
    trimmed = trimmed or roads
    ents, retired = retirement_marks(doc, ents)
    ents, titled_parts = portfolios(doc, ents)
    ents, phrases = lower_case_phrases(doc, ents)
    trimmed = trimmed or retired or titled_parts or phrases
    ents, things = relabel_not_actors(doc, ents)
    ents, months = _month_surnames(doc, ents)
    ents, spelt = _spelt_out_acronyms(doc, ents)
    ents, junk = _no_names(doc, ents)
    ents, verbs = headline_verb_tails(doc, ents, doc_text(doc), relabeled_span)  # "Marova Resigns"
    junk = junk or verbs
    ents, bodies = _national_bodies(doc, ents, gazetteer)
    ents, named = _untagged_titled_names(doc, ents, gazetteer)
    bodies = bodies or named
    ents, ofs = _bodies_of_places(doc, ents, gazetteer)
    ents, listed_places = _listed_places(doc, ents)
    ents, named_places, place_names = document_place_names(doc, ents, gazetteer)
    ofs = ofs or listed_places or named_places
    bodies = bodies or ofs
    ents, shapes = _not_actor_shapes(doc, ents)
    ents, on_media = media(doc, ents)  # after the outlets ("posted on broadcaster Rudaw" is one)
    shapes = shapes or on_media
    ents, headline = headline_event_phrases(doc, ents, doc_text(doc))
    shapes = shapes or headline
    ents, gangs = _names_after_group_nouns(doc, ents)
    ents, armed = _groups_by_their_members(doc, ents)
    ents, contexts = organisations_by_context(doc, ents)
    ents, institutions = institutions_named_after_places(doc, ents, gazetteer)
    contexts = contexts or institutions
    armed = armed or contexts
    ents, acronyms = _acronym_groups(doc, ents, gazetteer)
    ents, offices = _title_offices(doc, ents)
    acronyms = acronyms or offices
    armed = armed or acronyms
    shapes = shapes or gangs or armed
    changed = changed or trimmed or things or months or spelt or junk or bodies or shapes
    surnames = {}
    firsts = set()  # first names of people named in full ("Paris" of "Paris Hilton")
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ not in GROUP_LAST_WORDS and not sea_feature_name(doc, e):
            surnames[e[-1].text] = e
            firsts.add(e[0].text)
            if len(e) >= 4 and e[-2].text == "-" and e[-3].lower_ in ("al", "el"):
                surnames[e[-3].lower_ + "-" + e[-1].text] = e  # "al-Sharaa" of "Ahmed al-Sharaa"
    out = []
    for e in ents:
        label = e.label_
        text = e.text
        if label != "PERSON" and len(e) == 1 and text in surnames and not gazetteer.country(text) and not _group(text, gazetteer) \
                and text not in place_names:
            label = "PERSON"
        elif label != "PERSON" and len(e) == 3 and e[1].text == "-" and e[0].lower_ + "-" + e[2].text in surnames:
            label = "PERSON"  # "al-Sharaa" (tagged ORG) after "Ahmed al-Sharaa": the family name with its article
        elif label != "PERSON" and len(e) in (2, 3) and e[-1].text in surnames and all(t.is_title for t in e) and text not in place_names:
            label = "PERSON"
        elif label == "PERSON" and gazetteer.country(text):
            label = "GPE"
        elif label in ("ORG", "GPE", "NORP") and _name_after_title_or_country(doc, e, gazetteer):
            label = "PERSON"
        elif label in ("PERSON", "ORG", "PRODUCT") and all(t.lower_ in TITLE_WORDS or t.text == "." for t in e):
            changed = True
            continue  # "Brig" of "Brig. Gen. Yahya Saree": a title, not a name
        elif label in ("GPE", "ORG", "NORP") and _titled_apposition(doc, e) and not gazetteer.country(text) and not _group(text, gazetteer) \
                and place(text, tuple(gazetteer.places)) is None:
            label = "PERSON"  # "Karzai, Afghanistan's former president, said"
        elif label == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in ORG_HEAD_NOUNS:
            label = "ORG"  # "the militant group Tahrik", "energy giant Zorkoil"
        elif label == "PERSON" and len(e) >= 2 and e[-1].lower_ in GROUP_LAST_WORDS and e[-1].text[:1].isupper():
            label = "ORG"  # "Kelvani Brigades", "Baloch Liberation Front": a group, no one's name
        elif label in ("PERSON", "ORG", "NORP") and (where := _known_place(doc, e, gazetteer, surnames.keys() | firsts)):
            label = where
        elif label in ("PERSON", "ORG", "PRODUCT") and is_people(text) and not gazetteer.canonical(text):
            label = "NORP"  # "Yazidi elders", "the Bedouin": a people's name (peoples.py), no one's
        elif label in ("PERSON", "ORG") and transliterated_place(text) and not person_cue(doc, e) \
                and gazetteer.canonical(text) is None and not gazetteer.is_outlet(text) and text not in surnames:
            label = "GPE"  # "Khamees al-Mushait": Khamis Mushait in another spelling, no one's name
        elif label == "PERSON" and (rest := _adjective_then_place(e, gazetteer)) is not None:
            changed = True
            e = relabeled_span(doc, rest, "LOC" if place(rest.text, tuple(gazetteer.places)) is None else "GPE")
            out.append(e)  # "Unrecognised Transnistria", "Occupied Abkhazia": the place, no one's name
            continue
        elif label in ("PERSON", "ORG") and e.text not in surnames and (where := _place_by_form(doc, e)):
            label = where
        elif label in ("PERSON", "ORG") and sea_feature_name(doc, e):
            label = "LOC"  # "Panatag Shoal", "the Natuna Islands": a feature of the sea, no one's name
        elif label in ("PERSON", "ORG") and feature_name(doc, e):
            label = "LOC"  # "along the volatile Durand Line": a boundary, no body's name
        elif label in ("PERSON", "ORG") and (lake_name(doc, e) or line_name(doc, e) or side_name(doc, e)):
            label = "LOC"  # "Tsomo Tso", "the Line of Contact", "the South Bank of Varda" (place_forms.py)
        if label != e.label_:
            changed = True
            e = relabeled_span(doc, e, label)
        out.append(e)
    out, lettered = acronyms_of_places(doc, out)
    out, dated = dateline_places(doc, out, gazetteer)  # "Lusaka 25.04.2021 The rebels ...": the place a report is filed from
    lettered = lettered or dated
    people = {w for e in out if e.label_ == "PERSON" and len(e.text.split()) >= 2 for w in e.text.split()}
    out, where = places_where_things_happen(doc, out, people)
    changed = changed or lettered or where
    out, spread = spread_places(doc, out, people, gazetteer)
    out, listed = _names_in_lists_of_people(doc, out, gazetteer)
    out, joined = _adjacent_people_joined(doc, out)
    out, bodies_joined = _adjacent_bodies_joined(doc, out)
    out, cut_bodies = _bodies_cut_at_a_preposition(doc, out)
    joined = joined or bodies_joined or cut_bodies
    changed = changed or spread or listed or joined
    titled = _titled_names(doc, out, gazetteer)
    if titled is not None:
        out, changed = titled, True
    fuller = _first_names_back(doc, out, gazetteer)
    if fuller is not None:
        out, changed = fuller, True
    regnal = _regnal_names(doc, out)
    if regnal is not None:
        out, changed = regnal, True
    if changed:
        doc.ents = out


# A monarch's title and a regnal number: "King Tarek III", "Queen Amira II", "Pope Leo XIV".
_MONARCH_TITLES = frozenset("king queen emir sultan pope prince princess tsar czar shah emperor empress".split())
_REGNAL = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$")


def _regnal_names(doc, ents):
    """"King Tarek III", "Moroccan King Tarek III": one or two capitalised words between a
    monarch's title and a Roman regnal number are a PERSON with the number ("Tarek III"), the
    title not part of it; entities over any of it give way. The new entity list, or None when
    nothing changes."""
    spans: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ not in _MONARCH_TITLES or not t.text[:1].isupper():
            continue
        k = t.i + 1
        while k < len(doc) and k - t.i <= 2 and doc[k].is_alpha and doc[k].is_title:
            k += 1
        if k > t.i + 1 and k < len(doc) and _REGNAL.match(doc[k].text):
            spans.append((t.i + 1, k + 1))
    spans = [(a, b) for a, b in spans if not any(e.label_ == "PERSON" and e.start == a and e.end == b for e in ents)]
    if not spans:
        return None
    keep = [e for e in ents if not any(e.start < b and a < e.end for a, b in spans)]
    new = [relabeled_span(doc, doc[a:b], "PERSON") for a, b in spans]
    return sorted(keep + new, key=lambda e: e.start)


_NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"))


def _spaces_trimmed(doc, ents: list) -> tuple[list, bool]:
    """Name spans (not dates, numbers) without the line breaks the model takes in at their end
    ("Khyber Pakhtunkhwa" + "\n\n\n" tagged ORG in a headline), so the name is looked up as
    written. Returns the entities and whether any changed."""
    out, changed = [], False
    for e in ents:
        k = e.end
        while k > e.start + 1 and doc[k - 1].is_space and e.label_ in _NAME_LABELS:
            k -= 1
        if k != e.end:
            e, changed = relabeled_span(doc, doc[e.start : k], e.label_), True
        out.append(e)
    return out, changed


def _titled_apposition(doc, e) -> bool:
    """One or two capitalised words followed by an apposition whose head is a person's title:
    "Karzai, Afghanistan's former president,", "Meral, the deputy minister,", "Meral, a
    spokesperson for the ministry,"."""
    if not 1 <= len(e) <= 2 or not all(t.is_alpha and t.is_title for t in e):
        return False
    return _title_apposition_at(doc, e.end)


_APPOSITION_STOPS = frozenset("who which that for of to at with in from on".split())


def _title_apposition_at(doc, i: int) -> bool:
    """Whether an apposition headed by a person's title starts at token ``i`` (its comma)."""
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    first = doc[i + 1]
    if first.lower_ not in ("a", "an", "the") and not (i + 2 < len(doc) and doc[i + 2].text in ("’s", "'s")):
        return False
    last = None
    for t in doc[i + 1 : i + 8]:
        if t.text in (",", ".", ";", ":") or t.lower_ in _APPOSITION_STOPS:
            break
        last = t
    return last is not None and last.lower_ in TITLE_WORDS and last.lower_ not in ("former", "acting", "deputy", "vice")


def _untagged_titled_names(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """"Surasant Kongsiri, a spokesperson for the ministry, said": two or three capitalised words
    no entity covers, right before an apposition headed by a person's title, are a person's name
    (PERSON). Not a title, an organisation's or a place's words. Returns the entities and whether
    any was added."""
    taken = {t.i for e in ents for t in e}
    new = []
    for t in doc:
        if t.text != "," or t.i < 2 or not _title_apposition_at(doc, t.i):
            continue
        a = t.i
        while a > 0 and t.i - a < 3 and doc[a - 1].is_alpha and doc[a - 1].is_title and doc[a - 1].i not in taken \
                and not doc[a - 1].is_sent_start:
            a -= 1
        if a > 0 and doc[a - 1].is_sent_start and doc[a - 1].is_alpha and doc[a - 1].is_title and t.i - a < 3 and doc[a - 1].i not in taken:
            a -= 1  # the name opens its sentence
        if t.i - a < 2 or (a > 0 and doc[a - 1].is_alpha and doc[a - 1].is_title):
            continue  # one word, or more capitalised words than a name has
        words = doc[a : t.i]
        if any(w.lower_ in TITLE_WORDS or w.lower_ in ORG_WORDS or w.lower_ in OFFICIAL_NOUNS for w in words) \
                or gazetteer.country(words.text) or place(words.text, tuple(gazetteer.places)) is not None \
                or not _may_be_person(words.text, gazetteer):
            continue
        new.append(relabeled_span(doc, words, "PERSON"))
    if not new:
        return ents, False
    return sorted(ents + new, key=lambda e: e.start), True


def _group(text: str, gazetteer) -> bool:
    """An organisation of the alias file ("Houthi", also the family name in "al-Houthi")."""
    canon = gazetteer.canonical(text)
    entry = gazetteer.entry(canon) if canon else None
    return entry is not None and entry.kind != "person"


def _first_names_back(doc, ents, gazetteer):
    """"Defence Minister Rustem | Umerov" where the model's PERSON span drops the first name:
    capitalised proper nouns just before a PERSON span (not titles, organisation words,
    countries or other entities) are part of the name. Returns the new list or None."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out, changed = [], False
    for e in ents:
        lo = e.start
        if e.label_ == "PERSON":
            while lo > 0 and e.start - lo < 2:
                t = doc[lo - 1]
                if (t.i in taken or not t.is_alpha or not t.is_title or t.pos_ != "PROPN" or t.lower_ in TITLE_WORDS
                        or t.lower_ in ORG_WORDS or gazetteer.country(t.text)):
                    break
                lo -= 1
        if lo != e.start:
            e, changed = relabeled_span(doc, doc[lo : e.end], "PERSON"), True
        out.append(e)
    return out if changed else None


def _may_be_person(name: str, gazetteer) -> bool:
    """Not a country, an outlet or a non-person entry of the alias file."""
    if gazetteer.country(name) or gazetteer.is_outlet(name):
        return False
    canon = gazetteer.canonical(name)
    entry = gazetteer.entry(canon) if canon else None
    return entry is None or entry.kind == "person"


def _is_name_title(tok) -> bool:
    return tok.lower_.rstrip(".") in NAME_TITLES and tok.text[:1].isupper()


_RANKS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in RANK_PHRASES:  # longest first, as RANK_PHRASES
    _RANKS_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)

_text = doc_text  # doc.text, joined once per doc


def _title_length(doc, i: int) -> int:
    """How many tokens from ``doc[i]`` make one title or rank before a name: 1 for "Sgt",
    "Mrs"; 2 or 3 for "Rear Admiral", "Air Chief Marshal" (each word capitalised); else 0."""
    tok = doc[i]
    if _is_name_title(tok):
        return 1
    for phrase in _RANKS_BY_FIRST.get(tok.lower_.rstrip("."), ()):
        n = len(phrase)
        if i + n <= len(doc) and all(doc[i + k].text[:1].isupper() and doc[i + k].lower_.rstrip(".") == w for k, w in enumerate(phrase)):
            return n
    return 0


def _titled_names(doc, ents, gazetteer):
    """"Sgt Ana Pike", "Brig Gen Ana Pike", "Mrs Vance": the capitalised words after a run of
    titles or ranks (with or without a period) are a PERSON, the titles are not part of it.
    Returns the new entity list, or None when nothing changes."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _title_length(doc, i):
            i += 1
            continue
        j = i
        while j < n and ((step := _title_length(doc, j)) or doc[j].text == "."):
            j += step or 1
        k, words = j, 0
        while k < n and words < 3:
            if k > j and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and k + 1 < n \
                    and doc[k + 1].is_alpha and doc[k + 1].is_title:
                k += 1  # "Capt. Jo-Ann Petinglay": a hyphenated given name is one word of the name
                continue
            if not (doc[k].is_alpha and doc[k].is_title and doc[k].lower_ not in ORG_WORDS and not _title_length(doc, k)):
                break
            k, words = k + 1, words + 1
        if k > j and _may_be_person(doc[j:k].text, gazetteer) and gazetteer.country(doc[i:k].text) is None:
            spans.append((i, j, k))  # not "DR Congo": a country's name that opens with a title's letters
        i = max(k, i + 1)
    if not spans:
        return None
    # Entities over the titles or the name (a PERSON "Sgt Ana Pike", "Brig Gen" + ORG "Pike")
    # give way to the name alone.
    keep = [e for e in ents if not any(e.start < k and t < e.end for t, _j, k in spans)]
    new = [relabeled_span(doc, doc[j:k], "PERSON") for _t, j, k in spans]
    out = sorted(keep + new, key=lambda e: e.start)
    if [(e.start, e.end, e.label_) for e in out] == [(e.start, e.end, e.label_) for e in ents]:
        return None
    return out


def _name_after_title_or_country(doc, e, gazetteer) -> bool:
    """"Italy’s Giorgia Meloni", "Interior Minister Anna Berg": two or three capitalised
    words, none an organisation word, right after a country's possessive or a title."""
    if not 2 <= len(e) <= 3 or not all(t.is_title and t.is_alpha for t in e):
        return False
    if any(t.lower_ in ORG_WORDS for t in e) or e[-1].lower_ in GROUP_LAST_WORDS or gazetteer.canonical(e.text) or gazetteer.country(e.text) or gazetteer.is_outlet(e.text):
        return False
    if e.start == 0:
        return False
    prev = doc[e.start - 1]
    if prev.lower_ in TITLE_WORDS:
        return True
    if prev.text in ("’s", "'s") and e.start >= 2 and gazetteer.country(doc[e.start - 2].text):
        return True
    if prev.text == "," and e.end < len(doc) and doc[e.end].text == ",":
        # "Ruritania's ambassador to the UN, Vasily Petrov, said": a name set off by commas right
        # after a phrase headed by a person's title (back to the clause's start or comma)
        words = []
        for t in reversed(doc[max(0, e.start - 8) : e.start - 1]):
            if t.text in (",", ";", ":", "(", "“", '"') or t.is_sent_end:
                break
            words.append(t)
            if t.is_sent_start:
                break
        return any(t.lower_ in TITLE_WORDS and t.lower_ not in ("former", "acting", "deputy", "vice") for t in words)
    return False


def _arabic_family_names(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """"al-Houthi", "Abdul-Malik al-Houthi": a name the entity ruler split at the article ("al-"
    tagged apart, "Houthi" tagged as the group) is one PERSON, unless the whole is a known place
    ("al-Fasher"). Returns the entities and whether any changed."""
    out: list = []
    changed = False
    for e in ents:
        art = e.start - 2  # "al", "-"
        if (art < 0 or doc[art].lower_ not in ("al", "el") or doc[art].whitespace_ or doc[art + 1].text != "-"
                or doc[art + 1].whitespace_ or e.label_ not in ("ORG", "NORP", "GPE")):
            out.append(e)
            continue
        if place(doc[art : e.end].text, tuple(gazetteer.places)) is not None:
            out.append(e)
            continue
        start = art
        if out and out[-1].end > art:
            start = min(art, out.pop().start)  # "Abdul-Malik al-" (PERSON) or "al-" alone
        out.append(relabeled_span(doc, doc[start : e.end], "PERSON"))
        changed = True
    return out, changed


def _titles_inside_names(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """"Corps Commander Bahawalpur Lt Gen Aqeel" tagged PERSON as "Bahawalpur Lt Gen Aqeel": the
    name is what follows the last title word ("Aqeel"); a known place before the titles is GPE.
    "Punjab’s Sheikhupura" tagged PERSON is two places. Returns the entities and whether any
    changed."""
    out: list = []
    changed = False
    for e in ents:
        pos = next((t.i for t in e[1:-1] if t.text in ("’s", "'s")), -1) if e.label_ in ("PERSON", "ORG") else -1
        if pos > 0:  # "Punjab’s Sheikhupura": a place's place, no one's name
            a, b = doc[e.start : pos], doc[pos + 1 : e.end]
            if all(gazetteer.country(x.text) or place(x.text, tuple(gazetteer.places)) for x in (a, b)):
                out += [relabeled_span(doc, a, "GPE"), relabeled_span(doc, b, "GPE")]
                changed = True
                continue
        cut = max((t.i for t in e[:-1] if t.lower_ in TITLE_WORDS and not _patronym(doc, t, e)), default=-1) if e.label_ == "PERSON" else -1
        if cut < 0 or not any(t.i < cut and t.lower_ not in TITLE_WORDS and not t.is_punct for t in e):
            out.append(e)
            continue
        changed = True
        lead = [t for t in e if t.i < cut and t.lower_ not in TITLE_WORDS]
        head = doc[lead[0].i : lead[-1].i + 1] if lead and lead[-1].i == lead[0].i + len(lead) - 1 else None
        if head is not None and place(head.text, tuple(gazetteer.places)) is not None:
            out.append(relabeled_span(doc, head, "GPE"))
        rest = doc[cut + 1 : e.end]
        if rest.text.strip(" .") and rest[0].is_punct:
            rest = doc[cut + 2 : e.end]
        if len(rest) and rest.text.strip(" ."):
            out.append(relabeled_span(doc, rest, "PERSON"))
    return out, changed


# Words that join a name to a father's or family's name ("Abdullah bin Zayed bin Sultan Al
# Nahyan", "Mohammed ibn Emir"): a title word after one of them is that name, not a title.
_PATRONYM_WORDS = frozenset("bin ibn bint ben ould abu al el".split())


def _patronym(doc, t, e) -> bool:
    """True when token ``t`` of span ``e`` follows a patronym word inside ``e`` ("bin Sultan")."""
    return t.i > e.start and doc[t.i - 1].lower_ in _PATRONYM_WORDS


def _known_place(doc, e, gazetteer, names) -> str:
    """"GPE" or "LOC" when the PERSON, ORG or NORP span ``e`` is, whole, a known place (places.py)
    and its context does not make it a person; else "". A person's context: a title before it
    ("Col. Houston"); for a PERSON span, an apposition with a title ("Jackson, a former senator"),
    a reporting verb next to a city or region ("said Jackson",
    "Jackson told") or a person elsewhere in the article with that surname or first name ("Paris
    Hilton"). The alias file's names are left to the entity ruler."""
    words = [t for t in e if not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words if t.lower_ not in ("of", "the", "and", "al", "el")):
        return ""
    text = e.text.strip()
    canon = gazetteer.canonical(text)
    if canon and not gazetteer.government_of(canon) or gazetteer.is_outlet(text):
        return ""  # the alias file's organisations and people ("Brussels" is the EU)
    if canon and _metonym_only(text, gazetteer.government_of(canon)):
        return ""  # "White House" (also a name of Casablanca) is the US government, not a place
    c = gazetteer.country(text)
    if c is not None and (e.label_ == "NORP" or norm_name(text) not in {norm_name(n) for n in (*c.all_names, c.capital_name)}):
        return ""  # a nationality ("Pakistani"), the ruler's
    before = doc[max(0, e.start - 2) : e.start]
    if before.text and (before[-1].lower_ in TITLE_WORDS or before[-1].text == "." and before[0].lower_ in TITLE_WORDS):
        return ""  # "Col. Houston"
    p = place(text, tuple(gazetteer.places))
    if p is None:
        return ""
    if e.label_ == "PERSON":
        if e.text in names:
            return ""
        appo = doc[e.end : e.end + 5]  # "Jackson, a former senator, said"
        if len(appo) >= 3 and appo[0].text == "," and appo[1].lower_ in ("a", "an", "the") and any(
                t.lower_ in TITLE_WORDS or t.lower_ in OFFICIAL_NOUNS for t in appo[2:]):
            return ""
        if p.kind in ("city", "region"):
            near = [doc[i] for i in (e.start - 1, e.end) if 0 <= i < len(doc)]
            if any(t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB" for t in near):
                return ""
    return "LOC" if p.kind == "area" else "GPE"


def _adjective_then_place(e, gazetteer):
    """The place of a PERSON span that is an adjective and then a country, a first-level
    region or an area of the events file ("Unrecognised Transnistria", "Occupied Abkhazia",
    "Rebel-held Darfur"): the span without the adjective, or None. No one's name starts with
    a word the parser reads as an adjective before a place that large (a city may be a
    surname: "Young Lincoln" is left alone)."""
    if len(e) < 2 or not e[0].is_title or not (e[0].pos_ == "ADJ" or e[0].lower_ in english_adjectives()):
        return None
    rest = e[1:]
    text = rest.text.strip()
    if not text[:1].isupper():
        return None
    from ..event_types import load_event_types

    p = place(text, tuple(gazetteer.places))
    if p is not None and p.kind in ("country", "region", "area") or gazetteer.country(text) is not None \
            or load_event_types().area(text) is not None:
        return rest
    return None


def _metonym_only(text: str, country) -> bool:
    """``text`` is one of ``country``'s metonyms and not its name or capital: "White House",
    "Kremlin", not "Moscow"."""
    key = norm_name(text)
    return key in {norm_name(m) for m in country.metonyms} and key not in {
        norm_name(n) for n in (*country.all_names, country.capital_name) if n}


# Nouns of a kind of place: "the Kalachyovsky and Zakanalye districts", "the village of Hibhib".
PLACE_NOUNS = frozenset(
    """
    district districts province provinces region regions village villages town towns city
    county governorate oblast municipality neighbourhood neighborhood suburb area hamlet settlement
    prefecture prefectures
    """.split()
)
# Last words of a street or a site's name ("Hali Road"); first words of a settlement's ("Kibbutz Reim").
STREET_WORDS = frozenset("road street avenue highway boulevard lane market bazaar chowk square".split())
# Also the words local administrative units are written with before their names: the
# Philippines' "Barangay"/"Brgy."/"Sitio"/"Purok", Ethiopia's "Kebele"/"Woreda", Malaysia's and
# Indonesia's "Kampung"/"Kampong"/"Desa", Latin America's "Colonia"/"Vereda"/"Aldea"/"Corregimiento".
SETTLEMENT_WORDS = frozenset(
    """
    kibbutz moshav village camp barangay brgy brgy. sitio purok kebele woreda kampung kampong desa
    colonia vereda aldea corregimiento
    """.split()
)
# Lower-case nouns after a place's name that make it one: "the Kalo police station".
_STATION_AFTER = (("police", "station"), ("police", "post"), ("border", "post"), ("border", "crossing"))


# Words of a web page's forms and buttons ("Invalid Email", "Subscribe Now"): a name holding one
# is no one's.
_WEB_FORM_WORDS = frozenset("email e-mail newsletter subscribe subscribed unsubscribe password username login signup cookies".split())
# Lower-case particles inside a spelt-out name ("Jama'a Nusrat ul-Islam wa al-Muslimin"): no initial.
_NAME_PARTICLES = frozenset("of the and for al el ul wa wal bin ibn de la du des der van von y e".split())


def _spelt_out_acronyms(doc, ents: list) -> tuple[list, bool]:
    """"Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM)", "Tarkan State in Sahel Province (Tisp)": the
    capitalised words before an acronym in brackets whose initials spell it, in order from the first, are one organisation's name (ORG),
    never a person or two. Returns the entities and whether any changed."""
    spans: list[tuple[int, int]] = []
    for t in doc:
        # An acronym in capitals, or written as a word ("Iswap") when it has four letters or more.
        if not ((t.text.isupper() or t.text[:1].isupper() and len(t.text) >= 4) and t.is_alpha and 2 <= len(t.text) <= 8
                and t.i >= 2 and doc[t.i - 1].text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text == ")"):
            continue
        acr = t.text.upper()
        end = t.i - 1
        if doc[end - 1].text in _QUOTES and end >= 2:
            end -= 1  # the "Group to Support the Faith" (GSF): a quoted name
        lo = end
        initials = ""
        k = end - 1
        while k >= 0 and end - k <= 12:
            w = doc[k]
            if w.is_punct and w.text not in ("-", "'", "’") or "\n" in w.whitespace_:
                break
            if w.text[:1].isupper() and w.text[:1].isalpha():
                initials = w.text[0] + initials
                lo = k
                if initials == acr:
                    break
            elif not (w.lower_ in _NAME_PARTICLES or w.lower_ in ("in", "on", "to") or w.text in ("-", "'", "’")
                      or w.lower_.startswith(("'", "’"))):
                break  # "Islamic State in West Africa Province (ISWAP)"
            k -= 1
        person = any(e.label_ == "PERSON" and e.start <= lo and end <= e.end for e in ents)  # the whole run is a person's name
        if initials == acr and len(acr) >= 3 and end - lo >= 2 and not person:  # not "Ana Pike (AP)"
            spans.append((lo, end))
    if not spans:
        return ents, False
    keep = [e for e in ents if not any(e.start < b and a < e.end for a, b in spans)]
    new = [relabeled_span(doc, doc[a:b], "ORG") for a, b in spans]
    out = sorted(keep + new, key=lambda e: e.start)
    return out, [(e.start, e.end, e.label_) for e in out] != [(e.start, e.end, e.label_) for e in ents]


# Head nouns of a state's or an organisation's body: "Armed Forces", "Ministry of Emergency
# Situations", "Pacific Command", "Joint Chiefs of Staff", "Presidential Office".
BODY_HEADS = frozenset(
    """
    forces force army navy ministry command office police agency service department guard guards
    staff council committee commission corps directorate government cabinet presidency military
    authority parliament bureau
    """.split()
)
_BODY_PARTICLES = frozenset("of and for the".split())
# A country's armed body written in lower case after its adjective ("a Finnish coast guard crew").
_LOWER_BODIES = (("coast", "guard"), ("border", "guard"), ("armed", "forces"), ("air", "force"), ("navy",), ("army",))
# More of them, named in passing ("accused Rwandan troops", "fighting the Congolese military"): an
# organisation of that country (``roles.military_body`` names it), never its government. They become
# entity mentions only (``lower_case_bodies``), not entities of the parse that the events and quotes
# read. Longest first; each only when it ends the noun phrase ("Cambodian military targets" is none).
_PASSING_BODIES = (("security", "forces"), ("government", "forces"), ("military",), ("forces",), ("troops",),
                   ("police",))


def _national_bodies(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """A country's adjective or name (NORP/GPE) followed by capitalised words that name a body
    ("Indian Armed Forces", "Russian Ministry of Emergency Situations", "U.S. Pacific Command"),
    which the model often leaves untagged: the words after the country become an ORG (the country
    stays itself, so the actor is named and affiliated as "<adjective> <body>"). The run stops at a
    person's title ("Indian Army Chief General ..." -> "Army") and needs a body's head noun, last or
    followed by "of". Returns the entities and whether any changed."""
    spans: list[tuple[int, int]] = []
    for e in ents:
        if e.label_ not in ("NORP", "GPE") or gazetteer.country(e.text) is None or e.end >= len(doc):
            continue
        if "\n" in e[-1].whitespace_:
            continue
        if e.label_ == "NORP" and (low := next((b for b in _LOWER_BODIES if [t.text for t in doc[e.end : e.end + len(b)]] == list(b)), None)):
            end = e.end + len(low)
            if not any(x.start < end and e.end < x.end for x in ents):
                spans.append((e.end, end))  # "Finnish coast guard": the body, lower case
            continue
        start = e.end + 1 if e.label_ == "GPE" and doc[e.end].text in ("’s", "'s") else e.end  # "Finland's National Bureau"
        k = start
        while k < len(doc) and k - start < 8:
            t = doc[k]
            if t.lower_ in TITLE_WORDS or not t.is_alpha:
                break
            if not (t.text[:1].isupper() or t.lower_ in _BODY_PARTICLES and k > start):
                break
            k += 1
            if "\n" in t.whitespace_:
                break
        while k > start and doc[k - 1].lower_ in _BODY_PARTICLES:
            k -= 1
        low = [t.lower_ for t in doc[start:k]]
        if not low or not any(w in BODY_HEADS for w in low):
            continue
        if low[-1] not in BODY_HEADS and not any(w in BODY_HEADS and low[i + 1: i + 2] == ["of"] for i, w in enumerate(low)):
            continue
        if any(x.label_ == "PERSON" and x.start < k and start < x.end for x in ents):
            continue
        if any(x.label_ == "ORG" and x.start <= start and k <= x.end for x in ents):
            continue  # already an organisation
        spans.append((start, k))
    if not spans:
        return ents, False
    keep = [x for x in ents if not any(x.start < b and a < x.end for a, b in spans)]
    new = [relabeled_span(doc, doc[a:b], "ORG") for a, b in spans]
    return sorted(keep + new, key=lambda x: x.start), True


# Words that open a list of places: "towards A, B and C", "the villages of A and B", "the town of A".
_PLACE_LIST_OPENING = re.compile(
    r"(?:\b(?:advances?|advanced|advancing|mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|push(?:es|ed|ing)?|march(?:es|ed|ing)?"
    r"|fir(?:e|es|ed|ing)|shell(?:s|ed|ing)?|attacks?|offensive|drives?|notably|mainly|especially|direction)\s+towards?"
    r"|\[?\b(?:villages?|towns?|cities|city|communities|settlements|hamlets|localities|municipalities)"
    r"\s+(?:of|such\s+as|including|like)\]?"
    r"|\b(?:regions|districts|provinces|governorates|prefectures|counties|oblasts|townships|tehsils)\s+of"  # "the districts of A, B and C"
    r"|\b(?:areas|regions|places|locations|sectors|zones|districts|provinces|friction\s+points|flashpoints)"
    r"\s+(?:such\s+as|including|like)|\b(?:villages?|towns?|communities|settlements)\s*(?:—|–|-|:))\s+(?:the\s+)?$",
    re.I,
)
# One item of a list right before a position: "Nerkin Hand, " or "Artanish and ".
_LIST_ITEM_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# The plural of a place's noun closing a list of names: "the Kalvi, Tesk and Orlo sectors".
_PLURAL_PLACE_AFTER = re.compile(r"\s+(?:sectors|areas|districts|villages|towns|regions|provinces|zones|localities|neighbou?rhoods)\b")
# What a place is called after its name: "Artanish village", "the town of".
_PLACE_AFTER = re.compile(r"^\s+(?:village|town|township|hamlet|settlement|community)\b", re.I)
_PLACE_BEFORE = re.compile(
    r"\b(?:village|town|township|hamlet|settlement)\s+of\s+(?:the\s+)?$"
    r"|\b(?:capital|city|town|village)\b,?\s+(?:(?:also|locally|officially)\s+)?(?:referred\s+to\s+as|known\s+as|called|named)\s+$",
    re.I,
)


# Words (lower case, cut to a stem) of which _PLACE_LIST_OPENING and _PLACE_BEFORE need one: a text
# without any is not searched (``_may_hold``).
_PLACE_LIST_WORDS = ("toward", "villag", "town", "cit", "communit", "settlement", "hamlet", "localit", "municipalit", "area",
                     "region", "place", "location", "sector", "zone", "district", "province", "friction", "flashpoint",
                     "governorate", "prefecture", "counties", "oblast", "township", "tehsil")
_PLACE_BEFORE_WORDS = ("villag", "town", "hamlet", "settlement", "capital", "city")
# The letters other than A-Z and a-z that a case-insensitive pattern's ASCII letters match ("İ", "ı",
# "ſ" and the Kelvin sign, by re's IGNORECASE): a text with one of them is always searched.
_FOLDING_LETTERS = frozenset("\u0130\u0131\u017f\u212a")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``words`` (ASCII, lower case) in any case: then no
    case-insensitive pattern that needs one of them matches in it. A quick test before the search."""
    if not _FOLDING_LETTERS.isdisjoint(text):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _listed_places(doc, ents: list) -> tuple[list, bool]:
    """Names the text makes places, whatever the model's label: a list after a movement's "towards"
    ("advancing towards", "notably towards"; never "hostility towards"), "the villages of", "towns
    such as" ("notably towards Kalvi, Upper Morna, Tesk and Orlo": four
    places, not people or bodies); a name right after "the village/town of", after "the region's
    capital, referred to as" or right before "village"/"town"; a list of two or more names closed by
    a place noun's plural ("the Kalvi, Tesk and Orlo sectors"). Each such name becomes GPE here and wherever the text writes it again,
    unless the words around it there make it a person's (``place_names.person_cue``).
    Returns the entities and whether any changed."""
    text = _text(doc)
    names: set[str] = set()
    for i, e in enumerate(ents):
        if e.label_ not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            continue
        if (_may_hold(before := text[max(0, e.start_char - 40) : e.start_char], _PLACE_BEFORE_WORDS) and _PLACE_BEFORE.search(before)) \
                or _PLACE_AFTER.match(text[e.end_char : e.end_char + 20]):
            names.add(e.text)
            continue
        # walk back over the list items before this one, tagged or not: "A, B and " ...
        pos, items = e.start_char, [e.text]
        while (item := _LIST_ITEM_BEFORE.search(text, max(0, pos - 50), pos)) is not None and "\n" not in item.group(0):
            pos = item.start()
            items.append(item.group(1))  # an item the model left untagged is a place all the same
        if (_may_hold(opening := text[max(0, pos - 60) : pos], _PLACE_LIST_WORDS) and _PLACE_LIST_OPENING.search(opening)) \
                or len(items) >= 2 and _PLURAL_PLACE_AFTER.match(text, e.end_char):
            # ... or "in the A, B and C sectors": a list the plural of a place's noun closes
            names.update(items)
            names.update(x.text for x in ents if pos <= x.start_char and x.end_char <= e.end_char)
    names = {n for n in names if n[:1].isupper()}
    if not names:
        return ents, False
    out, changed = [], False
    for e in ents:
        if e.text in names and e.label_ in ("PERSON", "ORG", "NORP", "FAC") and not person_cue(doc, e):
            e, changed = _whole_item(doc, relabeled_span(doc, e, "GPE"), names, out), True
        out.append(e)
    return out, changed


def _whole_item(doc, e, names: set[str], before: list):
    """``e`` with the capitalised words right before it that the model left out of it, when they
    and ``e`` make one of the list's ``names`` ("Daulat" + "Beg Oldie")."""
    lo = e.start
    taken = before[-1].end if before else 0
    while lo - 1 >= taken and e.start - lo < 3 and doc[lo - 1].is_alpha and doc[lo - 1].is_title and not doc[lo - 1].is_sent_start:
        lo -= 1
        if doc[lo : e.end].text in names:
            return relabeled_span(doc, doc[lo : e.end], e.label_)
    return e


def _bodies_of_places(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """An organisation span the model cut before its country ("the Ministry of Defense of" +
    "Azerbaijan", "the Ministry of Interior of" "Chad"): a body name ending in "of", or directly
    followed by "of", then a country or known place, becomes one ORG span through the place, so the
    actor is "Ministry of Defense of Azerbaijan" (affiliated by its own name), never "... of".
    Returns the entities and whether any changed."""
    joins: list[tuple[int, int]] = []
    for i, e in enumerate(ents):
        if e.label_ != "ORG":
            continue
        k = e.end
        if e[-1].lower_ != "of":
            if k >= len(doc) or doc[k].lower_ != "of" or "\n" in e[-1].whitespace_:
                continue
            k += 1
        if "\n" in doc[k - 1].whitespace_:
            continue
        nxt = next((x for x in ents[i + 1:] if x.start >= k), None)
        if nxt is None or nxt.start != k or nxt.label_ not in ("GPE", "LOC"):
            continue
        if not any(t.lower_ in BODY_HEADS for t in e):
            continue
        if gazetteer.country(nxt.text) is None and place(nxt.text, tuple(gazetteer.places)) is None:
            continue
        joins.append((e.start, nxt.end))
    if not joins:
        return ents, False
    keep = [x for x in ents if not any(a <= x.start and x.end <= b for a, b in joins)]
    new = [relabeled_span(doc, doc[a:b], "ORG") for a, b in joins]
    return sorted(keep + new, key=lambda x: x.start), True


# Last words of a site's name: "Ta Kwai Temple", "Port Qasim Harbour" are places, no one's name.
SITE_WORDS = frozenset(
    "temple temples pagoda mosque shrine monastery harbour harbor port bridge dam airport airbase palace fortress".split()
)
# After a name, the nouns of a port ("the Kuivala harbour"), never after a person's.
_HARBOUR_WORDS = frozenset("harbour harbor port terminal refinery".split())
# After a name, the nouns of infrastructure it names ("the Nordlink gas pipeline", "the Estlink 2 cable").
INFRASTRUCTURE_NOUNS = frozenset("pipeline pipelines interconnector cable cables".split())
_INFRASTRUCTURE_MODIFIERS = frozenset(
    "gas oil power electricity undersea subsea data telecommunications telecoms communications fibre fiber optic".split()
)
# Nouns for a news outlet written before its name ("public broadcaster Yle") or after it ("the X daily").
OUTLET_NOUNS = frozenset("broadcaster newspaper daily tabloid outlet magazine weekly".split())
# Capitalised nouns that never end a person's name: a headline's "Oil Tanker Suspected".
_THING_WORDS = frozenset("tanker ship vessel cable pipeline drone missile suspected".split())
# Nouns of violent events, never in a person's name: a headline's "Deadly Clashes Erupt".
_EVENT_WORDS = frozenset(
    "clash clashes attack attacks airstrike airstrikes bombing bombings blast blasts explosion explosions shelling fighting "
    "ambush ambushes massacre killings raid raids".split())


def _not_actor_shapes(doc, ents: list) -> tuple[list, bool]:
    """Names shaped like no actor's, whatever label the model gives: one letter ("X." of "posted on
    X."); a cut-off last word of a truncated text ("the Baltic Se"); a military operation ("Operation
    Iron Dawn": EVENT); a site ("Ta Kwai Temple": FAC) or infrastructure ("the Nordlink gas pipeline":
    FAC); a news outlet ("public broadcaster Yle", everywhere in the text: WORK_OF_ART); a person's
    span with a thing's or a violent event's word ("Oil Tanker Suspected", "Deadly Clashes Erupt" in
    a headline). Returns the entities and whether any changed."""
    text = _text(doc).rstrip()
    truncated = bool(text) and text[-1].isalpha()
    outlets = set()
    for e in ents:
        if e.label_ in ("PERSON", "ORG") and e.start > 0 and doc[e.start - 1].lower_ in OUTLET_NOUNS:
            outlets.add(e.text)
        elif e.label_ in ("PERSON", "ORG") and e.end < len(doc) and doc[e.end].lower_ in OUTLET_NOUNS and all(
                t.text[:1].isupper() for t in e if t.is_alpha):
            outlets.add(e.text)  # "the Helsingin Sanomat newspaper"
    groups = {e.text for e in ents if e.label_ == "PERSON" and _group_by_context(doc, e)}
    out, changed = [], False
    for e in ents:
        label = e.label_
        words = [t.text for t in e if t.is_alpha]
        if label == "PERSON" and e.text in groups:
            e, changed = relabeled_span(doc, e, "ORG"), True  # "the al-Qaeda-linked Katiba X", "X, an armed group,"
            out.append(e)
            continue
        if label in ("PERSON", "ORG", "GPE", "NORP") and len(e.text.strip(" .\n")) == 1:
            changed = True
            continue  # "X." is no one
        if label in ("PERSON", "ORG") and [t.lower_ for t in e if t.lower_ != "the"] in (["royal"], ["imperial"], ["federal"]) \
                and e.end < len(doc) and any(x.start == e.end and x.label_ in ("NORP", "GPE") for x in ents):
            changed = True
            continue  # "the Royal" + "Malaysian" + "Navy": a word of the body's name, not a body
        if label in ("PERSON", "ORG", "NORP", "GPE") and truncated and e.end_char >= len(text) and \
                len([w for w in words if w.lower() != "the"]) == 1:
            changed = True
            continue  # "... the countries bordering the Ba": a word cut off
        new = label
        if label in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT") and e.start > 0 and doc[e.start - 1].text == "Operation" \
                and all(t.text[:1].isupper() for t in e if t.is_alpha) and not (out and out[-1].end > e.start - 1):
            e, changed = relabeled_span(doc, doc[e.start - 1 : e.end], "EVENT"), True  # "Operation" + "Desert Hawk"
            out.append(e)
            continue
        if label in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT") and len(e) >= 2 and e[0].text == "Operation" \
                and all(t.text[:1].isupper() for t in e[1:] if t.is_alpha):
            new = "EVENT"
        elif label in ("PERSON", "ORG") and len(e) >= 2 and e[-1].lower_ in SITE_WORDS and e[-1].text[:1].isupper():
            new = "FAC"
        elif label in ("PERSON", "ORG") and _infrastructure_after(doc, e):
            new = "FAC"
        elif label == "PERSON" and e.end < len(doc) and doc[e.end].lower_ in _HARBOUR_WORDS:
            new = "FAC"  # "the Kuivala harbour"
        elif label in ("PERSON", "ORG") and e.text in outlets:
            new = "WORK_OF_ART"
        elif label == "PERSON" and any(t.lower_ in _THING_WORDS or t.lower_ in _EVENT_WORDS for t in e):
            changed = True
            continue
        elif label in ("PERSON", "ORG") and len(e) == 1 and _plural_noun_opening(e[0]):
            changed = True
            continue  # "Photographs showed ...": a common noun a sentence opens with
        if new != label:
            e, changed = relabeled_span(doc, e, new), True
        out.append(e)
    return out, changed


# Nouns for a group written right before its name, which the model often leaves untagged or takes
# for a place ("the Venezuelan gang Tren del Sur").
_GROUP_NOUNS = frozenset("gang gangs cartel syndicate militia coalition".split())
_NAME_LINKS = frozenset("de del la los las el da do dos di".split())
# Nouns for a group that name it only when written after its name ("the Kanu Wuto group", not "the
# group Israel accuses"), and only where the model tagged no name there.
_GROUP_NOUNS_BEFORE_ONLY = frozenset("group alliance".split())
_QUOTES = frozenset('" “ ” \''.split())


def _unquoted_start(e) -> int:
    """The first token of entity ``e`` after a leading "the" and quote marks (the "Kanu Wuto")."""
    a = e.start
    while a < e.end - 1 and (e.doc[a].lower_ == "the" or e.doc[a].text in _QUOTES):
        a += 1
    return a


def _quoted_name_before(doc, i: int) -> tuple[int, int] | None:
    """Token bounds of a quoted capitalised name written before token ``i`` after "the", with
    perhaps its translation in brackets between: the "Kanu Wuto" ("Stand Up") coalition."""
    k = i
    if doc[k - 1].text == ")":
        k = next((x for x in range(k - 2, max(0, k - 10), -1) if doc[x].text == "("), 0)
    if k < 3 or doc[k - 1].text not in _QUOTES:
        return None
    b = k - 1
    a = b
    while a > 0 and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper() and b - a < 4:
        a -= 1
    if a == b or a < 2 or doc[a - 1].text not in _QUOTES or doc[a - 2].lower_ != "the":
        return None
    return a, b


def _names_after_group_nouns(doc, ents: list) -> tuple[list, bool]:
    """"the Venezuelan gang Tren del Sur": the capitalised words (with Spanish or Portuguese
    particles between) right after a noun for a gang or a militia are its name (ORG), in place of
    the model's span there (a place, a person) and wherever the same words are a place or a person
    in the text. Returns the entities and whether any changed."""
    names: set[tuple[str, ...]] = set()
    for t in doc[:-1]:
        if t.lower_ not in _GROUP_NOUNS:
            continue
        k = t.i + 1
        while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in _NAME_LINKS and k > t.i + 1):
            if doc[k].is_sent_start:
                break
            k += 1
        while k > t.i + 1 and doc[k - 1].lower_ in _NAME_LINKS:
            k -= 1
        if k > t.i + 1:
            names.add(tuple(x.text for x in doc[t.i + 1 : k]))
        # "Venezuela's Tren del Sur gang": two or more capitalised words before the lower-case noun
        j = t.i
        while j > 0 and t.is_lower and (doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha or doc[j - 1].lower_ in _NAME_LINKS and j < t.i):
            j -= 1
            if doc[j].is_sent_start:
                break
        while j < t.i and (doc[j].lower_ in _NAME_LINKS or doc[j].lower_ == "the"):
            j += 1
        if t.i - j >= 2 and any(x.lower_ in _NAME_LINKS for x in doc[j : t.i]):
            names.add(tuple(x.text for x in doc[j : t.i]))
        elif t.is_lower and 1 <= t.i - j <= 3 and j > 0 and doc[j - 1].lower_ == "the" and not doc[j].is_sent_start \
                and not any(x.label_ in ("NORP", "GPE") and x.start < t.i and j < x.end for x in ents):
            names.add(tuple(x.text for x in doc[j : t.i]))  # "the Viv Ansanm gang": its name, no one's
        elif t.is_lower and (quoted := _quoted_name_before(doc, t.i)) is not None \
                and not any(x.label_ in ("NORP", "GPE") and x.start < quoted[1] and quoted[0] < x.end for x in ents):
            names.add(tuple(x.text for x in doc[quoted[0] : quoted[1]]))  # the "Kanu Wuto" ("Stand Up") coalition
    for t in doc[1:]:
        # "the Kanu Wuto group", "the Kanu Wuto alliance": nouns too common to name what follows them
        if t.lower_ in _GROUP_NOUNS_BEFORE_ONLY and t.is_lower and doc[t.i - 1].is_alpha and doc[t.i - 1].text[:1].isupper():
            j = t.i
            while j > 0 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start and t.i - j < 3:
                j -= 1
            if j > 0 and doc[j - 1].lower_ == "the" and not doc[j].is_sent_start \
                    and not any(x.label_ in ("NORP", "GPE", "DATE", "ORG", "PERSON") and x.start < t.i and j < x.end for x in ents):
                names.add(tuple(x.text for x in doc[j : t.i]))
    if not names:
        return ents, False
    spans = []
    texts = [x.text for x in doc]
    for words in names:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if (not n or texts[i] == words[0]) and tuple(texts[i : i + n]) == words:
                spans.append((i, i + n))
    keep, changed = [], False
    # The spans by start, to skip the entities none of them overlaps (most): a span starting more
    # than the longest span's length before an entity cannot reach it.
    by_start = sorted(spans)
    span_starts = [a for a, _ in by_start]
    longest = max((b - a for a, b in spans), default=0)
    for e in ents:
        near = by_start[bisect_right(span_starts, e.start - longest) : bisect_left(span_starts, e.end)]
        # (none overlaps e in the spans as found: none of those left does either)
        hit = next(((a, b) for a, b in spans if e.start < b and a < e.end), None) if any(e.start < b for _, b in near) else None
        if hit is None:
            keep.append(e)
        elif e.label_ in ("GPE", "LOC", "PERSON", "NORP", "FAC", "ORG", "PRODUCT", "WORK_OF_ART") and hit[0] <= _unquoted_start(e) \
                and e.end <= hit[1]:
            changed = True  # the group's span replaces it (and a "the" or quote mark the model took with it)
        else:
            spans.remove(hit)  # a date, a number, a longer name: leave it
            keep.append(e)
    kept = sorted((e.start, e.end) for e in keep)
    kept_starts = [a for a, _ in kept]
    kept_longest = max((b - a for a, b in kept), default=0)
    spans = [(a, b) for a, b in dict.fromkeys(spans)
             if not any(a < end for _, end in kept[bisect_right(kept_starts, a - kept_longest) : bisect_left(kept_starts, b)])]
    new = []
    for a, b in sorted(spans):
        if not new or new[-1].end <= a:
            new.append(relabeled_span(doc, doc[a:b], "ORG"))
    if new:
        changed = True
    return sorted(keep + new, key=lambda x: x.start), changed


# Nouns for a group's members, or for the group, written right after its name: "Kelvani militants",
# "the Kelvani militia", "the Kelvani jihadist group".
MEMBER_NOUNS = frozenset(
    "militants militant gunmen fighters militia militiamen insurgents insurgent rebels guerrillas guerrilla jihadists jihadist".split()
)


def _core(e) -> tuple[int, int]:
    """Token bounds of the capitalised words of an entity, without a leading "the" and trailing
    lower-case words ("The Kelvani jihadist" -> "Kelvani")."""
    a, b = e.start, e.end
    while a < b and (e.doc[a].lower_ == "the" or not _capitalised(e.doc[a].text)):
        a += 1
    while b > a and not _capitalised(e.doc[b - 1].text):
        b -= 1
    return a, b


def _capitalised(word: str) -> bool:
    """A capitalised word, or an Arabic name with its article ("al-Shabaab")."""
    return word[:1].isupper() or _ARTICLE_NAME.match(word) is not None


_ARTICLE_NAME = re.compile(r"(?:al|el|an|ar|as|ash|ad)-[A-Z]")


def _groups_by_their_members(doc, ents: list) -> tuple[list, bool]:
    """A name written after a noun for a group ("the terror group Kelvani") or before a noun for its
    members ("Kelvani militants", "the Kelvani jihadist group") is a group's, wherever the text
    writes it: its PERSON mentions become ORG (the model tags a group's name a person's in one
    sentence and an organisation's in the next). Not a surname of a person named in full.
    Returns the entities and whether any changed."""
    groups: set[str] = set()
    surnames = {doc[b - 1].text for e in ents if e.label_ == "PERSON" for a, b in [_core(e)] if b - a >= 2}
    for e in ents:
        if e.label_ not in ("PERSON", "ORG"):
            continue
        a, b = _core(e)
        if a >= b:
            continue
        after = doc[b] if b < len(doc) else None
        if after is not None and after.is_space and b + 1 < len(doc):
            after = None  # a name at the end of its line
        before = doc[e.start - 1] if e.start > 0 else None  # the word before "the"/"al-" too
        if (after is not None and after.lower_ in MEMBER_NOUNS) or (before is not None and before.lower_ in ORG_HEAD_NOUNS):
            groups.add(doc[a:b].text)
    groups -= surnames
    if not groups:
        return ents, False
    out, changed = [], False
    for e in ents:
        a, b = _core(e)
        if e.label_ == "PERSON" and a < b and doc[a:b].text in groups:
            e, changed = relabeled_span(doc, e, "ORG"), True
        out.append(e)
    return out, changed


# An acronym the text writes as an armed group's ("the guerrilla group ELN", "ELN rebels"): the model
# often tags no entity there.
_ACRONYM_GROUP = re.compile(
    r"\b(?:group|militia|movement|guerrillas?|rebels|insurgents|militants)\s+(?:the\s+)?([A-Z]{2,6}|[A-Z]{1,4}\d{1,3})\b(?![-’'])"
    r"|(?<![\w-])([A-Z]{2,6})\s+(?:militants?|guerrillas?|rebels|insurgents?|fighters|gunmen|militia|militiamen|jihadists)\b"
    # a letter and a number ("M23 rebels", "the group M19"): never "fighters", which may be jets ("J20 fighters")
    r"|(?<![\w-])([A-Z]{1,4}\d{1,3})\s+(?:militants?|guerrillas?|rebels|insurgents?|gunmen|militia|militiamen|jihadists)\b",
    re.I,
)
# Words (lower case, cut to a stem) of which _ACRONYM_GROUP needs one (``_may_hold``).
_ACRONYM_GROUP_WORDS = ("group", "militia", "movement", "guerrilla", "rebels", "insurgent", "militant", "fighters", "gunmen",
                        "jihadists")
# The model's labels an acronym group may carry by mistake ("M23" as a place): replaced where they
# cover the acronym alone.
_ACRONYM_MISLABELS = frozenset(("GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT"))


def _acronym_groups(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """An acronym written after a noun for a group or before a noun for its members ("the guerrilla
    group TLA", "TLA rebels") is the group's name (ORG) wherever the text writes it and no entity
    is; never a country's ("US fighters"). Returns the entities and whether any was added."""
    text = _text(doc)
    names = {acr for m in (_ACRONYM_GROUP.finditer(text) if _may_hold(text, _ACRONYM_GROUP_WORDS) else ())
             if (acr := m.group(1) or m.group(2) or m.group(3)).isupper() and gazetteer.country(acr) is None}
    if not names:
        return ents, False
    wrong = [e for e in ents if e.label_ in _ACRONYM_MISLABELS and e.text in names]
    ents = [e for e in ents if not (e.label_ in _ACRONYM_MISLABELS and e.text in names)]
    taken = sorted((e.start_char, e.end_char) for e in ents)
    new = []
    for acr in names:
        for m in re.finditer(rf"(?<![\w-]){acr}(?![\w-])", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = doc.char_span(m.start(), m.end(), label="ORG")
            if span is not None:
                new.append(span)
    if not new and not wrong:
        return ents, False
    return sorted(ents + new, key=lambda e: e.start), True


# The office of an official by title: "the Peace Commissioner's office", "the Attorney General’s Office".
_TITLE_OFFICE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*))[’']s\s+[Oo]ffice\b")


def _title_offices(doc, ents: list) -> tuple[list, bool]:
    """"the Peace Commissioner's office": an official's title (capitalised, ending in a title word)
    and "office" are a body's name (ORG), over any entity of the title alone; never a person's
    office ("Ana Pike's office"). Returns the entities and whether any changed."""
    text = _text(doc)
    if "office" not in text.lower():
        return ents, False
    new = []
    for m in _TITLE_OFFICE.finditer(text):
        words = m.group(1).split()
        start = m.start() + (len(words[0]) + 1 if words[0] in ("The", "A", "An") and len(words) > 1 else 0)
        if m.group(2).lower() not in TITLE_WORDS or words[0] in ("The", "A", "An") and len(words) == 1:
            continue
        if any(e.label_ != "ORG" and e.start_char < m.end() and start < e.end_char for e in ents):
            continue
        span = doc.char_span(start, m.end(), label="ORG", alignment_mode="expand")
        if span is not None:
            new.append(span)
    if not new:
        return ents, False
    keep = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
    return sorted(keep + new, key=lambda e: e.start), True


# An apposition that makes a name a group's branch: ", al-Qaeda's affiliate", ", an offshoot of X",
# ", a militant group linked to X".
_AFFILIATE_APPOSITION = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:\S+[’']s\s+(?:[a-z]+\s+)?(?:affiliate|branch|offshoot)\b"
    r"|(?:[a-z]+\s+)?(?:affiliate|offshoot)\s+of\b"
    r"|(?:[a-z]+\s+)?(?:group|militia|faction|movement|organi[sz]ation)\s+(?:affiliated|linked)\s+(?:with|to)\b)"
)


def _plural_noun_opening(t) -> bool:
    """A plural common noun capitalised only because it opens the sentence ("Photographs showed"):
    tagged NNS with a singular lemma of its own ("photograph"), title case."""
    return (t.is_sent_start and t.tag_ == "NNS" and t.text[1:].islower() and t.lemma_.lower() != t.lower_
            and t.lower_.startswith(t.lemma_.lower()[:3]))


def _group_by_context(doc, e) -> bool:
    """A name the context makes a group's: after "X-linked" or "X-affiliated" ("the al-Qaeda-linked
    Katiba X"), or with an apposition headed by a group's noun ("Katiba X, an al-Qaeda-affiliated
    group,")."""
    if e.start >= 2 and doc[e.start - 1].lower_ in ("linked", "affiliated") and doc[e.start - 2].text == "-":
        return True
    if _AFFILIATE_APPOSITION.match(_text(doc), e.end_char, min(len(_text(doc)), e.end_char + 80)):
        return True  # "Katiba X, al-Qaeda's affiliate in the Sahel,"
    i = e.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[i + 2 : i + 9]:
        if t.text in (",", ".", ";", ":", ")") or t.lower_ in ("that", "which", "who", "whose", "’s", "'s") or t.pos_ == "ADP":
            return False  # "a man linked to the militia": the group is another noun's
        if t.lower_ in ORG_HEAD_NOUNS or t.lower_ in _GROUP_NOUNS:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            # the head of the apposition, not a modifier ("a party official", "a group member")
            return nxt is None or nxt.is_punct or nxt.lower_ in ("that", "which", "based", "active", "operating")
    return False


def _infrastructure_after(doc, e) -> bool:
    """"the Nordlink gas pipeline", "Estlink 2 power cable": after the name, at most two modifiers
    of infrastructure (a number, "gas", "undersea") and a noun of infrastructure."""
    k = e.end
    n = 0
    while k < len(doc) and n < 2 and (doc[k].like_num or doc[k].lower_ in _INFRASTRUCTURE_MODIFIERS):
        k += 1
        n += 1
    return k < len(doc) and doc[k].lower_ in INFRASTRUCTURE_NOUNS


def _line_of(doc, e) -> str:
    text = _text(doc)
    lo = text.rfind("\n", 0, e.start_char) + 1
    hi = text.find("\n", e.end_char)
    return text[lo : hi if hi >= 0 else len(text)].strip()


def _no_names(doc, ents: list) -> tuple[list, bool]:
    """Spans the model tags PERSON that name no one: a web form's words ("Invalid Email"), and the
    first word of a short heading line of lower-case words with no full stop ("Ransom demand").
    Returns the entities without them and whether any was dropped."""
    out = []
    lows: list[frozenset] = []  # the text's lower-case words, read once when a heading needs them
    for e in ents:
        if e.label_ == "PERSON":
            if any(t.lower_ in _WEB_FORM_WORDS for t in e):
                continue
            line = _line_of(doc, e)
            words = line.split()
            if (len(e) == 1 and line.startswith(e.text) and 2 <= len(words) <= 5 and line[-1:] not in ".?!:\"”’"
                    and all(w[:1].islower() for w in words[1:])):
                continue
            if _headline_words(doc, e, line, lows):
                continue
        out.append(e)
    return out, len(out) != len(ents)


def _headline_words(doc, e, line: str, lows: list) -> bool:
    """"Deadly Clashes Erupt" on a title-case heading line (no full stop): a PERSON span whose every
    word the text writes in lower case elsewhere ("clashes", "erupted"; its first word may open a
    sentence: "Deadly clashes broke out") names no one (a name's words are not the story's common
    words)."""
    if line[-1:] in ".?!\"”’" or len(e) < 2 or not all(w[:1].isupper() or not w[:1].isalpha() or w in HEADLINE_SMALL for w in line.split()):
        return False
    text = _text(doc)
    if not lows:
        lows.append(frozenset(LOWER_WORD.findall(text)))
    words = lows[0]
    for t in e:
        if not t.is_alpha:
            continue
        w = t.lower_
        if t.i == e.start and re.search(rf"(?:^|[.!?]\s+){re.escape(t.text)}\b", text[e.end_char :], re.M):
            continue  # the first word, opening a sentence of the story ("Deadly clashes broke out")
        if not (w in words or any(w + x in words for x in ("s", "d", "ed", "ing", "es")) or w.endswith("s") and w[:-1] in words):
            return False
    return True


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _month_surnames(doc, ents: list) -> tuple[list, bool]:
    """"Alba March opened the hearing": a month name right after a PERSON span, outside any
    entity or a DATE of that one word, with no number, verb or capitalised word after it, is that
    person's surname, not a date. Returns the entities and whether any changed."""
    out: list = []
    changed = False
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    skip = -1
    for e in ents:
        if e.start == skip:
            continue
        if e.label_ == "PERSON" and e.end < len(doc) and "\n" not in e[-1].whitespace_:
            m = doc[e.end]
            other = taken.get(m.i)
            after = doc[m.i + 1] if m.i + 1 < len(doc) else None
            if (m.lower_ in _MONTHS and m.is_title and (other is None or (other.label_ == "DATE" and len(other) == 1))
                    and not (after is not None and (after.like_num or after.tag_ == "VB" or after.is_title and after.is_alpha))):
                # not "on Lee May 5", "Lee May be late", nor a headline's "Putin May Attend Talks"
                out.append(relabeled_span(doc, doc[e.start : m.i + 1], "PERSON"))
                changed, skip = True, m.i
                continue
        out.append(e)
    return out, changed


def _adjacent_people_joined(doc, ents: list) -> tuple[list, bool]:
    """Two PERSON spans with nothing between them ("Abdul-Malik" + "Badreddin al-Houthi") are one
    name the model cut in two."""
    out: list = []
    changed = False
    for e in ents:
        if out and e.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == e.start and "\n" not in out[-1][-1].whitespace_:
            out[-1] = relabeled_span(doc, doc[out[-1].start : e.end], "PERSON")
            changed = True
            continue
        out.append(e)
    return out, changed


def _adjacent_bodies_joined(doc, ents: list) -> tuple[list, bool]:
    """Two ORG spans with only a space between them, the first ending in a capitalised word that is
    no acronym and the second opening with one ("the High" + "Commission of X"): one name the
    model cut in two."""
    out: list = []
    changed = False
    for e in ents:
        if out and e.label_ == "ORG" and out[-1].label_ == "ORG" and out[-1].end == e.start and out[-1][-1].whitespace_ == " " \
                and out[-1][-1].is_title and not out[-1][-1].is_upper and e[0].is_title:
            out[-1] = relabeled_span(doc, doc[out[-1].start : e.end], "ORG")
            changed = True
            continue
        out.append(e)
    return out, changed


def _bodies_cut_at_a_preposition(doc, ents: list) -> tuple[list, bool]:
    """An ORG span that ends in "for", "of", "on" or "to" with a named place or body right after
    it ("the Office of the Special Envoy for" + "Yemen", "the Commission of" + "the African Union"
    as the model cut them): one body's name, the place or body its last word brings in."""
    out: list = []
    changed = False
    for e in ents:
        if out and out[-1].label_ == "ORG" and out[-1][-1].lower_ in ("for", "of", "on", "to") and e.label_ in ("GPE", "LOC", "ORG", "NORP") \
                and len(out[-1]) >= 3 and out[-1].end <= e.start <= out[-1].end + 1 and (e.start == out[-1].end or doc[out[-1].end].lower_ == "the") \
                and e[0].text[:1].isupper():
            out[-1] = relabeled_span(doc, doc[out[-1].start : e.end], "ORG")
            changed = True
            continue
        out.append(e)
    return out, changed


# What may stand between two items of a list of names: "A, B and C", "A; B", "A, and B".
_LIST_SEPARATORS = frozenset([",", ";", "and", "&"])


def _names_in_lists_of_people(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """"A, B, C and D" where most items are PERSON spans: an item the model tagged ORG, GPE or
    NORP that is shaped like a name (two to four capitalised words, no organisation's or place's
    word, not a known place, country or group of the alias file) is a person too ("the hostages:
    Dana Levi (PERSON), Eran Tal (ORG) and Yael Sapir"). A list needs three items at least, more
    than half of them PERSON."""
    runs: list[list[int]] = []
    for k, e in enumerate(ents):
        if runs and _list_gap(doc, ents[runs[-1][-1]], e):
            runs[-1].append(k)
        else:
            runs.append([k])
    out, changed = list(ents), False
    for run in runs:
        people = sum(ents[k].label_ == "PERSON" for k in run)
        if len(run) < 3 or people < 2 or people * 2 <= len(run):
            continue
        for k in run:
            e = ents[k]
            if e.label_ in ("ORG", "GPE", "NORP") and _name_shaped(e, gazetteer):
                out[k], changed = relabeled_span(doc, e, "PERSON"), True
    return out, changed


def _list_gap(doc, a, b) -> bool:
    """Only list separators (at least one) stand between entity spans ``a`` and ``b``, on one line."""
    between = doc[a.end : b.start]
    return (0 < len(between) <= 2 and all(t.lower_ in _LIST_SEPARATORS for t in between)
            and "\n" not in doc[a.start : b.start].text)


def _name_shaped(e, gazetteer) -> bool:
    """Two to four capitalised words (hyphens allowed: "Gilboa-Dalal") with no organisation's or
    place's word, that no place, country or alias-file entry is."""
    words = [t.text for t in e if t.text != "-"]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words):
        return False
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    return not (gazetteer.country(e.text) or gazetteer.canonical(e.text) or place(e.text, tuple(gazetteer.places)))


# Before "of": nouns of a place's parts or people ("the residents of Hibhib", "the outskirts of X").
PLACE_OF_NOUNS = frozenset("residents inhabitants outskirts suburbs outskirt centre center heart streets".split())
# Nouns of an event that happens somewhere: "the attack in Hibhib", "a blast near X".
EVENT_NOUNS = frozenset(
    """
    attack attacks strike strikes blast blasts explosion explosions bombing bombings fighting clashes
    shelling raid raids fire airstrike airstrikes
    """.split()
)
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)


def _apposition_place(doc, e) -> bool:
    """", a small town with ...", ", just north of Baghdad": an apposition that says the name is a
    place (the head of its first noun phrase is a kind of place, or it gives a direction from one)."""
    i = e.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    k = i + 1
    if doc[k].lower_ in ("just", "about", "some", "roughly"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in _COMPASS and doc[k + 1].lower_ in ("of", "from"):
        return True
    if doc[k].lower_ not in ("a", "an", "the"):
        return False
    head = None
    for t in doc[k + 1 : k + 6]:
        if t.text in ("’s", "'s"):
            return False  # "Omar, the city's mayor": a person of the place
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
        elif head is not None or t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PRON"):
            break
    return head is not None and head.lower_ in PLACE_NOUNS


def _place_by_form(doc, e) -> str:
    """"GPE" or "FAC" when a PERSON or ORG span is shaped like a place's name, else "": followed by
    a kind of place ("Zakanalye districts", "Kalachyovsky and Zakanalye districts"), after "the
    village of", before "police station" or "border post", ending in a street word ("Hali Road":
    FAC) or starting with a settlement or local unit's word ("Kibbutz Reim", "Barangay Tala")."""
    if not all(t.text[:1].isupper() for t in e if t.is_alpha):
        return ""
    if len(e) >= 2 and e[-1].lower_ in STREET_WORDS:
        return "FAC"
    if len(e) >= 2 and e[0].lower_ in SETTLEMENT_WORDS:
        return "GPE"
    after = doc[e.end : e.end + 4]
    if len(after) and after[0].lower_ in PLACE_NOUNS:
        return "GPE"
    if len(after) >= 2 and (after[0].lower_, after[1].lower_) in _STATION_AFTER:
        return "GPE"  # "the Kalo police station", "the Tessit border post"
    if len(after) >= 3 and after[0].lower_ in ("and", ",") and after[1].text[:1].isupper() and after[2].lower_ in PLACE_NOUNS:
        return "GPE"
    if e.start >= 2 and doc[e.start - 1].lower_ == "of" and doc[e.start - 2].lower_ in PLACE_NOUNS | PLACE_OF_NOUNS:
        return "GPE"
    if e.start >= 2 and doc[e.start - 1].lower_ in ("in", "near", "outside") and doc[e.start - 2].lower_ in EVENT_NOUNS:
        return "GPE"  # "the attack in Hibhib"
    if _apposition_place(doc, e) or in_unit_apposition(doc, e):
        return "GPE"
    return ""


def lower_case_bodies(doc, gazetteer) -> list[Entity]:
    """ORG mentions of a country's armed or police body written in lower case after its
    nationality ("Ugandan troops", "the Malian military", "Peruvian police": the words after the
    NORP entity, ``_PASSING_BODIES``), where no entity covers them and they end the noun phrase
    (not "Eritrean military targets"). Character offsets into ``doc.text``."""
    out: list[Entity] = []
    taken = {t.i for e in doc.ents for t in e}
    for e in doc.ents:
        if e.label_ != "NORP" or gazetteer.country(e.text) is None or "\n" in e[-1].whitespace_:
            continue
        for body in _PASSING_BODIES:
            end = e.end + len(body)
            if [t.lower_ for t in doc[e.end : end]] != list(body) or any(i in taken for i in range(e.end, end)):
                continue
            if end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[end].text in ("-", "’s", "'s")):
                break  # "Cambodian military targets", "Iraqi police checkpoint": a thing of the body
            span = doc[e.end : end]
            out.append(Entity(span.start_char, span.end_char, "ORG", span.text))
            break
    return out


def entity_mentions(doc, gazetteer=None) -> list[Entity]:
    """The entities of a parsed spaCy ``doc`` (after ``correct_entities``) whose label is in ``KEEP``
    and whose text is not blank, as ``Entity`` records with character offsets into ``doc.text``, in
    document order; with ``gazetteer``, also the armed bodies named in passing (``lower_case_bodies``).
    """
    ents = [
        Entity(e.start_char, e.end_char, e.label_, e.text)
        for e in doc.ents
        if e.label_ in KEEP and e.text.strip()
    ]
    if gazetteer is not None and (extra := lower_case_bodies(doc, gazetteer)):
        ents = sorted(ents + extra, key=lambda x: (x.start, x.end))
    return ents
