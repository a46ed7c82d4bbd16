"""A title-case headline's words that open with an event noun ("Clashes Prompted", "Killing of
Armed Group") name no actor and no place. Invented headlines about other conflicts, the real model."""

from __future__ import annotations


def test_title_case_headline_words_opening_with_an_event_noun_are_no_actor_and_no_place(nlp):
    from .test_actor_kinds import labels

    for headline in ("Nine Dead in Somalia's Kismayo in Clashes Prompted by Killing of Militia Commander",
                     "Clashes Erupt in Kismayo After Strike Kills Militia Commander"):
        _, after = labels(nlp, headline + "\n\nGunmen attacked a police post in Kismayo on Monday, officials said.\n")
        assert not any(t.startswith(("Clashes", "Strike", "Killing")) for t in after), after
        assert after.get("Kismayo") == "GPE"


def test_an_event_noun_in_a_sentence_case_line_is_left_to_the_model():
    from annotate.nlp.not_actors import _title_case_line

    assert _title_case_line("At Least 9 Killed in Garissa in Clashes Prompted by Killing of Clan Elder")
    assert not _title_case_line("Clashes erupted in Garissa after the killing of a clan elder, officials said.")
