"""Another event told after one of its type ("Another police post was also attacked nearby",
"four other attacks on army posts") is an event of its own, even when it names no place; a
side's losses in an attack ("the army suffered heavy losses in an attack") say whom it hit.
Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.incidents import cluster_incidents
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention


def mentions(text: str, published: str = "") -> list[IncidentMention]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_another_place_hit_or_other_attacks_counted_are_other_events():
    got = mentions("Insurgents stormed a gendarmerie post in Dori, Burkina Faso on Friday, killing four gendarmes. "
                   "A second army post was also raided the same night, officials said.", "2025-03-14")
    assert [(m.kind, m.another) for m in got] == [("armed_clash", False), ("armed_clash", True)]
    got = mentions("Jihadists killed 11 soldiers in a raid on a military camp in Tillaberi, Niger. "
                   "Three other raids on army positions that night left two civilians dead.")
    assert [m.another for m in got if m.kind == "armed_clash"] == [False, True]


def test_other_attacks_without_a_number_or_another_weapon_say_no_other_event():
    got = mentions("Militants attacked an army checkpoint in Kidal, Mali on Tuesday. Other attacks have hit the region for years.")
    assert not any(m.another for m in got)


def _m(start: int, another: bool = False, place: str = "") -> IncidentMention:
    return IncidentMention(start, start + 10, "Mali", "armed_clash", "", "", "", "", place, another=another)


def test_an_unplaced_other_event_after_its_sources_first_is_an_incident_of_its_own():
    got = cluster_incidents({"a": [_m(0, place="Kidal"), _m(50, another=True)], "b": [_m(0)]})
    assert sorted(sorted(i.evidence) for i in got) == [["a"], ["a", "b"]]
    # (an "other" event its source tells first is the one the other sources report)
    got = cluster_incidents({"a": [_m(0, another=True)], "b": [_m(0)]})
    assert [sorted(i.evidence) for i in got] == [["a", "b"]]


def test_a_sides_losses_in_an_attack_make_it_an_attack_on_that_side():
    got = mentions("MAPUTO, March 3 (AFP) - Mozambique's army lost dozens of men in an attack close to the Tanzanian frontier, "
                   "a commander said.", "2025-03-03")
    assert [(m.kind, m.country) for m in got] == [("armed_clash", "Mozambique")]


def test_an_agreement_told_again_meanwhile_is_the_one_agreement():
    def truce(start: int, another: bool = False) -> IncidentMention:
        return IncidentMention(start, start + 10, "Mali", "ceasefire_or_agreement", "", "", "", "", "", another=another)

    assert [sorted(i.evidence) for i in cluster_incidents({"a": [truce(0), truce(50, another=True)]})] == [["a"]]


def test_the_other_attacks_told_twice_are_one_other_event():
    got = cluster_incidents({"a": [_m(0, place="Kidal"), _m(50, another=True), _m(90, another=True)]})
    assert sorted(len(i.evidence["a"]) for i in got) == [1, 2]


def test_yet_another_attack_is_the_one_reported_as_one_more_of_a_series():
    got = mentions("Bandits raided the village of Kawo in Niger on Tuesday, killing six farmers. "
                   "Villagers voiced anger at yet another bandit raid on their homes.", "2025-03-14")
    assert [m.another for m in got] == [False, False]
