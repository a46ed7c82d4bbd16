"""An official with a bare title ("Secretary of State X") who meets another state's official
("with Canadian Foreign Minister Y") is not given that state because it is the only one the
article gives an official (a new user's page filed the U.S. Secretary of State under Canada).
Invented names and text."""

from __future__ import annotations

from annotate.counterparts import counterpart_countries
from annotate.gazetteer import load_gazetteer

from .test_attribution import actor, analyse

TEXT = """Secretary Says Pipeline Damage Opens a Door

Secretary of State Gideon Marlow holds a joint press availability with Canadian Foreign Minister Claire Dubois in Washington on September 30.

Secretary of State Gideon Marlow said Friday that the damage to the pipelines offers a “tremendous opportunity” to end the dependence on imported gas.
"""


def test_the_side_an_official_meets_is_not_his_country():
    _, d = analyse(TEXT)
    assert actor(d, "Claire Dubois").affiliation == "Canada"
    assert actor(d, "Gideon Marlow").affiliation != "Canada"


def test_counterpart_countries_reads_the_words_after_with_met_and_told():
    gaz = load_gazetteer()
    text = ("Minister Ana Ruiz met Kenya's President Joseph Otieno on Monday. Later Ruiz told U.S. officials the deal held. "
            "Ruiz said Kenyan farmers would gain.")
    assert counterpart_countries(text, "Ana Ruiz", gaz) == {"Kenya"}
    assert counterpart_countries(text, "Ruiz", gaz) == {"Kenya", "United States"}
    assert counterpart_countries("Ruiz said Kenyan farmers would gain.", "Ruiz", gaz) == set()
