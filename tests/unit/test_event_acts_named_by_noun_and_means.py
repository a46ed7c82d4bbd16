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
    assert ("attack_on_civilians", "Ghana") in kinds("ACCRA: Police said on Monday that the man held over the shooting of Senator Kwame Mensah had acted alone.")
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
    assert kinds("Loud explosions shook the Chilean port city on Sunday after Argentine forces said they carried out an air strike in Valparaiso.") \
        == {("air_or_drone_strike", "Chile")}
    assert kinds("Artillery shelling and drone strikes on Kassala, Sudan on Monday killed nine people in what residents called an attack on the whole town.") \
        == {("air_or_drone_strike", "Sudan"), ("shelling_or_missile_attack", "Sudan")}


def test_a_vehicle_that_struck_a_mine_is_a_blast_and_a_gang_attack_no_strike():
    # (a guard: the parse that took "struck" for a strike is not reproduced by this invented text)
    assert kinds("An explosion killed six people in Kunar province, Afghanistan on Thursday. According to police, the victims were "
                 "teachers from Laghman province who were on their way to a school when their vehicle struck an old mine that detonated.") \
        == {("explosion_or_sabotage", "Afghanistan")}
    assert ("air_or_drone_strike", "Honduras") not in kinds("Four police officers were wounded in a Honduras gang attack in San Pedro Sula on Sunday.")


def test_the_patron_of_a_group_is_no_party_to_what_the_group_agreed():
    assert ("ceasefire_or_agreement", "Russia") not in kinds(
        "Friday's fighting came a day after the Russia-backed rebels agreed to join UN-backed peace talks in Geneva.")


def test_troops_driven_out_are_not_expelled_as_people_are():
    assert kinds("Malawi's army expelled Zambian troops from the border districts of Chipata and Lundazi on Monday.") == set()
    assert ("arrest_or_expulsion", "Kenya") in kinds("Kenyan police arrested two soldiers in Nairobi on Monday.")
    assert ("arrest_or_expulsion", "Russia") in kinds("Russia expelled two British diplomats on Monday.")


def test_a_shell_that_exploded_or_landed_is_shelling_but_a_rocket_launch_is_not():
    assert kinds("Three farmers were hurt when an artillery shell exploded in a field in Laos on Monday.") == {("shelling_or_missile_attack", "Laos")}
    assert ("shelling_or_missile_attack", "Democratic Republic of the Congo") in kinds(
        "Two mortar rounds landed near the market in Goma, Congo on Monday.")
    assert not {k for k, _ in kinds("The rocket exploded shortly after launch from the Sohae site in North Korea on Monday.")} \
        & {"shelling_or_missile_attack", "explosion_or_sabotage"}


def test_missiles_intercepted_over_a_country_the_article_has_missiles_hit_are_that_attack():
    assert kinds("Two people were hurt in an Iranian ballistic missile attack on Haifa early Monday. Haifa was shaken by several "
                 "blasts overnight, with Israel's air force intercepting six ballistic missiles.") == {("shelling_or_missile_attack", "Israel")}
