"""Who a title, a description or a pronoun stands for, on texts written for the tests:
names with hyphens and particles, titles before names, "the chancellor" for the chancellor
named earlier, "the ministry" for the ministry named earlier, "the statement" for its author,
a country speaking for its government, pronouns that skip names inside quotes."""

from __future__ import annotations

import pytest

from annotate.actors import person_name
from annotate.gazetteer import load_gazetteer

from .test_attribution import analyse, who


@pytest.mark.parametrize(
    "phrase,name",
    [
        ("Agriculture Minister Lena Hoffmann-Roth", "Lena Hoffmann-Roth"),
        ("Poland’s Deputy Foreign Minister Pawel Zalewski", "Pawel Zalewski"),
        ("Opposition Party General Secretary Ravi Menon", "Ravi Menon"),
        ("Nato Secretary-General Mark Rutte", "Mark Rutte"),
        ("Ambassador to France Alexei Meshkov", "Alexei Meshkov"),
        ("Secretary of State Marco Rubio", "Marco Rubio"),
        ("Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ("harbour police chief Tomas Brandt", "Tomas Brandt"),
        ("Meloni’s", "Meloni"),
        ("Mrs Ellison", "Ellison"),
        ("the spokesman for President Vladimir Putin", None),
        ("an adviser to Zelensky", None),
        ("the Prime Minister", None),
        ("Estonian officials", None),
        ("NATO", None),
    ],
)
def test_the_name_in_a_speaker_phrase(phrase, name):
    assert person_name(phrase, load_gazetteer()) == name


def test_a_hyphenated_name_is_kept_whole():
    (src,), d = analyse("UN Secretary General Ban Ki-moon said the launch was “deeply troubling” for the region.\n")
    assert who(d, src, "deeply troubling") == "Ban Ki-moon"


def test_the_title_alone_refers_back_to_its_holder():
    text = (
        "German Chancellor Helmut Brandauer met Polish President Adam Nowicki in Berlin on Monday.\n\n"
        "“We will not leave our neighbours alone,” the chancellor said after the talks.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "neighbours alone") == "Helmut Brandauer"


def test_a_description_with_another_nationality_does_not_join():
    text = (
        "US State Department spokesman Tom Keller said the talks would go on.\n\n"
        "“There is no proposal on the table,” the Iranian spokesman said on Monday.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "no proposal") != "Tom Keller"


def test_the_ministry_is_the_ministry_named_before():
    text = (
        "Estonia's foreign ministry said on Friday that it had summoned the Russian envoy.\n\n"
        "“This incursion is unacceptable and dangerous for everyone,” the ministry said.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "incursion is unacceptable") == "Estonian government"


def test_the_statement_speaks_for_its_author():
    text = (
        "“The exercise is a warning to separatist forces,” Colonel Wen Hailong said in a statement.\n\n"
        "“The troops are ready to fight at any time,” the statement added.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "troops are ready") == who(d, src, "warning to separatist") is not None


def test_a_country_speaking_is_its_government():
    (src,), d = analyse("Poland said the drones “were a deliberate provocation” by Moscow.\n")
    assert who(d, src, "deliberate provocation") == "Polish government"


def test_a_pronoun_skips_names_inside_quotes():
    text = (
        "“I have a good relationship with Chancellor Helmut Brandauer,” Prime Minister Jonas Berg told reporters.\n\n"
        "“Brandauer has not told me anything about the plan, and I do not think he would,” he said.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "not told me anything") == "Jonas Berg"


def test_a_pronoun_prefers_the_main_subject_to_a_name_in_a_subordinate_clause():
    text = (
        "Opposition leader Ravi Menon asked whether the commissioner Arun Mehta resigned over a dispute.\n\n"
        "“The resignation raises three questions,” he said.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "three questions") == "Ravi Menon"


def test_he_after_an_unnamed_speaker_stays_with_that_speaker():
    text = (
        "Protesters gathered in Kelvale on Tuesday.\n\n"
        "“We have three deaths on the main road,” a police officer said.\n\n"
        "“There was a confrontation with officers deployed to the riots,” he said on condition of anonymity.\n"
    )
    (src,), d = analyse(text)
    q = next(q for q in d.analyses[src.id].quotes if "confrontation" in q.text)
    assert q.speaker is not None and src.text[q.speaker.antecedent_start : q.speaker.antecedent_end] == "a police officer"
    assert q.actor_id is None  # someone, not an actor shared with every other article's officer


def test_a_partial_quote_under_a_verb_of_reacting_is_the_outer_speakers():
    text = "Labour leader Mary Quinlan said parliament would have no choice but to reject the “botched” deal.\n"
    (src,), d = analyse(text)
    assert who(d, src, "botched") == "Mary Quinlan"


def test_family_name_first():
    text = (
        "Chinese Vice Premier Wang Jianguo spoke with the visiting delegation on Monday.\n\n"
        "“Armed force is not the correct way to solve problems,” Wang said.\n"
    )
    (src,), d = analyse(text)
    assert who(d, src, "Armed force") == "Wang Jianguo"


@pytest.mark.parametrize(
    "text",
    [
        "The owners of the ship demanded its release on Sunday.\n"
        "“All contact with the crew has been lost,” they said.\n"
        "They said the crew was safe.\n",
        "Residents of the village fled overnight.\n“We had no warning at all,” they said.\nThey vowed to return.\n",
        "The ministry condemned the seizure.\n“This is piracy on the open sea,” it said.\nThey vowed to respond.\n",
    ],
)
def test_pronouns_and_descriptions_never_become_actors(text):
    # A new user's report: "They", "the owners", "the ministry" were actors with no quote.
    (src,), d = analyse(text)
    names = [a.name.lower() for a in d.actors.actors.values()]
    assert not any(n.split()[0] in ("they", "the", "it", "residents") for n in names), names
    for q in d.analyses[src.id].quotes:
        assert q.actor_id is None or d.actors.get(q.actor_id).name.lower() not in ("they", "it")


def test_how_someone_spoke_is_not_part_of_the_speaker():
    text = "The city was shelled again.\n“The hospital was hit twice and two nurses were killed,” said the Medics Union in a statement on X.\n"
    (src,), d = analyse(text)
    q = [q for q in d.analyses[src.id].quotes if "hospital" in q.text][0]
    assert q.speaker.text == "the Medics Union"
    assert who(d, src, "hospital was hit") in ("Medics Union", "The Medics Union")  # the named organisation
