"""A description with no name in it ("Army", "the authorities") that one article of the workspace
gave to its actor is not that actor in another article about another country: the army of a
Bolivian story is not the Kenyan army another article called "the Army", and "authorities" looked
up across the workspace are nobody's when another article writes them of no actor."""

from __future__ import annotations

from annotate.alias_scope import description_only, foreign_description, used_elsewhere

from .test_attribution import analyse

_KENYA = ('NAIROBI - The Kenyan army said on Monday it had repelled raiders near Mandera.\n\n'
          'The Army said "we hold the border posts" after the clash.\n')
_BOLIVIA = ('Three farmers were killed on Tuesday when gunmen raided a village in Bolivia’s Beni department, '
            'local officials said.\n\n'
            'Army regional commander Rodrigo Salcedo Vaca said the gunmen fled across the river.\n')


def test_description_only_is_lower_case_words_but_the_first():
    assert description_only("Army") and description_only("the authorities") and description_only("Coast guard")
    assert not description_only("Kenyan Army") and not description_only("KDF") and not description_only("")


def test_a_foreign_description_is_one_of_another_country_not_named_here():
    assert foreign_description("Army", "Kenya", False, "Bolivia")
    assert not foreign_description("Army", "Kenya", True, "Bolivia")  # the Kenyan army is named in this article
    assert not foreign_description("Army", "Bolivia", False, "Bolivia")  # the story's own army
    assert not foreign_description("Army", "", False, "Bolivia")  # an actor of no country
    assert not foreign_description("Kenyan Army", "Kenya", False, "Bolivia")  # a name, not a description


def test_used_elsewhere_needs_an_article_that_does_not_name_the_actor():
    texts = {"a": "the authorities said the road was shut.", "b": "authorities warn that patrols continue."}
    assert used_elsewhere("authorities", {"a"}, texts)
    assert not used_elsewhere("authorities", {"a", "b"}, texts)
    assert not used_elsewhere("coast guard", {"a"}, texts)


def test_another_storys_army_is_not_this_storys():
    srcs, d = analyse(_KENYA, _BOLIVIA)
    kenyan = d.actors.resolve("Kenyan army")
    assert kenyan is not None
    bolivian = srcs[1]
    at = bolivian.text.index("Army regional")
    for (sid, start, end), aid in d.actors.by_span.items():
        if sid == bolivian.id and start <= at < end:
            assert d.actors.canonical_id(aid) != kenyan, bolivian.text[start:end]


def test_authorities_of_one_story_are_no_key_when_another_writes_them_of_no_one():
    chad = ('Gunmen attacked a convoy near Abeche in eastern Chad on Friday, the Chadian government said.\n\n'
            '“Those behind the attack will be pursued,” the authorities said.\n')
    other = ('Raiders killed five herders in northern Zambia on Thursday, the Zambian government said.\n\n'
             'Authorities warn that patrols in the district will continue.\n')
    _srcs, d = analyse(chad)
    assert d.actors.resolve("Authorities") is not None  # one story: its authorities
    _srcs, d = analyse(chad, other)
    assert d.actors.resolve("Authorities") is None
