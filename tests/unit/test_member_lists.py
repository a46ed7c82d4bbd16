"""People listed together and then said to belong to one group ("identified as A, B and C. All were
members of the banned X") are of that group and its country; a list the text ties to no group, or
to a group no actor has, gives nothing."""

from __future__ import annotations

from annotate.member_lists import group_named, listed_group

from .test_attribution import analyse


def test_listed_group_reads_the_clause_after_the_list():
    text = "The dead were identified as Tembo, a cadre; Zulu, a guard. All were members of the banned Red Dawn Front’s northern unit."
    end = text.index("Tembo") + 5
    assert listed_group(text, end, 1) == (text.index("Red Dawn"), "Red Dawn Front’s northern unit")
    assert listed_group(text, end, 0) is None  # one name is no list
    assert listed_group("Tembo and Zulu were freed.", 5, 1) is None
    assert group_named("Red Dawn Front’s northern unit", [("Red Dawn", "a"), ("Red Dawn Front", "b")]) == "b"
    assert group_named("Red Dawnish unit", [("Red Dawn", "a")]) is None


def test_people_listed_as_members_of_a_group_are_of_it():
    text = ("Zambian police said on Sunday they had killed four fighters of the Red Dawn Front, a militant group that "
            "has attacked traders in Zambia’s Luapula province.\n\n"
            "“The deceased have been identified as Joseph Tembo, a section commander; Peter Zulu, a cadre; and "
            "Moses Banda, a guard. All were members of the banned Red Dawn Front’s northern unit,” police said.\n")
    _srcs, d = analyse(text)
    for name in ("Joseph Tembo", "Peter Zulu", "Moses Banda"):
        a = d.actors.get(d.actors.resolve(name))
        assert a is not None and a.affiliation.startswith("Red Dawn Front"), (name, a)
