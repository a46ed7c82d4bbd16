"""A description with no name in it ("the army", "the authorities") names a different actor in
each article: looking it up across the corpus (``bluf ... --actor "the army"``, the brief's actor
filter, a tag whose actor was renamed) must not give whichever article came first. Each article's
own mentions keep their actor."""

from __future__ import annotations

from .test_attribution import analyse, who

_CHILE = ('The Chilean army said "the pass is closed" on Monday near Arica.\n\n'
          'Later the army said "we hold the ridge" above the valley.\n')
_PERU = ('Peruvian soldiers patrolled Cusco on Tuesday. The Peruvian army said "the rebels retreated".\n\n'
         'The army said "the curfew stays" in Cusco.\n')


def test_two_countries_armies_keep_their_own_quotes():
    srcs, d = analyse(_CHILE, _PERU)
    assert who(d, srcs[0], "we hold the ridge") == "Chilean army"
    assert who(d, srcs[1], "the curfew stays") == "Peruvian army"


def test_the_army_names_no_one_across_two_countries_armies():
    for texts in ((_CHILE, _PERU), (_PERU, _CHILE)):
        _srcs, d = analyse(*texts)
        assert d.actors.resolve("the army") is None
        assert d.actors.resolve("army") is None
        assert d.actors.get(d.actors.resolve("Chilean army")).name == "Chilean army"
        assert d.actors.get(d.actors.resolve("Peruvian army")).name == "Peruvian army"


def test_the_army_of_the_only_army_is_still_found():
    _srcs, d = analyse(_CHILE)
    assert d.actors.get(d.actors.resolve("the army")).name == "Chilean army"
