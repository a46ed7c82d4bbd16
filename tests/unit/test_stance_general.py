"""Stance cues that hold on any conflict (issue 16): kinds of error found on news of topics
the cue file was not written for, each checked on invented sentences of other conflicts."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import cue_hits, load_lexicon

from .test_attribution import analyse
from .test_stance import suggested


def labels_of(text: str) -> list[str]:
    return [h.label for h in cue_hits(text, load_lexicon())]


# 1. An actor announcing its own side's use of force, or coercing by diplomacy, is hawkish.
@pytest.mark.parametrize(
    "text,name,act",
    [
        ("“At dawn our navy conducted a precision strike on a smuggling boat off the cape,” Admiral Tove Lind said.\n",
         "Tove Lind", "a claim of its own side's use of force"),
        ("“Our forces destroyed a rebel brigade near the pass,” Colonel Ivo Brandt said.\n",
         "Ivo Brandt", "a claim of its own side's use of force"),
        ("Defence Minister Rana Okafor said the air force struck several militant positions overnight.\n",
         "Rana Okafor", "a claim of its own side's use of force"),
        ("Foreign Minister Ada Kron announced that the country was downgrading diplomatic relations with its neighbour.\n",
         "Ada Kron", "an act of coercion"),
        ("President Lior Tamm closed the northern border crossings and recalled the ambassador from the capital.\n",
         "Lior Tamm", "an act of coercion"),
        ("“We will close the northern border crossings tonight,” Interior Minister Pim Alder said.\n", "Pim Alder", "an act of coercion"),
        ("Coast guard chief Ilse Varga said her officers boarded the cargo ship and took control of it.\n",
         "Ilse Varga", "an act of coercion"),
    ],
)
def test_claiming_ones_own_use_of_force_or_coercion_is_hawkish(text, name, act):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s
    assert s.reason.startswith(act), s.reason


def test_a_claim_of_force_counts_in_the_actors_words_an_attack_in_its_deeds():
    # Launching an offensive is an attack in what the actor did, a claim in what it said.
    s = suggested("General Omar Dask launched a fresh offensive on the northern towns on Friday.\n", "Omar Dask")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an attack"), s
    s = suggested("“We launched a fresh offensive on the northern towns,” General Omar Dask said.\n", "Omar Dask")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a claim of its own side's use of force"), s


def test_a_strike_by_someone_else_is_no_claim_of_the_speakers():
    s = suggested("“An enemy strike killed three militants near the dam,” spokesman Aldo Ferri said.\n", "Aldo Ferri")
    assert s is None or s.label != "hawkish", s


def test_a_denied_strike_is_a_denial_not_a_claim():
    s = suggested("“Our jets did not strike any civilian sites,” spokesman Elan Moss said.\n", "Elan Moss")
    assert s is not None and s.label == "denial", s


# 2. A future or conditional harm to the addressee is a threat.
@pytest.mark.parametrize(
    "text,name",
    [
        ("“Let this serve as notice to any gang that smuggles arms across the river,” Governor Pia Santos said.\n", "Pia Santos"),
        ("Marshal Ugo Bela said the separatists would face “irreparable damage” if they crossed the river.\n", "Ugo Bela"),
        ("Marshal Ugo Bela said the rebels “should anticipate a severe punishment”.\n", "Ugo Bela"),
        ("“The smugglers will face the full fury of our fleet,” Admiral Kai Brun said.\n", "Kai Brun"),
        ("“I can tell you this: the junta has got a lot of trouble,” President Noor Adeyemi said.\n", "Noor Adeyemi"),
    ],
)
def test_a_harm_promised_to_the_addressee_is_a_threat(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "threatening", s
    assert s.reason.startswith("a threat"), s.reason


def test_the_threatened_side_is_not_the_one_threatening():
    # The United States is what faces damage here, said by the marshal: the marshal's threat.
    text = "Marshal Ugo Bela said the United States would face irreparable damage if it joined the war.\n"
    s = suggested(text, "Ugo Bela")
    assert s is not None and s.label == "threatening", s
    s = suggested(text, "United States")
    assert s is None or s.label != "threatening", s


def test_naming_weapons_is_no_nuclear_threat():
    # "nuclear weapons" describing the other side's programme is no threat by the speaker.
    s = suggested("“These plants fuel the regime's drive for nuclear weapons,” the army spokesman Tal Orin said.\n", "Tal Orin")
    assert s is None or s.label != "threatening", s
    assert labels_of("They threatened the use of nuclear weapons.")[-1] == "threatening"


# 4. Denials: evidence dismissed as fake, the contrary maintained, a matter deflected.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Information Minister Rui Pato dismissed the video as AI-generated.\n", "Rui Pato"),
        ("Interior Minister Lea Sorn dismissed the photographs as staged propaganda.\n", "Lea Sorn"),
        ("Interior Minister Hana Birk maintains that the cartel is no longer active in the port.\n", "Hana Birk"),
        ("Spokesman Ivan Loza said the arrest of the crew was not a matter for his government.\n", "Ivan Loza"),
        ("“I can't say anything for sure; that is hardly the prerogative of the palace,” spokesman Ivan Loza said.\n", "Ivan Loza"),
    ],
)
def test_denials_and_deflections(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "denial", s


# 5. Criticism and suspicion of the other side are accusations (hawkish).
@pytest.mark.parametrize(
    "text,name",
    [
        ("In response to the naval patrols, Foreign Minister Eli Marr expressed strong disapproval.\n", "Eli Marr"),
        ("“There is reason to suspect that this trawler cut the pipeline,” police chief Aina Holt said.\n", "Aina Holt"),
        ("“The other side deliberately provoked the incident at the checkpoint,” General Bo Lund said.\n", "Bo Lund"),
        # An accusation naming its target by title and full name.
        ("Premier Ines Falk said the boats came from the south and accused Northern Defence Minister Ivo Rask of arming the smugglers.\n",
         "Ines Falk"),
    ],
)
def test_disapproval_and_suspicion_are_accusations(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s
    assert s.reason.startswith("an accusation"), s.reason


# 6 and 8. A cue's complement decides: support is no force, a supply risk is no appeal, the
# narrator's "sanctions" and "under pressure" are no demand, a eulogy no show of force.
@pytest.mark.parametrize(
    "text,name,wrong",
    [
        ("“We are following the inquiry and stand ready to provide further support,” Secretary-General Ola Brix said.\n",
         "Ola Brix", "hawkish"),
        ("The grid operator Nordlink said the outage raised the risk of power shortages in the winter, its chief Ada Rhee said.\n",
         "Ada Rhee", "cautious"),
        ("“The ship was used to evade sanctions on our oil,” Finance Minister Lena Hauk said.\n", "Lena Hauk", "hawkish"),
        ("“The minister was under pressure all week,” Army spokesman Dan Oyelaran said.\n", "Dan Oyelaran", "hawkish"),
        ("“Sergeant Abel Moyo fought bravely to defend the nation and gave his life,” General Sani Kouma said.\n", "Sani Kouma", "hawkish"),
        ("“We express our solidarity with the people of the valley,” Mayor Idris Tall said.\n", "Idris Tall", "hawkish"),
        # Troops "close to the border" is no closing of a border.
        ("Defence Minister Omar Haidari said the troops were exercising close to the western borders.\n", "Omar Haidari", "hawkish"),
        # Dismissed from a post is no dismissal of evidence.
        ("Defence Minister Omar Haidari said General Rui Teles was dismissed as chief of staff on Monday.\n", "Omar Haidari", "denial"),
        # The other side's seizure, put at a distance, is no act of coercion by the speaker.
        ("Spokesman Ivan Loza said the seizure of the ferry was not a matter for his government.\n", "Ivan Loza", "hawkish"),
    ],
)
def test_the_complement_of_a_cue_decides(text, name, wrong):
    s = suggested(text, name)
    assert s is None or s.label != wrong, s


def test_supporting_an_investigation_is_neutral_and_support_for_talks_cautious():
    s = suggested("“We stand ready to support their investigations,” envoy Mara Quist said.\n", "Mara Quist")
    assert s is not None and s.label == "neutral", s
    s = suggested("“We stand ready to provide support for the peace talks,” envoy Mara Quist said.\n", "Mara Quist")
    assert s is not None and s.label == "cautious", s


def test_calls_for_sanctions_and_pressure_are_demands():
    for text in ("“We will impose new sanctions on the junta,” Minister Rafe Ola said.\n",
                 "“We must step up the pressure on the militia,” Minister Rafe Ola said.\n"):
        s = suggested(text, "Rafe Ola")
        assert s is not None and s.label == "hawkish" and s.reason.startswith("a demand"), s


def test_not_letting_the_other_side_advance_is_deterrence():
    s = suggested("“We will not allow the militia to advance one more metre,” Colonel Awa Diallo said.\n", "Awa Diallo")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a show of force"), s


# 7. A plain statement is shown on the actor's full words, not a phrase quoted in narration.
def test_a_plain_statement_is_shown_on_the_longest_quote():
    text = ("Prime Minister Ivo Tarn said the raid targeted “the core” of the cartel.\n\n"
            "“The port will reopen next week and the ferries will run as usual,” Tarn said.\n")
    s = suggested(text, "Ivo Tarn")
    assert s is not None and s.label == "neutral", s
    assert "ferries" in text[s.start : s.end], text[s.start : s.end]


def test_a_force_that_must_be_stopped_is_hawkish():
    s = suggested("“If not stopped, the cartel could flood the region with weapons,” Minister Teo Lasa said.\n", "Teo Lasa")
    assert s is not None and s.label == "hawkish", s


def test_a_claim_on_the_actors_authority_next_to_a_phrase_it_is_quoted_for():
    # The partial quote inside the sentence does not hide the sentence given on its authority.
    text = ("Four jets struck the depot and destroyed two “rebel artillery positions near the dam” on Friday, "
            "according to army spokesman Mika Rahn, and the raid lasted an hour.\n")
    s = suggested(text, "Mika Rahn")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Answering with force and a posture of alert are a show of force.
        ("General Ren Sato said the garrison was responding with proportionate and necessary force.\n", "Ren Sato", "hawkish"),
        ("Colonel Ama Boateng said the border units had been told to keep a strong vigil along the lake.\n", "Ama Boateng", "hawkish"),
    ],
)
def test_answering_with_force_and_a_posture_of_alert(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_a_verb_parsed_as_an_adjective_of_its_object_keeps_its_clause():
    # The parser may take "closed" for an adjective of "crossings"; the clause of what the
    # country did is still the whole of it.
    text = "Laos closed northeastern border crossings with Vietnam and said Tuesday it was recalling its envoy.\n"
    s = suggested(text, "Laos")
    assert s is not None and s.label == "hawkish", s
    assert "border crossings" in text[s.start : s.end], text[s.start : s.end]


# 3. A clause about someone else in the actor's words is no evidence of the actor's own act:
# a witness telling what the raiders did, a leader saying what the other side wants.
@pytest.mark.parametrize(
    "text,name,wrong",
    [
        ("“At dawn the rebels seized four fishermen and burned their boats,” villager Tamar Osei said.\n", "Tamar Osei", "hawkish"),
        # (police, not soldiers: "soldiers"/"troops" are what an official calls its own side, so a
        # civilian's report of soldiers' inaction still reads as a cautious stance: a known limit)
        ("Farmer Lue Kanda said that police posted at the bridge had made no attempt to engage the raiders.\n", "Lue Kanda", "cautious"),
        ("“They want to negotiate now. The cartel has got a lot of trouble,” President Noor Adeyemi said.\n", "Noor Adeyemi", "cautious"),
    ],
)
def test_what_someone_else_did_or_wants_is_not_the_speakers_act(text, name, wrong):
    _, d = analyse(text)
    assert d.actors.resolve(name) is not None  # the speaker is found, so the check below means something
    s = suggested(text, name)
    assert s is None or s.label != wrong, s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The speaker's own side, or a call on the other side, still counts.
        ("“Our coast guard seized the smuggling boat at dawn,” Interior Minister Ines Rau said.\n", "Ines Rau", "hawkish"),
        ("“We seized the smuggling boat at dawn,” Interior Minister Ines Rau said.\n", "Ines Rau", "hawkish"),
        ("“The militias must negotiate with the council,” envoy Sara Lind said.\n", "Sara Lind", "cautious"),
        ("“We are ready to negotiate with the council,” rebel commander Idris Bako said.\n", "Idris Bako", "cautious"),
    ],
)
def test_the_speakers_own_side_or_a_call_on_others_still_counts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


# 4. Kinds of cue the first unseen batch had no word for.
@pytest.mark.parametrize(
    "text,name,label",
    [
        # A promise that no attack goes unanswered is a threat, even beside the reporter's "accused".
        ("“We will not leave any attack on our border posts unanswered,” General Ravi Sethi said.\n", "Ravi Sethi", "threatening"),
        ("General Ravi Sethi, who accused the militia of provoking the clashes, said: “We will not leave any attack unanswered.”\n",
         "Ravi Sethi", "threatening"),
        # Cooperating with others is an intent to cooperate; working with others to investigate weighs the facts.
        ("“Our crews are working closely with the local authorities in the harbour,” company spokeswoman Eda Lunn said.\n",
         "Eda Lunn", "cautious"),
        ("Mayor Tomas Hale said the city was working with the police to investigate the breach of its water plant.\n",
         "Tomas Hale", "neutral"),
        # Charging the other side with indiscriminate attacks is an accusation.
        ("“The militia indiscriminately launched mortar rounds at the market,” Governor Asha Kimani said.\n", "Asha Kimani", "hawkish"),
    ],
)
def test_threats_cooperation_and_accusations_of_other_conflicts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


# 5. Who a clause is about, and where it ends.
def test_a_person_in_apposition_is_the_agent_of_the_clause():
    from .test_attribution import analyse

    (src,), d = analyse("The head of the Red Crescent clinic in the port, Lina Farouk, spoke of nine dead and 14 injured.\n")
    frames = d.analyses[src.id].frames
    assert any(f.agent_text == "Lina Farouk" for f in frames), frames
    s = suggested("The head of the Red Crescent clinic in the port, Lina Farouk, spoke of nine dead and 14 injured.\n", "Lina Farouk")
    assert s is not None and s.label == "neutral", s


def test_a_clause_coordinated_inside_a_report_is_part_of_it():
    text = ("Both armies gave casualty figures on Monday, with General Ivo Marek claiming two of his soldiers were wounded "
            "and 30 rebel fighters killed.\n")
    s = suggested(text, "Ivo Marek")
    assert s is not None and s.label == "hawkish" and "fighters killed" in s.reason, s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # An answer promised for an act already done is a threat; deterring a future one is hawkish.
        ("“This cowardly raid will have a decisive and painful answer,” rebel spokesman Diego Ruano said.\n", "Diego Ruano", "threatening"),
        ("“Any further incursion will be met with a firm response,” spokesman Diego Ruano said.\n", "Diego Ruano", "hawkish"),
        # Alleging that the other side did it is an accusation.
        ("Kenyan police alleged that three of the bombers had crossed from the neighbouring country.\n", "Kenyan police", "hawkish"),
    ],
)
def test_retaliation_for_an_act_done_and_allegations(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


@pytest.mark.parametrize(
    "text,name",
    [
        # The subject of a passive accusation or threat is its target, and what it is charged with
        # is the accusers' words.
        ("The Tarsan Liberation Front has been accused by aid groups of shelling markets as collective punishment of the valley.\n",
         "Tarsan Liberation Front"),
        ("General Tomas Vell was threatened with sanctions by the council after the raid.\n", "Tomas Vell"),
    ],
)
def test_the_subject_of_a_passive_accusation_is_its_target(text, name):
    s = suggested(text, name)
    assert s is None or s.label not in ("hawkish", "threatening"), s


def test_the_same_group_accusing_in_the_active_voice_is_hawkish():
    # The control of the test above: the voice, not the group or the words, makes the difference.
    text = "The Tarsan Liberation Front has accused aid groups of shelling markets as collective punishment of the valley.\n"
    s = suggested(text, "Tarsan Liberation Front")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


# 6. A factual report stays neutral; a claim of killing the other side's fighters is hawkish
# only where the speaker's side did it.
@pytest.mark.parametrize(
    "text,name,label",
    [
        ("District commissioner Peter Lemaiyan said police had been deployed to the valley and calm had returned.\n",
         "Peter Lemaiyan", "neutral"),
        ("District commissioner Peter Lemaiyan urged calm after the clashes in the valley.\n", "Peter Lemaiyan", "cautious"),
        ("“Our forces repelled the assault and killed 30 insurgents near the ford,” army spokesman Colonel Idrissa Kane said.\n",
         "Idrissa Kane", "hawkish"),
        ("“The gunmen killed two militia fighters at the checkpoint and fled,” herder Musa Adamu said.\n", "Musa Adamu", "neutral"),
    ],
)
def test_calm_reported_or_asked_for_and_killing_claimed_or_witnessed(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Retaliation deferred is a threat.
        ("“We will answer this aggression at a time and place of our choosing,” Defence Minister Hamid Rostami said.\n",
         "Hamid Rostami", "threatening"),
        # Agreeing to a pause in fighting is a concession.
        ("“We have accepted a 48-hour truce so that the wounded can be evacuated,” militia leader Abdi Farah said.\n",
         "Abdi Farah", "cautious"),
        # Fighting that must stop, whoever does it, is an appeal for restraint.
        ("“The bombardment has to stop now,” UN coordinator Anna Berg said.\n", "Anna Berg", "cautious"),
        # "They" in a quote inside a clause of saying is someone else: no cooperation of the speaker's.
        ("“They cooperated with the occupiers and betrayed us,” villager Olena Marchuk said.\n", "Olena Marchuk", "neutral"),
    ],
)
def test_deferred_retaliation_truces_calls_to_stop_and_others_cooperation(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_dealing_firmly_with_any_further_violation_is_deterrence():
    text = "“Any further incursion across the river will be dealt with firmly,” army chief Sipho Ndlovu said.\n"
    s = suggested(text, "Sipho Ndlovu")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a show of force"), s


def test_a_resolve_to_protect_the_countrys_integrity_is_a_show_of_force():
    text = "“We reaffirm our unwavering resolve to safeguard our territorial integrity,” Foreign Minister Dalia Sabri said.\n"
    s = suggested(text, "Dalia Sabri")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a show of force"), s
