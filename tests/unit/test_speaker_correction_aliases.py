"""A speaker the analyst corrects (`bluf quotes speaker`, the reader's e) takes back the link
the analysis made from the phrase that named the wrong one: an article imported later that
names the speaker the same way is not given the overruled actor through it. Real processes,
real workspace files; invented articles."""

from __future__ import annotations

import json

from .test_incidents_cli import bluf

# Two people share a surname; the analysis takes the bare surname of the quote for the one named
# last (Marta), and the analyst says it was the other (Anton).
A = ("Harbour master Anton Reyes inspected the Port Lusa cranes on Monday. Later his sister Marta Reyes, "
     "a councillor, spoke to reporters. “We are ready,” Reyes said.\n")
B = "“The cranes stay idle,” Reyes said on Friday.\n"


def _quotes(db, source) -> list[dict]:
    p = bluf(db, "quotes", source, "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def _import(db, path, text) -> None:
    path.write_text(text, encoding="utf-8")
    p = bluf(db, "import", path)
    assert p.returncode == 0, p.stderr


def test_without_a_correction_the_later_article_gets_the_actor_through_the_phrase(tmp_path):
    db = tmp_path / "ws.json"
    _import(db, tmp_path / "a.txt", A)
    _import(db, tmp_path / "b.txt", B)
    assert [q["actor"] for q in _quotes(db, "a")] == [q["actor"] for q in _quotes(db, "b")] == ["Marta Reyes"]


def test_after_a_correction_a_later_article_is_not_given_the_overruled_actor(tmp_path):
    db = tmp_path / "ws.json"
    _import(db, tmp_path / "a.txt", A)
    (q,) = _quotes(db, "a")
    assert q["actor"] == "Marta Reyes" and q["speaker"] == "Reyes"
    p = bluf(db, "quotes", "speaker", "a", q["n"], "Anton Reyes")
    assert p.returncode == 0, p.stderr
    _import(db, tmp_path / "b.txt", B)
    (corrected,) = _quotes(db, "a")
    assert corrected["actor"] == "Anton Reyes" and corrected["speaker_set_by"] == "analyst" and corrected["speaker_as_written"] == "Reyes"
    (later,) = _quotes(db, "b")
    assert later["speaker_as_written"] == "Reyes" and later["actor"] != "Marta Reyes", later


def test_an_undone_correction_gives_the_link_back(tmp_path):
    from annotate.ingest import make_source
    from annotate.workspace import open_workspace

    ws = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    a, b = make_source(A, "a.txt"), make_source(B, "b.txt")
    ws.add_sources([a, b])
    ws.analyze()
    ws.set_speaker(a.id, 0, ws.create_actor("Anton Reyes", "person"))
    assert ws.actor_name(ws.quotes(b.id)[0].actor_id) != "Marta Reyes"
    ws.undo()
    assert [ws.actor_name(q.actor_id) for s in (a, b) for q in ws.quotes(s.id)] == ["Marta Reyes", "Marta Reyes"]
    ws.redo()
    assert ws.actor_name(ws.quotes(a.id)[0].actor_id) == "Anton Reyes" and ws.actor_name(ws.quotes(b.id)[0].actor_id) != "Marta Reyes"
    ws.close()



def test_the_speaker_set_stays_an_actor_when_the_overruled_phrase_was_their_only_mention(tmp_path):
    """The analyst sets a quote's speaker to a person whose only mention is inside the phrase the
    analysis took for its speaker (here: confirming the analysis's own choice with e). That phrase
    then names no one, yet the person keeps their name in the quote list, the actors list and the
    brief (never their id): the edit keeps the actor it names."""
    db = tmp_path / "ws.json"
    _import(db, tmp_path / "c.txt",
            "The Northern Liberation Front said on Monday it had ended its truce with the government.\n\n"
            "Front President and Council chief Ilse Varga said the front would resume “armed actions to protect civilians”.\n")
    (q,) = _quotes(db, "c")
    assert q["actor"] == "Ilse Varga"
    p = bluf(db, "quotes", "speaker", "c", q["n"], "Ilse Varga")
    assert p.returncode == 0 and "ilse-varga" not in p.stdout and "Ilse Varga" in p.stdout, (p.stdout, p.stderr)
    (after,) = _quotes(db, "c")
    assert after["actor"] == "Ilse Varga" and after["speaker_set_by"] == "analyst"
    listed = bluf(db, "actors")
    assert "Ilse Varga" in listed.stdout, listed.stdout
