"""The phrases that say what a body is: where it is based, and the words that give its name.
Invented sentences."""

from __future__ import annotations

import re

from annotate.body_descriptions import APPOSITION_START, CALLED_WORDS, based_in_country
from annotate.gazetteer import load_gazetteer


def test_where_a_body_is_based_gives_its_country():
    gaz = load_gazetteer()
    assert based_in_country("a monitoring group based in Norway", gaz) == "Norway"
    assert based_in_country("a Kenya-based charity", gaz) == "Kenya"
    assert based_in_country("a relief group based in the Netherlands", gaz) == "Netherlands"
    assert based_in_country("an alliance of armed groups", gaz) == ""  # says no place
    assert based_in_country("a charity based in Zzyxland", gaz) == ""  # no such place


def test_the_words_that_introduce_a_bodys_name():
    called = re.compile(r"an?\s+\w+\s+" + CALLED_WORDS + r"\s+(?P<name>[A-Z]\w+)")
    assert called.search("a gang known as Halcones").group("name") == "Halcones"
    assert called.search("a faction dubbed Ravens").group("name") == "Ravens"
    assert called.search("a faction led by Ravens") is None
    apposed = re.compile(APPOSITION_START + r"\w+")
    assert apposed.match(", a monitor") and apposed.match(" , the charity") and apposed.match(", an NGO")
    assert apposed.match(" and a monitor") is None
