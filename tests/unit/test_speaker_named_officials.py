"""Who speaks when a title is followed by a person whose first name is also a country
("Defence Minister Jordan Hale"), and when a country's presidency or an unnamed ministry source
speaks (issue from a reader of news on the Sweida crisis, reproduced on invented sentences about
other conflicts): a title and a name make a person, never an alias of a government; a country's
presidency is its government; "an interior ministry source" speaks for that ministry."""

from __future__ import annotations

from .test_attribution import analyse, quote, who


def _kind(d, src, fragment) -> str | None:
    a = d.actors.get(quote(d, src, fragment).actor_id)
    return a.kind if a else None


def _aliases_of_governments(d) -> list[str]:
    return [al for a in d.actors.actors.values() if a.kind != "person" for al in [a.name, *a.aliases]]


def test_a_minister_whose_first_name_is_a_country_is_a_person_not_the_government():
    text = 'Jordanian Defence Minister Jordan Hale said "the strikes will continue" along the river on Monday.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "strikes will continue") == "Jordan Hale"
    assert _kind(d, srcs[0], "strikes will continue") == "person"
    assert not any("Hale" in n for n in _aliases_of_governments(d))


def test_a_first_name_that_is_a_country_after_a_rank_is_part_of_the_name():
    text = 'Colonel Georgia Marsh said "we hold the bridge" after the night attack near Tbilisi.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "we hold the bridge") == "Georgia Marsh"
    assert not any("Marsh" in n for n in _aliases_of_governments(d))


def test_the_same_minister_with_american_spelling_and_a_date_is_a_person():
    text = 'Chadian Defense Minister Chad Norris said today "our troops will not withdraw" from the border.\n'
    srcs, d = analyse(text)
    assert _kind(d, srcs[0], "will not withdraw") == "person"
    assert "Norris" in (who(d, srcs[0], "will not withdraw") or "")
    assert not any("Norris" in n for n in _aliases_of_governments(d))


def test_a_nationality_before_an_unnamed_minister_is_still_the_government():
    text = 'The Jordanian defence minister said "the strikes will continue" along the river.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "strikes will continue") == "Jordanian government"


def test_a_countrys_presidency_speaks_for_its_government():
    text = ('The Malian presidency said "the army will withdraw" from the northern town on Tuesday.\n\n'
            'Fighting near Gao and Bamako had killed dozens, Malian officials said. Later the presidency said '
            '"talks with the rebels will resume" in Bamako.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "the army will withdraw") == "Malian government"
    assert who(d, srcs[0], "talks with the rebels") == "Malian government"


def test_an_unnamed_ministry_source_speaks_for_the_ministry():
    text = ('An unidentified interior ministry source said "the curfew is lifted" in the capital.\n\n'
            'The Interior Ministry later said "order is restored" across the province.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "the curfew is lifted") == "Interior Ministry"
    assert who(d, srcs[0], "the curfew is lifted") == who(d, srcs[0], "order is restored")


def test_a_ministry_source_alone_is_still_the_ministry_not_a_person():
    text = 'A senior defence ministry official said "no troops crossed the border" overnight.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "no troops crossed") == "Defence Ministry"
    assert _kind(d, srcs[0], "no troops crossed") == "government"


def test_the_presidency_is_that_of_the_country_named_before_even_when_others_are_named():
    text = ('Earlier, the Armenian presidency vowed to punish those who shelled villages near Yerevan.\n\n'
            'Azerbaijan and Turkey called for calm, and Azerbaijani officials met Turkish envoys in Baku.\n\n'
            'In a statement, the presidency said it would "punish all those proven to be involved".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "punish all those") == "Armenian government"


def test_a_nationality_before_a_ministry_spokesman_still_gives_the_government():
    text = 'The Chilean foreign ministry spokesman said "the talks are over" in Santiago.\n'
    srcs, d = analyse(text)
    assert who(d, srcs[0], "the talks are over") == "Chilean government"
