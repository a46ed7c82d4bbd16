"""Two analysts on one workspace file merge the same actor into different actors (or two
actors into each other) while each other's prompt is open: the first merge stays in force,
the second is never chained onto it (merging the whole first target away), and the two are a
conflict listed by ``bluf conflicts`` and resolvable there. A merge made knowingly after
another (A into B seen, then B into C) still chains. Invented text; two Workspace sessions
on one TinyDB file, each reading the other's records as the reader does (``refresh``)."""

from __future__ import annotations

import pytest

from annotate import WorkspaceError, merge_conflicts, resolve_conflict
from tests.two_sessions import session, shared_file

TEXT = ("Dockworkers in Port Veyra stopped work on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n\n"
        "“The harbour stays open,” harbour master Ilse Marrow said.\n")


@pytest.fixture
def path(tmp_path):
    return shared_file(tmp_path, TEXT, ("Veyra harbour police", "Oren Vask", "Dara Quell"))


_open = session


def _ids(ws):
    return {n: ws.resolve_actor(n) for n in ("Veyra harbour police", "Oren Vask", "Dara Quell", "Talia Brenn")}


def _merge_conflicts(ws):
    return [c for c in merge_conflicts(ws) if c["kind"] == "actor merge"]


def test_one_actor_merged_into_two_others_at_once_first_stays_and_a_conflict(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    ana_view, ben_view = ana.edit_view(), ben.edit_view()
    with ana.seen_as_of(ana_view):
        ana.merge_actors(ids["Veyra harbour police"], ids["Oren Vask"])
    ben.refresh()
    with ben.seen_as_of(ben_view), pytest.raises(WorkspaceError) as err:
        ben.merge_actors(ids["Veyra harbour police"], ids["Dara Quell"])
    assert "Veyra harbour police was merged into Oren Vask by ana" in str(err.value)
    ana.refresh()
    cold = _open(path, "cli")
    for w in (ana, ben, cold):
        # Oren Vask is not merged into Dara Quell: two actors, the police in Oren Vask
        assert w.canonical_actor_id(ids["Oren Vask"]) != w.canonical_actor_id(ids["Dara Quell"])
        assert w.canonical_actor_id(ids["Veyra harbour police"]) == w.canonical_actor_id(ids["Oren Vask"])
        found = _merge_conflicts(w)
        assert len(found) == 1
        assert [(o["annotator"], o["value"]) for o in found[0]["options"]] == [
            ("ana", "Veyra harbour police into Oren Vask"), ("ben", "Veyra harbour police into Dara Quell")]
    c = _merge_conflicts(cold)[0]
    resolve_conflict(cold, c["id"], 2)  # keep ben's
    assert cold.canonical_actor_id(ids["Veyra harbour police"]) == cold.canonical_actor_id(ids["Dara Quell"])
    assert cold.canonical_actor_id(ids["Oren Vask"]) != cold.canonical_actor_id(ids["Dara Quell"])
    assert not _merge_conflicts(cold)
    for w in (ana, ben, cold):
        w.close()


def test_reader_merge_after_a_cli_merge_of_the_same_actor_is_a_conflict_not_a_chain(path):
    ana = _open(path, "ana")
    ids = _ids(ana)
    view = ana.edit_view()  # ana's prompt opens
    ben = _open(path, "ben")  # the CLI, run meanwhile
    ben.merge_actors(ids["Veyra harbour police"], ids["Dara Quell"])
    ben.close()
    ana.refresh()
    with ana.seen_as_of(view), pytest.raises(WorkspaceError, match="merged into Dara Quell by ben"):
        ana.merge_actors(ids["Veyra harbour police"], ids["Talia Brenn"])
    assert ana.canonical_actor_id(ids["Dara Quell"]) != ana.canonical_actor_id(ids["Talia Brenn"])
    assert ana.canonical_actor_id(ids["Veyra harbour police"]) == ana.canonical_actor_id(ids["Dara Quell"])
    assert len(_merge_conflicts(ana)) == 1
    ana.close()


def test_opposite_merges_at_once_a_conflict_naming_the_other_change(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    ana_view, ben_view = ana.edit_view(), ben.edit_view()
    with ana.seen_as_of(ana_view):
        ana.merge_actors(ids["Oren Vask"], ids["Dara Quell"])
    ben.refresh()
    with ben.seen_as_of(ben_view), pytest.raises(WorkspaceError, match="Oren Vask was merged into Dara Quell by ana"):
        ben.merge_actors(ids["Dara Quell"], ids["Oren Vask"])
    found = _merge_conflicts(ben)
    assert len(found) == 1 and {o["annotator"] for o in found[0]["options"]} == {"ana", "ben"}
    resolve_conflict(ben, found[0]["id"], 2)  # keep ben's: Dara Quell into Oren Vask
    assert ben.canonical_actor_id(ids["Dara Quell"]) == ids["Oren Vask"]
    assert not _merge_conflicts(ben)
    ana.close(), ben.close()


def test_merges_made_knowingly_in_sequence_still_chain(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    with ana.seen_as_of(ana.edit_view()):
        ana.merge_actors(ids["Veyra harbour police"], ids["Oren Vask"])
    ben.refresh()
    with ben.seen_as_of(ben.edit_view()):  # ben's prompt opens after ana's merge
        ben.merge_actors(ids["Oren Vask"], ids["Dara Quell"])
    ana.refresh()
    for w in (ana, ben):
        assert w.canonical_actor_id(ids["Veyra harbour police"]) == w.canonical_actor_id(ids["Dara Quell"])
        assert not _merge_conflicts(w)
    ana.close(), ben.close()


def test_speaker_chosen_for_an_actor_merged_meanwhile_says_so(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    sid = ana.sources()[0].id
    i = next(i for i, q in enumerate(ana.quotes(sid)) if q.actor_id)
    view = ana.edit_view()  # ana's speaker prompt opens, she types Oren Vask
    ben.merge_actors(ids["Oren Vask"], ids["Dara Quell"])
    ana.refresh()
    with ana.seen_as_of(view):
        said = ana.merged_meanwhile(ids["Oren Vask"])
        ana.set_speaker(sid, i, ids["Oren Vask"])
    assert said == "Oren Vask was merged into Dara Quell by ben; the speaker is Dara Quell"
    assert ana.actor_name(ana.quotes(sid)[i].actor_id) == "Dara Quell"
    with ana.seen_as_of(ana.edit_view()):  # a prompt opened after the merge: nothing to say
        assert ana.merged_meanwhile(ids["Oren Vask"]) == ""
    ana.close(), ben.close()


def test_a_reader_that_had_not_read_the_other_merge_yet_chains_nothing(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    ana.merge_actors(ids["Veyra harbour police"], ids["Oren Vask"])
    ben.merge_actors(ids["Veyra harbour police"], ids["Dara Quell"])  # ben had not refreshed
    ben.refresh()
    assert ben.canonical_actor_id(ids["Oren Vask"]) != ben.canonical_actor_id(ids["Dara Quell"])
    assert ben.canonical_actor_id(ids["Veyra harbour police"]) == ben.canonical_actor_id(ids["Oren Vask"])
    assert len(_merge_conflicts(ben)) == 1
    ana.close(), ben.close()


def test_a_refused_merge_is_neither_in_the_history_nor_undone(path):
    """The second of two merges of one actor is refused: it is no edit of the history, so
    undo (in that session, or after a restart) never takes it back and the conflict stays
    listed until it is resolved."""
    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    ben.rename_actor(ids["Talia Brenn"], "Mayor Talia Brenn")  # ben's own change, undoable
    ana_view, ben_view = ana.edit_view(), ben.edit_view()
    with ana.seen_as_of(ana_view):
        ana.merge_actors(ids["Veyra harbour police"], ids["Oren Vask"])
    ben.refresh()
    with ben.seen_as_of(ben_view), pytest.raises(WorkspaceError, match="not merged"):
        ben.merge_actors(ids["Veyra harbour police"], ids["Dara Quell"])
    assert not [e for e in ben.store.docs("actor_edits").values() if e.get("annotator") == "ben" and e.get("op") == "merge"]
    assert len(_merge_conflicts(ben)) == 1
    undone = ben.undo()  # ben's latest change is the rename, not the refused merge
    assert undone is not None and "rename" in undone.what
    assert ben.undo() is None
    assert len(_merge_conflicts(ben)) == 1
    ben.close()
    again = _open(path, "ben")  # after a restart: the undo log holds no refused merge either
    while again.undo() is not None:
        pass
    assert len(_merge_conflicts(again)) == 1
    assert again.canonical_actor_id(ids["Veyra harbour police"]) == again.canonical_actor_id(ids["Oren Vask"])
    c = _merge_conflicts(again)[0]
    resolve_conflict(again, c["id"], 2)  # ben's choice is kept in the conflict: written now
    assert again.canonical_actor_id(ids["Veyra harbour police"]) == again.canonical_actor_id(ids["Dara Quell"])
    assert not _merge_conflicts(again)
    ana.close(), again.close()


def _old_merge(path, who: str, a: str, b: str, at: str) -> None:
    """A merge record as bluf wrote it before ``seen`` existed (the ids in force then)."""
    from annotate.store import Store

    s = Store(path)
    s.insert("actor_edits", {"op": "merge", "actor_id": a, "into": b, "names": {}, "uid": f"old-{who}-{a}",
                             "annotator": who, "created_at": at})
    s.close()


def test_an_old_merge_of_an_actor_merged_away_before_is_a_conflict_not_a_chain(path):
    """Records without ``seen``: ana merged the police into Oren Vask, then ben (who had not
    seen it: the merge named the actor in force for him) merged the police into Dara Quell.
    Read as a new record would be: the first stays, Oren Vask is not merged into Dara Quell,
    and the two are a conflict."""
    first = _open(path, "cli")
    ids = _ids(first)
    first.close()
    _old_merge(path, "ana", ids["Veyra harbour police"], ids["Oren Vask"], "2026-11-01T10:00:00+00:00")
    _old_merge(path, "ben", ids["Veyra harbour police"], ids["Dara Quell"], "2026-11-01T10:00:05+00:00")
    w = _open(path, "cli")
    assert w.canonical_actor_id(ids["Veyra harbour police"]) == w.canonical_actor_id(ids["Oren Vask"])
    assert w.canonical_actor_id(ids["Oren Vask"]) != w.canonical_actor_id(ids["Dara Quell"])
    found = _merge_conflicts(w)
    assert len(found) == 1 and {o["annotator"] for o in found[0]["options"]} == {"ana", "ben"}
    resolve_conflict(w, found[0]["id"], next(i for i, o in enumerate(found[0]["options"], 1) if o["annotator"] == "ben"))
    assert w.canonical_actor_id(ids["Veyra harbour police"]) == w.canonical_actor_id(ids["Dara Quell"])
    assert w.canonical_actor_id(ids["Oren Vask"]) != w.canonical_actor_id(ids["Dara Quell"])
    w.close()


def test_an_old_merge_of_the_actor_another_joined_takes_it_along(path):
    """Records without ``seen``: the police into Oren Vask, then Oren Vask into Dara Quell. A
    merge says two actors are one, so the police, being Oren Vask, are Dara Quell too (as
    with new records); no conflict."""
    first = _open(path, "cli")
    ids = _ids(first)
    first.close()
    _old_merge(path, "ana", ids["Veyra harbour police"], ids["Oren Vask"], "2026-11-01T10:00:00+00:00")
    _old_merge(path, "ben", ids["Oren Vask"], ids["Dara Quell"], "2026-11-01T10:00:05+00:00")
    w = _open(path, "cli")
    assert w.canonical_actor_id(ids["Veyra harbour police"]) == w.canonical_actor_id(ids["Dara Quell"]) == ids["Dara Quell"]
    assert not _merge_conflicts(w)
    w.close()


def test_bluf_conflicts_marks_the_merge_in_force_when_the_later_one_was_not_applied(path):
    import subprocess
    import sys

    ana, ben = _open(path, "ana"), _open(path, "ben")
    ids = _ids(ana)
    ben.merge_actors(ids["Veyra harbour police"], ids["Dara Quell"])  # ben's first
    ana.merge_actors(ids["Veyra harbour police"], ids["Oren Vask"])  # ana had not read it: not applied
    ana.refresh()
    assert ana.canonical_actor_id(ids["Veyra harbour police"]) == ana.canonical_actor_id(ids["Dara Quell"])
    (c,) = _merge_conflicts(ana)
    assert [(o["annotator"], bool(o.get("in_force"))) for o in c["options"]] == [("ana", False), ("ben", True)]
    ana.close(), ben.close()
    p = subprocess.run([sys.executable, "-m", "tui", "--db", str(path), "conflicts"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    lines = [ln for ln in p.stdout.splitlines() if "into" in ln and ". '" in ln]
    assert [("(in force)" in ln, "by ben" in ln) for ln in lines] in ([(False, False), (True, True)], [(True, True), (False, False)]), p.stdout
