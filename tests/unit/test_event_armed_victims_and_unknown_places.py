"""Common ways news reports violence that the rules missed: armed men killed by the other side
(a group killing soldiers, troops killing a group's fighters), abductions, an armed group's
killings told without the victims' words, a bomb named by its participle ("an improvised
explosive device"), and where an event took place when the sentence names only a place the
gazetteer does not know ("Yargoje village", "Katsina State", "Kandahar city") or a village it
does not name. Every sentence here is invented."""

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


# ------------------------------------------------------------------ armed men killed by the other side
def test_a_group_killing_soldiers_or_police_is_an_armed_clash():
    assert kinds("Suspected separatists killed four soldiers in the Anglophone region of Cameroon on Wednesday.") \
        == {("armed_clash", "Cameroon")}
    assert kinds("Gunmen shot dead two policemen at a checkpoint in Quetta on Monday.") == {("armed_clash", "Pakistan")}
    # soldiers killed, no one named as the killer: the fighting the army reports
    ms = mentions("Nine soldiers were killed on Tuesday in northern Burkina Faso, the army said.")
    assert [(m.kind, m.country, m.date) for m in ms] == [("armed_clash", "Burkina Faso", "2025-09-09")]


def test_troops_killing_a_group_s_fighters_is_an_armed_clash():
    assert kinds("Troops killed 12 militants in an operation in Cabo Delgado on Tuesday, the army said.") == {("armed_clash", "Mozambique")}
    assert kinds("The army said on Monday that 20 assailants were neutralised near Djibo in Burkina Faso.") == {("armed_clash", "Burkina Faso")}


def test_soldiers_killed_by_a_bomb_are_its_toll_and_civilians_killed_are_no_clash():
    assert kinds("A roadside bomb killed four soldiers in Mali's Mopti region on Sunday, the army said.") == {("explosion_or_sabotage", "Mali")}
    assert "armed_clash" not in {k for k, _ in kinds("Gunmen killed nine farmers near a village in Benue State on Monday, police said.")}


def test_a_count_of_soldiers_killed_is_read_through_its_of_phrase():
    assert ("armed_clash", "Colombia") in kinds("Dozens of soldiers were killed by guerrillas in Arauca, Colombia, on Tuesday.")


def test_killings_over_years_are_no_clash_of_the_day():
    assert kinds("More than 170 peacekeepers have been killed in Mali since 2013.") == set()
    assert kinds("The insurgency has killed more than 4,000 soldiers and civilians in Burkina Faso since 2015.") == set()


# ------------------------------------------------------------------------------------ abductions
def test_an_abduction_is_an_attack_on_civilians_whoever_was_taken():
    assert kinds("Gang members kidnapped 17 missionaries near Port-au-Prince on Saturday, Haitian police said.") == {("attack_on_civilians", "Haiti")}
    assert kinds("Armed men abducted an aid worker in Bamako on Monday, security sources said.") == {("attack_on_civilians", "Mali")}


# ------------------------------------------------- an armed group's killings without the victims' words
def test_an_armed_group_attacking_or_killing_unnamed_victims_is_an_attack_on_civilians():
    assert kinds("Bandits attacked Dan Kade in Katsina on Tuesday night, killing 18.") == {("attack_on_civilians", "Nigeria")}
    assert kinds("Militants killed 11 in a raid on a market in Borno on Monday.") == {("attack_on_civilians", "Nigeria")}
    # a group's attack that killed soldiers is a clash, not this
    assert "attack_on_civilians" not in {k for k, _ in kinds("Jihadists attacked soldiers near Menaka in Mali on Sunday, killing six.")}


# ------------------------------------------------------------------------- a bomb by its participle
def test_an_improvised_explosive_device_is_a_bomb_not_a_description():
    assert kinds("Two peacekeepers were killed when their vehicle struck an improvised explosive device near Kidal in Mali on Tuesday.") \
        == {("explosion_or_sabotage", "Mali")}


# --------------------------------------------------------------------- places the gazetteer knows by another word
def test_a_region_or_city_named_with_its_administrative_word_is_found():
    assert kinds("Gunmen killed nine farmers near Guma town in Benue State on Monday, police said.") == {("attack_on_civilians", "Nigeria")}
    assert kinds("A roadside bomb exploded in Kandahar city on Monday, killing two.") == {("explosion_or_sabotage", "Afghanistan")}


def test_a_group_named_for_a_place_is_a_side_not_the_place():
    assert kinds("Ethiopian forces clashed with Fano militiamen in Gondar on Monday, residents said.") == {("armed_clash", "Ethiopia")}


# ------------------------------------------------------------------- places the gazetteer does not know
def test_an_unknown_village_is_in_the_country_the_article_is_about():
    text = ("Bandits attacked Yargoje village in Kankara on Tuesday, killing 23 villagers, residents said.\n\n"
            "The attack was the deadliest in northwestern Nigeria this year, and Nigeria's police said 11 people had died.")
    assert ("attack_on_civilians", "Nigeria") in kinds(text)
    # a village the model does not even tag as a place
    text = ("Militants attacked Ntoni village on Saturday, killing seven villagers, residents said. "
            "Mozambique's army said it had sent troops to the district, and Mozambique's president condemned the attack.")
    assert kinds(text) == {("attack_on_civilians", "Mozambique")}


def test_an_unknown_place_is_never_placed_in_the_country_of_the_state_that_struck():
    text = ("Turkish jets struck hideouts near Hakurk Kalay on Monday, killing nine militants, officials in Iraq said. "
            "Iraq summoned Turkey's ambassador over the strikes, the third this month.")
    assert "Turkey" not in {c for _, c in kinds(text)}


def test_an_acronym_or_a_headline_s_capitalised_words_are_no_place_to_guess_a_country_for():
    text = "Two Soldiers Killed in Jihadist Attack\n\nMali's army said on Sunday that two soldiers had been killed near Menaka in an attack on their post."
    assert "attack_on_civilians" not in {k for k, _ in kinds(text)}


# ------------------------------------------------------------- who struck, not whom a strike hit
def test_a_state_s_strikes_on_a_group_s_hideouts_are_strikes_but_a_group_s_strike_is_none():
    assert kinds("Turkey carried out strikes on rebel hideouts inside Iraq's Duhok province on Thursday, killing nine people, Iraqi officials said.") \
        == {("air_or_drone_strike", "Iraq")}
    found = {k for k, _ in kinds("Suspected members of a militant group have struck another village in Mozambique's north, killing five people.")}
    assert "air_or_drone_strike" not in found and "attack_on_civilians" in found


# --------------------------------------------------------------- forces that came under fire or attack
def test_forces_that_came_under_fire_or_attack_fought_a_battle():
    assert kinds("A UN convoy came under attack near Kidal in Mali on Tuesday, the mission said.") == {("armed_clash", "Mali")}
    assert kinds("An army patrol came under heavy fire near the town of Tiris in Western Sahara on Sunday.") == {("armed_clash", "Western Sahara")}
    assert kinds("Peacekeepers were attacked near Beni in the Democratic Republic of Congo on Monday, leaving one dead.") \
        == {("armed_clash", "Democratic Republic of the Congo")}
    # a minister under fire, a base under drone attack: no battle
    assert "armed_clash" not in {k for k, _ in kinds("The defence minister came under fire in parliament in Nairobi on Monday.")}


# ------------------------------------------------------------------- buildings a group burned
def test_a_group_burning_a_school_or_homes_attacks_civilians_but_a_fire_does_not():
    assert kinds("Separatist fighters burned down a school in Bamenda on Monday, the government said.") == {("attack_on_civilians", "Cameroon")}
    assert kinds("A wildfire burned 200 homes in a village near Valparaiso on Monday.") == set()


# ------------------------------------------------------------------- an article with no date
def test_a_weekday_and_date_in_an_undated_article_that_names_earlier_years_is_a_day_of_a_year_unknown():
    text = ("A suicide bomber killed at least 14 people at a market in Herat on Thursday, August 22, officials said.\n\n"
            "The group has carried out dozens of bombings in the province since 2015, including one in Kabul in 2020.")
    ms = mentions(text, published="")
    assert [(m.kind, m.country, m.date) for m in ms if m.kind == "explosion_or_sabotage"][:1] == [("explosion_or_sabotage", "Afghanistan", "--08-22")]


# ------------------------------------------------------------------- whose bases, and where they are
def test_a_country_s_bases_in_another_country_are_in_that_other_country():
    assert kinds("Iran fired missiles at US bases in Iraq on Monday.") == {("shelling_or_missile_attack", "Iraq")}
    assert kinds("India struck Pakistani cities on Wednesday, killing 26 people.") == {("air_or_drone_strike", "Pakistan")}


# ------------------------------------------------------------------------ a prison riot
def test_a_riot_of_inmates_in_a_prison_is_no_protest():
    text = "Inmates in Honduras fought each other with knives in a riot that left 12 prisoners dead, police said on Monday."
    assert "protest" not in {k for k, _ in kinds(text)}


# --------------------------------------------------------- a date the parser hung on a participle
def test_a_date_hung_on_the_participle_describing_the_object_is_the_event_s():
    ms = mentions("An explosion struck a vehicle carrying police officers in the Sabari district of Khost province on Tuesday evening, "
                  "killing three, local sources said.", published="2024-06-12")
    assert [(m.kind, m.date) for m in ms] == [("explosion_or_sabotage", "2024-06-11")]


# ----------------------------------------------- a region named only with its administrative word
def test_a_region_the_model_did_not_tag_still_says_the_country_of_an_unknown_village():
    text = ("Gunmen kill 15 worshippers in mosque attack\n\n"
            "Gunmen on Friday killed 15 worshippers during prayers at a mosque in Mailalle village, "
            "Sabon Birni Local Government Area of Sokoto State.")
    assert {(k, c) for k, c in kinds(text, published="")} == {("attack_on_civilians", "Nigeria")}


def test_murder_and_slaughter_of_civilians_are_attacks_on_them():
    assert kinds("Gunmen slaughtered 12 farmers in Benue on Monday, police said.") == {("attack_on_civilians", "Nigeria")}
    assert kinds("Suspected rebels murdered eight persons in a village near Beni in Congo on Monday.") \
        == {("attack_on_civilians", "Democratic Republic of the Congo")}


# ------------------------------------------------------------ a town's name shared across borders
def test_a_town_is_in_the_country_of_the_province_the_sentence_puts_it_in():
    assert kinds("An explosion in the Asadabad city of Kunar province on Monday killed two police officers.") \
        == {("explosion_or_sabotage", "Afghanistan")}
    assert kinds("A bomb exploded in Asadabad, Kunar province, on Monday, killing two.") == {("explosion_or_sabotage", "Afghanistan")}
