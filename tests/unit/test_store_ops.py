"""Store operations as typed records, and reading a table while another thread writes."""

from __future__ import annotations

import json
import threading

from annotate.store import Op, Store


def test_typed_ops_write_the_same_journal_lines_as_before(tmp_path):
    s = Store(tmp_path / "ws.json")
    (new_id,) = s.append([Op.insert("notes", {"ev": "tag", "id": "t1"})])
    s.append([Op.update("notes", new_id, {"note": "n"}), ("i", "notes", {"ev": "note", "id": "n1"}, None)])
    lines = [json.loads(x.rpartition(b"\t")[0]) for x in s.journal_path.read_bytes().splitlines()]
    assert [(r["t"], r["o"], r["id"], r["d"]) for r in lines] == [
        ("notes", "i", new_id, {"ev": "tag", "id": "t1"}),
        ("notes", "u", new_id, {"note": "n"}),
        ("notes", "i", new_id + 1, {"ev": "note", "id": "n1"}),
    ]
    s.close()
    again = Store(tmp_path / "ws.json")
    assert again.docs("notes")[new_id] == {"ev": "tag", "id": "t1", "note": "n"}
    again.close()


def test_a_worker_iterating_a_table_while_records_are_applied_never_fails(tmp_path):
    """A worker thread walks ``docs()`` while the UI thread appends records to the same
    table: the worker sees a consistent snapshot, never "dictionary changed size"."""
    s = Store(tmp_path / "ws.json")
    s.append([Op.insert("notes", {"ev": "tag", "id": f"t{i}"}) for i in range(2000)])
    errors: list[BaseException] = []
    stop = threading.Event()

    def worker():
        try:
            while not stop.is_set():
                for _ in s.docs("notes").items():
                    pass
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    t = threading.Thread(target=worker)
    t.start()
    try:
        for i in range(200):
            s.append([Op.insert("notes", {"ev": "note", "id": f"n{i}"})])
            if errors:
                break
    finally:
        stop.set()
        t.join()
        s.close()
    assert errors == []


def test_count_is_the_number_of_records_a_table_holds_here_and_after_reopening(tmp_path):
    s = Store(tmp_path / "ws.json")
    assert s.count("notes") == 0 and s.count("no such table") == 0
    s.append([Op.insert("notes", {"ev": "tag", "id": f"t{i}"}) for i in range(3)])
    (first,) = s.append([Op.insert("other", {"ev": "x"})])
    s.append([Op.update("other", first, {"note": "n"})])  # an update is no new record
    assert (s.count("notes"), s.count("other")) == (3, 1) == (len(s.docs("notes")), len(s.docs("other")))
    s.close()
    again = Store(tmp_path / "ws.json")
    assert (again.count("notes"), again.count("other")) == (3, 1)
    again.close()
