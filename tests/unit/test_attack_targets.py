"""A group named by its patron ("Egypt-backed militants") is never of the country it fires at."""

from __future__ import annotations

from annotate.attack_targets import targeted_country
from annotate.gazetteer import load_gazetteer

from .test_attribution import analyse


def test_the_target_is_the_first_country_in_the_attack_s_object():
    gaz = load_gazetteer()
    text = "Armed men fired rockets at an oil depot in Norway on Sunday, officials said."
    assert targeted_country(text, len("Armed men"), gaz) == "Norway"
    text = "Armed men fired mortars at Chilean marines in Peru overnight."
    assert targeted_country(text, len("Armed men"), gaz) == "Chile"
    assert targeted_country("Armed men met officials in Peru.", len("Armed men"), gaz) == ""
    # a ground attack in a country is no evidence that the group comes from elsewhere
    assert targeted_country("Armed men attacked a base in Peru.", len("Armed men"), gaz) == ""


def test_a_patron_named_group_is_not_of_the_country_it_attacks():
    (src,), d = analyse(
        "Egypt-backed militants fired rockets at a gas plant in Norway on Sunday, the Norwegian defence ministry said.\n"
        "“The militants will pay for this attack,” a Norwegian military spokesman said.\n"
    )
    assert all(a.affiliation != "Norway" for a in d.actors.actors.values() if "militants" in a.name)


def test_a_patron_named_group_attacking_foreign_troops_keeps_the_country_it_acts_in():
    (src,), d = analyse(
        "Egypt-backed militias fired rockets at Chilean troops in Peru on Sunday, Peruvian officials said.\n"
        "The militias have grown stronger in Lima, a Peruvian lawmaker said.\n"
    )
    groups = [a for a in d.actors.actors.values() if "militias" in a.name]
    assert groups and all(a.affiliation == "Peru" for a in groups)
