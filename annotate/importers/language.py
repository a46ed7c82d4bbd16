"""Which language a text is in, as an ISO 639-1 code.

py3langid (a maintained fork of langid.py): a naive Bayes model over byte n-grams,
deterministic; it reads the first 3,000 characters (about 0.5 ms), plenty for one
language. Its model (4.6 MB, numpy only)
is loaded on the first call, which takes about a second.
"""

from __future__ import annotations

import re
import threading

MIN_LETTERS = 20  # below this no guess is made
MIN_CONFIDENCE = 0.5  # normalised probability of the best language
SAMPLE_CHARS = 3_000  # the start of a long text is enough

# The model's few ISO 639-3 labels that have an ISO 639-1 macrolanguage.
_TO_639_1 = {"arz": "ar", "ary": "ar", "uzs": "uz", "wuu": "zh", "yue": "zh", "gug": "gn", "kik": "ki", "sdh": "ku"}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*")
# Three-letter (639-2/3) codes people write in metadata, for the common news languages.
_FROM_639_2 = {
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "rus": "ru", "ukr": "uk", "pol": "pl", "nld": "nl", "dut": "nl", "ara": "ar",
    "zho": "zh", "chi": "zh", "jpn": "ja", "kor": "ko", "tur": "tr", "fas": "fa", "per": "fa",
    "heb": "he", "swe": "sv", "nor": "no", "dan": "da", "fin": "fi", "ces": "cs", "cze": "cs",
    "ron": "ro", "rum": "ro", "hun": "hu", "ell": "el", "gre": "el", "bul": "bg", "srp": "sr",
    "hrv": "hr", "est": "et", "lav": "lv", "lit": "lt", "bel": "be", "kat": "ka", "geo": "ka",
}

_identifier = None
_lock = threading.Lock()


def _model():
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language, or "" when unsure (fewer than 20 letters,
    a low-confidence guess, or a language without a two-letter code)."""
    if not isinstance(text, str):
        return ""
    sample = text[:SAMPLE_CHARS]
    letters = 0
    for _ in _LETTER.finditer(sample):
        letters += 1
        if letters >= MIN_LETTERS:
            break
    else:
        return ""
    lang, prob = _model().classify(sample)
    if prob < MIN_CONFIDENCE:
        return ""
    lang = _TO_639_1.get(lang, lang)
    return lang if len(lang) == 2 else ""


def normalize_language_tag(tag: str) -> str:
    """A stated language ("en-GB", "de_DE", "FR", "eng") as an ISO 639-1 code, or "" when
    it is not one."""
    m = _TAG.fullmatch((tag or "").strip())
    if not m:
        return ""
    primary = m.group(1).lower()
    if len(primary) == 2:
        return primary
    return _FROM_639_2.get(primary, "")
