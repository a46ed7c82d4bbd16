"""Actors linked to what they said or did (session 18, invented sentences). The subject of a copula
whose adjective an infinitive completes ("X was due to travel ... to defuse the tension") does what
the infinitive says, unless negated; the leader of men who did a deed ("units led by General X
occupied the square") did it; "Local police" opening a sentence is no other body's police."""

from __future__ import annotations

from .test_stance import suggested


def test_the_subject_of_an_adjective_an_infinitive_completes_does_the_act():
    # "X was due to travel ... to defuse the tension": X's act, though the copula is the verb.
    s = suggested("Deputy Prime Minister Ivo Marek was due to travel to Riga on Tuesday to try and defuse the tension, "
                  "police said.\n", "Ivo Marek")
    assert s is not None and s.label == "cautious" and "defuse" in s.reason, s


def test_a_capitalised_word_opening_a_sentence_is_no_other_bodys_name():
    # "Local police told ..." after "the Chilean police": "Local" is capitalised for its place, not
    # a name (the model tagged none); "Argentine police" (a name) stays another body's.
    from annotate.models import Analysis, Entity
    from annotate.nlp.named_again import named_again

    text = ("Officers of the Chilean police were deployed on Monday.\n"
            "Local police told reporters the fire was set.\nArgentine police said nothing.\n")
    first = text.index("the Chilean police")
    arg = text.index("Argentine")
    known = {(first, first + len("the Chilean police")): "chilean-police"}
    chile = text.index("Chilean")
    analysis = Analysis("s", "p", entities=[Entity(chile, chile + len("Chilean"), "NORP", "Chilean"),
                                            Entity(arg, arg + len("Argentine"), "NORP", "Argentine")])
    found = named_again(text, analysis, lambda s, e: known.get((s, e)))
    local = text.index("Local police") + len("Local ")
    assert (local, local + len("police"), "chilean-police") in found, found
    assert not any(s > arg for s, _, _ in found), found


def test_the_leader_of_men_who_did_a_deed_did_it():
    # "units led by General X – ... – occupied the square": the men's deed is their leader's.
    s = suggested("Military units led by General Ivo Marek – dismissed as commander of the army a day earlier – "
                  "occupied the main square of the capital on Wednesday.\n", "Ivo Marek")
    assert s is not None and s.label == "hawkish" and "occupied" in s.reason, s


def test_talks_led_by_a_president_are_no_deed_of_force():
    s = suggested("The peace talks led by President Ivo Marek ended on Sunday.\n", "Ivo Marek")
    assert s is None or s.label != "hawkish", s


def test_a_negated_adjective_keeps_its_negation():
    s = suggested("The Fijian Liberation Army is not willing to respect the truce.\n", "Fijian Liberation Army")
    assert s is not None and s.label == "hawkish", s
