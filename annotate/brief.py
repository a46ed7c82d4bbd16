"""The Brief model: what the brief says, built from the workspace's tags, before any format.

Every quote in it is a tag's evidence text, verbatim from its source, with the number of
that source in the brief's source list. The bottom line and the key judgments are drafted
from the annotations; the analyst's own text, kept in the workspace, replaces the draft.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .models import Incident, Source, Stance
from .yearless import is_yearless, show as show_yearless, whole_month

@dataclass
class BriefFilter:
    """Which tags, incidents and sources the brief covers. Empty means no restriction.
    Dates compare with the source's publication date (and an incident's date)."""

    incidents: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # actor ids or names
    annotators: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    @property
    def active(self) -> bool:
        """True when any criterion is set (the brief is then restricted)."""
        return any((self.incidents, self.actors, self.annotators, self.labels, self.date_from, self.date_to))

    def describe(self, actor_name=None) -> str:
        """The criteria set, as one line for the brief's header ("incident a, b; label hawkish; dates
        2025-09-01 to …"); "" when none. ``actor_name``: typed actor -> the name to show (the
        actor's own name for an alias or an abbreviation: "PCG" -> "Philippine Coast Guard");
        as typed without it.
        """
        parts = []
        if self.incidents:
            parts.append("incident " + ", ".join(self.incidents))
        if self.actors:
            parts.append("actor " + ", ".join(dict.fromkeys(actor_name(a) if actor_name else a for a in self.actors)))
        if self.annotators:
            parts.append("annotator " + ", ".join(self.annotators))
        if self.labels:
            parts.append("label " + ", ".join(self.labels))
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '…'} to {self.date_to or '…'}")
        return "; ".join(parts)


@dataclass
class SourceRef:
    """A source as the brief cites it. ``n``: its number in the brief (1-based), in the
    library's order (by file name) among the sources listed, then any other cited; ``source``: the ``Source``; ``tone``: mean VADER compound score of its quotes, -1..1
    rounded to 2 places, None without quotes; ``copy_of``: the number of the earlier cited source it
    nearly duplicates (``Workspace.duplicate_groups``), None otherwise.
    """

    n: int
    source: Source
    tone: float | None = None  # mean VADER compound of its quotes (intensity, not stance)
    copy_of: int | None = None  # the number of the source it nearly duplicates

    @property
    def anchor(self) -> str:
        """The HTML/Markdown anchor of the source's entry in the brief: ``"src-<n>"``."""
        return f"src-{self.n}"


@dataclass
class Evidence:
    """One tagged passage shown under an actor. ``text``: the tag's quoted text; ``ref``: the cited
    source; ``label``: the stance label; ``annotator``: who tagged it, comma-separated when several
    tagged the same span alike; ``note``: their notes joined by "; "; ``kind``: "quote" when the
    text is (inside) a quotation of the source, "sentence" for the source's own narration ("Moscow
    denied it."), which is never shown as a quote (``evidence_kind``); ``rejected``: the analyst
    later said the quote it lies in is not a quote (``Workspace.remove_quote``): the tag stays
    in force, and the brief says its evidence was rejected; ``inside``: (text, annotator) of the
    actor's tags with its label on words inside this passage (``_folded``): counted with it, and
    the brief names them under it, so no tag in force is missing from the brief.
    """

    text: str
    ref: SourceRef
    label: str
    annotator: str
    note: str = ""
    kind: str = "quote"  # "quote": words quoted in the source; "sentence": the source's own narration
    rejected: bool = False  # its quote was later rejected as not a quote; the tag stays in force
    inside: list[tuple[str, str]] = field(default_factory=list)  # tags folded into it: (text, annotator)

    @property
    def is_quote(self) -> bool:
        """True when the evidence is words the source quotes (shown in quote marks)."""
        return self.kind == "quote"


_MARKS = " \t\n“”\"‘’'«»„"


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces and quotation marks at its ends."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def _folded(sts: Sequence[Stance], sources: dict) -> dict[str, Stance]:
    """Tag id -> the tag it folds into: one actor's tag whose words (quotation marks aside) lie
    inside a longer tag of the same source and label (a sentence of a tagged quote tagged
    again): the brief counts and shows the longer one only, with both annotators and notes."""
    out: dict[str, Stance] = {}
    for s in sts:
        src = sources.get(s.source_id)
        if src is None:
            continue
        a, b = _core(src.text, s.start, s.end)
        for t in sts:
            if t is s or t.source_id != s.source_id or t.label != s.label or t.id in out:
                continue
            c, d = _core(src.text, t.start, t.end)
            if c <= a and b <= d and (c, d) != (a, b):
                out[s.id] = t
                break
    for sid, t in list(out.items()):  # three nested tags: the innermost folds into the outermost
        while t.id in out:
            t = out[t.id]
        out[sid] = t
    return out


def nested_tags(ws) -> int:
    """How many tags in force the brief counts with another (``_folded``): a tag on words inside
    a longer tag of the same actor, source and label. ``bluf stats`` says so, next to its count of
    tags, so that its count and the brief's agree in words."""
    sources = {s.id: s for s in ws.sources()}
    by_actor: dict[str, list[Stance]] = {}
    for st in ws.stances():
        by_actor.setdefault(st.actor_id, []).append(st)
    return sum(len(_folded(sts, sources)) for sts in by_actor.values())


@dataclass
class ActorStance:
    """An actor's stance in the brief, from the tags in force (``build_brief``). ``actor_id``,
    ``name``, ``kind``, ``affiliation``: from the workspace's actor (the tag's name or id when the
    actor is gone); ``label``: the most frequent label (ties: the latest); ``counts``: label ->
    number of tags; ``evidence``: its tagged passages; ``agreement``: share of its tags with
    ``label``, 0-1; ``strength``: weak, moderate or strong (``strength``).
    """

    actor_id: str
    name: str
    kind: str
    affiliation: str
    label: str
    counts: Counter
    evidence: list[Evidence]
    agreement: float  # share of its tags that carry the stance label
    strength: str  # weak / moderate / strong
    conflict: tuple[str, ...] = ()  # "sources" and/or "annotators" (``conflicts``)
    tags: tuple[tuple[str, str, str], ...] = ()  # (tag id, label, annotator) of each tag in force, oldest first
    # Share (0-1) of the analysts' labels that agree with the majority, over the sources two or
    # more analysts labelled it in; None when no one source has two analysts (one analyst's two
    # labels are never a disagreement between annotators).
    annotators_agree: float | None = None
    # The country its affiliation belongs to when the affiliation is a body of it
    # (``country_side``: "Western Mindanao Command", whose own affiliation is the Philippines):
    # the side it is grouped under; "" when the affiliation is a side of its own.
    country: str = ""
    nested: int = 0  # its tags counted with another of its tags (on words inside it): in ``tags``, not in ``counts``

    @property
    def key_quote(self) -> Evidence | None:
        """The evidence that best shows the stance: one with the stance's label, a quote
        rather than narration, not rejected (``Evidence.rejected``), not too long, the longest of those."""
        same = [e for e in self.evidence if e.label == self.label] or self.evidence
        return max(same, key=lambda e: (not e.rejected, e.is_quote, len(e.text) <= 160, len(e.text))) if same else None

    @property
    def strength_basis(self) -> str:
        """What its strength rests on, in plain counts: "1 tag", "3 tags", and when some of its
        tags carry another label, how many carry its stance: "5 of 9 tags threatening"; a tie
        of labels: "2 tags, split 1–1"."""
        total = sum(self.counts.values())
        n = self.counts.get(self.label, 0)
        if len(self.top_labels) > 1:  # a tie: no one label to count
            return f"{total} tags, split {'–'.join(str(self.counts[lab]) for lab in self.top_labels)}"
        inside = f" and {self.nested} inside {'it' if total == 1 else 'one of them'}" if self.nested else ""
        if 0 < n < total:
            return f"{n} of {total} tags {self.label}{inside}"
        return _n(total, "tag") + inside

    @property
    def top_labels(self) -> list[str]:
        """The labels with the most tags: one, or several tied (in the order first tagged)."""
        n = max(self.counts.values(), default=0)
        return [lab for lab in self.counts if self.counts[lab] == n and n]

    @property
    def stance(self) -> str:
        """Its stance as the brief writes it: the label ("hawkish"); a tie is never one label
        ("hawkish / cautious (contested: 1–1)"); a contested or mixed stance says its tags
        ("hawkish (contested: hawkish 2, cautious 1)", "threatening / denial (mixed: 1–1)").
        Mixed: the labels differ, but no two analysts disagree on one source."""
        top = self.top_labels or [self.label]
        shown = " / ".join(top)
        if not self.split:
            return shown
        word = "contested" if self.contested else "mixed"
        if len(top) == sum(1 for n in self.counts.values() if n):
            return f"{shown} ({word}: {'–'.join(str(self.counts[lab]) for lab in top)})"
        return f"{shown} ({word}: {_tag_counts(self.counts)})"

    @property
    def contested(self) -> bool:
        """True when analysts disagree: two label it differently in one source (``conflict``,
        from ``conflicts``). One analyst's different tags (on statements of one source, or a
        stance that changed between sources) make it ``split``, written "mixed", not contested."""
        return "annotators" in self.conflict

    @property
    def split(self) -> bool:
        """True when its tags carry more than one label (contested or not: one analyst may tag
        two statements in one source differently); a split stance is never stated as one label."""
        return contested(self.counts)

    @property
    def non_state(self) -> bool:
        """True when it is a non-state armed group (``is_non_state``): a side of its own, never
        its affiliation's state, which it may be fighting."""
        return is_non_state(self.name, self.kind, self.country or self.affiliation)

    @property
    def side(self) -> str:
        """The side it is grouped under in the brief: its own name for a non-state armed group
        (``non_state``), else the country its affiliation belongs to (``country``), else
        ``side_of``."""
        if self.non_state:
            return self.name
        return self.country or side_of(self.name, self.kind, self.affiliation)

    @property
    def body(self) -> str:
        """The body it speaks for within its side ("Western Mindanao Command" of the
        Philippines), "" when its affiliation is the side itself."""
        if self.non_state:
            return ""
        own = side_of(self.name, self.kind, self.affiliation)
        return own if self.country and own and own != self.country else ""


def contested(counts: Counter) -> bool:
    """True when tags (label -> number) carry more than one label (``ActorStance.split``)."""
    return sum(1 for n in counts.values() if n) > 1


def conflicts(ag) -> dict[str, tuple[str, ...]]:
    """Actor id -> how its stance is contested, from an ``agreement.Agreement``: "sources" when
    its label (per source, the majority of its analysts) changed between sources, "annotators"
    when two analysts label it differently in one source. Actors absent are not contested. The
    brief's Disagreements section and the actors screen's marker both use it."""
    out: dict[str, list[str]] = {}
    for actor, _, _ in ag.between_sources:
        if "sources" not in out.setdefault(actor, []):
            out[actor].append("sources")
    for (actor, _), _, _ in ag.between_annotators:
        if "annotators" not in out.setdefault(actor, []):
            out[actor].append("annotators")
    return {a: tuple(k) for a, k in out.items()}


def annotators_agree(ag, actor_id: str) -> float | None:
    """Share (0-1) of analysts' labels of ``actor_id`` that agree with their source's majority,
    over the sources at least two analysts labelled it in (``agreement.Agreement.units``); None
    when there is none."""
    agree = total = 0
    for (actor, _), labels in ag.units.items():
        if actor != actor_id or len(labels) < 2:
            continue
        top = Counter(labels.values()).most_common(1)[0][1]
        agree, total = agree + top, total + len(labels)
    return agree / total if total else None


def contested_actor_ids(stances: list[Stance]) -> set[str]:
    """Ids of the actors whose stance is contested among ``stances`` (``conflicts``)."""
    from .agreement import agreement

    return set(conflicts(agreement(stances)))


def _is_country(name: str) -> bool:
    """True when the bundled alias file knows ``name`` as a country."""
    from .gazetteer import load_gazetteer

    return load_gazetteer().country(name) is not None


# Words that make a name a body of a state: "Philippine Department of Foreign Affairs",
# "Ministry of Defence of Ukraine", "US Navy". A movement or an armed group named after a
# country ("Free Syrian Army", "Syrian Democratic Forces") does not start with the country
# or lacks such a word, and stays a side of its own.
STATE_BODY_WORDS = frozenset("""
    department ministry ministries embassy consulate government cabinet presidency president
    parliament senate congress navy army police military coastguard
    """.split())
STATE_BODY_PHRASES = ("coast guard", "air force", "armed forces", "defence forces", "defense forces",
                      "foreign office", "foreign affairs", "state council", "security council", "border guard")


def _country_of_body(text: str) -> str:
    """The country whose state body ``text`` names: it starts with the country's name or
    adjective, or ends with "of (the) COUNTRY", and holds a state-body word
    (``STATE_BODY_WORDS``, ``STATE_BODY_PHRASES``): "Philippine Department of Foreign
    Affairs" -> "Philippines". "" otherwise ("Free Syrian Army", "NATO")."""
    from .gazetteer import load_gazetteer

    words = text.replace("’", "'").split()
    low = " ".join(words).lower()
    if len(words) < 2 or not (set(w.strip(",.'s") for w in low.split()) & STATE_BODY_WORDS
                              or any(p in low for p in STATE_BODY_PHRASES)):
        return ""
    gaz = load_gazetteer()
    for n in range(min(4, len(words) - 1), 0, -1):  # the longest country name first: "South Korean"
        c = gaz.country(" ".join(words[:n]).removesuffix("'s"))
        if c is not None:
            return c.name
    head, of, tail = low.rpartition(" of ")
    if of and head:
        c = gaz.country(" ".join(words)[len(head) + len(of):].removeprefix("the ").removeprefix("The "))
        if c is not None:
            return c.name
    return ""


# Words of the names of non-state armed groups: "Arakan Army", "National Liberation Front",
# "Los Lobos gang", "Democratic Forces". A name that is a body of a state (``_country_of_body``:
# "Indian Army", "Burmese military") is not one. They decide only for an actor whose affiliation
# names no state: "army", "forces", "brigade" and "liberation" are also words of states' own forces
# ("People's Liberation Army", "Defence Forces"), so they never take an actor from its state.
ARMED_GROUP_WORDS = frozenset("""
    army front forces brigade brigades militia militias liberation rebel rebels guerrilla guerrillas
    insurgent insurgents mujahideen resistance gang gangs cartel cartels
    """.split())
# Words that no state's body is named by (collective nouns of armed or criminal groups, a closed
# class of the language, ``national_groups.GROUP_HEADS``, and "front", "gang", "cartel"): an actor
# affiliated to a country is a side of its own only with one of these ("Kessan Liberation Front",
# "Los Tigres gang" of Ecuador), as bluf or an analyst may affiliate a group to the country it fights.
NON_STATE_WORDS = frozenset("""
    front fronts militia militias rebel rebels guerrilla guerrillas guerilla guerillas insurgent insurgents
    mujahideen resistance gang gangs cartel cartels separatists secessionists jihadists militants pirates bandits
    """.split())
# Words of the names of non-state political bodies (a movement, an opposition, protesters,
# students, activists): a side of their own like an armed group, never the state they oppose
# ("Students Against Discrimination" of Bangladesh, "Opposition Coalition" of Georgia). Not "party":
# a ruling party speaks with its government.
MOVEMENT_WORDS = frozenset("""
    movement movements opposition protesters protestors demonstrators students activists
    """.split())


# Words that follow a country's name in its own state's armed bodies: "Russian forces", "Indian army units".
_STATE_ARMED_WORDS = frozenset("army forces brigade brigades units troops the".split())


def is_non_state(name: str, kind: str, affiliation: str = "") -> bool:
    """True when an actor is a non-state armed group, a side of its own in the brief. Decided by
    ``kind`` and ``affiliation`` first: a person, a government or a state never is; an
    organisation or group affiliated to a country (``affiliation`` a country of the alias file,
    or a body of one, ``side_of``) is that state's (its armed forces, ministries, agencies:
    "People's Liberation Army" of China, "Royal Veldan Army" of Veldania) unless its name holds a
    word no state's body is named by (``NON_STATE_WORDS``: "Kessan Liberation Front", "Los Tigres
    gang"). An organisation or group of no country is one when its name holds a word of armed
    groups (``ARMED_GROUP_WORDS``) and is no body of a state (``_country_of_body``) nor a
    country's name with such words alone ("Russian forces"): "Arakan Army", "Free Syrian Army";
    not "Myanmar army", "Colombian police", a group named by no such word ("residents"). A
    movement, an opposition or protesters (``MOVEMENT_WORDS``) are non-state too, with or without
    a country: "Students Against Discrimination" of Bangladesh is not Bangladesh's state."""
    if kind not in ("organization", "group"):
        return False
    words = [w.strip(",.'’()").lower().removesuffix("'s") for w in name.split()]
    if affiliation and affiliation.strip().lower() != name.strip().lower():
        side = side_of("", kind, affiliation)
        if side and _is_country(side):
            return bool(set(words) & (NON_STATE_WORDS | MOVEMENT_WORDS))
    if set(words) & MOVEMENT_WORDS and not _country_of_body(name):
        return True  # "Students Against Discrimination", "Opposition Coalition"
    if not set(words) & ARMED_GROUP_WORDS or _country_of_body(name):
        return False
    # "Russian forces", "Ukrainian army units": a country's name and nothing but such words is its state's
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for n in range(min(3, len(words) - 1), 0, -1):
        if gaz.country(" ".join(name.split()[:n]).removesuffix("'s")) is not None:
            return not all(w in _STATE_ARMED_WORDS for w in words[n:])
    return True


def _listed_affiliation(name: str) -> str:
    """The affiliation the bundled alias file gives the actor of canonical name ``name``
    ("People's Liberation Army" -> "China"); "" when it lists none."""
    from .gazetteer import load_gazetteer

    entry = load_gazetteer().entry(name)
    return entry.affiliation if entry is not None else ""


def side_headings(actors: list[ActorStance]) -> dict[str, str]:
    """Side -> how the brief heads it when some side is a non-state armed group's (an actor of it
    ``non_state``, or the side's own name ``is_non_state``, as "Southern Liberation Front" of its
    commander): that side "Arakan Army (non-state)", each country's "Myanmar (state)", so that an
    insurgent group is never read as the state it fights; {} when there is none."""
    sides = list(dict.fromkeys(a.side for a in actors if a.side))
    armed = {a.side for a in actors if a.side and a.non_state} | {x for x in sides if is_non_state(x, "organization", _listed_affiliation(x))}
    if not armed:
        return {}
    out = {x: f"{x} (non-state)" for x in sides if x in armed}
    out.update({x: f"{x} (state)" for x in sides if x not in armed and _is_country(x)})
    return out


def side_of(name: str, kind: str, affiliation: str) -> str:
    """The side an actor is grouped under: its affiliation (a trailing "government" dropped:
    "Pakistan government" -> "Pakistan"; a place with its country, "Gegharkunik, Armenia" of a
    regional governor, is its country, but a non-state body with its country, "Los Tigres gang,
    Ecuador" or "Students Against Discrimination, Bangladesh" of their members, is that body: a region is never a side of its own; a body of a
    state, "Philippine Department of Foreign Affairs", is its country: ``_country_of_body``),
    else, for a government or a state, its own name without "government" (or the country
    whose body it is); "" when unknown."""
    def bare(text: str) -> str:
        head, comma, last = text.strip().rpartition(", ")
        if comma and head and _is_country(last):
            if set(w.strip(",.'’()").lower() for w in head.split()) & (NON_STATE_WORDS | MOVEMENT_WORDS):
                return head  # "Los Tigres gang, Ecuador", "Students Against Discrimination, Bangladesh": a side of its own
            text = last
        words = text.strip().split()
        if len(words) > 1 and words[-1].lower() == "government":
            words = words[:-1]
        if len(words) > 1 and (country := _country_of_body(" ".join(words))):
            return country
        return " ".join(words)

    if affiliation:
        return bare(affiliation)
    if kind in ("government", "state"):
        return bare(name)
    return ""


def country_side(ws, name: str, kind: str, affiliation: str, depth: int = 4) -> str:
    """The side above an actor's own when its affiliation is a body with an affiliation of its
    own, following the chain: "Western Mindanao Command" -> the workspace's actor of that
    name, affiliated to "Philippines" -> "Philippines" (at most ``depth`` steps; a known
    country ends it). "" when the affiliation is a side of its own (no such body, or one with
    no affiliation)."""
    first = side = side_of(name, kind, affiliation)
    seen = {side.lower()}
    for _ in range(depth):
        if not side or _is_country(side):
            break
        aid = ws.resolve_actor(side) if hasattr(ws, "resolve_actor") else None
        body = ws.actor(aid) if aid else None
        if body is None or not body.affiliation or is_non_state(body.name, body.kind, body.affiliation):
            break  # (a non-state armed group is a side of its own, not its affiliation's state)
        up = side_of(body.name, body.kind, body.affiliation)
        if not up or up.lower() in seen:
            break
        seen.add(up.lower())
        side = up
    return side if side != first else ""


@dataclass
class ActorGroup:
    """Actors of one side in the brief: ``side`` (``side_of``; "" for actors of no known
    side) and its ``actors`` in the brief's order."""

    side: str
    actors: list[ActorStance]
    shown: str = ""  # the side as headed (``side_headings``: "Arakan Army (non-state)", "Myanmar (state)")

    @property
    def heading(self) -> str:
        """The group's heading: its side (as ``shown``), or "Other actors" when unknown."""
        return self.shown or self.side or "Other actors"


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_span(first: str, last: str = "") -> str:
    """An incident's date as the brief shows it: one day as its ISO date ("2025-09-09"); a
    range of days written out once ("9–10 Sep 2025", "30 Sep–2 Oct 2025", "30 Dec 2024–2 Jan
    2025"); a range that is one whole month as the month ("Nov 2023"); a day of an unknown
    year ("--10-21") as "21 Oct (year unknown)"; "" when ``first``
    is "". ISO dates that do not parse are shown as given."""
    if shown := show_yearless(first, last):
        return shown  # "21 Oct (year unknown)"
    if month := whole_month(first, last):
        return month  # "Nov 2023": the whole month, no day known
    if not first or not last or last == first:
        return first
    try:
        a, b = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    except ValueError:
        return f"{first}/{last}"
    if a.year != b.year:
        return f"{a.day} {_MONTH_ABBR[a.month - 1]} {a.year}–{b.day} {_MONTH_ABBR[b.month - 1]} {b.year}"
    if a.month != b.month:
        return f"{a.day} {_MONTH_ABBR[a.month - 1]}–{b.day} {_MONTH_ABBR[b.month - 1]} {b.year}"
    return f"{a.day}–{b.day} {_MONTH_ABBR[b.month - 1]} {b.year}"


def incident_date(incident: Incident, narrow: bool = False) -> str:
    """An incident's date as every list shows it (the library, the incidents screen, `bluf
    incidents`): "~" first when it is the day its first source was published, no source
    saying when it happened (``Incident.date_reported``); the day or range (``date_span``,
    or for a narrow column ``yearless.compact``: "2025-09-19", "????-09-13", "Nov 2023");
    "≠" after when its sources' dates disagree; "undated" when it has none."""
    from .yearless import compact

    if not incident.date:
        return "undated"
    when = compact(incident.date, incident.date_end) if narrow else date_span(incident.date, incident.date_end)
    return ("~" if incident.date_reported else "") + when + ("≠" if incident.dates_disagree else "")


@dataclass
class IncidentRow:
    """An incident in the brief with the cited sources reporting it (``refs``, in citation order)
    and the ``title`` the brief shows (``distinct_titles``; the incident's own title by default)."""

    incident: Incident
    refs: list[SourceRef]
    title: str = ""

    def __post_init__(self) -> None:
        self.title = self.title or self.incident.title

    @property
    def when(self) -> str:
        """The incident's date or range of days (``date_span``), "undated" when none."""
        return date_span(self.incident.date, self.incident.date_end) or "undated"

    @property
    def dates_given(self) -> str:
        """When its sources' dates disagree (``Incident.dates_disagree``): the days they give,
        earliest first ("sources give 2025-03-03, 2025-03-20"); "" otherwise."""
        inc = self.incident
        if not inc.dates_disagree:
            return ""
        days = sorted({date_span(*v.split("/", 1)) for s, v in inc.dates.items() if s in inc.evidence})
        return "sources give " + ", ".join(days) if days else "the sources disagree"


def distinct_titles(incidents: list[Incident]) -> list[str]:
    """The incidents' titles as the brief shows them, in order: a title two incidents share
    gets what tells them apart, their date ("Drone strike in Pakistan, 2025-05-07", a range as
    ``date_span`` writes it; "undated"),
    else their place, else a number ("(2)"). Titles no other incident has are unchanged."""
    out = [i.title for i in incidents]
    groups: dict[str, list[int]] = {}
    for k, inc in enumerate(incidents):
        groups.setdefault(inc.title.strip().casefold(), []).append(k)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        parts = {k: [] for k in idx}
        for what in (lambda i: date_span(i.date, i.date_end) or "undated", lambda i: i.place or i.country):
            values = {k: what(incidents[k]) for k in idx}
            if len(set(values.values())) > 1:
                for k in idx:
                    parts[k].append(values[k])
            if len({tuple(p) for p in parts.values()}) == len(idx):
                break
        seen: Counter = Counter()
        for k in idx:
            key = tuple(parts[k])
            seen[key] += 1
            shown = out[k] + (", " + ", ".join(parts[k]) if parts[k] else "")
            if sum(1 for j in idx if tuple(parts[j]) == key) > 1:
                shown += f" ({seen[key]})"
            out[k] = shown
    return out


@dataclass
class Disagreement:
    """An actor whose tags disagree (agreement.py). ``actor``: its name; ``between``: "sources"
    (its stance changed between sources), "annotators" (analysts differ on one source) or
    "within" (its tags in one source carry different labels: a mixed stance, "mixed: 1–1");
    ``detail``: ``(SourceRef, label)`` pairs between sources, ``(annotator, label)`` pairs
    between annotators, ``(label, number of tags)`` pairs within a source; ``where``: for
    annotators and within, the source, else None; ``evidence``: between annotators, the text
    of the quote or sentence they labelled differently; ``who``: between sources, the
    annotator whose stance changed ("" for the label its annotators agree on).
    """

    actor: str
    between: str  # "sources", "annotators" or "within"
    detail: list[tuple]  # (SourceRef, label) between sources; (annotator, label) between annotators; (label, n) within
    where: SourceRef | None = None  # for annotators and within: the source
    evidence: str = ""  # between annotators: the statement they label differently
    who: str = ""  # between sources: whose stance changed ("" = the analysts' agreed one)


@dataclass
class Brief:
    """Everything a rendered brief shows (``build_brief``; rendered by export/markdown.py). ``title``;
    ``date``: ISO date it was built; ``scope``: the analyst's scope line ("" when none);
    ``coverage``: one line counting sources (how many of them are not analysed, and in which
    language; their publication span over the dated ones and how many are undated), incidents,
    tags and actors; ``title``: given, else the workspace's, else
    ``default_title``; ``actor_groups``: the actors by side;
    ``not_analysed``: cited sources in a language the analysis does not read; ``bottom_line`` and ``key_judgments``: the analyst's text stored in the workspace, else
    drafted (``bottom_line_drafted`` True then); ``incidents``, ``actors``, ``disagreements``,
    ``sources``: the rows; ``method``: lines on annotators, counts, pipeline version and agreement;
    ``filters``: ``BriefFilter.describe()``; ``annotators``: names of those whose tags are included,
    sorted.
    """

    title: str
    date: str
    scope: str
    bottom_line: str
    bottom_line_drafted: bool = True
    coverage: str = ""
    actor_groups: list[ActorGroup] = field(default_factory=list)
    not_analysed: list[SourceRef] = field(default_factory=list)
    key_judgments: list[str] = field(default_factory=list)
    incidents: list[IncidentRow] = field(default_factory=list)
    actors: list[ActorStance] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    filters: str = ""
    annotators: list[str] = field(default_factory=list)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _n(n: int, noun: str) -> str:
    """"1 source", "3 sources"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


STRENGTH_RULE = ("Strength: strong when 3 or more tags and at least 75% of them carry the actor's stance, "
                 "moderate when 2 or more and at least 60%, weak otherwise; the counts follow it.")


def strength(n: int, agreement: float) -> str:
    """From the evidence count and the share of it that agrees on the label
    (``STRENGTH_RULE`` says it in the brief's method)."""
    if n >= 3 and agreement >= 0.75:
        return "strong"
    if n >= 2 and agreement >= 0.6:
        return "moderate"
    return "weak"


def incident_type(incident: Incident) -> str:
    """The event type of an incident, as events.toml names it (its ``type``, else its ``kind``)."""
    return getattr(incident, "type", "") or incident.kind


def type_title(name: str) -> str:
    """The title events.toml gives the event type ``name`` ("drones" -> "Drones"), so that a type
    added to the file reads right without code; else ``name`` made readable ("cyber-attack" ->
    "Cyber attack"); "" for a type without a title (one that never makes an incident alone)."""
    from .event_types import load_event_types

    types = load_event_types()
    for group in vars(types).values():  # every table of the file (kinds, types, ...)
        if isinstance(group, tuple):
            for t in group:
                if getattr(t, "name", None) == name and isinstance(getattr(t, "title", None), str):
                    return t.title.split("{")[0].strip() if "{" in t.title else t.title
    return name.replace("-", " ").replace("_", " ").capitalize() if name and name != "unspecified" else ""


def _lower_first(text: str) -> str:
    """"Drones" -> "drones" inside a sentence; "IED attack" stays."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _sources_of(group: list[Incident]) -> int:
    """How many sources report the incidents of ``group`` (each source once)."""
    return len({sid for inc in group for sid in inc.evidence})


def _by_type(incidents: list[Incident], sources=_sources_of) -> list[tuple[str, list[Incident]]]:
    """(type title, its incidents) for the incidents' types, the type most sources report first
    (``sources``: a group of incidents -> its number of sources), then most incidents; incidents
    of a type without a title are under "Other incidents"."""
    groups: dict[str, list[Incident]] = {}
    for inc in incidents:
        groups.setdefault(type_title(incident_type(inc)) or "Other incidents", []).append(inc)
    return sorted(groups.items(), key=lambda kv: (-sources(kv[1]), -len(kv[1]), kv[0] == "Other incidents"))


def named_lead(incidents: list[Incident]) -> Incident | None:
    """The incident the analyst confirmed and named (``Incident.own_title``) that most sources
    report, when it is also the one most sources report of all (ties: the confirmed one): the
    brief's drafted title and bottom line lead with it, by the analyst's name ("Failed coup
    attempt in Lilongwe"), not by its type. None when there is none."""
    named = [i for i in incidents if i.status == "confirmed" and getattr(i, "own_title", False) and i.title]
    if not named:
        return None
    lead = max(named, key=lambda i: len(i.evidence))
    return lead if len(lead.evidence) >= max(len(i.evidence) for i in incidents) else None


def _named(incident: Incident) -> bool:
    """True when the analyst gave ``incident`` its title (``Incident.own_title``)."""
    return bool(getattr(incident, "own_title", False) and incident.title)


def _countries(incidents: list[Incident]) -> list[str]:
    """The incidents' countries, most incidents first (then first seen); an incident in no
    one country (a sea, a border, a disputed shoal) counts by its place."""
    c = Counter(w for i in incidents if (w := i.country if i.country not in ("", "?") else i.place))
    return [name for name, _ in c.most_common()]


def default_title(incidents: list[Incident], actors: list[ActorStance] = (), n_sources: int = 0) -> str:
    """The brief's title when the analyst gave none: the incidents' types and countries ("Drones
    and military aircraft: Poland, Estonia"), else the actors' sides ("Stances: Russia, Germany"),
    else the number of sources. Nothing in it is fixed to one topic. An incident the analyst
    confirmed and named that most sources report (``named_lead``) is the title by its name, with
    how many other incidents the analyst confirmed ("Coup attempt in Maseru, and 2 more confirmed
    incidents"), so that a title never reads as the brief's only incident when it is not."""
    lead = named_lead(list(incidents))
    if lead is not None:
        more = sum(1 for i in incidents if i is not lead and i.status == "confirmed")
        return lead.title + (f", and {more} more confirmed incident{'s' if more != 1 else ''}" if more else "")
    if incidents:
        titles = [t for t, _ in _by_type(incidents)]
        if len(titles) > 3:
            titles = titles[:3] + ["other incidents"]
        what = _join(titles[:1] + [_lower_first(t) for t in titles[1:]])
        places = _countries(incidents)
        where = ", ".join(places[:4]) + (f" and {len(places) - 4} more" if len(places) > 4 else "")
        return f"{what}: {where}" if where else what
    sides = list(dict.fromkeys(a.side for a in actors if a.side))
    if sides:
        return "Stances: " + ", ".join(sides[:4]) + (f" and {len(sides) - 4} more" if len(sides) > 4 else "")
    return f"Brief on {n_sources} source{'s' if n_sources != 1 else ''}"


def _names_side(name: str, side: str) -> bool:
    """True when ``name`` says its ``side`` already: the side's name ("Taiwan" in "Taiwan
    Coast Guard") or, for a country, its adjective ("Chinese government" of China, "Taiwanese
    government" of Taiwan), as the alias file's countries know them."""
    if side.lower() in name.lower():
        return True
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    own = gaz.country(side)
    if own is None:
        return False
    words = name.replace("’", "'").split()
    return any((c := gaz.country(" ".join(words[i:i + n]).removesuffix("'s"))) is not None and c.name == own.name
               for n in (1, 2) for i in range(len(words) - n + 1))


def _with_side(a: ActorStance) -> str:
    """An actor's name with its side when the name does not say it (``_names_side``): "Donald
    Trump (United States)", "Chinese government" (not "Chinese government (China)")."""
    return f"{a.name} ({a.side})" if a.side and not _names_side(a.name, a.side) else a.name


def _tag_counts(counts: Counter) -> str:
    """"hawkish 2, cautious 1": the labels of an actor's tags, most tags first."""
    return ", ".join(f"{label} {n}" for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n)


def _contested_phrase(a: ActorStance) -> str:
    """"Boris Pistorius (Germany: hawkish 1, cautious 1)": an actor of split stance and its tags;
    its side as ``_with_side`` gives it ("Chinese government (hawkish 1, threatening 1)")."""
    side = a.side if a.side and not _names_side(a.name, a.side) else ""
    return f"{a.name} ({side + ': ' if side else ''}{_tag_counts(a.counts)})"


# Fewer tagged actors than this, or a largest stance held by one actor only: the counts are
# said plainly ("2 tagged actors: 1 cautious and 1 threatening."), never as a share ("half").
SHARE_FROM = 4


def label_share(actors: list[ActorStance]) -> str:
    """One sentence on the most common stance among ``actors`` whose count words match the
    numbers: "All 3 tagged actors are hawkish.", "Most tagged actors are hawkish (3 of 5).",
    "Half the tagged actors are hawkish (2 of 4).", "The largest group of tagged actors is
    hawkish (2 of 5).", "Hawkish and cautious are tied (2 each of 5 tagged actors)."; when
    neutral is the largest group but no majority, the largest non-neutral group instead ("The
    largest non-neutral group of tagged actors is hawkish (3 of 12; 4 neutral)."); a
    contested actor counts towards no label. The counts plainly ("3 tagged actors: 1
    threatening, 1 hawkish and 1 mixed.") when the largest stance is held by one actor, or is
    no majority of fewer than ``SHARE_FROM`` actors: one tag is no group, and "half" of two
    is one. "" when there is no uncontested actor."""
    total = len(actors)
    counts = Counter(a.label for a in actors if not a.split)
    if not counts:
        return ""
    ranked = counts.most_common()
    n = ranked[0][1]
    split = Counter("contested" if a.contested else "mixed" for a in actors if a.split)
    plain = f"{total} tagged actors: {_join([f'{k} {lab}' for lab, k in ranked + split.most_common()])}."
    if n < total and (n < 2 or (total < SHARE_FROM and 2 * n <= total)):
        return plain
    top = [label for label, k in ranked if k == n]
    if len(top) > 1:
        return f"{_join(top).capitalize()} are tied ({n} each of {total} tagged actors)."
    label = top[0]
    stated = Counter({lab: k for lab, k in counts.items() if lab != "neutral"})
    if label == "neutral" and stated and 2 * n <= total:  # the parties who took a stance matter more
        k = max(stated.values())
        if k < 2:  # one actor is no group
            return plain
        tied = [lab for lab, m in stated.most_common() if m == k]
        if len(tied) > 1:
            return (f"{_join(tied).capitalize()} are the largest non-neutral groups ({k} each of {total} tagged actors; "
                    f"{n} neutral).")
        return f"The largest non-neutral group of tagged actors is {tied[0]} ({k} of {total}; {n} neutral)."
    if n == total:
        return f"The one tagged actor is {label}." if total == 1 else f"All {total} tagged actors are {label}."
    if 2 * n > total:
        return f"Most tagged actors are {label} ({n} of {total})."
    if 2 * n == total:
        return f"Half the tagged actors are {label} ({n} of {total})."
    return f"The largest group of tagged actors is {label} ({n} of {total})."


def draft_bottom_line(incidents: list[IncidentRow], actors: list[ActorStance], changes: list[str],
                      outside: int = 0) -> str:
    """A drafted bottom line (one paragraph) when the analyst wrote none: the incidents the analyst
    named (``Incident.own_title``) each by its name, most sources first ("Coup attempt in Maseru
    (confirmed, 3 sources)"), then the others by type with their countries and how many of
    them are confirmed ("air or drone strikes in India and Pakistan (2 incidents, 1 confirmed,
    3 sources); ceasefire in Pakistan (1 incident, 1 source)"), the actors grouped by label (non-neutral labels first, the most
    tagged first; neutral last) with their
    side, the contested actors apart with their tags ("Contested: Boris Pistorius (Germany:
    hawkish 1, cautious 1)"; a split stance is never stated as one label), and ``changes``
    (from ``what_changed``) since the last brief. ``outside``: tags the brief's filter leaves
    out; without actors the draft then says none are in the filter's range, not that none
    were tagged. An actor whose tags differ only within one analyst's reading of one source
    is under "Mixed" (two statements, not a contest).
    """
    parts = []
    if incidents:
        incs = [r.incident for r in incidents]

        def n_src(group: list[Incident]) -> int:
            return len({r.n for row in incidents if any(row.incident is g for g in group) for r in row.refs})

        # The incidents the analyst named (``Incident.own_title``) each by its name, most sources
        # first; the others by type, each group saying how many of its incidents are confirmed.
        named = sorted((r for r in incidents if _named(r.incident)), key=lambda r: -n_src([r.incident]))
        rest = [r.incident for r in incidents if not _named(r.incident)]
        kinds = [f"{r.title} ({'confirmed, ' if r.incident.status == 'confirmed' else ''}"
                 f"{_n(n_src([r.incident]), 'source')})" for r in named]
        for title, group in _by_type(rest, n_src):
            places = _countries(group)
            confirmed = sum(1 for i in group if i.status == "confirmed")
            state = ("" if not confirmed else ", confirmed" if len(group) == 1
                     else f", {confirmed} confirmed")
            kinds.append(_lower_first(title) + (f" in {_join(places)}" if places else "")
                         + f" ({_n(len(group), 'incident')}{state}, {_n(n_src(group), 'source')})")
        parts.append(f"{_n(len(incs), 'incident')} reported: " + "; ".join(kinds) + ".")
    by_label: dict[str, list[str]] = {}
    for a in actors:
        if not a.split:  # a split stance is never stated as one label
            by_label.setdefault(a.label, []).append(_with_side(a))
    phrases = {
        "hawkish": "Hawkish: {}.", "cautious": "Cautious: {}.", "threatening": "Threatening: {}.",
        "denial": "Denying: {}.", "neutral": "Neutral or non-committal: {}.",
    }
    tags_of = Counter()
    for a in actors:
        if not a.split:
            tags_of[a.label] += sum(a.counts.values())
    # What matters first: the non-neutral groups, the most tagged first; neutral parties last.
    for label in sorted(by_label, key=lambda lab: (lab == "neutral", -tags_of[lab], -len(by_label[lab]))):
        parts.append(phrases.get(label, label.capitalize() + ": {}.").format(_join(by_label[label])))
    split = [a for a in actors if a.contested]
    if split:
        parts.append("Contested: " + _join([_contested_phrase(a) for a in split]) + ".")
    mixed = [a for a in actors if a.split and not a.contested]
    if mixed:
        parts.append("Mixed: " + _join([_contested_phrase(a) for a in mixed]) + ".")
    if not actors and outside:
        parts.append(f"No stances tagged in the filter's range ({_n(outside, 'tag')} outside it).")
    elif not actors:
        parts.append("No stances tagged yet.")
    if changes:
        parts.append("Since the last brief: " + "; ".join(changes) + ".")
    return " ".join(parts)


def draft_key_judgments(incidents: list[IncidentRow], actors: list[ActorStance], disagreements: list[Disagreement]) -> list[str]:
    """Drafted key judgments (one sentence each) when the analyst wrote none: the best-attested
    incident (most independent sources), the positions of each side when there are several, the
    actors of strong stance, the most common label, and how many actors' stances are contested.
    """
    out = []
    if incidents:
        top = max(incidents, key=lambda r: (r.incident.independent, len(r.incident.evidence)))
        n = top.incident.independent or len(top.incident.evidence)
        when = "" if top.title != top.incident.title else f" ({top.when if top.incident.date else 'date not stated'})"
        if top.incident.date and (top.title.endswith(when) or top.incident.date in top.title):
            when = ""  # the title says its date already ("Balloons over Xanadu (2024-06-08)")
        out.append(f"Best attested: {top.title}{when}, "
                   f"reported by {n} independent source{'s' if n != 1 else ''}.")
        others = [r for r in incidents if r is not top and (r.incident.status == "confirmed" or _named(r.incident))]
        others.sort(key=lambda r: (r.incident.status != "confirmed", -len(r.incident.evidence)))
        if others:
            shown = [f"{r.title} ({r.when if r.incident.date else 'date not stated'})" for r in others[:4]]
            more = len(others) - len(shown)
            confirmed = all(r.incident.status == "confirmed" for r in others)
            out.append(("Also confirmed: " if confirmed else "Also named: ")
                       + _join(shown + ([f"{more} more"] if more else [])) + ".")
    sides: dict[str, list[str]] = {}
    bodies: dict[str, list[str]] = {}
    for a in actors:
        if a.side:
            labels = sides.setdefault(a.side, [])
            shown = "contested" if a.contested else "mixed" if a.split else a.label
            if shown not in labels:
                labels.append(shown)
            if a.body and a.body not in bodies.setdefault(a.side, []):
                bodies[a.side].append(a.body)
    if len(sides) >= 2:
        shown = side_headings(actors)
        out.append("Positions by side: " + "; ".join(
            f"{_side_with_bodies(shown.get(side, side), bodies.get(side, []))} {_join(labels)}"
            for side, labels in sides.items()) + ".")
    # A neutral stance is no position: "Firmest positions" names the parties that took one.
    strong = [a for a in actors if a.strength == "strong" and not a.split and a.label != "neutral"]
    if strong:
        out.append("Firmest positions: " + _join([f"{a.name} ({a.label})" for a in strong]) + ".")
    if share := label_share(actors):
        out.append(share)
    n = len({d.actor for d in disagreements if d.between == "annotators"})  # a mixed stance is not contested
    if n:
        out.append(f"{n} actor stance{'s are' if n != 1 else ' is'} contested: analysts disagree (see Disagreements).")
    n = len({d.actor for d in disagreements if d.between == "sources"})
    if n:
        out.append(f"{n} actor stance{'s' if n != 1 else ''} changed between sources (see Disagreements).")
    return out


def _side_with_bodies(heading: str, bodies: list[str]) -> str:
    """A side as "Positions by side" names it, with the bodies that speak for it in one bracket:
    "Veloria (Eastern Command)", "China (state; Eastern Theatre Command)" (never "China (state)
    (Eastern Theatre Command)")."""
    if not bodies:
        return heading
    if heading.endswith(")") and "(" in heading:
        return f"{heading[:-1]}; {_join(bodies)})"
    return f"{heading} ({_join(bodies)})"


def group_by_side(actors: list[ActorStance]) -> list[ActorGroup]:
    """The actors by side (``side_of``): sides with the most tags first, then by name; actors of
    no known side last. Within a side the actors keep their order."""
    groups: dict[str, list[ActorStance]] = {}
    for a in actors:
        groups.setdefault(a.side, []).append(a)
    tags = lambda side: sum(sum(a.counts.values()) for a in groups[side])  # noqa: E731
    order = sorted(groups, key=lambda side: (side == "", -tags(side), side.lower()))
    shown = side_headings(actors)
    return [ActorGroup(side, groups[side], shown.get(side, "")) for side in order]


_QUOTE_MARKS = "\"'“”‘’«»„‟‹›「」『』"


def evidence_kind(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """"quote" when the evidence [start, end) of a source's ``text`` is words the source quotes
    (it overlaps a quotation found in the source, ``quotes`` as (start, end) pairs, or quote marks
    open before it or close after it); "sentence" for the source's own narration."""
    if any(s < end and start < e for s, e in quotes):
        return "quote"
    before = text[max(0, start - 2):start].strip()
    after = text[end:end + 2].strip()
    inner = text[start:end].strip()
    if (before and before[-1] in _QUOTE_MARKS) or (after and after[0] in _QUOTE_MARKS):
        return "quote"
    if len(inner) > 1 and inner[0] in _QUOTE_MARKS and any(m in inner[1:] for m in _QUOTE_MARKS):
        return "quote"
    return "sentence"


def _unread(not_analysed) -> str:
    """" (1 not analysed: language id)" after the count of sources in scope, when some are in
    a language the analysis does not read (counted, but no quote, name or incident is theirs)."""
    if not not_analysed:
        return ""
    langs = sorted({r.source.language for r in not_analysed})
    return f" ({len(not_analysed)} not analysed: language{'s' if len(langs) > 1 else ''} {', '.join(langs)})"


def _span(dates: list[str], undated: int) -> str:
    """", published 2025-05-07 to 2025-05-10 (2 undated)" over the dated sources."""
    if not dates:
        return ", none dated" if undated else ""
    span = f", published {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    return span + (f" ({undated} undated)" if undated else "")


def build_brief(ws, title: str | None = None, today: date | None = None,
                flt: BriefFilter | None = None, snapshot_since: dict | None = None) -> Brief:
    """The brief of an analysed workspace, restricted by ``flt``. ``title``: given (``bluf export
    --title``), else the workspace's (``Workspace.set_brief_text``), else ``default_title``."""
    from .agreement import agreement

    flt = flt or BriefFilter()
    today = today or date.today()
    sources = {s.id: s for s in ws.sources()}
    stances, incidents, in_range, incident_sources = select(ws, flt)

    cited: dict[str, SourceRef] = {}  # the listed sources in the library's order, then any other cited

    def ref_for(source_id: str) -> SourceRef:
        ref = cited.get(source_id)
        if ref is None:
            ref = cited[source_id] = SourceRef(len(cited) + 1, sources[source_id])
        return ref

    # Every source in scope is listed, cited or not, numbered in the library's order (by file
    # name, as `bluf sources` and the library list them): [3] is the library's third.
    for sid in sorted(in_range, key=lambda x: sources[x].name):
        if not incident_sources or sid in incident_sources:
            ref_for(sid)

    quote_spans: dict[str, list[tuple[int, int]]] = {}

    def kind_of(st: Stance) -> str:
        if st.source_id not in quote_spans:
            quote_spans[st.source_id] = [(q.start, q.end) for q in ws.quotes(st.source_id)] if st.source_id in sources else []
        text = sources[st.source_id].text if st.source_id in sources else st.quote
        return evidence_kind(text, st.start, st.end, quote_spans[st.source_id])

    on_rejected = {st.id for st in ws.tags_on_rejected_quotes()}
    ag = agreement(stances)
    conflict = conflicts(ag)
    by_actor: dict[str, list[Stance]] = {}
    for st in stances:
        by_actor.setdefault(st.actor_id, []).append(st)
    actors: list[ActorStance] = []
    for actor_id, sts in by_actor.items():
        folded = _folded(sts, sources)
        sts_all, sts = sts, [s for s in sts if s.id not in folded]
        counts = Counter(s.label for s in sts)
        top = max(counts.values())
        label = next(s.label for s in reversed(sts) if counts[s.label] == top)  # ties: the latest
        a = ws.actor(actor_id)
        evidence: list[Evidence] = []
        seen: dict[tuple, Evidence] = {}
        for s in sts:
            key = (s.source_id, s.start, s.end, s.label)
            if key in seen:  # the same evidence tagged alike by another annotator
                ev = seen[key]
                if s.annotator not in ev.annotator.split(", "):
                    ev.annotator += f", {s.annotator}"
                ev.note = "; ".join(x for x in (ev.note, s.note) if x)
                continue
            seen[key] = Evidence(s.quote, ref_for(s.source_id), s.label, s.annotator, s.note, kind_of(s), s.id in on_rejected)
            evidence.append(seen[key])
        for s in sts_all:  # a tag on words inside another tag of the actor with its label: one tag, named under it
            if (outer := folded.get(s.id)) is not None and (ev := seen.get((outer.source_id, outer.start, outer.end, outer.label))):
                ev.inside.append((s.quote, s.annotator))
                ev.note = "; ".join(x for x in (ev.note, s.note) if x)
        share = counts[label] / sum(counts.values())
        actors.append(ActorStance(
            actor_id=actor_id, name=a.name if a else (sts[-1].actor_name or actor_id), kind=a.kind if a else "",
            affiliation=a.affiliation if a else "", label=label, counts=counts, evidence=evidence,
            agreement=share, strength=strength(sum(counts.values()), share), conflict=conflict.get(actor_id, ()),
            tags=tuple((s.id, s.label, s.annotator) for s in sts_all), nested=len(folded),
            annotators_agree=annotators_agree(ag, actor_id),
            country=country_side(ws, a.name, a.kind, a.affiliation) if a else "",
        ))
    actors.sort(key=lambda a: (-sum(a.counts.values()), a.name))
    groups_by_side = group_by_side(actors)
    actors = [a for g in groups_by_side for a in g.actors]

    rows = [IncidentRow(inc, sorted((ref_for(sid) for sid in inc.evidence if sid in in_range), key=lambda r: r.n), shown)
            for inc, shown in zip(incidents, distinct_titles(incidents))]

    disagreements = disagreements_of(actors, ag, ref_for)

    groups = ws.duplicate_groups()
    first_of_group: dict[str, int] = {}
    refs = []
    summary = ws.source_summary if hasattr(ws, "source_summary") else lambda sid: {
        "quotes": [[q.start, q.end, q.actor_id] for q in ws.quotes(sid)], "tone": None}
    for i, (sid, ref) in enumerate(cited.items()):
        tone = summary(sid)["tone"]
        ref.tone = None if tone is None else round(tone, 2)
        g = groups.get(sid, sid)
        ref.copy_of = first_of_group.get(g)
        first_of_group.setdefault(g, i + 1)
        refs.append(ref)

    changes = what_changed(snapshot_since, snapshot(ws, incidents, actors)) if snapshot_since else []
    stored = ws.brief_text() if hasattr(ws, "brief_text") else {}
    bottom = stored.get("bottom_line", "").strip()
    judgments = [line.strip("-• ").strip() for line in stored.get("key_judgments", "").splitlines() if line.strip()]
    dates = sorted(s.published[:10] for sid, s in sources.items() if sid in cited and s.published)
    span = _span(dates, sum(1 for sid in cited if not sources[sid].published))
    if flt.date_from or flt.date_to:
        left_out = sum(1 for x in sources.values() if not x.published)
        if left_out:
            span += f" ({_n(left_out, 'undated source')} left out by the date filter)"
    outside = len(ws.stances()) - len(stances) if flt.active else 0
    if title is None:
        title = stored.get("title", "").strip()
    title = title or default_title([r.incident for r in rows], actors, len(refs))
    from .language_support import is_analysed

    not_analysed = [r for r in refs if not is_analysed(r.source.language)]
    # English sources whose analysis has not finished (a long text still being parsed): listed,
    # but nothing of theirs is in the brief yet, and the brief says so.
    unfinished = [r for r in refs if is_analysed(r.source.language) and not ws.is_analysed(r.source.id)]
    from . import __version__
    from .nlp.pipeline import pipeline_version

    annotators = sorted({s.annotator for s in stances})
    nested = sum(a.nested for a in actors)
    counted = _n(len(stances) - nested, "tagged stance")
    if nested:  # said in words wherever the brief counts: every tag in force is in it
        counted += f" ({len(stances)} tags: {nested} inside another, shown with it)"
    method = [
        f"Annotators: {_join(annotators) or 'none yet'}; {len(stances)} tags in force on {len(actors)} actors "
        f"({sum(1 for s in stances if s.origin == 'suggestion')} accepted from suggestions)."
        + (f" {nested} of them on words inside a longer tag of the same actor, source and label: counted once, with "
           f"the longer one, under which the Evidence section names it ({counted.split(' (')[0]})." if nested else ""),
        f"Sources: {len(refs)}; quotes found: {sum(len(summary(sid)['quotes']) for sid in cited)}; incidents: {len(rows)}.",
        f"Analysis: bluf {__version__}, pipeline {pipeline_version(ws.gazetteer)}; tone is VADER's compound score, "
        "an intensity, not a stance.",
        STRENGTH_RULE,
    ]
    if len(annotators) >= 2:
        alpha = "n/a" if ag.alpha is None else f"{ag.alpha:.2f}"
        method.append(f"Agreement: Krippendorff's alpha {alpha} on {ag.alpha_units} actor×source units.")
    if unfinished:
        method.append(f"Not analysed yet: {_n(len(unfinished), 'source')} ({_join([r.source.name for r in unfinished])}) still being "
                      "analysed when this brief was made: no quote, name or incident of theirs is in it.")
    if not_analysed:
        method.append(f"Not analysed: {len(not_analysed)} source{'s' if len(not_analysed) != 1 else ''} in another language "
                      f"({_join(sorted({r.source.language for r in not_analysed}))}); the analysis reads English only.")
    return Brief(
        title=title,
        date=today.isoformat(),
        scope=stored.get("scope", "").strip(),
        coverage=f"{_n(len(refs), 'source')}{_unread(not_analysed)}{f' ({len(unfinished)} still being analysed)' if unfinished else ''}{span}, {_n(len(rows), 'incident')}, {counted}, "
                 f"{_n(len(actors), 'actor')}",
        actor_groups=groups_by_side,
        not_analysed=not_analysed,
        bottom_line=bottom or draft_bottom_line(rows, actors, changes, outside),
        bottom_line_drafted=not bottom,
        key_judgments=judgments or draft_key_judgments(rows, actors, disagreements),
        incidents=rows,
        actors=actors,
        disagreements=disagreements,
        sources=refs,
        method=method,
        filters=flt.describe(lambda a: ws.actor_name(ws.resolve_actor(a) or a)),
        annotators=annotators,
    )


def disagreements_of(actors: list[ActorStance], ag, ref_for) -> list[Disagreement]:
    """The Disagreements section: for every actor with a ``conflict`` (the test the actors
    screen's marker follows too) the sources its stance changed between and the sources its
    analysts disagree on (these make it ``contested``) (``agreement.agreement`` ``ag``). ``ref_for``: source id ->
    ``SourceRef``. An actor whose tags differ only within one source (a mixed stance, not
    contested: one analyst read two statements differently) is listed too, as "within" that
    source with its labels and counts, so that no row that says "mixed" is missing here; an
    actor whose tags all carry one label is not listed."""
    out: list[Disagreement] = []
    between_sources: dict[str, list] = {}
    for actor, per, who in ag.between_sources:
        between_sources.setdefault(actor, []).append((per, who))
    between_annotators: dict[str, list] = {}
    for (actor, sid), per, text in ag.between_annotators:
        between_annotators.setdefault(actor, []).append((sid, per, text))
    for a in actors:
        if not a.conflict:
            if a.split:
                per_source: dict[int, tuple] = {}
                for e in a.evidence:
                    per_source.setdefault(e.ref.n, (e.ref, Counter()))[1][e.label] += 1
                for _, (ref, labels) in sorted(per_source.items()):
                    if len(labels) > 1:
                        out.append(Disagreement(a.name, "within", sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])), ref))
            continue
        found = []
        for per, who in between_sources.get(a.actor_id, []):
            found.append(Disagreement(a.name, "sources", [(ref_for(s), lab) for s, lab in per.items()], who=who))
        for sid, per, text in between_annotators.get(a.actor_id, []):
            found.append(Disagreement(a.name, "annotators", list(per.items()), ref_for(sid), evidence=text))
        out += found
    return out


def select(ws, flt: BriefFilter):
    """(tags, incidents, source ids in the date range, sources of the chosen incidents or
    None) that a filter keeps. The brief and every export use it. With a date range, an
    undated source is left out (it cannot be shown to be in the range; the brief's scope line
    says how many); an undated incident is kept."""
    sources = {s.id: s for s in ws.sources()}
    dated = bool(flt.date_from or flt.date_to)
    in_range = {sid for sid, s in sources.items() if (s.published or not dated) and _date_ok(s.published, flt)}
    incidents = [i for i in ws.incidents() if (not flt.incidents or i.id in flt.incidents or set(i.aliases) & set(flt.incidents)) and _date_ok(i.date, flt)]
    incident_sources = {sid for i in incidents for sid in i.evidence} if flt.incidents else None
    actor_ids = {ws.resolve_actor(a) or a for a in flt.actors}
    stances: list[Stance] = []
    for st in ws.stances():
        if st.source_id not in in_range:
            continue
        if flt.annotators and st.annotator not in flt.annotators:
            continue
        if flt.labels and st.label not in flt.labels:
            continue
        if actor_ids and st.actor_id not in actor_ids:
            continue
        if incident_sources is not None and not (st.incident_id in flt.incidents or st.source_id in incident_sources):
            continue
        stances.append(st)
    return stances, incidents, in_range, incident_sources


def _date_ok(iso: str, flt: BriefFilter) -> bool:
    """A date inside the filter's range; an unknown date (or year) passes (it cannot be excluded)."""
    if not iso or is_yearless(iso):
        return True
    d = iso[:10]
    if flt.date_from and d < flt.date_from:
        return False
    if flt.date_to and d > flt.date_to:
        return False
    return True


def snapshot(ws, incidents: list[Incident] | list[IncidentRow], actors: list[ActorStance]) -> dict:
    """What a brief said, to tell what changed by the next one: ``sources`` (ids), ``incidents``
    (id -> title), ``actors`` (id -> [name, stance: its label, tied labels joined by " / "]) and
    ``tags`` (id -> [actor id, label, annotator], every tag the brief counted)."""
    incs = [r.incident if isinstance(r, IncidentRow) else r for r in incidents]
    return {
        "sources": sorted(s.id for s in ws.sources()),
        "incidents": {i.id: i.title for i in incs},
        "actors": {a.actor_id: [a.name, " / ".join(a.top_labels) or a.label] for a in actors},
        "tags": {tid: [a.actor_id, label, who] for a in actors for tid, label, who in a.tags},
    }


def _title_clip(title: str, width: int = 60) -> str:
    """An incident title as the "since the last brief" line quotes it: as written, without a
    leading "Incident:" (the line already says "new incident:"), cut at a word before ``width``
    characters with "…" when cut (a trailing "…" of a title already cut is kept)."""
    t = " ".join(title.split())
    if t[:9].casefold() == "incident:":
        t = t[9:].strip()
    t = t.rstrip("…").rstrip() if t.endswith("…") and len(t) > width else t
    if len(t) <= width:
        return t
    cut = t[:width + 1].rsplit(" ", 1)[0] if " " in t[:width + 1] else t[:width]
    return cut.rstrip(" ,;:.") + "…"


MAX_CHANGES = 6  # phrases in "Since the last brief"; more are summed up in the last one


def _new_tags(tags: list[tuple[str, str]]) -> str:
    """"hawkish, cautious (2)": the labels of new tags, first tagged first, with a count when
    more than one; each with its analyst when several analysts tagged ("hawkish (nu1),
    cautious (ben)")."""
    who = {a for _, a in tags}
    if len(who) > 1:
        per: dict[tuple[str, str], int] = {}
        for label, a in tags:
            per[(label, a)] = per.get((label, a), 0) + 1
        return ", ".join(f"{label} ({a}{f' ×{n}' if n > 1 else ''})" for (label, a), n in per.items())
    counts = Counter(label for label, _ in tags)
    return ", ".join(f"{label} ({n})" if n > 1 else label for label, n in counts.items())


def what_changed(before: dict, now: dict) -> list[str]:
    """What changed between two ``snapshot`` dicts (keys ``sources``, ``incidents``, ``actors``,
    ``tags``): new sources, new incidents, then per actor its new tags (every one, grouped:
    "Malian army newly tagged hawkish (nu1), cautious (ben)", "Risto Lohi tagged again: neutral")
    and whether its stance moved ("… moved from hawkish to cautious"). A ``before`` of an older
    bluf has no ``tags``: then the tags of actors it had are not told apart. At most
    ``MAX_CHANGES`` phrases, the last one counting those left out.
    """
    out = []
    new_sources = set(now["sources"]) - set(before.get("sources", []))
    if new_sources:
        out.append(f"{len(new_sources)} new source{'s' if len(new_sources) != 1 else ''}")
    new_inc = [t for i, t in now["incidents"].items() if i not in before.get("incidents", {})]
    if new_inc:
        out.append("new incident" + ("s" if len(new_inc) > 1 else "") + ": " + _join([f"“{_title_clip(t)}”" for t in new_inc]))
    old_tags = before.get("tags")
    fresh: dict[str, list[tuple[str, str]]] = {}
    for tid, (aid, label, who) in now.get("tags", {}).items():
        if (old_tags is not None and tid not in old_tags) or aid not in before.get("actors", {}):
            fresh.setdefault(aid, []).append((label, who))
    for aid, (name, label) in now["actors"].items():
        old = before.get("actors", {}).get(aid)
        tags = fresh.get(aid, [])
        if not old:
            out.append(f"{name} newly tagged {_new_tags(tags) if tags else label}")
        elif old[1] != label:
            out.append(f"{name} moved from {old[1]} to {label}" + (f" (new tags: {_new_tags(tags)})" if tags else ""))
        elif tags:
            out.append(f"{name} tagged again: {_new_tags(tags)}")
    if len(out) > MAX_CHANGES:
        out = out[:MAX_CHANGES - 1] + [f"{len(out) - MAX_CHANGES + 1} more changes (see Evidence)"]
    return out
