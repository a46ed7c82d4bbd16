"""Speakers that are a body named by a description, not a proper name (invented sentences):
a state's border force by nationality ("the Estonian border guards") and a body named by its
owner's possessive and a lower-case office ("the Basque government's security council") are
actors of their own; a country's office stays its state's."""

from __future__ import annotations

from annotate.owned_bodies import owned_body

from .test_attribution import analyse, quote, who


def _kind(d, src, fragment) -> str | None:
    a = d.actors.get(quote(d, src, fragment).actor_id)
    return a.kind if a else None


def test_a_nationalitys_border_guards_speak_as_that_states_border_guard():
    text = ('Armed men attacked a checkpoint near Valga on Monday.\n\n'
            'The Estonian border guards said "the attackers came from the forest" and fled.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "came from the forest") == "Estonian border guard"


def test_a_countrys_border_service_is_its_border_guard():
    srcs, d = analyse('Shots were fired at the frontier. "Our patrol was attacked twice," the Uzbek border service said.\n')
    assert who(d, srcs[0], "attacked twice") == "Uzbek border guard"


def test_a_regional_governments_council_speaks_as_itself():
    text = ('Drones struck a depot near Bilbao on Sunday. The Basque government’s security council '
            'said the attack was a "grave crime" against the people.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "grave crime") == "Basque government’s security council"
    assert _kind(d, srcs[0], "grave crime") == "government"


def test_a_polices_press_office_speaks_as_itself():
    text = ('Drones struck a depot near Lugo on Sunday. The Galician police\'s press office called '
            'the attack a "cowardly act" against the people.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "cowardly act") == "Galician police's press office"


def test_a_countrys_office_stays_its_government():
    text = ('Drones struck a depot near Lugo on Sunday. The Russian government\'s press office called '
            'the attack a "cowardly act" against the people.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "cowardly act") == "Russian government"


def test_owned_body_shapes():
    assert owned_body("the Basque government's security council") == ("Basque government's security council", "Basque government")
    assert owned_body("Acme Holdings' media office") == ("Acme Holdings' media office", "Acme Holdings")
    assert owned_body("the minister's office") is None  # no capitalised owner
    assert owned_body("Spain's army") is None  # no office word
    assert owned_body("the Basque government's decision") is None


def test_a_government_named_by_the_adjective_is_also_named_by_the_country():
    srcs, d = analyse('Mortar shells hit a market. Canberra said the strikes were "a clear violation" of its waters.\n')
    assert who(d, srcs[0], "clear violation") == "Australian government"
    assert d.actors.resolve("Australia government") == d.actors.resolve("Australian government")


def test_an_acronym_spelt_out_joins_the_armed_body_its_long_name_became():
    text = ('The Kenya Defence Forces (KDF) said on Monday that "the camp was cleared" after a raid. '
            'In a later statement, KDF said "two soldiers were wounded" in the fighting.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "camp was cleared") == who(d, srcs[0], "two soldiers were wounded") == "Kenyan military"


def test_the_groups_chief_is_the_founder_named_before():
    text = ('Vostok founder Arkady Belov said his men had "stopped the march" near the capital. '
            'The Vostok chief said "we are turning our columns back".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "turning our columns") == "Arkady Belov"


def test_a_police_chief_is_not_the_president_named_before():
    text = 'President Ana Ruiz said "we are safe" on Monday. The police chief said "two men were arrested" near the port.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "two men were arrested") != "Ana Ruiz"


def test_an_unnamed_officer_is_no_group_actor():
    text = 'Gunmen attacked the village on Sunday. The army officer said the claims were "baseless" and false.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "baseless") is None


def test_a_titles_initials_name_the_person_introduced_with_it():
    text = ('Bandits killed five villagers on Sunday, the Commissioner of Police in the state, Ibrahim Kanta Musa, '
            'said in a statement. The CP said the gunmen "opened fire on our men" before fleeing.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "opened fire on our men") == "Ibrahim Kanta Musa"


def test_title_acronym_antecedent_shapes():
    from annotate.role_antecedents import title_acronym_antecedent
    text = "Inspector General of Police Adamu Garba visited the scene. The IGP said more."
    span = title_acronym_antecedent("The IGP", text, text.index("The IGP"))
    assert span is not None and text[span[0] : span[1]] == "Adamu Garba"
    assert title_acronym_antecedent("The UN", text, text.index("The IGP")) is None


def test_the_spokesperson_is_the_one_introduced_last_even_unnamed():
    text = ('Army spokesperson Major General Tomas Lindqvist said eight people were killed.\n'
            'A spokesperson for the Estonian Ministry of Foreign Affairs said in a statement that the strikes hit two towns.\n'
            '"This act of aggression has caused grave harm," the spokesperson said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "grave harm") == "Estonian government"


def test_the_spokesperson_is_the_named_one_when_introduced_last():
    text = ('A spokesperson for the Estonian Ministry of Foreign Affairs said in a statement that the strikes hit two towns.\n'
            'Army spokesperson Major General Tomas Lindqvist said eight people were killed.\n'
            '"This act of aggression has caused grave harm," the spokesperson said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "grave harm") == "Tomas Lindqvist"
