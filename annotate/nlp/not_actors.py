"""Names that are not actors, whatever label the small model gives them: ships, aircraft and weapons,
malware, time zones and newspapers.

- a ship's name ("the tanker Stena Bulk", "MV Tutor", "Tutor, a Liberian-flagged bulk carrier", "the
  ship, named by officials as the Sea Falcon", "the Sea Falcon Aframax oil tanker") is a PRODUCT
  (OntoNotes files vehicles there), and so is every other mention of that name in the text;
- a malware's name ("the Ryuk ransomware", "Ryuk, a ransomware strain") is a PRODUCT; a gang's name
  ("the Conti ransomware gang") is an organisation (ORG), wherever the text names it;
- an aircraft's or a weapon's model ("an Embraer 190 jet", "the Osprey aircraft", "a Bayraktar
  drone", "the drone Shahed-136") is a PRODUCT when the model gave it a person's label or it has a
  model number: a vehicle noun (``VEHICLE_NOUNS``) heads the phrase after the name or stands right
  before it. An organisation's or a nationality's name before one owns it ("a Hamas rocket",
  "Ukrainian drones", "an Azerbaijan Airlines plane") and stays what it is;
- a time zone ("1430 GMT", "UTC") is a TIME, with the number before it, never an organisation (nor
  the number a year);
- a newspaper the model cuts at a place ("the Los Angeles" GPE + "Times" ORG) is one ORG, which the
  alias file's outlet check then knows by its shape (``org_words.newspaper_name``).

Decided from the words around the name, never from a list of names.
"""

from __future__ import annotations

from ..org_words import NEWSPAPER_LAST_WORDS
from .pipeline import relabeled_span

# Nouns of a ship: the word before its name ("the tanker Stena Bulk") or the head of an apposition
# ("Tutor, a Liberian-flagged bulk carrier,").
VESSEL_NOUNS = frozenset(
    """
    ship ships vessel vessels tanker tankers supertanker freighter bulker warship destroyer frigate
    corvette cruiser submarine yacht ferry trawler dhow containership tugboat tug barge
    """.split()
)
# "carrier" is a ship only after one of these ("bulk carrier", "aircraft carrier"), not an airline.
CARRIER_KINDS = frozenset("bulk aircraft car gas lng lpg oil ore vehicle product chemical crude cargo".split())
# Written before a ship's name: merchant and navy prefixes ("MV Tutor", "USS Carney").
SHIP_PREFIXES = frozenset("MV M/V MT M/T MS M/S SS USS HMS HMCS HMAS HMNZS INS PNS RFS FS".split())
# The word before a name that only a ship takes ("the Liberian-flagged Tutor").
SHIP_ADJECTIVES = frozenset("flagged -flagged".split())

# Nouns of an aircraft or a weapon: the word after its model's name ("an Embraer 190 jet", "the
# Osprey aircraft") or right before it ("the drone Shahed-136"). "fighter" is a person too ("a
# Wagner fighter"): only "fighter jet" and the like, or after a model number ("a Su-30 fighter").
VEHICLE_NOUNS = frozenset(
    """
    jet jets jetliner jetliners airliner airliners aircraft airplane airplanes aeroplane aeroplanes
    plane planes warplane warplanes helicopter helicopters chopper choppers gunship gunships drone
    drones missile missiles rocket rockets bomber bombers tank tanks howitzer howitzers
    """.split()
)
_NUMBERED_VEHICLE_NOUNS = VEHICLE_NOUNS | frozenset("fighter fighters interceptor interceptors".split())
# Words between a model's name and its vehicle noun ("an Embraer 190 passenger jet", "a Sukhoi
# fighter jet", "a Kh-101 cruise missile").
VEHICLE_MODIFIERS = frozenset(
    """
    passenger cargo transport fighter attack combat military spy reconnaissance surveillance cruise
    ballistic hypersonic battle main kamikaze strike tilt-rotor tiltrotor utility light heavy
    twin-engine narrow-body wide-body regional business private
    """.split()
)

# Nouns of malicious software: after its name ("Ryuk ransomware") or heading an apposition.
MALWARE_NOUNS = frozenset(
    """
    ransomware malware virus worm trojan botnet spyware wiper backdoor rootkit keylogger infostealer
    stealer loader
    """.split()
)
# After a malware noun, these make the name a group's ("the Conti ransomware gang").
GANG_NOUNS = frozenset(
    """
    gang gangs group groups operators operator crew affiliates affiliate actors actor hackers cartel
    syndicate team
    """.split()
)
# Words of an apposition that only describe software ("a ransomware strain", "a variant").
_SOFTWARE_HEADS = MALWARE_NOUNS | frozenset("strain variant family".split())

# Time zones as news writes them after a time ("0600 GMT"). GMT, UTC and Zulu are never anything
# else; the others only after a time.
ALWAYS_TIME_ZONES = frozenset({"GMT", "UTC", "Zulu"})
TIME_ZONES = ALWAYS_TIME_ZONES | frozenset(
    """
    BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST HST IST PKT JST KST MSK
    AEST AEDT ACST AWST NZST NZDT WIB SAST EAT WAT CAT HKT SGT ICT GST AST
    """.split()
)
_TIME_WORDS = frozenset("am pm a.m. p.m. noon midnight hours hrs h".split())

# Labels of names that could be taken for an actor (or a place) when they name a ship or malware.
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART")


def _key(span) -> str:
    """The name without a leading "the", a ship prefix or a possessive: "Stena Bulk"."""
    words = [t.text for t in span if t.text not in ("’s", "'s")]
    while words and (words[0].lower() == "the" or words[0] in SHIP_PREFIXES):
        words.pop(0)
    return " ".join(words)


def _is_vessel_noun(doc, i: int) -> bool:
    """``doc[i]`` is a ship noun used as a noun, not a possessive or a modifier ("the tanker's
    owner", "tanker company")."""
    t = doc[i]
    low = t.lower_
    if low in ("carrier", "carriers"):
        if i == 0 or doc[i - 1].lower_ not in CARRIER_KINDS:
            return False
    elif low not in VESSEL_NOUNS:
        return False
    return True


def _ship_before(doc, e) -> bool:
    """"the tanker Stena Bulk", "cargo ship Tutor", "MV Tutor", "the Liberian-flagged Tutor"."""
    if e[0].text in SHIP_PREFIXES and len(e) >= 2:
        return True
    if e.start == 0:
        return False
    prev = doc[e.start - 1]
    if prev.text in SHIP_PREFIXES or prev.lower_ in SHIP_ADJECTIVES:
        return True
    if len(e) >= 2 and e[0].lower_ in VESSEL_NOUNS and e[0].text[:1].isupper() and e[1].text[:1].isupper():
        return True  # "Tanker Stena Bulk" in a headline
    return prev.is_lower and _is_vessel_noun(doc, e.start - 1)


# Words that name a thing just introduced: "the ship, named by officials as the Sea Falcon".
_NAMING = frozenset("named called dubbed identified referred known".split())


def _named_vessel(doc, e) -> bool:
    """"the ship, named by officials as the Sea Falcon,": the name follows "as" (or "named",
    "called") in a clause whose subject, at most ten words before, is a ship noun."""
    k = e.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in ("as", *_NAMING):
        return False
    window = doc[max(0, k - 10) : k]
    if doc[k].lower_ == "as" and not any(t.lower_ in _NAMING for t in window):
        return False
    sent_start = e.sent.start
    return any(_is_vessel_noun(doc, t.i) for t in window if t.i >= sent_start)


def _vessel_after(doc, e) -> bool:
    """"the Sea Falcon Aframax oil tanker": after "the", the name and at most two more words
    end in a ship noun that heads the phrase (no noun after it)."""
    if e.start == 0 or doc[e.start - 1].lower_ != "the" and e[0].lower_ != "the":
        return False
    for k in range(e.end, min(len(doc), e.end + 3)):
        if _is_vessel_noun(doc, k):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")
        if not doc[k].is_alpha:
            return False
    return False


def _apposition_head(doc, e, heads) -> bool:
    """", a Swedish tanker," after the name: the apposition's last noun before the next comma,
    period or relative pronoun is one of ``heads`` (a callable on a token index)."""
    i = e.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    j = i + 1
    if doc[j].lower_ not in ("a", "an", "the", "one"):
        return False
    last = None
    for k in range(j + 1, min(len(doc), j + 9)):
        t = doc[k]
        if t.text in (",", ".", ";", ":", ")") or t.lower_ in ("that", "which", "who", "whose") or t.is_sent_start:
            break
        if t.text in ("’s", "'s"):
            return False  # "the ship's owner"
        if t.pos_ in ("NOUN", "PROPN"):
            last = k
    return last is not None and heads(last)


def _model_number(e) -> bool:
    """The name holds a model number ("Embraer 190", "Su-30", "MiG-29")."""
    return any(any(c.isdigit() for c in t.text) for t in e)


def _vehicle_after(doc, e) -> bool:
    """"an Embraer 190 jet", "the Osprey aircraft", "a Sukhoi fighter jet": after the name, at most
    two modifiers or model numbers, then a vehicle noun that heads the phrase (no noun after it:
    "the Embraer aircraft manufacturer" is the maker's)."""
    nouns = _NUMBERED_VEHICLE_NOUNS if _model_number(e) else VEHICLE_NOUNS
    for k in range(e.end, min(len(doc), e.end + 3)):
        t = doc[k]
        if t.lower_ in nouns and (t.is_lower or t.is_title and k == e.end):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.lower_ in nouns
        if not (t.lower_ in VEHICLE_MODIFIERS or any(c.isdigit() for c in t.text) or t.text == "-"):
            return False
    return False


def _vehicle_before(doc, e) -> bool:
    """"the drone Shahed-136", "the aircraft Osprey": a vehicle noun right before the name."""
    k = e.start - 1
    return k >= 1 and doc[k].is_lower and doc[k].lower_ in VEHICLE_NOUNS and doc[k - 1].lower_ in ("the", "a", "an")


def _vehicle_model(doc, e, label: str) -> bool:
    """``e`` (a mention of a name the model labelled ``label``) names an aircraft's or a weapon's
    model: a person's label or a model number, and a vehicle noun after or before it (see the
    module's docstring)."""
    if not (label == "PERSON" or label in ("ORG", "FAC", "WORK_OF_ART", "GPE") and _model_number(e)):
        return False
    return _vehicle_after(doc, e) or _vehicle_before(doc, e)


def _malware_after(doc, e) -> bool:
    """"Ryuk ransomware", "the Ryuk ransomware attack", not "the Conti ransomware gang"."""
    i = e.end
    if i >= len(doc) or doc[i].lower_ not in MALWARE_NOUNS:
        return False
    return not (i + 1 < len(doc) and doc[i + 1].lower_ in GANG_NOUNS)


def _malware_before(doc, e) -> bool:
    """"the ransomware Ryuk", "ransomware known as Ryuk", "a malware called Ryuk"."""
    k = e.start - 1
    if k < 0:
        return False
    if doc[k].lower_ in ("called", "named", "dubbed", "as"):
        k -= 2 if doc[k].lower_ == "as" and k >= 1 and doc[k - 1].lower_ == "known" else 1
    return k >= 0 and doc[k].lower_ in MALWARE_NOUNS and not (e.end < len(doc) and doc[e.end].lower_ in GANG_NOUNS)


def _gang_after(doc, e) -> bool:
    """"the Ryuk gang", "Conti ransomware group": the name is a group's."""
    i = e.end
    if i < len(doc) and doc[i].lower_ in MALWARE_NOUNS:
        i += 1
    return i < len(doc) and doc[i].lower_ in GANG_NOUNS


def _time_zone(doc, e) -> bool:
    """"GMT", "0600 GMT", "3 p.m. EST": a time zone, alone or after a time."""
    words = [t for t in e]
    zone = words[-1].text
    if zone not in TIME_ZONES:
        return False
    if len(words) > 1 and not all(t.like_num or ":" in t.text or t.lower_ in _TIME_WORDS for t in words[:-1]):
        return False
    if zone in ALWAYS_TIME_ZONES or len(words) > 1:
        return True
    prev = doc[e.start - 1] if e.start > 0 else None
    return prev is not None and (prev.like_num or ":" in prev.text or prev.lower_ in _TIME_WORDS)


def _newspaper_tail(doc, e, nxt) -> bool:
    """``e`` (a place or a name) and the next entity ``nxt`` right after it are one newspaper's
    name: "the Los Angeles" + "Times"."""
    return (nxt is not None and nxt.start == e.end and len(nxt) <= 2 and nxt[-1].text in NEWSPAPER_LAST_WORDS
            and all(t.text[:1].isupper() for t in nxt))


def _occurrences(doc, e, positions: dict[str, list[int]]) -> list:
    """Spans of ``doc`` with the words of ``e``'s name (``_key``), tagged or not: "The Stena Bulk,
    a Swedish tanker," that the model left untagged names the "Stena Bulk's" it tagged PERSON."""
    words = _key(e).split()
    if not words:
        return []
    out = []
    for i in positions.get(words[0], ()):
        if [t.text for t in doc[i : i + len(words)]] == words:
            out.append(doc[i : i + len(words)])
    return out


# Any of these in a text may make a name a ship's, a malware's or a gang's.
_CUE_WORDS = VESSEL_NOUNS | _NUMBERED_VEHICLE_NOUNS | {"carrier", "carriers"} | SHIP_PREFIXES | SHIP_ADJECTIVES | MALWARE_NOUNS | GANG_NOUNS | {"flagged"}


def _cue_word(doc) -> bool:
    """Whether a word of ``doc`` (its lower-case form, or a ship prefix as written) is one of
    ``_CUE_WORDS``: one pass over the doc."""
    for t in doc:
        if t.lower_ in _CUE_WORDS or t.text in SHIP_PREFIXES:
            return True
    return False


def relabel_not_actors(doc, ents: list) -> tuple[list, bool]:
    """The entity spans ``ents`` of ``doc`` with ships and malware as PRODUCT, time zones as TIME and
    newspapers cut in two joined as one ORG (see the module's docstring). Returns the new list and
    whether anything changed."""
    out: list = []
    changed = False
    skip = -1
    for n, e in enumerate(ents):
        if n == skip:
            continue
        label = e.label_
        if label in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT") and _time_zone(doc, e):
            start = e.start
            if out and out[-1].end == e.start and out[-1].label_ in ("CARDINAL", "DATE") and all(
                    t.like_num or ":" in t.text for t in out[-1]):
                start = out.pop().start  # "1430" (DATE) "GMT" (ORG): one time, not the year 1430
            out.append(relabeled_span(doc, doc[start : e.end], "TIME"))
            changed = True
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if label in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC") and _newspaper_tail(doc, e, nxt):
            start = e.start + 1 if e[0].lower_ == "the" else e.start
            out.append(relabeled_span(doc, doc[start : nxt.end], "ORG"))
            skip = n + 1
            changed = True
            continue
        out.append(e)
    names = [e for e in out if e.label_ in _ACTOR_LABELS]
    if not names or not _cue_word(doc):
        return out, changed  # no ship, malware or gang is spoken of
    keys = {}
    for e in names:
        if (k := _key(e)) and k not in keys:
            keys[k] = e
    positions: dict[str, list[int]] = {}
    firsts = {k.split()[0] for k in keys}
    for t in doc:
        if t.text in firsts:
            positions.setdefault(t.text, []).append(t.i)
    things: set[str] = set()
    gangs: set[str] = set()
    for key, first in keys.items():
        occ = _occurrences(doc, first, positions)
        if any(_gang_after(doc, o) for o in occ):
            gangs.add(key)  # "the Conti gang": a group, wherever its malware is named too
        elif any(_ship_before(doc, o) or _named_vessel(doc, o) or _apposition_head(doc, o, lambda k: _is_vessel_noun(doc, k))
                 or _malware_after(doc, o) or _malware_before(doc, o) or _vehicle_model(doc, o, first.label_)
                 or _apposition_head(doc, o, lambda k: doc[k].lower_ in _SOFTWARE_HEADS) for o in occ):
            things.add(key)
    # A longer name that starts with a ship's ("the Sea Falcon Aframax" of "the Sea Falcon") or ends in
    # a ship noun after the name of one is the ship too.
    for key, first in keys.items():
        if key not in things and (any(key.startswith(t + " ") for t in things)
                                  or any(key.startswith(t + " ") or t.startswith(key + " ") for t in things)
                                  and _vessel_after(doc, first)):
            things.add(key)
    # Every mention of a ship's or a malware's name is one; a gang is an organisation.
    if things or gangs:
        final = []
        for e in out:
            if e.label_ in _ACTOR_LABELS and _key(e) in things:
                e = relabeled_span(doc, e, "PRODUCT")
                changed = True
            elif e.label_ in ("PERSON", "GPE", "NORP", "WORK_OF_ART") and _key(e) in gangs \
                    and not (e.label_ == "NORP" and len(e) == 1 and e[0].pos_ == "ADJ"):  # not "the Venezuelan gang"
                e = relabeled_span(doc, e, "ORG")
                changed = True
            final.append(e)
        out = final
    return out, changed


# Nouns of an event a headline may open a title-case phrase with ("... in Clashes Prompted by Killing
# of Armed Group Leader"): a phrase starting with one names what happened, never who or where.
HEADLINE_EVENT_NOUNS = frozenset(
    """
    killing killings clash clashes attack attacks strike strikes airstrike airstrikes bombing bombings
    blast blasts explosion explosions shelling fighting ambush ambushes massacre raid raids
    assassination assassinations shooting shootings violence protest protests unrest siege battle
    battles offensive death deaths murder murders kidnapping kidnappings abduction abductions arrest
    arrests
    """.split()
)
_HEADLINE_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


def _title_case_line(line: str) -> bool:
    """A headline written in title case: four or more words, and at least four in five of its words
    of four letters or more capitalised ("At Least 6 Killed in Clashes Prompted by ...")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 4 and len(long) >= 3 and sum(w[:1].isupper() for w in long) * 5 >= len(long) * 4


def headline_event_phrases(doc, ents: list, text: str) -> tuple[list, bool]:
    """Drop the names of a title-case line that open with an event noun (``HEADLINE_EVENT_NOUNS``:
    "Clashes Prompted", "Killing of Armed Group"): no actor, no place. ``text``: the doc's text
    (``doc_text``). Returns the entities and whether any was dropped."""
    out: list = []
    lines: dict[int, bool] = {}  # line start -> title case
    for e in ents:
        if e.label_ in _HEADLINE_LABELS and e[0].lower_ in HEADLINE_EVENT_NOUNS and e[0].text[:1].isupper():
            lo = text.rfind("\n", 0, e.start_char) + 1
            if lo not in lines:
                hi = text.find("\n", lo)
                lines[lo] = _title_case_line(text[lo : hi if hi >= 0 else len(text)])
            if lines[lo]:
                continue
        out.append(e)
    return out, len(out) != len(ents)
