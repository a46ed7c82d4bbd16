"""“…,” an outlet quoted a person: the person said the words, not the outlet that relays them
(a new user's page gave "news agency Reuters" a president's words)."""

from __future__ import annotations

from .test_attribution import analyse, who

_TEXT = ("Clashes in Chad\n\nN'DJAMENA, May 4 (Reuters) - Rebels attacked an army post in Abeche on Sunday.\n\n"
         "\"They tried to flee towards the border, where a crossing was prepared for them,\" news agency Reuters quoted Idriss Kebir.\n\n"
         "\"We will not leave,\" the agency quoted a resident as saying.\n")


def test_the_person_an_outlet_quoted_said_the_words():
    src, d = analyse(_TEXT)
    assert who(d, src[0], "tried to flee") == "Idriss Kebir"
    assert who(d, src[0], "We will not leave") != "Reuters"
