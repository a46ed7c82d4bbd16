"""Inflections of English verbs, from one source: the lemminflect package (MIT; the lexicon of
the SPECIALIST Lexicon's verb forms, with the package's own rules for a verb it does not list).

- ``verb_forms(lemma)``: every form of a verb, longest first: "strike" -> ("stricken",
  "striking", "strikes", "strike", "struck"); "stab" -> (..., "stabbed", ...).
- ``finite_forms(lemma)``: its base, third-person and past forms, every spelling, longest
  first: "say" -> ("said", "says", "say"); "signal" -> ("signalled", "signaled", "signals", "signal").
- ``lemmas(word)``: the verbs a word is a form of, as the lexicon lists them ("struck" ->
  ("strike",), "found" -> ("find", "found")); () for a word it does not list.
- ``english_word(word)``: whether the lexicon lists a word at all (any part of speech).
- ``is_past(word)``: whether a word is a past or a past participle ("struck", "held", "shelled").

All take and give lower-case words. A verb absent from lemminflect's lexicon ("test-fire",
"airdrop"), or a form it does not list, comes from the package's rules of endings
(``getAllInflectionsOOV``: "test-fired", "airdropped"); a word it does not list is a past when it
ends in "-ed". A rare second spelling that is also a noun ("crew" of "crow", "spelt") is left
out, as more often the noun.

lemminflect is imported on first use, not with this module: its tables take about a second to
load (the inflections half of it, the lemmas the other half), and importing it imports spaCy when spaCy is installed (to register spaCy extensions
bluf does not use). What it answered is kept in a memo file,
``<cache dir>/inflections-lemminflect-VERSION-FORMAT.json`` (``_Memo``): a later process that
asks only what an earlier one asked never loads the tables (a ``bluf`` command that re-derives
after an edit: 0.9 s of CPU less). The file is read on first use and written at exit,
atomically, merged with what another process wrote meanwhile; a file that cannot be read or
written is a cache miss, never an error. bluf keeps spaCy out of a process that only reads analyses (only the
pipeline imports it), so that import of spaCy is refused while lemminflect loads; the package
then takes the path it takes where spaCy is not installed.
"""

from __future__ import annotations

import atexit
import sys
import threading
from functools import lru_cache
from pathlib import Path

_VERB = "VERB"
_FINITE = ("VB", "VBP", "VBZ", "VBD")
_PAST = ("VBD", "VBN")
_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


class _NoSpacy:
    """A meta-path finder that refuses ``spacy`` to the thread importing lemminflect."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):
        if (name == "spacy" or name.startswith("spacy.")) and threading.get_ident() == self.thread:
            raise ImportError("bluf imports spaCy only in its pipeline")
        return None


@lru_cache(maxsize=1)
def _lemminflect():
    if "spacy" in sys.modules:
        import lemminflect

        return lemminflect
    finder = _NoSpacy()
    sys.meta_path.insert(0, finder)
    try:
        import lemminflect
    finally:
        sys.meta_path.remove(finder)
    return lemminflect


_FORMAT = 1  # the memo's layout and what its answers mean; a change here starts a new file


class _Memo:
    """lemminflect's answers kept across processes: ``table -> key -> JSON value`` for the
    tables "inflections" (lemma -> {tag: [forms]}), "lemmas" (word -> [lemmas]) and
    "listed" (word -> whether the lexicon lists it). ``path()``: the file, or None when the
    cache directory or lemminflect's version cannot be found."""

    TABLES = ("inflections", "lemmas", "listed")

    def __init__(self) -> None:
        self.tables: dict[str, dict] | None = None
        self.new: dict[str, dict] = {t: {} for t in self.TABLES}
        self.lock = threading.Lock()

    @staticmethod
    def path() -> Path | None:
        try:
            from importlib.metadata import version

            from ..locations import cache_dir

            return cache_dir() / f"inflections-lemminflect-{version('lemminflect')}-{_FORMAT}.json"
        except Exception:  # noqa: BLE001 - no version or no cache directory: no memo
            return None

    @classmethod
    def _read(cls, path: Path | None) -> dict[str, dict]:
        import orjson

        try:
            data = orjson.loads(path.read_bytes()) if path else {}
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        return {t: data[t] if isinstance(data.get(t), dict) else {} for t in cls.TABLES}

    def get(self, table: str, key: str, compute):
        """The memo's answer for ``key`` in ``table``, else ``compute()`` (kept for the file)."""
        with self.lock:
            if self.tables is None:
                self.tables = self._read(self.path())
                atexit.register(self.save)
            known = self.tables[table]
            if key in known:
                return known[key]
        value = compute()
        with self.lock:
            self.tables[table][key] = value
            self.new[table][key] = value
        return value

    def save(self) -> None:
        """Write the answers this process computed, merged with the file as it is now
        (another process may have added its own); an OSError leaves the file as it was."""
        with self.lock:
            if not any(self.new.values()):
                return
            path = self.path()
            if path is None:
                return
            import orjson

            from ..atomic import write_atomic

            merged = self._read(path)
            for table, found in self.new.items():
                merged[table].update(found)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(path, orjson.dumps(merged), 0o600, follow=False, durable=False)
            except OSError:
                return
            self.new = {t: {} for t in self.TABLES}


_MEMO = _Memo()


@lru_cache(maxsize=4096)
def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag -> spellings of the verb ``lemma``: the lexicon's, a tag it lacks by the rules
    ("blog" is listed with its base form only: "blogs", "blogged"). A spelling after the first
    that the lexicon also has as a noun is left out: "crow" -> "crowed", not "crew"."""
    found = _MEMO.get("inflections", lemma, lambda: {t: list(f) for t, f in _inflections_now(lemma).items()})
    return {tag: tuple(forms) for tag, forms in found.items()}


def _inflections_now(lemma: str) -> dict[str, tuple[str, ...]]:
    li = _lemminflect()
    listed = li.getAllInflections(lemma, upos=_VERB)
    if not all(tag in listed for tag in _TAGS):
        listed = {**li.getAllInflectionsOOV(lemma, upos=_VERB), **listed}
    return {tag: forms[:1] + tuple(f for f in forms[1:] if not li.getAllInflections(f, upos="NOUN"))
            for tag, forms in listed.items()}


def _by_length(forms) -> tuple[str, ...]:
    return tuple(sorted(set(forms), key=lambda f: (-len(f), f)))


def verb_forms(lemma: str) -> tuple[str, ...]:
    """Every form of the verb ``lemma`` (any case), lower case, longest first (for a regex
    alternation): "bombard" -> bombarding, bombarded, bombards, bombard."""
    low = lemma.lower()
    return _by_length([low, *(f for forms in _inflections(low).values() for f in forms)])


def finite_forms(lemma: str) -> tuple[str, ...]:
    """The base, third-person and past forms of the verb ``lemma``: "tell" -> told, tell, tells."""
    low = lemma.lower()
    infl = _inflections(low)
    return _by_length([low, *(f for tag in _FINITE for f in infl.get(tag, ()))])


@lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """The verbs lemminflect's lexicon makes ``word`` a form of ("shot" -> ("shoot",)); () when
    it does not list the word (rules of endings are the caller's, for nouns as for verbs)."""
    low = word.lower()
    return tuple(_MEMO.get("lemmas", low, lambda: list(_lemminflect().getAllLemmas(low, upos=_VERB).get(_VERB, ()))))


# Closed-class words (determiners, pronouns, prepositions, conjunctions) that can open a
# sentence: lemminflect lists only open classes (nouns, verbs, adjectives, adverbs).
_CLOSED_CLASS = frozenset(
    "the a an this that these those its his her their our my your some all both each every any no another such "
    "what which whose who whom when while where after before since as if but and or nor yet so for with from in "
    "on at by of to under over during among between against amid despite without within about through upon "
    "into onto toward towards until unless although though because whether neither either one none it they we "
    "he she you i there here then".split())


@lru_cache(maxsize=8192)
def english_word(word: str) -> bool:
    """Whether ``word`` (any case) is an English word: lemminflect's lexicon lists it under any
    part of speech ("Rival", "Yesterday"), or it is a closed-class word ("The", "Its", "After");
    False for a name neither knows ("Pakhtunkhwa")."""
    low = word.lower()
    return low in _CLOSED_CLASS or _MEMO.get("listed", low, lambda: bool(_lemminflect().getAllLemmas(low)))


@lru_cache(maxsize=8192)
def is_past(word: str) -> bool:
    """Whether ``word`` is a past form or a past participle of a verb ("fought", "taken",
    "hit", "stabbed"); a word the lexicon does not list, when it ends in "-ed"."""
    low = word.lower()
    found = lemmas(low)
    if not found:
        return len(low) > 2 and low.endswith("ed")
    return any(low in _inflections(lem).get(tag, ()) for lem in found for tag in _PAST)


def warm() -> None:
    """Load lemminflect's tables now (about 1 s, once per process) rather than at the first
    use that needs them: an analyst's first incident made from a sentence (``event_types.guess``)
    or the first re-derive after an edit, asking a word the memo file does not hold. For a
    worker thread (``Workspace.prepare_edits``)."""
    li = _lemminflect()
    li.getAllLemmas("said", upos=_VERB)
    li.getAllInflections("say", upos=_VERB)
