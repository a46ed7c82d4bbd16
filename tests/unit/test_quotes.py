"""Quote finding and speaker attribution on sentences written for these tests."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.quotes import attribute, pair_quotes


def quotes_of(nlp, text):
    doc = nlp(text)
    spans, stray = pair_quotes(text)
    quotes, scare = attribute(doc, text, spans, outlets=load_gazetteer().is_outlet)
    return quotes, scare, stray


def speaker_of(quotes, fragment):
    for q in quotes:
        if fragment in q.text:
            return q.speaker
    raise AssertionError(f"no quote containing {fragment!r} in {[q.text for q in quotes]}")


def test_pairs_straight_and_curly_marks():
    text = 'She said "we are ready" and he said “we are not.”\n'
    spans, stray = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["we are ready", "we are not."]
    assert stray == []


def test_marks_glued_to_dashes_and_words():
    text = "The jets stayed for ten minutes—“an outrageous breach,” the ministry said—before leaving.\n"
    spans, _ = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["an outrageous breach,"]
    text2 = "His “final offer”—a ceasefire—was rejected.\n"
    spans2, _ = pair_quotes(text2)
    assert [text2[s.start : s.end] for s in spans2] == ["final offer"]


def test_a_stray_mark_loses_only_its_paragraph():
    text = "He said “we will see. And then left.\nLater she said “the border is closed,” officials reported.\n"
    spans, stray = pair_quotes(text)
    # The unclosed quote runs to its paragraph's end (and is reported); the next paragraph
    # pairs as usual.
    assert [text[s.start : s.end] for s in spans] == ["we will see. And then left.", "the border is closed,"]
    assert stray == [text.index("“")]


def test_an_unclosed_quote_is_kept_only_where_speech_starts():
    text = 'Officials said. "The drills will go on all week and\n\nThe 12" guns are old and slow.\n'
    spans, stray = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["The drills will go on all week and"]
    assert stray == [text.index('"'), text.index('12"') + 2]


@pytest.mark.parametrize(
    "text,fragment,who",
    [
        ("“We will not back down,” Foreign Minister Anna Kowalczyk said on Monday.\n", "back down", "Anna Kowalczyk"),
        ("“We will not back down,” said Foreign Minister Anna Kowalczyk.\n", "back down", "Anna Kowalczyk"),
        ("Prime Minister Jonas Berg said the decision was “final and binding.”\n", "final and binding", "Jonas Berg"),
        ("“The border is closed,” the defence ministry told reporters in Vilnius.\n", "border is closed", "defence ministry"),
    ],
)
def test_speaker_patterns(nlp, text, fragment, who):
    quotes, _, _ = quotes_of(nlp, text)
    sp = speaker_of(quotes, fragment)
    assert sp is not None and who in sp.text


def test_pronoun_speaker_resolves_to_the_previous_named_person(nlp):
    text = (
        "Defence Minister Lena Hartmann visited the base on Tuesday.\n"
        "“We are watching every flight,” she told reporters.\n"
    )
    quotes, _, _ = quotes_of(nlp, text)
    sp = speaker_of(quotes, "watching every flight")
    assert sp.kind == "pronoun"
    assert text[sp.antecedent_start : sp.antecedent_end] == "Lena Hartmann"


def test_second_quote_after_he_said_keeps_the_speaker(nlp):
    text = "“We will respond,” Colonel Piotr Nowak said. “There is no other way.”\n"
    quotes, _, _ = quotes_of(nlp, text)
    assert "Piotr Nowak" in speaker_of(quotes, "no other way").text


@pytest.mark.parametrize("text", [
    'Col. Ramon Diaz said the troops cornered the group of sub-leader Edu Pilar alias "Kobra" at 3:15 p.m. near the river.\n',
    "The prosecutor said the smuggler Ilse Marr, a.k.a. “Lady Ice”, ran the ring from Tallinn.\n",
])
def test_a_nickname_after_alias_is_not_speech(nlp, text):
    quotes, _, _ = quotes_of(nlp, text)
    assert quotes == []


def test_a_name_in_quotes_is_not_speech(nlp):
    text = "The so-called “Northern Six” met in Oslo on Friday.\n"
    quotes, scare, _ = quotes_of(nlp, text)
    assert quotes == []
    assert [text[s.start : s.end] for s in scare] == ["Northern Six"]
