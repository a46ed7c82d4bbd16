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


def test_the_army_said_after_a_rebel_army_is_the_state_army():
    from .test_attribution import analyse

    text = ("Rebels shell a garrison in Bolivia\n\n"
            "Bolivia's Revolutionary Liberation Army attacked a garrison near Tupiza on Tuesday, killing four "
            "soldiers. \"The attackers used mortars and drones against our positions,\" the army said in a statement. "
            "The Revolutionary Liberation Army has fought the state since 1990.\n")
    (src,), d = analyse(text)
    actors = {a.name: a for a in d.actors.actors.values()}
    rebels = [a for a in actors.values() if "Liberation Army" in a.name]
    assert "Bolivian army" in actors
    assert rebels and all(a.id != actors["Bolivian army"].id for a in rebels)
    assert not any("Liberation" in n for n in actors["Bolivian army"].aliases)
    speakers = {q.text[:16]: d.actors.actors[d.actors.by_span[(src.id, q.speaker.start, q.speaker.end)]].name
                for q in d.analyses[src.id].quotes if q.speaker}
    assert speakers == {"The attackers us": "Bolivian army"}
