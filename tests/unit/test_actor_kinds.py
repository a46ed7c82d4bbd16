"""What a name is, whatever label the small model gives it: ships and malware are no actors, a
ransomware gang is an organisation, a time zone is no actor, a newspaper cut at its place name is
one outlet, a government's metonym is no place (issue 14.3). Invented sentences, the real model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.entities import correct_entities

from .test_attribution import analyse


def labels(nlp, text: str) -> tuple[dict[str, str], dict[str, str]]:
    """(the model's labels, the labels after bluf's corrections) by entity text."""
    doc = nlp(text)
    before = {e.text: e.label_ for e in doc.ents}
    correct_entities(doc, load_gazetteer())
    return before, {e.text: e.label_ for e in doc.ents}


def actor_names(*texts: str) -> dict[str, str]:
    """Actor name -> kind, for the invented texts analysed as one corpus."""
    _, d = analyse(*texts)
    return {a.name: a.kind for a in d.actors.actors.values()}


def test_a_ships_name_is_no_person_actor():
    kinds = actor_names("The tanker Nordic Vale was hit by a drone off Yemen, said Omar Saleh, a port official.\n")
    assert "Omar Saleh" in kinds and not any("Nordic Vale" in name for name in kinds)


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The tanker Marta Lind sailed on. Marta Lind later reached Djibouti.", "Marta Lind"),  # every mention
        ("The Sea Falcon, a Greek-owned tanker, was struck twice. Sea Falcon’s crew was safe, said the owners.",
         "Sea Falcon’s"),  # an apposition names the ship
        ("Rebels seized the Liberian-flagged Baltic Dawn on Monday, a navy spokesman said.", "Baltic Dawn"),
    ],
)
def test_a_ships_name_is_a_product_not_a_person_organisation_or_place(nlp, text, ship):
    before, after = labels(nlp, text)
    assert before[ship] != "PRODUCT"  # the model's error this rule corrects
    assert after[ship] == "PRODUCT"


def test_a_shipping_company_is_not_its_ship(nlp):
    _, after = labels(nlp, "The tanker's owner, Nordvik Shipping, said the crew was safe.")
    assert after.get("Nordvik Shipping") == "ORG"


def test_an_airline_called_a_carrier_is_not_a_ship(nlp):
    _, after = labels(nlp, "Flights were cancelled by national carrier Skyways Express, said Ana Tuck.")
    assert after.get("Skyways Express") != "PRODUCT"


@pytest.mark.parametrize(
    ("text", "malware"),
    [
        ("The Zorbex ransomware encrypted the servers, said Tom Fisk. Zorbex demanded $5 million, Fisk said.", "Zorbex"),
        ("Investigators said Krampa, a ransomware strain, had hit a dozen water utilities.", "Krampa"),
        ("The attack used a wiper known as Dustfall, the agency said.", "Dustfall"),
    ],
)
def test_malware_is_a_product_not_an_organisation(nlp, text, malware):
    before, after = labels(nlp, text)
    assert before[malware] in ("ORG", "NORP", "PERSON")  # the model's error this rule corrects
    assert after[malware] == "PRODUCT"


def test_a_ransomware_gang_is_an_organisation(nlp):
    doc = nlp("The Vortan ransomware gang claimed the attack. Vortan said it had the files.")
    assert [e.label_ for e in doc.ents if e.text == "Vortan"] == ["NORP", "ORG"]  # the model's error
    correct_entities(doc, load_gazetteer())
    assert [e.label_ for e in doc.ents if e.text == "Vortan"] == ["ORG", "ORG"]
    _, after = labels(nlp, "Hackers of the Zandor ransomware group said they had the files.")
    assert after["Zandor"] == "ORG"  # the model says GPE
    kinds = actor_names("The Vortan ransomware gang claimed the attack. “We have the files,” Vortan said.\n")
    assert kinds.get("Vortan") == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "The explosion was reported at 0600 GMT on Tuesday.",
        "Polls close at 1800 UTC, the commission said.",
        "“We saw the blast at 0400 GMT,” Ryan Moss said. GMT said nothing.",
    ],
)
def test_a_time_zone_is_no_name(nlp, text):
    before, after = labels(nlp, text)
    assert {k for k, v in before.items() if v == "ORG" and k in ("GMT", "UTC")}  # the model's error
    assert not {k for k, v in after.items() if v in ("ORG", "PERSON", "GPE") and k.split()[-1] in ("GMT", "UTC")}


def test_a_time_before_a_time_zone_is_no_date(nlp):
    before, after = labels(nlp, "The first blast was heard at 1430 GMT, police said.")
    assert before["1430"] == "DATE"  # would be read as the year 1430
    assert after.get("1430 GMT") == "TIME" and "1430" not in after


def test_a_newspaper_named_after_its_city_is_one_outlet_never_a_fragment(nlp):
    before, after = labels(nlp, "The Denver Times reported the blast on Monday, the Los Angeles Times said.")
    assert before.get("Times") == "ORG"  # the model cut "the Los Angeles" + "Times"
    assert after.get("Los Angeles Times") == "ORG" and "Los Angeles" not in after
    assert load_gazetteer().is_outlet("Los Angeles Times") and load_gazetteer().is_outlet("The Denver Times")
    # The paper is one cited outlet (an organisation, since session 10), never "Times" or the city alone.
    kinds = actor_names("“We saw it,” the Los Angeles Times quoted Dan Roe as saying.\n")
    assert [n for n in kinds if "Times" in n or "Los Angeles" in n] == ["Los Angeles Times"]
    assert kinds["Los Angeles Times"] == "organization" and kinds.get("Dan Roe") == "person"


@pytest.mark.parametrize("name", ["Police Post", "Border Post", "Times Square", "Post"])
def test_a_place_of_duty_is_no_newspaper(name):
    assert not load_gazetteer().is_outlet(name)


def test_a_governments_metonym_is_an_organisation_not_a_place(nlp):
    _, after = labels(nlp, "The White House said on Monday that it would respond.")
    assert after["White House"] == "ORG"
    _, after = labels(nlp, "Officials in Moscow said the talks would go on.")
    assert after["Moscow"] == "GPE"  # a capital is still a place


def test_a_name_with_a_title_in_apposition_is_a_person_of_that_country():
    _, d = analyse("Tarzi, Afghanistan's former president, said “the talks must go on.”\n")
    a = d.actors.get(d.actors.resolve("Tarzi"))
    assert a is not None and a.kind == "person" and a.affiliation == "Afghanistan"
    _, d = analyse("Georgia, a former Soviet republic, said it would help.\n")
    assert d.actors.get(d.actors.resolve("Georgia")).kind == "government"  # a country stays one


def test_an_adviser_to_a_known_group_speaks_for_it():
    from .test_attribution import who

    srcs, d = analyse("“The offer stands,” an adviser to Hamas told reporters.\n")
    assert who(d, srcs[0], "offer stands") == "Hamas"


def test_a_name_the_model_cuts_in_two_is_one_person(nlp):
    doc = nlp("A billboard showed the Houthi leader Abdul-Malik Badreddin al-Houthi and others.")
    correct_entities(doc, load_gazetteer())
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Abdul-Malik Badreddin al-Houthi"]
    _, d = analyse("A billboard showed the Houthi leader Abdul-Malik Badreddin al-Houthi and others.\n")
    assert d.actors.get(d.actors.resolve("Abdul-Malik Badreddin al-Houthi")).affiliation == "Houthis, Yemen"


def test_a_web_forms_words_and_a_headings_first_word_are_no_people():
    kinds = actor_names("Get updates in your inbox + Subscribe Thank you for subscribing! Try again later Invalid Email\n\n"
                        "The clinics were hit on Friday, said Dr Ana Pike.\n\nExtortion note\n\nScreens showed a demand.\n")
    assert "Ana Pike" in kinds and not any("Email" in n or n == "Extortion" for n in kinds)


def test_a_body_whose_name_ends_in_its_acronym_is_no_person():
    kinds = actor_names("A spokesman for the Westholm North CCG confirmed some surgeries were affected.\n")
    assert kinds.get("Westholm North CCG") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An affiliate, Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM), has claimed the attack.", "Jama'a Nusrat ul-Islam wa al-Muslimin"),
        ("The Harakat Tahrir al-Sham (HTS) took the town.", "Harakat Tahrir al-Sham"),
        ("An Al Qaeda affiliate, Jama'a Nusrat ul-Islam wa al-Muslimin (JNIM), has claimed responsibility for a raid.",
         "Jama'a Nusrat ul-Islam wa al-Muslimin"),  # the model tags two people in it
    ],
)
def test_a_name_spelt_out_before_its_acronym_is_one_organisation(nlp, text, name):
    _, after = labels(nlp, text)
    assert after.get(name) == "ORG" and not any(v == "PERSON" for v in after.values())


def test_a_persons_name_before_initials_in_brackets_stays_a_person(nlp):
    _, after = labels(nlp, "The plan was drafted by Anna Maria Pike (AMP), the council's lawyer, on Monday.")
    assert after.get("AMP") != "PERSON" and all(v != "ORG" for k, v in after.items() if "Pike" in k)


def test_a_person_with_initials_in_brackets_stays_a_person(nlp):
    _, after = labels(nlp, "Talks were led by Ana Pike (AP) of the council.")
    assert after.get("Ana Pike") != "ORG"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Judge Alba March opened the hearing.", "Alba March"),
        ("Vance May Attend Summit In Riga", "Vance"),
    ],
)
def test_a_month_after_a_name_is_its_surname_only_in_running_text(nlp, text, person):
    _, after = labels(nlp, text)
    assert after.get(person) == "PERSON"


def test_a_modal_may_after_a_name_is_no_surname(nlp):
    before, after = labels(nlp, "Officer Ann Lee May be late, the clerk said.")
    assert not any("May" in k for k in before)  # the model leaves "May" out; the rule does too
    assert not any("May" in k for k, v in after.items() if v == "PERSON")


@pytest.mark.parametrize(("text", "body"), [
    ('The Philippines\' coast guard said on Monday: "We will keep patrolling the reef."\n', "Philippine coast guard"),
    ('Lesotho\'s army said on Friday: "The barracks are calm."\n', "Lesotho army"),
])
def test_a_country_s_body_is_named_with_the_adjective_of_its_institutions_not_of_its_people(text, body):
    names = actor_names(text)
    assert body in names, names


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        # an administration is a government body
        ("Kelvania’s State Maritime Administration said the vessels were monitoring the area.\n",
         "State Maritime Administration", "government"),
        # a country's security council is its government's
        ("“We are watching closely,” a Chilean National Security Council spokesman said.\n",
         "Chilean National Security Council", "government"),
        ("The Norwegian Security Council said on Monday that the talks would continue.\n", "Norwegian Security Council", "government"),
        # a council of no state's executive stays an organisation
        ("The Tarkan Refugee Council said 300 families had fled.\n", "Tarkan Refugee Council", "organization"),
    ],
)
def test_a_body_headed_by_an_administration_or_a_countrys_security_council_is_a_government(text, body, kind):
    assert actor_names(text).get(body) == kind
