"""Groups named by a nationality and a collective noun ("Chadian rebels"), the noun alone later ("the
rebels"), and members introduced as one of them. Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.national_groups import bare_heads, head_noun

from .test_attribution import actor, analyse


_CHAD = (
    "Chadian rebels seize border town\n\n"
    "Chadian rebels attacked the town of Bardai in northern Chad on Tuesday, killing six soldiers, officials "
    "in N'Djamena said. The rebels withdrew towards the Libyan border at dawn.\n\n"
)


def test_a_nationality_and_a_group_noun_name_a_group_of_that_country():
    _, d = analyse(_CHAD)
    a = actor(d, "Chadian rebels")
    assert a is not None and a.kind == "organization" and a.affiliation == "Chad"
    assert actor(d, "Chad rebels") is a  # the country's name, not its adjective: the same group
    assert actor(d, "the rebels") is a  # the noun alone, later in the article


def test_a_member_introduced_as_one_of_the_group_takes_the_group():
    _, d = analyse(_CHAD + "One of the rebels, Mahamat Abakar, told a local radio that the town was theirs.\n")
    p = actor(d, "Mahamat Abakar")
    assert p is not None and p.kind == "person" and p.affiliation == "Chadian rebels"


def test_the_noun_alone_in_a_story_of_one_country_is_that_countrys_group():
    text = (
        "Police post attacked in Peru\n\n"
        "Rebels attacked a police post near Pataz in northern Peru on Monday, killing four officers, Peruvian "
        "officials said. Reinforcements were sent from Trujillo and Lima, and the Peruvian army joined the hunt.\n\n"
    )
    _, d = analyse(text)
    a = actor(d, "Peruvian rebels")
    assert a is not None and a.kind == "organization" and a.affiliation == "Peru"


def test_the_noun_alone_is_not_guessed_where_the_group_has_a_name():
    text = (
        "Police post attacked in Peru\n\n"
        "Sendero Rojo rebels attacked a police post near Pataz in northern Peru on Monday, Peruvian officials "
        "said. The rebels fled towards Trujillo; troops were sent from Lima.\n\n"
    )
    _, d = analyse(text)
    assert actor(d, "Peruvian rebels") is None


def test_a_backer_is_not_the_groups_country():
    text = (
        "Village raided in Chad\n\n"
        "Sudanese-backed militias raided a village near Abeche in eastern Chad on Friday, killing nine "
        "herders, Chadian officials said. Troops were sent from N'Djamena and Abeche.\n\n"
    )
    _, d = analyse(text)
    a = actor(d, "Sudanese-backed militias")
    assert a is not None and a.kind == "organization" and "Sudan" not in a.affiliation.split(", ")


def test_a_headline_in_title_case_names_the_group_too():
    _, d = analyse("Nepalese Insurgents Attack Police Station\n\nThe station near Rolpa was burnt, officials in Kathmandu said.\n")
    a = actor(d, "Nepalese insurgents")
    assert a is not None and a.affiliation == "Nepal"


def test_bare_nouns_and_their_forms():
    text = "Armed separatist forces attacked; M23 rebels held the hill; the militants left; Sudanese pirates fled."
    found = [(text[s:e], head) for s, e, head in bare_heads(text)]
    assert ("Armed separatist forces", "separatists") in found and ("militants", "militants") in found
    assert not any(h == "rebels" for _, h in found) and not any(h == "pirates" for _, h in found)
    assert head_noun("militia fighters") == "militias" and head_noun("Pirate gangs") == "pirates"


def test_no_place_becomes_a_group_and_a_state_force_is_left_alone():
    text = (
        "Chadian troops retake Bardai\n\n"
        "Chadian troops retook Bardai in northern Chad on Wednesday, officials in N'Djamena said.\n\n"
    )
    _, d = analyse(text)
    a = actor(d, "Chadian troops")
    assert a is not None and (a.kind, a.affiliation) == ("organization", "Chad")
    assert actor(d, "Bardai") is None


def test_a_backer_in_a_title_case_headline_names_the_same_group():
    from annotate.gazetteer import load_gazetteer
    from annotate.models import Entity
    from annotate.national_groups import national_phrases

    text = "Sudanese-Backed Militias Raid Chad Border Villages"
    found = national_phrases(text, [Entity(0, 8, "NORP", "Sudanese")], load_gazetteer())
    assert [(name, country) for _s, _e, name, _h, country in found] == [("Sudanese-backed militias", "")]


def test_the_noun_alone_from_another_country_is_that_countrys_group():
    text = (
        "Border post attacked in Batken\n\n"
        "Militiamen from Tajikistan fired on a Kyrgyz border post near Batken on Tuesday, wounding two guards, "
        "the border service in Bishkek said. Reinforcements were sent from Osh and Jalal-Abad.\n\n"
    )
    _, d = analyse(text)
    a = actor(d, "Tajik militiamen")
    assert a is not None and a.kind == "organization" and a.affiliation == "Tajikistan"
    assert actor(d, "Kyrgyz militiamen") is None


def test_a_hedged_group_noun_at_a_sentences_start_is_the_story_countrys():
    text = (
        "Police post attacked in western Fiji\n\n"
        "Unidentified gunmen fired on a police post in Lautoka on Sunday, wounding two officers, Fijian police "
        "said. The gunmen fled into the hills.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Unidentified gunmen")
    assert a is not None and a.kind == "organization" and a.affiliation == "Fiji"
    assert actor(d, "the gunmen") is a


def test_miscreants_are_a_group_noun():
    text = (
        "Shop torched in Sylhet\n\n"
        "Miscreants set fire to a shop in Sylhet in northeastern Bangladesh on Friday night, Bangladeshi police "
        "said. The miscreants escaped on motorbikes.\n"
    )
    _, d = analyse(text)
    a = actor(d, "the miscreants")
    assert a is not None and a.kind == "organization" and a.affiliation == "Bangladesh"


def test_a_pro_or_anti_nation_word_names_the_side_a_group_takes_not_its_country():
    text = (
        "Checkpoint attacked in northern Mali\n\n"
        "Pro-Algerian militias attacked an army checkpoint near Kidal in northern Mali on Monday, killing three "
        "soldiers, Malian officials said. Reinforcements were sent from Gao.\n"
    )
    _, d = analyse(text)
    a = actor(d, "pro-Algerian militias")
    assert a is not None and a.kind == "organization" and "Algeria" not in a.affiliation.split(", ")
    assert actor(d, "Algerian militias") is None


def test_a_quantifier_opening_the_sentence_is_no_name_before_a_group_noun():
    text = (
        "Farm raided in Zambezia\n\n"
        "Several armed bandits raided a farm near Mocuba in central Mozambique on Sunday, stealing cattle, "
        "Mozambican police said. The bandits fled into the bush.\n"
    )
    assert [h for _, _, h in bare_heads(text)] == ["bandits", "bandits"]
    _, d = analyse(text)
    a = actor(d, "Mozambican bandits")
    assert a is not None and a.kind == "organization" and a.affiliation == "Mozambique"
    assert actor(d, "armed bandits") is a
