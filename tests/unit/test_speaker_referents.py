"""An unnamed speaker phrase stands for the one person or group the article names in that role
("a spokesman" -> the one named spokesman; "the rebels" -> the one armed group), never for a
wrong one; "the leadership of the X" speaks as the X. Invented sentences."""

from __future__ import annotations

import re

import pytest

from annotate.speaker_referents import collective_referent, spokesman_referent, stand_in, unnamed_ministry, without_leadership

from .test_attribution import analyse, who


def _persons(text: str, *names: str) -> list[tuple[int, int, str]]:
    return sorted((m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), text))


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    i = text.index(phrase, after)
    return i, i + len(phrase)


def test_a_spokesman_is_the_one_spokesman_the_article_names():
    text = ("Patrols of the Kivu Coastal Front clashed with marines.\nFront spokesman Pierre Mbala said two boats sank.\n"
            "The front wants \"talks in Goma,\" a spokesman said.\n")
    got = spokesman_referent(text, *_span(text, "a spokesman"), _persons(text, "Pierre Mbala"))
    assert got is not None and text[got[0] : got[1]] == "Pierre Mbala"


def test_a_spokesman_named_in_an_apposition_after_the_name_counts():
    text = ("Lars Eide, a spokesman for the Norwegian navy, said the frigate was hit.\n"
            "The collision was \"avoidable,\" the navy spokesman said.\n")
    got = spokesman_referent(text, *_span(text, "the navy spokesman"), _persons(text, "Lars Eide"))
    assert got is not None and text[got[0] : got[1]] == "Lars Eide"


@pytest.mark.parametrize(
    "text,phrase,names",
    [
        # Two spokesmen named: which one is unknown.
        ("Army spokesman Tomas Rojas denied it. Police spokesman Ana Vidal confirmed the raid.\n"
         "\"Nobody died,\" a spokesman said.\n", "a spokesman", ("Tomas Rojas", "Ana Vidal")),
        # The one named spokesman serves another body than the phrase says.
        ("Rebel spokesman Tomas Rojas denied it.\nThe raid was \"lawful,\" a government spokesman said.\n",
         "a government spokesman", ("Tomas Rojas",)),
        # No spokesman named at all.
        ("Tomas Rojas denied it.\n\"Nobody died,\" a spokesman said.\n", "a spokesman", ("Tomas Rojas",)),
    ],
)
def test_no_single_matching_spokesman_leaves_the_phrase_unnamed(text, phrase, names):
    assert spokesman_referent(text, *_span(text, phrase), _persons(text, *names)) is None


def test_the_same_spokesman_by_full_name_and_surname_is_one_holder():
    text = ("Fijian army spokesman Jone Vatu said troops were ready. Spokesman Vatu added the coup plot failed.\n"
            "\"We are calm,\" a spokesman said.\n")
    got = spokesman_referent(text, *_span(text, "a spokesman"), _persons(text, "Jone Vatu", "Vatu"))
    assert got is not None and text[got[0] : got[1]] == "Jone Vatu"


def test_a_rebel_spokesman_is_the_one_named_spokesman_of_the_one_armed_group():
    text = ("The Kivu Coastal Front (KCF) seized two ferries.\nKCF spokesman Pierre Mbala said the crews were safe.\n"
            "The crews will be \"freed at once,\" a rebel spokesman said.\n")
    persons, orgs = _persons(text, "Pierre Mbala"), _orgs(text, "Kivu Coastal Front")
    got = stand_in(text, *_span(text, "a rebel spokesman"), persons, orgs)
    assert got is not None and text[got[0] : got[1]] == "Pierre Mbala"
    # an army spokesman is not the rebels'
    army = text.replace("a rebel spokesman", "an army spokesman")
    assert stand_in(army, *_span(army, "an army spokesman"), _persons(army, "Pierre Mbala"), _orgs(army, "Kivu Coastal Front")) is None


def test_a_spokesman_the_model_tags_as_no_person_is_still_the_holder():
    text = "The front seized ferries.\nFront spokesman Tsering Wangdu said the crews were safe.\n\"Free them,\" a spokesman said.\n"
    got = spokesman_referent(text, *_span(text, "a spokesman"), [], (), [])
    assert got is not None and text[got[0] : got[1]] == "Tsering Wangdu"
    lower = "Spokesman Vatu told the Fiji Times.\n\"Free them,\" a spokesman said.\n"  # one word, then lower case: no name
    assert spokesman_referent(lower, *_span(lower, "a spokesman"), [], (), []) is None


def _orgs(text: str, *names: str) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text))


def test_the_rebels_are_the_one_armed_group_the_article_names():
    text = ("The Popular Front for Andean Justice attacked a checkpoint near Oruro.\n"
            "The rebels said they would \"never disarm\".\n")
    got = collective_referent(text, *_span(text, "The rebels"), _orgs(text, "Popular Front for Andean Justice"))
    assert got is not None and text[got[0] : got[1]] == "Popular Front for Andean Justice"


@pytest.mark.parametrize(
    "text,names",
    [
        # Two armed groups: which one spoke is unknown.
        ("The Popular Front for Andean Justice and the Red Sierra Brigade attacked a checkpoint.\n"
         "The rebels said they would \"never disarm\".\n", ("Popular Front for Andean Justice", "Red Sierra Brigade")),
        # No armed group named, only a state body.
        ("The Bolivian Border Police attacked a camp.\nThe rebels said they would \"never disarm\".\n", ("Bolivian Border Police",)),
    ],
)
def test_no_single_armed_group_leaves_the_rebels_unnamed(text, names):
    assert collective_referent(text, *_span(text, "The rebels"), _orgs(text, *names)) is None


def test_the_armed_forces_are_never_the_rebel_group():
    text = "The Popular Front for Andean Justice attacked.\nThe armed forces said \"never\".\n"
    assert collective_referent(text, *_span(text, "The armed forces"), _orgs(text, "Popular Front for Andean Justice")) is None


def test_a_named_collective_is_not_rewritten():
    text = "The Popular Front for Andean Justice attacked.\nThe Aymara rebels said \"never\".\n"
    assert collective_referent(text, *_span(text, "The Aymara rebels"), _orgs(text, "Popular Front for Andean Justice")) is None


@pytest.mark.parametrize(
    "phrase,want",
    [
        ("A statement by the leadership of the Gulf-led naval force", "A statement by the Gulf-led naval force"),
        ("the high command of the Fijian military", "the Fijian military"),
        ("the leadership said", "the leadership said"),
        ("the leaders of both countries", "the leaders of both countries"),
        # a part's noun that ends a body's own name is no part: nothing is cut
        ("the Southern Command of the Bolivian Army", "the Southern Command of the Bolivian Army"),
        ("the General Command of the Fijian Armed Forces", "the Fijian Armed Forces"),
    ],
)
def test_the_leadership_of_a_body_speaks_as_the_body(phrase, want):
    assert without_leadership(phrase) == want


# ---------------------------------------------------------------- the whole analysis


@pytest.mark.parametrize(
    "text,fragment,name",
    [
        ("The Kivu Coastal Front seized two ferries on Lake Tanganyika.\nFront spokesman Pierre Mbala said the crews were safe.\n"
         "The front is ready to \"free the crews at once,\" a spokesman said on Monday.\n", "free the crews", "Pierre Mbala"),
        ("The Popular Front for Andean Justice attacked a border post near Oruro on Sunday.\n"
         "The rebels said they would not accept \"a military governor\" in the province.\n", "military governor",
         "Popular Front for Andean Justice"),
    ],
)
def test_the_unnamed_speaker_is_the_one_the_article_names(text, fragment, name):
    (src,), d = analyse(text)
    assert who(d, src, fragment) == name


def test_they_after_the_rebels_is_the_one_armed_group():
    text = ("The Kivu Coastal Front seized two ferries on Lake Tanganyika on Sunday.\nThe rebels would \"free the crews "
            "at once,\" they said in a statement.\n")
    (src,), d = analyse(text)
    assert who(d, src, "free the crews") == "Kivu Coastal Front"


def test_a_statement_by_the_leadership_of_a_coalition_is_the_coalitions():
    text = ("Shelling hit the port on Sunday.\nA statement by the leadership of the Gulf-led naval force said \"the pirates "
            "fired first\" at the frigate.\n")
    (src,), d = analyse(text)
    name = who(d, src, "fired first")
    assert name is not None and "leadership" not in name.lower() and "naval force" in name.lower()


@pytest.mark.parametrize(
    "phrase,want",
    [
        ("an unnamed Defence Ministry official", "Defence Ministry"),
        ("an anonymous Interior Ministry source", "Interior Ministry"),
        ("an unnamed Norwegian Defence Ministry official", None),  # a nation's body: the rules that place it decide
        ("the Defence Ministry spokesman", None),  # no unnamed source
    ],
)
def test_an_unnamed_ministry_source_speaks_for_the_ministry(phrase, want):
    from annotate.gazetteer import load_gazetteer

    assert unnamed_ministry(phrase, load_gazetteer()) == want
