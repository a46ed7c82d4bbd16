"""The workspace: seeds on first run, analysis cached, tags stored in TinyDB, undo."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tinydb import TinyDB

from annotate.workspace import WorkspaceError, open_workspace


def test_first_run_imports_the_five_seeds(tmp_path):
    ws = open_workspace(tmp_path / "new.json")
    try:
        names = [s.name for s in ws.sources()]
    finally:
        ws.close()
    assert len(names) == 5 and all(n.endswith(".txt") for n in names)


def test_an_existing_workspace_is_not_reseeded(tmp_path):
    ws = open_workspace(tmp_path / "w.json", seed=False)
    ws.close()
    ws = open_workspace(tmp_path / "w.json")
    try:
        assert ws.sources() == []
    finally:
        ws.close()


def test_bluf_db_env_names_the_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("BLUF_DB", str(tmp_path / "env.json"))
    ws = open_workspace()
    ws.close()
    assert (tmp_path / "env.json").exists()


def test_reopening_never_reparses(ws_path):
    """A second open loads analyses from the cache and never imports spaCy."""
    code = (
        "import sys, annotate\n"
        f"ws = annotate.open_workspace({str(ws_path)!r})\n"
        "ws.analyze()\n"
        "print(sum(ws.is_analysed(s.id) for s in ws.sources()), sum(len(ws.quotes(s.id)) for s in ws.sources()), 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "5" and int(out[1]) > 20 and out[2] == "False"


def test_tag_is_in_the_tinydb_file(workspace, ws_path):
    src = workspace.sources()[1]
    quotes = workspace.quotes(src.id)
    st = workspace.tag(src.id, 0, "hawkish", note="first read")
    assert st.quote == src.text[quotes[0].start : quotes[0].end]
    workspace.close()
    rows = TinyDB(ws_path).table("stances").all()
    assert [(r["label"], r["quote"], r["annotator"], r["note"]) for r in rows] == [
        ("hawkish", st.quote, "tester", "first read")
    ]


def test_undo_and_redo(workspace):
    src = workspace.sources()[0]
    workspace.tag(src.id, 1, "denial")
    workspace.tag(src.id, 2, "threatening")
    assert [s.label for s in workspace.stances()] == ["denial", "threatening"]
    assert workspace.undo().label == "threatening"
    assert [s.label for s in workspace.stances()] == ["denial"]
    assert workspace.redo().label == "threatening"
    assert workspace.undo().label == "threatening"
    assert workspace.undo().label == "denial"
    assert workspace.undo() is None
    assert workspace.stances() == []


def test_tagging_is_refused_with_a_clear_reason(workspace):
    src = workspace.sources()[0]
    with pytest.raises(WorkspaceError, match="no quote 999"):
        workspace.tag(src.id, 999, "hawkish")
    with pytest.raises(WorkspaceError, match="unknown stance label"):
        workspace.tag(src.id, 0, "angry")


def test_an_unreadable_workspace_is_reported(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{ not json", encoding="utf-8")
    with pytest.raises(WorkspaceError) as err:
        open_workspace(p)
    assert str(p) in str(err.value) and "\n" not in str(err.value)
    assert p.read_text(encoding="utf-8") == "{ not json"


def test_quotes_resolve_variants_to_one_actor(workspace):
    """"Trump", "President Donald Trump" and "U.S. President Donald Trump" are one actor."""
    ids = {workspace.resolve_actor(n) for n in ("Trump", "President Donald Trump", "U.S. President Donald Trump")}
    assert len(ids) == 1 and None not in ids


def test_default_workspace_lives_in_the_xdg_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    from annotate.locations import default_db

    assert default_db() == tmp_path / "xdg" / "bluf" / "workspace.json"


def test_the_vocabulary_is_the_workspaces_and_set_from_the_cli(ws_path):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), *args], capture_output=True, text=True)

    p = cli("labels", "set", "escalatory=z", "conciliatory=", "hawkish=h")
    assert p.returncode == 0, p.stderr
    assert [line.split() for line in p.stdout.splitlines()] == [["escalatory", "z"], ["conciliatory", "-"], ["hawkish", "h"]]
    for bad, msg in ((["a=z", "b=z"], "not used by another label"), (["two words=q"], "single word"), (["x=yy"], "one character")):
        p = cli("labels", "set", *bad)
        assert p.returncode == 1 and msg in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
    ws = open_workspace(ws_path, annotator="tester")
    ws.analyze()
    try:
        assert ws.labels == ["escalatory", "conciliatory", "hawkish"]  # the failed sets changed nothing
        src = ws.sources()[1]
        assert ws.tag(src.id, 0, "conciliatory").label == "conciliatory"
        with pytest.raises(WorkspaceError, match="cautious"):
            ws.tag(src.id, 1, "cautious")  # no longer in this workspace's vocabulary
    finally:
        ws.close()


def test_a_quote_without_an_actor_asks_for_the_speaker_by_type(workspace):
    """The reader opens "Who holds this stance" on SpeakerNeeded, and only then: the error
    is told apart by its type, not by words in its message."""
    from annotate import SpeakerNeeded

    unassigned = [(src.id, i) for src in workspace.sources() for i, q in enumerate(workspace.quotes(src.id))
                  if q.actor_id is None and (q.speaker is None or q.speaker.kind == "outlet")]
    assert unassigned, "the seeds hold quotes with no speaker or a cited outlet"
    sid, index = unassigned[0]
    with pytest.raises(SpeakerNeeded):
        workspace.tag(sid, index, "hawkish")
    with pytest.raises(WorkspaceError) as other:
        workspace.tag(sid, 999, "hawkish")
    assert not isinstance(other.value, SpeakerNeeded)


def test_an_unresolved_pronoun_or_a_cut_phrase_is_never_made_an_actor_by_tagging(tmp_path):
    """A new user pressed h on a quote whose speaker was an unresolved "they", and on one
    given to "A crewmember of": each became an actor and reached the brief's bottom line
    ("Hawkish: ... and they"). Tagging such a quote asks who spoke, as for no speaker."""
    from annotate import SpeakerNeeded

    (tmp_path / "a.txt").write_text(
        "Coast guards clash near reef\n\n"
        "The Ruritanian coast guard said its vessels were blocked near the reef on Monday.\n"
        "Ruritanian ships had \"taken firm measures\" against boats that had \"entered our waters illegally\", they said.\n", encoding="utf-8")
    ws = open_workspace(tmp_path / "w.json", annotator="ana", seed=False)
    try:
        ws.import_files([str(tmp_path / "a.txt")])
        ws.analyze()
        src = ws.sources()[0]
        quotes = ws.quotes(src.id)
        they = [i for i, q in enumerate(quotes) if q.actor_id is None and q.speaker is not None and q.speaker.text.lower() == "they"]
        assert they, [(q.text, q.speaker) for q in quotes]
        with pytest.raises(SpeakerNeeded, match="does not say who spoke"):
            ws.tag(src.id, they[0], "hawkish")
        assert not any(a.name.lower() == "they" for a in ws.list_actors())
        assert ws.stances() == []
    finally:
        ws.close()
    p = subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "w.json"), "tag", "a.txt", str(they[0] + 1), "hawkish"],
                       capture_output=True, text=True)
    assert p.returncode != 0 and "does not say who spoke" in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
