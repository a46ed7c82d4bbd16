"""No escape sequence reaches a terminal: what a person types (notes, titles, names, the
annotator) is cleaned of control characters on its way in, and what an older workspace
already holds is shown escaped by every command. Real ``bluf`` processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from annotate.store import Store
from annotate.workspace import open_workspace

ESC = "\x1b"
# A colour, a screen clear, a window title (OSC 0), a hyperlink (OSC 8), a bell, a CSI
# in its one-byte C1 form and a right-to-left override.
NASTY = f"red{ESC}[31m alert{ESC}[2J{ESC}]0;pwned\x07{ESC}]8;;file:///etc/passwd{ESC}\\link\x9b1m\u202eend"
READ_COMMANDS = (["log"], ["stats"], ["sources"], ["stats", "--json"], ["log", "--json"], ["log", "--jsonl"], ["incidents"], ["incidents", "list", "--json"], ["incidents", "list", "--jsonl"],
                 *(["export", "--format", f] for f in ("md", "csv", "json", "jsonl")))


def bluf(db, *args: str, annotator: str = "tester") -> subprocess.CompletedProcess:
    env = {**os.environ, "BLUF_ANNOTATOR": annotator}
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, env=env)


def _assert_no_escape(p: subprocess.CompletedProcess, what) -> None:
    assert p.returncode == 0, (what, p.stderr.decode())
    for stream in (p.stdout, p.stderr):
        assert b"\x1b" not in stream, (what, stream[:2000])
        assert b"\xc2\x9b" not in stream and b"\x07" not in stream, what
        assert "\u202e".encode() not in stream, what


def _taggable(db) -> tuple[str, str]:
    """A source id and the number (from 1, as `bluf tag` takes it) of a quote whose speaker is an actor."""
    ws = open_workspace(db, seed=False)
    try:
        ws.analyze()
        return next((s.id, str(i + 1)) for s in ws.sources() for i, q in enumerate(ws.quotes(s.id)) if q.actor_id)
    finally:
        ws.close()


def test_escapes_typed_into_fields_never_reach_the_terminal(ws_path):
    db = ws_path
    sid, qi = _taggable(db)
    tag = bluf(db, "tag", sid, qi, "hawkish", "--note", NASTY, annotator=f"an{ESC}[1mna")
    _assert_no_escape(tag, ["tag"])
    _assert_no_escape(bluf(db, "source", "edit", sid, "--title", f"Title {NASTY}", "--outlet", f"{ESC}[5mOutlet"), ["source"])
    inc = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])["id"]
    _assert_no_escape(bluf(db, "incidents", "rename", inc, f"Inc {NASTY}"), ["incidents rename"])
    _assert_no_escape(bluf(db, "incidents", "place", inc, f"{NASTY}, Estonia"), ["incidents place"])
    _assert_no_escape(bluf(db, "incidents", "show", inc), ["incidents show"])
    for args in READ_COMMANDS:
        p = bluf(db, *args)
        _assert_no_escape(p, args)
    log = bluf(db, "log").stdout.decode()
    assert "anna" in log and "red alert" in log and "pwned" not in log  # the words kept, the sequences gone
    assert "Title red alert" in bluf(db, "sources").stdout.decode()
    ws = open_workspace(db, seed=False)  # and what was stored is clean
    try:
        assert ws.source(sid).outlet == "Outlet"
        assert all(ESC not in (e["note"] + e["annotator"]) for e in ws.log())
    finally:
        ws.close()


def test_every_typed_field_of_the_facade_is_cleaned(workspace):
    ws = workspace
    src = ws.sources()[0]
    ws.edit_source(src.id, title=f"A{ESC}[2Jb\nc", author=f"x{ESC}]0;t\x07y")
    assert ws.source(src.id).title == "Ab c" and ws.source(src.id).author == "xy"
    aid = ws.list_actors()[0].id
    ws.rename_actor(aid, f"New{ESC}[31m name\x9b2J")
    ws.add_alias(aid, f"Al\u202eias")
    ws.set_affiliation(aid, f"Aff{ESC}[0m")
    actor = ws.actor(aid)
    assert actor.name == "New name" and actor.affiliation == "Aff"
    ws.create_actor(f"Some{ESC}[1m body")
    assert any(a.name == "Some body" for a in ws.list_actors())
    inc = ws.incidents()[0].id
    ws.rename_incident(inc, f"Inc{ESC}[1m title")
    ws.note_incident(inc, f"line one{ESC}[2J\nline two")
    got = next(i for i in ws.incidents() if i.id == inc)
    assert got.title == "Inc title" and got.note == "line one\nline two"
    ws.set_brief_text(f"Bottom{ESC}[2J line", f"one\r\ntwo{ESC}]0;x\x07")
    assert ws.brief_text()["bottom_line"] == "Bottom line" and ws.brief_text()["key_judgments"] == "one\ntwo"
    ws.set_labels([{"name": f"hawk{ESC}[1mish", "key": "h"}, {"name": "calm", "key": ESC}])
    assert ws.label_specs == [{"name": "hawkish", "key": "h"}, {"name": "calm", "key": ""}]


def test_annotator_name_is_cleaned_at_open(ws_path):
    ws = open_workspace(ws_path, annotator=f"ana{ESC}[31m\x07", seed=False)
    try:
        assert ws.annotator == "ana"
    finally:
        ws.close()


def test_escapes_already_stored_are_shown_escaped(ws_path):
    """A workspace written before fields were cleaned: the CLI escapes what it prints."""
    db = ws_path
    sid, qi = _taggable(db)
    assert bluf(db, "tag", sid, qi, "hawkish").returncode == 0
    s = Store(db)
    tag_id = next(iter(s.docs("stances").values()))["id"]
    doc_id = next(i for i, d in s.docs("sources").items() if d["id"] == sid)
    s.append([("u", "sources", {"title": f"Old {NASTY}"}, doc_id),
              ("i", "stances", {"ev": "note", "id": "n1", "target": tag_id, "annotator": f"old{ESC}[1m",
                                "created_at": "2025-01-01T00:00:00.000+00:00", "note": NASTY}, None)])
    s.close()
    for args in READ_COMMANDS:
        _assert_no_escape(bluf(db, *args), args)
    _assert_no_escape(bluf(db, "source", "show", sid), ["source"])
    log = bluf(db, "log").stdout.decode()
    assert "old\\x1b[1m" in log and "red\\x1b[31m alert" in log  # shown, not run
    assert "Old red\\x1b[31m" in bluf(db, "sources").stdout.decode()
    exported = json.loads(bluf(db, "export", "--format", "json").stdout)  # JSON escapes, and loses nothing
    assert [e["note"] for e in exported["history"] if e["event"] == "note"] == [NASTY]


def test_bytes_that_are_not_utf8_on_the_command_line_are_one_line_not_a_traceback(ws_path):
    """`--note $'evil \\x9b31m'` from a shell: a byte that is not UTF-8 (and would be CSI in
    Latin-1) is stored as U+FFFD; the command succeeds and nothing raw reaches the terminal."""
    db = ws_path
    sid, qi = _taggable(db)
    env = {**os.environ, "BLUF_ANNOTATOR": "tester"}
    for args in (
        [b"tag", sid.encode(), qi.encode(), b"hawkish", b"--note", b"evil \x9b31m note"],
        [b"source", b"edit", sid.encode(), b"--title", b"bad \x9b byte"],
    ):
        p = subprocess.run([sys.executable.encode(), b"-m", b"tui", b"--db", str(db).encode(), *args], capture_output=True, env=env)
        assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr.decode(errors="replace")
        assert b"\x9b" not in p.stdout + p.stderr
    assert "bad \ufffd byte" in bluf(db, "sources").stdout.decode()
    assert "evil \ufffd31m note" in bluf(db, "log").stdout.decode()
