"""Fixtures for the store tests: a synthetic corpus, a tracer-0.1 (schema 1) store writer,
a canonical dump of a store, and a reader loop to run in a separate process.

Run as a script (`python tests/store_support.py read DB STOPFILE`) it is the reader loop:
it prints one JSON line per consistent snapshot it observed, or a line with "error".
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

# -- a corpus of a few thousand short articles ---------------------------------------------

def write_corpus(path: Path, n: int, seed: int = 7) -> list[str]:
    """`n` JSONL records (ids a0…), a fifth of them trimmed copies of earlier stories, some
    with a byline or an agency dateline so credits get stored. Returns the ids."""
    rng = random.Random(seed)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(2000)]
    stories: list[list[str]] = []
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if stories and rng.random() < 0.2:
                base = rng.choice(stories)
                paras = base[: rng.randint(2, len(base))]
            else:
                paras = [" ".join(rng.choice(vocab) for _ in range(rng.randint(12, 22))).capitalize() + "."
                         for _ in range(rng.randint(2, 4))]
                stories.append(paras)
            if i % 7 == 0:
                paras = ["By Jane Doe", *paras]
            elif i % 11 == 0:
                paras = [f"CITYVILLE (AP) — {paras[0]}", *paras[1:]]
            aid = f"a{i}"
            ids.append(aid)
            fh.write(json.dumps({"id": aid, "text": " ### ".join(paras), "publisher": f"P{i % 17}",
                                 "url": f"https://p{i % 17}.example/{i}"}) + "\n")
    return ids


# -- the skeleton's store, schema version 1, written the way tracer 0.1 wrote it -------------

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


def write_v1_store(path: Path, articles: list[Any], *, with_meta: bool = True) -> None:
    """A schema-1 store holding `articles` (with credits), as tracer 0.1's Store wrote it:
    its DDL, its meta rows, its article/credit/signature/band inserts. Signatures come from
    the current fingerprinting, which the version-1 scheme string still names."""
    from tracer.fingerprint import DEFAULT_PARAMS, MinHasher, fingerprint
    from tracer.index import band_keys

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(V1_DDL)
    db.execute("BEGIN IMMEDIATE")
    if with_meta:
        db.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", "1"), ("params", json.dumps(DEFAULT_PARAMS.to_dict(), sort_keys=True)),
            ("created_at", str(time.time()))])
    hasher = MinHasher(DEFAULT_PARAMS)
    for art in articles:
        h = hashlib.blake2b(art.text.encode("utf-8", "replace"), digest_size=16).hexdigest()
        cur = db.execute(
            "INSERT INTO articles (url, publisher, title, date, lang, source, text, content_hash, signals, chain,"
            " id, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (art.url, art.publisher, art.title, art.date, art.lang, art.source, art.text, h,
             json.dumps(dict(art.signals), ensure_ascii=False, default=str), json.dumps(art.chain, ensure_ascii=False),
             art.id, time.time()))
        rid = cur.lastrowid
        db.executemany("INSERT INTO credits VALUES (?, ?, ?)",
                       [(rid, k, json.dumps(c.to_dict(), ensure_ascii=False)) for k, c in enumerate(art.credits)])
        fp = fingerprint(art.text, art.credits, hasher)
        keys = band_keys(fp.signature[None, :], DEFAULT_PARAMS)[0]
        db.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?)",
                   (rid, np.asarray(fp.signature, dtype="<u4").tobytes(), len(fp.shingles)))
        db.executemany("INSERT INTO bands VALUES (?, ?, ?)", [(b, int(k), rid) for b, k in enumerate(keys.tolist())])
    db.execute("COMMIT")
    db.close()


# -- what a store holds, independent of when and by which run it was written -----------------

def dump_store(path: Path | str) -> dict[str, Any]:
    """Articles (every stored field but times and runs), credits, signatures, bands, edges."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        arts = {}
        for rid, aid, url, pub, title, date, lang, text, h, signals, chain in db.execute(
                "SELECT rowid, id, url, publisher, title, date, lang, text, content_hash, signals, chain FROM articles"):
            credits = [d for (d,) in db.execute("SELECT data FROM credits WHERE article = ? ORDER BY seq", (rid,))]
            sig = db.execute("SELECT sig, length FROM signatures WHERE article = ?", (rid,)).fetchone()
            bands = sorted(db.execute("SELECT band, key FROM bands WHERE article = ?", (rid,)).fetchall())
            arts[aid] = (url, pub, title, date, lang, text, h, signals, chain, credits, sig, bands)
        edges = sorted(db.execute("SELECT src, dst, kind, evidence, confidence FROM edges").fetchall())
        return {"articles": arts, "edges": edges}
    finally:
        db.close()


# -- the reader loop ---------------------------------------------------------------------------

def read_loop(db_path: str, stop_file: str) -> None:
    """Read the store over and over through tracer's Store until `stop_file` exists (then
    once more); print what each snapshot held.

    Within one snapshot every article must have its signature, every signature its bands,
    and the articles `iter_articles` yields must be the ones counted.
    """
    from tracer.errors import StoreError
    from tracer.store import Store

    last = False
    while True:
        last = last or Path(stop_file).exists()
        try:
            st = Store(db_path, params=None, readonly=True)
        except StoreError as exc:  # not created yet
            print(json.dumps({"waiting": str(exc)}), flush=True)
            time.sleep(0.02)
            continue
        try:
            with st.snapshot() as db:
                n_art = db.execute("SELECT count(*) FROM articles").fetchone()[0]
                n_sig = db.execute("SELECT count(*) FROM signatures").fetchone()[0]
                n_band = db.execute("SELECT count(*) FROM bands").fetchone()[0]
                short = db.execute(
                    "SELECT count(*) FROM signatures s WHERE (SELECT count(*) FROM bands b"
                    " WHERE b.article = s.article) != ?", (st.params.bands,)).fetchone()[0]
                listed = sum(1 for _ in st.iter_articles())
            print(json.dumps({"articles": n_art, "signatures": n_sig, "bands": n_band, "short": short,
                              "listed": listed, "bands_per_sig": st.params.bands}), flush=True)
        except Exception as exc:  # any failure to read is what the test looks for
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
        finally:
            st.close()
        if last:
            return


# -- a tracer command that stops where the crash test kills it -----------------------------------

STOPPED = "tracer-test: stopped"


def run_until(mode: str, n: int, argv: list[str]) -> None:
    """Run `tracer ARGV` and stop it at a point of the ingest it then reports on stderr.

    `in-batch N`: at the store write of the (N+1)-th new article this process stores,
    i.e. inside a batch transaction holding the write lock; `between N`: at the first
    transaction begun after N new articles, before it takes the lock. There the process
    prints `STOPPED` and waits to be killed (or, with `$TRACER_TEST_RESUME_FILE`, until that
    file exists, then goes on), so the test acts at a known point, not after a delay (a
    timer made the test depend on the machine's speed).

    SQLite's statement trace is the hook: every statement the store's connection runs
    passes through it, so tracer itself needs no test-only code.
    """
    import sqlite3 as _sqlite3

    from tracer.cli import main

    real_connect = _sqlite3.connect
    inserted = 0

    resume = os.environ.get("TRACER_TEST_RESUME_FILE")
    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        print(STOPPED, file=sys.stderr, flush=True)
        while not (resume and Path(resume).exists()):  # without a resume file: until killed
            time.sleep(0.01)

    def trace(sql: str) -> None:
        nonlocal inserted
        head = sql.lstrip()[:40].upper()
        if head.startswith("INSERT INTO ARTICLES"):
            if mode == "in-batch" and inserted >= n:
                stop()
            inserted += 1
        elif head.startswith("BEGIN IMMEDIATE") and mode == "between" and inserted >= n:
            stop()

    def connect(*args: Any, **kw: Any) -> _sqlite3.Connection:
        con = real_connect(*args, **kw)
        con.set_trace_callback(trace)
        return con

    _sqlite3.connect = connect  # this process only: tracer.store looks it up at each call
    sys.argv = ["tracer", *argv]
    main()


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read_loop(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "run-until":
        run_until(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
