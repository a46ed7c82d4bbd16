"""Stance cues of session 17 (issue 16) on invented sentences: a speech act coordinated with a clause
of saying shares its subject ("confirmed the rebels had entered the town and also accused Lorvania of
sending them"), which the parse gives no frame of its own."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import _coordinated_speech

from .test_stance import suggested


def test_a_coordinated_accusation_is_the_speakers():
    # (the parse gives "accused" no frame here: it hangs it on "were")
    text = ("The Central African Republic's government confirmed rebels were in Bambari and also accused Chadian troops "
            "of also entering the town.\n")
    s = suggested(text, "Central African Republic")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "sentence,verb",
    [
        ("Tarn's foreign office confirmed the convoy was stopped and accused Brennia of provoking the standoff.", "accused"),
        ("The harbour authority said two boats were missing but denied that any crew had been detained.", "denied"),
        ("The council confirmed the closure of the bridge and then warned residents to stay indoors.", "warned"),
        # a verb after "and" with a subject of its own is that subject's
        ("The council confirmed the closure of the bridge and the army denied any role in it.", None),
        # not across the sentence's end
        ("The council confirmed the closure. Later it denied any role in it.", None),
    ],
)
def test_coordinated_speech_acts(sentence, verb):
    end = sentence.index("confirmed" if "confirmed" in sentence else "said") + 4
    got = _coordinated_speech(sentence, end, sentence.index(".") + 1)
    assert (got[2] if got else None) == verb, got
