"""The brief groups sides by country: an actor affiliated to a body of a state (a command
whose own affiliation is the country) is under that country, the body named with it
("Positions by side: Veloria (Eastern Command) …"), never a side of its own. Real CLI on an
invented workspace: `bluf actors affiliation`, then `bluf export`."""

from __future__ import annotations

from ..tui.helpers import article_workspace
from .test_incidents_cli import bluf

TEXT = ("Border clash near Orvik\n\n"
        "“We will answer every raid on our posts,” said General Oskar Varn, the commander of the Eastern Command.\n\n"
        "“The patrols go on as before,” said Colonel Ilse Brand.\n\n"
        "“We urge both sides to stop the shooting,” said Foreign Minister Tomas Hale of Marenia.\n")


def test_an_actor_of_a_states_body_is_under_its_country_in_the_brief(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "orvik.txt", title="Border clash near Orvik", published="2026-03-05")
    sid = ws.sources()[0].id
    for i, q in enumerate(ws.quotes(sid)):
        ws.tag(sid, i, "hawkish" if "answer" in q.text else "neutral" if "patrols" in q.text else "cautious")
    ws.close()
    for argv in (("Eastern Command", "Veloria"), ("Oskar Varn", "Eastern Command"), ("Ilse Brand", "Veloria"),
                 ("Tomas Hale", "Marenia")):
        p = bluf(db, "actors", "affiliation", *argv)
        assert p.returncode == 0, p.stderr
    p = bluf(db, "export")
    assert p.returncode == 0, p.stderr
    line = next(ln for ln in p.stdout.splitlines() if ln.startswith("- Positions by side: "))
    assert "Veloria (Eastern Command) " in line and "; Eastern Command" not in line, line
    assert line.count("Veloria") == 1 and "Marenia" in line, line
    heads = [ln for ln in p.stdout.splitlines() if ln.startswith("### ")]
    assert "### Veloria" in heads and "### Eastern Command" not in heads, heads


REBELS = ("Army and rebels trade fire in the hills\n\n"
          "“We will take back every village,” said Colonel Ruben Ostra, a spokesman for the Colombian army, on Monday.\n\n"
          "“We are ready to talk if the bombing stops,” said Marta Velez, a commander of the Southern Liberation Front, on Tuesday.\n")


def test_a_rebel_group_is_a_side_of_its_own_not_the_state_it_fights(tmp_path):
    """A non-state armed group affiliated to the country it fights (as bluf or the analyst may
    set it) is its own side, "(non-state)", and the country "(state)"; its commander is under it."""
    (tmp_path / "hills.txt").write_text(REBELS, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "hills.txt").returncode == 0
    for argv in (("affiliation", "Southern Liberation Front", "Colombia"), ("affiliation", "Marta Velez", "Southern Liberation Front")):
        p = bluf(db, "actors", *argv)
        assert p.returncode == 0, p.stderr
    assert bluf(db, "tag", "hills", 1, "hawkish").returncode == 0
    assert bluf(db, "tag", "hills", 2, "cautious").returncode == 0
    md = bluf(db, "export").stdout
    line = next(ln for ln in md.splitlines() if ln.startswith("- Positions by side: "))
    assert line == "- Positions by side: Colombia (state) hawkish; Southern Liberation Front (non-state) cautious.", line
    heads = [ln for ln in md.split("## Actors", 1)[1].split("## Evidence", 1)[0].splitlines() if ln.startswith("### ")]
    assert heads == ["### Colombia (state)", "### Southern Liberation Front (non-state)"], heads


def test_gangs_are_apart_from_the_police_and_state_forces_stay_with_their_country():
    from collections import Counter

    from annotate.brief import ActorStance, draft_key_judgments, group_by_side, is_non_state

    def actor(name, kind, affiliation, label):
        return ActorStance(name.lower(), name, kind, affiliation, label, Counter({label: 1}), [], 1.0, "weak")

    actors = [actor("Ecuadorian police", "organization", "Ecuador", "hawkish"),
              actor("Interior Minister Lina Paz", "person", "Ecuador", "hawkish"),
              actor("Los Tigres gang", "group", "Ecuador", "threatening")]
    line = next(j for j in draft_key_judgments([], actors, []) if j.startswith("Positions by side: "))
    assert line == "Positions by side: Ecuador (state) hawkish; Los Tigres gang (non-state) threatening.", line
    assert [g.heading for g in group_by_side(actors)] == ["Ecuador (state)", "Los Tigres gang (non-state)"]
    # invented names of other conflicts: armed groups by their words, state bodies by their country
    for name, kind in (("Kessan Liberation Front", "organization"), ("Free Dorran Army", "organization"),
                       ("Velmora rebels", "group"), ("Northern Cartel", "organization")):
        assert is_non_state(name, kind), name
    for name, kind in (("Indian Army", "organization"), ("Russian forces", "organization"), ("Armed Forces of the Philippines", "organization"),
                       ("Peruvian police", "organization"), ("Kessan Liberation Front", "person"), ("residents", "group")):
        assert not is_non_state(name, kind), name
    # no non-state side: the country sides as before
    assert [g.heading for g in group_by_side(actors[:2])] == ["Ecuador"]


CHACO = ("Shelling on the Chaco border\n\n"
         "“We will hold every post on the river,” the Chaco Liberation Army said in a statement on Monday.\n\n"
         "“We are ready to talk if the shelling stops,” said Marta Velez, a commander of the Andean Resistance Front, on Tuesday.\n")


def test_a_states_own_army_is_the_states_side_whatever_words_its_name_has(tmp_path):
    """nu18 #1: the People's Liberation Army, affiliated to China, was headed "(non-state)"
    because its name holds "army" and "liberation". The side comes from kind and affiliation:
    an invented state army of Bolivia ("Chaco Liberation Army") is Bolivia's; a group of Bolivia
    named by a word no state body has ("Andean Resistance Front") stays a side of its own."""
    (tmp_path / "chaco.txt").write_text(CHACO, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "chaco.txt").returncode == 0
    for argv in (("affiliation", "Chaco Liberation Army", "Bolivia"), ("affiliation", "Andean Resistance Front", "Bolivia"),
                 ("affiliation", "Marta Velez", "Andean Resistance Front")):
        p = bluf(db, "actors", *argv)
        assert p.returncode == 0, p.stderr
    assert bluf(db, "tag", "chaco", 1, "hawkish").returncode == 0
    assert bluf(db, "tag", "chaco", 2, "cautious").returncode == 0
    md = bluf(db, "export").stdout
    line = next(ln for ln in md.splitlines() if ln.startswith("- Positions by side: "))
    parts = line.removeprefix("- Positions by side: ").rstrip(".").split("; ")
    assert sorted(parts) == ["Andean Resistance Front (non-state) cautious", "Bolivia (state) hawkish"], line
    heads = [ln for ln in md.split("## Actors", 1)[1].split("## Evidence", 1)[0].splitlines() if ln.startswith("### ")]
    assert sorted(heads) == ["### Andean Resistance Front (non-state)", "### Bolivia (state)"], heads


def test_non_state_is_decided_by_affiliation_before_name_words():
    from annotate.brief import is_non_state

    # invented bodies of real states: their state's, whatever their names say
    for name, aff in (("People's Liberation Army", "China"), ("Royal Ngari Army", "Nepal"), ("National Defence Forces", "Fiji"),
                      ("Tenth Liberation Brigade", "Bolivia")):
        assert not is_non_state(name, "organization", aff), name
    # a group affiliated to the country it fights, named by a word no state body has
    for name, aff in (("Kessan Liberation Front", "Norway"), ("Los Tigres gang", "Ecuador"), ("Velmora rebels", "Fiji")):
        assert is_non_state(name, "group" if " " in name and name.islower() else "organization", aff), name
    # no country affiliation: the name's words decide, as before
    assert is_non_state("Free Dorran Army", "organization", "")


COLLISION = ("Naval collision in the Skagerrak\n\n"
             "“We will not accept another collision in our waters,” the Norwegian government said in a statement on Monday.\n\n"
             "“The captain will face the full force of the law,” the Norwegian government said on Tuesday.\n\n"
             "“Our frigate was never near the trawler,” the Swedish government said on Wednesday.\n\n"
             "“Our navy will patrol the shared waters,” the Swedish government said on Thursday.\n\n"
             "“Our patrols are ready to board,” said Colonel Sven Moen, a spokesman for the Northern Command.\n\n"
             "“We will fight on,” said Jone Vaka, a commander of the Island Resistance Front.\n")


def test_bottom_line_and_key_judgments_word_sides_evenly(tmp_path):
    """nu18 #15: "Mixed: Taiwanese government (denial 1, hawkish 1) and Chinese government (China:
    hawkish 1, threatening 1)" named the side of one and not of the other, and "China (state)
    (Chinese Eastern Theatre Command)" had two brackets. A government named by its country's
    adjective says its side (no "(Norway: …)"), and a side's bodies share its heading's bracket."""
    (tmp_path / "collision.txt").write_text(COLLISION, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "collision.txt").returncode == 0
    p = bluf(db, "actors", "affiliation", "Northern Command", "Norway")
    assert p.returncode == 0, p.stderr
    for n, label in enumerate(("hawkish", "threatening", "denial", "hawkish", "threatening", "hawkish"), 1):
        assert bluf(db, "tag", "collision", n, label).returncode == 0
    md = bluf(db, "export").stdout
    bottom = md.split("## Bottom line", 1)[1].split("##", 1)[0]
    assert "Norwegian government (hawkish 1, threatening 1)" in bottom, bottom
    assert "Swedish government (denial 1, hawkish 1)" in bottom, bottom
    assert "(Norway:" not in bottom and "(Sweden:" not in bottom, bottom
    line = next(ln for ln in md.splitlines() if ln.startswith("- Positions by side: "))
    assert "Norway (state; Northern Command) mixed and threatening" in line, line
    assert ") (" not in line, line


def test_a_movement_and_its_members_are_a_side_apart_from_the_state_they_oppose():
    """nu16: in a brief on a country's protests the government, the army and the protest movement
    were one side, the country's. A movement, an opposition or protesters (and the people whose
    affiliation is that body with its country) are a side of their own; a ruling party is not.
    Invented names of bodies of a real country."""
    from collections import Counter

    from annotate.brief import ActorStance, group_by_side

    def actor(name, kind, affiliation, label):
        return ActorStance(name.lower(), name, kind, affiliation, label, Counter({label: 1}), [], 1.0, "weak")

    actors = [actor("Fiji government", "government", "Fiji", "hawkish"),
              actor("Fijian army", "organization", "Fiji", "hawkish"),
              actor("Students for Justice Movement", "organization", "Fiji", "hawkish"),
              actor("Mira Tosh", "person", "Students for Justice Movement, Fiji", "cautious"),
              actor("Vanua People's Party", "organization", "Fiji", "hawkish")]
    groups = {g.heading: sorted(a.name for a in g.actors) for g in group_by_side(actors)}
    assert groups == {"Fiji (state)": ["Fiji government", "Fijian army", "Vanua People's Party"],
                      "Students for Justice Movement (non-state)": ["Mira Tosh", "Students for Justice Movement"]}, groups
