"""Event types are data (annotate/events.toml): a user's events.toml in the config dir
renames a kind and adds one, and incident detection follows it; a broken file is not
used and says why in one line."""

from __future__ import annotations

from annotate.event_types import load_event_types


def _titles(ws) -> set[str]:
    ws.analyze()
    return {i.title for i in ws.incidents()}


def test_a_users_events_file_renames_and_adds_kinds(ws_path, tmp_path, monkeypatch):
    from annotate import open_workspace

    bundled = load_event_types().path
    text = open(bundled, encoding="utf-8").read()
    text = text.replace('title = "Drones"', 'title = "Unmanned aircraft"')
    text = text.replace("[[kind]]", '[[kind]]\nname = "ships"\ntitle = "Warships"\npattern = \'\\bwarships?\\b\'\n\n[[kind]]', 1)
    user = tmp_path / "events.toml"
    user.write_text(text, encoding="utf-8")

    ws = open_workspace(ws_path, annotator="tester")
    try:
        before = _titles(ws)
    finally:
        ws.close()
    assert "Drones in Polish airspace" in before

    monkeypatch.setenv("BLUF_EVENTS", str(user))
    types = load_event_types()
    assert [k.name for k in types.kinds][:2] == ["ships", "drones"] and types.problems == ()
    ws = open_workspace(ws_path, annotator="tester")
    try:
        after = _titles(ws)
    finally:
        ws.close()
    assert "Unmanned aircraft in Polish airspace" in after
    assert not any(t.startswith("Drones ") for t in after)


def test_a_broken_events_file_is_not_used_and_says_why(tmp_path, monkeypatch):
    user = tmp_path / "events.toml"
    user.write_text("[[kind]]\nname = \"x\"\npattern = '(unclosed'\n", encoding="utf-8")
    monkeypatch.setenv("BLUF_EVENTS", str(user))
    types = load_event_types()
    assert [k.name for k in types.kinds][0] == "drones"
    assert len(types.problems) == 1 and types.problems[0].startswith(f"{user}: not used (")
