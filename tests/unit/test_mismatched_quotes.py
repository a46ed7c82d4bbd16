"""Quotes whose marks do not match (invented sentences): a closing-shaped mark glued after a
sentence's end opens a quote that a reporting clause closes; a quote opened with a single mark
and closed with a double one ends there, not at its paragraph's end."""

from __future__ import annotations

from annotate.nlp.quotes import pair_quotes

from .test_attribution import analyse, quote, who


def _quotes(text: str) -> tuple[list[str], list[int]]:
    spans, stray = pair_quotes(text)
    return [text[s.start : s.end] for s in spans], stray


def test_a_mirrored_opening_mark_after_a_sentence_makes_a_quote_the_analysis_attributes():
    text = ("Fijian soldiers surrounded the parliament in Suva on Monday after days of protests by "
            "opposition supporters.”Army units have secured the building and nobody was hurt,” said "
            "army spokesman Colonel Semi Vula, according to the Fiji Broadcasting Corporation.\n")
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "Army units have secured")
    assert q.text.startswith("Army units") and "opposition supporters" not in q.text
    assert who(d, srcs[0], "Army units have secured") == "Semi Vula"


def test_a_single_mark_closed_by_a_double_one_ends_there():
    text = ("Bolivia's interior minister spoke at the border post on Tuesday. 'We will not let smugglers "
            "shoot at our police again,\" the minister told reporters. Troops were sent to Villazón the "
            "same evening and the bridge was closed.\n")
    got, stray = _quotes(text)
    assert got == ["We will not let smugglers shoot at our police again,"]
    assert stray == []


def test_a_glued_closing_mark_without_a_reporting_clause_stays_stray():
    text = ("The Norwegian frigate returned to Bergen on Friday.”The collision damaged its hull badly,” "
            "and the crew went home to Stavanger for the weekend.\n")
    got, stray = _quotes(text)
    assert got == []
    assert len(stray) == 2


def test_a_single_mark_still_closes_its_own_quote_before_a_later_double_mark():
    text = ("The colonel said 'we hold the ridge' on Monday. Later, \"the line is quiet,\" a captain said.\n")
    got, _ = _quotes(text)
    assert got == ["we hold the ridge", "the line is quiet,"]
