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


def test_a_broadcaster_that_reports_is_the_speaker_and_later_the_broadcaster_too():
    text = ("According to the state broadcaster TV Peru, “The park is closed to all fishing boats from today on.”\n\n"
            "Later updates from the broadcaster said that “two more boats were seized” near the park.\n")
    srcs, d = analyse(text)
    first = who(d, srcs[0], "closed to all fishing")
    assert first is not None and "TV Peru" in first
    assert who(d, srcs[0], "two more boats") == first


def test_the_authors_name_under_the_headline_is_no_actor():
    text = ("Bolivia Files Formal Protest Against Chile's Border Post Plan\n\n19 Sep, 2025\n\nRosario Villanueva\n\n"
            "La Paz lodged a formal protest on Monday. Foreign Minister Celinda Sosa said the post was "
            "“a clear breach of the treaty.”\n")
    _, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert "Celinda Sosa" in names and "Rosario Villanueva" not in names


def test_a_writer_quoted_in_the_text_is_still_an_actor():
    text = ("Bolivia Protests Over Border Post\n\nMarta Lindqvist\n\n"
            "“We saw the post go up in a week,” said Marta Lindqvist, who reported from the border.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "post go up") == "Marta Lindqvist"


def test_a_quote_after_an_outlets_name_is_no_apposition_that_gives_its_country():
    from annotate.actors import organisation_affiliation
    from annotate.gazetteer import load_gazetteer

    text = "According to the state broadcaster TV Norte, “The Chilean Navy opened fire first.”"
    at = text.index("TV Norte")
    assert organisation_affiliation("TV Norte", text, at, at + len("TV Norte"), load_gazetteer()) != "Chile"


def test_a_headline_that_is_only_a_name_still_names_an_actor():
    text = ("Celinda Sosa\n\nThe foreign minister of Bolivia lodged a protest on Monday over the new border post.\n")
    _, d = analyse(text)
    assert "Celinda Sosa" in {a.name for a in d.actors.actors.values()}


def test_no_actor_is_made_of_what_was_said_even_when_a_speaker_points_at_it():
    # A speaker whose antecedent is "the Norwegian claims" (as an older analysis or another rule
    # may give): no actor "The Norwegian claims".
    from annotate.actors import resolve_mentions
    from annotate.gazetteer import load_gazetteer
    from annotate.ingest import make_source
    from annotate.models import Analysis, Quote, Speaker

    text = "Oslo said the Norwegian claims were sound. They said it was “a routine fishing trip”.\n"
    src = make_source(text, "t.txt")
    text = src.text
    a, b = text.index("the Norwegian claims"), text.index("the Norwegian claims") + len("the Norwegian claims")
    q0 = text.index("a routine")
    they = text.index("They")
    quote = Quote(start=q0, end=q0 + len("a routine fishing trip"), text="a routine fishing trip",
                  speaker=Speaker(they, they + 4, "They", "pronoun", a, b))
    index, _ = resolve_mentions([src], {src.id: Analysis(source_id=src.id, pipeline="t", quotes=[quote])}, load_gazetteer())
    assert not any("claims" in x.name.lower() for x in index.actors.values())


def test_the_spokesman_after_a_spokeswoman_for_a_body_is_the_same_speaker():
    text = ("A spokeswoman for Georgia’s Border Police said the fence was “moved overnight by two metres”. "
            "“We have filed a complaint with the monitors,” the spokesperson said.\n")
    srcs, d = analyse(text)
    first = who(d, srcs[0], "moved overnight")
    assert first is not None and "police" in first.lower()
    assert who(d, srcs[0], "filed a complaint") == first


def test_a_capitalised_byline_and_a_writers_sign_off_name_no_actor():
    """ "By Ana Ruiz, Jr." under the headline (the story has no lower-case "by" anywhere) and the
    writer's sign-off after the last paragraph ("—TOMAS REYES", "Lina Soto/DMS") are the
    writers: no actors. The people quoted still are."""
    for sign_off in (" —TOMAS REYES", " Lina Soto/DMS"):
        text = ("Four rebels killed in Cauca clash\n\nBy Ana Ruiz, Jr.\n\n"
                "Four rebels were killed in a clash with troops in Cauca on Monday, the army said.\n\n"
                "“We will pursue them until the hostages are free,” said Col. Marco Ibarra, the brigade commander."
                + sign_off + "\n")
        _, d = analyse(text)
        names = {a.name for a in d.actors.actors.values()}
        assert "Marco Ibarra" in names
        assert not {n for n in names if any(w in n.upper() for w in ("RUIZ", "REYES", "SOTO"))}, names


def test_a_family_name_with_its_generation_is_the_person_named_in_full():
    """ "Maj. Gen. Tomas Varga Jr." and later "Varga Jr." are one person, not a second actor
    "Varga Jr."."""
    text = ("Troops clash with rebels in Cauca\n\n"
            "“The operation will go on,” said Maj. Gen. Tomas Varga Jr., chief of the southern command.\n\n"
            "Varga Jr. said the troops had “the upper hand” in the hills.\n")
    srcs, d = analyse(text)
    names = {a.name for a in d.actors.actors.values() if a.kind == "person"}
    assert names == {"Tomas Varga"} or names == {"Tomas Varga Jr."}, names
    assert who(d, srcs[0], "upper hand") == who(d, srcs[0], "operation will go on")


def test_a_credit_line_alone_after_the_last_paragraph_names_no_person():
    """A credit line alone after the last paragraph ("Lakeside Courier", the outlet's or the
    writer's name, no sentence) is a sign-off: no person actor of it; the people quoted still are."""
    from annotate.actors import _sign_off

    text = ("Four rebels killed in Cauca clash\n\n"
            "Four rebels were killed in a clash with troops in Cauca on Monday, the army said.\n\n"
            "“We will pursue them,” said Col. Marco Ibarra, the brigade commander.\n\nLakeside Courier\n")
    [(s, e)] = _sign_off(text)
    assert text[s:e] == "Lakeside Courier"
    assert _sign_off(text.replace("\n\nLakeside Courier\n", "\n")) == []
    _, d = analyse(text)
    kinds = {a.name: a.kind for a in d.actors.actors.values()}
    assert kinds.get("Lakeside Courier") != "person" and "Marco Ibarra" in kinds, kinds
