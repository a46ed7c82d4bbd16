"""Stance cues on news of topics nobody tuned for (issue 16, session 5): a cue is the act of
the actor who says or does it, never of the one a warning is addressed to, of a question left
open, or of a name that only labels something; each kind checked on invented sentences."""

from __future__ import annotations

import pytest

from .test_stance import suggested


# 1. The one a warning, a call or an order is addressed to is not its speaker.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Venezuela warns Guyana to halt ‘provocations’ along the river border\n\nThe two countries have traded threats for weeks.\n",
         "Guyana"),
        ("Foreign Minister Ana Sol urged Paraguay to stop its aggression against the border villages.\n", "Paraguay"),
        ("President Ivo Kann called on the Tarsan Liberation Front to end its brutal raids on the valley.\n",
         "Tarsan Liberation Front"),
    ],
)
def test_the_addressee_of_a_warning_is_not_given_its_cues(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_the_speaker_of_the_warning_keeps_it():
    s = suggested("Foreign Minister Ana Sol urged Paraguay to stop its aggression against the border villages.\n", "Ana Sol")
    assert s is not None and s.label == "hawkish", s


# 2. A cue in a question left open ("did not disclose whether ...") is no act.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Ministry spokesman Lev Ortiz confirmed the protest but did not disclose if the Borduran envoy was summoned.\n", "Lev Ortiz"),
        ("Defence Minister Rui Kato would not say whether the navy had seized the tanker.\n", "Rui Kato"),
        ("Spokeswoman Mia Lund declined to confirm that troops had seized the border crossing.\n", "Mia Lund"),
    ],
)
def test_a_cue_in_a_question_left_open_is_no_act(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Spokesman Lev Ortiz confirmed the protest but did not disclose if the Peruvian ambassador was summoned on Friday.\n",
         "Peruvian ambassador"),  # (a one-person office of a state: a person actor of it, office_holders.py)
        ("Chilean officials did not say whether Peru had expelled the ambassador.\n", "Peru"),
    ],
)
def test_the_agent_of_an_open_question_is_said_to_do_nothing(text, name):
    assert suggested(text, name) is None


@pytest.mark.parametrize(
    "text,name",
    [
        ("Defence Minister Rui Kato said the navy had seized the tanker and would expel its crew.\n", "Rui Kato"),
        ("“Any incursion, whether by land or by sea, will be dealt with firmly,” Defence Minister Rui Kato said.\n", "Rui Kato"),
    ],
)
def test_a_cue_outside_an_open_question_still_counts(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


# 3. Joint exercises with partners are not coercion by each participant.
@pytest.mark.parametrize(
    "text,name",
    [
        ("The Norwegian navy conducted joint naval exercises with Iceland in the North Atlantic last week.\n", "Norwegian navy"),
        ("Chile held naval exercises with Peru and Ecuador off the coast of Bolivia on Monday.\n", "Chile"),
        ("Chile, Peru and Ecuador conducted joint naval exercises off the coast of Bolivia on Monday.\n", "Chile"),
    ],
)
def test_joint_exercises_with_partners_are_not_coercion(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Venezuela launched live-fire drills around the disputed islands on Monday.\n", "Venezuela"),
        ("Defence Minister Ilka Moor ordered joint military drills near the northern border.\n", "Ilka Moor"),
    ],
)
def test_drills_of_ones_own_are_still_a_show_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


# 4. Coercion named, a warning that attempts will fail, and a survivor's words.
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("“This is yet another coercive attempt to redraw the border by force,” Foreign Minister Ada Varn said.\n",
         "Ada Varn", "hawkish"),
        ("“Any attempt to stir up unrest on the island will not succeed,” spokesman Tomas Heller said.\n", "Tomas Heller", None),
        ("“Those who plot to split the country are doomed to fail,” Interior Minister Olek Brand said.\n", "Olek Brand", None),
    ],
)
def test_coercion_named_and_warnings_of_failure(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label in ((label,) if label else ("hawkish", "threatening")), s


@pytest.mark.parametrize(
    "text,name",
    [
        ("“It was a massacre. They shot everyone in the market,” said Amina Dor, a survivor of the raid on Kelo.\n", "Amina Dor"),
        ("“It was brutal, they burned our houses,” villager Jonas Mbeki told reporters after the attack.\n", "Jonas Mbeki"),
    ],
)
def test_a_survivors_account_of_what_was_done_is_not_hawkish(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_an_officials_massacre_is_still_an_accusation():
    s = suggested("“It was a massacre of innocent civilians,” Foreign Minister Rosa Ten said.\n", "Rosa Ten")
    assert s is not None and s.label == "hawkish", s


# 5. A name that only labels something ("clashes led by X") is no statement of X's; a body's
# announcement is not also the statement of the government it belongs to.
def test_a_name_after_by_gets_no_plain_statement():
    s = suggested("Clashes broke out near the airport between fighters led by Omar Salek and a rival brigade.\n", "Omar Salek")
    assert s is None, s


def test_a_bodys_announcement_is_not_also_its_governments():
    text = ("Fighting lasted for hours, after which the Interior Ministry in the Government of National Accord (GNA) "
            "announced the end of the operation.\n")
    s = suggested(text, "Government of National Accord")
    assert s is None, s
