"""Event mentions of any type (annotate/events.toml): type, actor, target, place, dates, and
what is not an event (future, hypothetical, habitual). Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import resolve_range

PUBLISHED = "2025-09-12"  # a Friday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


@pytest.mark.parametrize(
    "sentence,type_id,country",
    [
        ("Two Russian drones crossed into Finnish airspace near the border on Friday, the border guard said.", "airspace_violation", "Finland"),
        ("Israeli jets struck a warehouse in Beirut on Tuesday.", "air_or_drone_strike", "Lebanon"),
        ("Artillery shelled the outskirts of Kharkiv in Ukraine overnight, officials said.", "shelling_or_missile_attack", "Ukraine"),
        ("Rebels and government troops clashed in Mali on Monday.", "armed_clash", "Mali"),
        ("A car bomb exploded in Kabul on Wednesday.", "explosion_or_sabotage", "Afghanistan"),
        ("Gunmen killed twelve villagers in Nigeria on Sunday.", "attack_on_civilians", "Nigeria"),
        ("North Korea test-fired a ballistic missile on Thursday.", "weapons_test", "North Korea"),
        ("Russia held military exercises with Belarus on Tuesday.", "exercise_or_mobilisation", "Russia"),
        ("India and Pakistan agreed to a ceasefire on Saturday.", "ceasefire_or_agreement", "India"),
        ("Poland expelled three Belarusian diplomats on Tuesday.", "arrest_or_expulsion", "Poland"),
        ("Thousands of protesters marched through Belgrade on Saturday.", "protest", "Serbia"),
    ],
)
def test_each_type_is_found_with_its_country(sentence, type_id, country):
    assert (type_id, country) in {(m.kind, m.country) for m in mentions(sentence)}


def test_a_word_of_a_type_without_its_context_is_not_that_type():
    # "strike" without anything airborne is no air strike; a diplomatic protest is no protest.
    kinds = {m.kind for m in mentions("Dock workers in France went on strike on Monday. Spain lodged a protest with Morocco on Tuesday.")}
    assert "air_or_drone_strike" not in kinds and "protest" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia could strike Kyiv again, officials in Ukraine said.",
        "Moscow warned it would bomb Polish airfields.",
        "Pakistan threatened to shoot down Indian drones over Lahore.",
        "If Iran attacked a tanker in the Gulf, the United States would respond.",
        "Officials in Israel fear a possible attack on Haifa.",
        "Russia has carried out near daily drone attacks on Ukraine since 2022.",
    ],
)
def test_future_hypothetical_and_habitual_wording_is_no_event(sentence):
    assert mentions(sentence) == []


def test_actor_and_target_come_from_the_clause():
    (m,) = [m for m in mentions("Poland expelled three Belarusian diplomats on Tuesday.") if m.kind == "arrest_or_expulsion"]
    assert (m.actor, m.target) == ("Poland", "Belarus")
    (m,) = [m for m in mentions("Israeli jets struck a warehouse in Beirut on Tuesday.") if m.kind == "air_or_drone_strike"]
    assert m.actor == "Israel" and m.place == "Beirut" and m.country == "Lebanon"


def test_the_perpetrators_nationality_is_not_the_place_of_an_airspace_violation():
    ms = mentions("Russian drones violated Estonian airspace on Wednesday.")
    assert {(m.kind, m.country, m.actor) for m in ms} == {("airspace_violation", "Estonia", "Russia")}


def test_a_dateline_gives_its_country_to_an_event_the_sentence_does_not_place_never_its_city():
    # the city is where the reporter is, not where the event happened
    ms = mentions("Bomb blast kills three\nQUETTA, Sept. 10 -- A car bomb exploded near a police station on Wednesday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("explosion_or_sabotage", "Pakistan", "")}
    ms = mentions("Troops kill gunmen\n\nNAIROBI: Soldiers clashed with gunmen on Monday, police said.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("armed_clash", "Kenya", "")}
    ms = mentions("NAIROBI: Soldiers clashed with gunmen in Nairobi on Monday, police said.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("armed_clash", "Kenya", "Nairobi")}  # (named by the sentence)
    # a news agency's bureau: its country, not its city (a headline naming no place included)
    ms = mentions("Talks stall as shelling resumes\nJUBA, Sept. 9 (Reuters) - Shelling resumed on Tuesday, residents said.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("shelling_or_missile_attack", "South Sudan", "")}
    # a place the sentence names wins over the dateline's
    ms = mentions("ADDIS ABABA, Sept. 9 (Reuters) - Drones struck a market in Bahir Dar on Monday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("air_or_drone_strike", "Ethiopia", "Bahir Dar")}


def test_a_place_in_another_clause_is_not_where_it_happened():
    ms = mentions("Speaking in Romania on Monday, the minister said drone strikes had hit a refinery.")
    assert all(m.country != "Romania" for m in ms)


def test_dates_resolve_against_the_publication_date_including_ranges():
    (m,) = mentions("Drones violated Latvian airspace on the night of 9–10 September, the army said.")
    assert (m.date, m.date_end) == ("2025-09-09", "2025-09-10")
    (m,) = [m for m in mentions("Russia held military exercises with Belarus between Monday and Wednesday.") if m.kind == "exercise_or_mobilisation"]
    assert (m.date, m.date_end) == ("2025-09-08", "2025-09-10")
    (m,) = mentions("Drones violated Latvian airspace in September, the army said.")
    assert m.date == ""  # a month is no day


def test_an_age_or_a_bare_number_is_no_date_and_an_iso_date_is_kept():
    arrests = [m for m in mentions("Police arrested three men, aged 39, 43 and 68, in London on suspicion of spying.", "2026-03-04")
               if m.kind == "arrest_or_expulsion"]
    assert arrests and all(not m.date.startswith("19") for m in arrests)  # not 1939, 1943 or 1968
    (m,) = mentions("Drones violated Latvian airspace on 2025-09-09, the army said.")
    assert m.date == "2025-09-09"


@pytest.mark.parametrize(
    "expr,first,last",
    [
        ("the night of 9-10 September", "2025-09-09", "2025-09-10"),
        ("Sept. 9-10", "2025-09-09", "2025-09-10"),
        ("between Monday and Wednesday", "2025-09-08", "2025-09-10"),
        ("last week", "2025-09-01", "2025-09-07"),
        ("on Friday", "2025-09-12", ""),  # the day of publication
        ("on Thursday", "2025-09-11", ""),
        ("on Saturday", "2025-09-06", ""),
        ("last Friday", "2025-09-05", ""),
        ("early Saturday local time", "2025-09-13", ""),  # the next day in another time zone
    ],
)
def test_resolve_range(expr, first, last):
    assert resolve_range(expr, datetime.fromisoformat(PUBLISHED), True) == (first, last)


def test_a_missile_fired_at_no_one_is_a_test_and_one_fired_at_a_town_an_attack():
    assert {m.kind for m in mentions("North Korea fired a ballistic missile on Thursday.")} == {"weapons_test"}
    ms = mentions("Militants fired rockets at Kharkiv in Ukraine on Thursday.")
    assert ("shelling_or_missile_attack", "Ukraine") in {(m.kind, m.country) for m in ms}


def test_the_strikes_refer_back_to_the_event_reported_before():
    ms = mentions("Israeli jets struck a warehouse in Beirut on Tuesday. The strikes drew condemnation from France and Egypt.")
    assert [(m.kind, m.country) for m in ms] == [("air_or_drone_strike", "Lebanon"), ("air_or_drone_strike", "Lebanon")]
    assert mentions("The strikes drew condemnation from France and Egypt.") == []


def test_a_trigger_naming_something_else_or_a_long_activity_is_no_event():
    # "strike" names the exercise; "fighting for years" is no single clash.
    assert all(m.kind != "air_or_drone_strike" for m in mentions("The navy of Japan staged a precision strike exercise on Monday."))
    assert mentions("Militias in Sudan have been fighting for years.") == []


def test_an_excluded_word_elsewhere_in_the_sentence_does_not_veto_the_event():
    # "violations" vetoes a ceasefire only in its own phrase, not in another clause.
    ms = mentions("Hours after India and Pakistan announced a ceasefire agreement on Saturday, fresh violations were reported.")
    assert "ceasefire_or_agreement" in {m.kind for m in ms}


def test_drones_over_a_city_violate_the_airspace_of_its_country():
    ms = mentions("A swarm of drones was sighted over Lahore on Monday, officials said.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("airspace_violation", "Pakistan", "Lahore")}


def test_a_suicide_bomber_or_a_roadside_bomb_is_an_explosion_not_an_air_strike():
    for sentence in ("A suicide bomber struck a busy market in Peshawar on Tuesday, killing nine people.",
                     "A roadside bomb hit an army truck near Kandahar in Afghanistan on Monday."):
        kinds = {m.kind for m in mentions(sentence)}
        assert "explosion_or_sabotage" in kinds and "air_or_drone_strike" not in kinds, sentence
    # bombers that fly still strike from the air
    assert "air_or_drone_strike" in {m.kind for m in mentions("Russian bombers struck Odesa in Ukraine on Tuesday.")}


def test_an_arrest_is_where_it_was_made_not_in_the_country_spied_for():
    for sentence, country in (("Two engineers were arrested in Canada on suspicion of spying for China.", "Canada"),
                              ("Dutch police arrested a former official accused of spying for Russia on Tuesday.", "Netherlands"),
                              ("Two engineers suspected of spying for China were arrested on Tuesday, Canadian police said.", "Canada"),
                              ("Belgian prosecutors said a man who spied for Iran had been detained.", "Belgium")):
        assert {m.country for m in mentions(sentence) if m.kind == "arrest_or_expulsion"} == {country}, sentence


def test_a_ship_attacked_at_sea_takes_the_nearest_named_place_not_the_attackers_country():
    ms = mentions("The Houthis hit a bulk carrier in the Red Sea southwest of the port of Aden on Wednesday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("attack_on_or_seizure_of_ship", "Yemen", "Red Sea")}
    ms = mentions("Cargo traffic near Salalah in Oman was halted. Iranian commandos seized a tanker in the Arabian Sea on Thursday.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_or_seizure_of_ship", "Oman")}
    # no place named but the attacker's own country: no incident placed in Iran
    assert all(m.country != "Iran" for m in mentions("Iran's Revolutionary Guards seized a foreign tanker on Tuesday."))
    # at sea where the article names no coast but the seizer's own: in its waters, not lost
    ms = mentions("Iranian naval commandos seized a Greek tanker in the Gulf of Oman on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_or_seizure_of_ship", "Iran")}
    # a place named after the report, when none is before it
    ms = mentions("A tanker was hit by a drone boat in the Red Sea on Monday. Its owner said the vessel was later towed to the Sudanese port of Suakin.")
    assert {(m.country, m.place) for m in ms if m.date} == {("Sudan", "Red Sea")}
    # no place named at all: the country on that sea the article names (not the ship's flag)
    ms = mentions("Yemeni rebels said they struck a Greek tanker in the Red Sea on Monday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("attack_on_or_seizure_of_ship", "Yemen", "Red Sea")}
    # a later report of such an attack in the article is where the one before was
    ms = mentions("Rebels struck a tanker off the port of Aden on Monday. The vessel was attacked again hours later, the owner said.")
    assert [m.country for m in ms] == ["Yemen", "Yemen"]


def test_gaza_and_the_west_bank_are_palestinian_territory():
    for sentence in ("Israel and Hamas agreed to a truce in Gaza on Wednesday.",
                     "The ceasefire in the Gaza Strip came into force on Sunday morning."):
        assert {(m.kind, m.country) for m in mentions(sentence)} == {("ceasefire_or_agreement", "Palestine")}, sentence


def test_a_weekday_is_the_latest_on_or_before_the_datelines_day_and_the_dateline_is_no_event_date():
    # filed on Tuesday 6 May, published on Thursday 8 May: "on Wednesday" is the week before
    text = "KARACHI, May 6 (Reuters) - A bomb blast hit a bus in Karachi on Wednesday, police said."
    (m,) = mentions(text, "2025-05-08")
    assert (m.date, m.date_text) == ("2025-04-30", "Wednesday")
    (m,) = mentions(text.replace("on Wednesday", "on Tuesday"), "2025-05-08")
    assert m.date == "2025-05-06"  # the dateline's own day
    (m,) = mentions("A bomb blast hit a bus in Karachi on Wednesday, police said.", "2025-05-08")
    assert m.date == "2025-05-07"  # no dateline: the publication date's week
    (m,) = mentions("QUETTA, May 6 -- A bomb blast hit a bus in Quetta, police said.", "2025-05-08")
    assert m.date == ""  # the dateline says when it was filed, not when the blast was


def test_a_country_inside_a_phrase_about_something_else_is_not_the_place():
    # "in talks between Kenya and Somalia" does not put the strike in Kenya
    ms = mentions("The drone strikes came in the middle of talks between Kenya and Somalia, diplomats said.")
    assert all(m.country not in ("Kenya", "Somalia") for m in ms)
    ms = mentions("Drone strikes hit a depot in the city of Herat in Afghanistan on Monday.")
    assert {(m.country, m.place) for m in ms if m.kind == "air_or_drone_strike"} == {("Afghanistan", "Herat")}


def test_another_trigger_of_the_type_may_say_where_the_first_does_not():
    ms = mentions("A suicide car bomber drove into a checkpoint north of Mosul on Monday and detonated his explosives.")
    assert {(m.kind, m.country) for m in ms} == {("explosion_or_sabotage", "Iraq")}


def test_explosions_heard_and_drones_deployed_against_cities_are_not_bombings_or_exercises():
    assert all(m.kind != "explosion_or_sabotage" for m in mentions("Loud explosions were heard across Lahore on Friday night."))
    ms = mentions("The army said Iran had deployed dozens of drones targeting cities across Iraq on Monday.")
    assert all(m.kind != "exercise_or_mobilisation" for m in ms)


def test_a_missile_fired_into_the_sea_is_a_test_not_an_attack():
    ms = mentions("North Korea fired two ballistic missiles into the Sea of Japan on Tuesday, the military said.")
    assert {(m.kind, m.country) for m in ms} == {("weapons_test", "North Korea")}


def test_a_duration_is_no_date():
    (m,) = mentions("Israel and Hamas signed a truce on Sunday that ends two years of war in Gaza.", "2025-10-13")
    assert m.date == "2025-10-12"
    ms = mentions("A truce that ends two years of fighting in Gaza was agreed.", "2025-10-13")
    assert [(m.kind, m.date) for m in ms] == [("ceasefire_or_agreement", "")]  # and two years of fighting are no clash


def test_a_dateline_after_a_headline_and_a_byline_places_and_dates_the_report():
    text = ("Blast kills four\n\nBy A. Writer\nStaff reporter\nMonday, March 3, 2025\n\n"
            "MOSUL, March 2 -- A car bomb exploded near a checkpoint on Sunday night, police said.")
    ms = [m for m in mentions(text, "2025-03-03") if m.date]
    assert {(m.kind, m.country, m.date) for m in ms} == {("explosion_or_sabotage", "Iraq", "2025-03-02")}


def test_the_date_of_another_verb_is_not_the_events():
    # the rebuilding is announced on Monday; the strike that damaged the school is undated
    ms = mentions("Officials are rebuilding a school damaged by an air strike in Herat, the governor said on Monday.")
    assert [(m.kind, m.date) for m in ms] == [("air_or_drone_strike", "")]
    (m,) = mentions("An air strike hit a school in Herat in Afghanistan on Monday, the governor said.")
    assert m.date == "2025-09-08"


def test_a_reason_or_a_relative_clause_does_not_place_the_attack():
    ms = mentions("Rebels struck a tanker off the port of Aden on Monday because its owner traded with ports in Israel.")
    assert {m.country for m in ms} == {"Yemen"}
    ms = mentions("Rebels struck a tanker off the port of Aden on Monday. The rebels also struck a freighter, which had docked in Russia.")
    assert {m.country for m in ms} == {"Yemen"}


def test_an_agreements_mentions_in_one_article_take_one_of_its_sides():
    # Israel (the actor) in the first, Palestine (Gaza) in the others: one ceasefire, one country
    ms = mentions("Israel accepted a ceasefire deal with Hamas on Monday. Israel and Hamas agreed a truce in Gaza on Monday. "
                  "Hamas and Israel agreed the truce in Gaza on Monday.")
    assert len(ms) == 3 and {m.country for m in ms} == {"Palestine"}
    # two agreements between other sides stay apart
    ms = mentions("Israel and Hamas agreed a ceasefire on Monday. Egypt and Sudan signed a truce on Tuesday.")
    assert {m.country for m in ms} == {"Israel", "Egypt"}


def test_a_strike_naming_no_weapon_is_the_missile_attack_the_article_reports_there():
    ms = mentions("Missiles hit six sites in Pakistan on Tuesday. One of them struck a mosque in Bahawalpur, officials said.")
    assert {(m.kind, m.country) for m in ms} == {("shelling_or_missile_attack", "Pakistan")}
    ms = mentions("Missiles hit six sites in Pakistan on Tuesday. Jets struck a depot in Iraq on Wednesday.")
    assert ("air_or_drone_strike", "Iraq") in {(m.kind, m.country) for m in ms}


def test_the_people_a_bombing_or_shelling_killed_are_its_toll_not_another_attack():
    for sentence in ("A suicide bomber detonated his explosives at a market in Kirkuk on Monday, killing nine people.",
                     "Twelve civilians were killed in Kirkuk on Monday after shelling by rebels, doctors said."):
        kinds = {m.kind for m in mentions(sentence)}
        assert "attack_on_civilians" not in kinds and kinds, sentence
    assert "attack_on_civilians" in {m.kind for m in mentions("Gunmen killed twelve villagers in Nigeria on Sunday.")}


def test_a_rehearsed_assault_is_no_attack():
    ms = mentions("During the drills the navy practised an assault on maritime targets and the seizure of ships near Taiwan.")
    assert all(m.kind != "attack_on_or_seizure_of_ship" for m in ms)


def test_drills_around_a_country_are_the_actors_and_one_exercise_per_article():
    ms = mentions("Russia launches drills around Finland\nRussia's military said on Tuesday it had kicked off naval exercises around Finland.")
    assert {(m.kind, m.country) for m in ms} == {("exercise_or_mobilisation", "Russia")}
    assert any(m.actor == "Russia" and m.date == "2025-09-09" for m in ms)


def test_a_pause_in_fighting_is_no_clash():
    assert all(m.kind != "armed_clash" for m in mentions("It is the first pause in fighting in Sudan since April, aid workers said on Monday."))


def test_a_hyphenated_cease_fire_is_a_ceasefire_and_its_seventh_day_no_date():
    ms = mentions("Armenia says more prisoners freed as a cease-fire with Azerbaijan holds for a 5th day", "2025-03-07")
    assert [(m.kind, m.date) for m in ms] == [("ceasefire_or_agreement", "")]


def test_a_headline_predicate_and_a_later_the_attack_date_the_event():
    ms = mentions("Texas power company targeted in ransomware attack\nThe company said it had been hit by ransomware. "
                  "The attack took place on Sunday.", "2025-09-12")
    assert {(m.kind, m.country) for m in ms} == {("cyberattack", "United States")}
    assert "2025-09-07" in {m.date for m in ms}


def test_a_known_place_the_model_calls_an_organisation_and_conjoined_attacks_are_placed():
    # whatever label the model gives "El-Obeid", the city of El-Obeid is a place in Sudan
    ms = mentions("Rebels killed four people on Monday in a drone and artillery attack on the city of El-Obeid, a doctor said.")
    assert ("Sudan", "El-Obeid") in {(m.country, m.place) for m in ms}


def test_a_states_attacks_naming_no_weapon_are_strikes_and_their_toll_no_other_attack():
    ms = mentions("Tensions soared after Turkish attacks on five villages inside Syria, which officials said killed nine civilians.")
    assert {(m.kind, m.country) for m in ms} == {("air_or_drone_strike", "Syria")}
    # a group's attack is not a state's strike
    assert all(m.kind != "air_or_drone_strike" for m in mentions("Gunmen attacked a bus in Kenya on Monday, killing six passengers."))


def test_the_ceasefire_with_no_earlier_report_is_placed_by_the_people_named():
    ms = mentions("Displaced Afghans cheered as they went home before the ceasefire took effect.")
    assert {(m.kind, m.country) for m in ms} == {("ceasefire_or_agreement", "Afghanistan")}


def test_attacks_cited_as_a_grievance_or_daily_are_no_strike():
    assert mentions("The envoy said the flights were a response to Georgian attacks on Abkhazia, officials said.") == []
    assert mentions("Since 2020 Azerbaijan has carried out near daily drone and artillery attacks on Armenia.") == []


def test_an_event_of_last_year_in_a_sentence_about_this_week_keeps_its_own_date():
    ms = mentions("A militant leader was killed by an American air strike in Syria last year, officials said on Thursday.", "2025-09-12")
    strikes = [m for m in ms if m.kind == "air_or_drone_strike"]
    assert strikes and all((m.date, m.date_end) == ("2024-01-01", "2024-12-31") for m in strikes)
    assert resolve_range("this year", datetime.fromisoformat(PUBLISHED), True) == ("2025-01-01", "2025-09-12")


def test_drones_downed_over_a_country_struck_by_drones_are_part_of_the_strikes():
    text = ("A drone strike set a depot on fire in Russia's Kursk region on Monday, the governor said. "
            "Air defences shot down six drones over the Kursk region, the ministry said.")
    assert {m.kind for m in mentions(text)} == {"air_or_drone_strike"}
    # without strikes there, drones over a country violate its airspace
    assert {m.kind for m in mentions("Air defences shot down six drones over Latvia on Monday, the ministry said.")} == {"airspace_violation"}


def test_another_strike_is_marked_as_another_event():
    ms = mentions("Drones hit a refinery in Russia's Rostov region on Monday. Another drone strike destroyed a depot in Russia's Kursk region.")
    assert [m.another for m in ms if m.kind == "air_or_drone_strike"] == [False, True]


def test_a_starting_point_since_or_a_pattern_of_many_attacks_is_no_event():
    assert mentions("It was the deadliest day in Kenya since the 2013 attack on a Nairobi mall, officials said.") == []
    ms = mentions("Rebels struck a tanker off the port of Aden on Monday. Many of the vessels they have attacked had links to Greece.")
    assert len(ms) == 1


def test_an_attack_along_a_ceasefire_line_is_on_its_targets_side():
    ms = mentions("Indian troops shelled Pakistani posts along the Line of Control on Monday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("shelling_or_missile_attack", "Pakistan", "Line of Control")}


def test_street_protests_clashing_sides_and_a_targets_nationality_place_events_but_not_an_arrest():
    ms = mentions("Police in Nairobi fired tear gas at demonstrators on Tuesday as protests over the finance bill spread across Kenya.")
    assert ("protest", "Kenya") in {(m.kind, m.country) for m in ms}
    assert all(m.kind != "protest" for m in mentions("Spain lodged a protest with Morocco on Tuesday."))
    ms = mentions("Armenian and Azerbaijani troops exchanged fire along their border on Monday.")
    assert {m.kind for m in ms} == {"armed_clash"} and {m.country for m in ms} <= {"Armenia", "Azerbaijan"}
    ms = mentions("Hackers breached the networks of a Norwegian dam operator on Monday, police said.")
    assert {(m.kind, m.country) for m in ms} == {("cyberattack", "Norway")}
    assert mentions("Police arrested a Russian national on Tuesday.") == []  # where, the sentence does not say


def test_a_mediator_is_no_party_to_the_agreement_and_a_halt_to_fighting_is_no_clash():
    ms = mentions("The ceasefire, mediated by the United States, Egypt and Qatar, halts all fighting between Israeli and Palestinian forces.")
    assert {(m.kind, m.country) for m in ms} == {("ceasefire_or_agreement", "Israel")}
    ms = mentions("Qatar brokered a truce between Israel and Hamas on Tuesday.")
    assert {(m.kind, m.country) for m in ms} == {("ceasefire_or_agreement", "Israel")}


# ------------------------------------------------------------------ at sea, territory, closures


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("A Chinese coast guard ship fired water cannon at a Vietnamese fishing boat near Bombay Reef on Monday.", "Bombay Reef"),
        ("Two coast guard vessels used water cannon against a Philippine supply boat at Sabina Shoal on Tuesday, the navy said.", "Sabina Shoal"),
        ("The coast guard said it fired water cannon at Vietnamese boats near the disputed Whitsun Reef in the South China Sea.", "Whitsun Reef"),
    ],
)
def test_coast_guard_water_cannon_at_a_ship_is_an_attack_on_a_ship_at_the_feature(sentence, place):
    found = [m for m in mentions(sentence) if m.kind == "attack_on_or_seizure_of_ship"]
    assert found and found[0].place == place and found[0].country


def test_water_cannon_turned_on_protesters_is_no_attack_on_a_ship():
    kinds = {m.kind for m in mentions("Riot police fired water cannon at protesters in Nairobi on Tuesday.")}
    assert "attack_on_or_seizure_of_ship" not in kinds


@pytest.mark.parametrize(
    "sentence,place,country",
    [
        ("Islamist militants captured the town of Menaka on Tuesday, residents said.", "Menaka", "Mali"),
        ("The jihadists seized Timbuktu airport on Monday.", "Timbuktu", "Mali"),
        ("The rebels took control of Kisangani, capturing key points including the airport, on Monday.", "Kisangani", "Democratic Republic of the Congo"),
        ("The army recaptured the town of Kidal on Monday.", "Kidal", "Mali"),
    ],
)
def test_a_city_or_airport_taken_is_an_armed_clash_at_that_place(sentence, place, country):
    assert ("armed_clash", place, country) in {(m.kind, m.place, m.country) for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["Police seized weapons in Nairobi on Monday.", "The company took control of the market in Kenya on Monday."],
)
def test_seizing_goods_or_a_market_is_no_armed_clash(sentence):
    assert "armed_clash" not in {m.kind for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["Rebels announce airspace over Bukavu is closed", "The militia says the airspace above Kidal was closed on Monday."],
)
def test_an_announced_closure_of_airspace_is_no_violation(sentence):
    assert "airspace_violation" not in {m.kind for m in mentions(sentence)}


def test_a_closure_after_drones_entered_still_reports_the_violation():
    found = mentions("Lithuania closed its airspace over Vilnius on Tuesday after Russian drones entered Lithuanian airspace.")
    assert ("airspace_violation", "Lithuania") in {(m.kind, m.country) for m in found}


def test_drills_rehearsing_the_seizure_of_superiority_take_no_territory():
    found = mentions("The drills focus on the joint seizure of air superiority and control over key sea lanes by the navy.")
    assert "armed_clash" not in {m.kind for m in found}


@pytest.mark.parametrize(
    "sentence,country,date",
    [
        # FrameNet's Repel frame: an attack beaten off is a battle, in the defenders' country
        ("Ethiopia's army said on Monday it had repelled an attack by militiamen on Gondar.", "Ethiopia", "2025-09-08"),
        ("Sudanese soldiers repulsed an assault by paramilitary fighters on Kadugli on Wednesday.", "Sudan", "2025-09-10"),
        ("Nigerian troops fended off an attack by insurgents on their base in Borno State on Thursday.", "Nigeria", "2025-09-11"),
        ("Somali forces beat back al-Shabaab militants near Mogadishu on Friday.", "Somalia", "2025-09-12"),
        ("Kenyan soldiers fought off gunmen who stormed a camp on Saturday.", "Kenya", "2025-09-06"),
        ("Myanmar's army drove back resistance fighters on Sunday, state media said.", "Myanmar", "2025-09-07"),
        ("Congolese troops held off an offensive by rebels on the town of Uvira on Tuesday.", "Democratic Republic of the Congo", "2025-09-09"),
        ("Ukrainian forces pushed back a Russian assault near Kupiansk on Monday.", "Ukraine", "2025-09-08"),
        ("An assault on an army camp near Menaka was beaten back by Malian soldiers on Sunday.", "Mali", "2025-09-07"),
        ("Indian troops repelled an infiltration bid along the Line of Control on Tuesday.", "India", "2025-09-09"),
    ],
)
def test_an_attack_repelled_is_an_armed_clash(sentence, country, date):
    assert ("armed_clash", country, date) in {(m.kind, m.country, m.date) for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister repelled criticism of the troops' conduct on Tuesday.",
        "The general fought off a cold on Monday.",
        "Kenya pushed back the deadline for the troops' withdrawal on Tuesday.",
        "Coast guards pushed back migrants near the border with Turkey on Sunday.",
        "The prime minister beat back a challenge from rebels in his party on Tuesday.",
        "Officials held off on an offensive against the rebels on Monday.",
    ],
)
def test_what_is_repelled_that_is_no_armed_attack_is_no_clash(sentence):
    assert "armed_clash" not in {m.kind for m in mentions(sentence)}


def test_a_repelled_air_or_cyber_attack_is_that_attack_not_a_clash():
    ms = mentions("Air defences repelled a drone attack on Kharkiv overnight.")
    assert {(m.kind, m.country) for m in ms} == {("air_or_drone_strike", "Ukraine")}
    ms = mentions("Lithuania repelled a cyberattack on its government servers on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("cyberattack", "Lithuania")}  # aimed at whoever beat it off


def test_a_clash_is_in_the_country_of_the_side_that_fought_else_the_nearest_the_article_names():
    # a demonym names the side's country, also when the place is too small to be known
    ms = mentions("Chadian troops fought rebels near the hamlet of Ouadi Kirembou on Sunday.")
    assert ("armed_clash", "Chad", "2025-09-07") in {(m.kind, m.country, m.date) for m in ms}
    # a place not known, between two sides: neither side's country is taken for it
    ms = mentions("Cambodian and Thai troops exchanged fire in a new round of clashes in Ouadi Kirembou province on Thursday.")
    assert not {m.country for m in ms} & {"Thailand", "Cambodia"}
    # no side's country, no place: the country the article names nearest
    ms = mentions("Violence has spread across Mozambique's north this year. Troops clashed with insurgents on Thursday.")
    assert {(m.kind, m.country, m.date) for m in ms} == {("armed_clash", "Mozambique", "2025-09-11")}
    ms = mentions("Niger's junta faces pressure from the region. Soldiers and jihadists clashed on Wednesday.")
    assert ("armed_clash", "Niger", "2025-09-10") in {(m.kind, m.country, m.date) for m in ms}
    # but a quarrel the sentence does not place is not put in the country named before
    for text in ("Ghana's economy slowed this year. Ministers clashed over the budget on Monday.",
                 "Floods hit Bangladesh in July. Firefighters fought the blaze for hours on Tuesday.",
                 "The vote in Zambia was close. The two parties fought over the results on Sunday."):
        assert "armed_clash" not in {m.kind for m in mentions(text)}


def test_a_groups_fighters_are_no_fighter_jets_and_an_attack_on_forces_is_a_clash():
    ms = mentions("Paramilitary fighters attacked army positions in El-Obeid on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("armed_clash", "Sudan")}
    ms = mentions("Insurgents attacked government forces in Burkina Faso on Tuesday.")
    assert {(m.kind, m.country) for m in ms} == {("armed_clash", "Burkina Faso")}
    ms = mentions("Israeli fighter jets struck targets in Beirut on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("air_or_drone_strike", "Lebanon")}


def test_a_town_is_in_the_country_the_clause_gives_it_not_in_a_namesakes():
    # Palma is also Mallorca's capital; the article names Mozambique, never Spain
    ms = mentions("Insurgents ambushed government forces near Palma in Mozambique on Tuesday.")
    assert {(m.kind, m.country, m.place) for m in ms} == {("armed_clash", "Mozambique", "Palma")}


def test_attacks_someone_was_convicted_or_jailed_for_are_a_past_offence_not_a_report():
    ms = mentions("Thirty prisoners, some convicted of attempted murder for attacks on Israeli forces, were released on Friday.")
    assert "armed_clash" not in {m.kind for m in ms}
    ms = mentions("Police arrested a man for an attack on a police station in Lahore on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("arrest_or_expulsion", "Pakistan")}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("LAGOS, May 6 (Reuters) - Gunmen killed twelve villagers on Sunday, police said.", "Nigeria"),
        ("Nairobi, Sept 16 (AFP) - A car bomb exploded on Wednesday, officials said.", "Kenya"),
    ],
)
def test_a_sentence_naming_no_place_takes_a_news_agencys_datelines_country_not_its_city(text, country):
    (m,) = mentions(text, "2025-05-08")
    assert (m.country, m.place) == (country, "")


@pytest.mark.parametrize("sentence", [
    "The skiff had been spotted by a drone from the Italian frigate Alpino, the Italian defence ministry said.",
    "The dhow was spotted by a drone of Spain's anti-piracy mission Atalanta off Somalia, the Spanish navy said on Monday.",
])
def test_what_a_drone_saw_is_no_drone_in_anyones_airspace(sentence):
    assert "airspace_violation" not in {m.kind for m in mentions(sentence)}


def test_drones_seen_over_a_city_still_are():
    assert ("airspace_violation", "Norway") in {(m.kind, m.country) for m in mentions("Drones were spotted over Oslo on Monday.")}


def test_a_village_the_gazetteer_takes_for_a_town_of_a_country_never_named_is_in_the_article_s_country():
    # Marand is also a town in Iran; the article names Moldova only
    ms = mentions("Border guards detained two shepherds near the village of Marand on Tuesday, "
                  "Moldova's interior ministry said. Moldova demanded their release.")
    assert {(m.country, m.place) for m in ms if m.kind == "arrest_or_expulsion"} == {("Moldova", "Marand")}


def test_a_town_the_article_places_in_its_own_country_keeps_it():
    ms = mentions("Iranian police arrested two smugglers in Marand, a town in northwest Iran, officials said on Tuesday.")
    assert {(m.country, m.place) for m in ms if m.kind == "arrest_or_expulsion"} == {("Iran", "Marand")}


@pytest.mark.parametrize("text,country,place", [
    ("Separatist police detained a journalist in Transnistria on Monday, Moldova's reintegration office said.", "Moldova", "Transnistria"),
    ("Russian border guards detained two farmers in Abkhazia on Monday, Georgia's security service said.", "Georgia", "Abkhazia"),
])
def test_a_breakaway_region_is_the_recognised_state_s_territory(text, country, place):
    ms = mentions(text)
    assert {(m.country, m.place) for m in ms if m.kind == "arrest_or_expulsion"} == {(country, place)}


def test_occupying_forces_that_detain_someone_do_not_place_it_in_their_own_country():
    # the village is unknown to the gazetteer; the detainers occupy another state's land
    ms = mentions("Armenian occupation forces detained an Azerbaijani shepherd near Qaragol village on Monday, "
                  "Azerbaijan's State Border Service said. Azerbaijan called the detention illegal.")
    assert {m.country for m in ms if m.kind == "arrest_or_expulsion"} == {"Azerbaijan"}
    ms = mentions("Finnish border guards detained two fishermen near Qaragol island on Monday, officials said.")
    assert {m.country for m in ms if m.kind == "arrest_or_expulsion"} == {"Finland"}  # (a state's own forces: at home)


def test_a_municipality_named_for_a_town_abroad_is_in_the_article_s_country():
    # Marand is a town in Iran; the article is about Moldovan villagers
    ms = mentions("Border guards detained two Moldovan farmers in Marand Municipality on Tuesday, officials said.")
    assert {(m.country, m.place) for m in ms if m.kind == "arrest_or_expulsion"} == {("Moldova", "Marand Municipality")}
