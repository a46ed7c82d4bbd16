"""News outlets a story cites as its source ("told Reuters", "AFP reported", "according to the
state-run Lana news agency", "Kenya's state broadcaster KBC said"), found in a source's text, with
the country each belongs to.

The analysts' convention (bench/real_news/README.md) counts a cited outlet as an actor: kind
organisation, affiliation the outlet's country. bluf makes each one an actor of the source, but as
a *cited source*: it gets no mention span (so no quote, stance suggestion or per-source actor
list of the reader holds it; the actors screen lists it only when an analyst tags it) and it is
found by its name (``bluf actors``, the actors screen's filter, ``Workspace.resolve_actor``).

Where a name and its country come from:

- the outlets of ``outlets.toml`` (shipped in the package; the user's file of that name in the
  config dir or ``BLUF_OUTLETS`` adds or replaces entries): a closed class of wire agencies and
  broadcasters, counted where the text uses the name as an outlet's (``_USED``);
- any capitalised name with the noun for an outlet before or after it ("the Tana news agency",
  "broadcaster KBC", "Libya al-Ahrar news channel"): its country from the words around it: a
  country's possessive or adjective ("Kenya's state broadcaster", "the Kenyan ... newspaper"),
  a country or city that "X-based" names, a country that starts its name ("Libya al-Ahrar"), the
  body that "X-controlled"/"X-run" names, else the country the story happens in (``story``): a
  local outlet is the story's (the convention), never a foreign one.

Pure functions on text; :mod:`annotate.actors` calls ``add_cited_outlets`` once per resolve.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .gazetteer import Gazetteer
from .places import city_or_region_country
from .text import norm_name


@dataclass(frozen=True)
class Outlet:
    """An entry of ``outlets.toml``: ``name`` (the canonical name), ``country`` (the affiliation),
    ``aliases`` (other names; initials among them count only where used as an outlet's)."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cited:
    """An outlet cited in a text: ``start``/``end`` character offsets of its name there, ``name``
    (the canonical name: the data file's, else as written), ``country`` ("" when the text gives
    none and the story's country is unknown), ``written`` (the name as written, an alias)."""

    start: int
    end: int
    name: str
    country: str
    written: str
    stated: bool = False  # the country comes from the outlet list or the words around the name, not the story


def _read(path: Path) -> list[Outlet]:
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for t in data.get("outlet", []):
        if isinstance(t, dict) and t.get("name"):
            out.append(Outlet(str(t["name"]), str(t.get("country", "")), tuple(str(a) for a in t.get("aliases", []))))
    return out


@lru_cache(maxsize=4)
def load_outlets(user_file: str = "") -> tuple[Outlet, ...]:
    """The bundled ``outlets.toml``, then ``user_file`` (default: ``BLUF_OUTLETS``, else
    ``outlets.toml`` in the config dir) when it exists: an entry of the same name replaces the
    bundled one. A user file that cannot be read is skipped (the bundled list stands)."""
    from importlib.resources import files

    import tomllib

    entries = {o.name.lower(): o for o in _read(Path(str(files("annotate").joinpath("outlets.toml"))))}
    if not user_file:
        from .locations import config_dir

        user_file = os.environ.get("BLUF_OUTLETS") or str(config_dir() / "outlets.toml")
    if user_file and Path(user_file).is_file():
        try:
            entries.update({o.name.lower(): o for o in _read(Path(user_file))})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            pass
    return tuple(entries.values())


def outlets_fingerprint() -> str:
    """The outlet list in force (bundled plus the user's ``outlets.toml``) as one string: part of the
    derived-cache key, so that editing the user's file re-derives actors on the next open."""
    return repr(load_outlets())


# The outlet's name as the text uses it for one: told, quoted, cited or credited.
_TOLD = re.compile(
    r"(?:\b(?:told|telling|tells|confirmed\s+to|explained\s+to|wrote\s+to|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|said\s+to|according\s+to|quoted\s+by|"
    r"cited\s+by|reported\s+by|carried\s+by|aired\s+by|broadcast\s+by|published\s+by|interview\s+with|statement\s+to|"
    r"comments\s+to|remarks\s+to|aired\s+on|broadcast\s+on|shown\s+on|quoted\s+in|reported\s+in|writing\s+in|"
    r"news\s+agency|agency|broadcaster|newspaper|channel|television|TV|radio|daily|courtesy\s+of|source\s*:|credit\s*:|photo\s*:)"
    r"|^[ \t]*by|[—–/])[ \t]*(?:the\s+)?$",
    re.I | re.M,
)
_REPORTS = re.compile(
    r"(?:[’']s)?(?:(?:\s+and\s+[A-Z][\w-]*)?\s+(?:reported|reports|reporting|said|says|quoted|cited|carried|aired|"
    r"broadcast|published|learned|learnt|news\s+agenc(?:y|ies)|agency|correspondent|reporter|journalist|television|TV|channel|"
    r"radio|newspaper|daily|magazine|website|via\b)|,\s+(?:citing|quoting)\b"
    # the outlet on what it could check: "X could not independently verify", "X has not verified"
    r"|\s+(?:could\s+not|cannot|can\s*not|was\s+unable\s+to|has\s+been\s+unable\s+to|has\s+not|did\s+not|is\s+unable\s+to)"
    r"\s+(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b)",
)
# A credit line's tail after the outlet's name: "X and agencies", "X with wires".
_CREDIT_TAIL = re.compile(r"[ \t]*(?:(?:and|with|\+|/)[ \t]*(?:agencies|wires|news\s+agencies)[ \t]*)?\.?[ \t]*")
# The outlet's own dateline: "X, Kabul:" at a line's start.
_OWN_DATELINE = re.compile(r",[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?[ \t]*[:—–]")
# More outlets credited in one bracket after it: "(X/Y)", "(X, Y)".
_MORE_CREDITS = re.compile(r"(?:[ \t]*[/,][ \t]*[A-Z][\w.&-]*)+\)")
_NOUN = (r"news\s+agenc(?:y|ies)|press\s+agency|TV\s+(?:station|channel|network)|television(?:\s+(?:station|channel|network))?"
         r"|TV|broadcaster|news\s+(?:channel|website|site|portal|outlet|service|network)|newspaper|daily|weekly|magazine"
         r"|radio(?:\s+station)?|(?:social\s+media\s+|war\s+)?monitor|monitoring\s+(?:group|organi[sz]ation)")
_NAME = r"(?:(?:[Aa]l|[Ee]l)[- ])?[A-Z0-9][\w’'&-]*(?:\.[\w’'&-]+)*(?:[ \t]+(?:(?:al|el)-)?[A-Z0-9][\w’'&-]*(?:\.[\w’'&-]+)*){0,3}"
# "the state-run Lana news agency", "Lebanon's al-Mayadeen TV station", "the 1500tasvir social media monitor"
_NAME_NOUN = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[ \t]+(?P<noun>{_NOUN})\b")
# "Kenya's state broadcaster KBC", "the rebel-controlled news agency Tana", "Kurdish broadcaster Rudaw"
_NOUN_NAME = re.compile(rf"(?<![\w-])(?P<noun>{_NOUN})(?:\s+|,\s+(?={_NAME},))(?P<name>{_NAME})(?=[\s,.;:)’'”]|$)")
# "the Mwana and Tarkan news agencies": the names before the last one of a plural noun
_AND_BEFORE = re.compile(rf"(?P<first>{_NAME})\s+and\s+$")
# A newspaper's name with its country in brackets after it: "The Daily Star (Lebanon) reported"
_PAPER = re.compile(r"(?<![\w’'-])(?P<name>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&.-]*){1,4})"
                    r"(?:\s+\((?P<paren>[A-Z][\w ]+)\))?")
# The word for a newspaper or news that ends a paper's name in other languages ("the Sankei Shimbun",
# "Chosun Ilbo", "Frankfurter Allgemeine Zeitung", "Gazeta Wyborcza" starts with it): with
# ``org_words.newspaper_name``'s English words, what makes a capitalised name a paper's.
_PAPER_WORDS = frozenset("""Shimbun Shinbun Ilbo Sinmun Zeitung Gazeta Nachrichten Noticias Diario Jornal Dagblad
    Tidende Avis Posten Bladet Kurier Novosti Vesti Vedomosti Izvestia Pravda Akhbar Haber""".split())
# A paper's word of a language written in one country only: that country, when the text gives none.
_PAPER_COUNTRY = {"Shimbun": "Japan", "Shinbun": "Japan", "Ilbo": "South Korea"}
# A name that "reports citing" another: a medium carrying another's report ("UNN reports citing Orda",
# "Ukrinform reported, citing the regional governor").
_CITING = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[ \t]+(?:reports|reported),?[ \t]+(?:citing|quoting)\b")
# Words of a body's name, not a medium's: "the State Emergency Service reported, citing ..." is the body's.
_BODY_WORDS = frozenset("""ministry ministries office staff service services command council committee department police army
    navy force forces government authority authorities court commission administration military guard guards
    headquarters spokesman spokeswoman spokesperson""".split())
_MODIFIER = re.compile(r"^[\w’'.]+-(?:based|controlled|run|owned|affiliated|linked|aligned|backed|funded|language)$")
_STATE_WORDS = frozenset("""state state-run state-owned state-backed state-controlled official semi-official government-run
    government-owned pro-government independent private local national regional public""".split())
_OWNER = re.compile(r"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})[’']s\s+(?:[a-z-]+\s+){0,4}(?:the\s+)?$")
_BASED = re.compile(r"(?P<base>[A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*)?)-based\b")
_ADJ_BEFORE = re.compile(r"(?P<adj>[A-Z][\w’'-]*)\s+(?:(?:state|state-run|state-owned|state-backed|state-controlled|official|semi-official|"
                         r"government-run|government-owned|pro-government|independent|private|local|national|public|"
                         r"news|media|(?:[\w’'.]+-based))\s+)*$")
_CONTROLLED = re.compile(r"(?P<who>[A-Z][\w’'.]*(?:[ -][A-Z][\w’'.]*)?)-(?:controlled|run|owned|affiliated|linked|aligned|backed)\b")
_NOT_NAMES = frozenset("""the a an this that its his her their our state official local national said says told on in at
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december news agency it he she they we tv government army police""".split())


# What continues a listed outlet's name into a longer one: "of" and a place ("The Times of
# Israel", "The Times of India"), or more capitalised words ("The Times Herald": another paper
# only when the whole is a newspaper's name).
_LONGER = re.compile(r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
                     r"|(?:[ \t]+[A-Z][\w’'-]*){1,2})(?![\w’'-])")


def _listed_pattern(outlets: tuple[Outlet, ...]) -> re.Pattern:
    names = sorted({n for o in outlets for n in (o.name, *o.aliases)}, key=len, reverse=True)
    alts = "|".join(re.escape(n) + ("|" + re.escape(n.upper()) if not n.isupper() else "") for n in names)
    return re.compile(rf"(?<![\w’'-])(?:{alts})(?![\w-])")


@lru_cache(maxsize=4)
def _listed(outlets: tuple[Outlet, ...]) -> tuple[re.Pattern, dict[str, Outlet]]:
    by = {}
    for o in outlets:
        for n in (o.name, *o.aliases):
            by.setdefault(n.lower(), o)
    return _listed_pattern(outlets), by


def _used(text: str, start: int, end: int) -> bool:
    """Whether the outlet's name at ``text[start:end]`` is used as an outlet's: told, quoted,
    cited, credited ("(AFP)", "—IANS", "/AFP via Getty", "By AP") or reporting ("PTI reported").
    Initials ("AA", "SPA") only by a verb of reporting, never "said": "the AA said" may be
    the Arakan Army."""
    from .datelines import agency_use

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if before.rstrip().endswith("(") and text[end : end + 1] == ")":
        return agency_use(text, start, end)  # "(AFP)" a credit; "Pakistan Tehreek-e-Insaf (PTI)" the party
    if before.rstrip().endswith("(") and _MORE_CREDITS.match(text, end):
        return True  # "Oslo (NTB/AFP) –": two outlets credited
    if text[line_start:start].strip() == "" and _OWN_DATELINE.match(text, end):
        return True  # "Daily Star, Dhaka:": the outlet's own dateline
    if _TOLD.search(before):
        return True
    if (r := _REPORTS.match(text, end)) is not None:
        word = r.group().split()[-1] if r.group().split() else ""
        return not (text[start:end].isupper() and len(text[start:end]) <= 4 and word in ("said", "says"))
    line_end = text.find("\n", end)
    return text[line_start:start].strip() == "" and _CREDIT_TAIL.fullmatch(text, end, line_end if line_end >= 0 else len(text)) is not None


def _country_before(text: str, start: int, gaz: Gazetteer) -> str:
    """The country the words right before an outlet's mention give it: a possessive ("Kenya's
    state broadcaster"), "X-based", a country's adjective among the last words ("the Kenyan
    state-run"); "" when none."""
    before = text[max(0, text.rfind("\n", 0, start) + 1, start - 60) : start]
    if (m := _OWNER.search(before)) is not None and (c := gaz.country(m.group("owner"))) is not None:
        return c.name
    tail = before[-30:]
    for m in _BASED.finditer(tail):
        c = gaz.country(m.group("base")) or city_or_region_country(m.group("base"), gaz)
        if c is not None:
            return c.name
    if (m := _ADJ_BEFORE.search(tail)) is not None and (c := gaz.country(m.group("adj"))) is not None:
        return c.name  # "the Kenyan state-run": the adjective, then only a state's words
    return ""


_TOLD_BEFORE = re.compile(r"\b(?:told|telling|tells|spoke\s+to|speaking\s+to|said\s+to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")


def _teller_country(text: str, start: int, gaz: Gazetteer) -> str:
    """The country of whoever "told" an outlet at ``start``, by a country's name or adjective in the
    clause before the verb ("former Tarkan President X told broadcaster Y" -> Tarkan's country):
    a local outlet a person speaks to is of the person's country. "" when none."""
    m = _TOLD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return ""
    clause = re.split(r"[.!?;,“”\"\n]", text[max(0, m.start() - 120) : m.start()])[-1]
    words = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[A-Z][\w’'-]*", clause)]
    for i in range(len(words) - 1, -1, -1):
        for part in (" ".join(words[i - 1 : i + 1]) if i else "", words[i]):  # "South Korean", "Romanian"
            if part and (c := gaz.country(part)) is not None:
                return c.name
    return ""


def _controller(text: str, start: int, gaz: Gazetteer, canonical) -> str:
    """The affiliation "X-controlled"/"X-run"/"X-owned" before an outlet gives it: the alias
    file's body X names (with its country) or X's country; "" when none is known."""
    before = text[max(0, start - 40) : start]
    m = None
    for m in _CONTROLLED.finditer(before):
        pass
    if m is None:
        return ""
    who = m.group("who")
    if (c := gaz.country(who)) is not None:
        return c.name
    body = canonical(who)
    entry = gaz.entry(body) if body else None
    if entry is not None and entry.affiliation and (c := gaz.country(entry.affiliation)) is not None and c.name != body:
        return f"{body}, {c.name}"  # "the Houthi-run Saba": the Houthis', of the alias file's Yemen
    return body or ""


def _clean_name(name: str, gaz: Gazetteer) -> tuple[str, str]:
    """(name, country of a leading adjective or country name): "Kenyan Daily Nation" ->
    ("Daily Nation", "Kenya"); "Libya al-Ahrar" -> ("Libya al-Ahrar", "Libya"); the name "" when
    only a country or a common word is left."""
    name = re.sub(r"[’']s$", "", name.strip()).strip(".,")
    words = name.split()
    owner = ""
    for i, w in enumerate(words[:-1]):
        if re.search(r"[’']s$", w):  # "Lebanon's al-Mayadeen": the owner's possessive, then the name
            owner, words = " ".join(words[: i + 1]), words[i + 1 :]
            break
    while words and (words[0].lower() in _NOT_NAMES or _MODIFIER.match(words[0])):
        words = words[1:]
    country = c.name if owner and (c := gaz.country(re.sub(r"[’']s$", "", owner))) is not None else ""
    for k in (2, 1):
        if len(words) > k and (c := gaz.country(" ".join(words[:k]))) is not None:
            country = country or c.name
            if " ".join(words[:k]).lower() not in {n.lower() for n in c.all_names}:
                words = words[k:]  # an adjective: "Kenyan Daily Nation"; a name stays: "Libya al-Ahrar"
            break
    name = " ".join(words)
    if not words or gaz.country(name) is not None or all(w.lower() in _NOT_NAMES or w.lower() in _STATE_WORDS for w in words):
        return "", country
    return name, country


def cited_outlets(text: str, gaz: Gazetteer, story: str = "", canonical=lambda name: None,
                  outlets: tuple[Outlet, ...] | None = None) -> list[Cited]:
    """The outlets ``text`` cites, in text order, one per name: the outlets of ``outlets``
    (default ``load_outlets()``) where used as one (``_used``), and any name with an outlet's
    noun before or after it ("the Tana news agency", "state broadcaster KBC"). ``story``: the
    country the story happens in, an unlisted outlet's country when the words give none;
    ``canonical(name)``: the alias file's canonical name for a controller ("Houthi-run"), or None.
    A known place is never an outlet ("Fars province" is no "Fars news agency")."""
    from .places import place

    outlets = load_outlets() if outlets is None else outlets
    rx, by = _listed(outlets)
    areas = tuple(gaz.places)
    found: dict[str, Cited] = {}
    taken: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        o = by.get(m.group().lower())
        if o is None:
            continue
        longer = _LONGER.match(text, m.end())
        if longer is not None and not longer.group("of") and not gaz.is_outlet(text[m.start() : longer.end()]):
            longer = None  # "Reuters Tuesday"; but "The Times Herald" is another paper
        end = longer.end() if longer is not None else m.end()
        if not _used(text, m.start(), end):
            continue
        if re.match(r"\s+(?:province|city|region|district|island|county)\b", text[m.end():], re.I):
            continue
        country = _country_before(text, m.start(), gaz) or o.country
        if longer is not None:
            # A longer name holds the listed one: "The Times of Israel" is not "The Times"; it is
            # of the place its "of" names ("The Times of London" is The Times again, of its country)
            where = longer.group("of") and (gaz.country(longer.group("of")) or city_or_region_country(longer.group("of"), gaz))
            if where is None or not where or where.name != o.country:
                full = text[m.start() : end]
                country = _country_before(text, m.start(), gaz) or (where.name if where else "") or story
                found.setdefault(full.lower(), Cited(m.start(), end, full, country, full))
                taken.append((m.start(), end))
                continue
        found.setdefault(o.name.lower(), Cited(m.start(), m.end(), o.name, country, m.group(), bool(country)))
        taken.append((m.start(), m.end()))
    for pattern in (_NAME_NOUN, _NOUN_NAME):
        for m in pattern.finditer(text):
            spans = [m.span("name")]
            if pattern is _NAME_NOUN and m.group("noun").endswith(("ies", "s")) and (b := _AND_BEFORE.search(text, max(0, m.start() - 60), m.start())):
                spans.append(b.span("first"))  # "the Mwana and Tarkan news agencies"
            for s, e in spans:
                if any(a < e and s < b for a, b in taken):
                    continue
                name, lead = _clean_name(text[s:e], gaz)
                if not name or len(name) < 3 or name.lower() in by:
                    continue
                if pattern is _NAME_NOUN and gaz.is_outlet(f"{name} {m.group('noun')}"):
                    name = f"{name} {m.group('noun')}"  # "Digi TV": the alias file's outlet, by its whole name
                s = max(s, text.find(name.split()[0], s))  # (the name as cleaned may join words a line break parts)
                if pattern is _NAME_NOUN and "agenc" not in m.group("noun") and place(name, areas) is not None \
                        or gaz.canonical(name) is not None:
                    continue  # "Tehran daily": a place (a news agency may be named for one: "Saba"); an actor the alias file knows
                at = min(m.start(), s)
                country = lead or _country_before(text, at, gaz)
                if not country and (owner := _controller(text, s, gaz, canonical)):
                    # "the Houthi-run Saba news agency": the body that runs it, of the story's country
                    country = owner if gaz.country(owner) is not None or "," in owner or not story or story in owner \
                        else f"{owner}, {story}"
                stated = bool(country)
                country = country or _teller_country(text, at, gaz) or story
                written = text[s : m.end()] if pattern is _NAME_NOUN and e == m.end("name") and not m.group("noun").endswith("s") \
                    else name  # "Lana news agency" (not "Tarkan news agencies")
                found.setdefault(name.lower(), Cited(s, s + len(name), name, country, " ".join(written.split()), stated))
                taken.append((s, s + len(name)))
    for m in _CITING.finditer(text):
        # "UNN reports citing Orda", "Ukrinform reported, citing the governor": a medium carrying
        # another's report; never a body's name ("the State Emergency Service reported, citing ...")
        s, e = m.span("name")
        name, lead = _clean_name(m.group("name"), gaz)
        if not name or name.lower() in found or name.lower() in by or any(a < e and s < b for a, b in taken) \
                or any(w.lower().strip("’'") in _BODY_WORDS for w in name.split()) or gaz.canonical(name) is not None \
                or gaz.country(name) is not None or not name.isupper() and place(name, areas) is not None:
            continue
        s = max(s, text.find(name.split()[0], s))
        found[name.lower()] = Cited(s, s + len(name), name, lead or _country_before(text, s, gaz) or story, name)
        taken.append((s, s + len(name)))
    for m in _PAPER.finditer(text):
        name = re.sub(r"^The\s+", "", m.group("name"))
        s, e = m.span("name")
        words = name.split()
        paper = gaz.is_outlet(m.group("name")) or len(words) >= 2 and (words[-1] in _PAPER_WORDS or words[0] in _PAPER_WORDS)
        if not paper or name.lower() in found or any(a < e and s < b for a, b in taken):
            continue
        if not _used(text, s, m.end() if m.group("paren") else e):
            continue
        paren = gaz.country(m.group("paren")) if m.group("paren") else None
        country = paren.name if paren else (_country_before(text, s, gaz) or _PAPER_COUNTRY.get(words[-1]) or story)
        found[name.lower()] = Cited(s, e, m.group("name"), country, m.group("name"))
        taken.append((s, e))
    return sorted(found.values(), key=lambda c: c.start)


def add_cited_outlets(resolver) -> None:
    """Make every outlet each source of ``resolver`` (an ``actors.ActorResolver``) cites an actor:
    kind "organization", the outlet's country as affiliation, the name as written an alias; no
    mention span (a cited source: see the module's docstring). An outlet the index already
    holds as an organisation keeps its actor (its affiliation filled in when empty), and an
    organisation made of the very words of another of its names, as written or listed ("Tasnim" of
    the "Tasnim news agency"), joins it; a name the index holds as a person or a government, or
    that the alias file gives to an actor, is left alone (a party's radio is the party's voice, made
    elsewhere)."""
    gaz, index = resolver.gaz, resolver.index
    for sid, src in resolver.srcs.items():
        if sid not in resolver.analyses:
            continue
        story = resolver.story_country_of(sid) or resolver.sole_country_of(sid)
        for c in cited_outlets(src.text, gaz, story, gaz.canonical):
            a = index.get(index.resolve(c.name))
            if a is None and c.written != c.name and (other := index.get(index.resolve(c.written))) is not None \
                    and (norm_name(c.name) in {norm_name(n) for n in (other.name, *other.aliases)}
                         or _made_of_written(other, c, story, gaz)):
                # the outlet, found by the name as written; never another body of those initials ("AA": the
                # Arakan Army), but the organisation made of the very words cited ("news agency PTI")
                a = other
            if a is not None and a.kind != "organization":
                continue
            if a is None:
                aid = resolver.ensure(c.name, "organization", c.country)
                a = resolver.actors[aid]
                if a.kind != "organization":
                    continue
            elif not a.affiliation or _stated_over_guess(a.affiliation, c, gaz):
                a.affiliation = c.country
            listed = next((o for o in load_outlets() if norm_name(o.name) == norm_name(c.name)), None)
            for w in {c.written, *(listed.aliases if listed is not None else ())}:
                other = index.get(index.resolve(w))
                if other is not None and other.id != a.id and other.id in resolver.actors \
                        and _made_of_written(other, replace(c, written=w), story, gaz):
                    resolver._move_actor(other.id, a.id)  # "Tasnim reported" after "the Tasnim news agency": one outlet
            for n in (c.name, c.written):
                resolver.alias(a.id, n)
            if (channel := _CHANNEL_AFTER.match(src.text, c.end)) is not None:
                # "Turkey's state broadcaster TRT Haber": a channel named by the listed outlet's name and
                # more words, made an actor elsewhere with the story's country, is of the outlet's
                longer = index.get(index.resolve(src.text[c.start : channel.end()]))
                if longer is not None and longer.kind == "organization" and longer.id != a.id \
                        and _stated_over_guess(longer.affiliation, c, gaz):
                    longer.affiliation = c.country


# Capitalised words that continue an outlet's name into one of its channels ("TRT Haber", "BBC Persian").
_CHANNEL_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*){1,2}(?![\w’'-])")


def _stated_over_guess(have: str, c: Cited, gaz: Gazetteer) -> bool:
    """Whether the country of cited outlet ``c``, when stated (the outlet list's, or the words around it:
    "Australian public broadcaster X"), replaces the affiliation the outlet's actor has (``have``): a
    bare country, what the story's defaults give any body of it; never an owner it was given."""
    return c.stated and bool(c.country) and have != c.country and gaz.country(have) is not None and "," not in have


def _made_of_written(other, c: Cited, story: str, gaz: Gazetteer) -> bool:
    """Whether organisation ``other`` is the cited outlet ``c`` under the very words the text cites
    it by (an actor named "PTI" where "news agency PTI" cites the Press Trust of India): named so, no
    actor of the alias file, and of no country or the story's (no body of its own country)."""
    return other.kind == "organization" and norm_name(other.name) == norm_name(c.written) \
        and gaz.entry(other.name) is None and other.affiliation in ("", story)


# The head noun of a medium's proper name, capitalised as part of it: "the Azerbaijan State News Agency",
# "Vanua TV". Written in lower case ("Bolivia's state television") it describes a state's voice: no outlet.
_MEDIUM_NAME = re.compile(r"\b(?:News\s+Agency|Press\s+Agency|Television|TV|Radio|Broadcaster|Newspaper|News\s+Channel|"
                          r"News\s+Network|News\s+Outlet|News\s+Service|News\s+Website|News\s+Portal)\W*$")


def cited_outlet_ids(text: str, index) -> set[str]:
    """The actors of ``index`` (an ``actors.ActorIndex``) that are news outlets where ``text``
    mentions them: the outlets ``text`` cites (``cited_outlets``), and any organisation named as a
    medium (the alias file's outlets, a proper name ending in "News Agency", "TV", "Radio" ...). A cited
    outlet is never a stance suggestion's actor: it carries others' words. A country's or a
    government's voice ("Syrian state television said", resolved to its government) is no outlet."""
    gaz = index.gazetteer
    out: set[str] = set()
    if gaz is None:
        return out
    for c in cited_outlets(text, gaz):
        for n in (c.name, c.written):
            if (aid := index.resolve(n)) is not None:
                out.add(index.canonical_id(aid))
    for aid, a in index.actors.items():
        if a.kind == "organization" and (gaz.is_outlet(a.name) or _MEDIUM_NAME.search(a.name)):
            out.add(index.canonical_id(aid))
    return {aid for aid in out if (a := index.get(aid)) is not None and a.kind == "organization"}
