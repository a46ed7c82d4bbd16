"""Event types are data (annotate/events.toml): a user's events.toml in the config dir
renames a type and adds one, and incident detection follows it; a broken file, or one in
the old kinds-and-actions format, is not used and says why in one line."""

from __future__ import annotations

from annotate.event_types import load_event_types

SHIP = ("The Houthis seized a cargo ship off Yemen on Monday.\n"
        "Villagers said the dam at Tamar in Georgia was breached by floodwater on Tuesday.\n")


def _incidents(ws_path, text):
    from annotate import open_workspace
    from annotate.ingest import Meta, make_source

    ws = open_workspace(ws_path, annotator="tester", seed=False)
    try:
        ws.add_sources([make_source(text, "x.txt", meta=Meta(published="2025-09-12"))])
        ws.analyze()
        return {(i.kind, i.title) for i in ws.incidents()}
    finally:
        ws.close()


def test_a_users_events_file_renames_and_adds_types(tmp_path, monkeypatch):
    text = open(load_event_types().path, encoding="utf-8").read()
    text = text.replace('title = "Attack on or seizure of a ship"', 'title = "Maritime incident"')
    text += '\n[[type]]\nid = "dam_breach"\ntitle = "Dam breach"\nnouns = ["dam"]\nverbs = ["sabotage"]\ncontext = ["dam"]\n'
    user = tmp_path / "events.toml"
    user.write_text(text, encoding="utf-8")
    before = _incidents(tmp_path / "a.json", SHIP)
    assert ("attack_on_or_seizure_of_ship", "Attack on or seizure of a ship in Yemen") in before

    monkeypatch.setenv("BLUF_EVENTS", str(user))
    types = load_event_types()
    assert types.types[-1].id == "dam_breach" and types.problems == ()
    after = _incidents(tmp_path / "b.json", SHIP)
    assert ("attack_on_or_seizure_of_ship", "Maritime incident in Yemen") in after
    assert any(kind == "dam_breach" for kind, _ in after)


def test_a_broken_events_file_is_not_used_and_says_why(tmp_path, monkeypatch):
    user = tmp_path / "events.toml"
    user.write_text("[[type]]\nid = \"x\"\nphrases = ['(unclosed']\n", encoding="utf-8")
    monkeypatch.setenv("BLUF_EVENTS", str(user))
    types = load_event_types()
    assert types.types[0].id == "airspace_violation"
    assert len(types.problems) == 1 and types.problems[0].startswith(f"{user}: not used (")


def test_an_events_file_of_the_old_format_is_not_used_and_says_why(tmp_path, monkeypatch):
    user = tmp_path / "events.toml"
    user.write_text("[[kind]]\nname = \"drones\"\npattern = 'drones?'\n\n[[action]]\nname = \"incident\"\n", encoding="utf-8")
    monkeypatch.setenv("BLUF_EVENTS", str(user))
    types = load_event_types()
    assert types.types[0].id == "airspace_violation"
    assert types.problems and "[[type]]" in types.problems[0] and "\n" not in types.problems[0]
