"""Speech-act and deed cues of session 21 on invented sentences: arrests and detentions, bans and
emergency rule with words between, control re-imposed (hawkish); retaliation vowed as a noun,
punishment promised, a right to respond kept in reserve, "you will be next" (threatening);
alarm, horror and regret over the victims (cautious). A passive with no agent in a third
party's words ("the suspect was arrested") is no act of the speaker's."""

from __future__ import annotations

import pytest

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Arrests (CAMEO 173), as the actor's deed or in its own words.
        ("The Ostran Border Police arrested four smugglers near the river crossing on Sunday.\n", "Ostran Border Police", "hawkish"),
        ("“Arrests have been made and more will follow,” the Ostran Border Police said in a statement.\n", "Ostran Border Police", "hawkish"),
        # Emergency rule and bans with words between the verb and the measure (CAMEO 172).
        ("President Ilse Marant declared a 90-day state of emergency in the northern provinces.\n", "Ilse Marant", "hawkish"),
        ("Interior Minister Tomas Ferro imposed a nationwide ban on opposition rallies after the riots.\n", "Tomas Ferro", "hawkish"),
        # Control re-imposed, ground reclaimed.
        ("Army spokesman Viktor Lund said the troops had reimposed control over the harbour district.\n", "Viktor Lund", "hawkish"),
        # Threats: retaliation vowed, punishment promised, a right kept in reserve, "you will be next".
        ("The Valdor Front vowed retaliation after the raid on its depot.\n", "Valdor Front", "threatening"),
        ("“Those who burned the archive will be found and punished,” Premier Hanna Kolb said.\n", "Hanna Kolb", "threatening"),
        ("“The organisers will suffer a severe punishment,” Premier Hanna Kolb said.\n", "Hanna Kolb", "threatening"),
        ("Foreign Minister Aldo Verin said Marrana reserves the right to respond to the incursion.\n", "Aldo Verin", "threatening"),
        ("“Keep your word, mayor, or you will be next,” the Black Crows gang said in a video.\n", "Black Crows", "threatening"),
        # Alarm and regret over the victims (humanitarian concern).
        ("Relief coordinator Mara Quist said she was horrified by the number of dead in Belvo.\n", "Mara Quist", "cautious"),
        ("Relief coordinator Mara Quist expressed alarm over the raid and regretted any civilian casualties.\n", "Mara Quist", "cautious"),
    ],
)
def test_acts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_an_arrest_reported_by_a_third_party_is_not_its_act():
    s = suggested("“The agency has confirmed that the suspect was arrested in Ostra,” analyst Pavel Renko said.\n", "Pavel Renko")
    assert s is None or s.label != "hawkish", s


def test_a_call_for_punishment_stays_a_demand():
    s = suggested("“Those who burned the archive must be punished,” Premier Hanna Kolb said.\n", "Hanna Kolb")
    assert s is not None and s.label == "hawkish", s


def test_a_headline_participle_is_what_was_done_to_the_subject():
    text = ("Harbour Union leaders arrested for inciting riots, say Ostra police\n\n"
            "The Harbour Union said its members would keep up the strike at the docks.\n")
    s = suggested(text, "Harbour Union")
    assert s is None or s.label != "hawkish", s


def test_taken_into_custody_told_by_a_lawyer_is_no_act_of_his():
    s = suggested("Defence lawyer Anton Ries said the senator was taken into custody by the guards at the court.\n", "Anton Ries")
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Defiance of the other side's demands and of its attacks.
        ("Digital Minister Sara Holm said the government will not pay the ransom the hackers asked for.\n", "Sara Holm", "hawkish"),
        ("“The breach will not in any way derail our plans for the new registry,” Digital Minister Sara Holm said.\n", "Sara Holm", "hawkish"),
        # One's own side's force praised as a success.
        ("“Our pilots successfully brought it down over the lake,” President Omar Vell said.\n", "Omar Vell", "hawkish"),
        ("Governor Rita Moreau called the raid on the hillside camp a success.\n", "Rita Moreau", "hawkish"),
        # Calls to surrender, a manhunt, a reward for the culprits.
        ("President Idris Kane called on the mutineers to surrender immediately.\n", "Idris Kane", "hawkish"),
        ("Security Minister Paulo Neves announced a reward for information on the gunmen who fired on the convoy.\n", "Paulo Neves", "hawkish"),
        ("“You made an unforgivable mistake,” President Idris Kane told the mutineers.\n", "Idris Kane", "hawkish"),
    ],
)
def test_defiance_success_manhunts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_a_relative_clause_between_the_body_and_its_saying():
    text = ("Ruritania's junta, which seized power in a coup in May, said on Friday it had ordered the Ostran "
            "envoy Pavel Dren to leave the country within 48 hours.\n")
    s = suggested(text, "Ruritania's junta")
    assert s is not None and s.label == "hawkish", s


def test_a_restrictive_relative_clause_between_the_body_and_its_saying():
    text = ("The Ruritanian junta that seized power last month said on Thursday it had revoked the Ostran "
            "envoy's immunity and instructed the police to expel him.\n")
    s = suggested(text, "Ruritanian junta")
    assert s is not None and s.label == "hawkish", s


def test_a_reduced_passive_with_another_agent_is_not_the_speakers_act():
    text = ("The cargo ship Aurora, seized by the Valdor rebels off the coast, is now in the port of Belvo, "
            "Marlin Shipping said.\n")
    s = suggested(text, "Marlin Shipping")
    assert s is None or s.label != "hawkish", s
