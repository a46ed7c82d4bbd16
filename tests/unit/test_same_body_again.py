"""A bare body ("the army", "the military", "police") named again in one article is the body the
article already gave a country to, when nothing else gives the later one a country."""

from __future__ import annotations

from .test_attribution import analyse, who


def test_the_military_after_the_army_of_a_soldiers_nationality_is_that_army():
    text = ("Andean clash\nGunmen crossing from Colombia on Monday killed an Ecuadorian soldier in a firefight with "
            "border troops, the army said.\n\nIt was the third such attack this year.\n\n"
            "The military said that \"about forty gunmen\" crossed the river at night and fired on a patrol.\n\n"
            "A sergeant was killed, the army said.\n\n\"Two attackers were captured,\" its statement said.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "about forty gunmen") == "Ecuadorian army"
    assert who(d, srcs[0], "Two attackers") == "Ecuadorian army"


def test_a_bare_body_with_no_country_before_it_stays_unresolved():
    text = ("Gunmen crossing from Colombia attacked a river post on Monday.\n\n"
            "The military said that \"about forty gunmen\" crossed the river at night.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "about forty gunmen") in (None, "Colombian military", "Colombian army")
