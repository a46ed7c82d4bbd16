"""Names the model tags as a person's that a list of groups or an outlet's noun make an
organisation's (annotate/nlp/org_contexts.py). Invented sentences, the real model; each case
first checks the model's error, then people in the same shapes stay people."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.entities import correct_entities


def labels(nlp, text: str) -> tuple[dict[str, str], dict[str, str]]:
    doc = nlp(text)
    before = {e.text: e.label_ for e in doc.ents}
    correct_entities(doc, load_gazetteer())
    return before, {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters waved flags of paramilitary groups, including al-Tarjeh and Asa'ib Mord, at a funeral in Basra.", "al-Tarjeh"),
        ("Militant factions such as Jund Kelva have claimed the attack.", "Jund Kelva"),
        ("The prison director told the Andivisa channel that order had been restored.", "Andivisa"),
    ],
)
def test_a_listed_group_or_an_outlet_is_an_organisation(nlp, text, name):
    before, after = labels(nlp, text)
    assert before[name] == "PERSON"  # the model's error the rule corrects
    assert after[name] == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Several leaders, including Omar Saleh and Tarek Aziz, attended.", "Omar Saleh"),
        ("Armed groups, including one led by Omar Saleh, attended.", "Omar Saleh"),
        ("The pop star told the Omar Saleh show that he was retiring.", "Omar Saleh"),
    ],
)
def test_people_listed_or_before_a_noun_stay_people(nlp, text, name):
    before, after = labels(nlp, text)
    assert before[name] == "PERSON"
    assert after[name] == "PERSON"


def test_an_outlet_named_before_its_noun_is_an_organisation_actor():
    from .test_actor_kinds import actor_names

    kinds = actor_names("“Order has been restored,” Colonel Ruben Tapia told the Andivisa channel.\n")
    assert kinds.get("Andivisa") == "organization" and kinds.get("Ruben Tapia") == "person", kinds


def test_an_institution_named_after_its_city_is_one_organisation(nlp):
    before, after = labels(nlp, "Moscow State University said classes would resume.")
    assert before == {"Moscow": "GPE"}  # the model cut the name at its city
    assert after == {"Moscow State University": "ORG"}


def test_a_countrys_name_before_a_body_is_left_to_the_state_bodies(nlp):
    before, after = labels(nlp, "Pakistan Army officials said two soldiers died, and Kelso Monday was quiet.")
    assert before.get("Pakistan") == "GPE"
    assert after.get("Pakistan") == "GPE" and "Pakistan Army" not in after
