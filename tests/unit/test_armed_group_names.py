"""A named armed group whose name holds a nationality and "Army" is not that state's army."""

from annotate.armed_group_names import movement_name
from annotate.gazetteer import load_gazetteer
from annotate.roles import military_body


def test_movement_names_are_not_the_state_army():
    gaz = load_gazetteer()
    assert military_body("the Free Syrian Army", gaz) is None
    assert military_body("the Irish Republican Army", gaz) is None
    assert military_body("Peru's National Liberation Army", gaz) is None
    assert military_body("the Revolutionary Armed Forces of Bolivia", gaz) is None
    assert military_body("the Ugandan Salvation Army", gaz) is None


def test_state_armies_stay_the_state_army():
    gaz = load_gazetteer()
    assert military_body("the Royal Thai Army", gaz) == ("Thai army", "Thailand")
    assert military_body("the Peruvian National Army", gaz) == ("Peruvian army", "Peru")
    assert military_body("Chinese People's Liberation Army", gaz) == ("Chinese army", "China")
    assert military_body("the Nigerian army", gaz) == ("Nigerian army", "Nigeria")


def test_movement_words():
    assert movement_name(["Kachin", "Independence", "Army"])
    assert not movement_name(["People’s", "Liberation", "Army"])
    assert not movement_name(["Royal", "Thai", "Army"])
