"""The brief groups sides by country: an actor affiliated to a body of a state (a command
whose own affiliation is the country) is under that country, the body named with it
("Positions by side: Veloria (Eastern Command) …"), never a side of its own. Real CLI on an
invented workspace: `bluf actors affiliation`, then `bluf export`."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

from .test_incidents_cli import bluf

TEXT = ("Border clash near Orvik\n\n"
        "“We will answer every raid on our posts,” said General Oskar Varn, the commander of the Eastern Command.\n\n"
        "“The patrols go on as before,” said Colonel Ilse Brand.\n\n"
        "“We urge both sides to stop the shooting,” said Foreign Minister Tomas Hale of Marenia.\n")


def test_an_actor_of_a_states_body_is_under_its_country_in_the_brief(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "orvik.txt", meta=Meta(title="Border clash near Orvik", published="2026-03-05"))])
    ws.analyze()
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
