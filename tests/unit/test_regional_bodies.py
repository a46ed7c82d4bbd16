"""A regional intergovernmental body answers to itself, like NATO or the EU: "the African Union
condemned the coup in Niger" does not make the African Union Niger's; a country's body named with
its nationality stays that country's."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.regional_bodies import regional_body

from .test_attribution import analyse


def test_regional_body_by_the_shape_of_the_name():
    gaz = load_gazetteer()
    for name in ("African Union", "the Caribbean Community", "Gulf Cooperation Council", "Asian Development Bank",
                 "Economic Community of West African States", "Association of Southeast Asian Nations"):
        assert regional_body(name, gaz), name
    for name in ("South African Medical Research Council", "Islamic Revolutionary Guard Corps", "Arab Coalition",
                 "Pacific Command", "United Nations"):
        assert not regional_body(name, gaz), name


def test_a_regional_body_in_a_story_about_one_country_answers_to_itself():
    text = ("Soldiers seized power in Niamey on Wednesday, and troops closed the borders of Niger. The African Union "
            "condemned the coup in Niger and the Economic Community of West African States (ECOWAS) threatened sanctions.\n")
    _srcs, d = analyse(text)
    au = d.actors.get(d.actors.resolve("African Union"))
    assert au is not None and au.affiliation == "African Union"
