"""Stance cues by speech-act class on topics the cue file was not written for (session 6): a
resolve to catch the perpetrators, an open question, a claim after "but", a toll in the
passive, a denied loss, a cue half inside a partial quote, a speech act right after the
actor's name. Every sentence is invented, about conflicts the cue file never saw."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import compile_cue

from .test_stance import suggested


# A resolve to bring those behind an attack to account is a demand for accountability (hawkish).
@pytest.mark.parametrize(
    "text,name",
    [
        ("“We will track down the killers, whoever sent them,” Interior Minister Lena Dova said.\n", "Lena Dova"),
        ("The perpetrators will be punished “no matter where they hide,” said Governor Aiko Tan.\n", "Aiko Tan"),
        ("Mayor Ruben Saldo said those responsible for the pipeline blast would be brought to justice.\n", "Ruben Saldo"),
    ],
)
def test_a_resolve_to_catch_the_perpetrators_is_a_demand(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a demand"), s


def test_an_arrest_reported_is_no_resolve():
    s = suggested("Spokesman Teo Vargas said police arrested two suspects near the dam on Monday.\n", "Teo Vargas")
    assert s is None or not s.reason.startswith("a demand"), s


# An act after "who" in an open question is no one's claim; not prejudging it is restraint.
def test_an_open_question_about_who_attacked_is_no_claim():
    s = suggested("Senator Ruth Abara told reporters it was unclear who had carried out the attack on the depot.\n", "Ruth Abara")
    assert s is None or s.label != "hawkish", s


def test_not_prejudging_who_is_behind_an_attack_is_restraint():
    s = suggested("Minister Ola Brenn told the radio that people should not jump to conclusions about who launched the raid.\n",
                  "Ola Brenn")
    assert s is not None and s.label == "cautious", s


# A claim after "but" is asserted, whatever the actor would not comment on before it.
def test_a_claim_after_but_counts_after_a_refusal_to_comment():
    text = ("General Anton Vey did not comment on the ambush but announced his troops had carried out strikes on "
            "rebel camps.\n")
    s = suggested(text, "Anton Vey")
    assert s is not None and s.label == "hawkish", s


def test_a_fact_not_confirmed_is_still_no_claim():
    s = suggested("General Anton Vey would not confirm that his troops had carried out strikes on rebel camps.\n", "Anton Vey")
    assert s is None or s.label != "hawkish", s


# An optional word in a cue ("carried out (a|an)? ... attack") may be absent.
@pytest.mark.parametrize("text", ["carried out attacks", "carried out an attack", "carried out two fresh attacks"])
def test_an_optional_word_of_a_cue_may_be_left_out(text):
    assert compile_cue("carried out (a|an|two)? ... (attack|attacks)").search(text)


def test_an_optional_word_takes_no_space_of_its_own():
    assert not compile_cue("carried out (a|an)? attack").search("carried out  a  n attack")
    assert compile_cue("our (new)? strikes").search("our strikes")


# A result reported in the passive with no agent is no act claimed by the one reporting it.
@pytest.mark.parametrize(
    "text,name",
    [
        ("At least 40 raiders were killed and dozens of rifles seized, according to army spokesman Tomas Ferro.\n", "Tomas Ferro"),
        ("Harbour master Nils Aga said the trawler was seized near the reef on Sunday.\n", "Nils Aga"),
    ],
)
def test_a_seizure_in_an_agentless_passive_is_no_act_of_coercion(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_a_seizure_by_the_speakers_side_still_counts():
    s = suggested("“Our sailors seized the smugglers' boat off the cape,” Captain Ines Roa said.\n", "Ines Roa")
    assert s is not None and s.label == "hawkish", s


# Denying a loss the other side claims; calling an act a declaration of war; welcoming a step to
# calm; a humanitarian appeal.
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("The garrison town of Orsk “did not fall” to the separatists, General Pavel Kirin said on Monday.\n", "Pavel Kirin", "denial"),
        ("Foreign Minister Lucia Brandt called the shelling of the port a “declaration of war”.\n", "Lucia Brandt", "hawkish"),
        ("Envoy Sam Okoro called the prisoner swap a “hopeful sign”.\n", "Sam Okoro", "cautious"),
        ("“It is urgent to protect civilian lives in the valley,” aid chief Mara Lind said.\n", "Mara Lind", "cautious"),
    ],
)
def test_denied_losses_declarations_of_war_hopeful_signs_and_lives(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


# A cue half in a partial quote, half in the reporter's words around it, is the speaker's.
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("General Ivo Rask said the jets had “destroyed” a rebel battalion near the pass.\n", "Ivo Rask", "hawkish"),
        ("The navy sent two frigates, which Admiral Ilir Dema said had “destroyed” three rebel bases.\n", "Ilir Dema", "hawkish"),
    ],
)
def test_a_cue_across_the_edge_of_a_partial_quote_counts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_a_cue_the_clause_already_counts_is_not_counted_again_across_a_quote():
    # The condolence is in the clause of what the president said; the quote's edge adds nothing
    # to it, and the condemnation in his own words decides.
    text = ("President Omar Dallo condemned the bombing and expressed “deep sorrow over the loss of lives”. "
            "“Such barbaric and cowardly acts reflect the sinister aims of terrorists,” the president said.\n")
    s = suggested(text, "Omar Dallo")
    assert s is not None and s.label == "hawkish", s


# A speech act right after the actor's name, where no clause of it was found, is its word.
def test_a_threat_right_after_the_actors_name_is_its_threat():
    s = suggested("After the raid on Tuesday, the Karsa Front militia threatened a “long and painful response”.\n", "Karsa Front")
    assert s is not None and s.label == "threatening", s


# Alarm for the victims is a cautious stance; a survivor telling of suffering takes none.
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("“The situation in the camps is rapidly deteriorating,” relief coordinator Lena Moss said.\n", "Lena Moss", "cautious"),
        ("Envoy Tariq Sel said the port city had become “a humanitarian catastrophe”.\n", "Tariq Sel", "cautious"),
        ("“We will relentlessly pursue the fight against the insurgents,” Defence Minister Kofi Mensah said.\n",
         "Kofi Mensah", "hawkish"),
    ],
)
def test_humanitarian_alarm_is_cautious_a_resolve_to_keep_fighting_hawkish(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_a_survivor_telling_of_suffering_takes_no_side():
    s = suggested("“There is great suffering in our street since the shelling,” said Ama Kofi, a resident of the town.\n", "Ama Kofi")
    assert s is None or s.label != "cautious", s


@pytest.mark.parametrize("text", ["alarmed by the reports", "deeply alarmed by the reports"])
def test_an_optional_first_word_of_a_cue_may_be_left_out(text):
    assert compile_cue("(deeply|gravely)? alarmed by").search(text)


# A claim of force whose clause has the other side as its subject is what the speaker says the
# enemy did, not a claim of its own side's force.
@pytest.mark.parametrize(
    "text",
    [
        "Army spokesman Ben Ode said armed militants targeted army positions near the river on Tuesday.\n",
        "“They targeted our positions near the river,” Army spokesman Ben Ode said.\n",
    ],
)
def test_the_enemys_attack_told_by_a_spokesman_is_no_claim_of_his(text):
    s = suggested(text, "Ben Ode")
    assert s is None or s.label != "hawkish", s


def test_a_spokesmans_claim_for_his_own_side_still_counts():
    s = suggested("Army spokesman Ben Ode said the air force targeted rebel positions near the river on Tuesday.\n", "Ben Ode")
    assert s is not None and s.label == "hawkish", s


def test_a_call_on_all_parties_is_an_appeal_for_restraint():
    text = ("Envoy Maria Costa said she was saddened by the loss of life and called on all parties to respect "
            "international humanitarian law.\n")
    s = suggested(text, "Maria Costa")
    assert s is not None and s.label == "cautious", s


# Words of strength are a show of force only with what they strengthen: force, defence, deterrence.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Minister Hana Novak called for a robust and transparent investigation into the blast.\n", "Hana Novak"),
        ("Governor Ade Bako said the state would strengthen support for displaced families.\n", "Ade Bako"),
        ("Rights advocate Pia Lund said the credibility of the inquiry depended on access to the site.\n", "Pia Lund"),
        ("Minister Hana Novak said the two countries agreed to strengthen cooperation on border management.\n", "Hana Novak"),
    ],
)
def test_strength_of_an_inquiry_or_of_aid_is_no_show_of_force(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("“We will bolster our air defences along the eastern flank,” Defence Minister Ivo Marek said.\n", "Ivo Marek"),
        ("General Ivo Marek promised a robust response to any incursion.\n", "Ivo Marek"),
    ],
)
def test_strengthening_ones_defences_is_a_show_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


def test_an_incident_called_an_accident_is_restraint_a_road_accident_reported_is_not():
    s = suggested("“The incursion was most likely an accident,” Foreign Minister Rui Costa said.\n", "Rui Costa")
    assert s is not None and s.label == "cautious", s
    s = suggested("Police spokesman Tom Reed said the lorry driver was killed in a road accident near the checkpoint.\n", "Tom Reed")
    assert s is None or s.label != "cautious", s


def test_the_narrators_account_of_atrocities_after_a_statement_is_not_the_speakers():
    text = ("Governor Ali Musa said the road to the town was reopened on Monday. The insurgency has been marked by "
            "brutal massacres and atrocities against villagers since 2017.\n")
    s = suggested(text, "Ali Musa")
    assert s is None or s.label != "hawkish", s


def test_an_accusation_in_the_actors_own_words_still_counts():
    s = suggested("“The insurgents committed brutal massacres in our villages,” Governor Ali Musa said on Monday.\n", "Ali Musa")
    assert s is not None and s.label == "hawkish", s


# What a named other side did, in a spokesman's words, is no claim of his side's force; what his
# own country did is.
def test_the_other_sides_attack_named_by_a_spokesman_is_no_claim_of_his():
    s = suggested("Navy spokesman Dario Lentz said Borduria launched a massive attack on the harbour overnight.\n", "Dario Lentz")
    assert s is None or s.label != "hawkish", s


def test_a_body_telling_what_its_own_country_did_claims_force():
    s = suggested("Chile targeted three smuggling bases near the coast, the Chilean navy said on Sunday.\n", "Chilean navy")
    assert s is not None and s.label == "hawkish", s
