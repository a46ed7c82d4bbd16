"""What a reader of news on unrest in an overseas territory did from the shell (import, `bluf
quotes`, `bluf actors`, `bluf incidents list`), on an invented article: the commissioner named in
full and later by his surname with its particle is one actor with his quotes, "the government's
representative" is him, a body's name the model cut in two is one body, troops deployed to the
territory are placed there, and an accidental shot is no clash."""

from __future__ import annotations

import json

from .test_incidents_cli import bluf

ARTICLE = (
    "Unrest in Papeete: curfew extended, French representative says\n\n"
    "Tensions remained high on Friday as the French government's representative said some districts had "
    '"slipped out of control".\n\n'
    "Paul Le Garrec, high commissioner of the Republic in French Polynesia, announced new deployments.\n\n"
    '"Reinforcements will arrive within hours," Le Garrec told reporters at a briefing.\n\n'
    "France deployed 500 more troops to French Polynesia on Thursday.\n\n"
    "Earlier, the High Commission of French Polynesia said that flights would stay suspended.\n\n"
    '"The airport remains closed to commercial flights," the High Commission said in a statement.\n\n'
    'A gendarme was wounded on Wednesday by an "accidental gunshot", the commissioner said.\n'
)


def test_the_commissioner_the_high_commission_and_the_deployment_from_the_shell(tmp_path):
    (tmp_path / "unrest.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "unrest.txt").returncode == 0
    p = bluf(db, "quotes", "unrest", "--jsonl")
    assert p.returncode == 0, p.stderr
    p2 = bluf(db, "actors", "list", "--jsonl")
    assert p2.returncode == 0, p2.stderr
    names = {r["id"]: r["name"] for r in map(json.loads, p2.stdout.splitlines())}
    said = {q["quote"][:20]: q["actor"] for q in map(json.loads, p.stdout.splitlines())}
    assert said["slipped out of contr"] == said["Reinforcements will "] == "Paul Le Garrec"
    assert said["The airport remains "] == "High Commission of French Polynesia"
    assert not {"Garrec", "High", "European Commission"} & set(names.values())
    p3 = bluf(db, "incidents", "list")
    assert p3.returncode == 0, p3.stderr
    assert "Military exercise or mobilisation in French Polynesia" in p3.stdout
    assert "in France" not in p3.stdout and "armed_clash" not in p3.stdout
