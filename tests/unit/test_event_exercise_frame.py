"""A strike rehearsed in a military exercise is the exercise, not an attack: in a clause whose
subject is the exercise ("The exercises began ..., with forces practicing blockades, strikes on
maritime targets"), under a verb of rehearsing, or "during the drills". A real attack beside an
exercise stays one. Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[str]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {m.kind for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_strikes_rehearsed_in_an_exercise_are_the_exercise():
    assert kinds("The exercises began early Tuesday around Chile, with Peruvian forces practicing blockades, "
                 "strikes on maritime and ground targets, and air interceptions.") == {"exercise_or_mobilisation"}


def test_an_attack_beside_an_exercise_stays_an_attack():
    assert kinds("The drills began a day after rebels attacked a navy ship near Arica on Monday.") == {"attack_on_or_seizure_of_ship"}
    assert kinds("Peruvian forces fired two missiles at a Chilean patrol boat near Arica on Monday.") == {"shelling_or_missile_attack"}


def test_a_launch_at_no_target_right_after_the_drills_is_the_drills():
    assert kinds("Peru began naval drills off Chile on Monday. Peruvian forces launched two missiles near Arica.") == {"exercise_or_mobilisation"}


def test_a_launch_at_a_target_or_in_another_paragraph_stays_an_attack():
    assert "shelling_or_missile_attack" in kinds("Peru began naval drills off Chile on Monday. "
                                                 "Peruvian forces launched two missiles at a Chilean patrol boat near Arica.")
    assert "shelling_or_missile_attack" in kinds("Peru began naval drills off Chile on Monday.\n\n"
                                                 "Peruvian forces launched two missiles near Arica on Tuesday.")
