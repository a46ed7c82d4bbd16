"""`bluf incidents list`: incidents that share a title are told apart in it as in the brief
(their date, "undated", else their place). Real CLI on an invented workspace."""

from __future__ import annotations

from ..tui.helpers import article_workspace
from .test_incidents_cli import bluf

TEXT = ("On March 2, militants attacked a border post near Velorin, killing two guards, officials said.\n\n"
        "On March 9, militants attacked another post near Velorin, killing four guards.\n\n"
        "Militants have often attacked posts near Velorin.\n")


def test_incidents_of_one_title_are_listed_with_their_dates(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "posts.txt", title="Attacks near Velorin", published="2026-03-10")
    sid = ws.sources()[0].id
    made = []
    for para in TEXT.split("\n\n"):
        at = TEXT.index(para)
        made.append(ws.create_incident(sid, at, at + len(para.strip()), title="Attack on a post near Velorin"))
    dates = {iid: ws.incident(iid).date for iid in made}
    ws.close()
    p = bluf(db, "incidents", "list")
    assert p.returncode == 0, p.stderr
    titles = [ln.rsplit("“", 1)[1].rstrip("”") for ln in p.stdout.splitlines() if "Attack on a post near Velorin" in ln]
    assert len(titles) == len(made) == len(set(titles)), p.stdout
    for iid, when in dates.items():
        line = next(ln for ln in p.stdout.splitlines() if ln.startswith(iid + " "))
        assert line.endswith(f"“Attack on a post near Velorin, {when or 'undated'}”"), line
