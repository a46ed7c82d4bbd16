"""A government the article names only as an object ("talks with the Bhutanese government") is an
actor all the same. Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import actor, analyse


def test_a_government_named_only_as_an_object_is_an_actor():
    _, d = analyse(
        "Fishermen held in Bhutan row\n\n"
        "Nepal's opposition leader Ram Thapa said on Monday that the Nepali government should hold talks with "
        "the Bhutanese government to free the 12 fishermen held in the custody of the Bhutanese authorities.\n"
    )
    a = actor(d, "Bhutan government")
    assert a is not None and a.kind == "government" and a.affiliation == "Bhutan"
    assert actor(d, "the Bhutanese authorities") is a


def test_a_nation_word_of_no_country_names_no_government():
    _, d = analyse("Talks stall\n\nThe Kurdish authorities and the Amhara government traded blame on Monday.\n")
    assert [a.name for a in d.actors.actors.values() if a.kind == "government"] == []
    # The control: the same sentence with a country's demonym names that country's government.
    _, d = analyse("Talks stall\n\nThe Kenyan authorities and the Amhara government traded blame on Monday.\n")
    a = actor(d, "Kenyan authorities")
    assert a is not None and (a.kind, a.affiliation) == ("government", "Kenya")
    assert [a.name for a in d.actors.actors.values() if a.kind == "government"] == [a.name]


def test_a_government_named_by_a_common_noun_alone_is_the_story_countrys():
    from annotate.government_mentions import bare_governments

    text = ("Authorities warn of more floods. Farmers blame the national government and a military government "
            "before it; the state government and the local authorities are silent, and so is the government of Chad.")
    assert [text[s:e] for s, e in bare_governments(text)] == ["Authorities", "the national government", "a military government"]
    _, d = analyse(
        "Farmers block roads in Malawi\n\n"
        "LILONGWE -- Hundreds of farmers blocked roads between Lilongwe and Blantyre on Monday, accusing the "
        "central government of ignoring the drought. Police in Zomba said 14 farmers were arrested.\n"
    )
    a = actor(d, "Malawi government")
    assert a is not None and (a.kind, a.affiliation) == ("government", "Malawi")
    assert actor(d, "the central government") is None  # no alias: another article's central government is another


def test_a_government_named_by_a_common_noun_in_a_story_of_two_countries_is_no_ones():
    _, d = analyse(
        "Border talks stall\n\n"
        "Officials from Peru and Chile met in Lima on Monday, but the central government in each capital "
        "rejected the draft, and the interim authorities of both sides traded blame.\n"
    )
    assert [a.name for a in d.actors.actors.values() if a.kind == "government"] == []
