"""Event types (ACLED/PLOVER-style: airspace violation, air or drone strike, protest, ...)
and the means that carry them out (drones, fighter jets, ...), with their trigger words
and patterns, read from a data file: annotate/events.toml, or the user's events.toml in the
config dir, or $BLUF_EVENTS."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .nlp.inflection import lemmas


@dataclass(frozen=True)
class EventType:
    """One event type. ``id``: as stored on mentions and incidents ("air_or_drone_strike");
    ``title``: for incident titles; ``verbs``/``nouns``: trigger lemmas (lower case; the file's
    ``verbs`` with its ``wordnet_verbs``, written by bench/wordnet_triggers.py, likewise nouns);
    ``phrases``: compiled case-insensitive regexes over the sentence; ``context``: lemmas (or
    lower-case phrases with a space) of which one must be in the sentence (empty: none
    needed); ``exclude``: lemmas or phrases that veto the sentence; ``place_rule``: "entered"
    (the place is the country whose airspace or territory was entered) or "" (where it
    happened); ``untargeted``: not this type when the clause names a target ("fired
    missiles at Israel" is no weapons test); ``needs_target``: trigger lemmas that make this
    type only when the clause names a target or a place ("fired a missile" alone is a test);
    ``non_state``: not this type when a country did it; ``joins_only``: its mentions join an
    incident of the same country found otherwise, and never make one; ``defers_to``: type ids
    whose type a mention of this entry takes when the article reports an event of one of
    them in the same country ("One of them struck a mosque" after "missiles hit Pakistan");
    ``consequence``: not this type when the trigger is the toll of another event the sentence
    reports ("detonated his explosives, killing 13", "were killed after shelling"); ``one_side``:
    an article's mentions of this type between the same countries report one event, placed
    in the country most of them give (a ceasefire between Israel and Hamas; drills by China
    around Taiwan); ``state``: only when a country did it ("Indian attacks on six sites");
    ``defers_when``: lemmas of which one must be in the trigger's phrase for ``defers_to`` to
    apply, and then only to a mention of that type dated within a day of it or undated ("killed
    soldiers and civilians in attacks": the clash the article reports there that day);
    ``at_sea_defers_to``: type ids whose type a mention of this entry placed at sea takes when
    the article reports one of them in the same country, dated within a day or undated ("the
    strike in the Caribbean" after "a strike on a vessel from Venezuela": one attack on a ship);
    ``not_aimed_at``: lemmas of what the trigger's phrase says was fired at or attacked ("at a
    drone", "on a plane", a verb's object or passive subject) that make it no event of this type
    when all it was aimed at is of them (air defence, not a clash); ``aimed_only_at``: for a
    trigger of firing, what it must be aimed at when it names a target that is no place
    ("opened fire on soldiers" is a clash, "opened fire at a party" is not); ``not_under``: lemmas
    that make it no event of this type when they govern the trigger (the words it hangs from, up
    to its clause's verb, and what a copula says it is): "the end of the truce", "remained
    committed to the ceasefire", "the ceasefire is a thing of the past"; ``defers_in_clause``:
    ``defers_when`` words count anywhere in the trigger's clause, not only in its phrase
    ("Kyiv was rocked by blasts, with air defences intercepting missiles"); ``victims``: lemmas of
    which one must be what the trigger's phrase says was killed or attacked (its object or passive
    subject, or what "of" counts there: "four of its soldiers"), else it is no event of this type
    ("separatists killed five soldiers" is a clash, "killed five farmers" is not; "named person":
    one the text names, "Ortiz was recaptured"); ``not_by``:
    lemmas that make it no event of this type when they name who did it (the trigger's subject or
    agent, a noun trigger's modifier, the subject of the verb that launched it: "gangs struck
    the town", "a militant strike"), not when they name its target ("strikes on militant
    hideouts"); ``by``: lemmas of which one must name who did it (read as for ``not_by``), else it
    is no event of this type ("troops stormed the palace" is a coup attempt, "protesters stormed
    the palace" is not); ``offered``: a side's word that it is ready to keep it or will keep it
    counts as the event ("said they were ready to observe a ceasefire", "announced it would
    respect a truce"), though said of the future; ``follows``: an event that follows the ones the
    article reports (attackers arrested): a mention of it placed only by the article's country
    is kept when the article places its events in that country (others such are dropped)."""

    id: str
    title: str = ""
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    phrases: tuple[re.Pattern, ...] = ()
    context: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    place_rule: str = ""
    untargeted: bool = False
    needs_target: frozenset[str] = frozenset()
    non_state: bool = False
    joins_only: bool = False
    defers_to: frozenset[str] = frozenset()
    consequence: bool = False
    one_side: bool = False
    state: bool = False
    defers_when: frozenset[str] = frozenset()
    at_sea_defers_to: frozenset[str] = frozenset()
    not_aimed_at: frozenset[str] = frozenset()
    aimed_only_at: frozenset[str] = frozenset()
    not_under: frozenset[str] = frozenset()
    defers_in_clause: bool = False
    victims: frozenset[str] = frozenset()
    not_by: frozenset[str] = frozenset()
    by: frozenset[str] = frozenset()
    offered: bool = False
    follows: bool = False

    @property
    def name(self) -> str:
        """The id (the name stored on mentions)."""
        return self.id


@dataclass(frozen=True)
class Means:
    """What carried an event out: ``name`` ("drones"), ``title`` ("Drones"), ``pattern``."""

    name: str
    title: str = ""
    pattern: re.Pattern | None = None


@dataclass(frozen=True)
class EventTypes:
    """The types and the means in file order, the file they were read from, why a user's
    file was not used (one line each), and ``areas``: normalised area name -> the country
    an event there took place in ("gaza strip" -> "Palestine"; "" at sea or on a disputed
    line: the country is then the nearest place the article names)."""

    types: tuple[EventType, ...]
    means: tuple[Means, ...] = ()
    path: str = ""
    problems: tuple[str, ...] = field(default=())
    areas: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    coasts: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    lines: frozenset[str] = field(default=frozenset(), hash=False, compare=False)

    def get(self, type_id: str) -> EventType | None:
        """The type of id ``type_id``, or None."""
        return next((t for t in self.types if t.id == type_id), None)

    def coast(self, name: str) -> tuple[str, ...]:
        """The countries on the sea, strait or line named ``name`` (("Yemen", "Saudi Arabia",
        ...) for "the Red Sea"), () when the file lists none."""
        return self.coasts.get(area_key(name), ())

    def is_line(self, name: str) -> bool:
        """True when ``name`` is a line between countries (``line = true``: "the Line of
        Control"), where an attack is on the side of its target."""
        return area_key(name) in self.lines

    def area(self, name: str) -> str | None:
        """The country of the area named ``name`` ("Gaza" -> "Palestine"), "" when it has none
        (a sea, a strait, a ceasefire line), None when the file does not list it. A part of a listed
        area named by a compass word ("the South Pacific", "the western Mediterranean", "northern
        Gaza") is that area, when the file does not list the whole name itself."""
        key = area_key(name)
        if key in self.areas:
            return self.areas[key]
        head, _, rest = key.partition(" ")
        return self.areas.get(rest) if head in _COMPASS and rest else None


    def guess(self, text: str, names_a_state: bool = True) -> str:
        """The id of the first type (in file order) whose trigger words or phrases ``text`` has,
        read from its words alone (a verb or noun with a common ending: "seized", "strikes",
        "shelling"), with one of the type's context words and none of its excluded ones; ""
        when none. Cruder than the analysis (no parse): for an incident the analyst makes of a
        sentence the analysis found no event in. ``names_a_state``: False when the text names
        no country as a name or nationality; then a type only a state's acts make (``state``) is
        not it, and an attack no type's context explains is an armed group's (the first
        ``non_state`` type with its words: "the militia attacked the offices across the city")."""
        low = text.lower()
        words = set(re.findall(r"[a-z][a-z-]*", low))
        forms = set(words) | {lem for w in words for lem in lemmas(w)}  # "struck": strike (nlp/inflection.py)
        for w in words:
            for end in ("s", "es", "d", "ed", "ing"):
                if w.endswith(end) and len(w) > len(end) + 2:
                    stem = w[: -len(end)]
                    forms |= {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}

        def has(w: str) -> bool:
            return (w in low) if " " in w else (w in forms)

        order: list[set[str]] = []  # the forms of each word, in the text's order
        for w in re.findall(r"[a-z][a-z-]*", low):
            f = {w, *lemmas(w)}
            for end in ("s", "es", "d", "ed", "ing"):
                if w.endswith(end) and len(w) > len(end) + 2:
                    stem = w[: -len(end)]
                    f |= {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
            order.append(f)

        def first_word(t) -> int:
            return next((k for k, f in enumerate(order) if f & (t.verbs | t.nouns)), len(order))

        found = next((t for t in self.types if not (t.joins_only or t.state and not names_a_state)
                      and ((t.verbs | t.nouns) & forms or any(p.search(text) for p in t.phrases))
                      and not (any(has(w) for w in t.exclude) or t.context and not any(has(w) for w in t.context))
                      # (an entry only for some victims or some doers: one of their words in the text)
                      and not (t.victims and not any(has(w) for w in t.victims)) and not (t.by and not any(has(w) for w in t.by))), None)
        if found is None:
            # The analyst chose the sentence as an event: a noun of a type that needs no context
            # ("Explosions were heard in the city") names it, whatever that type's excluded words.
            found = next((t for t in self.types if not t.joins_only and not (t.state and not names_a_state) and not t.context and t.nouns & forms), None)
        if not names_a_state:
            # no state named: an attack told before the sentence's other event words is an armed
            # group's ("the militia attacked the offices across the city, detaining dozens")
            group = next((t for t in self.types if t.non_state and not t.joins_only and (t.verbs | t.nouns) & forms
                          and not any(has(w) for w in t.exclude)), None)
            if group is not None and (found is None or first_word(group) < first_word(found)):
                found = group
        return found.id if found is not None else ""


_COMPASS = frozenset("north south east west central northern southern eastern western north-east north-west south-east "
                     "south-west northeast northwest southeast southwest northeastern northwestern southeastern southwestern "
                     "upper lower far".split())


def area_key(name: str) -> str:
    """``name`` lower-cased, without a leading "the", hyphens and curly quotes as the
    gazetteer writes them: "the Gaza Strip" -> "gaza strip"."""
    key = " ".join(name.lower().replace("’", "'").replace("-", " ").split())
    return key[4:] if key.startswith("the ") else key


def bundled_events_file() -> Path:
    """Path of the events.toml shipped with bluf (next to this module), used when the user has none."""
    return Path(__file__).with_name("events.toml")


def _words(e: dict, key: str) -> frozenset[str]:
    v = e.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise TypeError(f"{key} of {e.get('id', '?')!r} must be a list of strings")
    return frozenset(x.lower() for x in v)


def parse_event_types(data: dict, path: str = "") -> EventTypes:
    """EventTypes from a parsed events.toml. Raises KeyError (no ``[[type]]``, or an entry
    without ``id``), TypeError or re.error on a malformed entry."""
    if not data.get("type"):
        raise KeyError("no [[type]] tables (the old [[kind]]/[[action]] format is no longer read)")
    types = []
    for e in data["type"]:
        types.append(EventType(
            str(e["id"]), str(e.get("title", "")), _words(e, "verbs") | _words(e, "wordnet_verbs"), _words(e, "nouns") | _words(e, "wordnet_nouns"),
            tuple(re.compile(p, re.I) for p in e.get("phrases", [])), _words(e, "context"), _words(e, "exclude"),
            str(e.get("place_rule", "")), bool(e.get("untargeted", False)), _words(e, "needs_target"), bool(e.get("non_state", False)), bool(e.get("joins_only", False)),
            _words(e, "defers_to"), bool(e.get("consequence", False)), bool(e.get("one_side", False)),
            bool(e.get("state", False)), _words(e, "defers_when"), _words(e, "at_sea_defers_to"), _words(e, "not_aimed_at"), _words(e, "aimed_only_at"),
            _words(e, "not_under"), bool(e.get("defers_in_clause", False)), _words(e, "victims"), _words(e, "not_by"),
            _words(e, "by"), bool(e.get("offered", False)), bool(e.get("follows", False)),
        ))
    means = tuple(Means(str(m["name"]), str(m.get("title", "")), re.compile(m["pattern"], re.I) if m.get("pattern") else None) for m in data.get("means", []))
    areas: dict[str, str] = {}
    coasts: dict[str, tuple[str, ...]] = {}
    lines: set[str] = set()
    for a in data.get("area", []):
        coast = a.get("coast", [])
        if not isinstance(coast, list) or not all(isinstance(x, str) for x in coast):
            raise TypeError("coast of an [[area]] must be a list of strings")
        for n in _words(a, "names"):
            areas[area_key(n)] = str(a.get("country", ""))
            if coast:
                coasts[area_key(n)] = tuple(coast)
            if a.get("line", False):
                lines.add(area_key(n))
    return EventTypes(tuple(types), means, path, areas=areas, coasts=coasts, lines=frozenset(lines))


@lru_cache(maxsize=4)
def _load(path: str) -> EventTypes:
    try:
        return parse_event_types(tomllib.loads(Path(path).read_text(encoding="utf-8")), path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as err:
        if Path(path) == bundled_events_file():
            raise  # bluf's own file: a packaging error, not the user's
        bundled = _load(str(bundled_events_file()))
        msg = str(err).splitlines()[0].strip("'\"")
        return EventTypes(bundled.types, bundled.means, bundled.path, (f"{path}: not used ({msg})",), bundled.areas, bundled.coasts,
                           bundled.lines)


def load_event_types(path: str | Path | None = None) -> EventTypes:
    """The user's events.toml (``BLUF_EVENTS`` or the config dir) if present, else the
    bundled one. A user's file that cannot be read or parsed is not used: the bundled one
    is, and ``problems`` says why."""
    if path is None:
        from .locations import config_dir

        env = os.environ.get("BLUF_EVENTS")
        user = Path(env) if env else config_dir() / "events.toml"
        path = user if user.is_file() else bundled_events_file()
    return _load(str(path))
