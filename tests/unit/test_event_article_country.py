"""An event sentence that names no place takes the country the article is about (its dateline,
its placed events, the countries it names, a place inside a group's name), marked as inferred;
never for background weeks old, and in an article that places its events itself only as another
report of one of them. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.article_country import main_country, majority

PUBLISHED = "2025-09-11"  # a Thursday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_a_placeless_attack_takes_the_country_of_a_place_inside_the_group_s_name():
    found = mentions("Rebels of the Free Tarija Movement launched a major offensive on Monday. "
                     "The insurgents overran two army posts on Monday and killed six soldiers, the group said.")
    assert [(m.kind, m.country, m.date, m.inferred) for m in found] == [("armed_clash", "Bolivia", "2025-09-08", True)]


def test_a_placeless_attack_takes_the_country_the_article_names():
    found = mentions("Fighters of the Guarani Liberation Army overran two army posts on Monday, the group said. "
                     "The Bolivian government has not commented.")
    assert {(m.kind, m.country, m.inferred) for m in found} == {("armed_clash", "Bolivia", True)}


def test_a_placed_event_is_not_marked_inferred():
    found = mentions("Fijian troops clashed with rebels near Nadi on Monday.")
    assert [(m.kind, m.country, m.inferred) for m in found] == [("armed_clash", "Fiji", False)]


def test_a_placeless_event_dated_weeks_before_the_article_is_background():
    assert mentions("Fighters of the Guarani Liberation Army overran two army posts on August 2, the group said. "
                    "The Bolivian government has not commented.") == []


def test_an_article_that_places_its_events_infers_no_other_event():
    found = mentions("Fijian troops clashed with rebels near Nadi on Monday. Separately, gunmen abducted three aid workers on Monday.")
    assert {m.kind for m in found} == {"armed_clash"}


def test_the_main_country_weighs_dateline_then_events_then_names():
    assert main_country("Chad", ["Niger"], ["Niger"], []) == "Chad"
    assert main_country("", ["Niger", "Niger", "Chad"], ["Chad"], []) == "Niger"
    assert main_country("", [], ["Chad", "Niger"], ["Chad"]) == "Chad"  # a tie among names: the names of groups decide
    assert main_country("", [], [], ["Niger"], acting="Niger") == ""  # never the country of the state that acted
    assert majority(["Chad", "Niger"]) == ""


def test_an_unplaced_clash_is_not_put_in_the_state_that_strikes_abroad():
    # the striking state (Peru, named again in an outlet's name) is where the strikes come from;
    # the clashes happen where the article's placed strikes are (Bolivia)
    found = mentions("Peru strikes Bolivia's Cobija as Aymara militias rise\n\n"
                     "The Peruvian air force has once again carried out airstrikes on the city of Cobija in northern Bolivia. "
                     "Aymara militias have declared an uprising against the Guarani militia and are taking control of the town, "
                     "according to The Lima Herald of Peru.\n"
                     "The first clashes between government forces and units of the Guarani minority broke out on Wednesday. "
                     "Around 30 people were killed in the fighting.")
    assert {m.country for m in found if m.kind == "armed_clash"} == {"Bolivia"}
    assert {m.country for m in found if m.kind == "air_or_drone_strike"} == {"Bolivia"}


def test_the_patron_of_the_group_attacked_is_not_the_target_nor_the_place():
    # "against the Peruvian-backed militia": Peru backs the militia; nothing is struck in Peru
    found = mentions("Peru strikes Bolivia's Cobija as Aymara tribes rise\n\n"
                     "The Peruvian air force has once again carried out airstrikes on the city of Cobija in northern Bolivia.\n"
                     "Meanwhile, a local channel writes that dozens of Bolivian tribes, particularly Aymara groups, have launched "
                     "an uprising in the region against the Peruvian-backed Guarani militia.")
    assert "Peru" not in {m.country for m in found}
