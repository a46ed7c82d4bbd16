"""An actor named again by a shorter phrase later in the article ("Police said ..." after "the
Chilean police") is read there as at its full name (issue 16): invented texts of other places."""

from __future__ import annotations

import pytest

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name",
    [
        ("Officers of the Chilean police were deployed to the port of Antofagasta on Monday.\n\n"
         "Police said the fire at the warehouse was the result of a dispute between two gangs.\n", "Chilean police"),
        ("The Peruvian air force flew patrols over the border on Monday.\n\n"
         "The air force also warned of drone threats in several other regions.\n", "Peruvian air force"),
        ("Bolivia’s state television showed images of the flooded valley.\n\n"
         "Two bridges collapsed near the town, state television said.\n", "Bolivia’s state television"),
    ],
)
def test_a_body_named_again_by_its_head_is_reported_saying(text, name):
    s = suggested(text, name)
    assert s is not None and s.reason.endswith("in what the actor said"), s
    assert text[s.start : s.end].startswith(("Police said", "The air force", "Two bridges")), text[s.start : s.end]


def test_a_head_with_another_country_before_it_is_another_body():
    text = ("The Chilean police were deployed to the port of Antofagasta on Monday.\n\n"
            "Argentine police said the fire at the warehouse was the result of a dispute between two gangs.\n")
    s = suggested(text, "Chilean police")
    assert s is None or not text[s.start : s.end].startswith("Argentine"), s


def test_a_news_medium_reporting_a_seizure_claims_no_act():
    text = ("Bolivia’s state television showed images of the port on Monday.\n\n"
            "Marines of the Bolivian navy seized a fishing boat off the coast and detained its crew, state television said.\n")
    s = suggested(text, "Bolivia’s state television")
    assert s is not None and s.label == "neutral", s



def test_a_name_the_model_made_no_entity_of_is_read_where_the_actor_index_knows_it():
    # "The air force" is an actor's mention in the index (another finder made it), not an entity.
    from annotate.models import Analysis
    from annotate.nlp.named_again import named_again

    text = "Drones struck the port overnight.\n\nThe air force also warned of drone threats.\nLater the air force said two drones fell.\n"
    first = text.index("The air force")
    known = {(first, first + len("The air force")): "peruvian-air-force"}
    found = named_again(text, Analysis("s", "p"), lambda s, e: known.get((s, e)))
    later = text.index("the air force said") + len("the ")
    assert (later, later + len("air force"), "peruvian-air-force") in found, found
