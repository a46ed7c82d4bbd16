"""Events told by a noun of the act with whom it was done to ("the shooting of <a named person>",
"the capture of 12 men"), by a verb that names its means ("bombarded"), and once only when a
sentence names one event by its means and again by a word that names none ("explosions rocked
the capital after the jets' strike"). Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str, published: str = "2025-03-14") -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_the_shooting_of_a_named_person_is_an_attack_on_that_person():
    assert ("attack_on_civilians", "Kenya") in kinds(
        "NAIROBI: Kenya's government said Thursday the suspect in the shooting of Governor Amos Kiprono the day before was a lone wolf.")
    assert ("attack_on_civilians", "Colombia") in kinds("The assassination of Mayor Lena Ortiz in Cali, Colombia on Friday drew condemnation.")


def test_the_capture_of_people_is_an_arrest_and_the_killing_of_armed_men_no_attack_on_civilians():
    assert ("arrest_or_expulsion", "Chile") in kinds("Police in Chile announced the capture of 12 gang members in Arica on Monday.")
    assert ("attack_on_civilians", "Pakistan") not in kinds("The killing of five militants in Mardan, Pakistan on Monday was confirmed by the army.")


def test_a_bombardment_names_its_means_but_questions_bombard_no_one():
    assert ("shelling_or_missile_attack", "Chad") in kinds(
        "The army bombarded rebel positions near Goz Beida in eastern Chad on Saturday.", "2021-04-26")
    assert ("air_or_drone_strike", "Kenya") in kinds("Kenyan jets bombarded a militant camp near Garissa, Kenya on Monday.")
    assert kinds("Reporters bombarded the minister with questions in Nairobi, Kenya on Monday.") == set()


def test_blasts_or_an_attack_told_with_the_strike_of_their_sentence_are_that_strike():
    assert kinds("Multiple explosions rocked the Peruvian capital on Tuesday after Chilean forces said they launched a surprise strike in Lima.") \
        == {("air_or_drone_strike", "Peru")}
    assert kinds("The rocket shelling and drone strikes killed 16 civilians in a targeted attack on neighbourhoods in Kassala, Sudan on Monday.") \
        == {("shelling_or_missile_attack", "Sudan")}


def test_a_vehicle_that_struck_a_mine_is_a_blast_and_a_gang_attack_no_strike():
    assert kinds("The victims were on their way to a market when their bus struck an old mine that detonated near Mardan, Pakistan.") \
        == {("explosion_or_sabotage", "Pakistan")}
    assert ("air_or_drone_strike", "Honduras") not in kinds("Four police officers were wounded in a Honduras gang attack in San Pedro Sula on Sunday.")


def test_the_patron_of_a_group_is_no_party_to_what_the_group_agreed():
    assert ("ceasefire_or_agreement", "Russia") not in kinds(
        "Friday's fighting came a day after the Russia-backed rebels agreed to join UN-backed peace talks in Geneva.")


def test_troops_driven_out_are_not_expelled_as_people_are():
    assert kinds("The Puntland leader reiterated his administration's commitment to expelling Jubaland troops "
                 "from the regions of Gedo and Bay in Somalia.", "2023-08-23") == set()
    assert ("arrest_or_expulsion", "Kenya") in kinds("Kenyan police arrested two soldiers in Nairobi on Monday.")
    assert ("arrest_or_expulsion", "Russia") in kinds("Russia expelled two British diplomats on Monday.")


def test_a_shell_that_exploded_or_landed_is_shelling_but_a_rocket_launch_is_not():
    assert kinds("Chinese casualties were reported after an artillery shell exploded in Laos on Monday.", "2024-01-12") \
        == {("shelling_or_missile_attack", "Laos")}
    assert ("shelling_or_missile_attack", "Democratic Republic of the Congo") in kinds(
        "Two mortar rounds landed near the market in Goma, Congo on Monday.")
    assert not {k for k, _ in kinds("The rocket exploded shortly after launch from the Sohae site in North Korea on Monday.")} \
        & {"shelling_or_missile_attack", "explosion_or_sabotage"}
