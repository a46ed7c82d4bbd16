"""Speakers an article names by what they are after naming them ("the Vienna-based rights group",
"the joint command", "the force"), and organisations that speak under a name the model did not
tag ("said Menda, a rights network active in the northwest"): on invented sentences about conflicts
of no tuning text, each quote goes to the one actor the article means, never to a person."""

from __future__ import annotations

from annotate.described_speakers import described_head
from annotate.gazetteer import load_gazetteer
from annotate.name_extent import name_extent

from .test_attribution import analyse, quote


def _actor(d, src, fragment):
    return d.actors.get(quote(d, src, fragment).actor_id)


# ---------------------------------------------------------------- pure rules

def test_a_definite_description_of_a_body_has_a_head_noun():
    assert described_head("the Vienna-based rights group") == "group"
    assert described_head("the force") == "force"
    assert described_head("The joint command") == "command"
    assert described_head("the Iran-backed militia") == "militia"


def test_a_name_an_indefinite_phrase_or_a_person_noun_is_no_described_body():
    assert described_head("the Karen National Union") is None  # a name
    assert described_head("a rights group") is None  # indefinite: someone new
    assert described_head("the spokesman") is None  # a person
    assert described_head("the group leader") is None


def test_a_unit_noun_after_an_organisation_s_name_is_part_of_the_name():
    text = "MANILA — Gunmen seized a ferry on Monday, the Asian Maritime League Naval Force said in a statement."
    s = text.index("Asian Maritime League")
    got = name_extent(text, s, s + len("Asian Maritime League"), load_gazetteer(), lambda i, j: False, lambda w: w == "Minister")
    assert text[got[0] : got[1]] == "Asian Maritime League Naval Force"


def test_words_after_an_organisation_that_end_in_no_unit_noun_or_follow_a_state_are_not_the_name():
    gaz = load_gazetteer()
    text = "The Asian Maritime League Monday Talks ended. The Peruvian Customs Service said nothing."
    s = text.index("Asian Maritime League")
    assert name_extent(text, s, s + len("Asian Maritime League"), gaz, lambda i, j: False, lambda w: False) == (s, s + len("Asian Maritime League"))
    s = text.index("Peruvian Customs")
    assert name_extent(text, s, s + len("Peruvian Customs"), gaz, lambda i, j: False, lambda w: False) == (s, s + len("Peruvian Customs"))


# ---------------------------------------------------------------- in a whole analysis

def test_a_described_rights_group_is_the_organisation_named_before_it():
    text = ("Dozens of miners were detained in Bolivia this week, Human Rights Watch said on Monday.\n\n"
            '"At least 40 miners in three towns have been held without charge," the New York-based rights group said.\n\n'
            'It added that "the true number may be far higher".\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "At least 40 miners")
    assert a is not None and a.name == "Human Rights Watch"
    assert _actor(d, srcs[0], "the true number") is a
    assert not any(x.name.lower().endswith("rights group") for x in d.actors.actors.values())


def test_the_joint_command_is_the_command_whose_communique_was_quoted_before():
    text = ("KABUL — Troops retook a district centre in Helmand on Friday.\n\n"
            "According to a communique issued by the joint command, “our units hold the bridge and the market.”\n\n"
            "“Shops may reopen on Monday,” the joint command added in a later update.\n")
    srcs, d = analyse(text)
    first = _actor(d, srcs[0], "our units hold")
    assert first is not None
    assert _actor(d, srcs[0], "Shops may reopen") is first


def test_the_statement_of_a_unit_named_by_its_parent_is_the_unit_s():
    text = ("MANILA (AP) — Gunmen seized a ferry with 40 passengers on Monday, the Asian Maritime League Naval Force said.\n\n"
            "The passengers are from Indonesia and Malaysia, the force said in a statement.\n\n"
            '"The ferry reported gunfire and minutes later it reported armed men on board," the statement said.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "The ferry reported gunfire")
    assert a is not None and a.name == "Asian Maritime League Naval Force"


def test_a_named_group_the_model_tagged_is_an_organisation():
    text = ("Gunmen attacked a convoy in northern Mozambique on Friday.\n\n"
            'The Ahlu Sunna group, the largest militant group in the province, had said in a statement that "the '
            'roads are closed to the army" and threatened further attacks.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "the roads are closed")
    assert a is not None and a.kind in ("organization", "group") and "Ahlu Sunna" in a.name


def test_a_name_apposed_to_a_kind_of_body_is_an_organisation_never_a_person():
    text = ("Village raids in Cameroon\n\n"
            "Soldiers burned homes near Bamenda this week. “At least nine villagers were killed in the raids,” said "
            "Menda, a rights network active in the northwest.\n")
    srcs, d = analyse(text)
    assert any(e.label == "PERSON" and e.text == "Menda" for e in d.analyses[srcs[0].id].entities), "the model no longer tags it: the test says less"
    a = _actor(d, srcs[0], "nine villagers")
    assert a is not None and a.name == "Menda" and a.kind == "organization"


def test_a_described_body_with_no_such_body_named_before_stays_unresolved():
    text = ("A landslide buried homes in a village in Nepal on Sunday.\n\n"
            'Resident Ram Thapa said "the whole hillside came down."\n\n'
            '"Twelve people were rescued," the fire service said.\n')
    srcs, d = analyse(text)
    assert _actor(d, srcs[0], "the whole hillside").name == "Ram Thapa"  # the person is there to be wrongly given it
    a = _actor(d, srcs[0], "Twelve people were rescued")
    assert a is None or a.kind != "person", a


def test_a_public_service_named_by_what_it_serves_is_the_story_country_s():
    text = ("SANTIAGO, Chile — Floods cut roads across southern Chile on Tuesday.\n\n"
            'The water "swept away two bridges near Temuco," the ambulance service told a local radio station.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "swept away two bridges")
    assert a is not None and a.kind == "organization" and a.affiliation == "Chile" and "ambulance service" in a.name


def test_a_news_agency_or_a_bare_service_is_no_public_body():
    from annotate.described_speakers import _public_body

    gaz = load_gazetteer()
    assert _public_body("the state news agency", "Chile", gaz) is None
    assert _public_body("the service", "Chile", gaz) is None
    assert _public_body("the fire service", "", gaz) is None  # no story country: no guess
    assert _public_body("the fire service", "Chile", gaz) == ("Chilean fire service", "Chile")


def test_it_after_a_body_introduced_by_its_name_is_that_body_not_the_person_quoted_before():
    text = ("MISRATA, Libya (AP) — Armed groups clashed in Misrata on Thursday.\n\n"
            'Resident Omar Badri told The Associated Press that the clashes began at dawn, "like a fire in dry grass."\n\n'
            '"Now everyone is fighting everyone," added Badri, who is also a teacher.\n\n'
            "One of the factions, a militia called the Coastal Martyrs Brigade, accused rivals of kidnappings.\n\n"
            'In a statement, it said that it killed the rival commander. "We warn anyone who attacks Misrata," it added.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "We warn anyone")
    assert a is not None and a.kind != "person" and a.name.endswith("Coastal Martyrs Brigade")
    assert not any(x.name.lower().startswith("a militia") for x in d.actors.actors.values())


def test_it_never_stands_for_a_name_the_article_gives_a_person_even_untagged():
    from annotate.nlp.pipeline import load_pipeline
    from annotate.nlp.syntax import DocIndex, resolve_it

    nlp = load_pipeline()
    nlp = nlp[0] if isinstance(nlp, tuple) else nlp
    text = ("Resident Omar Badri said the shelling began at dawn. Later Badri added that the town was empty. "
            "It said the roads were closed.")
    second = text.index("Badri added")
    for drop in (True, False):
        doc = nlp(text)
        # the model may miss or misread the second "Badri": it is still the person named before
        if drop:
            doc.ents = [e for e in doc.ents if not (e.start_char == second)]
        idx = DocIndex(doc, [])
        it = next(t for t in doc if t.text == "It")
        found = resolve_it(it, idx)
        assert found is None or text[found.antecedent_start : found.antecedent_end] != "Badri"


def test_a_described_group_is_the_organisation_the_model_tagged_before_it_even_if_it_never_spoke():
    text = ("MOGADISHU — Al-Shabaab claimed the attack on the base.\n\n"
            '"Our fighters killed dozens of soldiers," the al-Qaeda-linked group said in a statement.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "Our fighters killed")
    assert a is not None and a.kind in ("organization", "group") and "Shabaab" in a.name


def test_a_town_spokesman_speaks_for_the_town_the_article_names():
    text = ("Rioters set buses on fire at a depot outside Marseille overnight.\n\n"
            "Three schools in the town of Vitrolles were damaged in similar unrest last week. "
            "“We will rebuild every classroom,” a town spokesman said on Tuesday.\n")
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "rebuild every")
    assert a is not None and a.name == "Town of Vitrolles" and a.kind == "government"


def test_a_town_spokesman_with_no_town_named_stays_unresolved():
    text = ("Rioters set buses on fire at a depot outside Marseille overnight.\n\n"
            "“We will rebuild every classroom,” a town spokesman said on Tuesday.\n")
    srcs, d = analyse(text)
    assert _actor(d, srcs[0], "rebuild every") is None


def test_the_director_of_a_body_is_its_head_named_in_the_lines_after():
    text = ("A rocket hit a power station outside Kherson overnight.\n\n"
            "Damage to two turbines was “severe but repairable,” the director of the Dnipro Energy Company told a "
            "televised briefing on Wednesday.\n\n"
            "Chairwoman Olena Marchuk said repairs would take a month. She said crews were already on site.\n")
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "severe but")
    assert a is not None and a.name == "Olena Marchuk"
    assert not any(x.name.lower().startswith("the director of") for x in d.actors.actors.values())


def test_the_director_of_a_body_with_no_head_named_after_is_not_someone_else():
    text = ("A rocket hit a power station outside Kherson overnight.\n\n"
            "Damage to two turbines was “severe but repairable,” the director of the Dnipro Energy Company told a "
            "televised briefing on Wednesday.\n\n"
            "Regional governor Ivan Petrenko said an inquiry was open.\n")
    srcs, d = analyse(text)
    assert any(x.name == "Ivan Petrenko" for x in d.actors.actors.values())  # there to be wrongly given it
    a = _actor(d, srcs[0], "severe but")
    assert a is None or a.name != "Ivan Petrenko", a
