"""Another attack told after a battle ("A separate attack at a cattle camp ...", "Another attack on
a village ...") is typed by what it hit, not by the type the article told last: an attack on the
places where civilians live is an attack on civilians, and, being another event, it does not
defer to the battle the article reports. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention

_BATTLE = "Rebels attacked army positions near Rumbek, South Sudan early on Saturday, a military spokesman said. "


def mentions(text: str, published: str = "2025-03-15") -> list[IncidentMention]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_another_attack_on_a_place_where_civilians_live_is_an_attack_on_civilians():
    got = mentions(_BATTLE + "A separate morning attack at a cattle camp in Pibor in Jonglei state left 12 herders dead.")
    assert [(m.kind, m.another) for m in got] == [("armed_clash", False), ("attack_on_civilians", True)]
    got = mentions(_BATTLE + "Another attack on a village in Jonglei state killed nine civilians.")
    assert [(m.kind, m.another) for m in got] == [("armed_clash", False), ("attack_on_civilians", True)]


def test_another_attack_naming_no_target_or_an_armed_one_stays_a_battle():
    got = mentions(_BATTLE + "Rebels launched another attack, this time in Jonglei state.")
    assert [m.kind for m in got] == ["armed_clash", "armed_clash"]
    got = mentions(_BATTLE + "Another attack on an army post in Jonglei state killed three soldiers.")
    assert [m.kind for m in got] == ["armed_clash", "armed_clash"]
    # (where it was, a town, says nothing of whom it hit)
    got = mentions(_BATTLE + "The raid came shortly after another assault in the town of Bor, when troops and rebels exchanged gunfire.")
    assert "attack_on_civilians" not in [m.kind for m in got]
