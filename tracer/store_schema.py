"""The store's schema: the version-1 tables and the ordered forward migrations after them.

A new store and an old store take the same path: the version-1 DDL, then every migration
above the store's version, in order, inside one transaction. So a migrated store has
exactly the schema of a fresh one, and a killed migration leaves the store as it was.

To change a table, add one function to `MIGRATIONS` under the next version number and
bump nothing else: `SCHEMA_VERSION` is the highest key. Never edit a migration that has
shipped; stores in the field were built by it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# The skeleton's schema, exactly as tracer 0.1 wrote it (version 1).
V1_DDL = """
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
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS bands_key ON bands(band, key);
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

# The tables a version-1 store has; a file holding them but no version is a tracer store
# whose first open was interrupted (tracer 0.1 wrote the version after the tables).
V1_TABLES = frozenset({"meta", "articles", "credits", "signatures", "bands", "edges", "fetches"})


def _execute_each(db: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements one by one: `executescript` would COMMIT the transaction."""
    for stmt in script.split(";"):
        if stmt.strip():
            db.execute(stmt)


def _v2(db: sqlite3.Connection) -> None:
    """Runs, ingest times and the signature basis.

    * `runs`: one row per tracer process that wrote, with its start, end and status; a
      run killed mid-way stays `running` with no end, so `db info` shows interrupted runs.
    * `articles.run`/`updated_at`: which run last wrote an article, and when.
    * `articles.record_hash`: a hash of everything stored about the article, so a re-run
      recognises an unchanged article without rewriting it.
    * `articles.sig_basis`: a hash of the inputs its signature was computed from (text
      and credits), so a re-run does not fingerprint an unchanged article again.
    * an index on edge targets, for "what does this article derive from" lookups.
    """
    _execute_each(db, """
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      started_at REAL NOT NULL,
      finished_at REAL,
      status TEXT NOT NULL DEFAULT 'running',
      command TEXT,
      tracer_version TEXT,
      written INTEGER NOT NULL DEFAULT 0
    );
    ALTER TABLE articles ADD COLUMN updated_at REAL;
    ALTER TABLE articles ADD COLUMN run INTEGER REFERENCES runs(id);
    ALTER TABLE articles ADD COLUMN record_hash TEXT;
    ALTER TABLE articles ADD COLUMN sig_basis TEXT;
    UPDATE articles SET updated_at = added_at;
    CREATE INDEX articles_run ON articles(run);
    CREATE INDEX edges_dst ON edges(dst)
    """)


def _v3(db: sqlite3.Connection) -> None:
    """The copy index of the matching engine.

    * `bands` becomes a WITHOUT ROWID table keyed (band, key, article): a candidate
      lookup is one B-tree range scan, and a band row cannot be stored twice.
    * `copies`: verified copies (by article rowid), so an incremental run only verifies
      the candidates of its new articles; `copies_searched`: whose search is complete.
    """
    _execute_each(db, """
    CREATE TABLE bands_v3 (
      band INTEGER NOT NULL,
      key INTEGER NOT NULL,
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      PRIMARY KEY (band, key, article)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO bands_v3 (band, key, article) SELECT band, key, article FROM bands;
    DROP TABLE bands;
    ALTER TABLE bands_v3 RENAME TO bands;
    CREATE INDEX IF NOT EXISTS bands_article ON bands(article);
    CREATE TABLE IF NOT EXISTS copies (
      a INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      b INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      similarity REAL NOT NULL, containment_a REAL NOT NULL, containment_b REAL NOT NULL,
      PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS copies_b ON copies(b);
    CREATE TABLE IF NOT EXISTS copies_searched (
      article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE
    )
    """)


# version -> the function that brings a store from version-1 to version. Ordered, gapless.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _v2,
    3: _v3,
}

SCHEMA_VERSION = max(MIGRATIONS, default=1)
assert sorted(MIGRATIONS) == list(range(2, SCHEMA_VERSION + 1)), "migrations must be numbered 2, 3, … without gaps"


def create(db: sqlite3.Connection) -> None:
    """Create a fresh store at `SCHEMA_VERSION` (call inside a transaction)."""
    _execute_each(db, V1_DDL)
    migrate(db, 1)


_TABLES: frozenset[str] | None = None


def schema_tables() -> frozenset[str]:
    """The tables of a store at `SCHEMA_VERSION` (read from a fresh one in memory, so this
    list never drifts from the DDL and the migrations)."""
    global _TABLES
    if _TABLES is None:
        db = sqlite3.connect(":memory:")
        try:
            create(db)
            _TABLES = frozenset(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        finally:
            db.close()
    return _TABLES


def migrate(db: sqlite3.Connection, from_version: int) -> list[int]:
    """Apply every migration above `from_version` in order; returns the versions applied.

    Call inside a transaction: SQLite DDL is transactional, so either all of them
    apply or none does.
    """
    applied = []
    for version in sorted(v for v in MIGRATIONS if v > from_version):
        MIGRATIONS[version](db)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(version),))
        applied.append(version)
    return applied
