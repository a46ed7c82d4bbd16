"""Speakers on emergency-rule stories: "he said" after the opposition leader named last, datelines
before a colon, and family-name-first names the model cuts. Invented sentences, invented names
and countries (the cities of the datelines are real ones, as a dateline needs a known place)."""

from __future__ import annotations

from .test_attribution import analyse, who

_LEAD = ("President Matteo Grandel declared a state of emergency late on Tuesday, sending troops into "
         "the capital, Varos.")


def _people(d) -> set[str]:
    return {a.name for a in d.actors.actors.values() if a.kind == "person"}


# ------------------------------------------------ "he said": the nearest compatible named person

def test_he_after_a_name_in_the_sentence_before_is_that_person_not_the_president_named_earlier():
    text = ("Emergency in Pelaria\n\n" + _LEAD + " President Grandel said the decree was needed to protect the "
            "nation. The decree was condemned by opposition leader Pavel Ostrand. \"This decree is illegal,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "This decree is illegal") == "Pavel Ostrand"


def test_he_and_he_added_after_an_opposition_leader_the_parser_left_without_a_verb():
    text = ("Emergency in Pelaria\n\n" + _LEAD + " President Grandel said the decree was needed to protect the "
            "nation from hostile forces. Opposition leader Pavel Ostrand, who narrowly lost the last election, "
            "called on lawmakers to gather at the assembly. \"This decree is illegal and invalid,\" he said. "
            "\"We will stop it,\" he added.\n")
    (src,), d = analyse(text)
    assert who(d, src, "This decree is illegal") == "Pavel Ostrand"
    assert who(d, src, "We will stop it") == "Pavel Ostrand"


def test_he_after_a_sentence_whose_pronoun_subject_carries_the_president_on_stays_the_president():
    text = ("Emergency in Pelaria\n\n" + _LEAD + " Grandel met opposition leader Pavel Ostrand on Wednesday. "
            "He said the talks had gone well. \"We agreed on a timetable,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "We agreed on a timetable") == "Matteo Grandel"


def test_he_after_a_person_who_was_shot_stays_the_one_who_spoke():
    text = ("Emergency in Pelaria\n\n" + _LEAD + " Grandel said the decree was needed. Opposition lawmaker "
            "Pavel Ostrand was shot dead outside the assembly. \"This was a criminal act,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "This was a criminal act") == "Matteo Grandel"


def test_he_after_a_name_in_a_background_clause_stays_the_one_who_spoke():
    text = ("Emergency in Pelaria\n\n" + _LEAD + " Grandel said the decree was needed. It was the first such decree "
            "since former dictator Ivo Santar ruled the country in the 1980s. \"We had no choice,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "We had no choice") == "Matteo Grandel"


# ------------------------------------------------ a city before a colon is a dateline

def test_a_city_before_a_colon_opening_a_paragraph_is_a_dateline_not_a_speaker():
    text = ("Army takes control of streets in Veltria\n\n"
            "Nairobi: \"Nobody may leave their homes after dark.\"\n\n"
            "The order was read on state television on Wednesday night.\n\n"
            "Busan: President Ilan Dorce declared emergency rule late on Tuesday. \"We will restore order,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "Nobody may leave") is None
    assert who(d, src, "We will restore order") == "Ilan Dorce"
    assert not any("Kenya" in a.name or a.name == "Nairobi" for a in d.actors.actors.values())


def test_cities_joined_by_a_slash_before_a_colon_are_a_dateline():
    text = ("Navy strikes smugglers' base\n\n"
            "Dubai/Nairobi: \"The base has been destroyed.\"\n\nThe navy gave no figure for the dead.\n")
    (src,), d = analyse(text)
    assert who(d, src, "The base has been destroyed") is None


def test_a_person_before_a_colon_still_speaks():
    text = "Ilan Dorce: \"Parliament will be closed until further notice\"\n\nThe president spoke on Tuesday.\n"
    (src,), d = analyse(text)
    assert who(d, src, "Parliament will be closed") == "Ilan Dorce"


# ------------------------------------------------ family name first, given names cut off

def test_a_three_part_name_cut_by_the_model_is_one_person_and_the_bare_family_name_is_that_person():
    text = ("Taren court orders arrest of impeached president\n\n"
            "A Taren court on Tuesday approved a warrant to detain impeached President Moon Jae Hyuk over his "
            "short-lived emergency decree.\n\n"
            "Opposition leader Han Seong-min welcomed the ruling. \"No one is above the law,\" Han said, adding "
            "that Moon Jae Hyuk must face trial.\n\n"
            "Moon has been suspended from office since lawmakers voted to impeach him on 14 March. Moon Jae told "
            "supporters in a message that he would fight to the end. \"I will stand with you,\" Moon said.\n")
    (src,), d = analyse(text)
    people = _people(d)
    assert {"Moon Jae Hyuk", "Han Seong-min"} <= people
    assert not people & {"Moon Jae", "Moon", "Han Seong"}
    assert who(d, src, "I will stand with you") == "Moon Jae Hyuk"
    assert who(d, src, "No one is above the law") == "Han Seong-min"


def test_a_name_and_a_modifier_after_a_hyphen_stay_apart():
    text = ("Pelarian troops moved into Varos on Tuesday. The Grandel-led government said the move was lawful. "
            "Pavel Ostrand said the army had \"no right\" to enter the city.\n")
    (src,), d = analyse(text)
    assert "Grandel-led" not in " ".join(_people(d))
    assert who(d, src, "no right") == "Pavel Ostrand"


def test_a_double_family_name_under_the_title_the_full_name_had_is_that_person():
    text = ("Emergency in Pelaria\n\nPresident Matteo Grandel Rivas declared a state of emergency late on Tuesday.\n\n"
            "President Grandel Rivas said the decree was needed to protect the nation.\n\n"
            "Grandel later lifted the decree.\n")
    (src,), d = analyse(text)
    assert not _people(d) & {"Grandel Rivas", "Grandel"}
    assert "Matteo Grandel Rivas" in _people(d)
