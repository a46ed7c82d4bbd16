"""National adjectives only a country's official name holds ("Hellenic Republic"): a body named with
one is that country's. Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.official_adjectives import official_adjectives
from annotate.roles import name_affiliation

from .test_attribution import analyse


def test_official_names_give_adjectives_the_alias_file_lacks():
    gaz = load_gazetteer()
    assert any(adj == "Hellenic" for adj, _ in official_adjectives())
    assert gaz.country("Hellenic").name == "Greece" and gaz.country("Rwandese").name == "Rwanda"
    assert gaz.country("Islamic") is None and gaz.country("Federal") is None  # "Islamic Republic of ...": no adjective
    assert name_affiliation("Hellenic Coast Guard", gaz) == "Greece"


def test_a_body_named_with_such_an_adjective_is_of_that_country():
    _, d = analyse(
        "Migrant boat sinks off Lesbos\n\n"
        "The Hellenic Coast Guard said it had rescued 40 people after a dinghy sank off Lesbos on Sunday. "
        "“The search goes on through the night,” the Hellenic Coast Guard said.\n"
    )
    aid = d.actors.resolve("Hellenic Coast Guard")
    a = d.actors.get(aid) if aid else None
    assert a is not None and a.kind == "organization" and a.affiliation == "Greece"
