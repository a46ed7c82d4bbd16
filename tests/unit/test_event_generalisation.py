"""Event rules that must hold beyond the articles they were found on: where an event at sea
took place, what a strike is, which words report no event, one clash between two countries,
and when an event told in a relative clause began. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

PUBLISHED = "2025-09-11"  # a Thursday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def kinds(text: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text, published)}


# ------------------------------------------------------------------------------------ at sea
def test_a_strike_at_sea_is_placed_in_the_coastal_state_the_article_ties_it_to_never_the_attackers():
    ms = mentions("A navy destroyer struck a fishing boat in the Caribbean on Sunday, killing four crew. "
                  "The boat had sailed from Colombia, the ministry said.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_or_seizure_of_ship", "Colombia")}
    ms = mentions("WASHINGTON (Reuters) - The U.S. military struck a speedboat from Honduras in the western Caribbean on Monday, "
                  "killing six people. This strike adds to U.S. pressure on Honduran gangs.")
    assert {m.country for m in ms} == {"Honduras"}


def test_a_strike_on_a_vessel_and_the_strike_at_sea_it_is_are_one_attack_on_a_ship():
    ms = mentions("A navy patrol struck a speedboat from Honduras on Monday, killing four crew. "
                  "The strike, carried out in the western Caribbean, was the second this month.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_or_seizure_of_ship", "Honduras")}
    # strikes on land in the country of a ship attack keep their type
    ms = mentions("US jets struck Houthi radar sites in Yemen on Monday. Houthi forces attacked a tanker in the Red Sea off Hodeidah on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("air_or_drone_strike", "Yemen"), ("attack_on_or_seizure_of_ship", "Yemen")}


def test_the_killed_in_a_strike_at_sea_are_its_toll_not_an_attack_on_civilians_at_the_dateline():
    ms = mentions("MIAMI (AP) - The president said Tuesday that U.S. forces carried out a strike in the southern Caribbean "
                  "against a vessel linked to a Colombian cartel, killing 6 people.")
    assert "attack_on_civilians" not in {m.kind for m in ms}
    assert "United States" not in {m.country for m in ms}


def test_a_vessel_struck_in_international_waters_is_where_the_articles_report_at_sea_is():
    ms = mentions("The navy said it sank a speedboat from Honduras in the western Caribbean on Monday. "
                  "In a post online, the president of the United States said the boat was carrying drugs in international waters when it was struck.")
    assert {m.country for m in ms} == {"Honduras"}


def test_authorities_seizing_a_ship_at_sea_do_it_in_their_waters_and_a_headline_joins_the_report():
    ms = mentions("Sweden seizes tanker suspected of cutting power cable\n\n"
                  "Swedish authorities on Friday seized a ship carrying Russian oil in the Baltic Sea on suspicion that it damaged a cable. "
                  "Customs officers said they had seized the vessel's cargo, which is believed to belong to Russia's shadow fleet.")
    assert {m.country for m in ms if m.kind == "attack_on_or_seizure_of_ship"} == {"Sweden"}
    # a state's forces seizing a ship are not enforcing in their own waters
    assert all(m.country != "Iran" for m in mentions("Iran's Revolutionary Guards seized a foreign tanker in the Gulf of Oman on Tuesday."))


# ------------------------------------------------------------------------------------ types
def test_strikes_on_missile_sites_are_air_strikes_the_missile_word_names_the_target():
    assert kinds("Turkey launched strikes on missile production sites in Syria on Sunday.") == {("air_or_drone_strike", "Syria")}
    assert kinds("Jets struck a drone factory near Aleppo on Monday.") == {("air_or_drone_strike", "Syria")}
    # missiles that did the striking still make a missile attack
    assert kinds("Russia fired missiles at a power plant in Kharkiv on Monday.") == {("shelling_or_missile_attack", "Ukraine")}


def test_aircraft_deployed_in_a_fight_are_no_exercise_but_troops_massed_are_a_mobilisation():
    for text in ("The air force has deployed F-35 fighter jets, which officials said had destroyed an enemy depot in Syria on Tuesday.",
                 "The Turkish military has deployed F-16 fighter jets against rebel positions in Syria, officials said on Tuesday."):
        assert "exercise_or_mobilisation" not in {m.kind for m in mentions(text)}
    assert ("exercise_or_mobilisation", "Russia") in kinds("Russia massed troops on the border with Ukraine on Tuesday.")


def test_rockets_hitting_a_district_of_a_named_province_are_placed_in_its_country():
    ms = mentions("At least three citizens were injured when two Azerbaijan-launched Grad rockets hit a community area "
                  "within the Border Post in Goris District, Syunik Province, at 9:40 a.m. local time, the army said.")
    assert ("shelling_or_missile_attack", "Armenia") in {(m.kind, m.country) for m in ms}


def test_an_attack_air_defences_repelled_came_by_air_and_a_sports_attack_is_nothing():
    assert kinds("Air defences repelled an overnight attack on Odesa, the regional governor said.") == {("air_or_drone_strike", "Ukraine")}
    assert kinds("Arsenal held off a late attack from Everton to win 3-2 on Sunday.") == set()


# ------------------------------------------------------------------------------------ no event
def test_a_quoted_accusation_of_the_other_sides_conduct_is_no_attack():
    assert mentions('"The regime funds terror and its attacks on Ukrainian civilians," the Kyiv government said.') == []
    assert mentions("'These camps serve the group's attacks on villagers in Mali,' the army said.") == []
    # a quoted report with its day still is one
    assert ("attack_on_civilians", "Nigeria") in kinds('"Gunmen killed twelve villagers in Nigeria on Sunday," the governor said.')


# ------------------------------------------------------------------------------------ one clash
def test_a_border_clash_between_two_countries_is_one_clash_in_one_country():
    ms = [m for m in mentions("Armenian and Azerbaijani troops clashed on the border on Tuesday. "
                              "The fighting erupted near a village in Armenia's Syunik province on Tuesday. "
                              "Azerbaijan's defence ministry said the clashes also spread to Kalbajar in Azerbaijan on Tuesday.")
          if m.kind == "armed_clash"]
    assert len(ms) >= 2 and len({m.country for m in ms}) == 1
    # a place on the other side is not kept under the country chosen
    assert all(not m.place or m.place in ("Syunik", "Syunik province") for m in ms if m.country == "Armenia")


# ------------------------------------------------------------------------------------ dates
def test_an_event_told_in_a_relative_clause_that_began_on_a_weekday_is_dated_that_day():
    (m,) = mentions("The air strikes that began on Friday have killed dozens in Syria, officials said.")
    assert m.date == "2025-09-05"  # the Friday before a Thursday's publication, not the publication day



def test_a_wave_of_strikes_reported_in_a_city_on_a_weekday_is_placed_and_dated_there():
    ms = mentions("Hours later, the first wave of strikes was reported in Damascus on Friday, with homes in the capital hit.")
    assert {(m.kind, m.country, m.date) for m in ms} == {("air_or_drone_strike", "Syria", "2025-09-05")}


def test_killings_in_a_where_clause_are_at_the_place_it_hangs_on_even_a_name_the_model_cut():
    ms = mentions("The army said the most casualties occurred in Nakhon Si Thammarat province, where six people were killed "
                  "after shots were fired at a gas station.")
    assert ("attack_on_civilians", "Thailand") in {(m.kind, m.country) for m in ms}
    # a war's toll in the perfect is no new attack
    assert mentions("There was a day of relative calm in Gaza, where thousands have been killed since the war began.") == []


def test_a_states_shots_fired_into_a_residential_area_across_the_border_are_an_attack_there():
    ms = mentions("A spokesperson said three civilians were seriously injured after Azerbaijan fired shots into a residential area "
                  "in Armenia's Syunik province.")
    assert ("shelling_or_missile_attack", "Armenia") in {(m.kind, m.country) for m in ms}
    assert "shelling_or_missile_attack" not in {m.kind for m in mentions("Police fired shots at protesters in Nairobi on Tuesday.")}



def test_fighter_jets_deployed_that_destroyed_a_target_are_an_air_strike_on_its_country():
    ms = mentions('The Turkish military has deployed F-16 fighter jets, which the command said had "destroyed" a Syrian brigade.')
    assert {(m.kind, m.country) for m in ms} == {("air_or_drone_strike", "Syria")}
    assert "air_or_drone_strike" not in {m.kind for m in mentions("The air force deployed F-35 jets to Poland for a NATO exercise on Monday.")}


def test_a_day_told_relative_to_the_event_before_is_counted_from_that_events_day():
    ms = mentions("A car bomb exploded in Kabul on Monday. The following day, gunmen killed four villagers in Kandahar.")
    assert {(m.kind, m.date) for m in ms} == {("explosion_or_sabotage", "2025-09-08"), ("attack_on_civilians", "2025-09-09")}
    ms = mentions("A car bomb exploded in Kabul on Monday. Two days after the incident, police arrested three men in Kabul.")
    assert ("arrest_or_expulsion", "2025-09-10") in {(m.kind, m.date) for m in ms}
    ms = mentions("Israeli jets struck a warehouse in Beirut on Monday. Hezbollah's retaliation began hours later, when rockets were fired at Haifa.")
    assert ("shelling_or_missile_attack", "Israel", "2025-09-08") in {(m.kind, m.country, m.date) for m in ms}


def test_a_countrys_retaliation_with_no_target_named_lands_on_whoever_struck_it_before():
    ms = mentions("Israeli jets struck military sites in Syria on Monday. Syria's retaliation began hours later, when ballistic "
                  'missile attacks were launched on "dozens of targets, military centres and air bases", state media said.')
    assert ("shelling_or_missile_attack", "Israel", "2025-09-08") in {(m.kind, m.country, m.date) for m in ms}
    # with no attack on it told before, no guess
    assert mentions("Syria's retaliation began on Monday, when ballistic missile attacks were launched on dozens of targets.") == []


def test_an_event_told_at_a_clock_time_with_no_day_is_dated_the_day_of_the_report():
    ms = mentions("At least three citizens were injured when two Azerbaijan-launched Grad rockets hit a community area "
                  "in Goris District, Syunik Province, at 9:40 a.m. local time, the army said.")
    assert ("shelling_or_missile_attack", "Armenia", PUBLISHED) in {(m.kind, m.country, m.date) for m in ms}
    # with no publication date, no guess
    ms = mentions("Two rockets hit a school in Goris District, Syunik Province, at 9:40 a.m. local time, the army said.", published="")
    assert all(not m.date for m in ms)


def test_the_outage_of_a_cable_a_ship_caused_is_damage_to_it_not_a_storms_or_a_faults():
    ms = mentions("A cargo ship caused the outage of two undersea data cables linking Sweden and Lithuania on Sunday, the operator said.")
    assert {(m.kind, m.country) for m in ms} & {("explosion_or_sabotage", "Sweden"), ("explosion_or_sabotage", "Lithuania")}
    assert mentions("A storm caused a power outage across southern Finland on Monday.") == []
    assert mentions("The outage of the undersea cable between Finland and Estonia was caused by a technical fault, the operator said.") == []
