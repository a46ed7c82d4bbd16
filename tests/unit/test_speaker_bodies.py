"""Speakers named by what they are, not by name ("the army said", "the authorities said", "The
Hezbollah militia said", "the committee said", "it added"), on invented sentences about conflicts
and places of no tuning text: each resolves to the body the article means, or stays unresolved
when the article does not say which."""

from __future__ import annotations

from annotate.gazetteer import parse_gazetteer
from annotate.speaker_bodies import body_country, known_body, named_document, national_body, same_head, same_head_antecedent

from .test_attribution import analyse, quote, who

_GAZ = parse_gazetteer({
    "country": [{"name": "Chad", "adjective": "Chadian", "capital": "N'Djamena"},
                {"name": "Sudan", "adjective": "Sudanese", "capital": "Khartoum"},
                {"name": "Ecuador", "adjective": "Ecuadorian", "capital": "Quito"},
                {"name": "France", "adjective": "French", "capital": "Paris"}],
    "actor": [{"name": "Front of the Dunes", "kind": "organization", "aliases": ["FDD", "Dunes Front"]},
              {"name": "DGSI", "kind": "government", "affiliation": "France", "aliases": ["General Directorate for Internal Security"]},
              {"name": "UNHCR", "kind": "organization", "aliases": ["UN refugee agency"]},
              {"name": "Ana Rocha", "kind": "person", "aliases": ["Rocha"]}],
})


def _actor(d, src, fragment):
    return d.actors.get(quote(d, src, fragment).actor_id)


# ---------------------------------------------------------------- pure rules

def test_an_alias_file_organisation_with_its_own_or_generic_words_is_that_organisation():
    assert known_body("The FDD militia", _GAZ) == "Front of the Dunes"
    assert known_body("the Dunes Front rebels", _GAZ) == "Front of the Dunes"
    assert known_body("France's DGSI internal security service", _GAZ) is None  # "service" is not in its names
    assert known_body("The DGSI internal security", _GAZ) == "DGSI"
    assert known_body("The U.N. refugee agency", _GAZ) == "UNHCR"  # "U.N." written as the alias file's "UN"


def test_an_organisation_with_other_words_or_a_person_is_not_the_organisation():
    assert known_body("the FDD media office", _GAZ) is None  # an office of its own
    assert known_body("the FDD commander", _GAZ) is None
    assert known_body("Rocha", _GAZ) is None
    assert known_body("the Chadian army", _GAZ) is None
    assert known_body("Chad's DGSI", _GAZ) is None  # another country's body of that name
    assert known_body("France's DGSI", _GAZ) == "DGSI"


def test_only_a_bare_state_institution_is_a_national_body():
    assert national_body("the army") == "army"
    assert national_body("The authorities") == "government"
    assert national_body("the government") == "government"
    assert national_body("police") == "police"
    assert national_body("the armed forces") == "military"
    assert national_body("the foreign ministry") == "foreign ministry"
    assert national_body("the Peruvian foreign ministry") is None
    assert national_body("the Chadian army") is None
    assert national_body("the army chief") is None
    assert national_body("an army") is None


def test_a_bare_institution_belongs_to_the_last_country_named_with_such_a_body_else_the_story_s():
    text = "Chadian army units crossed the border on Monday. Refugees fled. Later the army said it had withdrawn."
    at = text.index("the army said")
    assert body_country("army", text, at, _GAZ, "Sudan") == "Chad"
    assert body_country("government", text, at, _GAZ, "Sudan") == "Sudan"  # no government named: the story's
    assert body_country("government", text, at, _GAZ, "") == ""  # no story country: no guess


def test_the_committee_is_the_fuller_committee_named_before():
    text = ("The parliamentary inquiry committee visited the dam on Monday. Engineers were questioned. "
            "The dam must be drained, the committee said.")
    at = text.index("the committee said")
    assert same_head("the committee") == "committee"
    span = same_head_antecedent("committee", text, at)
    assert span is not None and text[span[0] : span[1]] == "The parliamentary inquiry committee"
    assert same_head("the committee chairman") is None


def test_a_document_named_by_its_issuer_speaks_for_the_issuer():
    assert named_document("the Coast Rescue Service report") == "Coast Rescue Service"
    assert named_document("the Interior Ministry statement") == "Interior Ministry"
    assert named_document("the final report") is None


# ---------------------------------------------------------------- in a whole analysis

def test_the_army_said_in_a_story_about_one_country_is_that_country_s_army():
    text = ("N'Djamena, Chad — Three Chadian soldiers were killed near Bol on Lake Chad early on Sunday, officials said.\n\n"
            'Gunmen "attacked our position at dawn" near Bol, the army said.\n\n'
            '"Two of the attackers were captured," it added.\n\n'
            "Chad has fought insurgents around the lake since 2015. Families in Bol and Baga Sola fled to N'Djamena.\n")
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "attacked our position")
    assert a is not None and a.name.startswith("Chadian") and a.affiliation == "Chad"
    assert _actor(d, srcs[0], "Two of the attackers") is a


def test_the_authorities_said_is_the_story_country_s_government():
    text = ("Quito, Ecuador — A car bomb damaged a prison in Guayaquil, Ecuador, on Friday.\n\n"
            'The authorities said the attack was "an act of narco-terrorism" and that Guayaquil and Quito were on alert.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "narco-terrorism") == "Ecuadorian government"


def test_the_authorities_said_in_a_story_with_no_country_stays_unresolved():
    text = 'The authorities said the fire at the depot was "deliberately set" and an inquiry would follow.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "deliberately set") is None


def test_the_committee_said_and_it_added_are_the_committee_named_before():
    text = ("The parliamentary inquiry committee visited the flooded valley near Sucre, Bolivia, on Monday.\n\n"
            'Engineers should be replaced by "more experienced staff", the committee said.\n\n'
            'The collapse was "entirely avoidable", it added.\n')
    srcs, d = analyse(text)
    assert (who(d, srcs[0], "more experienced staff") or "").lower() == "parliamentary inquiry committee"
    assert who(d, srcs[0], "entirely avoidable") == who(d, srcs[0], "more experienced staff")


def test_the_group_said_is_the_organisation_that_spoke_before_not_a_person():
    text = ("Separately, the Andes Miners Collective said a landslide buried three workers near Potosi, Bolivia.\n\n"
            'Mine inspector Carla Vargas called the site "a disaster waiting to happen".\n\n'
            '"Rescue teams reached the shaft after six hours," the group said in a statement.\n')
    srcs, d = analyse(text)
    assert "Andes Miners Collective" in (who(d, srcs[0], "Rescue teams reached") or "")


def test_an_alias_file_organisation_with_a_generic_word_speaks_in_a_whole_analysis():
    text = ('The Hamas movement said the talks in Doha were "at a dead end" on Tuesday.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "at a dead end") == "Hamas"


def test_a_pronoun_speaks_for_the_body_that_is_its_antecedent():
    text = ('Ecuador\'s 5th Jungle Brigade said "the camp was cleared" near the Putumayo river on Monday.\n\n'
            '"One soldier was wounded," it said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "One soldier was wounded") == who(d, srcs[0], "the camp was cleared")
    assert who(d, srcs[0], "One soldier was wounded") is not None


def test_the_ministry_spokesperson_speaks_for_the_ministry_named_before():
    text = ('Ecuador\'s foreign ministry called the expulsion "unacceptable" on Monday.\n\n'
            'The foreign ministry spokesperson said Quito would "respond in kind".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "respond in kind") == who(d, srcs[0], "unacceptable")
    assert who(d, srcs[0], "respond in kind") is not None


def test_a_report_named_by_its_issuer_speaks_for_the_issuer():
    text = ('"Four boats capsized in the storm," said the Coast Rescue Service report, which listed nine missing.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "Four boats capsized") == "Coast Rescue Service"


def test_it_after_a_body_that_spoke_is_that_body_even_when_the_parser_made_it_no_subject():
    text = ("Chile has expelled two Bolivian engineers.\n\n"
            "Announcing the expulsion of the two engineers and a driver, Chile's ANI intelligence agency said "
            '"the men photographed naval installations in Iquique."\n\n'
            'It said the two "entered the port with forged passes."\n')
    srcs, d = analyse(text)
    sp = quote(d, srcs[0], "forged passes").speaker
    assert sp.kind == "pronoun" and srcs[0].text[sp.antecedent_start : sp.antecedent_end] == "Chile's ANI intelligence agency"
    assert who(d, srcs[0], "forged passes") == who(d, srcs[0], "naval installations")


def test_it_after_a_person_who_spoke_is_not_that_person():
    text = ('Defence Minister Ana Lopez said "the men photographed naval installations in Iquique."\n\n'
            'It said the two "entered the port with forged passes."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "naval installations") == "Ana Lopez"  # she is there to be wrongly given it
    sp = quote(d, srcs[0], "forged passes").speaker
    assert sp is None or sp.antecedent_start < 0 or "Lopez" not in srcs[0].text[sp.antecedent_start : sp.antecedent_end]
    assert who(d, srcs[0], "forged passes") != "Ana Lopez"


def test_a_country_s_state_run_outlet_named_after_state_run_is_that_outlet_not_the_government():
    text = ('Chad\'s state-run Tchad Info Agency said "a drone struck a convoy" near Bol on Monday.\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "a drone struck a convoy")
    assert a is not None and a.name == "Tchad Info Agency" and a.affiliation == "Chad"


def test_a_bare_ministry_or_its_spokesperson_speaks_for_the_story_country_s_government():
    text = ("Quito, Ecuador — Gunmen attacked a police station in Guayaquil, Ecuador, on Friday.\n\n"
            'The foreign ministry said the attackers "came from across the border" near Tulcan.\n\n'
            'The interior ministry spokesperson said the curfew in Guayaquil was "extended until Monday".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "came from across the border") == "Ecuadorian government"
    assert who(d, srcs[0], "extended until Monday") == "Ecuadorian government"


def test_a_bare_ministry_after_another_country_s_ministry_is_that_country_s():
    text = ("Quito, Ecuador — Gunmen attacked a police station in Guayaquil, Ecuador, on Friday.\n\n"
            "Peru's foreign ministry summoned the envoy in Lima over the raid near Guayaquil.\n\n"
            'Later the foreign ministry said the attackers "came from across the border".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "came from across the border") == "Peruvian government"


def test_the_company_is_the_name_its_apposition_described():
    text = "The fire hit Lima-based Andes Cargo & Freight, a logistics company that runs the port's cranes. Later the company said so."
    span = same_head_antecedent("company", text, text.index("the company said"))
    assert span is not None and text[span[0] : span[1]] == "Andes Cargo & Freight"


def test_a_committee_introduced_with_a_is_the_words_after_the_article():
    text = "A government inquiry committee was formed on Monday. Engineers testified. The dam is unsafe, the committee said."
    span = same_head_antecedent("committee", text, text.index("the committee said"))
    assert span is not None and text[span[0] : span[1]] == "government inquiry committee"



def test_sources_of_a_body_named_by_an_acronym_the_article_spells_out_speak_for_the_body():
    text = ("Fighters of the Northern Liberation Front (NLF) attacked a garrison near Faya, Chad, on Monday.\n\n"
            'NLF sources said the group had taken "forty prisoners" and two trucks.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "forty prisoners") == "Northern Liberation Front"


def test_sources_of_an_acronym_the_article_does_not_spell_out_are_no_body():
    text = 'NLF sources said the group had taken "forty prisoners" near Faya, Chad, on Monday.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "forty prisoners") != "Northern Liberation Front"


def test_a_body_named_with_where_it_is_takes_the_place_into_its_name_and_keeps_the_bare_name():
    text = ("Shells hit a bakery in Aleppo, Syria, on Tuesday.\n\n"
            "The Neighbourhood Councils in Aleppo, a network of volunteers, issued a statement on Facebook confirming the shelling. "
            'They called it "a deliberate massacre of civilians queuing for bread."\n')
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "deliberate massacre")
    assert a is not None and a.name == "Aleppo Neighbourhood Councils" and "Neighbourhood Councils" in a.aliases


def test_a_firm_named_after_what_it_is_is_the_firm_by_its_name():
    text = 'Danish shipping giant Nordvik Lines said "two of our vessels were rerouted around the Cape" on Friday.\n'
    srcs, d = analyse(text)
    a = _actor(d, srcs[0], "two of our vessels")
    assert a is not None and a.name == "Nordvik Lines" and a.affiliation == "Denmark"


def test_a_person_named_after_a_descriptor_is_still_the_person():
    text = 'Danish shipping company chief Anders Holm said "two of our vessels were rerouted around the Cape" on Friday.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "two of our vessels") == "Anders Holm"


def test_the_statement_is_the_issuer_named_with_it_not_the_person_it_quotes():
    text = ("Governor Lina Arce condemned the ambush and expressed “deep sorrow over the loss of lives”, "
            "according to a statement issued by the Civic Renewal Party.\n\n"
            "The statement added that Arce was “praying for the recovery of the wounded”.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "praying for the recovery") == "Civic Renewal Party"


def test_the_statement_after_someone_spoke_in_a_statement_is_theirs():
    text = ("The ambush was condemned in a statement from the Civic Renewal Party. Governor Lina Arce said in a statement that "
            "the ambush was “a cowardly act”.\n\n"
            "The statement added that Arce was “praying for the recovery of the wounded”.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "praying for the recovery") == "Lina Arce"


def test_a_bare_army_takes_the_country_of_the_soldiers_named_before_it():
    from annotate.gazetteer import load_gazetteer
    from annotate.speaker_bodies import body_country

    gaz = load_gazetteer()
    text = "Smugglers from Bolivia killed a Peruvian soldier in a gunfight, the army said."
    assert body_country("army", text, text.index("the army"), gaz, "") == "Peru"
    text = "Gunmen killed three Chilean troops near the border. The military said the attackers fled."
    assert body_country("military", text, text.index("The military"), gaz, "") == "Chile"
    text = "Smugglers killed a guard in a gunfight, the army said."
    assert body_country("army", text, text.index("the army"), gaz, "Ecuador") == "Ecuador"
