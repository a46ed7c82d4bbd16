"""An aide introduced by whom they serve speaks for themself: "X's spokesman Y said" and "President
X's spokesman, Y, said" are Y's words, not X's nor X's government's; a spokesman with no name
after the title still speaks for the principal's side."""

from __future__ import annotations

from annotate.spokesman_names import apposed_aide_end, without_possessive

from .test_attribution import analyse, who

LEAD = "Talks stall over the Essequibo dispute\nGuyanese and Venezuelan officials met in Brasília on Friday, diplomats said.\n"


def test_the_possessive_before_the_title_is_no_word_of_the_gap():
    assert without_possessive("’s spokesman ") == " spokesman "
    assert without_possessive(" and deputy ") == " and deputy "


def test_the_name_set_off_by_commas_after_an_aide_title_ends_the_phrase():
    text = "Prime Minister Mark Phillips's spokeswoman, Leonora Baptiste, said it was over."
    s = text.index("Leonora")
    persons = [(text.index("Mark"), text.index("'s"), "Mark Phillips"), (s, s + len("Leonora Baptiste"), "Leonora Baptiste")]
    end = text.index(", Leonora")
    assert apposed_aide_end(text, end, [p[0] for p in persons], persons) == s + len("Leonora Baptiste")
    other = "Prime Minister Mark Phillips's government, Leonora Baptiste said, was over."  # no aide title
    assert apposed_aide_end(other, other.index(", Leonora"), [p[0] for p in persons], persons) == other.index(", Leonora")


def test_the_aide_named_after_the_principal_speaks():
    text = LEAD + "Guyanese President Irfaan Ali's spokesman, Kwame McCoy, said “no inch of territory will be ceded.”\n"
    srcs, d = analyse(text)
    assert who(d, srcs[0], "no inch of territory") == "Kwame McCoy"


def test_the_aide_named_after_a_possessive_without_commas_speaks():
    text = LEAD + "Padrino's spokesman Freddy Ñáñez said “the referendum stands.”\n"
    srcs, d = analyse(text)
    assert who(d, srcs[0], "the referendum stands") == "Freddy Ñáñez"


def test_a_relative_named_after_the_person_they_are_tied_to_speaks_and_keeps_their_own_name():
    text = ("Clashes near the border town\n"
            "Militia leader Joseph Kabila Mutombo accused the army of shelling markets.\n"
            "Mutombo's nephew, Didier Mutombo, said “we will hold the bridge.”\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "we will hold the bridge") == "Didier Mutombo"


def test_a_minister_known_by_one_name_speaks_for_themself_not_for_the_government():
    from annotate.gazetteer import load_gazetteer
    from annotate.spokesman_names import titled_single_name

    gaz = load_gazetteer()
    assert titled_single_name(["Eritrean", "Prime", "Minister", "Isaias"], "Isaias", gaz)
    assert not titled_single_name(["Eritrean", "Foreign", "Ministry"], "Ministry", gaz)
    assert not titled_single_name(["the", "Prime", "Minister", "Eritrea"], "Eritrea", gaz)
    text = LEAD + "Guyanese Home Affairs Minister Benn said “the border posts are reinforced.”\n"
    srcs, d = analyse(text)
    assert who(d, srcs[0], "the border posts are reinforced") == "Benn"
