"""A crowd's violence told with a battle's words is a protest (nlp/crowd_clashes.py); a quarrel's
"over X" names what it is about, not where an event is; a past month said as "this past July" or
"last month" dates an event as background, and so does a referring noun ("the last seizure of
power took place ... this past July"); a candidate's campaign rally is no protest, and a person
shot at one is attacked. Every sentence is invented (other countries and names than any article's)."""

from __future__ import annotations

from .test_event_crowds_power_hostages import incidents, kinds


def test_clashes_around_a_protest_are_the_protest():
    found = kinds("Violent clashes erupted outside the parliament in Lusaka on Tuesday as police fired rubber bullets "
                  "to control the protests by student demonstrators.")
    assert found == {("protest", "Zambia")}
    assert kinds("In chaotic scenes, supporters of the jailed opposition leader on Monday stormed the army headquarters "
                 "in the garrison city of Ndola.") == {("protest", "Zambia")}


def test_a_headlines_bare_clashes_over_a_crowds_clash_are_that_protest():
    # "Clashes in X" over "Rioters clashed with police in X": one event, a protest, not an armed
    # clash beside it.
    assert kinds("Clashes in Ndola\n\nNDOLA, Zambia - Rioters clashed with police in the mining town of Ndola on Sunday "
                 "night, burning two warehouses before riot officers pushed them back.") == {("protest", "Zambia")}
    # Over a battle of armed sides, the same headline stays a battle.
    assert kinds("Clashes in Ndola\n\nNDOLA, Zambia - Rebels clashed with troops in the mining town of Ndola on Sunday "
                 "night, burning two warehouses before they were pushed back.") == {("armed_clash", "Zambia")}


def test_armed_sides_and_armies_keep_the_clash():
    assert kinds("Supporters of the rebel commander attacked an army post in Ndola on Monday.") == {("armed_clash", "Zambia")}
    assert kinds("Soldiers stormed the presidential palace in Lusaka on Monday as crowds gathered outside.") == {("armed_clash", "Zambia")}
    assert kinds("Inmates in Lusaka fought each other with guns and knives in a riot that left 13 prisoners dead, "
                 "police said Monday.") == {("armed_clash", "Zambia")}


def test_a_quarrels_over_names_no_place():
    assert kinds("Serbia and Hungary conduct joint artillery drills amid tensions with the West over Kosovo.") == \
        {("exercise_or_mobilisation", "Serbia")}
    assert kinds("Russian jets flew over Estonia on Monday, violating its airspace.") == {("airspace_violation", "Estonia")}


def test_this_past_month_and_last_month_are_background():
    assert incidents("Clashes between rebels and troops broke out in Mali this past July.") == set()
    assert kinds("Mali's military junta, which seized power in a coup last month, said on Thursday it had ordered the "
                 "Danish ambassador to leave.") == {("arrest_or_expulsion", "Mali")}
    assert incidents("Clashes between rebels and troops broke out in northern Mali on Tuesday.") == {("armed_clash", "Mali", "2025-09-09")}


def test_a_referring_noun_of_an_older_event_refers_to_nothing():
    found = incidents("Army officers in Chad said they had seized power on Wednesday and placed the president under house arrest. "
                      "The most recent seizure of power by the military in Africa took place in Mali this past July.",
                      published="2025-09-10")
    assert all(date == "2025-09-10" for _, _, date in found) and ("armed_clash", "Chad", "2025-09-10") in found, found


def test_a_campaign_rally_is_no_protest():
    found = kinds("Senator Kofi Mensah was shot late Wednesday outside an arena in Accra where he had gathered supporters "
                  "in an electoral rally ahead of the country's Dec. 7 general election.")
    assert ("protest", "Ghana") not in found and ("attack_on_civilians", "Ghana") in found, found
    assert kinds("Thousands rallied in Accra on Monday against the new tax.") == {("protest", "Ghana")}
