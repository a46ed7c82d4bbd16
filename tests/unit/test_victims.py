"""People named as victims are private people of the story, whom the back-off places in its country.
Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.victims import named_as_victim, speaks_at

from .test_attribution import actor, analyse


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def test_a_name_in_a_sentence_of_harm_is_a_victims():
    t = "The victims were named as Josefa Tuilagi and Mere Vula. Police said the road was closed."
    assert named_as_victim(t, *_at(t, "Josefa Tuilagi"))
    t = "Police said the road was closed. Josefa Tuilagi said the road was closed."
    assert not named_as_victim(t, *_at(t, "Josefa Tuilagi"))
    t = "Josefa Tuilagi said two men were killed."
    assert speaks_at(t, _at(t, "Josefa Tuilagi")[1])  # a witness who speaks: no victim for the back-off
    t = "The army said the dead rebel commander was Josefa Tuilagi."
    assert not named_as_victim(t, *_at(t, "Josefa Tuilagi"))  # an enemy named by his role


def test_a_speaker_named_as_wounded_is_left_to_the_other_rules():
    text = (
        "Shelling on the Fiji border\n\n"
        "Tavita Lomu said the shelling went on all night near Nadi in western Fiji. Lomu was wounded on Sunday, "
        "Fijian police said.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Tavita Lomu")
    assert a is not None and a.affiliation == ""


def test_named_victims_take_the_storys_country():
    text = (
        "Gunmen kill three in Fijian village\n\n"
        "Gunmen shot dead three villagers near Nadi in western Fiji on Sunday, police said. The victims were "
        "named as Josefa Tuilagi, Mere Vula and Samisoni Rabuka. A fourth man, Epeli Nailatikau, was wounded.\n"
    )
    _, d = analyse(text)
    for name in ("Samisoni Rabuka", "Epeli Nailatikau"):
        a = actor(d, name)
        assert a is not None and a.affiliation == "Fiji", name

