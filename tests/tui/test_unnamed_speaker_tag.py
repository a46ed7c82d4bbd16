"""Tagging a quote whose speaker names no one ("said one local", "a resident told") asks who
said it, makes the one picked its speaker and tags that actor: no actor "one local" is made
(it reached the brief's bottom line), and the quote is attributed. Esc saves nothing. Pilot at
80x24 and the CLI, invented text."""

from __future__ import annotations

import subprocess
import sys

from annotate.workspace import open_workspace
from tui.app import BlufApp

from .helpers import article_workspace, open_reader, settle

TEXT = ("Shells landed near the river village of Orlen on Sunday.\n\n"
        "“We could not sleep all night,” said one local.\n\n"
        "Governor Mira Holt visited the village on Monday.\n")


def _made(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "orlen.txt", title="Orlen shelling")
    ws.create_actor("Dara Pell", "person")
    q = ws.quotes(ws.sources()[0].id)[0]
    assert q.actor_id is None and q.speaker is not None and q.speaker.text == "one local", q
    ws.close()
    return db


async def test_the_reader_asks_who_said_it_and_attributes_the_quote(tmp_path):
    db = _made(tmp_path)
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket", "h")
        await settle(app, pilot)
        await pilot.press("escape")  # the picker: esc saves nothing
        await settle(app, pilot)
        assert app.workspace.stances() == []
        await pilot.press("h", *"Dara Pell", "enter")
        await settle(app, pilot)
        ws = app.workspace
        sid = ws.sources()[0].id
        assert [(ws.actor_name(s.actor_id), s.label) for s in ws.stances()] == [("Dara Pell", "hawkish")]
        assert ws.actor_name(ws.quotes(sid)[0].actor_id) == "Dara Pell"
        assert not any("local" in a.name.lower() for a in ws.list_actors())


def test_the_cli_refuses_and_makes_no_actor(tmp_path):
    db = _made(tmp_path)
    p = subprocess.run([sys.executable, "-m", "tui", "--db", str(db), "tag", "orlen", "1", "neutral"], capture_output=True, text=True)
    assert p.returncode != 0 and "does not say who spoke" in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
    ws = open_workspace(db, annotator="ana", readonly=True)
    ws.analyze()
    assert ws.stances() == [] and not any("local" in a.name.lower() for a in ws.list_actors())
