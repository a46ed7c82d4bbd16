"""Quote finding and speaker attribution: each pattern on sentences written for the tests."""

from __future__ import annotations

import pytest

from annotate.analysis import analyze_sources
from annotate.derive import derive
from annotate.gazetteer import load_gazetteer
from annotate.ingest import make_source
from annotate.nlp.quotes import pair_quotes


def analyse(*texts: str):
    """Analyse texts as one small corpus; returns (sources, derived)."""
    gaz = load_gazetteer()
    srcs = [make_source(t, f"t{i}.txt") for i, t in enumerate(texts)]
    d = derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz)
    return srcs, d


def actor(d, name):
    """The actor ``name`` resolves to in the derived data ``d``, or None."""
    aid = d.actors.resolve(name)
    return d.actors.get(aid) if aid else None


def quote(d, src, fragment):
    for q in d.analyses[src.id].quotes:
        if fragment in q.text:
            return q
    raise AssertionError(f"no quote with {fragment!r}: {[q.text for q in d.analyses[src.id].quotes]}")


def who(d, src, fragment) -> str | None:
    q = quote(d, src, fragment)
    a = d.actors.get(q.actor_id)
    return a.name if a else None


# ---------------------------------------------------------------- finding quotes

def test_quote_spanning_several_sentences_is_one_quote():
    text = "“The drones came at night. They flew low. We saw all of them,” the mayor of Rzeszow said.\n"
    spans, _ = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["The drones came at night. They flew low. We saw all of them,"]


def test_quote_running_over_paragraphs():
    text = "“We will rebuild the radar line,” said the general.\n“It will take two years.\n“And it will cost more than planned.”\n"
    spans, stray = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We will rebuild the radar line,", "It will take two years.", "And it will cost more than planned."
    ]
    assert stray == [] and spans[1].continues and spans[2].continued


def test_unbalanced_marks_are_paired_per_paragraph_and_reported():
    text = 'A "first paragraph with a stray mark.\nSecond paragraph: "fine here," he said.\nThird ” stray closing.\n'
    spans, stray = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["fine here,"]
    assert stray == [text.index('"'), text.index("”")]


def test_partial_quote_inside_a_sentence():
    (src,), d = analyse("Interior Minister Olga Varga said the drills were “a clear rehearsal” for an attack.\n")
    q = quote(d, src, "clear rehearsal")
    assert q.partial and who(d, src, "clear rehearsal") == "Olga Varga"


@pytest.mark.parametrize(
    "text,term",
    [
        ("The so-called “Northern Six” met in Oslo on Friday.\n", "Northern Six"),
        ("The ministers discussed the “Eastern Shield” plan for two hours.\n", "Eastern Shield"),
        ("Officials met at the “Ramstein format” talks in Germany.\n", "Ramstein format"),
        # a name given with a reflexive object, and one quoted word naming the noun after it
        # (both were quotes "said" by the ministry of the sentence)
        ("Fighters of a group calling itself “Army of the Dunes” raided a police post, the ministry said.\n", "Army of the Dunes"),
        ("Gunmen stormed the “Vega” music hall in Darn on Friday, the ministry said.\n", "Vega"),
    ],
)
def test_scare_quotes_and_names_are_not_speech(text, term):
    (src,), d = analyse(text)
    assert all(term not in q.text for q in d.analyses[src.id].quotes)


def test_a_quoted_phrase_after_a_determiner_that_is_no_name_stays_speech():
    # the rule above is for names: a lower-case wording after "the" and before a noun is the speaker's
    (src,), d = analyse("Interior Minister Olga Varga condemned the “cowardly and criminal” attack on the station.\n")
    assert who(d, src, "cowardly and criminal") == "Olga Varga"
    (src,), d = analyse("Interior Minister Olga Varga said there was a “60-40” chance that the talks would resume.\n")
    assert who(d, src, "60-40") == "Olga Varga"


# ---------------------------------------------------------------- speakers

@pytest.mark.parametrize(
    "text,fragment,name",
    [
        ("“Our patience has limits,” Defence Minister Lars Ekberg said on Tuesday.\n", "patience", "Lars Ekberg"),
        ("“Our patience has limits,” said Defence Minister Lars Ekberg.\n", "patience", "Lars Ekberg"),
        ("Defence Minister Lars Ekberg said: “Our patience has limits.”\n", "patience", "Lars Ekberg"),
        ("Defence Minister Lars Ekberg told reporters that “our patience has limits.”\n", "patience", "Lars Ekberg"),
        ("“Our patience has limits,” Lars Ekberg told Reuters in an interview.\n", "patience", "Lars Ekberg"),
        ("Lars Ekberg warned that Europe faced “a long and dangerous winter.”\n", "dangerous winter", "Lars Ekberg"),
        ("Lars Ekberg urged allies to act “before it is too late.”\n", "too late", "Lars Ekberg"),
        ("Lars Ekberg called the overflight “a reckless stunt.”\n", "reckless stunt", "Lars Ekberg"),
        ("The jets left after “a tense hour of shadowing,” according to Colonel Ruta Mazur.\n", "tense hour", "Ruta Mazur"),
        ("“We are ready,” said Finland’s Foreign Minister Elina Valtonen.\n", "We are ready", "Elina Valtonen"),
        # A description with the name in apposition: the name speaks.
        ("“It was a deliberate provocation,” the prime minister, Mette Halvorsen, told a news conference.\n", "provocation", "Mette Halvorsen"),
        ("The country’s defence minister, Hanno Tamm, said the jets had “no flight plan.”\n", "flight plan", "Hanno Tamm"),
        # A lead-in ending with a colon, the quote in a paragraph of its own.
        ("Interior Minister Ilse Varga said:\n“The border will be closed at midnight.”\n", "midnight", "Ilse Varga"),
        # A credit line after a dash, and a name with a colon (a headline's form).
        ("“The border will be closed at midnight.” — Ilse Varga, interior minister\n", "midnight", "Ilse Varga"),
        ("Marek Kowalski: “The border will be closed at midnight.”\n", "midnight", "Marek Kowalski"),
        # "read" with a document as its subject reports.
        ("“The flight lasted four minutes,” the statement from Defence Minister Lars Ekberg read.\n", "four minutes", "Lars Ekberg"),
    ],
)
def test_reporting_patterns(text, fragment, name):
    (src,), d = analyse(text)
    assert who(d, src, fragment) == name


def test_appositive_and_title_are_part_of_the_speaker_but_not_the_actor():
    (src,), d = analyse("Pentagon press secretary Sean Kowalski said the flights were “routine.”\n")
    q = quote(d, src, "routine")
    assert "Sean Kowalski" in q.speaker.text and who(d, src, "routine") == "Sean Kowalski"


def test_pronoun_resolves_across_a_removed_boilerplate_block():
    text = (
        "Foreign Minister Tomas Reyes arrived in Vilnius on Monday.\n"
        "Other Topics of Interest\n"
        "Border Guards Find New Smuggling Route\n"
        "The border guards found a new smuggling route near the lakes, the border service said.\n"
        "Speaking at the airport, he said the attacks were “a test of our unity.”\n"
    )
    (src,), d = analyse(text)
    assert [r.kind for r in src.removed] == ["teaser"]
    q = quote(d, src, "test of our unity")
    assert q.speaker.kind == "pronoun" and who(d, src, "test of our unity") == "Tomas Reyes"


def test_continuation_after_he_said_keeps_the_speaker():
    (src,), d = analyse("“We will respond,” General Ivo Peterson said. “There is no other way.”\n")
    assert who(d, src, "no other way") == "Ivo Peterson"


def test_unnamed_speaker_is_not_given_to_the_nearest_name():
    text = (
        "Prime Minister Anna Lind met the delegation on Monday.\n"
        "“The risk is real,” a senior official said after the meeting.\n"
    )
    (src,), d = analyse(text)
    q = quote(d, src, "risk is real")
    assert q.speaker.kind == "unnamed" and "senior official" in q.speaker.text
    assert who(d, src, "risk is real") != "Anna Lind"


def test_a_quote_over_paragraphs_attributed_at_its_end_gets_that_speaker_throughout():
    text = (
        "“The radar saw them at two in the morning and lost them over the forest.\n\n"
        "“Then they came back, lower,” Colonel Ines Duarte said.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "radar saw them") == "Ines Duarte" and who(d, src, "came back") == "Ines Duarte"


def test_bare_plural_officials_are_nobody_in_particular():
    # "Officials" in one article and "Two officials" in another are not one actor;
    # "Western officials" is a group an analyst follows.
    srcs, d = analyse(
        "Officials said the drones were “almost certainly” launched from the south.\n",
        "“We are watching,” two senior officials said on Friday.\n",
        "Western officials said the flights were “a deliberate test.”\n",
    )
    assert who(d, srcs[0], "almost certainly") is None and who(d, srcs[1], "watching") is None
    assert who(d, srcs[2], "deliberate test") == "Western officials"


def test_unnamed_official_with_a_nationality_is_linked_to_the_government():
    (src,), d = analyse("“We are tracking every flight,” a senior Polish official told reporters.\n")
    assert who(d, src, "tracking every flight") == "Polish government"


def test_unnamed_military_official_with_a_nationality_is_linked_to_that_countrys_military():
    (src,), d = analyse("“We are tracking every flight,” a senior Polish military official told reporters.\n")
    assert who(d, src, "tracking every flight") == "Polish military"
    assert d.actors.get(d.actors.resolve("Polish military")).affiliation == "Poland"


def test_outlet_is_cited_not_an_actor():
    (src,), d = analyse("The meeting was “tense and short,” Bloomberg reported on Thursday.\n")
    q = quote(d, src, "tense and short")
    assert q.speaker is not None and q.speaker.kind == "outlet" and q.actor_id is None
    # Bloomberg is a cited source (an organisation actor since session 10) but has no mention span,
    # so the quote stays unattributed and no stance is suggested for it.
    b = next(a for a in d.actors.actors.values() if a.name == "Bloomberg")
    assert (b.kind, b.affiliation) == ("organization", "United States")
    assert b.id not in d.actors.by_span.values() and not any(s.actor_id == b.id for s in d.suggestions(src.id))
