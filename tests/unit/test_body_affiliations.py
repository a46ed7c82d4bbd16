"""People and groups tied to a body the text names: an officer of a command the text places in a
country is of the command and that country; a state's body named by its bare noun ("Junta
spokesman X") is the story country's; a group written with an armed adjective ("the paramilitary
X") is an armed group of the story's country."""

from __future__ import annotations

from .test_attribution import analyse


def _aff(d, name):
    a = d.actors.get(d.actors.resolve(name))
    assert a is not None, name
    return a.affiliation


def test_an_officer_of_a_command_is_of_the_command_and_its_country():
    # the model cuts the name at its hyphen ("Joseph Mwale" of "Joseph Mwale-ala"): the apposition is after the whole word
    text = ("Zambian soldiers killed three raiders in a clash near Kasama, the military said on Tuesday.\n\n"
            "Lieutenant Colonel Joseph Mwale-ala, spokesperson of the Northern Lakes Command, said the fighting lasted two hours.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Northern Lakes Command") == "Zambia"
    assert _aff(d, "Joseph Mwale") == "Northern Lakes Command, Zambia"


def test_a_states_body_named_by_its_bare_noun_is_the_storys_countrys():
    text = ("An airstrike killed at least 20 people in a village in Chad’s Ouaddai province, residents in Abeche said.\n\n"
            "Junta spokesman Idriss Mahamat denied targeting civilians, telling reporters that only rebels were hit.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Idriss Mahamat") == "Chad"


def test_a_group_with_an_armed_adjective_is_of_the_storys_country():
    text = ("ABECHE, Chad (Reuters) - Chad’s army said on Friday it had repelled an attack by the paramilitary "
            "Desert Shield Brigades on the town of Abeche in eastern Chad.\n\n"
            "“Our forces destroyed 12 vehicles,” army spokesman Ali Mahamat said.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Desert Shield Brigades") == "Chad"


def test_an_officer_of_a_body_named_by_its_letters_is_of_the_body_and_its_country():
    # the officer's body is written by its acronym; the body is a national one of the story's country
    text = ("Zambia’s Anti-Fraud Agency (AFA) arrested two men in Ndola on Monday over a hacking attack on a bank.\n\n"
            "“We worked with partners abroad,” said Peter Banda, a deputy director at the AFA.\n\n"
            "The AFA said the men were released on bail.\n")
    _srcs, d = analyse(text)
    aff = _aff(d, "Peter Banda")
    assert aff.endswith(", Zambia") and aff.split(",")[0] in ("Anti-Fraud Agency", "AFA", "Zambian Anti-Fraud Agency"), aff


def test_a_states_body_named_without_its_country_is_of_the_state_its_officials_serve():
    # two countries named, no place of either: the officials are all Chilean, so is the body
    text = ("Chilean President Tomas Vera said on Friday that a Peruvian surveillance drone had crossed into Chilean airspace.\n\n"
            "Two airports were briefly shut over what the Civil Aeronautics Administration called a “precautionary measure.”\n\n"
            "Chilean Defence Minister Ana Rojas said the drone was tracked for an hour. Peru said it had lost contact with the aircraft.\n")
    _srcs, d = analyse(text)
    a = d.actors.get(d.actors.resolve("Civil Aeronautics Administration"))
    assert a is not None and a.kind == "government" and a.affiliation == "Chile"


def test_an_unknown_republic_takes_no_story_country():
    from annotate.inferred_affiliation import _state_body_name

    assert _state_body_name("Civil Aeronautics Administration")
    assert _state_body_name("Prosecutor-General's Office")
    assert not _state_body_name("Tarkan Democratic Republic")


def test_a_seat_written_before_a_bodys_name_beats_the_nation_its_name_gives():
    from annotate.actors import organisation_affiliation
    from annotate.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for text, name, country in [
        ("The Paris-based Congolese Human Rights League said 40 people died.", "Congolese Human Rights League", "France"),
        ("according to the Geneva-based monitoring group Sahel Conflict Watch.", "Sahel Conflict Watch", "Switzerland"),
        ("The Congolese Human Rights League said 40 people died.", "Congolese Human Rights League", "Democratic Republic of the Congo"),
    ]:
        i = text.index(name)
        got = organisation_affiliation(name, text, i, i + len(name), gaz)
        assert got == country or country.startswith("Democratic") and "Congo" in got, (name, got)
