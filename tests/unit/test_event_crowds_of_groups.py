"""Students, youths, activists, workers or a leader's supporters acting as a crowd's violence does
(clashing with police, torching, storming, looting) are a protest or riot, as ACLED counts them;
the same groups doing ordinary things are no event. A date after an institution's name is the
event's day, not part of the name. Every sentence is invented."""

from __future__ import annotations

from .test_event_crowds_power_hostages import incidents, kinds


def test_groups_acting_as_a_crowd_are_a_protest():
    assert incidents("Students clashed with police in Kumasi on Tuesday.") == {("protest", "Ghana", "2025-09-09")}
    assert kinds("Youths torched a police post in Ndola on Monday, officials said.") == {("protest", "Zambia")}
    assert kinds("Supporters of the jailed opposition leader stormed a court in Kisumu on Monday.") == {("protest", "Kenya")}


def test_the_same_groups_doing_ordinary_things_are_no_event():
    assert kinds("Rescue workers entered the collapsed school in Kumasi on Tuesday.") == set()
    assert kinds("Supporters of the president gathered for a prayer service in Kisumu on Sunday.") == set()


def test_a_day_after_an_institutions_name_dates_the_event():
    found = incidents("ACCRA, Sept 11 (Reuters) - Students clashed with police at Kumasi University on Tuesday, leaving "
                      "at least 30 injured, officials said.")
    assert found == {("protest", "Ghana", "2025-09-09")}


def test_an_institution_named_after_a_city_stops_before_a_day(nlp):
    from .test_actor_kinds import labels

    _, after = labels(nlp, "Report\n\nDHAKA, July 18 (Reuters) - Students clashed with police at Dhaka University on Thursday, "
                      "leaving at least 30 injured, officials said.\n")
    assert after.get("Dhaka University") == "ORG" and after.get("Thursday") == "DATE", after
