"""Affiliations of people from what the text states (invented people and stories): a dateline in
ordinary case before a colon gives bare national titles their country; a nationality before a
lower-case description of a person ("Norwegian rights activist X") is the person's; and what one
article says a person is outweighs the story's default another article gave first."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.nationality_descriptors import nationality_before
from annotate.roles import dateline_country

from .test_attribution import actor, analyse


def _aff(d, name):
    a = actor(d, name)
    assert a is not None, name
    return a.affiliation


def test_a_dateline_in_ordinary_case_before_a_colon_gives_bare_titles_their_country():
    text = ("Border talks end in a patrol deal\n"
            "New Delhi: Foreign Secretary Arun Velkar on Monday announced that the two sides had agreed on "
            "patrols along the disputed line, after talks with Chinese negotiators. Chinese soldiers and "
            "Chinese officials will withdraw from two posts, Velkar said.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Arun Velkar") == "India"


def test_a_headline_naming_a_country_before_a_colon_is_no_dateline():
    gaz = load_gazetteer()
    assert dateline_country("Kenya: Talks collapse\nThe minister said talks had ended.", gaz) == ""
    assert dateline_country("Photo: file\nNairobi: Police said two men were held.", gaz) == "Kenya"


def test_a_nationality_before_a_persons_description_is_theirs():
    text = ("Naval commandos boarded the yacht Lark off the coast on Monday. The yacht was carrying "
            "Norwegian rights activist Kari Solvang and eleven others, the navy of Israel said. "
            "Israeli officials said the passengers would be deported.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Kari Solvang") == "Norway"


def test_a_nationality_before_a_verb_or_a_plural_is_no_description():
    gaz = load_gazetteer()
    for before in ("Israeli forces killed commander ", "the Swedish ", "Sweden climate activist "):
        assert nationality_before(before + "Ana Lind", len(before), gaz) == "", before


def test_what_an_article_says_a_person_is_outweighs_another_articles_default():
    first = ("JERUSALEM - Israeli jets struck a building in the capital of Ruritania on Tuesday. "
             "\"This is a gross violation,\" foreign ministry spokesman Omar al-Tamimi said. "
             "The Israeli military said it targeted militant leaders.\n")
    second = ("Omar al-Tamimi, spokesperson for Qatar's foreign ministry, condemned the strike on Doha "
              "on Tuesday and said Qatar would not stay silent.\n")
    _srcs, d = analyse(first, second)
    assert _aff(d, "Omar al-Tamimi") == "Qatar"


def test_a_bare_ministers_title_in_a_story_of_one_country_is_that_countrys():
    text = ("Soldiers stormed the presidential palace in La Paz on Wednesday before pulling back hours later, "
            "and police arrested the general who led them. Crowds gathered in the square outside.\n\n"
            "Defense Minister Ramiro Quenta said the situation in Bolivia was under control and that "
            "the armed forces had a new command.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Ramiro Quenta") == "Bolivia"


def test_a_bare_ministers_title_stays_unsaid_where_another_states_official_is_named():
    text = ("Soldiers stormed the presidential palace in La Paz on Wednesday before pulling back hours later. "
            "Peruvian Foreign Minister Ana Torrico called for calm.\n\n"
            "Defense Minister Ramiro Quenta said the situation was under control.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Ramiro Quenta") != "Bolivia"


def test_a_former_office_and_a_mediators_role_in_one_apposition_give_the_body():
    text = ("Talks brokered by the African Union ended on Wednesday. "
            "The two sides agreed to silence their guns, \"and this is only the beginning,\" said Kwame Adjei, "
            "the former Ghanaian president and AU’s high representative for the region, in Pretoria.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Kwame Adjei") == "African Union"


def test_people_listed_after_a_mediation_team_and_a_colon_act_for_its_body():
    text = ("Talks brokered by the African Union ended on Wednesday.\n\n"
            "\"We will keep talking,\" said the chief envoy, flanked by the other two members of the AU mediation "
            "team: former Zambian Vice-President Ruth Banda and former Kenyan President Peter Otieno.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Ruth Banda") == "African Union"
    assert _aff(d, "Peter Otieno") == "African Union"


def test_a_capitalised_mediators_title_with_the_bodys_acronym_before_a_former_office():
    text = ("The two parties agreed to end hostilities, the African Union (AU) High Representative for the "
            "region, former Ghanaian President Kwame Adjei, said today.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Kwame Adjei") == "African Union"


def test_a_name_before_clan_is_a_group_not_a_person():
    text = ("HARGEISA - Heavy fighting broke out in Erigavo, Somaliland, on Monday between troops and local "
            "militia from the Dhulmaroge clan which wants autonomy.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Dhulmaroge clan")
    assert a is not None and a.kind == "organization"
    assert not [x for x in d.actors.actors.values() if x.kind == "person"]


def test_a_seat_written_before_a_persons_description_gives_the_country():
    from annotate.gazetteer import load_gazetteer
    from annotate.nationality_descriptors import seat_before

    gaz = load_gazetteer()
    text = "The Lagos-based rights lawyer Femi Adeyemi said the arrests were unlawful."
    assert seat_before(text, text.index("Femi"), gaz) == "Nigeria"
    text = "Kenya-based analyst Tom Odhiambo said the talks had stalled."
    assert seat_before(text, text.index("Tom"), gaz) == "Kenya"
    text = "a London-based firm Orion Lines said"  # a firm, not a person's description
    assert seat_before(text, text.index("Orion"), gaz) == ""


def test_a_firms_officer_by_letters_in_an_apposition_is_of_the_firm():
    from annotate.roles import affiliation, apposition

    gaz = load_gazetteer()
    text = "The outage was not caused by an attack, said Lena Marsh, CFO at Vantorix Systems.\nShe added"
    ap = apposition(text, text.index("Marsh") + len("Marsh"), gaz)
    assert ap == "CFO at Vantorix Systems"
    assert affiliation(["", "", ap], gaz, ("Vantorix Systems",), set()) == "Vantorix Systems"
    assert affiliation(["", "", ap], gaz, ("CFO", "Vantorix Systems"), set()) == "Vantorix Systems"  # the title the model tagged


def test_names_listed_after_a_plural_title_share_the_first_ones_affiliation():
    text = ("LUSAKA - Police in Lusaka said on Friday that Zambian Workers Front (ZWF) leaders Mwila Chanda, Brian Tembo, "
            "Grace Phiri and Joseph Lungu had been arrested over the riots.\n\n"
            "A police spokesman said the four would appear in court on Monday.\n")
    _srcs, d = analyse(text)
    first = _aff(d, "Mwila Chanda")
    assert first
    for name in ("Brian Tembo", "Grace Phiri", "Joseph Lungu"):
        assert _aff(d, name) == first, name
