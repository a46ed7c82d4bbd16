"""Two analysts on one workspace file change the same quote's speaker while each other's
prompt is open: the second is a conflict, listed by ``bluf conflicts``, and every tag on the
quote made for its speaker, of either analyst, is read as the speaker in force (none stays on
an actor who did not say it). Invented text; two Workspace sessions on one TinyDB file, each
reading the other's records as the reader does (``refresh``)."""

from __future__ import annotations

import pytest

from annotate import merge_conflicts, resolve_conflict
from annotate.store import Op
from tests.two_sessions import session, shared_file

TEXT = ("Ferry crews in Port Veyra stopped work on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n\n"
        "Councillor Oren Vask and harbour master Ilse Marrow met the crews.\n")


@pytest.fixture
def path(tmp_path):
    return shared_file(tmp_path, TEXT, ("Oren Vask", "Ilse Marrow"))


_open = session


def _quote(ws):
    sid = ws.sources()[0].id
    i = next(i for i, q in enumerate(ws.quotes(sid)) if q.actor_id)
    return sid, i


def _held(ws, sid):
    return sorted((st.annotator, ws.actor_name(st.actor_id), st.label) for st in ws.stances(sid))


def test_both_change_one_speaker_at_once_a_conflict_and_every_tag_on_the_speaker_in_force(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    sid, i = _quote(ana)
    assert ana.actor_name(ana.quotes(sid)[i].actor_id) == "Talia Brenn"
    ana.tag(sid, i, "cautious")
    ben.refresh()
    ben.tag(sid, i, "hawkish")
    ana.refresh()
    # Both open the speaker prompt now; ana picks first, ben a second later.
    ana_view, ben_view = ana.edit_view(), ben.edit_view()
    with ana.seen_as_of(ana_view):
        assert ana.set_speaker(sid, i, ana.resolve_actor("Oren Vask")) == ["cautious", "hawkish"]
    ben.refresh()
    with ben.seen_as_of(ben_view):
        ben.set_speaker(sid, i, ben.resolve_actor("Ilse Marrow"))
    ana.refresh()
    for w in (ana, ben):
        assert w.actor_name(w.quotes(sid)[i].actor_id) == "Ilse Marrow"
        assert _held(w, sid) == [("ana", "Ilse Marrow", "cautious"), ("ben", "Ilse Marrow", "hawkish")]
        found = [c for c in merge_conflicts(w) if c["kind"] == "quote speaker"]
        assert len(found) == 1 and {(o["annotator"], o["value"]) for o in found[0]["options"]} == {("ana", "Oren Vask"), ("ben", "Ilse Marrow")}
    # A third process (the CLI, a brief) reads the file afresh: the same.
    cold = _open(path, "cli")
    assert _held(cold, sid) == [("ana", "Ilse Marrow", "cautious"), ("ben", "Ilse Marrow", "hawkish")]
    # Keeping ana's value puts the quote, and both tags, on Oren Vask.
    c = next(c for c in merge_conflicts(cold) if c["kind"] == "quote speaker")
    resolve_conflict(cold, c["id"], next(n for n, o in enumerate(c["options"], 1) if o["annotator"] == "ana"))
    assert _held(cold, sid) == [("ana", "Oren Vask", "cautious"), ("ben", "Oren Vask", "hawkish")]
    assert not [c for c in merge_conflicts(cold) if c["kind"] == "quote speaker"]
    for w in (ana, ben, cold):
        w.close()


def test_a_speaker_set_after_seeing_the_other_is_no_conflict(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    sid, i = _quote(ana)
    ben.tag(sid, i, "hawkish")
    with ana.seen_as_of(ana.edit_view()):
        ana.set_speaker(sid, i, ana.resolve_actor("Oren Vask"))
    ben.refresh()
    with ben.seen_as_of(ben.edit_view()):  # ben's prompt opened after ana's change
        ben.set_speaker(sid, i, ben.resolve_actor("Ilse Marrow"))
    ana.refresh()
    assert not merge_conflicts(ana)
    assert _held(ana, sid) == [("ben", "Ilse Marrow", "hawkish")]


def test_retagging_after_a_change_of_speaker_replaces_the_tag_and_undo_gives_the_quote_back(path):
    ana = _open(path, "ana")
    sid, i = _quote(ana)
    ana.tag(sid, i, "cautious")
    ana.set_speaker(sid, i, ana.resolve_actor("Oren Vask"))
    ana.tag(sid, i, "hawkish")  # the speaker's tag again: one tag of ana's on it
    assert _held(ana, sid) == [("ana", "Oren Vask", "hawkish")]
    ana.undo()
    assert _held(ana, sid) == [("ana", "Oren Vask", "cautious")]
    ana.undo()
    assert _held(ana, sid) == [("ana", "Talia Brenn", "cautious")]


def test_a_tag_of_another_actor_on_the_quote_stays_with_that_actor(path):
    ana = _open(path, "ana")
    sid, i = _quote(ana)
    q = ana.quotes(sid)[i]
    ana.tag_span(sid, q.start, q.end, ana.resolve_actor("Ilse Marrow"), "neutral")  # "who holds this stance"
    ana.tag(sid, i, "cautious")
    ana.set_speaker(sid, i, ana.resolve_actor("Oren Vask"))
    assert _held(ana, sid) == [("ana", "Ilse Marrow", "neutral"), ("ana", "Oren Vask", "cautious")]


def test_a_tag_written_before_tags_said_whose_they_are_follows_the_speaker(path):
    """A workspace of an earlier bluf: its tag event has no ``on``; made on the quote's
    speaker, it follows that speaker too."""
    ana = _open(path, "ana")
    sid, i = _quote(ana)
    q = ana.quotes(sid)[i]
    ana._write([Op.insert("stances", {"ev": "tag", "id": "old000000001", "actor_id": q.actor_id, "label": "denial",
                                      "source_id": sid, "start": q.start, "end": q.end, "quote": q.text,
                                      "annotator": "old", "created_at": "2026-01-01T00:00:00+00:00"})])
    ben = _open(path, "ben")
    ben.set_speaker(sid, i, ben.resolve_actor("Oren Vask"))
    assert _held(ben, sid) == [("old", "Oren Vask", "denial")]
