"""A state's body of prosecution, criminal investigation, prisons or customs is a government body,
not an organisation; its armed and police forces and international bodies stay organisations
(``government_bodies.justice_body``). Invented names and sentences."""

from __future__ import annotations

import pytest

from annotate.government_bodies import justice_body

from .test_actor_kinds import actor_names


@pytest.mark.parametrize("name", [
    "Prosecutor-General's Office", "the Investigative Committee", "Federal Penitentiary Service",
    "National Crime Agency", "Customs Service", "State Prosecutors' Office", "Bureau of Criminal Investigation",
    "Correctional Services Department",
])
def test_bodies_of_the_law_are_the_states(name):
    assert justice_body(name)


@pytest.mark.parametrize("name", [
    "National Police", "Border Guard Service", "Security Service", "Army Command",
    "UN Office on Drugs and Crime", "International Criminal Court", "European Anti-Fraud Office",
    "Crime Watch", "investigative journalist",
])
def test_forces_and_international_bodies_are_not(name):
    assert not justice_body(name)


def test_a_prosecutors_office_and_a_penitentiary_service_are_government_actors():
    kinds = actor_names(
        "A fuel depot burned near Tarnhold on Friday. The Marovian Prosecutor-General's Office said it had "
        "opened a case for arson. The Marovian Federal Penitentiary Service said three inmates had escaped.\n")
    office = [k for n, k in kinds.items() if "Prosecutor" in n]
    prisons = [k for n, k in kinds.items() if "Penitentiary" in n]
    assert office == ["government"] and prisons == ["government"]


def test_a_prosecutors_office_named_without_its_country_is_the_storys():
    from .test_attribution import actor, analyse

    _, d = analyse(
        "Gunmen attack power station in Chad\n\n"
        "Gunmen attacked a power station near Mongo in central Chad on Monday, killing four guards, Chadian "
        "officials said. Troops were sent from Abeche and N'Djamena.\n\n"
        "The Prosecutor-General's Office said it had opened a case against six suspects.\n")
    a = actor(d, "Prosecutor-General's Office")
    assert a is not None and a.kind == "government" and a.affiliation == "Chad"
