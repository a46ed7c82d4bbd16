"""A people's name that is also a small town of a country the article never names gives no
affiliation from that town. Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.foreign_places import foreign_town
from annotate.gazetteer import load_gazetteer

from .test_attribution import actor, analyse


def test_a_small_town_of_a_country_the_article_never_names_is_foreign():
    gaz = load_gazetteer()
    assert foreign_town("Naga, Philippines", gaz, {"India": 3})
    assert not foreign_town("Naga, Philippines", gaz, {"Philippines": 1, "India": 3})
    assert not foreign_town("Naga, Philippines", gaz, {})  # nothing named: no evidence either way


def test_a_peoples_name_that_is_a_foreign_town_takes_the_storys_country():
    text = (
        "Ethnic clashes in Assam leave six dead\n\n"
        "GUWAHATI, India (AP) - Six people were killed in clashes between Naga and Bodo villagers in India's "
        "northeastern state of Assam, police said on Sunday. Naga groups blocked a highway, and Assam police "
        "chief Bhaskar Mahanta said more troops were on the way.\n"
    )
    _, d = analyse(text)
    groups = actor(d, "Naga groups")
    assert groups is not None and groups.affiliation == "India"
    chief = actor(d, "Bhaskar Mahanta")
    assert chief is not None and chief.affiliation == "Assam, India"  # a region of the story's country stays


def test_a_town_of_a_named_country_is_kept():
    text = (
        "Road blockade in Bolivia\n\n"
        "Cochabamba police cleared a road blockade near Sacaba on Monday, Bolivian officials said. Bolivia's "
        "government called for talks.\n"
    )
    _, d = analyse(text)
    police = actor(d, "Cochabamba police")
    assert police is not None and "Bolivia" in police.affiliation
