"""Event rules for words that report no event of their own (kinds of events listed in the
background, fire aimed at an aircraft, a period begun "since" a date), for armed groups named by
their nationality, and for a noun the parser took for a verb. Every sentence here is invented,
about conflicts other than those of the real-news set."""

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


# ------------------------------------------------------------------ kinds of events, no event
def test_incidents_of_a_kind_listed_in_the_background_are_no_events():
    got = kinds("The bombing follows incidents of arson, kidnapping and cyberattacks in Chile and other South American countries.")
    assert ("cyberattack", "Chile") not in got
    assert not kinds("Police in Ecuador said acts of sabotage and arson have become common in the port city of Guayaquil.")


def test_a_bare_plural_told_of_a_country_and_other_countries_is_no_event():
    assert ("cyberattack", "Germany") not in kinds("Hackers have carried out cyberattacks on hospitals in Germany and other European countries.")


def test_a_counted_or_dated_instance_is_still_an_event():
    assert ("cyberattack", "Norway") in kinds("Incidents of arson and cyberattacks on hospitals in Norway on Sunday disrupted care, police said.")
    assert ("explosion_or_sabotage", "Finland") in kinds("Two acts of sabotage damaged an undersea cable between Finland and Estonia on Sunday.")


# -------------------------------------------------------------------- fire aimed at aircraft
def test_fire_opened_at_a_drone_or_a_plane_is_no_armed_clash():
    assert "armed_clash" not in {k for k, _ in kinds("Border guards in Moldova opened fire at a drone to keep it from reaching the depot late on Sunday.")}
    assert "armed_clash" not in {k for k, _ in kinds("Gunmen opened fire on a passenger plane as it landed in Juba, South Sudan, on Monday, wounding a pilot.")}


def test_fire_opened_on_soldiers_is_still_an_armed_clash():
    assert ("armed_clash", "South Sudan") in kinds("Gunmen opened fire on soldiers at a checkpoint in Juba, South Sudan, on Monday.")


# ------------------------------------------------------------------------- since a date
def test_a_date_after_since_is_when_a_period_began_not_the_events_day():
    ms = mentions("A Tigray official said a drone strike on Friday in Mekelle, Ethiopia, killed four people, the deadliest since 4 November.")
    assert [(m.kind, m.date) for m in ms] == [("air_or_drone_strike", "2025-09-05")]
    # with no publication date, the weekday cannot be resolved: the event stays undated, not 4 November
    ms = mentions("A Tigray official said a drone strike on Friday in Mekelle, Ethiopia, killed four people, the deadliest "
                  "since 4 November, in a war that began in 2020.", "")
    assert [m.date for m in ms if m.kind == "air_or_drone_strike"] == [""]


def test_fire_exchanged_near_daily_since_a_war_began_is_no_one_clash():
    got = kinds("The Karen rebels have exchanged near-daily fire with Myanmar troops since the army seized power in Myanmar.")
    assert "armed_clash" not in {k for k, _ in got}


# ------------------------------------------------------ armed groups named by nationality
def test_a_nationality_does_not_make_an_armed_groups_attack_a_states():
    ms = mentions("Honduran gangs attacked neighbourhoods in the capital Tegucigalpa on Monday, killing three residents.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_civilians", "Honduras")}
    assert "air_or_drone_strike" not in {m.kind for m in ms}


def test_a_groups_nationality_places_its_attack_when_the_clause_names_no_place():
    assert kinds("Colombian rebels attacked an army post near the border with Venezuela on Monday.") == {("armed_clash", "Colombia")}


def test_an_attack_on_a_village_told_again_is_the_articles_clash():
    ms = mentions("Deadly attack on village in Zamfara state\n\n"
                  "Suspected bandits have stormed a village in north-west Nigeria, police said on Tuesday.")
    assert [m.kind for m in ms if m.country == "Nigeria"] == ["armed_clash", "armed_clash"]  # the headline's and the report's


def test_attacks_on_a_sides_positions_are_in_its_country_when_no_place_is_said():
    ms = mentions("Kyiv, Ukraine - Ukraine said its forces repelled two assaults overnight. "
                  "The rebels announced they had carried out attacks on Russian positions on Friday.")
    assert ("armed_clash", "Russia") in {(m.kind, m.country) for m in ms}


# ------------------------------------------------------ a noun the parser took for a verb
def _misparsed():
    """"Two drones were used to attack the Akkas gasfield in the Anbar region of Iraq last week",
    parsed as the model sometimes parses an unknown compound: "gasfield" a bare verb of its own."""
    import spacy
    from spacy.tokens import Doc

    rows = [("Two", "NUM", "CD", "nummod", 1), ("drones", "NOUN", "NNS", "nsubjpass", 3), ("were", "AUX", "VBD", "auxpass", 3),
            ("used", "VERB", "VBN", "ROOT", 3), ("to", "PART", "TO", "aux", 5), ("attack", "VERB", "VB", "xcomp", 3),
            ("the", "DET", "DT", "det", 7), ("Akkas", "PROPN", "NNP", "dobj", 5), ("gasfield", "VERB", "VB", "advcl", 3),
            ("in", "ADP", "IN", "prep", 8), ("the", "DET", "DT", "det", 12), ("Anbar", "PROPN", "NNP", "compound", 12),
            ("region", "NOUN", "NN", "pobj", 9), ("of", "ADP", "IN", "prep", 12), ("Iraq", "PROPN", "NNP", "pobj", 13),
            ("last", "ADJ", "JJ", "amod", 16), ("week", "NOUN", "NN", "npadvmod", 8)]
    words, pos, tags, deps, heads = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


def test_the_phrases_of_a_name_the_parser_read_as_a_verb_are_the_attacks():
    from annotate.nlp import events

    doc = _misparsed()
    attack = doc[5]
    assert {"Iraq", "region", "week"} <= {doc[i].text for i in events._clause(attack)}  # in the Anbar region of Iraq, last week
    assert doc[8].i in events._event_scope(attack)  # the date hanging on "gasfield" is the attack's
    # a verb with its own subject or marker is a clause of its own, as before
    assert events._stray_verbs(doc[8]) == []


# ------------------------------------------------------------ what the fire or killing hit
def test_fire_opened_at_people_who_are_no_armed_side_is_an_attack_on_civilians_not_a_clash():
    ms = mentions("Gunmen opened fire at a wedding in the Honduran city of San Pedro Sula late Saturday, killing nine guests, police said.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_civilians", "Honduras")}


def test_armed_men_killed_are_no_civilians():
    got = kinds("At least 11 militants were killed in Mandera, Kenya, on Tuesday, a security official said.")
    assert "attack_on_civilians" not in {k for k, _ in got}
    # civilians killed by the militants are
    assert ("attack_on_civilians", "Kenya") in kinds("Militants killed 11 villagers in Mandera, Kenya, on Monday, police said.")


# --------------------------------------------------------------------- no event, a pattern
def test_a_noun_trigger_with_no_is_negated():
    assert not kinds("Police in Ecuador said the gunmen fled. No arrests have been made in Guayaquil.")


def test_a_state_of_affairs_in_the_present_is_no_event():
    got = kinds("Gunmen killed seven people in Culiacan, Mexico, on Sunday. Sinaloa has for years been the most violent state in Mexico, "
                "as the Sinaloa cartel fights the Jalisco cartel for control of the routes.")
    assert ("attack_on_civilians", "Mexico") in got and "armed_clash" not in {k for k, _ in got}


def test_what_a_side_has_done_since_a_date_is_no_one_event():
    got = kinds("Turkish jets struck a village in northern Iraq on Tuesday, killing two people. "
                "Turkey has carried out hundreds of strikes on Iraq since the truce collapsed in July.")
    assert [m.date for m in mentions("Turkey has carried out hundreds of strikes on Iraq since the truce collapsed in July.")] == []
    assert ("air_or_drone_strike", "Iraq") in got


def test_a_tally_of_strikes_someone_has_documented_is_no_one_event():
    got = mentions("Rights groups have documented dozens of drone strikes in the Oromia region of Ethiopia and accused both sides of abuses.")
    assert got == []
    # a dated volley is one
    assert ("air_or_drone_strike", "Ethiopia") in kinds("The army carried out dozens of drone strikes in the Oromia region of Ethiopia on Monday.")


def test_who_a_side_is_in_an_undated_relative_clause_is_no_event():
    got = kinds("A drone strike hit a market in Tigray, Ethiopia, on Monday. "
                "Eritrea, which fought alongside Ethiopian troops in Tigray, has been accused of sending soldiers back.")
    assert "armed_clash" not in {k for k, _ in got}
    # a relative clause on a place that tells the event's toll is no description of a side
    got = kinds("Rebels attacked the Cauca village of Toribio in Colombia, which killed four civilians, officials said.")
    assert {c for _, c in got} == {"Colombia"}


SLOVAK = ("A cyberattack disrupted computer systems at three hospitals in Slovakia on Monday. "
          "Ransomware attacks on hospitals have surged across Europe since the war in Ukraine began. "
          "Russia has denied carrying out cyberattacks on other countries. Last year, a similar attack hit a hospital in Kosice.")


def test_a_count_of_attacks_that_rose_and_attacks_on_other_countries_are_no_events():
    ms = mentions(SLOVAK)
    assert [m.date for m in ms if m.place != "Kosice"] == ["2025-09-08"]  # Monday's attack only
    assert not kinds("Kidnappings rose sharply in northern Nigeria, police in Nigeria said.")


def test_a_similar_attack_is_of_the_kind_the_article_just_told():
    assert [m.kind for m in mentions(SLOVAK) if m.place == "Kosice"] == ["cyberattack"]


# ------------------------------------------------------------------ spans, places and days
def test_what_was_done_in_recent_years_is_no_one_event():
    got = mentions("Gunmen abducted 40 worshippers at a mosque in Zamfara state, northwest Nigeria, on Tuesday, police said. "
                   "Armed gangs known locally as bandits have kidnapped thousands of people for ransom in northwest Nigeria in recent years.")
    assert [m.date for m in got] == ["2025-09-09"]


def test_a_day_with_a_when_clause_dates_the_fire_and_an_untagged_province_places_it():
    ms = mentions("An Armenian soldier was wounded on Monday when Azerbaijani forces fired on Armenian positions near the village "
                  "of Khnatsakh in Syunik province, Armenia's defence ministry said.", "2025-02-11")
    assert [(m.kind, m.country, m.date) for m in ms] == [("armed_clash", "Armenia", "2025-02-10")]


# ------------------------------------------------------------- battles and what has gone on
def test_a_shootout_between_border_troops_is_an_armed_clash():
    ms = mentions("A Tajik border guard was killed on Tuesday in a shootout with Kyrgyz border troops near the Vorukh enclave, "
                  "Tajikistan's border service said.", "2025-04-30")
    assert [(m.kind, m.date) for m in ms] == [("armed_clash", "2025-04-29")]


SOMALI = ("MOGADISHU, Jan 21 (Reuters) - Somali troops repelled an attack by al Shabaab militants on a military base in the "
          "Middle Shabelle region of Somalia on Tuesday, killing 20 of the attackers, the army said.\n"
          "Officials said more troops were sent to the area.\n"
          "The group, which is allied to al Qaeda, has been fighting to topple the government for more than 15 years.\n"
          "The United States has also carried out air strikes against the group.")


def test_a_dated_repelled_attack_is_no_undated_strike_told_in_passing_and_what_has_gone_on_is_no_event():
    ms = mentions(SOMALI, "2025-01-22")
    assert [(m.kind, m.country, m.date) for m in ms] == [("armed_clash", "Somalia", "2025-01-21")]


def test_a_group_attacking_a_prison_is_a_battle():
    ms = mentions("Fighters of the group attacked a prison in the port city of Kismayo, Somalia, and freed dozens of inmates, officials said.")
    assert {(m.kind, m.country) for m in ms} == {("armed_clash", "Somalia")}
