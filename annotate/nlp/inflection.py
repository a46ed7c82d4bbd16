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
bluf does not use). bluf keeps spaCy out of a process that only reads analyses (only the
pipeline imports it), so that import of spaCy is refused while lemminflect loads; the package
then takes the path it takes where spaCy is not installed.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """Penn tag -> spellings of the verb ``lemma``: the lexicon's, a tag it lacks by the rules
    ("blog" is listed with its base form only: "blogs", "blogged"). A spelling after the first
    that the lexicon also has as a noun is left out: "crow" -> "crowed", not "crew"."""
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
    return tuple(_lemminflect().getAllLemmas(word.lower(), upos=_VERB).get(_VERB, ()))


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
    return word.lower() in _CLOSED_CLASS or bool(_lemminflect().getAllLemmas(word.lower()))


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
    or the first re-derive after an edit. For a worker thread (``Workspace.prepare_edits``)."""
    lemmas("said")
    verb_forms("say")
