"""Stance suggestions from the cue lexicon (seeds/cues.toml).

The cues are grouped by speech act (CAMEO/PLOVER classes: threaten, show of force, demand,
accuse, deny, appeal for restraint, intend to cooperate, concede, decline comment), each
naming the stance label it suggests. Evidence for an actor in a source: the quotes
attributed to them (their own words, which weigh most), the reporting frame of each quote
("urged caution", "denied", "declined to specify"), and the clauses where they are the
subject (frames). Cue matches add weight to a label (in one quote or clause, the strongest cue of a label and
half of each other: a reporter's "accused the militia of provoking the clashes" is one act, not
two beside the speaker's own threat); a negation just before a cue turns it
into its class's ``negated`` label ("not take the bait", "decision not to shoot it down").
Cues of an ``event`` class ("intercepting", "shot down") count as a position only after a
word of intent or a negation, or in the actor's words when not in a past form: never where
they report what was done ("air defences intercepted the missiles", "the army said it had
brought down two drones"); after a negation in the past, in the actor's words, they deny
an act ("our forces did not retaliate at all": the class's ``negated_past`` label). Cues of a
``deed`` class ("struck", "shelled") count only as the verb of a clause where the actor is
the agent; cues of a ``words`` class ("conducted a lethal strike", "would face irreparable
damage") only in the actor's own words (a quote, a reporting verb, a clause under a verb of
saying, a sentence on its authority), never in what the narrator says it did. Where cues
overlap, the longest match counts, among those that count in that place. A sentence given on a named actor's authority ("according to the navy, ...") is
evidence for that actor; one where the actor, or a body of it, is the one saying ("the FSB
security service said", "Russia's Defence Ministry said", "..., the agency stated") counts as
what it said. Every actor of a coordinated subject ("Washington and the Houthis have warned")
is the clause's agent ("Norway, the Swedish government and ..." too), and so is the subject of a
speech act coordinated after a clause of saying ("confirmed X and also accused Y of ..."), and an agent phrase that
is no mention stands for the actor named in it ("The FSB security service"), never for a name
after "<thing> of" ("the offices of President X are located": no act of X's). A clause the parse gave no frame, whose subject is an actor named
right before a verb in a past form ("Jordanian border guards killed two smugglers"), is read as
one (``subject_clauses``). A class may ``absorb`` other labels' cues in its sentence: a
threat takes the force and blame it is about. What another actor says inside a clause ("..., which Islamabad
has denied") is left to that actor. What men led by an actor did is its deed ("units led by General
X occupied the square": ``_led_by``). The cues of an ``own_act`` class (seizing, negotiating) are
the actor's act only where the clause is its own side's or a call on another, not where the
speaker tells what someone else did or wants ("the gunmen seized six men", "they want to
negotiate"). A cue of a ``directed`` class (accusing, threatening, demanding) in a passive ("has
been accused by rights groups of ...") is aimed at the subject: neither it nor the charge after it
counts. A threat in one of the actor's items takes over the force its sentence tells in the others (the
frame "threatened a" and its partial quote “strong response”), and an explicit threat in its own
words makes a hawkish lead a threat ("you'd better turn back" beside a blockade it enforces); a word or two quoted inside the
reporter's sentence weighs as the frame. A cue in a relative clause about another side's thing
("the US airstrikes, which aimed to deter ...") is not the actor's, nor one in a sentence on the
terms of a document ("the accord, which commits both nations to refrain from ..."). An actor with no cue at all, quoted or reported saying
or doing something, gets the file's ``fallback`` label weakly. A clause of what the actor did, or a
sentence of the paragraph around it, that only states background (history, geography,
population: ``background``) counts for nothing. A suggestion whose label an ``explicit`` cue
gives in the actor's own words (a threat, a denial, an appeal for restraint in so many words) is
marked ``explicit``: the learned model never overrides it. VADER only scales intensity
(|compound|): its sign never picks a label, because on news it scores most hawkish quotes
positive.

Suggestions are proposals with their evidence span and a reason; they are never stored as
the analyst's tags.
"""

from __future__ import annotations

import re
import threading
import tomllib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..models import Analysis, Source, Suggestion
from ..org_words import ORG_WORDS_BASE
from .lexicon import OFFICIAL_NOUNS, STANCE_VERBS, TITLE_WORDS, reporting_forms
from .collective_speakers import collective_clauses
from .background import is_background, news_year, segment
from .dispositions import disposed_clauses, subject_spans
from .passive_agents import passive_agents
from .subject_clauses import subject_clauses
from .event_cues import event_verbs, sentence_fits
from .inflection import is_past, verb_forms
from .named_again import mention_spans, named_again
from .titled_again import titled_again

# A negation in the few words before a cue, in the same clause, flips it. "Against" only after a
# verb of opposing ("warned against", "decided against"): "attacks against schools are
# unacceptable" is no negation.
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|without|neither|nor|refus\w*|declin\w*|decision not|refrain\w* from|"
    r"(?:warn|caution|advis|advic|decid|decision|vot|argu|rul|counsel|urg|appeal|speak|spoke|lobb|campaign|"
    r"turn|mov|stand|stood|be|is|are|was|were|am)\w*\s+against|"
    r"abstain\w* from|avoid\w*)\b|n[’']t\b)"
    r"(?:[^\w,;:.!?]+\w+){0,3}[^\w,;:.!?]*$",  # in the same clause: not "No, I hope it ends"
    re.I,
)
# A negation in the past ("did not retaliate", "has not fired") before an event cue denies an
# act the speaker's side is said to have done: the class's ``negated_past`` label (a denial),
# not the restraint a negated intent shows ("will not shoot them down").
_PAST_NEGATION = re.compile(
    r"(?:\b(?:did|has|have|had|was|were)\s+not\b|\b(?:did|has|have|had|was|were)n[’']t\b)"
    r"(?:[^\w,;:.!?]+\w+){0,3}[^\w,;:.!?]*$",
    re.I,
)
# A negated stopping ("would not end its campaign to destroy them", "will not stop the
# drills") keeps what follows: the negation is of the stopping, not of the cue.
_NOT_STOPPING = re.compile(
    r"(?:\b(?:not|never)|n[’']t)\s+(?:end|stop|halt|abandon|cease|suspend|give up)\w*\b(?:[^\w,;:.!?]+\w+){0,3}[^\w,;:.!?]*$",
    re.I,
)
_SELF_NEGATING = re.compile(r"(?:not|no|never|without|declin|decision not)\b", re.I)  # the cue is the negation
_WORDS = re.compile(r"\w+")
# A word of intent, modality or call just before an event cue makes it a position ("should
# shoot them down", "calls for intercepting", "ready to strike back"), not a report.
_INTENT = re.compile(
    r"\b(?:should|must|will|would|shall|could|can|may|might|ought|need|needs|ready|prepared|call|calls|called|calling|"
    r"urg\w*|want\w*|vow\w*|pledg\w*|threat\w*|plan\w*|intend\w*|decision|decided|order\w*|demand\w*|"
    r"support\w*|advocat\w*|favou?r\w*)(?:\W+\w+){0,3}\W*$|['’]ll\W+(?:\w+\W+){0,2}$",
    re.I,
)
# An event cue in a past form reports what happened ("intercepted", "shot down", "brought down").
_PAST = re.compile(r"(?:\w+ed|shot|brought|took|hit|struck)\b", re.I)
# An event cue after a past verb of ability or success reports what happened too ("was able to
# intercept two drones", "managed to shoot down", "succeeded in intercepting").
_PAST_ABLE = re.compile(r"\b(?:(?:was|were|had\s+been)\s+(?:\w+\s+)?able\s+to|managed\s+to|succeeded\s+in)\s+$", re.I)
# The condition of an "if" ("If NATO shoots down a plane, this will be war"): an event cue
# there is what the other side might do, not the speaker's position.
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:.!?“”\"]*$", re.I)
# The speaker's own words count more than the reporter's frame of them: the quote, then a
# clause under a verb of saying ("Lund said NATO should..."), the reporting verb, a clause of
# what the actor did, the rest of its paragraph.
# A sentence on the actor's authority ("according to the navy, ...") may tell what others
# did: its cues count as little as the paragraph's, it mostly gives the plain statement.
ITEM_WEIGHT = {"quote": 1.5, "speech": 1.2, "frame": 1.0, "clause": 0.8, "source": 0.6, "context": 0.6}
# A sentence given on an actor's authority without a quote or a clause of saying: "according
# to the army, ...", "..., the coast guard stated." (a named actor before or after).
_ACCORDING = re.compile(r"\baccording to\b[^.;:!?“”\"]{0,60}$", re.I)
# Verbs of a speech act, said by the one named just before them as by "said" ("the militia
# threatened a strong response", "the ministry denied any role"): what they say is its word.
_SPEECH_ACTS = (r"warned|warns|threatened|threatens|vowed|vows|pledged|pledges|denied|denies|accused|accuses|"
                r"urged|urges|insisted|insists|demanded|demands|condemned|condemns|rejected|rejects|blamed|blames")
# The same verbs after a plural subject ("Officials say", "Authorities warn"): only those that are
# seldom a noun after a name ("the Houthi claim", "a Hamas demand" are no statement).
_PLURAL_SAYING = r"say|warn|insist|urge|vow|accuse|condemn|threaten|deny|confirm|announce|reject|blame|allege"
# Between the name and the verb: its acronym in brackets and up to two lowercase words of
# the body that speaks ("the FSB security service said", "Maritime Trade Operations (UKMTO)
# office said"), never a comma ("struck Gaza, the ministry said" is not on Gaza's authority)
# but a relative clause's whose subject is the name ("the junta, which seized power in May, said",
# "the junta that seized power said"; not "Russia, which the ministry said ...").
# (Used with ``match(text, pos)``, which anchors at ``pos``: a "^" there would never match.)
_SAID_AFTER = re.compile(
    r"(?:,?\s+(?:which|who|that)\s+(?!(?:the|a|an|this|that|these|those|it|they|he|she|we|i|you|his|her|its|their|our)\b)(?-i:[a-z])"
    r"[^,;:.!?“”\"()\n]{0,100}?,?)?"
    r"(?:\s*\([^()\n]{1,20}\))?(?:\s+(?-i:[a-z])[\w-]*){0,2}?[\s,’'s]{0,4}(?:has |have |had |also |later |earlier )?(?:said|says|stated|states|told|reported|reports|"
    r"confirmed|announced|added|noted|claimed|claims|" + _SPEECH_ACTS + r")\b",
    re.I,
)
# A name with its description in apposition, then the verb of saying: "the Observatory, a
# London-based monitor, said"; right after the closing comma (not "Kyiv, the capital, officials said").
_APPOSED_SAID = re.compile(
    r",\s+(?:a|an|the)\s+[^,;:.!?“”\"()\n]{1,80}?,\s+(?:has |have |had |also |later |earlier )?(?:said|says|stated|states|told|reported|reports|"
    r"confirmed|announced|added|noted|claimed|claims|" + _SPEECH_ACTS + r")\b",
    re.I,
)
# The plural forms after a name that is no person's and no complement of another noun ("Officials
# warn that ...", "Authorities say ..."; not "the rebels loyal to X accuse each other").
_PLURAL_SAID = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+(?:also |now |still )?(?:" + _PLURAL_SAYING + r")\b", re.I)
_AFTER_PREPOSITION = re.compile(r"\b(?:to|of|by|with|for|from|against|at|in|on|under|behind)\s+(?:the\s+)?$", re.I)
# A body of the actor speaking: "Russia’s Defence Ministry said", "the army’s press office stated".
_BODY_SAID = re.compile(
    r"[’']s(?:\s+[\w-]+){1,3}?\s+(?:has |have |had |also |later |earlier )?(?:said|says|stated|states|told|reported|reports|"
    r"confirmed|announced|added|noted|claimed|claims)\b",
    re.I,
)
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Items in the actor's own words, where the cues of an ``event`` class count.
WORDS_ITEMS = frozenset({"quote", "speech", "frame"})
# Items where the cues of a ``words`` class count: the actor's own words and a sentence on its
# authority ("according to the army spokesperson, the jets hit two military targets").
OWN_ITEMS = WORDS_ITEMS | {"source"}
MIN_SCORE = 1.0
HAWKISH, THREATENING = "hawkish", "threatening"  # labels of the bundled lexicon (a threat outranks force: ``suggest``)
SCARE_QUOTE_WORDS = 2  # a quote this short inside the reporter's sentence weighs as the frame


def _inside_sentence(it, text: str) -> bool:
    """Whether a quote item runs inside the reporter's sentence: a word of the sentence just
    before its opening mark and just after its closing one ("said the clash was the result of
    “brutal” pressure on ...")."""
    before = text[max(0, it.start - 3) : it.start]
    after = text[it.end : it.end + 3]
    return bool(re.search(r"\w\W{0,2}$", before)) and bool(re.match(r"\W{0,2}\w", after))
FALLBACK_SCORE = 0.5  # a statement without a cue: below any cue's suggestion


@dataclass(frozen=True)
class Cue:
    """A stance cue of the lexicon (seeds/cues.toml or the user's). ``label``: the stance it suggests;
    ``text``: the cue as written (``*`` any ending, ``...`` a gap of up to 3 words); ``fast``: its
    regex for lowercased text (``compile_cue(fast=True)``); ``weight``: its label's weight
    (``weight`` in the file, default 1.0); ``act``: the speech act of its class in words ("a threat");
    ``event``: the cue also describes events, so it counts only in the actor's own words;
    ``group``: the table (speech-act class) it is listed under; ``explicit``: the cue is an explicit
    speech act of its class (``explicit`` in the file: a threat, a denial, an appeal for restraint
    in so many words), which a learned guess of another label never overrides.
    """

    label: str
    text: str
    fast: re.Pattern  # for lowercased text, see compile_cue
    weight: float = 1.0
    act: str = ""
    event: bool = False
    group: str = ""
    explicit: bool = False

    @property
    def rx(self) -> re.Pattern:
        """The cue for text as it is (needed only where lowercasing changes a text's
        length), compiled on first use: compiling every cue twice at start-up cost 0.1 s."""
        return _compiled(self.text)


@dataclass
class Lexicon:
    """The stance cues (``load_lexicon``). ``cues``: in file order; ``negated``: label -> the label a
    negated cue of it suggests (default "neutral"); ``problems``: one line per cue or file that
    could not be used.
    """

    cues: list[Cue] = field(default_factory=list)
    negated: dict[str, str] = field(default_factory=dict)
    negated_of: dict[str, str] = field(default_factory=dict)  # class (table) -> label of its negated cues
    negated_past_of: dict[str, str] = field(default_factory=dict)  # class -> label of its cues after a past negation
    absorbs: dict[str, set[str]] = field(default_factory=dict)  # class -> labels (or classes) its cue takes over in its sentence
    deeds: set[str] = field(default_factory=set)  # classes whose cues count only as the verb of what the actor did
    words: set[str] = field(default_factory=set)  # classes whose cues count only in the actor's own words
    own_acts: set[str] = field(default_factory=set)  # classes of the actor's own act: not in a clause about someone else
    directed: set[str] = field(default_factory=set)  # classes of acts aimed at another: a passive's subject is their target
    alone: set[str] = field(default_factory=set)  # classes of acts by the actor alone: not done jointly with partners
    describes: set[str] = field(default_factory=set)  # classes whose cues also describe what was done: not in a witness's words
    said: set[str] = field(default_factory=set)  # classes of speech acts (denying): never in a clause of what the actor did
    fallback: tuple[str, str] | None = None  # (label, act) of a statement without any cue
    events: dict[str, tuple[str, str, float, str]] = field(default_factory=dict)  # event type id -> (label, act, weight, class)
    # class -> trigger words (cue patterns) of its events whose agent is not the one who did the
    # event: who intercepts, spots or shoots down an intruder defends against the violation
    not_triggers: dict[str, list[re.Pattern]] = field(default_factory=dict)
    # (class, cue text) -> for each form of the events-lexicon trigger verbs of the class's one
    # ``event_verbs`` cue, the (context, exclude) pairs of its event types: it counts only in a
    # sentence that fits one (``event_cues.sentence_fits``)
    event_fits: dict[tuple[str, str], dict[str, tuple]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        """The labels the cues suggest, in order of first appearance."""
        return list(dict.fromkeys(c.label for c in self.cues))

    @property
    def order(self) -> dict[int, int]:
        """Cue index -> rank, longest cue first: where cues overlap the longer one is taken."""
        if not hasattr(self, "_order"):
            ranked = sorted(range(len(self.cues)), key=lambda i: -len(self.cues[i].text))
            self._order = {i: r for r, i in enumerate(ranked)}
        return self._order


def compile_cue(pattern: str, fast: bool = False) -> re.Pattern:
    """``shoot* ... down`` -> a regex with word boundaries, any endings and small gaps.

    ``fast``: the same for lowercased text, case-sensitive and without the leading
    word-boundary lookbehind (checked by the caller): Python's re then scans for the cue's
    first letters instead of trying the lookbehind at every position, about 15 times faster."""
    parts = []
    sep = r"[\s,;:—–\"“”‘’'-]+"
    for tok in (pattern.lower() if fast else pattern).split():
        if tok == "...":
            parts.append(r"(?:\W+[\w'’-]+){0,3}")
            continue
        # "['’]" in a cue is the apostrophe either way, as a plain ' is ("won['’]t" = "won't").
        t = re.escape(tok.replace("['’]", "'")).replace("’", "'").replace("'", "\x00")
        t = t.replace(r"\*", r"[\w'’-]*").replace("\x00", "['’]").replace(r"\(", "(?:").replace(r"\)", ")").replace(r"\|", "|").replace(r"\?", "?")
        if _OPTIONAL_WORD.match(tok):
            # An optional word of its own ("(a|an|the)?"): the space next to it goes with it.
            t = f"(?:{sep}{t[:-1]})?" if parts else f"(?:{t[:-1]}{sep})?"
        parts.append(t)
    body = ""
    for i, p in enumerate(parts):
        glued = p.startswith((r"(?:\W+[\w'’-]+){0,3}", f"(?:{sep}")) or (i == 1 and parts[0].endswith(f"{sep})?"))
        if i and not glued:
            body += sep
        body += p
    if fast:
        return re.compile(rf"{body}(?![\w])")
    return re.compile(rf"(?:(?<![\w-])|(?=['’])){body}(?![\w])", re.I)


# A token that is an optional word or group of words on its own: "(a|an|the)?", "(new)?".
_OPTIONAL_WORD = re.compile(r"^\([^()\s]*\)\?$")


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern:
    return compile_cue(pattern)


def parse_lexicon(data: dict, event_types=None) -> Lexicon:
    """A ``Lexicon`` from a parsed cues TOML dict: one table per speech-act class with ``cues``
    (list of cue strings) and optional ``label`` (default: the table's name), ``act`` (words
    for a reason), ``weight``, ``negated``, ``negated_past``, ``event``, ``deed``, ``words``, ``own_act``, ``directed``,
    ``alone``, ``describes``, ``said``, ``explicit`` (true: every cue of the class is an explicit speech
    act; or a list of its cues that are), ``events`` (event type ids whose agent the class's label goes to) and
    ``not_triggers`` (cue patterns of those events' trigger words whose agent did not do the event:
    "intercepted", "spotted" an intruder) and ``event_verbs`` (true: the trigger verbs of its ``events``
    types; or a list of event type ids: theirs) read from ``event_types`` (an
    ``annotate.event_types.EventTypes``; none when it is None) as cues of the class.
    Tables that are not dicts are skipped;
    a cue whose regex does not compile is left out with a line in ``problems``. Raises
    ``ValueError``/``TypeError`` on a ``weight`` that is not a number. The first class with
    ``fallback = true`` gives ``Lexicon.fallback``.
    """
    lex = Lexicon()
    for name, entry in data.items():
        if not isinstance(entry, dict):
            continue
        label = str(entry.get("label", name))
        weight = float(entry.get("weight", 1.0))
        negated = str(entry.get("negated", "neutral"))
        lex.negated.setdefault(label, negated)
        lex.negated_of[name] = negated
        for key, classes in (("deed", lex.deeds), ("words", lex.words), ("own_act", lex.own_acts),
                             ("directed", lex.directed), ("alone", lex.alone), ("describes", lex.describes), ("said", lex.said)):
            if entry.get(key):
                classes.add(name)
        if entry.get("absorbs"):
            lex.absorbs[name] = {str(x) for x in entry["absorbs"]}
        if "negated_past" in entry:
            lex.negated_past_of[name] = str(entry["negated_past"])
        act, event = str(entry.get("act", "")), bool(entry.get("event", False))
        if entry.get("fallback") and lex.fallback is None:
            lex.fallback = (label, act)
        for kind in entry.get("events", []) or []:
            lex.events.setdefault(str(kind), (label, act, weight, name))
        for c in entry.get("not_triggers", []) or []:
            try:
                lex.not_triggers.setdefault(name, []).append(compile_cue(str(c)))
            except re.error as err:
                lex.problems.append(f"not_trigger {c!r} under [{label}] ignored: {err}")
        explicit = entry.get("explicit", False)
        marked = {str(x) for x in explicit} if isinstance(explicit, list) else set()
        lex.problems += [f"explicit cue {c!r} under [{label}] is none of its cues" for c in marked - {str(c) for c in entry.get("cues", [])}]
        for c in entry.get("cues", []):
            try:
                lex.cues.append(Cue(label, str(c), compile_cue(str(c), fast=True), weight, act, event, name,
                                    explicit is True or str(c) in marked))
            except re.error as err:
                lex.problems.append(f"cue {c!r} under [{label}] ignored: {err}")
        wanted = entry.get("event_verbs")
        if wanted and event_types is not None:
            ids = [str(x) for x in (wanted if isinstance(wanted, list) else entry.get("events", []) or [])]
            verbs = event_verbs(event_types, ids, lex.not_triggers.get(name, ()))
            forms: dict[str, tuple] = {}
            for ev in verbs:
                for f in verb_forms(ev.lemma):  # a form of two lemmas ("found") fits the types of either
                    forms[f] = forms.get(f, ()) + ev.fits
            if forms:
                # one cue of all the forms: one pass over the text, not one per verb
                pattern = "(" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"
                lex.cues.append(Cue(label, pattern, compile_cue(pattern, fast=True), weight, act, event, name))
                lex.event_fits[(name, pattern)] = forms
    return lex


def bundled_cues_file() -> Path:
    """Path of the cue file shipped with bluf: seeds/cues.toml in the installed ``seeds`` package."""
    from importlib.resources import files

    return Path(str(files("seeds") / "cues.toml"))


def _event_types():
    """The events lexicon (the user's events.toml or the bundled one) whose trigger verbs the
    ``event_verbs`` classes take as cues."""
    from ..event_types import load_event_types

    return load_event_types()


@lru_cache(maxsize=4)
def _load(path: str) -> Lexicon:
    try:
        return parse_lexicon(tomllib.loads(Path(path).read_text(encoding="utf-8")), _event_types())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, TypeError) as err:
        lex = parse_lexicon(tomllib.loads(bundled_cues_file().read_text(encoding="utf-8")), _event_types())
        lex.problems.append(f"{path}: not used ({str(err).splitlines()[0]})")
        return lex


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The user's cues.toml (``BLUF_CUES`` or the config dir) if present, else the bundled one."""
    import os

    if path is None:
        from ..locations import config_dir

        env = os.environ.get("BLUF_CUES")
        user = Path(env) if env else config_dir() / "cues.toml"
        path = user if user.is_file() else bundled_cues_file()
    return _load(str(path))


@dataclass(frozen=True)
class Hit:
    """A cue match (``TextCues.hits``, ``cue_hits``). ``label``: the stance it suggests (the
    ``negated`` label when a negation precedes it within 40 characters); ``weight``: the cue's
    weight; ``start``/``end``: character offsets of the match; ``cue``: the cue's text; ``negated``:
    whether a negation turned it.
    """

    label: str
    weight: float
    start: int
    end: int
    cue: str
    negated: bool = False
    act: str = ""
    event: bool = False
    group: str = ""  # the cue's class (table) in the cue file
    past: bool = False  # negated in the past ("did not retaliate"): the class's ``negated_past`` label
    explicit: bool = False  # an explicit speech act of its class (``Cue.explicit``)


class TextCues:
    """Every cue's matches in one text, found once (one regex per cue over the whole text
    is several times faster than one alternation of all cues, which Python's re tries at
    every position); then the hits inside any span of it, on demand."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        order = lex.order
        low = text.lower()
        slow = len(low) != len(text)  # lower() changed the length: offsets differ, no fast path
        found: list[tuple[int, tuple[int, int], int, int]] = []
        for i, c in enumerate(lex.cues):
            if slow:
                found += [(m.start(), (m.start() - m.end(), order[i]), m.end(), i) for m in c.rx.finditer(text)]
                continue
            pos = 0
            search = c.fast.search
            while (m := search(low, pos)) is not None:
                s, e = m.span()
                # inside a word: not a cue here; a cue may begin with a clitic ("'ll regret" in "we'll regret")
                if s and (low[s - 1].isalnum() or low[s - 1] in "_-") and low[s] not in "'’":
                    pos = s + 1
                    continue
                found.append((s, (s - e, order[i]), e, i))  # at one start, the longest match first
                pos = e if e > s else s + 1
        found.sort()
        self.found = found
        self.starts = [f[0] for f in found]

    def hits(self, start: int, end: int, blank: Sequence[tuple[int, int]] = (), keep=None) -> list[Hit]:
        """Cue matches inside [start, end), leftmost first and the longest cue where they
        overlap; none inside ``blank`` spans (e.g. the speaker's own name and title).
        ``keep(hit)``: whether a match counts here; one that does not leaves its words to
        the cues overlapping it ("launched a fresh offensive" is a claim in the actor's words,
        an attack in what it did)."""
        out: list[Hit] = []
        last = start
        text, found = self.text, self.found
        for k in range(bisect_left(self.starts, start), len(found)):  # no copy of the rest of a long text's cues
            s, _, e, i = found[k]
            if s >= end:
                break
            if e > end or s < last or any(s < be and e > bs for bs, be in blank):
                continue
            cue = self.lex.cues[i]
            label, neg = cue.label, False
            before = text[max(start, s - 40) : s]
            past = False
            if _NEGATION.search(before) and not _SELF_NEGATING.match(text, s) and not _NOT_STOPPING.search(before):
                label, neg = self.lex.negated_of.get(cue.group) or self.lex.negated.get(cue.label, "neutral"), True
                if cue.group in self.lex.negated_past_of and _PAST_NEGATION.search(before):
                    label, past = self.lex.negated_past_of[cue.group], True
            hit = Hit(label, cue.weight, s, e, cue.text, neg, cue.act, cue.event, cue.group, past, cue.explicit)
            if keep is not None and not keep(hit):
                continue
            out.append(hit)
            last = e
        return out


def cue_hits(text: str, lex: Lexicon, base: int = 0, blank: Sequence[tuple[int, int]] = ()) -> list[Hit]:
    """Cue matches in ``text`` (offsets shifted by ``base``); spans in ``blank`` (absolute
    offsets) are not searched. A cue made of an events-lexicon verb counts only where ``text``
    fits its event type (``event_cues.sentence_fits``)."""
    hits = TextCues(text, lex).hits(0, len(text), [(s - base, e - base) for s, e in blank],
                                    lambda h: (h.group, h.cue) not in lex.event_fits or sentence_fits(text, _fits_of(h, text, lex)))
    return [replace(h, start=h.start + base, end=h.end + base) for h in hits]


@dataclass
class _Item:
    kind: str  # quote, frame, speech (a clause under a verb of saying), clause, source (a sentence on its authority), context
    start: int
    end: int
    quote_index: int | None = None
    blank: list[tuple[int, int]] = field(default_factory=list)
    verb: str = ""  # a clause's verb (lemma)
    by_agent: bool = False  # a clause whose agent comes after "by" ("clashes led by X"): no statement of X's
    bridge: tuple[int, int] | None = None  # a partial quote's span: only cues across its edges count in this item
    reporter: bool = False  # a sentence on a news medium's authority: it reports others' acts, claims none


# Verbs of judging that report another's finding, beside the reporting verbs ("the tribunal
# ruled", "investigators found", "the court determined").
_JUDGING_FORMS = frozenset("found finds determined determines judged judges".split())
_SUBJECT_PRONOUNS = frozenset("he she it they we i you this that these those who which there".split())
# Nouns of a body an actor speaks through: "the ministry said" after "China's foreign ministry
# said" goes on with the same actor; "analysts said", "the tribunal ruled" do not.
_OWN_BODY_NOUNS = OFFICIAL_NOUNS - frozenset("analyst analysts expert experts observer observers source sources".split())
_LEAD_WORDS = re.compile(r"[\w’'.-]+")


# Verbs of reporting what happened (not in STANCE_VERBS: no speech act of their own): the clause
# under one is the agent's account of others' acts, never the agent's own act.
_REPORT_VERBS = frozenset({"report"})
# The head of a news medium's name: "state media", "state television", "Fars news agency".
_MEDIUM = re.compile(r"\b(?:media|television|tv|radio|broadcaster|news agency|newspaper|daily|news channel|news network|news outlet)\W*$", re.I)


def _other_voice(text: str, s: int, e: int) -> bool:
    """Whether sentence ``text[s:e]`` opens with someone else saying or judging: a subject of up
    to seven words that is neither a pronoun nor "the ministry"-like (the actor's own body), then
    a verb of saying or judging ("The tribunal ruled that ...", "In 2016 an international court
    found ...", "Analysts say ..."). What follows is that speaker's or the narrator's account,
    not the actor's words, even when it names the actor ("... that China's claims had no legal
    basis")."""
    words = [(m.group().lower(), m.start()) for m in _LEAD_WORDS.finditer(text, s, min(e, s + 120))][:9]
    aux = {"has", "have", "had", "also", "later", "then", "previously", "once", "separately"}
    for k, (w, _) in enumerate(words):
        if k == 0:
            continue
        if w in reporting_forms() or w in _JUDGING_FORMS:
            subj = [x for x, _ in words[:k] if x not in aux]
            if not subj or any(x in _SUBJECT_PRONOUNS for x in subj) or "“" in text[s:words[k][1]] or '"' in text[s:words[k][1]]:
                return False
            if subj[0] in ("the", "its", "his", "her", "their") and subj[-1] in _OWN_BODY_NOUNS and len(subj) <= 5:
                return False
            return True
    return False


# After a clause of saying, within its sentence: "and" (or "but"), an adverb or two, then a verb of
# a speech act with no subject of its own ("... and also accused Y of ...", "but denied ...").
_AND_SPEECH = re.compile(r"[^.;:!?“”\"\n]{0,160}?\s(?:and|but)\s+(?:(?:also|then|later|further|again|strongly|repeatedly)\s+){0,2}"
                         r"(?P<verb>" + _SPEECH_ACTS + r")\b", re.I)


def _coordinated_speech(text: str, end: int, sent_end: int) -> tuple[int, int, str] | None:
    """(start, end, verb) of a speech act coordinated with the clause of saying that ends at
    ``end``, sharing its subject: "The ministry confirmed the rebels had entered the town and
    accused Lorvania of sending them" (from "accused" to the sentence's end ``sent_end``);
    None when the sentence has none. A verb after "and" with a subject of its own ("and the
    army denied it") is another clause's."""
    m = _AND_SPEECH.match(text, end, sent_end)
    if m is None:
        return None
    return m.start("verb"), sent_end, m.group("verb").lower()


def _paragraph_rest(text: str, end: int, sents: list[tuple[int, int]], starts: list[int], taken: set[int]) -> list[tuple[int, int]]:
    """Sentences after ``end`` in the same paragraph, up to one that has its own agent or
    opens with someone else saying or judging (``_other_voice``)."""
    out = []
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for k in range(bisect_left(starts, end), len(sents)):  # no copy of the rest of a long text's sentences
        s, e = sents[k]
        if s >= para_end or s in taken or _other_voice(text, s, e):
            break
        out.append((s, e))
    return out


def _sentence_of(pos: int, sents: list[tuple[int, int]], starts: list[int]) -> tuple[int, int] | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and sents[i][0] <= pos < sents[i][1]:
        return sents[i]
    return None


_cues_lock = threading.Lock()
_cues_made: list[tuple[str, Lexicon, TextCues]] = []  # the last few, newest last


def text_cues(text: str, lex: Lexicon) -> TextCues:
    """``TextCues(text, lex)``, remembered for the last 4 texts: suggestions worked out
    again after an edit of a long article find the same cues in the same text."""
    with _cues_lock:
        for t, lx, cues in _cues_made:
            if lx is lex and t == text:
                return cues
    cues = TextCues(text, lex)
    with _cues_lock:
        _cues_made.append((text, lex, cues))
        del _cues_made[:-4]
    return cues


def suggest(source: Source, analysis: Analysis, actor_at, lex: Lexicon, tone=None) -> tuple[list[Suggestion], dict[int, Suggestion]]:
    """(one suggestion per actor, the best first; one per quote index)."""
    text = source.text
    cues = text_cues(text, lex)
    items: dict[str, list[_Item]] = defaultdict(list)
    per_quote: dict[int, Suggestion] = {}
    sents = sorted(analysis.sentences)
    starts = [s for s, _ in sents]
    for i, q in enumerate(analysis.quotes):
        aid = q.actor_id
        sp = q.speaker
        blank = [(sp.start, sp.end)] if sp is not None else []
        if aid is None:
            continue
        items[aid].append(_Item("quote", q.start, q.end, i))
        if q.frame_start >= 0:
            items[aid].append(_Item("frame", q.frame_start, q.frame_end, i, blank))
        if q.partial and (bridge := _bridge(q, sents, starts, blank)) is not None:
            items[aid].append(bridge)
    frame_sentences = {sent[0] for f in analysis.frames if (sent := _sentence_of(f.start, sents, starts))}
    titled = titled_again(text, analysis, actor_at)
    # A "verb" that is no word ("Kyiv • UNN", a dateline the parser read as a clause) tells nothing.
    known = _known_names(text, analysis, actor_at)
    agents = [(actor_at(f.agent_start, f.agent_end) or _named_in(f.agent_start, f.agent_end, analysis, actor_at, text)
               or _titled_agent(f, titled, text) or _named_elsewhere(text[f.agent_start : f.agent_end], known))
              if any(c.isalpha() for c in f.verb) else None
              for f in analysis.frames]
    # What another actor says or does within a clause ("India blamed Pakistan for the attack,
    # which Islamabad has denied") is that actor's, not the clause's agent's.
    # (A clause of the same subject, "Norway and Sweden criticised the test, urging ...", is each one's.)
    spoken = [(f.start, f.end, a, f.agent_start) for f, a in zip(analysis.frames, agents) if f.verb in STANCE_VERBS]
    # Each actor of a coordinated subject ("Washington and the Houthis have warned ...") is an agent.
    pairs = [(f, x) for f, aid in zip(analysis.frames, agents)
             for x in (aid, *_conjoined(f, analysis, actor_at, text), *_conjoined_before(f, analysis, actor_at, text, sents, starts))]
    for f, aid in pairs:
        # The agent of a clause in a question left open ("did not disclose if the envoy was
        # summoned") is said to have done nothing.
        if aid is None or _addressed(f, text) or _UNASSERTED.search(text, max(0, f.agent_start - 150), max(0, f.agent_start)):
            continue
        # A name after "<thing> of" ("the offices of President X are located") is not the agent,
        # nor the place of a dateline the parse took for the subject ("LIMA, Peru — Gunmen attacked").
        if _thing_of(text[max(0, f.agent_start - 60) : f.agent_start]) or in_dateline(f.agent_start, text):
            continue
        kind = "speech" if f.verb in STANCE_VERBS else "clause"
        others = [(s, e) for s, e, a, ag in spoken
                  if a != aid and ag != f.agent_start and f.start <= s and e <= f.end and (s, e) != (f.start, f.end)]
        # "..., TRT World reported": what a clause of reporting tells is the agent's account of
        # what others did ("the army seized the broadcaster"), no act of its own.
        items[aid].append(_Item(kind, f.start, f.end, None, [(f.agent_start, f.agent_end), *others], f.verb.lower(),
                                _BY_AGENT.search(text, max(0, f.agent_start - 12), max(0, f.agent_start)) is not None,
                                reporter=f.verb.lower() in _REPORT_VERBS))
        sent = _sentence_of(f.start, sents, starts)
        sent_end = sent[1] if sent else f.end
        # "X confirmed the rebels were in the city and accused Y of ...": the speech act after
        # "and" has the frame's subject, which the parse gave it no frame of its own for.
        if kind == "speech" and (co := _coordinated_speech(text, f.end, sent_end)) is not None and not any(
                it.kind in ("speech", "frame", "quote") and it.start <= co[0] < it.end for it in items[aid]):
            items[aid].append(_Item("speech", co[0], co[1], None, [], co[2]))
        for s, e in _paragraph_rest(text, sent_end, sents, starts, frame_sentences):
            items[aid].append(_Item("context", s, e))

    # A clause the parse gave no frame ("Jordanian border guards killed two smugglers"): the
    # actor named right before its verb did what it says.
    quoted = [(q.start, q.end) for q in analysis.quotes]
    for aid, a, b, vs, ve, verb in subject_clauses(text, sents, quoted, actor_at):
        if any(it.kind in ("clause", "speech") and it.start <= vs < it.end for it in items.get(aid, ())):
            continue
        if _UNASSERTED.search(text, max(0, a - 150), a) or _thing_of(text[max(0, a - 60) : a]):
            continue
        items[aid].append(_Item("clause", vs, ve, None, [(a, b)], verb))

    heads = [(f.agent_start, f.agent_end, a) for f, a in zip(analysis.frames, agents) if a is not None and f.verb in STANCE_VERBS]
    _sourced_sentences(text, analysis, sents, starts, actor_at, items, heads)
    _disposed(text, analysis, sents, actor_at, items)
    _apposed_subjects(text, analysis, sents, starts, actor_at, items)
    _led_by(text, analysis, sents, starts, agents, items)
    _said_together(text, analysis, sents, starts, actor_at, items)
    named = [(e.start, e.end, actor_at(e.start, e.end), e.label) for e in analysis.entities if e.label in _SOURCE_LABELS]
    # Actors quoted as survivors, witnesses, residents: their "massacre" tells what was done to them.
    witnessed = {q.actor_id for q in analysis.quotes if q.actor_id and _witness(q, text)} if lex.describes else set()
    deeds = _event_deeds(text, analysis, actor_at, lex)
    for aid, found in _passive_deeds(text, sents, starts, actor_at, lex).items():
        deeds[aid].extend(found)
    # What only states background (history, geography, population: ``background``) is no
    # statement of the actor's, nor an act of it in the news time.
    past = _background_items(text, sents, starts, news_year(source.published, text, source.added_at))
    for aid in list(items):
        items[aid] = [it for it in items[aid] if not past(it)]
    for aid in list(deeds):
        deeds[aid] = [(it, h) for it, h in deeds[aid] if not past(it)]
    for aid in deeds:
        items.setdefault(aid, [])
    out: list[Suggestion] = []
    for aid, its in items.items():
        scores: dict[str, float] = defaultdict(float)
        best: dict[str, tuple[float, _Item, list[Hit]]] = {}
        seen_spans: set[tuple[int, int]] = set()
        quote_scores: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        quote_hits: dict[int, list[Hit]] = defaultdict(list)
        counted: set[tuple[int, int]] = set()  # cue spans counted in the actor's other items
        prepared: list[tuple[_Item, list[Hit]]] = []
        for it in sorted(its, key=lambda it: it.bridge is not None):  # the bridges last
            if (it.start, it.end, it.kind, it.bridge) in seen_spans:
                continue
            seen_spans.add((it.start, it.end, it.kind, it.bridge))
            hits = cues.hits(it.start, it.end, it.blank,
                             lambda h, it=it: (not h.event or _event_is_stance(h, it, text))
                             and (h.group not in lex.deeds or _is_deed(h, it, text))
                             and (h.group not in lex.words or it.kind in OWN_ITEMS)
                             # A denial is said: "intercepted the jets in accordance with international
                             # rules" is the narrator's account of what the actor did.
                             and (h.group not in lex.said or it.kind != "clause")
                             # A claim of force whose clause has the other side as subject ("said
                             # militants targeted army positions") is what it says the enemy did.
                             and (h.group not in lex.words or h.group in lex.own_acts or not _about_another(h, it, text, named, aid))
                             and (h.group not in lex.own_acts or not (_about_another(h, it, text, named, aid) or _agentless_passive(h, text)))
                             # In a clause of the actor's, a passive's participle ("the Navy ... were
                             # seized by Lorvania") is what was done to it, not its act; so is an act
                             # the actor tells with another as the passive's agent ("said its boats were
                             # seized by Lorvania").
                             and not (it.kind == "clause" and _passive(h, it, text))
                             and not (h.group in lex.own_acts and (_passive(h, it, text) or _participle(h, text)) and _BY_OTHER.match(text, h.end))
                             # A news medium tells what others did ("the guards seized a tanker, state
                             # media reported"): no act or claim of its own, only its speech acts.
                             and not (it.reporter and (h.group in lex.own_acts or h.group in lex.words or h.group in lex.deeds))
                             and not _unasserted(h, it, text)
                             and not _with_no_party(h, text)
                             and ((h.group, h.cue) not in lex.event_fits or _event_verb_counts(h, it, text, lex, sents, starts, named, aid))
                             and not _in_relative_of_another(h, it, text, named, aid)
                             and not _document_terms(h, text, sents, starts)
                             and (h.group not in lex.alone or not _joint(h, it, text))
                             # The words that describe what was done ("brutal massacres"), in a
                             # paragraph after what the actor said, are the narrator's account.
                             and (h.group not in lex.describes or (aid not in witnessed and it.kind != "context")))
            if it.bridge is not None:  # the quote and the frame count the cues on either side
                hits = [h for h in hits if any(h.start < edge < h.end for edge in it.bridge) and (h.start, h.end) not in counted]
            else:
                counted.update((h.start, h.end) for h in hits)
            hits = _before_passive(hits, it, text, lex, sents, starts)
            if hits:
                prepared.append((it, hits))
        for it, hit in deeds.get(aid, ()):
            over = [h for _, hs in prepared for h in hs if h.start < hit.end and hit.start < h.end]
            # A weaker cue of the same label on the same words ("violated ... airspace" as an
            # accusation in the clause) gives way to the deed the event type tells.
            # So does a cue made of an events-lexicon verb on the trigger: the incident names the type.
            if over and all(h.label == hit.label and (h.weight < hit.weight or (h.group, h.cue) in lex.event_fits) for h in over):
                prepared = [(i, [h for h in hs if h not in over]) for i, hs in prepared]
                prepared = [(i, hs) for i, hs in prepared if hs]
                over = []
            if not over:
                prepared.append((it, [hit]))
        # A threat in one item takes over the force its sentence tells in the actor's other items
        # ("the militia threatened a “strong and effective response”": the quoted words are the threat).
        threats = _absorbing(prepared, lex, sents, starts)
        for it, hits in prepared:
            hits = _absorbed(hits, lex, sents, starts, threats)
            strength = 1.0 + 0.5 * (abs(tone(text[it.start : it.end])) if tone else 0.0)
            weights: dict[str, list[float]] = defaultdict(list)
            for h in hits:
                # An event cue kept outside the actor's words is an intent ("calls for shooting
                # down"): a position stated, weighed as what the actor said.
                # A claim in a sentence on its authority ("according to the army, jets hit two
                # targets") is what the actor said, whatever else the sentence tells.
                kind = "speech" if (h.event and it.kind not in WORDS_ITEMS) or (h.group in lex.words and it.kind == "source") else it.kind
                # A word or two quoted inside the reporter's sentence ("“brutal” pressure") is the
                # reporter's choice of the speaker's words: it weighs as the reporting frame.
                if kind == "quote" and len(_WORDS.findall(text, it.start, it.end)) <= SCARE_QUOTE_WORDS and _inside_sentence(it, text):
                    kind = "frame"
                weights[h.label].append(h.weight * ITEM_WEIGHT[kind] * strength)
            # One clause is one speech act: the words of a reporter's phrase ("accused the militia
            # of provoking the clashes") do not add up to more than the speaker's own threat.
            by_label = {label: _item_score(ws) for label, ws in weights.items()}
            for label, v in by_label.items():
                scores[label] += v
                if label not in best or v > best[label][0]:
                    best[label] = (v, it, [h for h in hits if h.label == label])
            if it.quote_index is not None:
                for label, v in by_label.items():
                    quote_scores[it.quote_index][label] += v
                quote_hits[it.quote_index] += hits
        label, score = max(scores.items(), key=lambda kv: (kv[1], kv[0])) if scores else ("", 0.0)
        # A threat in so many words in the actor's own words ("you'd better turn back", "they are
        # on notice") is what its force is for: the blockade or the expulsion it also tells of
        # does not outweigh it (a threat is the sharper form of the hawkish stance).
        if label == HAWKISH and scores.get(THREATENING, 0.0) >= MIN_SCORE and THREATENING in best and _explicit_item(
                [(i, h) for i, hs in prepared for h in hs if h.label == THREATENING]) is not None:
            label, score = THREATENING, max(score, scores[THREATENING])
        if score >= MIN_SCORE:
            _, it, hits = best[label]
            said = _explicit_item([(i, h) for i, hs in prepared for h in hs if h.label == label])
            out.append(Suggestion(aid, source.id, label, it.start, it.end, _reason(hits, it, text), round(score, 2), it.quote_index,
                                  said is not None))
        elif lex.fallback is not None and (said := _plain(its)) is not None:
            # Quoted, reported speaking or acting, with no stance cue: a plain statement (CAMEO 01).
            where = {"quote": "the quote", "speech": "what the actor said", "source": "what is reported on the actor's authority"}.get(
                said.kind, "what the actor did")
            out.append(Suggestion(aid, source.id, lex.fallback[0], said.start, said.end, f"{lex.fallback[1]} in {where}",
                                  FALLBACK_SCORE, said.quote_index))
        for qi, sc in quote_scores.items():
            label, score = max(sc.items(), key=lambda kv: (kv[1], kv[0]))
            if score >= MIN_SCORE:
                q = analysis.quotes[qi]
                hits = [h for h in quote_hits[qi] if h.label == label]
                per_quote[qi] = Suggestion(aid, source.id, label, q.start, q.end, _reason(hits, _Item("quote", q.start, q.end), text), round(score, 2), qi,
                                           any(h.explicit and not h.negated for h in hits))
    out.sort(key=lambda s: -s.score)
    return out, per_quote


def _event_deeds(text: str, analysis: Analysis, actor_at, lex: Lexicon) -> dict[str, list[tuple[_Item, Hit]]]:
    """The actors the analysis found doing an event of a type some class of the lexicon names
    in its ``events`` (the agent of "the rebels shelled the town", "North Korea launched a
    ballistic missile", "the army counter-attacked"): actor id -> (a ``clause`` item for the
    event's sentence, a hit on its trigger word with the class's label and act, the event type
    in words: "an attack (armed clash)"). What the actor did is a deed, whether or not a frame
    of the parse holds it; not where a negation comes just before the trigger ("did not fire"),
    nor where the agent is the target of a warning, a call or an order ("urged the rebels to
    stop the attacks"), nor on a trigger the class names in ``not_triggers`` (who intercepts or
    spots an intruder did not intrude), nor, for an ``alone`` class, where it is done with
    partners ("joint drills with Peru"). An event with no agent named in the clause, told in a
    quote with the speaker's side as its subject ("our fighters seized the boat", "we attacked
    the post"), is the speaker's claim of it (``_own_side_event``); in its own quoted words the
    speaker is the agent only so ("they hijacked a ship", in its quote, is no deed of its own)."""
    out: dict[str, list[tuple[_Item, Hit]]] = defaultdict(list)
    if not lex.events:
        return out
    for m in analysis.incidents:
        spec = lex.events.get(m.kind)
        if spec is None or not m.trigger:
            continue
        label, act, weight, group = spec
        t = re.search(rf"(?<!\w){re.escape(m.trigger)}(?!\w)", text[m.start : m.end])
        if t is None or any(rx.search(m.trigger) for rx in lex.not_triggers.get(group, ())):
            continue
        ts, te = m.start + t.start(), m.start + t.end()
        if _NEGATION.search(text, max(m.start, ts - 40), ts):
            continue
        kind = m.kind.replace("_", " ")
        hit = Hit(label, weight, ts, te, m.trigger, False, f"{act} ({kind})", False, group)
        if not m.actor:
            if (claim := _own_side_event(ts, text, analysis)) is not None:
                qi, q = claim
                out[q.actor_id].append((_Item("quote", q.start, q.end, qi),
                                        replace(hit, act=f"{_OWN_SIDE_ACT} ({kind})")))
            continue
        a, a_end = _agent_span(m, ts, text, analysis, actor_at)
        if a < 0:
            continue
        aid = actor_at(a, a_end) or _named_in(a, a_end, analysis, actor_at, text)
        if aid is None or _TOLD_TO.search(text, max(0, a - 40), a) or in_dateline(a, text):
            continue
        quoted = next((q for q in analysis.quotes if q.start <= ts < q.end and q.actor_id == aid), None)
        if quoted is not None and _own_side_event(ts, text, analysis) is None:
            continue  # in its own quoted words, the agent's side must be the subject: not "they hijacked"
        if group in lex.alone and (_joint(hit, _Item("clause", m.start, m.end), text) or (
                _SHARED_BEFORE.search(text, max(0, ts - 40), ts) and _COORDINATED.match(text, a_end))):
            continue  # "Chile, Peru and Ecuador conducted joint naval exercises": with partners
        it = _Item("clause", m.start, m.end, None, [(a, a_end)], m.trigger.lower())
        out[aid].append((it, hit))
    return out


# The head of a line that is a dateline before the story: a place ("LIMA", "Birnin Kebbi"), an
# optional region or date after a comma, an optional credit in brackets, then a dash.
_DATELINE_HEAD = re.compile(r"[ \t]*[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,3}(?:,[^\n,—–!?]{1,40}){0,2}?"
                            r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[—–]+|[ \t]-+)[ \t]")


DATELINE_REACH = 1500


def in_dateline(pos: int, text: str) -> bool:
    """Whether the character at ``pos`` is in the dateline that opens its line ("LIMA, Peru —
    Gunmen attacked ...", "Birnin Kebbi, Kebbi state - Armed gangs have attacked ..."): the
    place of the report, never the agent of what the story then tells. Only near the text's
    start (``DATELINE_REACH`` characters), where a story's dateline is."""
    if pos > DATELINE_REACH:
        return False
    ls = text.rfind("\n", 0, pos) + 1
    m = _DATELINE_HEAD.match(text, ls)
    return m is not None and pos < m.end()


# Verbs of perpetrating an act, whose passive agent did it ("the attack was carried out by X",
# "both attacks were claimed by X"), when the sentence names an act of force.
_PERPETRATE = re.compile(r"(?:claimed|carried out|perpetrated|committed|conducted|launched|staged|orchestrated|masterminded|executed|mounted)$", re.I)
_FORCE_NOUN = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|bombings?|raids?|shelling|ambush(?:es)?|assaults?|killings?|massacres?|blasts?|"
                         r"explosions?|kidnappings?|abductions?|offensives?|hijackings?|incursions?)\b", re.I)


def _passive_deeds(text: str, sents: list[tuple[int, int]], starts: list[int], actor_at, lex: Lexicon) -> dict[str, list[tuple[_Item, Hit]]]:
    """The actors named as the agent of a passive of an act of force (``passive_agents``): "the
    convoy was ambushed by the Southern Army" (a verb of a ``deed`` class's ``event_verbs``, in a
    sentence that fits its event type), "both attacks were claimed by the Islamic Front" (a verb
    of perpetrating, in a sentence that names an attack; "had been sanctioned by Britain", a
    participle of coercion: ``_COERCED``; "was accused by the League of", one of blaming:
    ``_ACCUSED``): actor id -> (a ``clause`` item for the
    sentence up to the agent, a hit on the participle with the class's label). Not after a
    negation ("was not carried out by"); the agent is the longest phrase after "by" that names an
    actor."""
    out: dict[str, list[tuple[_Item, Hit]]] = defaultdict(list)
    verbs = [c for c in lex.cues if c.group in lex.deeds and (c.group, c.text) in lex.event_fits]
    attack = lex.events.get("armed_clash")
    if not verbs and attack is None:
        return out
    for vs, ve, a_lo, a_hi in passive_agents(text):
        sent = _sentence_of(vs, sents, starts)
        if sent is None or _NEGATION.search(text, max(sent[0], vs - 40), vs):
            continue
        word, line = text[vs:ve].lower(), text[sent[0] : sent[1]]
        head = word.split()[0]  # "shot" of "shot dead"
        cue = next((c for c in verbs if head in lex.event_fits[(c.group, c.text)] and sentence_fits(line, lex.event_fits[(c.group, c.text)][head])), None)
        if cue is not None:
            label, act, weight, group = cue.label, cue.act, cue.weight, cue.group
        elif attack is not None and _PERPETRATE.search(word) and _FORCE_NOUN.search(line):
            label, act, weight, group = attack
        elif head in _COERCED and (c := next((c for c in lex.cues if c.group == "coerce"), None)) is not None:
            label, act, weight, group = c.label, c.act, c.weight, c.group
        elif head in _ACCUSED and (c := next((c for c in lex.cues if c.group == "accuse"), None)) is not None:
            label, act, weight, group = c.label, c.act, c.weight, c.group
        else:
            continue
        for a, b in subject_spans(text, a_lo, a_hi, lead_words=2):
            if (aid := actor_at(a, b)) is not None:
                break
        else:
            continue
        hit = Hit(label, weight, vs, ve, text[vs:ve], False, f"{act} ({text[vs:ve]} by {text[a:b]})", False, group)
        # Blaming told in the passive is a speech act reported of the agent: weighed as what it said.
        kind = "speech" if head in _ACCUSED and group == "accuse" else "clause"
        out[aid].append((_Item(kind, sent[0], min(sent[1], b), None, [(a, b)], word), hit))
    return out


# Participles of coercion whose agent after "by" coerced ("had been sanctioned by Britain", "the
# envoy was expelled by Lorvania"): the ``coerce`` class's act.
_COERCED = frozenset("sanctioned expelled blockaded impounded boarded".split())
# Participles of blaming whose agent after "by" did the blaming ("has long been accused by the
# Lorvanian government of harbouring rebels", "was condemned by the League"): the ``accuse`` class's act.
_ACCUSED = frozenset("accused condemned criticised criticized blamed denounced censured rebuked".split())
_OWN_SIDE_ACT = "a claim of its own side's use of force"
# An agent that is one of several: "Chile, Peru and Ecuador", "Chile and Peru".
_COORDINATED = re.compile(r"\s*(?:,|and\b|&)", re.I)
# The speaker's side as a clause's subject, then only auxiliaries and adverbs before its verb.
_OWN_SIDE_SUBJECT = re.compile(
    r"\s*(?:we|i|(?:our|my)(?:\s+[\w’'-]+){1,2})\s+(?:(?:have|had|has|were|was|also|then|just|already|finally|successfully|again)\s+)*$",
    re.I)


def _agent_span(m, ts: int, text: str, analysis: Analysis, actor_at) -> tuple[int, int]:
    """Where the agent of event mention ``m`` is named in its sentence: its name as the analysis
    gives it, else (the analysis names a country for "Turkish jets", "the Eritrean army") the last
    named entity before the trigger with a word of the same first four letters as the last word
    of that name ("Turkish" for "Turkey"). (-1, -1) when none."""
    a = text.find(m.actor, m.start, m.end)
    if a >= 0:
        return a, a + len(m.actor)
    words = m.actor.split()
    stem = words[-1][:4].lower() if words else ""
    if len(stem) < 4:
        return -1, -1
    found = (-1, -1)
    for e in analysis.entities:
        if m.start <= e.start and e.end <= ts and e.label in _SOURCE_LABELS and any(w[:4].lower() == stem for w in e.text.split()):
            found = (e.start, e.end)
    return found


def _own_side_event(ts: int, text: str, analysis: Analysis):
    """(quote index, quote) when the trigger at ``ts`` is inside an attributed quote and its
    clause has the speaker's side as subject: a first-person word between the clause's start
    and the trigger, right before it ("Our colleagues hijacked a boat", "we attacked the post at
    dawn"); not in a condition ("if we attack"). None otherwise."""
    for qi, q in enumerate(analysis.quotes):
        if not (q.start <= ts < q.end) or q.actor_id is None:
            continue
        edge = q.start
        for mm in _CLAUSE_EDGE.finditer(text, max(q.start, ts - 80), ts):
            edge = mm.end()
        # The trigger is the clause's verb right after the speaker's side: "we", "our fighters",
        # "my men have" (not "my son who was at the market during the shelling").
        if not _OWN_SIDE_SUBJECT.match(text[edge:ts]) or _CONDITION.search(text[max(q.start, ts - 60) : ts]):
            return None
        return qi, q
    return None


# How far a partial quote's clause reaches on either side of it, within its sentence.
_BRIDGE_REACH = 80


def _bridge(q, sents: list[tuple[int, int]], starts: list[int], blank: list[tuple[int, int]]) -> _Item | None:
    """An item for the clause around a partial quote, weighed as what the actor said, where only
    cues across the quote's edges count: in 'warned of taking “overwhelming and new” deterrence
    measures' or 'said the jets had “destroyed” a rebel brigade' the cue is half the speaker's
    phrase and half the reporter's words, which neither the quote nor the frame holds whole.
    None when the quote is in no sentence."""
    sent = _sentence_of(q.start, sents, starts)
    if sent is None:
        return None
    lo = q.frame_start if sent[0] <= q.frame_start < q.start else max(sent[0], q.start - _BRIDGE_REACH)
    hi = min(sent[1], q.end + _BRIDGE_REACH)
    return _Item("speech", lo, hi, None, blank, bridge=(q.start, q.end))


def _background_items(text: str, sents: list[tuple[int, int]], starts: list[int], news: int | None):
    """``past(item)``: whether an item of what the actor did (a clause) or of the paragraph
    around it only states background (``background.is_background``): never its words."""
    memo: dict[tuple[int, int, str], bool] = {}

    def past(it: _Item) -> bool:
        if it.kind not in ("clause", "context"):
            return False
        key = (it.start, it.end, it.verb)
        if key not in memo:
            sent = _sentence_of(it.start, sents, starts)
            lo, hi = sent if sent else (it.start, it.end)
            memo[key] = is_background(segment(text, it.start, it.end, lo, hi), news, it.verb)
        return memo[key]

    return past


def _explicit_item(hits: Sequence[tuple[_Item, Hit]]) -> _Item | None:
    """The first item of the actor's own words (a quote, its reporting verb, a clause under a verb
    of saying) where one of ``hits`` (item, hit: of the label suggested) is an explicit speech act
    of its class (``Cue.explicit``, not negated); None when there is none."""
    return next((it for it, h in hits if h.explicit and not h.negated and it.kind in WORDS_ITEMS), None)


# In one item, each cue of a label after its strongest adds this share of its weight.
FURTHER_CUE_SHARE = 0.5


def _item_score(weights: list[float]) -> float:
    """A label's weight in one item (a quote, a clause) from its cues' weights: the strongest
    one's, and ``FURTHER_CUE_SHARE`` of each other's."""
    ws = sorted(weights, reverse=True)
    return ws[0] + FURTHER_CUE_SHARE * sum(ws[1:])


def according_to(text: str, analysis: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the names the sentence ``text[start:end]`` is given on the authority of, in
    text order: "According to Deputy Minister X, witnesses are being questioned", "..., according
    to the navy" (a name of ``_SOURCE_LABELS`` up to 60 characters after "according to"): the
    sentence is reported speech of that name's actor."""
    return [(e.start, e.end) for e in analysis.entities
            if e.label in _SOURCE_LABELS and start <= e.start < end and _ACCORDING.search(text, start, e.start) is not None]


def _sourced_sentences(text: str, analysis: Analysis, sents: list[tuple[int, int]], starts: list[int], actor_at,
                       items: dict[str, list[_Item]], heads: Sequence[tuple[int, int, str]] = ()) -> None:
    """Adds an item for each sentence given on a named actor's authority that the quotes and
    frames did not give that actor: a ``source`` item for "according to a statement from the
    navy, ...", a ``speech`` item where the actor is the one saying ("..., the maritime agency
    stated.", "the agency's press office said ..."); the actor's name is blanked. ``heads``: the
    agent phrases of frames of saying with their actor, (start, end, actor id): a name that
    tells whose body another actor is ("the Defence Ministry in the Government of X announced")
    is not the one saying; the announcement is that body's only. An actor named again by a
    shorter phrase ("Police said ..." after "the Polish police", ``named_again``) is read there
    as at its entities."""
    names = [(e.start, e.end, e.text, None) for e in analysis.entities if e.label in _SOURCE_LABELS]
    spans = mention_spans(text, analysis, actor_at)
    names += [(s, e, text[s:e], aid) for s, e, aid in named_again(text, analysis, actor_at, spans)]
    # A mention the actor index made with no entity ("Police said ...", "Authorities also said ..."):
    # the actor it names says the sentence as at an entity.
    entity_spans = {(e.start, e.end) for e in analysis.entities}
    persons = {(e.start, e.end) for e in analysis.entities if e.label == "PERSON"}
    names += [(s, e, text[s:e], aid) for s, e in sorted(spans - entity_spans) if (aid := actor_at(s, e)) is not None]
    names += [(s, e, text[s:e], aid) for s, e, aid in titled_again(text, analysis, actor_at)]
    for ent_start, ent_end, ent_text, known in names:
        sent = _sentence_of(ent_start, sents, starts)
        if sent is None:
            continue
        according = _ACCORDING.search(text, sent[0], ent_start) is not None
        said = not according and bool(_SAID_AFTER.match(text, ent_end, min(sent[1], ent_end + 150))
                                      or _APPOSED_SAID.match(text, ent_end, min(sent[1], ent_end + 150))
                                      or ((ent_start, ent_end) not in persons and _PLURAL_SAID.match(text, ent_end, min(sent[1], ent_end + 60))
                                          and not _AFTER_PREPOSITION.search(text, max(0, ent_start - 30), ent_start))
                                      or _BODY_SAID.match(text, ent_end - (2 if _POSSESSOR.search(ent_text) else 0), min(sent[1], ent_end + 40)))
        if not (according or said):
            continue
        aid = known or actor_at(ent_start, ent_end)
        if any(a != aid and e <= ent_start and _OF_BODY.match(text, e, ent_start) for s, e, a in heads):
            continue
        # Not again where the actor already has the sentence; a phrase it is quoted for inside
        # the sentence, with its frame ("hitting two “military targets”, according to the army"),
        # is no reason to leave out what the sentence says on its authority.
        if aid is None or any(it.start <= sent[0] < it.end or sent[0] <= it.start < sent[1] for it in items.get(aid, ())
                              if it.kind != "context" and not (it.kind in ("quote", "frame") and sent[0] < it.start and it.end <= sent[1])):
            continue
        # "The RSF said/claimed ...": the actor's own statement, weighed as what it said; "according
        # to the RSF, ..." may tell what others did, and weighs less.
        items[aid].append(_Item("speech" if said else "source", sent[0], sent[1], None, [(ent_start, ent_end)],
                                reporter=_MEDIUM.search(ent_text) is not None))


# After a name in apposition to a clause's subject: its closing comma, auxiliaries or adverbs,
# then the verb ("Administrator of the district, Ana Vea, has called on ...", "another group, the
# Southern Brigade, stepped in to broker a truce").
# (a past form, or any word after an auxiliary: not "In Suva, Fiji, troops opened fire")
_APPOSED_VERB = re.compile(r",\s+(?:(?:also|later|then|quickly|swiftly|recently|again|meanwhile)\s+)*"
                           r"(?:(?:has|have|had|is|are|was|were|will|would)\s+(?:\w+ly\s+)?(?P<aux_verb>(?-i:[a-z])[a-z]+)|(?P<verb>(?-i:[a-z])[a-z]+ed))\b", re.I)
_NOT_VERBS = frozenset("which who whose whom that and but or a an the in on at of for with from by as to its his her their "
                       "said says told added according".split())


def _apposed_subjects(text: str, analysis: Analysis, sents: list[tuple[int, int]], starts: list[int], actor_at,
                      items: dict[str, list[_Item]]) -> None:
    """Adds a ``clause`` item for an actor named in apposition to a clause's subject, between
    commas, right before the clause's verb ("Another group, the Southern Brigade, stepped in to
    broker a truce", "The district's administrator, Ana Vea, has called on young people not to
    join"): the parse makes the description the subject and gives the name no frame. Not a
    verb of saying (the quotes and frames have those), nor where the actor already has an item
    in that sentence."""
    spans = sorted({(e.start, e.end) for e in analysis.entities if e.label in _SOURCE_LABELS}
                   | {(f.agent_start, f.agent_end) for f in analysis.frames if f.agent_start >= 0})
    for a, b in spans:
        if not re.search(r",\s*(?:the\s+)?$", text[max(0, a - 8) : a], re.I):
            continue
        m = _APPOSED_VERB.match(text, b)
        verb = (m.group("verb") or m.group("aux_verb")).lower() if m else ""
        if not verb or verb in _NOT_VERBS or (aid := actor_at(a, b)) is None:
            continue
        sent = _sentence_of(a, sents, starts)
        if sent is None or any(it.start < sent[1] and sent[0] < it.end and it.kind != "context" for it in items.get(aid, ())):
            continue
        items[aid].append(_Item("clause", a, sent[1], None, [(a, b)], verb))


MAX_SIDES = 4  # a clause said "by both sides" goes to at most this many actors named around it


# "Troops led by General X – dismissed a day earlier – occupied the square": the participle's
# clause up to its agent, an apposition in dashes or commas after it, auxiliaries, then the verb of
# the noun phrase the leader's men are the head of.
_LED_BY = re.compile(r"(?:led|commanded|headed)\s+by\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,4}$", re.I)
_LED_VERB = re.compile(r"\s*(?:(?:[–—]|,)[^–—,;:.!?“”\"()]{1,120}(?:[–—]|,)\s*)?"
                       r"(?:(?:has|have|had|also|then|later|reportedly|allegedly)\s+)*(?P<verb>(?-i:[a-z])[a-z-]+)\b", re.I)
_LED_VERBS = frozenset({"lead", "command", "head"})


def _led_by(text: str, analysis: Analysis, sents: list[tuple[int, int]], starts: list[int], agents: Sequence[str | None],
            items: dict[str, list[_Item]]) -> None:
    """Adds a ``clause`` item for an actor that led men who did something: "Military units led by
    General X – dismissed a day earlier – occupied the main square": X's deed is the verb (a past
    form) after the participle's agent, to the end of the sentence. ``agents``: the actor of each
    frame of ``analysis`` (None when no actor)."""
    for f, aid in zip(analysis.frames, agents):
        if aid is None or f.verb not in _LED_VERBS or not _LED_BY.search(text, f.start, f.agent_start):
            continue
        sent = _sentence_of(f.agent_start, sents, starts)
        m = _LED_VERB.match(text, f.agent_end, sent[1]) if sent else None
        if m is None or not is_past(m.group("verb")):
            continue
        vs = m.start("verb")
        if not any(it.kind == "clause" and it.start <= vs < it.end for it in items.get(aid, ())):
            items[aid].append(_Item("clause", vs, sent[1], None, [(f.agent_start, f.agent_end)], m.group("verb").lower()))


def _known_names(text: str, analysis: Analysis, actor_at) -> dict[str, str]:
    """The actor of each name the article's mentions resolve (entities and the agents of its
    clauses), by the name's words lowercased without a leading "the" (and without a possessive
    "'s"): {name: actor id}, the first mention's actor for a name."""
    known: dict[str, str] = {}
    spans = [(e.start, e.end) for e in analysis.entities] + [(f.agent_start, f.agent_end) for f in analysis.frames]
    for a, b in spans:
        if (aid := actor_at(a, b)) is not None:
            name = re.sub(r"^the\s+", "", text[a:b].strip(), flags=re.I)
            known.setdefault(name.lower(), aid)
            known.setdefault(re.split(r"[’']s\b", name)[0].lower(), aid)
    return known


_PRONOUNS = frozenset("he she they it we i you this that these those his her its their our who which".split())


def _named_elsewhere(agent: str, known: dict[str, str]) -> str | None:
    """The actor of a clause's agent phrase the actor index left unresolved at its span, when the
    phrase is a proper name (capitalised words, no lowercase word) that another mention of the
    article with the same words resolves ("MINUSCA said ..." where "the head of MINUSCA" is the
    mission): the article names one actor so. None otherwise."""
    name = re.sub(r"^the\s+", "", agent.strip(), flags=re.I)
    words = name.split()
    if not words or any(w[:1].islower() for w in words) or words[0].lower() in _PRONOUNS:
        return None
    return known.get(name.lower())


def _said_together(text: str, analysis: Analysis, sents: list[tuple[int, int]], starts: list[int], actor_at,
                   items: dict[str, list[_Item]]) -> None:
    """Adds a ``speech`` item, for each actor named in its sentence (or, when it names fewer
    than two, also in the sentence before), for a clause the sides say together ("Fijian and
    Tongan forces clashed at the border, a claim both sides denied as baseless"; see
    ``collective_speakers.collective_clauses``); not where the actor already says something there.
    A name no mention was made of is the actor of another mention with the same words."""
    clauses = collective_clauses(text)
    if not clauses:
        return
    # A name no mention was made of here ("Tonga" in "a claim Tonga ...") is the actor another
    # mention of the article with the same words is ("Tonga said", "Tonga's foreign ministry").
    known = _known_names(text, analysis, actor_at)

    def who(e) -> str | None:
        return actor_at(e.start, e.end) or known.get(re.sub(r"^the\s+", "", e.text.strip(), flags=re.I).lower())

    for cs, ce in clauses:
        k = bisect_right(starts, cs) - 1
        if k < 0:
            continue
        lo = sents[k - 1][0] if k > 0 and text.count("\n", sents[k - 1][1], sents[k][0]) == 0 else sents[k][0]
        around = []
        for lo_ in (sents[k][0], lo):
            around = [aid for e in analysis.entities if lo_ <= e.start and e.end <= ce and e.label in _SOURCE_LABELS
                      and (aid := who(e)) is not None]
            if len(set(around)) >= 2:
                break
        for aid in list(dict.fromkeys(around))[:MAX_SIDES]:
            # (a clause of what the actor is said to have done there leaves the denial to this item)
            if not any(it.start < ce and cs < it.end and it.kind in ("speech", "source", "quote", "frame") for it in items.get(aid, ())):
                items[aid].append(_Item("speech", cs, ce))


def _disposed(text: str, analysis: Analysis, sents: list[tuple[int, int]], actor_at, items: dict[str, list[_Item]]) -> None:
    """Adds a ``clause`` item for each clause where a named actor's disposition is told with a
    copula ("The Tongan rebels are ready to observe a ceasefire, a spokesman said"; see
    ``dispositions.disposed_clauses``), which the parse gives no frame: the longest phrase of
    the subject that names an actor is its agent, blanked; not where the actor already has an
    item in that sentence."""
    for ss, se, cs, ce in disposed_clauses(text, sents, [(q.start, q.end) for q in analysis.quotes]):
        for a, b in subject_spans(text, ss, se):
            if (aid := actor_at(a, b)) is not None:
                break
        else:
            continue
        if any(it.start < ce and cs < it.end and it.kind != "context" for it in items.get(aid, ())):
            continue
        items[aid].append(_Item("clause", cs, ce, None, [(ss, se)], "be"))


def _absorbing(prepared: Sequence[tuple[_Item, list[Hit]]], lex: Lexicon, sents: list[tuple[int, int]],
               starts: list[int]) -> list[tuple[int, int, str, frozenset[str]]]:
    """The sentences where one of an actor's items has a cue (not negated) of a class that
    ``absorbs`` other labels: (sentence start, end, its label, the labels it absorbs)."""
    out = []
    for _, hits in prepared:
        for h in hits:
            if not h.negated and h.group in lex.absorbs:
                sent = _sentence_of(h.start, sents, starts) or (h.start, h.end)
                out.append((sent[0], sent[1], h.label, frozenset(lex.absorbs[h.group])))
    return out


def _absorbed(hits: list[Hit], lex: Lexicon, sents: list[tuple[int, int]], starts: list[int],
              absorbing: Sequence[tuple[int, int, str, frozenset[str]]] = ()) -> list[Hit]:
    """``hits`` with the cues of the labels a class ``absorbs`` counted for that class's label
    when one of its cues (not negated) is in the same sentence: the subject matter of a threat
    ("will not hesitate to target the warships in retaliation for the aggression") is part of
    the threat, not a show of force beside it; ``absorbs`` may name classes too: the counter-charge
    in the sentence of a denial ("denied the accusations and accused Ruritania of lying") is part
    of the denial. ``absorbing`` (from ``_absorbing``): such cues
    found in the actor's other items, the reporting frame of a partial quote among them."""
    if not lex.absorbs:
        return hits
    spans = list(absorbing) or [
        ((sent := _sentence_of(h.start, sents, starts) or (h.start, h.end))[0], sent[1], h.label, frozenset(lex.absorbs[h.group]))
        for h in hits if not h.negated and h.group in lex.absorbs]
    out = list(hits)
    for s, e, label, takes in spans:
        for k, o in enumerate(out):
            if not o.negated and (o.label in takes or o.group in takes) and s <= o.start < e:
                out[k] = replace(o, label=label)
    return out


def _titled_agent(f, titled: Sequence[tuple[int, int, str]], text: str) -> str | None:
    """The person a frame's agent phrase stands for when it is a title alone ("The envoy" after
    "UN envoy Karin Holm", ``titled_again``): the phrase ends the agent, nothing but spaces after."""
    for s, e, aid in titled:
        if f.agent_start <= s and e <= f.agent_end and not text[e : f.agent_end].strip():
            return aid
    return None


def _named_in(start: int, end: int, analysis: Analysis, actor_at, text: str | None = None) -> str | None:
    """The actor named inside an agent phrase that is not itself a mention ("The FSB security
    service", "the Royal Navy's UKMTO office"): the last named actor in it that is not a
    possessor ("the Royal Navy's"), else the last one; None when it names none. With ``text``,
    not a name that is the complement of a thing ("the offices of President X": ``_thing_of``)."""
    found = []
    for ent in analysis.entities:
        if start <= ent.start and ent.end <= end and ent.label in _SOURCE_LABELS and (aid := actor_at(ent.start, ent.end)):
            if text is not None and _thing_of(text[start : ent.start]):
                continue
            found.append((_POSSESSOR.search(ent.text) is not None, ent.start, aid))
    if not found:
        return None
    heads = [f for f in found if not f[0]] or found
    return max(heads, key=lambda f: f[1])[2]


_POSSESSOR = re.compile(r"[’']s?$")
# "<noun> of (the) (Title) X" at the end of an agent phrase before the name X: the clause's
# agent is the noun ("the offices of President X are located", "the home of the general"), not
# X, unless the noun is a body, a person of an office or a force of X ("the spokesman of",
# "troops of the army", "the office of the president").
_OF_HEAD = re.compile(r"\b([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?(?:(?!(?:of|for|the)\b)[\w.’'-]+\s+){0,3}$", re.I)
_CLAUSE_CUT = re.compile(r"[,;:!?“”\"()\n]|\.\s")  # the phrase before a name starts after these
_FORCE_OF = frozenset("""troops soldiers fighters members member units unit militants guards guard personnel forces force
    jets warplanes aircraft ships vessels warships drones gunmen supporters loyalists militia militias wing branch arm
    division brigade battalion regiment corps staff chief chiefs head heads deputy deputies men elements squad squads
    team teams cell cells faction factions spokesmen spokeswomen""".split())


def _thing_of(before: str) -> bool:
    """Whether an agent phrase's words before a name (``before``) end in "<noun> of" whose noun is
    no body, office, title or force ("The offices of President ", "a background as"): the name is
    a complement of that noun, not who speaks or acts."""
    m = _OF_HEAD.search(_CLAUSE_CUT.split(before)[-1])
    if m is None:
        return False
    w = m.group(1).lower()
    return w[:1].isalpha() and m.group(1)[0].islower() and not (
        w in OFFICIAL_NOUNS or w in ORG_WORDS_BASE or w in TITLE_WORDS or w in _FORCE_OF)
# What links a body to the one it belongs to: "the Defence Ministry in the Government of X".
_OF_BODY = re.compile(r"\s+(?:in|of|at|within|under)\s+(?:the\s+)?$", re.I)
_COORD_WORDS = frozenset({"and", "the", "both", "&"})
# The noun of a body that ends its name in a list of agents ("Norway, the Swedish government and
# the Danish foreign ministry have all criticised ...").
_BODY_WORDS = (OFFICIAL_NOUNS | ORG_WORDS_BASE) - frozenset({"city", "news", "post", "bank", "fund", "inc", "ltd", "statement", "source", "sources"})


_TITLE_RUN = 3  # lowercase words of a title before a name: "rebel leader", "army chief of staff"


def _untitled(words: list[str]) -> list[str]:
    """``words`` without each run of up to three lowercase words that ends in a title ("and rebel
    commander Dorsa", "and interior minister Abeni"): a title before a name is part of the name's
    phrase, not a clause of its own."""
    out, run = [], []
    for w in words:
        if w[0].islower() and w.lower() not in _COORD_WORDS:
            run.append(w)
            continue
        if run and not (len(run) <= _TITLE_RUN and run[-1].lower() in TITLE_WORDS):
            out += run
        run = []
        out.append(w)
    return out + run


def _conjoined(f, analysis: Analysis, actor_at, text: str) -> list[str]:
    """The other actors of a coordinated subject, between the frame's agent and its verb
    ("Washington and the Houthis have warned", "Prime Minister Ana Ruiz and General Tomas
    Vell will finance", "President Ruiz and rebel leader Vell accuse each other"): only when what
    lies between is names (with the noun of a body ending one: "the Swedish government"), and
    titles before them, joined by "and" (no clause: "Ana
    Ruiz, who met Vell, said" gives Vell nothing); a name that modifies the next one ("Army
    Chief General ...") is not an agent."""
    gap = text[f.agent_end : f.start]
    if not gap or len(gap) > 80 or f.agent_start < 0:
        return []
    words = re.findall(r"[\w’'&-]+", gap)
    if "and" not in words or not all(w[0].isupper() or w.lower() in _COORD_WORDS or w.lower() in _BODY_WORDS for w in _untitled(words)):
        return []
    out = []
    for ent in analysis.entities:
        if f.agent_end <= ent.start and ent.end <= f.start and ent.label in _SOURCE_LABELS and not re.match(r"\s+[A-Z]", text[ent.end : ent.end + 2]):
            aid = actor_at(ent.start, ent.end)
            # "the Swedish government": the nationality with the body noun after it
            if aid is None and (m := re.match(r"\s+([a-z]+)(\s+[a-z]+)?", text[ent.end : f.start])):
                for k in (2, 1):
                    if m.group(k) and m.group(k).strip() in _BODY_WORDS and (aid := actor_at(ent.start, ent.end + m.end(k))):
                        break
            if aid is not None:
                out.append(aid)
    return out


# Between an earlier conjunct of a subject and the "and" before the agent: the place or body it is
# "of" ("President Ana Ruiz of Tarsia and ..."), or a description set off by commas ("Ana Ruiz,
# adviser to the prime minister, and ..."); then "and" and up to three words of the agent's
# title ("and Tarsian counterpart Ivo Dal").
_BEFORE_AND = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|,\s+[^,;:.!?“”\"()]{1,80}?,)?,?\s+and\s+(?:[\w’'.-]+\s+){0,3}$")
# The same after the parse's agent, up to the next conjunct's title.
_AFTER_AGENT = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|,\s+[^,;:.!?“”\"()]{1,80}?,)\s*,?\s+and\s+")
# Before the earlier conjunct: the sentence start, or an opening phrase closed by a comma
# ("Following the talks, "), then only a title of capitalised or title words ("Deputy Foreign
# Minister", "the rebel commander").
_SUBJECT_START = re.compile(r"(?:[^,;:“”\"]{0,80},\s+)?(?P<title>(?:[\w’'.-]+\s+){0,5})$")


def _conjoined_before(f, analysis: Analysis, actor_at, text: str, sents: list[tuple[int, int]], starts: list[int]) -> list[str]:
    """The actors of a coordinated subject named before the frame's agent, where the parse made the
    last conjunct the subject ("President Ana Ruiz of Tarsia and Lorvanian counterpart Ivo Dal
    spoke by telephone and agreed to meet") or took the first with a description in commas after
    it ("Ana Ruiz, adviser to the prime minister, and rebel envoy Ivo Dal signed the accord": the
    parse's agent is Ruiz, Dal comes after). Each conjunct must open the sentence (after an opening
    phrase and a title at most: "the troops killed Ana Ruiz and General Dal said" names no
    subject Ruiz), and what lies between it and the agent is its "of" phrase or its description,
    then "and" and the agent's title."""
    if f.agent_start < 0:
        return []
    sent = _sentence_of(f.agent_start, sents, starts)
    if sent is None:
        return []
    out = []
    for ent in analysis.entities:
        if ent.label not in _SOURCE_LABELS or not (sent[0] <= ent.start and ent.end <= f.agent_start):
            continue
        if _BEFORE_AND.fullmatch(text, ent.end, f.agent_start) is None:
            continue
        m = _SUBJECT_START.match(text, sent[0], ent.start)
        if m is None or not all(w[0].isupper() or w.lower() in TITLE_WORDS or w.lower() in OFFICIAL_NOUNS or w.lower() in _COORD_WORDS
                                for w in re.findall(r"[\w’'-]+", m.group("title"))):
            continue
        if (aid := actor_at(ent.start, ent.end)) is not None:
            out.append(aid)
    # The parse's agent first, its "of" phrase or a description in commas after it: "Ana Ruiz,
    # adviser to the prime minister, and rebel envoy Ivo Dal signed", "President Ana Ruiz of Tarsia
    # and Lorvanian counterpart Ivo Dal spoke" (the next conjunct, then the clause's verb).
    m = _AFTER_AGENT.match(text[f.agent_end : f.agent_end + 200])
    if m is not None and _SUBJECT_START.match(text, sent[0], f.agent_start) is not None:
        after = f.agent_end + m.end()
        for ent in analysis.entities:
            if ent.label not in _SOURCE_LABELS or not after <= ent.start <= after + 40 \
                    or not re.fullmatch(r"(?:[\w’'.-]+\s+){0,3}", text[after : ent.start]):
                continue
            verb = re.match(r"\s+(?:(?:has|have|had|also|then|jointly)\s+)*(?-i:[a-z])[a-z]+", text[ent.end : ent.end + 40])
            # its verb this clause's, or the first of the verbs the subject shares ("spoke ... and agreed")
            if verb is not None and ent.end + verb.end() <= f.end and (aid := actor_at(ent.start, ent.end)) is not None:
                out.append(aid)
    return out


def _plain(its: list[_Item]) -> _Item | None:
    """The item a plain statement is suggested on: the actor's longest quote (its full words,
    not a phrase quoted inside narration: "targeted “the heart” of ..."), else the first clause
    the actor is reported saying, else doing; None when the actor only appears in context."""
    quotes = [it for it in its if it.kind == "quote"]
    if quotes:
        return max(quotes, key=lambda it: (it.end - it.start, -it.start))
    for kind in ("speech", "source", "clause"):
        if (it := next((it for it in its if it.kind == kind and not it.by_agent), None)) is not None:
            return it
    return None


# The agent of a passive or of a participle after its noun: "clashes led by X", "a base run by
# the brigade". The phrase names X; it tells nothing X said or did as a statement.
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# A verb that tells someone else to do something, just before the clause's agent: "warned the
# rebels to stop", "urged Kyiv to", "called on the junta to". What follows is what the speaker
# wants of that agent, not the agent's own act or words.
_TOLD_TO = re.compile(
    r"\b(?:warn\w*|urg\w*|told|tell\w*|call\w*\s+(?:on|upon)|ask\w*|order\w*|press\w*|push\w*|want\w*|forc\w*|compel\w*|"
    r"demand\w*|advis\w*|invit\w*|encourag\w*|remind\w*|instruct\w*|direct\w*|requir\w*)\s+(?:the\s+)?$",
    re.I,
)


def _addressed(f, text: str) -> bool:
    """Whether a frame's agent is the one a warning, a call or an order is addressed to, and its
    clause what it is told to do: "Ruritania Warns Borduria to Halt ‘Incursions’", "urged the
    militia not to escalate". The cues there are the speaker's, never the addressee's."""
    if f.agent_start < 0 or not _TOLD_TO.search(text, max(0, f.agent_start - 40), f.agent_start):
        return False
    return re.match(r"(?:\s*\([^()\n]{1,20}\))?\s*(?:not\s+)?to\b", text[f.agent_end : f.agent_end + 30], re.I) is not None


# A question left open or a fact not confirmed: "did not disclose if the envoy was summoned",
# "would not say whether", "declined to confirm that troops had seized ...". The cue after it is
# what the actor would not assert, no act of its own. Only after a verb of telling or knowing:
# not a "whether ... or" of any case ("any violation, whether along the border or at sea, will
# be dealt with firmly"), nor a "Whether ..." that opens a heading or a sentence.
_UNASSERTED = re.compile(
    r"(?:\b(?:disclos\w*|confirm\w*|reveal\w*|specif\w*|know\w*|ask\w*|wonder\w*|clear|unclear|determin\w*|check\w*|establish\w*|"
    r"verif\w*|(?:sa(?:y|id|ys)|tell|told|question|doubt\w*)(?=\s+whether))\s+(?:if|whether(?![^.;:!?“”\"—–]*\bor\b))\b|"
    r"(?:\bnot|n['’]t|\bdeclin\w*\s+to|\brefus\w*\s+to|\bwithout)\s+(?:\w+\s+){0,2}?"
    r"(?:disclos\w*|confirm\w*|reveal\w*|specify|say|comment\w*\s+on|elaborat\w*\s+on|verify)\b)(?:(?!\bbut\b)[^.;:!?“”\"])*$",
    re.I,
)
# The subject of an open question: "conclusions about who carried out the attack", "it is unclear
# who fired first", "whoever planted the bomb". The act after it is no one's claim.
_OPEN_WHO = re.compile(
    r"(?:\b(?:about|of|on|as to|know\w*|determin\w*|establish\w*|identif\w*|clear|unclear|investigat\w*|find out|"
    r"ask\w*|wonder\w*|whether|question\w*|confirm\w*)\s+who|\bwhoever)\s+(?:(?:had|has|have|may have|might have|could have)\s+)?(?:\w+ly\s+)?$",
    re.I,
)


def _unasserted(h: Hit, it: _Item, text: str) -> bool:
    """Whether a cue is in a question left open or a fact not confirmed, in its sentence
    ("did not disclose if the ambassador was summoned", "would not say whether the navy had
    seized the tanker", "avoid conclusions about who carried out the attack"): what the actor
    did not assert is no act of its own. A clause after "but" is asserted again ("did not comment
    on the strike but announced it had carried out attacks")."""
    return _UNASSERTED.search(text, max(0, h.start - 150), h.start) is not None or _OPEN_WHO.search(text, max(0, h.start - 60), h.start) is not None


# What follows "with" when a cue of working with someone ends in it, and that is no one to work
# with: making do ("working with whatever we have", "working with what little we have") or a line
# of inquiry ("working with a single version", "working with the theory that ...").
_NO_PARTNER = re.compile(
    r"\s+(?:whatever|what\b|everything|anything|all\s+(?:we|they|it)\b|(?:very\s+)?(?:limited|scarce|few|little|meagre|meager)\b|"
    r"(?:a|an|one|the|this|that|our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:version|versions|theory|theories|hypothesis|hypotheses|"
    r"assumption|assumptions|scenario|scenarios|line of (?:inquiry|investigation)|lines of (?:inquiry|investigation)|"
    r"resources|means|budget|equipment|evidence|data|information)\b)",
    re.I,
)


def _with_no_party(h: Hit, text: str) -> bool:
    """Whether a cue that ends in "with" or "alongside" ("working with", "cooperate with") has no
    party after it but a thing: making do or a line of inquiry ("we are working with whatever we
    have", "police are working with a single version of events"), no cooperation with anyone."""
    return bool(re.search(r"\b(?:with|alongside)$", text[h.start : h.end], re.I)) and _NO_PARTNER.match(text, h.end) is not None


# Partners beside the actor: "multinational exercises", "drills with Iceland", "together with";
# "joint" (which may be of one's own services: "joint military drills") only after a subject of
# several ("Japan, the Philippines and the United States conducted joint naval exercises").
_JOINT_BEFORE = re.compile(r"\b(?:multinational|bilateral|trilateral|together with|alongside)\W+(?:[\w-]+\W+){0,2}$", re.I)
_SHARED_BEFORE = re.compile(r"\b(?:joint|combined)\W+(?:[\w-]+\W+){0,2}$", re.I)
_JOINT_AFTER = re.compile(r"(?:\W+[\w’'-]+){0,3}?\W+(?:with|alongside|together with)\s+(?!the aim|a view|live|the goal)", re.I)
_SEVERAL = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,?\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*$")


def _joint(h: Hit, it: _Item, text: str) -> bool:
    """Whether a cue of an ``alone`` class (exercises, drills) is done with partners: "held naval
    drills with Peru and Ecuador", "multinational exercises", "Chile and Peru held joint
    exercises". A joint exercise with allies is not an act of coercion by each participant;
    "ordered joint military drills near the border", by one actor, still is."""
    if _JOINT_BEFORE.search(text, max(0, h.start - 40), h.start) or _JOINT_AFTER.match(text, h.end, h.end + 40):
        return True
    return bool(_SHARED_BEFORE.search(text, max(0, h.start - 40), h.start) and it.kind == "clause"
                and _SEVERAL.search(text, max(0, it.start - 80), it.start))


# Who tells what was done to them: a survivor, a witness, a resident ("said Amina Dor, a
# survivor of the raid", "villager Jonas Mbeki told reporters").
_WITNESS_NOUNS = frozenset(
    "survivor survivors witness witnesses eyewitness eyewitnesses resident residents villager villagers victim victims "
    "relative relatives mother father son daughter wife husband brother sister widow widows neighbour neighbor "
    "neighbours neighbors passenger passengers hostage hostages refugee refugees evacuee evacuees farmer shopkeeper".split())
_WITNESS_NEAR = 50
_WITNESS_BEFORE, _WITNESS_AFTER = 3, 6  # words next to the speaker's name that may describe them


def _witness(q, text: str) -> bool:
    """Whether a quote's speaker is described as a survivor, a witness, a resident or a relative
    (in the three words before the speaker's name or the six after it, in the sentence of the quote)."""
    sp = q.speaker
    if sp is None:
        return False
    before = re.split(r"[.!?\n“”\"]", text[max(0, sp.start - _WITNESS_NEAR) : sp.start])[-1]
    after = re.split(r"[.!?\n“”\"]", text[sp.end : sp.end + _WITNESS_NEAR])[0]
    # Only the words next to the speaker describe them ("villager Jonas Mbeki", "Amina Dor, a
    # survivor of the raid"), not a noun further off ("the husband of the first secretary, the
    # security service said").
    words = [w.lower() for w in (_LEAD_WORD.findall(before)[-_WITNESS_BEFORE:] + _LEAD_WORD.findall(text[sp.start:sp.end])
                                 + _LEAD_WORD.findall(after)[:_WITNESS_AFTER])]
    # A witness noun that names a body's remit is no witness: "the U.N. refugee agency", "the
    # victims commission", "a residents' council" speak for an organisation.
    return any(w in _WITNESS_NOUNS and not (k + 1 < len(words) and words[k + 1] in _BODY_AFTER)
               for k, w in enumerate(words))


_BODY_AFTER = ORG_WORDS_BASE | OFFICIAL_NOUNS | frozenset("agencies organisations organizations groups commissioner rights affairs".split())


# A passive's auxiliary just before a participle: "has been accused of", "was widely condemned".
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:[\w-]+ly\s+|also\s+|not\s+|repeatedly\s+)?$", re.I)


# "by" and an agent that is not the speaker's own side ("by Lorvania", not "by our navy").
_BY_OTHER = re.compile(r"\W+by\s+(?!(?:our|its|my|we|us|force|means|sea|air|land|night|day|hand|mistake|accident)\b)", re.I)


def _participle(h: Hit, text: str) -> bool:
    """Whether cue ``h`` is a participle in "-ed" with nothing after it ("the ship seized by the
    rebels": with ``_BY_OTHER`` after it, a reduced passive whose agent is another)."""
    return re.fullmatch(r"[\w-]+ed", text[h.start : h.end].strip(), re.I) is not None


def _passive(h: Hit, it: _Item, text: str) -> bool:
    """Whether the cue of a ``directed`` class (accusing, threatening, demanding) is a
    participle in a passive: "the junta has been accused by rights groups of killings", "the
    envoy was summoned" tell what was aimed at the subject, not what it did."""
    first = re.match(r"[\w-]+", text[h.start : h.end])
    return bool(first and first.group().lower().endswith("ed") and _PASSIVE_AUX.search(text, max(0, h.start - 30), h.start))


# A passive's participle whose auxiliary is in the clause before "and": "28 gang members were
# killed and hundreds of munitions seized".
_GAPPED_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b[^.;:!?“”\"]*?\band\s+((?:[\w’'-]+\s+){1,5})$", re.I)
_FINITE = frozenset("had has have was were will would shall should can could may might must did do does is are".split())


# A participle with no auxiliary that is a passive all the same: what it was done for or after
# follows it at once ("Six leaders arrested for inciting riots", "a tanker seized after a chase").
_REDUCED_PASSIVE = re.compile(r"\s+(?:for|after|following|on suspicion|in connection with)\b", re.I)


def _agentless_passive(h: Hit, text: str) -> bool:
    """Whether the cue of an ``own_act`` class is a participle in a passive with no agent: "the
    tanker was seized", "28 gang members were killed and hundreds of munitions seized, according
    to the police", a headline's "six leaders arrested for inciting riots" report a result, not
    an act the one reporting it claims for its side. With an agent ("was seized by our navy") it
    is left to the other checks."""
    first = re.match(r"[\w-]+", text[h.start : h.end])
    if not first or not first.group().lower().endswith("ed") or re.match(r"\W+by\b", text[h.end : h.end + 6], re.I):
        return False
    if _PASSIVE_AUX.search(text, max(0, h.start - 30), h.start) or _REDUCED_PASSIVE.match(text, h.end):
        return True
    m = _GAPPED_PASSIVE.search(text, max(0, h.start - 150), h.start)
    return bool(m and not {w.lower() for w in m.group(1).split()} & (_FIRST_PERSON | _THIRD_PERSON | _FINITE))


def _before_passive(hits: list[Hit], it: _Item, text: str, lex: Lexicon, sents: list[tuple[int, int]], starts: list[int]) -> list[Hit]:
    """``hits`` without a ``directed`` cue in a passive and what follows it in its sentence:
    "has been accused by rights groups of using airstrikes as collective punishment" is what
    others charge the subject with, all of it."""
    if not lex.directed:
        return hits
    for k, h in enumerate(hits):
        if h.group in lex.directed and _passive(h, it, text):
            sent = _sentence_of(h.start, sents, starts) or (h.start, it.end)
            return hits[:k] + [o for o in hits[k + 1 :] if o.start >= sent[1]]
    return hits


# Where the clause of a cue begins: a mark, a clause's conjunction or a quote's edge.
_CLAUSE_EDGE = re.compile(r"[,;:—–()“”\"!?]|\.\s|\b(?:that|and|but|because|while|when|whereas|after|before|since|if|unless|so|or|as)\b", re.I)
_LEAD_WORD = re.compile(r"[\w’'-]+")
_FIRST_PERSON = frozenset("i we us our ours my me i'm we're we've we'll we'd i've i'll i'd let's".split())
_THIRD_PERSON = frozenset("he she it they his her its their him them".split())
# Nouns a speaker names its own state by ("said the country was downgrading relations").
_SELF_NOUNS = frozenset("country government state nation kingdom republic".split())
# Nouns of armed men a speaker tells about, rarely its own side: "police stationed nearby had ...",
# "the gunmen seized six men" (not "the army", "troops", which an official says of its own).
_ARMED_NOUNS = frozenset("police gunmen militants fighters rebels attackers insurgents militia militias raiders jihadists "
                         "terrorists assailants bandits extremists enemy gunman militant rebel attacker insurgent jihadist "
                         "terrorist assailant bandit extremist".split())
# The cue is the clause's verb: after an auxiliary, a modal, "to" or a negation, or a past form.
_VERB_LEAD = re.compile(r"\b(?:to|will|would|shall|should|must|can|could|may|might|had|has|have|did|do|does|was|were|is|are|been|being|not|never|n[’']t)\W*$", re.I)
# "and" closing the text before a clause edge: a verb coordinated with the one before it.
_AND_BEFORE = re.compile(r"\band\s*$", re.I)
# A call on someone else is the speaker's position ("they must negotiate", "Russia should stop").
_CALL = re.compile(r"\b(?:must|should|ought|need|needs|have to|has to|shall|will|would|['’]ll)\b", re.I)


def _own_country(name: str, aid: str) -> bool:
    """Whether ``name`` (a country or its people, "Israel", "Turkish") is the country of the
    actor ``aid`` (an id spelt from its name, "israeli-military", "turkish-defence-ministry"): a
    body telling what its state did speaks of its own side ("Israel targeted the facility, the
    IDF said"). Compared on the first four letters of the name's last word and the id's first."""
    words = name.split()
    word = words[-1].lower() if words else ""
    return len(word) >= 4 and word.isalpha() and "-" in aid and aid.split("-")[0][:4] == word[:4]


# Nouns of a country's agents: "the US military", "Malian troops" act for it.
_AGENT_NOUNS = OFFICIAL_NOUNS | _ARMED_NOUNS | frozenset(
    "forces troops soldiers jets warplanes aircraft drones missiles artillery navy army military air warships ships "
    "coast guard border guards guards president prime minister regime side".split())


def _clause_start(h: Hit, it: _Item, text: str) -> int:
    """Where cue ``h``'s clause starts in ``text`` (a character offset): after the last clause edge
    (``_CLAUSE_EDGE``: a mark, "that", "and", ...) within 120 characters before the cue, never
    before item ``it``'s start."""
    edge = it.start
    for m in _CLAUSE_EDGE.finditer(text, max(it.start, h.start - 120), h.start):
        edge = m.end()
    return edge


def _about_another(h: Hit, it: _Item, text: str, named: list[tuple[int, int, str | None, str]], aid: str) -> bool:
    """Whether a cue of an ``own_act`` class is in a clause telling what someone else did or
    wants: its verb has a subject that is not the speaker's side ("the gunmen seized six men",
    "they want to negotiate" in a quote, "police had made no attempt to engage them" in what the
    actor said). Not in the reporting verb nor in a clause of what the actor did, whose agent
    is the actor; never where the clause has no subject ("ready to negotiate"), a first-person
    one ("our navy seized the tanker"), names the actor itself or its state ("the country"), or calls on the other side
    ("they must negotiate"). In the actor's own quoted words "they", "he", "its" are others;
    in a report of what it said they are the actor ("said it had seized")."""
    if it.kind in ("frame", "clause"):
        return False
    edge = _clause_start(h, it, text)
    lead = text[edge : h.start]
    verb_at = h.start  # where the verb whose subject is read starts
    if not _LEAD_WORD.search(lead) and (m_and := _AND_BEFORE.search(text, max(it.start, edge - 6), edge)):
        # A verb coordinated with the one before it ("the Ukrainians seized our boat and expelled
        # our crew"): its subject is that verb's, the words before the first verb of its clause.
        before = edge - len(m_and.group())
        edge = _clause_start(Hit("", 0, before, before, "", False, "", False, ""), it, text)
        first = next((w for w in _LEAD_WORD.finditer(text, edge, before) if w.group().lower() in _FINITE or is_past(w.group())), None)
        if first is None:
            return False
        verb_at = first.start()
        lead = text[edge:verb_at]
        if not _LEAD_WORD.search(lead):
            return False
    if not (_VERB_LEAD.search(lead) or re.match(r"\w+ed\b", text[h.start : h.end])):
        return False  # a noun ("the peace talks") or an adjective: no clause of its own
    if _CALL.search(lead) or any(edge <= s and e <= verb_at for s, e in it.blank):
        return False
    for s, e, who, label in named:
        # A place no actor was made of that qualifies the next noun ("the Rostov strike") is
        # what the clause is about, not its subject; one right before the verb is its subject.
        # A country's forces or officials ("the US military", "Chadian troops") are its agents.
        nxt = re.match(r"\s+((?-i:[a-z])[\w-]*)", text[e : e + 30])
        if edge <= s and e <= verb_at and not (who is None and label == "GPE" and nxt and nxt.group(1) not in _AGENT_NOUNS
                                                and not (is_past(nxt.group(1)) and e + nxt.start(1) == verb_at)):
            return who != aid and not _own_country(text[s:e], aid)
    words = {w.lower() for w in _LEAD_WORD.findall(lead)}
    if words & _FIRST_PERSON or words & _SELF_NOUNS:
        return False
    if words & _THIRD_PERSON:  # in the actor's quoted words, also inside a clause that quotes them
        opened = text.count("“", it.start, h.start) - text.count("”", it.start, h.start) + text.count('"', it.start, h.start) % 2
        return it.kind == "quote" or opened > 0
    return bool(words & _ARMED_NOUNS)


# The terms of a document: a verb of binding or calling whose subject is an agreement, a treaty,
# a resolution ("the accord, which commits both sides to refrain from", "the resolution calls for
# a ceasefire"). What follows is what the text says, no party's stance.
_DOCUMENT_TERMS = re.compile(
    r"\b(?:agreement|accord|treaty|pact|deal|resolution|charter|convention|protocol|memorandum|declaration|law|"
    r"ceasefire|cease-fire|truce|plan|framework|road ?map|constitution|statute)s?\b"
    r"(?:(?:[^.;:!?“”\"]|\.(?!\s+[A-Z])){0,120}?,\s*(?:(?:which|that)\s+)?|\s+)(?:also\s+|explicitly\s+|expressly\s+)?"
    r"(?:commits?|requires?|obliges?|obligates?|binds?|calls?\s+(?:on|for|upon)|bars?|prohibits?|forbids?|"
    r"provides?\s+for|stipulates?|envisages?|mandates?|urges?|demands?)\b",
    re.I,
)


def _document_terms(h: Hit, text: str, sents: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether a cue is in a sentence about the terms of a document, after the document's name:
    one where a verb of binding or calling has an agreement, a treaty or a resolution as its
    subject ("the accord, signed in the presence of mediators, commits both nations to refrain
    from escalating", "the UN resolution calls for an immediate halt"). The text's terms and
    its signing are no party's stance, whoever the sentence is given to; a cue before the name
    ("said the move violates the accord, which ...") is the speaker's."""
    sent = _sentence_of(h.start, sents, starts)
    if sent is None:
        return False
    return any(m.start() <= h.start for m in _DOCUMENT_TERMS.finditer(text, sent[0], sent[1]))


# A relative clause after a comma ("the US strikes, which aimed to deter the rebels"): its
# subject is the phrase before the comma.
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b", re.I)
_ANTECEDENT_WORDS = 6
_COPULAS = frozenset("is was are were be been being remains remained became becomes as".split())
_DETERMINERS = frozenset("a an another the this that these those its his her their our my".split())


def _in_relative_of_another(h: Hit, it: _Item, text: str, named: list[tuple[int, int, str | None, str]], aid: str) -> bool:
    """Whether a cue is in a relative clause about another actor's thing: the last ", which"/",
    who" before it in its item (with no mark between: a comma closes the clause) follows a phrase that names
    another actor ("warned of escalation after the US airstrikes, which aimed to deter them":
    the deterrence is the strikes', not the speaker's; "India struck the camps, which Pakistan's
    army vowed to avenge" is Pakistan's). A phrase naming the actor itself or its country keeps
    the cue ("the army, which said it would respond")."""
    rel = None
    for m in _RELATIVE.finditer(text, max(it.start, h.start - 150), h.start):
        rel = m
    if rel is None or re.search(r"[,.;:!?“”\"—–()]", text[rel.end() : h.start]):
        return False  # closed by a mark: "the gang, which X designated a terror group, and accused ..."
    words = list(_LEAD_WORD.finditer(text, max(it.start, rel.start() - 80), rel.start()))[-_ANTECEDENT_WORDS:]
    if not words:
        return False
    lo = words[0].start()
    if re.search(r"[,;:.!?“”\"]", text[lo : rel.start()]):  # the phrase ends at the last mark before the comma
        lo = max(m.end() for m in re.finditer(r"[,;:.!?“”\"]", text[lo : rel.start()])) + lo
    # Someone the clause brings in with an indefinite article ("named a new army commander, who
    # ordered the troops to stand down") is not the actor, which the clause is about already;
    # a predicate ("is a group, which ...") may be.
    ante = [m for m in _LEAD_WORD.finditer(text, lo, rel.start())]
    dets = [k for k, m in enumerate(ante) if m.group().lower() in _DETERMINERS]
    if dets and ante[dets[-1]].group().lower() in ("a", "an", "another") and len(ante) - dets[-1] <= 5:
        np_start = ante[dets[-1]].start()
        prev = ante[dets[-1] - 1].group().lower() if dets[-1] else ""
        if prev not in _COPULAS and not any(np_start <= s and e <= rel.start() and who == aid for s, e, who, _ in named):
            return True
    for s, e, who, label in named:
        # A country no actor was made of ("the US airstrikes") is another side's unless it is the actor's own.
        if (lo <= s and e <= rel.start() and (who is not None or label in ("GPE", "NORP")) and who != aid
                and not _own_country(text[s:e], aid)
                and re.sub(r"\W", "", text[s:e]).lower() != aid.split("-")[0]):  # "the US strikes" of "us-government"
            return True
    return False


# Before a deed's verb: at most three words of the clause, none a passive's auxiliary ("the
# ship was struck"), so the cue is the verb of what the actor did.
_DEED_LEAD = re.compile(r"^(?:[\w'’-]+[\s,]+){0,3}$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get|gets)\b", re.I)


def _is_deed(h: Hit, it: _Item, text: str) -> bool:
    """Whether a cue of a ``deed`` class is what the actor did: in a clause where the actor is
    the agent, as its verb (the clause's verb, within its first words, not a passive): "last
    week struck several cities", not "suffered two attacks", "said a drone strike killed
    eight" nor "the ship was struck"."""
    if it.kind != "clause" or h.negated or not it.verb or not text[h.start : h.end].lower().startswith(it.verb[:3]):
        return False
    # From the agent's name when the clause holds it ("On Tuesday, Kenyan police officers shot dead").
    lo = next((be for bs, be in it.blank[:1] if it.start <= bs and be <= h.start), it.start)
    lead = text[lo : h.start].lstrip()
    # "have been attacking shipping" is the actor attacking; "the ship was struck" is a passive.
    progressive = text[h.start : h.end].lower().endswith("ing")
    return bool(_DEED_LEAD.match(lead)) and (progressive or not _PASSIVE.search(lead))


def _fits_of(h: Hit, text: str, lex: Lexicon) -> tuple:
    """The (context, exclude) pairs of the event types of the events-lexicon verb form a hit matched."""
    return lex.event_fits[(h.group, h.cue)].get(text[h.start : h.end].lower(), ())


def _event_verb_counts(h: Hit, it: _Item, text: str, lex: Lexicon, sents: list[tuple[int, int]], starts: list[int],
                       named: list[tuple[int, int, str | None, str]], aid: str) -> bool:
    """Whether a cue made of an events-lexicon trigger verb (``event_verbs``) counts where it is:
    its sentence fits one of the verb's event types (``event_cues.sentence_fits``: "bombarded the
    rebels", not "fired the minister"); it is no participle of a passive ("our post was
    attacked": what was done to the speaker's side, not what it did); in the actor's words (a
    ``words`` class), its clause has the speaker's side as subject (``_own_side_subject``)."""
    sent = _sentence_of(h.start, sents, starts) or (max(0, h.start - 200), min(len(text), h.end + 200))
    if not sentence_fits(text[sent[0] : sent[1]], _fits_of(h, text, lex)):
        return False
    if _PASSIVE_AUX.search(text, max(0, h.start - 30), h.start):
        return False
    if h.group not in lex.words:
        return True
    return _told_done(h, text) and _own_side_subject(h, it, text, named, aid)


# A past form ("bombarded", "fought", "shot": ``inflection.is_past``), or a form in -ing after a
# form of "be" ("were attacking"): a verb telling what was done. The bare and -s forms are as
# often nouns ("the attack", "a missile launch", "Houthi attacks").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:\w+ly\s+|also\s+|still\s+)?$", re.I)
# Before a participle used as an adjective ("the bombed village", "a targeted strike").
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|their|our|his|her|my|any|every|each|no)\s+$", re.I)


def _told_done(h: Hit, text: str) -> bool:
    """Whether an events-lexicon verb in the actor's words tells an act done (a past form not
    after a determiner, or "were attacking"), not a noun of the same spelling ("denied any
    involvement in the attacks")."""
    word = text[h.start : h.end]
    before = text[max(0, h.start - 25) : h.start]
    if word.lower().endswith("ing"):
        return bool(_BE_BEFORE.search(before))
    last = re.findall(r"\w+", word)[-1:]  # "test-fired": its last part
    return bool(last) and is_past(last[0]) and not _DETERMINER_BEFORE.search(before)


# Words of a subject that is the speaker's own side in a report of what it said ("said it had
# bombarded", "said its troops repelled", "said they had ambushed").
_REPORTED_SELF = frozenset("it its they their".split())


def _own_side_subject(h: Hit, it: _Item, text: str, named: list[tuple[int, int, str | None, str]], aid: str) -> bool:
    """Whether the clause of a verb in the actor's words has the speaker's side as its subject:
    a first-person word ("we", "our forces"), in a report of what it said "it", "its", "they"
    ("the army said it had bombarded the rebels"), a name of the actor or its country, or a
    noun the speaker names its state by ("the country"); not a clause with no subject before
    the verb ("said the attack killed five soldiers" tells a toll)."""
    # (after "and" the subject is the one before it, which may be another side's: "Tongan troops
    # attacked its border posts and killed three soldiers"; the first verb counts for "we")
    edge = _clause_start(h, it, text)
    lead = text[edge : h.start]
    words = {w.lower() for w in _LEAD_WORD.findall(lead)}
    if words & _FIRST_PERSON or words & _SELF_NOUNS:
        return True
    if it.kind != "quote" and words & _REPORTED_SELF:
        return True
    # The name is the clause's subject, at its start: not "Inmates in Ecuador fought each other".
    return any(edge <= s and e <= h.start and re.fullmatch(r"\W*(?:the\s+)?", text[edge:s], re.I)
               and (who == aid or _own_country(text[s:e], aid)) for s, e, who, _ in named)


def _event_is_stance(h: Hit, it: _Item, text: str) -> bool:
    """Whether an ``event`` cue is the actor's position: not in the condition of an "if"; when
    negated, after a word of intent ("will shoot them down", "calls for intercepting") or as
    the reporting verb itself; in the actor's words (a quote, a clause under a verb of saying
    or asking) unless it is a past form, which reports what happened ("air defences
    intercepted 40 drones", "the army said jamming had brought down two drones"). In a clause
    of what the actor did, never without intent or negation."""
    before = text[max(it.start, h.start - 60) : h.start]
    if _CONDITION.search(before):
        return False
    if h.past:  # "did not retaliate": a denial in the actor's words, a plain report in what it did
        return it.kind in WORDS_ITEMS
    if _PAST_ABLE.search(before):
        return False  # "the force was able to intercept two drones": a report of what happened
    if it.kind == "frame" or h.negated or _INTENT.search(before[-40:]):
        return True
    return it.kind in WORDS_ITEMS and not _PAST.match(text, h.start)


def _reason(hits: list[Hit], it: _Item, text: str) -> str:
    """Why a label is suggested, in words: the speech act of the strongest cue's class, then
    the text's own words the cues matched (never the cue patterns) and where:
    ``a threat: “will avenge” in the quote``. A cue after a negation says so (``a call to use
    force, negated: “shoot down” after a negation in what the actor said``)."""
    where = {"quote": "the quote", "frame": "the reporting verb", "speech": "what the actor said",
             "clause": "what the actor did", "source": "what is reported on the actor's authority", "context": "the paragraph"}[it.kind]
    cues = list(dict.fromkeys(f"“{' '.join(text[h.start:h.end].split())}”" + (" after a negation" if h.negated else "") for h in hits))
    top = max(hits, key=lambda h: h.weight) if hits else None
    act = ""
    if top is not None and top.past:
        act = "a denial of an act: "
    elif top is not None and top.act:
        act = f"{top.act}, negated: " if top.negated else f"{top.act}: "
    return f"{act}{', '.join(cues[:3])} in {where}"
