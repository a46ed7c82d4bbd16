"""A country by its compass short form ("the South's army"), and a person named as the object of a
comparison given no title. Invented sentences."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.roles import title_run
from annotate.short_forms import country_for_short_form

from .test_attribution import analyse


def test_a_compass_possessive_is_the_one_country_of_the_article_it_starts():
    gaz = load_gazetteer()
    text = "South Sudan accused rebels of the attack. The South's army said it repelled them."
    assert country_for_short_form("the South's army chief", text, gaz) == "South Sudanese army chief"
    assert country_for_short_form("the North's army", text, gaz) == "the North's army"  # no such country named
    both = text + " South Africa sent envoys."
    assert country_for_short_form("the South's army", both, gaz) == "the South's army"  # two: no guess


def test_a_name_after_a_preposition_has_no_title_run():
    text = "One cartoon compares Chile's Interior Minister to Joan of Arc, the paper said."
    assert title_run(text, text.index("Joan")) == ""
    titled = "Peru's Ambassador to France Luis Vega said so."
    assert title_run(titled, titled.index("Luis")) == "Peru's Ambassador to France"


def test_the_historical_figure_of_a_comparison_takes_no_country():
    text = ("Protest cartoon angers Lima\n"
            "LIMA (Reuters) - A cartoon comparing Peru's First Lady to Marie Antoinette was found on the palace grounds, "
            "the Andina news agency reported. President Luis Vega called it “an insult to the nation,” Andina reported.\n")
    srcs, d = analyse(text)
    names = {a.name: a for a in d.actors.actors.values()}
    assert names["Luis Vega"].affiliation == "Peru", names  # the story's country does reach its people
    assert "Marie Antoinette" in names and names["Marie Antoinette"].affiliation == "", names
