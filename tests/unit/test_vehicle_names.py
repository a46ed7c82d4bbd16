"""An aircraft's or a weapon's model is no person and no actor (nu20 defect 3: "an Embraer 190
jet", "the Osprey aircraft" were persons in the actor list): a vehicle noun (jet, aircraft,
plane, helicopter, drone, missile, tank...) after the name, or right before it, makes the name
a PRODUCT when the model took it for a person or it has a model number. An organisation or a
nationality that owns the vehicle ("a Hamas rocket", "Ukrainian drones", "a Wagner fighter")
stays what it is. Invented sentences, the real model."""

from __future__ import annotations

import pytest

from .test_actor_kinds import actor_names, labels


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The Tornavia Air flight, an Embraer 175 jet, came down near Kelso on Tuesday, officials said.",
         "Embraer 175"),
        ("Marines flew in on the Osprey aircraft before dawn, said Captain Dan Reyes.", "Osprey"),
        ("Rebels shot down a Bayraktar drone near the dam, said Lina Oru, a commander.", "Bayraktar"),
        ("The Kh-101 cruise missile hit a depot at night, said Oleg Marn.", "Kh-101"),
        ("Soldiers loaded the missile Oreshnik onto a truck, said Tomas Berg.", "Oreshnik"),
    ],
)
def test_a_model_before_or_after_a_vehicle_noun_is_a_product(nlp, text, model):
    _, after = labels(nlp, text)
    assert after.get(model) == "PRODUCT", after


def test_a_model_is_no_actor_in_every_mention_and_the_speakers_stay():
    kinds = actor_names(
        "Marines flew in on the Osprey aircraft before dawn, said Captain Dan Reyes.\n\n"
        "Osprey later took off again with eight wounded on board, Reyes said.\n",
        "Rebels shot down a Bayraktar drone near the dam, said Lina Oru, a commander.\n")
    assert kinds.get("Dan Reyes") == "person" and kinds.get("Lina Oru") == "person", kinds
    assert not any("Osprey" in name or "Bayraktar" in name for name in kinds), kinds


def test_an_owner_of_the_vehicle_or_its_maker_keeps_its_label(nlp):
    _, after = labels(nlp, "A Hamas rocket hit the town, and a Wagner fighter was captured, said Nina Falk.")
    assert after.get("Hamas") == "ORG" and after.get("Nina Falk") == "PERSON", after
    assert after.get("Wagner") != "PRODUCT", after
    _, after = labels(nlp, "Ukrainian drones hit the depot, and an Azerbaijan Airlines plane landed safely.")
    assert after.get("Ukrainian") == "NORP" and after.get("Azerbaijan Airlines") != "PRODUCT", after
    _, after = labels(nlp, "Embraer aircraft manufacturer Paulo Vinhas said the jet was sound.")
    assert after.get("Embraer") != "PRODUCT", after  # "aircraft" modifies "manufacturer": the maker
