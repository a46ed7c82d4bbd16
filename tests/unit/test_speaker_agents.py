"""Who speaks, when the words around a speaker are no agent (issue from a reader of South China
Sea news, reproduced on invented sentences about other conflicts): plural "they" stands for a
body or people, never for "the accusations"; "a spokesperson for X" and a later "the
spokesperson" speak for X; the subject of "said" speaks, not an "it" inside what it said; a
statement after a body's act is that body's; a byline is the writer, no actor; an outlet that
reports is the source."""

from __future__ import annotations

from .test_attribution import analyse, who


def test_plural_they_is_the_body_not_the_accusations_it_rejected():
    text = ("The Norwegian Coast Guard said on Monday that Russian trawlers had “entered illegally” into the zone.\n\n"
            "In response, the Estonian Border Guard stated that the Norwegian claims were “groundless”. They added that "
            "the trawlers were on a “routine fishing trip” when they met “hostile manoeuvres” from two patrol boats.\n")
    srcs, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert not any("claims" in n.lower() for n in names)
    q = next(q for q in d.analyses[srcs[0].id].quotes if "routine fishing" in q.text)
    ant = text[q.speaker.antecedent_start : q.speaker.antecedent_end]
    assert "Border Guard" in ant
    assert who(d, srcs[0], "routine fishing") == who(d, srcs[0], "groundless")



def test_a_spokesperson_for_a_named_command_speaks_for_the_command():
    text = ("A spokesperson for Serbia’s Eastern Theater Command said Pristina must “halt its provocations at once” "
            "along the frontier.\n")
    srcs, d = analyse(text)
    assert "Eastern Theater Command" in (who(d, srcs[0], "halt its provocations") or "")
    assert not any(a.kind == "person" for a in d.actors.actors.values())


def test_the_spokesperson_later_in_the_article_is_the_same_speaker():
    text = ("A spokesperson for Azerbaijan’s Northern Army Corps said Yerevan must “halt its provocations at once”. "
            "The spokesperson also accused Armenia of seeking help from “outside powers” to back its moves.\n\n"
            "“Any attempt to change the line by force will fail,” the spokesperson said.\n")
    srcs, d = analyse(text)
    first = who(d, srcs[0], "halt its provocations")
    assert first is not None and "Northern Army Corps" in first
    assert who(d, srcs[0], "outside powers") == first
    assert who(d, srcs[0], "change the line by force") == first


def test_the_subject_of_said_speaks_not_the_it_of_the_reported_clause():
    text = ("Chile's navy said it had sent two frigates after the Peruvian coast guard entered the zone, and warned Lima against "
            "what it called “reckless provocations.”\n")
    srcs, d = analyse(text)
    q = next(q for q in d.analyses[srcs[0].id].quotes if "reckless" in q.text)
    assert text[q.speaker.antecedent_start : q.speaker.antecedent_end] == "Chile's navy"
    assert "navy" in (who(d, srcs[0], "reckless") or "").lower()


def test_a_date_after_the_speaker_is_not_part_of_its_name(nlp):
    # "Chile's navy on Sunday said", the parser hanging "on Sunday" on the noun (as it does in
    # long sentences): the phrase that names the speaker ends before the date.
    from spacy.tokens import Doc, Span

    from annotate.nlp.syntax import DocIndex, np_bounds

    words = ["Chile", "'s", "navy", "on", "Sunday", "said", "so", "."]
    heads = [2, 0, 5, 2, 3, 5, 5, 5]
    deps = ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "advmod", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, spaces=[False, True, True, True, True, True, False, False])
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 4, 5, label="DATE")]
    lo, hi = np_bounds(doc[2], DocIndex(doc, []))
    assert doc[lo:hi].text == "Chile's navy"


def test_an_official_statement_after_a_bodys_act_is_that_bodys():
    text = ("Peru's Council of Ministers approved a new marine park off the northern coast on Friday. "
            "An official statement described the park as “a vital shield for the ocean life of the north.”\n")
    srcs, d = analyse(text)
    assert "Council of Ministers" in (who(d, srcs[0], "vital shield") or "")
