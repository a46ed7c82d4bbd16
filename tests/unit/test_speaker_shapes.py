"""Speakers hidden from the reporting verb's subject: an outlet citing a source, an absolute
"with"-clause, an apposition chain of a name, a title and a place (real spaCy model, the whole
analysis). Invented sentences."""

from __future__ import annotations

import pytest

from .test_attribution import analyse, quote, who


def speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    """(the speaker's words, the actor's name) of the quote holding ``fragment``."""
    (src,), d = analyse(text)
    q = quote(d, src, fragment)
    return (q.speaker.text if q.speaker else None), who(d, src, fragment)


@pytest.mark.parametrize(
    "text",
    [
        "Channel 9, citing an unnamed Defence Ministry official, said the army shelled \"rebel positions near the dam\" overnight.\n",
        "Channel 9 said, citing an unnamed Defence Ministry official, that the army shelled \"rebel positions near the dam\" overnight.\n",
    ],
)
def test_an_outlet_citing_a_source_relays_the_sources_words(text):
    words, name = speaker(text, "rebel positions")
    assert words == "an unnamed Defence Ministry official"
    assert name == "Defence Ministry"


def test_a_body_citing_reports_still_speaks_itself():
    text = "The Norwegian navy, citing radar logs, said the tanker had \"ignored every warning\" before the collision.\n"
    words, name = speaker(text, "ignored every warning")
    assert words == "The Norwegian navy"


@pytest.mark.parametrize(
    "text,words,name",
    [
        ("Vanuatu's foreign ministry blamed Tonga -- with its spokesman, Sione Taufa, telling media that a campaign had "
         "\"encouraged the attack\" on the embassy.\n", "Sione Taufa", "Sione Taufa"),
        ("Fiji's foreign ministry said the blame lies with Tonga -- with spokesman Sione Taufa telling media that an online "
         "campaign had \"encouraged the attack\".\n", "spokesman Sione Taufa", "Sione Taufa"),
    ],
)
def test_the_noun_of_a_with_clause_says_what_its_participle_reports(text, words, name):
    assert speaker(text, "encouraged the attack") == (words, name)


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("Gunmen attacked a patrol near Suva.\nPolice commissioner Erik Holm met with reporters, saying the gunmen were "
         "\"well trained\".\n", "well trained"),
        ("Gunmen attacked a patrol near Suva.\nPolice commissioner Erik Holm spoke with residents on Monday, telling them "
         "the port was \"safe again\".\n", "safe again"),
    ],
)
def test_a_with_phrase_closed_by_a_comma_leaves_the_participle_to_the_main_subject(text, fragment):
    assert speaker(text, fragment)[1] == "Erik Holm"


@pytest.mark.parametrize(
    "text,fragment,name",
    [
        ("Two porters were shot near the border on Sunday.\nTsering Wangdu, Superintendent of Police, Tawang told the paper "
         "that the attackers were \"Chinese-trained militants\".\n", "Chinese-trained", "Tsering Wangdu"),
        ("Two porters were shot near the border on Sunday.\nKhumlo Ngaihte, Deputy Commissioner, Lunglei district told "
         "reporters the killers were \"outsiders\".\n", "outsiders", "Khumlo Ngaihte"),
    ],
)
def test_the_name_that_opens_an_apposition_chain_speaks_not_the_place_that_ends_it(text, fragment, name):
    assert speaker(text, fragment)[1] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Sione Taufa, Mele Vea and Losa Fifita told reporters the coastguards \"fired without warning\".",
        "Sione Taufa, who leads the union, told reporters the coastguards \"fired without warning\".",
    ],
)
def test_a_list_of_names_or_a_relative_clause_is_no_apposition_chain(sentence):
    from annotate.nlp.pipeline import load_pipeline
    from annotate.nlp.quotes import pair_quotes
    from annotate.nlp.sayer_shapes import chain_name
    from annotate.nlp.syntax import DocIndex

    nlp, _ = load_pipeline()
    doc = nlp(sentence)
    idx = DocIndex(doc, pair_quotes(sentence)[0])
    told = next(t for t in doc if t.text == "told")
    assert chain_name(told, idx) is None


@pytest.mark.parametrize(
    "text,name",
    [
        # The model tags no person in the speaker's name; the one person it tags is an object.
        ("Porters were shot near the border.\n\"The attackers came at night,\" Tsering Wangdu told reporters after "
         "briefing Governor Amit Rao. \"We need more patrols,\" he added.\n", "Tsering Wangdu"),
        ("Porters were shot near the border.\n\"The attackers came at night,\" Erik Holm told reporters after briefing "
         "Governor Nils Berg. \"We need more patrols,\" he added.\n", "Erik Holm"),
    ],
)
def test_he_added_is_the_speaker_just_quoted_not_a_name_in_his_sentence(text, name):
    assert speaker(text, "more patrols")[1] == name


def test_an_outlet_quoting_someone_as_saying_before_a_colon_gives_the_one_quoted():
    from .test_attribution import analyse, quote

    text = ('Gunmen raided a clinic in Velmora on Tuesday night.\n\n'
            'The Coastal Herald quoted a nurse as saying:\n\n'
            '"The raid has frightened everyone in the valley. We are afraid to work."\n')
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "frightened everyone")
    assert q.speaker is not None and q.speaker.text == "a nurse"


def test_a_quote_in_the_subject_of_a_passive_report_inside_a_reported_clause_is_the_reporters():
    from .test_attribution import analyse, quote

    text = ('Floods hit the port of Varna on Monday.\n\n'
            'The Bulgarian Navy said it had opened an inquiry after the "loss of a patrol boat" was reported last week.\n')
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "loss of a patrol boat")
    assert q.speaker is not None and q.speaker.text == "The Bulgarian Navy"


def test_a_quote_in_the_subject_of_a_passive_report_alone_has_no_speaker():
    from .test_attribution import analyse

    text = 'Floods hit the port of Varna on Monday. The "loss of a patrol boat" was reported last week.\n'
    srcs, d = analyse(text)
    qs = [q for q in d.analyses[srcs[0].id].quotes if "patrol boat" in q.text]
    assert all(q.speaker is None for q in qs)


def test_a_partial_quote_after_a_passive_verb_is_the_agents_wording():
    from .test_attribution import analyse, quote

    text = ('Floods hit the port of Varna on Monday.\n\n'
            'The colonel had been sanctioned by Canada for the "brutal shelling of civilian areas" in the north.\n')
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "brutal shelling")
    assert q.speaker is not None and q.speaker.text == "Canada" and q.rule == "agent-wording"


def test_a_partial_quote_of_a_sentence_about_other_named_actors_does_not_continue_the_last_speaker():
    from .test_attribution import analyse, quote

    text = ('Talks between the two sides ended in Nairobi on Sunday.\n\n'
            '"Today the guns fall silent," mediator Hamid Rasuli said, adding that the deal provides for "gradual disarmament".\n\n'
            'The Sudanese government and the Beja Congress also committed themselves to the '
            '"return of displaced families and free movement of aid" in the east.\n\n'
            '"This is a day for the whole region," Rasuli said.\n')
    srcs, d = analyse(text)
    assert quote(d, srcs[0], "return of displaced families").speaker is None
    assert quote(d, srcs[0], "whole region").speaker.text == "Rasuli"


def test_a_partial_quote_after_a_pronoun_sentence_still_continues_the_last_speaker():
    from .test_attribution import analyse, quote

    text = ('Talks between the two sides ended in Nairobi on Sunday.\n\n'
            '"Today the guns fall silent and the roads will open," mediator Hamid Rasuli said.\n\n'
            'He promised a "return of displaced families and free movement of aid" in the east.\n')
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "return of displaced families")
    assert q.speaker is not None


def test_a_post_embedded_without_marks_is_a_quote_of_the_one_its_credit_line_names():
    from .test_attribution import analyse, quote, who

    text = ('Chile tests new rocket\n'
            'Chile has test-fired a new rocket for the first time, President Ana Ruiz said on Monday.\n'
            'Proud of our engineers for the first flight test of the Condor-3 rocket with its new guidance system.\n'
            '— Ana Ruiz (@anaruiz) March 11, 2024\n'
            'The rocket can carry several satellites at once.\n')
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "Proud of our engineers")
    assert q.rule == "embedded-post" and q.text.endswith("guidance system.")
    assert who(d, srcs[0], "Proud of our engineers") == "Ana Ruiz"
    assert not any("several satellites" in x.text for x in d.analyses[srcs[0].id].quotes)


def test_a_dash_line_without_a_handle_credits_no_post():
    from annotate.models import Quote
    from annotate.nlp.quotes import _embedded_posts
    from annotate.text import paragraphs

    text = "The rocket flew for ten minutes over the desert.\n— Staff reporter, Santiago\n"
    assert _embedded_posts(text, [], paragraphs(text)) == []
    text = "The rocket flew for ten minutes over the desert.\n— Ana Ruiz (@anaruiz) March 11, 2024\n"
    posts = _embedded_posts(text, [], paragraphs(text))
    assert [(p.text, p.speaker.text) for p in posts] == [("The rocket flew for ten minutes over the desert.", "Ana Ruiz")]
    assert _embedded_posts(text, [Quote(start=4, end=10, text="rocket")], paragraphs(text)) == []
