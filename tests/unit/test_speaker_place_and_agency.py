"""Who speaks when a person is named with where they are from ("Mayor Ana Lopez of Port Coral"),
when an unnamed spokesperson speaks for a place ("a spokesperson for the West Sea"), and when a
wire agency's acronym is also a party's in the alias file ("the official told PTI": the Press Trust
of India, not Pakistan's PTI). Issue from a new user, reproduced on invented sentences."""

from __future__ import annotations

from annotate.actors import person_name
from annotate.datelines import agency_use
from annotate.gazetteer import load_gazetteer

from .test_attribution import analyse, quote, who


def _names(d) -> set[str]:
    return {a.name for a in d.actors.actors.values()}


def test_a_title_and_name_of_a_town_is_the_person_not_the_town():
    text = 'Mayor Ana Lopez of Port Coral said "the shelters are full" after the storm hit the coast.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "shelters are full") == "Ana Lopez"
    assert d.actors.get(quote(d, srcs[0], "shelters are full").actor_id).kind == "person"
    assert "Port Coral" not in _names(d)


def test_a_title_and_name_of_an_organisation_is_the_person():
    text = 'Governor Tomas Reyna of the Central Reserve Bank said "the currency will hold" in San Salvador.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "currency will hold") == "Tomas Reyna"


def test_a_title_alone_before_of_keeps_the_name_after_it():
    gaz = load_gazetteer()
    assert person_name("Secretary of Energy Dana Whitlock", gaz) == "Dana Whitlock"
    assert person_name("Chief of Staff Omar Velde", gaz) == "Omar Velde"
    assert person_name("Governor Tomas Reyna of Ohio", gaz) == "Tomas Reyna"
    assert person_name("Commander Ali Rauf from the Eastern Command", gaz) == "Ali Rauf"


def test_a_spokesperson_for_a_named_sea_is_no_person_named_for_the_sea():
    text = 'A spokesperson for the North Coral Sea said "the trawlers left the reef" on Monday, the Fijian navy reported.\n'
    srcs, d = analyse(text)
    a = d.actors.get(quote(d, srcs[0], "trawlers left the reef").actor_id)
    assert a is None or a.kind != "person"
    assert not any(x.kind == "person" and "Sea" in x.name for x in d.actors.actors.values())


def test_an_agency_told_is_the_agency_not_a_party_of_the_alias_file():
    text = ('NEW DELHI: Troops exchanged fire along the border in Ladakh, an army officer told PTI. '
            '"The situation is tense," the officer told PTI.\n')
    srcs, d = analyse(text)
    assert not any(a.name == "PTI" or "Pakistan" in a.affiliation for a in d.actors.actors.values())


def test_a_byline_of_an_agency_makes_no_actor():
    text = 'By PTI\n\nIndian troops clashed with militants in Kupwara on Tuesday. "Two militants were killed," an officer said.\n'
    srcs, d = analyse(text)
    assert "PTI" not in _names(d)


def test_the_party_named_with_its_acronym_is_still_the_party():
    text = ('ISLAMABAD: The Pakistan Tehreek-e-Insaf (PTI) said "the rally will go ahead" in Lahore on Friday. '
            'PTI said "we will not back down."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "rally will go ahead") == "PTI"
    assert who(d, srcs[0], "will not back down") == "PTI"


def test_agency_use_reads_the_words_around_the_name():
    t = "the official told PTI. PTI reported it. By PTI. Pakistan Tehreek-e-Insaf (PTI) said. It ended on Monday (PTI). PTI said."
    at = [i for i in range(len(t)) if t.startswith("PTI", i)]
    uses = [agency_use(t, i, i + 3) for i in at]
    assert uses == [True, True, False, False, True, False]
    assert agency_use("Shelling resumed, according to ANI.", 31, 34)
    assert not agency_use("Shelling resumed, according to Hamas.", 31, 36)
    assert agency_use("SRINAGAR (ANI) - Mortars hit the depot.", 10, 13)
    line = "Mortars hit the depot.\nBy ANI\n"
    assert agency_use(line, line.index("ANI"), line.index("ANI") + 3)


def test_a_title_word_after_bin_is_a_fathers_name_not_a_title():
    text = ('Omani Foreign Minister and Deputy Prime Minister Faisal bin Hamad bin Sultan Al Saud urged '
            'Ethiopia and Eritrea “to return to talks without delay,” the state news agency reported.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "return to talks") == "Faisal bin Hamad bin Sultan Al Saud"
    assert d.actors.get(quote(d, srcs[0], "return to talks").actor_id).kind == "person"


def test_person_name_keeps_a_title_word_after_ibn():
    gaz = load_gazetteer()
    assert person_name("Minister Omar ibn Sheikh Haddad", gaz) == "Omar ibn Sheikh Haddad"
