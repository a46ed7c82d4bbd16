"""The workspace store: the only module that imports TinyDB.

Schema 1: one TinyDB JSON file with the tables ``meta``, ``sources``, ``stances``,
``actor_edits`` and ``incident_edits``. Every write goes straight to the file (TinyDB's JSONStorage).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

SCHEMA_VERSION = 1
TABLES = ("meta", "sources", "stances", "actor_edits", "incident_edits")


class StoreError(Exception):
    """A workspace problem; ``str(err)`` is one line an analyst can act on."""


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        if new:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        try:
            self.db = TinyDB(self.path, encoding="utf-8", ensure_ascii=False)
            meta = self.db.table("meta").all()
        except ValueError as err:
            raise StoreError(f"{self.path}: not a readable workspace ({err})") from None
        if not meta:
            self.db.table("meta").insert({"schema_version": SCHEMA_VERSION})
        elif meta[0].get("schema_version", 1) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer bluf (schema {meta[0]['schema_version']}); upgrade bluf")
        self.new = new

    def all(self, table: str) -> list[dict[str, Any]]:
        return [dict(d, _id=d.doc_id) for d in self.db.table(table).all()]

    def insert(self, table: str, doc: dict[str, Any]) -> int:
        return self.db.table(table).insert(doc)

    def insert_many(self, table: str, docs: list[dict[str, Any]]) -> list[int]:
        return self.db.table(table).insert_multiple(docs)

    def update(self, table: str, doc_id: int, fields: dict[str, Any]) -> None:
        self.db.table(table).update(fields, doc_ids=[doc_id])

    def find(self, table: str, **eq: Any) -> list[dict[str, Any]]:
        q = Query()
        cond = None
        for k, v in eq.items():
            c = q[k] == v
            cond = c if cond is None else cond & c
        docs = self.db.table(table).search(cond) if cond is not None else self.db.table(table).all()
        return [dict(d, _id=d.doc_id) for d in docs]

    def close(self) -> None:
        self.db.close()
