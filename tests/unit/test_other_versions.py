"""Records another version of bluf wrote in the same workspace file or cache (a reader left
running while bluf is updated, two analysts on two versions): a field this version does not
know is kept, one it has and the record lacks takes its default; nothing crashes. A real
TinyDB file and a real derived cache, written as the other version would."""

from __future__ import annotations

import orjson

from annotate.ingest import Meta, make_source
from annotate.store import Store
from annotate.workspace import open_workspace

TEXT = ("Two drones entered Latvian airspace near Daugavpils on 3 March 2025, the Latvian defence ministry said.\n\n"
        "“This was a deliberate provocation,” Defence Minister Aino Rask said in Riga.\n")


def _workspace(tmp_path):
    p = tmp_path / "ws.json"
    ws = open_workspace(p, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "kelsby.txt", meta=Meta(title="Drones over Kelsby", published="2025-03-03"))])
    ws.analyze()
    ws.close()
    return p


def test_store_records_of_an_older_and_a_newer_bluf_are_read_and_their_fields_kept(tmp_path):
    p = _workspace(tmp_path)
    s = Store(p)
    doc_id, src = next(iter(s.docs("sources").items()))
    newer = {k: v for k, v in src.items() if k != "grade"}  # an older bluf had no grade
    newer["reviewed_by_newer_bluf"] = ["ben"]  # a newer one has a field this one does not know
    s.rewrite(lambda t: {**t, "sources": {doc_id: newer}})
    s.insert("stances", {"ev": "tag", "id": "t-newer", "actor_id": "aino-rask", "label": "hawkish", "source_id": src["id"],
                         "start": 0, "end": 10, "quote": TEXT[:10], "annotator": "ben", "created_at": "2026-12-01T10:00:00+00:00",
                         "confidence_by_newer_bluf": 0.9})
    s.close()
    ws = open_workspace(p, annotator="ana")
    ws.analyze()
    (source,) = ws.sources()
    assert source.title == "Drones over Kelsby" and source.grade == ""
    assert [(st.annotator, st.label) for st in ws.stances()] == [("ben", "hawkish")]
    ws.edit_source(source.id, title="Drones over Kelsby again")  # written back by this version
    ws.close()
    raw = orjson.loads(p.read_bytes())  # compacted on close: the whole file written again
    (rec,) = raw["sources"].values()
    assert rec["title"] == "Drones over Kelsby again" and rec["reviewed_by_newer_bluf"] == ["ben"]
    assert next(e for e in raw["stances"].values() if e.get("id") == "t-newer")["confidence_by_newer_bluf"] == 0.9


def test_a_derived_cache_of_another_shape_is_read_or_derived_again(tmp_path):
    p = _workspace(tmp_path)
    ws = open_workspace(p, annotator="ana")
    ws.analyze()
    want = [(i.id, i.country, i.kind) for i in ws.incidents()]
    assert want, "the article reports an incident"
    ws.close()
    (cache,) = ws.cache.dir.glob("derived-*.json")
    data = orjson.loads(cache.read_bytes())
    for inc in data["incidents"]:
        inc.pop("candidates", None), inc.pop("undated", None)  # an older bluf wrote neither
        inc["seen_by_newer_bluf"] = True  # a newer one writes a field this one does not know
    for a in data["actors"]:
        a["newer_field"] = 1
    cache.write_bytes(orjson.dumps(data))
    ws = open_workspace(p, annotator="ana")
    ws.analyze()
    assert [(i.id, i.country, i.kind) for i in ws.incidents()] == want
    assert all(i.candidates == {} for i in ws.incidents())
    ws.close()
    (cache,) = ws.cache.dir.glob("derived-*.json")
    data = orjson.loads(cache.read_bytes())
    for inc in data["incidents"]:  # a required field missing: derived again, not a crash
        inc.pop("title")
    cache.write_bytes(orjson.dumps(data))
    ws = open_workspace(p, annotator="ana")
    ws.analyze()
    assert [(i.id, i.country, i.kind) for i in ws.incidents()] == want
    ws.close()
