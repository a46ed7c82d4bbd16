"""A document speaker with no author named near it ("The letter continued:") is the one who spoke
just before."""

from __future__ import annotations

from .test_attribution import analyse, who


def test_the_letter_continued_is_the_one_who_wrote_just_before():
    text = ("The smuggling ring led by Marko Velic sent a letter to the port authority of Vessaria.\n\n"
            "\"You have one week to release our boats,\" wrote Marko Velic.\n\n"
            "The letter continued: \"after that we will stop every ferry in the harbour, and nobody will sail.\"\n")
    (src,), d = analyse(text)
    assert who(d, src, "stop every ferry") == who(d, src, "one week to release")
    assert who(d, src, "stop every ferry") == "Marko Velic"

