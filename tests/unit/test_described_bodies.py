"""Organisations introduced by what they are: an apposition ("X, a rights group based in Sweden") or a
body's noun and "called"/"known as" before the name. Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.described_bodies import described_names

from .test_attribution import actor, analyse


def test_the_phrases_that_introduce_a_body():
    text = ("Kurtev, a monitoring group based in Sweden, counted the dead. Clashes broke out with a militia called "
            "Valley Defenders near Osh. The camp is run by a gang known as Los Lobos (The Wolves). Ana Ruiz, a party "
            "member, spoke; Tarkan News, a news agency, reported it; Peru and Chile, the neighbours, met.")
    found = {name: desc for _s, _e, name, desc in described_names(text)}
    assert "Kurtev" in found and "based in Sweden" in found["Kurtev"]
    assert "Valley Defenders" in found and "Los Lobos" in found
    assert "Ana Ruiz" not in found  # "a party member": the noun is a modifier
    assert "Tarkan News" not in found  # an outlet is never made an actor


def test_a_body_introduced_by_an_apposition_is_an_organisation_of_where_it_is_based():
    _, d = analyse(
        "Protesters shot in Bolivia\n\n"
        "Police fired on protesters in Potosi on Tuesday, Kurtev, a rights group based in Sweden, said. "
        "“At least nine people were shot,” Kurtev said in a statement.\n"
    )
    a = actor(d, "Kurtev")
    assert a is not None and a.kind == "organization" and a.affiliation == "Sweden"


def test_a_body_called_so_is_an_organisation_and_the_story_gives_its_country():
    _, d = analyse(
        "Militias clash in Bolivian city\n\n"
        "Fighting broke out in Cochabamba in central Bolivia on Friday between the police and a militia called "
        "Valley Defenders, Bolivian officials said. Troops were sent from La Paz and Sucre.\n"
    )
    a = actor(d, "Valley Defenders")
    assert a is not None and a.kind == "organization" and a.affiliation == "Bolivia"


def test_a_one_word_body_the_model_took_for_a_person_or_an_organisation_takes_where_it_is_based():
    # the model tags these names PERSON or ORG: either way the apposition says what they are
    for name in ("Sarvari", "Haldor"):
        _, d = analyse(
            "Protesters shot in Bolivia\n\n"
            f"Police fired on protesters in Potosi on Tuesday, {name}, a rights group based in Sweden, said. "
            f"“At least nine people were shot,” {name} said in a statement.\n"
        )
        a = actor(d, name)
        assert a is not None and a.kind == "organization" and a.affiliation == "Sweden", name


def test_a_person_described_as_a_member_stays_a_person():
    _, d = analyse(
        "Protesters shot in Bolivia\n\n"
        "Police fired on protesters in Potosi on Tuesday. “At least nine people were shot,” said Ana Ruiz, "
        "a member of a rights group based in Sweden.\n"
    )
    a = actor(d, "Ana Ruiz")
    assert a is not None and a.kind == "person"


def test_a_body_named_with_its_article_at_a_sentences_start_is_introduced_too():
    text = ("Shelling hit Kayes on Monday. The Malian Monitor for Civil Liberties, a Senegal-based rights group, "
            "said four people died. The Fund, a charity, gave tents.")
    found = {name: desc for _s, _e, name, desc in described_names(text)}
    assert "Malian Monitor for Civil Liberties" in found and "The Malian Monitor for Civil Liberties" not in found
    assert "Fund" not in found  # one capitalised word after "The": a common noun's capital, no name
    _, d = analyse("Villages shelled in Mali\n\n" + text + "\n")
    a = actor(d, "Malian Monitor for Civil Liberties")
    assert a is not None and a.kind == "organization" and a.affiliation == "Senegal"
