"""Defects a reader of news on unrest in an overseas territory found, reproduced on invented
sentences: a family name with its particle ("Le Franc", "Du Pont") is the person named in full
before it, not a new person "Franc"; an accidental shooting is no armed clash; "the <nationality>
leader" is the head of state the article names, known from the alias file when the article gives
no title; "the government's representative" is the envoy or commissioner the article names."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

from .test_attribution import analyse, who


# ---------------------------------------------------------------- a family name with its particle

def test_a_surname_with_a_capitalised_particle_is_the_person_named_in_full():
    text = ('Henri Le Garrec, the regional prefect, announced new curfews in the port city on Monday.\n\n'
            '"We will restore order street by street," Le Garrec told reporters at a briefing.\n\n'
            'Le Garrec said "convoys of food" would begin on Tuesday.\n')
    (src,), d = analyse(text)
    assert who(d, src, "restore order") == who(d, src, "convoys of food") == "Henri Le Garrec"
    assert not any(a.name == "Garrec" for a in d.actors.actors.values())


def test_a_surname_opening_with_van_is_the_person_named_in_full():
    text = ('Mayor Marc Van Houten spoke on Monday in the flooded town.\n\n'
            '"The dikes will hold," Van Houten told reporters.\n')
    (src,), d = analyse(text)
    assert who(d, src, "dikes will hold") == "Marc Van Houten"
    assert not any(a.name == "Houten" for a in d.actors.actors.values())


# ---------------------------------------------------------------- accidents are no violence

PUBLISHED = "2025-09-11"


def _kinds(text: str) -> set[str]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=PUBLISHED))
    return {m.kind for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_policeman_killed_by_an_accidental_gunshot_is_no_armed_clash():
    assert "armed_clash" not in _kinds('In Port Ardent, a policeman was killed on Tuesday by an "accidental gunshot", the ministry said.')
    assert "armed_clash" not in _kinds("A soldier was accidentally shot dead by a comrade at a base in Kenya on Monday.")
    # a policeman shot by gunmen stays a clash
    assert "armed_clash" in _kinds("Gunmen shot dead two policemen at a checkpoint in Quetta on Monday.")


# ---------------------------------------------------------------- "the French leader", "the government's representative"

def test_the_nationality_leader_is_the_head_of_state_the_alias_file_knows_when_the_article_gives_no_title():
    # the alias file gives Emmanuel Macron's role (president) and country (France)
    text = ('Emmanuel Macron landed in the island\'s capital on Friday after a long flight.\n\n'
            'Leaving the plane, the French leader told reporters he wanted "calm to come back quickly."\n')
    (src,), d = analyse(text)
    assert who(d, src, "calm to come back") == "Emmanuel Macron"


def test_the_nationality_leader_is_the_president_named_with_a_title():
    text = ('President Jean Morel flew to the island on Thursday.\n\n'
            'Leaving the plane, the French leader told reporters he wanted "calm to come back quickly."\n')
    (src,), d = analyse(text)
    assert who(d, src, "calm to come back") == "Jean Morel"


def test_the_government_s_representative_is_the_commissioner_named_after_it_in_the_lead():
    text = ('Unrest in Papeete: curfew extended, French representative says\n\n'
            'By Anne Roux\n\n'
            'Tensions remained high on Friday as the French government\'s representative said some districts had '
            '"slipped out of control".\n\n'
            'Paul Girard, high commissioner of the Republic in French Polynesia, announced new deployments.\n')
    (src,), d = analyse(text)
    assert who(d, src, "slipped out of control") == "Paul Girard"


def test_an_envoy_posted_abroad_is_not_the_host_country_s_envoy():
    text = ('Ali Reza, the US envoy to Japan, met officials on Monday.\n\n'
            'The Iranian envoy said the talks were "a waste of time".\n')
    (src,), d = analyse(text)
    assert who(d, src, "a waste of time") != "Ali Reza"


# ---------------------------------------------------------------- "the High Commission of X", "the Commission"

def _names(d) -> set[str]:
    return {a.name for a in d.actors.actors.values()}


def test_a_body_s_name_the_model_cut_in_two_is_one_body_and_its_short_form_is_it():
    text = ('Earlier, the High Commission of Tonga, which represents the state on the islands, said that 300 police '
            'would be flown in.\n\n'
            '"Calm is returning across the islands," the High Commission said in a statement.\n')
    (src,), d = analyse(text)
    assert who(d, src, "Calm is returning") == "High Commission of Tonga"
    assert not {"High", "the High", "High Commission", "European Commission"} & _names(d)


def test_a_bare_commission_is_the_european_commission_only_where_the_article_names_it():
    text = ('On Monday the Electoral Commission of Tonga said that the vote would be delayed.\n\n'
            '"The rolls are not ready," the Commission said in a statement.\n')
    (src,), d = analyse(text)
    assert who(d, src, "rolls are not ready") == "Electoral Commission of Tonga"
    assert "European Commission" not in _names(d)
    text = ('The European Commission proposed new tariffs on steel on Monday.\n\n'
            '"Our industry needs protection," the Commission said in a statement.\n')
    (src,), d = analyse(text)
    assert who(d, src, "industry needs protection") == "European Commission"


# ---------------------------------------------------------------- troops deployed go where they are sent

def _placed(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=PUBLISHED))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_troops_deployed_to_a_territory_are_placed_there_not_at_home():
    assert _placed("France deploys more troops to French Polynesia amid unrest") == {("exercise_or_mobilisation", "French Polynesia")}
    # a headline that names where the leader goes names where the troops go
    assert _placed("Leader heading to French Polynesia as France deploys more troops amid unrest") \
        == {("exercise_or_mobilisation", "French Polynesia")}
    # troops massed with no destination stay at home
    assert _placed("Russia masses troops on its border as talks stall") == {("exercise_or_mobilisation", "Russia")}
