"""The SQLite store: articles, credits, signatures, LSH bands, edges and fetches.

One file, WAL mode, written in transactions per batch. The store records its schema
version and the fingerprint parameters it was built with; opening it with other
parameters is refused rather than silently mixing signatures. Without a path the store
lives in memory for one run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from tracer.errors import StoreError
from tracer.fingerprint import DEFAULT_PARAMS, FingerprintParams
from tracer.model import Article, Credit, Edge, Match

SCHEMA_VERSION = 1
ENV_DB = "TRACER_DB"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT, publisher TEXT, title TEXT, date TEXT, lang TEXT, source TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  signals TEXT,
  chain TEXT,
  added_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE TABLE IF NOT EXISTS credits (
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article, seq)
);
CREATE TABLE IF NOT EXISTS signatures (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
  sig BLOB NOT NULL,
  length INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS bands_article ON bands(article);
CREATE TABLE IF NOT EXISTS edges (
  src TEXT NOT NULL, dst TEXT NOT NULL, kind TEXT NOT NULL,
  evidence TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (src, dst, kind)
);
CREATE TABLE IF NOT EXISTS fetches (
  url TEXT NOT NULL, final_url TEXT, status INTEGER, fetched_at REAL NOT NULL,
  bytes INTEGER, etag TEXT, last_modified TEXT, error TEXT
);
CREATE INDEX IF NOT EXISTS fetches_url ON fetches(url);
"""


def default_db_path() -> str:
    """`$TRACER_DB` when set, else an in-memory store (nothing persists)."""
    return os.environ.get(ENV_DB) or ":memory:"


def content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=16).hexdigest()


class Store:
    """Access to one tracer store. Use as a context manager or call `close()`."""

    def __init__(self, path: str | os.PathLike[str] | None = None,
                 params: FingerprintParams = DEFAULT_PARAMS, *, readonly: bool = False):
        self.path = str(path) if path is not None else default_db_path()
        self.params = params
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            parent.mkdir(parents=True, exist_ok=True)
        try:
            uri = f"file:{self.path}?mode=ro" if readonly else None
            self.db = sqlite3.connect(uri or self.path, uri=bool(uri), timeout=30.0, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys=ON")
            if self.path != ":memory:" and not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self.db.executescript(_SCHEMA)
            self._check_meta(readonly)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # -- lifecycle -----------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _check_meta(self, readonly: bool) -> None:
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if not meta:
            if readonly:
                raise StoreError(f"{self.path} is not a tracer store")
            with self.transaction():
                self.db.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)),
                    ("params", json.dumps(self.params.to_dict(), sort_keys=True)),
                    ("created_at", str(time.time())),
                ])
            return
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer tracer (schema {version}, "
                             f"this tracer knows {SCHEMA_VERSION}); upgrade tracer")
        stored = json.loads(meta.get("params", "{}"))
        if stored and stored != self.params.to_dict():
            raise StoreError(f"{self.path} was built with fingerprint parameters {stored}, "
                             f"not {self.params.to_dict()}; use another --db")

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- articles ------------------------------------------------------------------
    def rowid(self, article_id: str) -> int | None:
        row = self.db.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def put_article(self, art: Article) -> tuple[int, bool]:
        """Insert or update one article; returns (rowid, changed). Call inside a transaction."""
        h = content_hash(art.text)
        row = self.db.execute("SELECT rowid, content_hash FROM articles WHERE id = ?", (art.id,)).fetchone()
        signals = json.dumps({k: v for k, v in art.signals.items()}, ensure_ascii=False, default=str)
        values = (art.url, art.publisher, art.title, art.date, art.lang, art.source, art.text, h, signals,
                  json.dumps(art.chain, ensure_ascii=False))
        if row is None:
            cur = self.db.execute(
                "INSERT INTO articles (url, publisher, title, date, lang, source, text, content_hash, signals, chain,"
                " id, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (*values, art.id, time.time()))
            rid, changed = int(cur.lastrowid), True
        else:
            rid, changed = int(row[0]), row[1] != h
            self.db.execute(
                "UPDATE articles SET url=?, publisher=?, title=?, date=?, lang=?, source=?, text=?, content_hash=?,"
                " signals=?, chain=? WHERE rowid=?", (*values, rid))
        self.db.execute("DELETE FROM credits WHERE article = ?", (rid,))
        self.db.executemany("INSERT INTO credits VALUES (?, ?, ?)",
                            [(rid, k, json.dumps(c.to_dict(), ensure_ascii=False)) for k, c in enumerate(art.credits)])
        return rid, changed

    def put_signature(self, rid: int, sig: np.ndarray, length: int, keys: np.ndarray) -> None:
        self.db.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)",
                        (rid, np.asarray(sig, dtype="<u4").tobytes(), length))
        self.db.execute("DELETE FROM bands WHERE article = ?", (rid,))
        self.db.executemany("INSERT INTO bands VALUES (?, ?, ?)",
                            [(b, int(k), rid) for b, k in enumerate(keys.tolist())])

    def has_signature(self, rid: int) -> bool:
        return self.db.execute("SELECT 1 FROM signatures WHERE article = ?", (rid,)).fetchone() is not None

    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT rowid, id, url, publisher, title, date, lang, source, text, signals, chain FROM articles WHERE id = ?",
            (article_id,)).fetchone()
        return self._article(row) if row else None

    def _article(self, row: tuple[Any, ...]) -> Article:
        rid, aid, url, pub, title, date, lang, source, text, signals, chain = row
        art = Article(id=aid, text=text, url=url, publisher=pub, title=title, date=date, lang=lang, source=source,
                      signals=json.loads(signals or "{}"), chain=json.loads(chain or "[]"))
        art.credits = [Credit(**json.loads(d)) for (d,) in self.db.execute(
            "SELECT data FROM credits WHERE article = ? ORDER BY seq", (rid,))]
        return art

    def iter_articles(self) -> Iterator[Article]:
        for row in self.db.execute(
                "SELECT rowid, id, url, publisher, title, date, lang, source, text, signals, chain FROM articles"
                " ORDER BY rowid").fetchall():
            yield self._article(row)

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY rowid")]

    # -- edges and fetches -----------------------------------------------------------
    def put_edges(self, edges: Iterable[Edge]) -> None:
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?, ?)", [
                (e.from_, e.to, e.kind, json.dumps(e.evidence, ensure_ascii=False), e.confidence) for e in edges])

    def log_fetch(self, url: str, final_url: str | None, status: int | None, nbytes: int | None,
                  etag: str | None = None, last_modified: str | None = None, error: str | None = None) -> None:
        self.db.execute("INSERT INTO fetches VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (url, final_url, status, time.time(), nbytes, etag, last_modified, error))

    # -- care ------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        size = 0
        if self.path != ":memory:":
            size = sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))
        return {"path": self.path, "version": int(meta.get("schema_version", 0)),
                "articles": count("articles"), "signatures": count("signatures"), "credits": count("credits"),
                "edges": count("edges"), "fetches": count("fetches"), "bands": count("bands"),
                "params": json.loads(meta.get("params", "{}")), "bytes": size}

    # -- copies (issue 4: persisted LSH candidates and verified copies) -------------------
    _COPIES_SCHEMA = """
    CREATE TABLE IF NOT EXISTS copies (
      a INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      b INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      similarity REAL NOT NULL, containment_a REAL NOT NULL, containment_b REAL NOT NULL,
      PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS copies_b ON copies(b);
    CREATE TABLE IF NOT EXISTS copies_searched (article INTEGER PRIMARY KEY REFERENCES articles(rowid)
                                                ON DELETE CASCADE);
    """

    def _ensure_copies(self) -> None:
        if not getattr(self, "_copies_ready", False):
            self.db.executescript(self._COPIES_SCHEMA)
            self._copies_ready = True

    def forget_copies(self, rid: int) -> None:
        """Drop the verified copies of an article whose text changed. Call inside a transaction."""
        if not getattr(self, "_copies_ready", False):
            exists = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'copies'").fetchone()
            if not exists:
                return
        self.db.execute("DELETE FROM copies WHERE a = ? OR b = ?", (rid, rid))
        self.db.execute("DELETE FROM copies_searched WHERE article = ?", (rid,))

    def unsearched(self) -> list[int]:
        """Articles with a signature whose copies have not been searched yet (e.g. added by `trace`)."""
        self._ensure_copies()
        return [r for (r,) in self.db.execute(
            "SELECT s.article FROM signatures s LEFT JOIN copies_searched c ON c.article = s.article"
            " WHERE c.article IS NULL ORDER BY s.article")]

    def band_candidates(self, rids: list[int], min_bands: int, max_bucket: int,
                        short: int = 0) -> list[tuple[int, int, int]]:
        """(a, b, shared) for articles `rids` against the whole store: pairs sharing at least
        `min_bands` band keys (one when the shorter has under `short` shingles), ignoring
        buckets of more than `max_bucket` articles (common phrases)."""
        self._ensure_copies()
        if not rids:
            return []
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS probe_rids (rid INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM probe_rids")
        self.db.executemany("INSERT OR IGNORE INTO probe_rids VALUES (?)", [(r,) for r in rids])
        rows = self.db.execute("""
            WITH probe AS (
              SELECT b.band, b.key, b.article FROM bands b JOIN probe_rids p ON p.rid = b.article
              WHERE b.key != -1
                AND (SELECT count(*) FROM bands c WHERE c.band = b.band AND c.key = b.key) <= ?)
            SELECT p.article, o.article, count(*) FROM probe p
            JOIN bands o ON o.band = p.band AND o.key = p.key AND o.article != p.article
            GROUP BY p.article, o.article
            HAVING count(*) >= ? OR (SELECT min(s1.length, s2.length) FROM signatures s1, signatures s2
                                     WHERE s1.article = p.article AND s2.article = o.article) < ?""",
                               (max_bucket, min_bands, short)).fetchall()
        out: dict[tuple[int, int], int] = {}
        for a, b, n in rows:
            out[(min(a, b), max(a, b))] = n
        return sorted((a, b, n) for (a, b), n in out.items())

    def signature_lengths(self, rids: Iterable[int]) -> dict[int, int]:
        want = sorted(set(rids))
        out: dict[int, int] = {}
        for k in range(0, len(want), 900):
            chunk = want[k:k + 900]
            q = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT article, length FROM signatures WHERE article IN ({q})", chunk))
        return out

    def texts(self, rids: Iterable[int]) -> dict[int, str]:
        want = sorted(set(rids))
        out: dict[int, str] = {}
        for k in range(0, len(want), 900):
            chunk = want[k:k + 900]
            q = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT rowid, text FROM articles WHERE rowid IN ({q})", chunk))
        return out

    def put_signatures(self, rows: list[tuple[int, np.ndarray, int, np.ndarray]]) -> None:
        """`put_signature` for a batch: band rows inserted in key order (B-tree friendly).
        Call inside a transaction."""
        if not rows:
            return
        self.db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)",
                            [(rid, np.asarray(sig, dtype="<u4").tobytes(), length) for rid, sig, length, _k in rows])
        self.db.executemany("DELETE FROM bands WHERE article = ?", [(rid,) for rid, _s, _l, _k in rows])
        band_rows = sorted((b, k, rid) for rid, _s, _l, keys in rows for b, k in enumerate(keys.tolist()) if k != -1)
        self.db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?, ?)", band_rows)

    def put_copies(self, rows: list[tuple[int, int, float, float, float]], searched: Iterable[int] = ()) -> None:
        """Store verified copies (a < b by rowid) and mark the articles whose search they complete."""
        self._ensure_copies()
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?, ?)", rows)
            self.db.executemany("INSERT OR IGNORE INTO copies_searched VALUES (?)", [(r,) for r in searched])

    def copy_graph(self) -> tuple[list[str], list[int], list[str | None], list[Match]]:
        """Every stored article (id, shingle count, date, in rowid order) and every verified copy."""
        self._ensure_copies()
        ids, lengths, dates, by_rid = [], [], [], {}
        for rid, aid, date, length in self.db.execute(
                "SELECT a.rowid, a.id, a.date, coalesce(s.length, 0) FROM articles a"
                " LEFT JOIN signatures s ON s.article = a.rowid ORDER BY a.rowid"):
            by_rid[rid] = aid
            ids.append(aid)
            lengths.append(int(length))
            dates.append(date)
        matches = [Match(a=by_rid[a], b=by_rid[b], similarity=sim, containment_a=ca, containment_b=cb)
                   for a, b, sim, ca, cb in self.db.execute("SELECT a, b, similarity, containment_a, containment_b"
                                                             " FROM copies ORDER BY a, b")]
        return ids, lengths, dates, matches


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on error: a killed run keeps the last batch."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
