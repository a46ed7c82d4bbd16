"""Inflections of English verbs (annotate/nlp/inflection.py), the one source of verb forms for the
events lexicon's cues, the reporting verbs and the guess of an analyst's incident."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotate.nlp.inflection import finite_forms, is_past, lemmas, verb_forms


def test_an_irregular_past_leads_back_to_its_verb():
    assert lemmas("struck") == ("strike",)
    assert {"struck", "stricken", "striking", "strikes"} <= set(verb_forms("strike"))
    assert is_past("struck") and is_past("fought") and is_past("held")


def test_a_short_verb_doubles_its_last_consonant():
    assert {"stabbed", "stabbing", "stabs"} <= set(verb_forms("stab"))
    assert "stabed" not in verb_forms("stab")
    assert is_past("stabbed")


def test_a_consonant_and_y_make_ied_and_ies():
    assert {"cried", "cries", "crying"} <= set(verb_forms("cry"))
    assert {"cried", "cries", "cry"} == set(finite_forms("cry"))


def test_a_verb_the_lexicon_lacks_gets_the_regular_endings():
    assert lemmas("zorbled") == ()
    assert {"zorbles", "zorbled", "zorbling"} <= set(verb_forms("zorble"))
    assert {"test-fires", "test-fired", "test-firing"} <= set(verb_forms("test-fire"))
    assert is_past("zorbled") and not is_past("zorbles")


def test_forms_are_longest_first_for_a_regex_alternation():
    forms = verb_forms("bombard")
    assert forms == tuple(sorted(forms, key=lambda f: (-len(f), f)))
    assert set(forms) == {"bombard", "bombards", "bombarded", "bombarding"}


def test_finite_forms_are_base_third_person_and_past_in_either_spelling():
    assert set(finite_forms("say")) == {"say", "says", "said"}
    assert {"signalled", "signaled"} <= set(finite_forms("signal"))
    assert "signalling" not in finite_forms("signal")


def test_a_rare_spelling_that_is_a_noun_is_left_out():
    """"crew" is an old past of "crow", far more often the noun of a ship's or a plane's crew."""
    assert "crowed" in finite_forms("crow") and "crew" not in finite_forms("crow")


def test_only_pasts_are_pasts():
    assert not is_past("strike") and not is_past("strikes") and not is_past("striking")
    assert is_past("hit")  # the same spelling as the present
    assert is_past("Shot")


def _run(code: str, cache: Path) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()


def test_importing_it_loads_neither_lemminflect_nor_spacy(tmp_path):
    """Forms are made on first use; even then spaCy stays out of a process that never parsed."""
    code = (
        "import sys\n"
        "import annotate.nlp.inflection as i, annotate.event_types, annotate.nlp.lexicon\n"
        "print('lemminflect' in sys.modules)\n"
        "i.verb_forms('strike')\n"
        "print('lemminflect' in sys.modules, 'spacy' in sys.modules)\n"
    )
    assert _run(code, tmp_path / "cache") == ["False", "True", "False"]


_ASK = (
    "import sys, annotate.nlp.inflection as i\n"
    "print(','.join(i.verb_forms('shell')), ','.join(i.lemmas('struck')), i.english_word('rival'),"
    " i.english_word('Qarvandistan'), i.is_past('fought'))\n"
    "print('lemminflect' in sys.modules)\n"
)


def test_a_second_process_answers_from_the_memo_without_loading_the_tables(tmp_path):
    """What lemminflect answered is kept in the cache directory: a later `bluf` command that
    asks the same words gives the same answers and never loads the tables (0.9 s of CPU)."""
    first = _run(_ASK, tmp_path / "cache")
    assert first[-1] == "True"
    assert list((tmp_path / "cache" / "bluf").glob("inflections-lemminflect-*.json"))
    second = _run(_ASK, tmp_path / "cache")
    assert second[:-1] == first[:-1] and second[-1] == "False"


def test_a_broken_or_unwritable_memo_is_only_a_miss(tmp_path):
    cache = tmp_path / "cache"
    first = _run(_ASK, cache)
    (memo,) = (cache / "bluf").glob("inflections-lemminflect-*.json")
    memo.write_bytes(b'{"inflections": [1, 2')  # cut short, as by a full disk
    again = _run(_ASK, cache)
    assert again == first  # computed again, the same, and the file written anew
    assert _run(_ASK, cache)[-1] == "False"
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    assert _run(_ASK, blocked) == first


def test_a_closed_class_word_opening_a_sentence_is_an_english_word():
    """"The", "Its", "After" open sentences before names: lemminflect lists only open classes,
    and a name's extent must not take them as a foreign first word of the name."""
    from annotate.nlp.inflection import english_word

    assert all(english_word(w) for w in ("The", "Its", "After", "rival", "Yesterday"))
    assert not english_word("Qarvandistan")
