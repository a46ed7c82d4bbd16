"""A minister named by a bare title is of the country whose ministry of that portfolio the article
named before him ("Belize's foreign ministry said ... Foreign Minister X"), even when it names
another country's officials too; in a report that names one country alone, of that country."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.ministry_country import ministry_country

from .test_attribution import analyse


def test_ministry_country_finds_the_ministry_of_the_titles_portfolio():
    gaz = load_gazetteer()
    text = "Honduras’s navy held two boats, Belize’s foreign ministry said. Foreign Minister X said it was illegal."
    assert ministry_country(text, text.index("X said"), ["", "Foreign Minister"], gaz) == "Belize"
    text = "The Belizean Defence Ministry spoke. Then Honduras’s defense ministry replied. Defense Minister X said"
    assert ministry_country(text, text.index("X said"), ["", "Defense Minister"], gaz) == "Honduras"
    text = "Belize’s Ministry of Foreign Affairs said. Foreign Minister X said"
    assert ministry_country(text, text.index("X said"), ["", "Foreign Minister"], gaz) == "Belize"
    assert ministry_country(text, text.index("X said"), ["", "Prime Minister"], gaz) == ""
    assert ministry_country(text, text.index("X said"), ["", "Interior Minister"], gaz) == ""


def test_a_bare_foreign_minister_after_his_ministry_is_its_countrys():
    text = ("Honduras’s navy detained two Belizean fishing boats near the Sapodilla Cayes, Belize’s foreign ministry "
            "said on Thursday.\n\nForeign Minister Francis Fonseca called the seizure illegal. “This is a violation "
            "of our sovereignty,” Fonseca said.\n\nHonduran Defence Minister Jose Manuel Zelaya said the boats had "
            "entered Honduran waters.\n")
    _srcs, d = analyse(text)
    assert d.actors.get(d.actors.resolve("Francis Fonseca")).affiliation == "Belize"


def test_a_bare_minister_of_a_report_naming_one_country_alone_is_its():
    text = ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.\n\n"
            "Interior Minister Kipchumba Murkomen said 40 people were arrested. “We will not allow chaos,” he said.\n")
    _srcs, d = analyse(text)
    assert d.actors.get(d.actors.resolve("Kipchumba Murkomen")).affiliation == "Kenya"
