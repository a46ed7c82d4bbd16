"""Affiliations stated by the words around a name: a long country name that holds a shorter one, a
place after "from" (invented sentences)."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.roles import military_body, residence_country

from .test_attribution import actor, analyse


def test_a_long_country_name_is_read_before_the_shorter_one_inside_it():
    gaz = load_gazetteer()
    assert military_body("the army of the Democratic Republic of Congo", gaz)[1] == "Democratic Republic of the Congo"
    assert military_body("Democratic Republic of the Congo police", gaz)[1] == "Democratic Republic of the Congo"
    assert military_body("the army of the Republic of Congo", gaz)[1] == "Republic of the Congo"


def test_a_known_place_after_from_gives_the_persons_country():
    gaz = load_gazetteer()
    t = "Among those detained was 31-year-old Dana Whitfield from Nevada, the prosecutor said."
    assert residence_country(t, t.index("Whitfield") + len("Whitfield"), gaz) == "United States"
    t = "The winner, Ana Quispe, from Cusco, thanked her family."
    assert residence_country(t, t.index("Quispe") + len("Quispe"), gaz) == "Peru"
    t = "Tom Reyes from the ministry said the road was closed."
    assert residence_country(t, t.index("Reyes") + len("Reyes"), gaz) == ""


def test_a_foreigner_from_a_named_state_is_not_given_the_storys_country():
    text = ("LUSAKA (Reuters) - Police in Zambia arrested nine men after an attack on a bank in Lusaka on Friday. "
            "Among those held was 27-year-old Kyle Benton from Oregon, a police spokesman said.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Kyle Benton")
    assert a is not None and a.affiliation == "United States", a
