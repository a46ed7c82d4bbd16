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
