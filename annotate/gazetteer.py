"""The alias file (seeds/actors.toml, then the user's own actors.toml): countries and their
governments, known actors with their names, and news outlets."""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .official_adjectives import extra_adjectives
from .org_words import newspaper_name
from .text import norm_name

# An acronym written with dots: "U.N.", "U.S.", "U.K.".
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,4}")


@dataclass(frozen=True)
class Country:
    """A country of the alias file (seeds/actors.toml ``[[country]]``, merged with the user's).
    ``name``: its name; ``adjective``: its main adjective ("Estonian"); ``capital``:
    "" when not given; ``capital_shared``: the capital's name is chiefly something else (a
    larger city of another country, a common word: "Victoria", "Malé"), so it is known as
    the capital ("the Seychellois capital") but never taken alone for the country or its
    government (``capital_name``); ``names``/``adjectives``: other names and adjectives;
    ``government``: the government's canonical actor name, "" for "<adjective> government";
    ``metonyms``: names standing for the government ("the Kremlin").
    """

    name: str
    adjective: str
    capital: str = ""
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    government: str = ""
    metonyms: tuple[str, ...] = ()
    capital_shared: bool = False
    # a de facto state's: the recognised state whose territory it holds ("Somaliland": "Somalia"),
    # "" for any other; its bodies are its own, its places the recognised state's (``for_places``)
    territory_of: str = ""

    @property
    def capital_name(self) -> str:
        """The capital as a name of the country and its government ("Tripoli said"): ``capital``,
        "" when it is shared (``capital_shared``) or not given."""
        return "" if self.capital_shared else self.capital

    @property
    def all_names(self) -> tuple[str, ...]:
        """``name`` then the other ``names``."""
        return (self.name, *self.names)

    @property
    def all_adjectives(self) -> tuple[str, ...]:
        """``adjective`` then the other ``adjectives``."""
        return (self.adjective, *self.adjectives)

    @property
    def government_name(self) -> str:
        """The canonical actor name of its government: ``government``, else "<adjective> government"."""
        return self.government or f"{self.adjective} government"


@dataclass(frozen=True)
class ActorEntry:
    """An actor of the alias file (``[[actor]]``). ``name``: the canonical name; ``kind``: person,
    government, organization, state or unnamed; ``affiliation``: the government or organisation it
    speaks for, "" when unknown; ``role``: e.g. "foreign minister", "" when not given; ``aliases``:
    other names it appears under.
    """

    name: str
    kind: str = "person"
    affiliation: str = ""
    role: str = ""
    aliases: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    """The alias file (seeds/actors.toml merged with the user's, ``load_gazetteer``): ``countries``,
    ``actors``, news ``outlets`` by name, ``problems``, one line per file that could not be
    read, and ``places``: regions, seas and straits the place packages do not name in English
    ("Crimea", "Gaza Strip"; see places.py). Lookups compare names normalised by ``text.norm_name``.
    """

    countries: list[Country] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line per unreadable file
    places: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._country_by: dict[str, Country] = {}
        for c in self.countries:
            for n in (*c.all_names, *c.all_adjectives, c.capital_name):
                if n:
                    self._country_by.setdefault(norm_name(n), c)
        self._official: dict[str, Country] | None = None  # "Hellenic" -> Greece: read on the first miss (pycountry)
        self._outlets = {norm_name(o) for o in self.outlets}
        self._alias: dict[str, str] = {}  # normalised alias -> canonical actor name
        for c in self.countries:
            gov = c.government_name
            for n in self.government_aliases(c):
                self._alias.setdefault(norm_name(n), gov)
        for a in self.actors:
            for n in (a.name, *a.aliases):
                self._alias[norm_name(n)] = a.name

    def for_places(self) -> "Gazetteer":
        """This alias file as the place rules read it: a de facto state's names and adjectives
        ("Somaliland", "Transnistrian") name the recognised state whose territory it holds
        (``Country.territory_of``), as events.toml's areas place its towns; itself when it has none."""
        view = self.__dict__.get("_places_view")
        if view is not None:
            return view
        de_facto = [c for c in self.countries if c.territory_of]
        if not de_facto:
            view = self
        else:
            view = Gazetteer([c for c in self.countries if not c.territory_of], self.actors, self.outlets,
                             self.problems, self.places)
            for c in de_facto:
                if (state := view.country(c.territory_of)) is not None:
                    for n in (*c.all_names, *c.all_adjectives, c.capital_name):
                        if n:
                            view._country_by.setdefault(norm_name(n), state)
        self.__dict__["_places_view"] = view
        return view

    # ---------------------------------------------------------------- lookups
    def country(self, text: str) -> Country | None:
        """The country named by a name, an adjective or a capital ("Estonian", "Tallinn"), or by an
        adjective only its official name holds ("Hellenic": ``official_adjectives``)."""
        key = norm_name(text)
        hit = self._country_by.get(key)
        if hit is None:
            if self._official is None:  # not at start-up: pycountry is loaded when a name is first missed
                self._official = {norm_name(a): c for a, c in extra_adjectives(lambda n: self._country_by.get(norm_name(n))).items()}
            hit = self._official.get(key)
        return hit

    def is_outlet(self, text: str) -> bool:
        """True when ``text`` names a news outlet listed in the alias file, or is shaped like a
        newspaper's name ("Los Angeles Times": ``org_words.newspaper_name``)."""
        return norm_name(text) in self._outlets or newspaper_name(text)

    def canonical(self, text: str) -> str | None:
        """The canonical actor a name stands for, if the alias file says so (an acronym written
        with dots, "U.N. refugee agency", as the file's "UN refugee agency")."""
        hit = self._alias.get(norm_name(text))
        if hit is None and "." in text and (undotted := _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)) != text:
            hit = self._alias.get(norm_name(undotted))
        return hit

    def entry(self, name: str) -> ActorEntry | None:
        """The ``ActorEntry`` whose canonical name is exactly ``name``, or None."""
        for a in self.actors:
            if a.name == name:
                return a
        return None

    def government_of(self, name: str) -> Country | None:
        """The country whose government's canonical name is exactly ``name`` ("Estonian government"),
        or None.
        """
        for c in self.countries:
            if c.government_name == name:
                return c
        return None

    @staticmethod
    def government_aliases(c: Country) -> list[str]:
        """The phrases that stand for country ``c``'s government: its canonical name, metonyms, and
        "<name> government", "<adjective> foreign ministry", "authorities in <capital>" and similar
        forms.
        """
        out = [c.government_name, *c.metonyms]
        for n in c.all_names:
            out += [f"{n} government", f"{n}’s government", f"{n}'s government", f"government of {n}",
                    f"{n}’s foreign ministry", f"{n}'s foreign ministry", f"{n}’s defence ministry",
                    f"{n}'s defence ministry", f"{n}’s defense ministry", f"{n}'s defense ministry",
                    f"authorities in {n}"]
        for a in c.all_adjectives:
            out += [f"{a} government", f"the {a} government", f"{a} authorities", f"{a} foreign ministry",
                    f"{a} defence ministry", f"{a} defense ministry", f"{a} officials"]
        if c.capital_name:
            out.append(f"authorities in {c.capital_name}")
        return out

    # ---------------------------------------------------------------- spaCy
    def ruler_patterns(self) -> list[dict]:
        """Entity-ruler patterns. Only names that look like names (capitalised tokens)."""
        pats: list[dict] = []
        seen: set[tuple[str, str]] = set()

        def add(label: str, text: str) -> None:
            text = text.strip()
            if text.lower().startswith("the "):
                text = text[4:]
            if not text or not text[0].isupper() or (label, text) in seen:
                return
            if any(w[:1].islower() for w in text.split() if w not in {"of", "and", "der", "von", "de", "della"}):
                return
            seen.add((label, text))
            pats.append({"label": label, "pattern": text})

        for c in self.countries:
            for n in c.all_names:
                add("GPE", n)
            if c.capital_name:
                add("GPE", c.capital_name)
            for a in c.all_adjectives:
                if a != c.name and a not in c.names:
                    add("NORP", a)
            for m in c.metonyms:  # "the Kremlin", "Downing Street": institutions
                if m.removeprefix("the ") not in (c.capital_name, *c.all_names):
                    add("ORG", m)
        for o in self.outlets:
            add("ORG", o)
        for a in self.actors:
            label = "PERSON" if a.kind == "person" else "ORG"
            for n in (a.name, *a.aliases):
                add(label, n)
            if a.kind == "person":
                # The bare surname, which the small model often mislabels ("Trump" as ORG).
                parts = a.name.split()
                if len(parts) >= 2 and len(parts[-1]) > 3:
                    add("PERSON", parts[-1])
        return pats

    def fingerprint(self) -> str:
        """A JSON string of the entity-ruler patterns (sorted keys): changes whenever the names the
        pipeline recognises change, and the ``places``; part of the analysis cache key. Worked
        out once (``__post_init__``'s lookups also take the gazetteer as fixed): every edit's
        derived-cache key reads it.
        """
        fp = self.__dict__.get("_fingerprint")
        if fp is None:
            patterns: list = self.ruler_patterns()
            if self.places:  # the entity step reads them too (places.py)
                patterns = [*patterns, {"places": self.places}]
            fp = self.__dict__["_fingerprint"] = json.dumps(patterns, sort_keys=True, ensure_ascii=False)
        return fp


def _tuple(v) -> tuple[str, ...]:
    return tuple(str(x) for x in v) if isinstance(v, list) else ()


def parse_gazetteer(data: dict) -> Gazetteer:
    """A ``Gazetteer`` from a parsed alias TOML dict (``country``, ``actor`` arrays of tables,
    ``outlets`` and ``places`` lists). Entries that are not tables or have no ``name`` are skipped; values are
    converted to strings. Raises ``TypeError`` when ``outlets`` is not iterable.
    """
    countries = [
        Country(
            name=str(c["name"]),
            adjective=str(c.get("adjective", c["name"])),
            capital=str(c.get("capital", "")),
            names=_tuple(c.get("names")),
            adjectives=_tuple(c.get("adjectives")),
            government=str(c.get("government", "")),
            metonyms=_tuple(c.get("metonyms")),
            capital_shared=c.get("capital_shared") is True,
            territory_of=str(c.get("territory_of", "")),
        )
        for c in data.get("country", [])
        if isinstance(c, dict) and c.get("name")
    ]
    actors = [
        ActorEntry(
            name=str(a["name"]),
            kind=str(a.get("kind", "person")),
            affiliation=str(a.get("affiliation", "")),
            role=str(a.get("role", "")),
            aliases=_tuple(a.get("aliases")),
        )
        for a in data.get("actor", [])
        if isinstance(a, dict) and a.get("name")
    ]
    places = [str(p) for p in data.get("places", [])]
    return Gazetteer(countries, actors, [str(o) for o in data.get("outlets", [])], places=places)


def _merge(base: Gazetteer, extra: Gazetteer) -> Gazetteer:
    names = {c.name for c in extra.countries}
    countries = [c for c in base.countries if c.name not in names] + extra.countries
    anames = {a.name for a in extra.actors}
    actors = [a for a in base.actors if a.name not in anames] + extra.actors
    outlets = list(dict.fromkeys(base.outlets + extra.outlets))
    places = list(dict.fromkeys(base.places + extra.places))
    return Gazetteer(countries, actors, outlets, base.problems + extra.problems, places)


def bundled_alias_file() -> Path:
    """Path of the alias file shipped with bluf: seeds/actors.toml in the installed ``seeds`` package."""
    from importlib.resources import files

    return Path(str(files("seeds") / "actors.toml"))


def _read(path: Path) -> Gazetteer:
    try:
        return parse_gazetteer(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return Gazetteer()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as err:
        return Gazetteer(problems=[f"{path}: not used ({err})"])


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Gazetteer:
    gaz = Gazetteer()
    for p in paths:
        gaz = _merge(gaz, _read(Path(p)))
    return gaz


def load_gazetteer(user_file: str | Path | None = None) -> Gazetteer:
    """The bundled alias file, then the user's (``BLUF_ACTORS`` or the config dir)."""
    paths = [str(bundled_alias_file())]
    if user_file is None:
        user_file = os.environ.get("BLUF_ACTORS") or _user_config_file("actors.toml")
    if user_file and Path(user_file).is_file():
        paths.append(str(user_file))
    return _load(tuple(paths))


def _user_config_file(name: str) -> str:
    from .locations import config_dir

    return str(config_dir() / name)

