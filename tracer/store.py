"""The SQLite store: articles, credits, signatures, LSH bands, edges and fetches.

One file in WAL mode, so readers see the last committed state while a writer works,
and a killed writer leaves the store at its last committed transaction. Writers take
the write lock with `BEGIN IMMEDIATE` and wait up to a busy timeout for another writer;
past it they fail with a clear `StoreError`, never half-written.

The store records its schema version (see `tracer.store_schema`: an older store is
migrated forward on open, a newer or foreign one is refused) and the fingerprint
parameters it was built with (a store built with other parameters is refused rather
than silently mixing signatures). Without a path the store lives in memory for one run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from tracer.errors import StoreError
from tracer.fingerprint import DEFAULT_PARAMS, FingerprintParams
from tracer.match import RULES
from tracer.model import Article, Credit, Edge, Match
from tracer.store_schema import SCHEMA_VERSION, V1_TABLES, create, migrate, schema_tables

ENV_DB = "TRACER_DB"
ENV_TIMEOUT = "TRACER_DB_TIMEOUT"
DEFAULT_TIMEOUT = 30.0
_IN = 500  # ids per `IN (…)` query, well under SQLite's variable limit

__all__ = ["SCHEMA_VERSION", "Store", "content_hash", "default_db_path", "signature_basis"]


def default_db_path() -> str:
    """`$TRACER_DB` when set, else an in-memory store (nothing persists)."""
    return os.environ.get(ENV_DB) or ":memory:"


def content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=16).hexdigest()


def signature_basis(text: str, credits: Sequence[Credit]) -> str:
    """A hash of everything a signature is computed from besides the store's parameters.

    Fingerprinting reads the text and the credits (credit lines are left out of the
    story text), so an article whose text and credits hash the same keeps its signature.
    """
    data = json.dumps([text, [c.to_dict() for c in credits]], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.blake2b(data.encode("utf-8", "replace"), digest_size=16).hexdigest()


def _timeout() -> float:
    try:
        return float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def require_store_file(path: str | os.PathLike[str]) -> None:
    """Refuse a path that holds no store file (`:memory:` included): reading it, or a care
    command writing it, must not create an empty store there."""
    if str(path) == ":memory:" or not Path(path).expanduser().is_file():
        raise StoreError(f"no store at {path}")


class StoreBusy(StoreError):
    """Another process holds the store's write lock (past the busy timeout)."""


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc)


class Store:
    """Access to one tracer store. Use as a context manager or call `close()`.

    `readonly=True` opens without ever writing (no migration, no run record): for
    checks and exports of a store another process may be writing, or of an older
    version that should not be changed. `params=None` adopts the parameters the store
    was built with instead of refusing other ones (for care commands that do not
    fingerprint). `timeout` is how long a writer waits for another writer's lock
    (default `$TRACER_DB_TIMEOUT` or 30 s).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None,
                 params: FingerprintParams | None = DEFAULT_PARAMS, *, readonly: bool = False,
                 timeout: float | None = None):
        self.path = str(path) if path is not None else default_db_path()
        self.adopt_params = params is None  # take whatever the store was built with (care commands)
        self.params = params or DEFAULT_PARAMS
        self.readonly = readonly
        self.timeout = _timeout() if timeout is None else timeout
        self.version = SCHEMA_VERSION
        self._run: int | None = None
        self._run_new = False
        self._closed = False
        memory = self.path == ":memory:"
        try:
            if readonly:
                require_store_file(self.path)
                uri = Path(self.path).expanduser().resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None)
            else:
                if not memory:
                    parent = Path(self.path).expanduser().resolve().parent
                    parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path if memory else os.path.expanduser(self.path),
                                          timeout=self.timeout, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._open(memory)
                break
            except StoreBusy:
                if time.monotonic() < deadline:  # see `_open`: SQLite does not always wait itself
                    time.sleep(0.05)
                    continue
                self.db.close()
                raise
            except BaseException:
                self.db.close()
                raise

    def _open(self, memory: bool) -> None:
        """Settings, schema check, migration. A lock SQLite would deadlock on (a journal-mode
        switch or a lock upgrade while another process creates the same new store) fails at
        once with SQLITE_BUSY instead of waiting for the busy timeout: `StoreBusy`, which the
        constructor retries until the timeout has passed."""
        try:
            self.db.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            self.db.execute("PRAGMA foreign_keys=ON")
            version, meta = self._open_schema()  # refuses a foreign or newer file before changing it
            if not memory and not self.readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            if not self.readonly and (version != SCHEMA_VERSION or not meta.get("params")):
                self._upgrade()
            if not self.readonly:
                self._check_tables()
                self._sync_copy_rules()
        except sqlite3.Error as exc:
            raise self.failed(exc, "open") from exc

    # -- lifecycle -----------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            status = "complete"
        elif exc_type is KeyboardInterrupt:
            status = "interrupted"
        else:
            status = "failed"
        self.close(status)

    def close(self, status: str = "complete") -> None:
        """Close the connection; a run that wrote is marked finished with `status`."""
        if self._closed:
            return
        self._closed = True
        if self._run is not None and not self.readonly:
            try:
                if status != "complete":  # failing, perhaps for want of the lock: do not wait long
                    self.db.execute(f"PRAGMA busy_timeout={int(min(self.timeout, 2.0) * 1000)}")
                with self.transaction():
                    self.db.execute(
                        "UPDATE runs SET finished_at = ?, status = ?,"
                        " written = (SELECT count(*) FROM articles WHERE run = ?) WHERE id = ?",
                        (time.time(), status, self._run, self._run))
            except (StoreError, sqlite3.Error):
                pass  # the run stays 'running': `db info` reports it as unfinished
        self.db.close()

    def _busy_message(self) -> str:
        return (f"store {self.path} is busy: another tracer process has held its write lock for over "
                f"{self.timeout:g} s; try again when it has finished, raise ${ENV_TIMEOUT}, or use another --db")

    def failed(self, exc: sqlite3.Error, what: str) -> StoreError:
        """The error for a failed `what` ('open', 'write to', 'vacuum'): `StoreBusy` when another
        process holds the write lock, else 'cannot <what> store <path>: <cause>'."""
        if _is_busy(exc):
            return StoreBusy(self._busy_message())
        return StoreError(f"cannot {what} store {self.path}: {exc}")

    def _state(self) -> tuple[int | None, dict[str, str]]:
        """(schema version or None for an empty file, meta); refuses what is not a tracer store."""
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None, {}
        if "meta" not in tables:
            names = ", ".join(sorted(tables)[:5])
            raise StoreError(f"{self.path} is not a tracer store (an SQLite database with other tables: {names}); "
                             "use another --db")
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        raw = meta.get("schema_version")
        if raw is None:
            if V1_TABLES <= tables:
                return 1, meta  # tracer 0.1 was stopped between creating its tables and writing its version
            raise StoreError(f"{self.path} is not a tracer store (no schema version); use another --db")
        try:
            version = int(raw)
        except ValueError:
            raise StoreError(f"{self.path} has an unreadable schema version {raw!r}; "
                             "it is not a store this tracer wrote") from None
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer tracer (schema {version}, this tracer knows "
                             f"up to {SCHEMA_VERSION}); upgrade tracer to use it")
        if version < 1:
            raise StoreError(f"{self.path} has an invalid schema version {version}")
        return version, meta

    def missing_tables(self) -> list[str]:
        """Tables a store of this schema version must have and this one lacks (dropped by hand)."""
        if self.version != SCHEMA_VERSION:
            return []
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return sorted(schema_tables() - tables)

    def _check_tables(self) -> None:
        """A writer refuses a store with a table missing: every query on it would fail
        half-way with an sqlite3 error, and writing around the hole would hide it."""
        missing = self.missing_tables()
        if missing:
            raise StoreError(f"{self.path} is damaged: table{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                             f"missing; restore it from a backup or use another --db "
                             f"(tracer db check --db {self.path} lists its problems)")

    def _check_params(self, meta: dict[str, str]) -> None:
        raw = meta.get("params")
        if not raw:
            return
        try:
            stored = json.loads(raw)
        except ValueError:
            raise StoreError(f"{self.path} has unreadable fingerprint parameters; use another --db") from None
        if self.adopt_params:
            try:
                self.params = FingerprintParams(**stored)
            except TypeError:
                pass  # parameters of a newer tracer: keep the defaults, this store is only read
            return
        if stored != self.params.to_dict():
            raise StoreError(f"{self.path} was built with fingerprint parameters {stored}, "
                             f"not {self.params.to_dict()}; run `tracer db reindex --db {self.path}` "
                             f"to fingerprint its articles again with these, or use another --db")

    def _open_schema(self) -> tuple[int | None, dict[str, str]]:
        """Read version and meta; refuse a foreign or newer store, or other parameters."""
        version, meta = self._state()
        if self.readonly and version is None:
            raise StoreError(f"{self.path} is not a tracer store (empty database)")
        self._check_params(meta)
        if self.readonly and version is not None:
            self.version = version
        return version, meta

    def _upgrade(self) -> None:
        """Create a new store or migrate an older one, atomically, under the write lock."""
        with self.transaction():
            # Again under the lock: another process may have created or migrated it meanwhile.
            version, meta = self._state()
            self._check_params(meta)
            now = time.time()
            if version is None:
                create(self.db)
                self._set_meta(created_at=str(now), created_by=_tracer_version())
            elif version < SCHEMA_VERSION:
                history = json.loads(meta.get("migrations", "[]"))
                for v in migrate(self.db, version):
                    history.append({"from": v - 1, "to": v, "at": now, "by": _tracer_version()})
                self._set_meta(migrations=json.dumps(history))
            if not meta.get("params"):
                self._set_meta(params=json.dumps(self.params.to_dict(), sort_keys=True))
            self._set_meta(schema_version=str(SCHEMA_VERSION))

    def _sync_copy_rules(self) -> None:
        """Record the `CopyRules` the stored copies were verified with; when they changed,
        forget the verified copies so the next run verifies every article again (the
        signatures and bands do not depend on them, so nothing is fingerprinted again)."""
        current = json.dumps(RULES.to_dict(), sort_keys=True)
        if self.meta().get("copy_rules") == current:
            return
        with self.transaction():
            if self.meta().get("copy_rules") != current:
                self.db.execute("DELETE FROM copies")
                self.db.execute("DELETE FROM copies_searched")
                self._set_meta(copy_rules=current)

    def _set_meta(self, **values: str) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items()))

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def transaction(self) -> _Transaction:
        """`with store.transaction():` one atomic write (BEGIN IMMEDIATE … COMMIT).

        Nested calls join the enclosing transaction.
        """
        return _Transaction(self)

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """`with store.snapshot():` several reads that see one committed state.

        In WAL mode a read transaction keeps its snapshot while writers commit, so a
        reader never sees half of a batch. Joins an enclosing transaction.
        """
        if self.db.in_transaction:
            yield self.db
            return
        changes = self.db.total_changes
        self.db.execute("BEGIN")
        try:
            yield self.db
        finally:
            if self.db.in_transaction:
                # A pure read ends with ROLLBACK, which cannot fail on a damaged file.
                self.db.execute("COMMIT" if self.db.total_changes != changes else "ROLLBACK")

    def _run_id(self) -> int | None:
        """The id of this process's run, created with its first write (in that transaction)."""
        if self._run is None and self.version >= 2 and not self.readonly:
            cur = self.db.execute(
                "INSERT INTO runs (started_at, status, command, tracer_version) VALUES (?, 'running', ?, ?)",
                (time.time(), shlex.join(sys.argv)[:500], _tracer_version()))
            self._run, self._run_new = int(cur.lastrowid), True
        return self._run

    # -- articles ------------------------------------------------------------------
    def rowid(self, article_id: str) -> int | None:
        row = self.db.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def lookup(self, article_ids: Iterable[str]) -> dict[str, tuple[int, str | None, str | None]]:
        """For the stored ones among `article_ids`: (rowid, record_hash, sig_basis).

        `sig_basis` is None when the article has no signature (or one of unknown basis).
        One query per few hundred ids: how a re-run recognises what it already stored.
        """
        ids = list(dict.fromkeys(article_ids))
        out: dict[str, tuple[int, str | None, str | None]] = {}
        for i in range(0, len(ids), _IN):
            chunk = ids[i:i + _IN]
            marks = ",".join("?" * len(chunk))
            for aid, rid, rh, basis, has_sig in self.db.execute(
                    "SELECT a.id, a.rowid, a.record_hash, a.sig_basis, s.article IS NOT NULL FROM articles a"
                    f" LEFT JOIN signatures s ON s.article = a.rowid WHERE a.id IN ({marks})", chunk):
                out[aid] = (int(rid), rh, basis if has_sig else None)
        return out

    @staticmethod
    def _record(art: Article) -> tuple[tuple[Any, ...], list[str], str]:
        """The stored column values, credit rows and record hash of an article."""
        signals = json.dumps({k: v for k, v in art.signals.items()}, ensure_ascii=False, default=str)
        values = (art.url, art.publisher, art.title, art.date, art.lang, art.source, art.text,
                  content_hash(art.text), signals, json.dumps(art.chain, ensure_ascii=False))
        credits = [json.dumps(c.to_dict(), ensure_ascii=False) for c in art.credits]
        blob = json.dumps([values, credits], ensure_ascii=False, default=str)
        return values, credits, hashlib.blake2b(blob.encode("utf-8", "replace"), digest_size=16).hexdigest()

    @staticmethod
    def record_hash(art: Article) -> str:
        """A hash of everything the store keeps about `art` (compare with `lookup`)."""
        return Store._record(art)[2]

    def put_article(self, art: Article) -> tuple[int, bool]:
        """Insert or update one article; returns (rowid, text changed). Call inside a transaction.

        An article stored with the same record hash is not written again.
        """
        values, credits, rh = self._record(art)
        row = self.db.execute("SELECT rowid, content_hash, record_hash FROM articles WHERE id = ?",
                              (art.id,)).fetchone()
        now = time.time()
        if row is None:
            cur = self.db.execute(
                "INSERT INTO articles (url, publisher, title, date, lang, source, text, content_hash, signals, chain,"
                " id, added_at, updated_at, run, record_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, art.id, now, now, self._run_id(), rh))
            rid, changed = int(cur.lastrowid), True
        else:
            rid, changed = int(row[0]), row[1] != values[7]
            if row[2] == rh:
                return rid, False
            self.db.execute(
                "UPDATE articles SET url=?, publisher=?, title=?, date=?, lang=?, source=?, text=?, content_hash=?,"
                " signals=?, chain=?, updated_at=?, run=?, record_hash=? WHERE rowid=?",
                (*values, now, self._run_id(), rh, rid))
            self.db.execute("DELETE FROM credits WHERE article = ?", (rid,))
        self.db.executemany("INSERT INTO credits (article, seq, data) VALUES (?, ?, ?)",
                            [(rid, k, c) for k, c in enumerate(credits)])
        return rid, changed

    def get_article(self, article_id: str) -> Article | None:
        with self.snapshot():
            row = self.db.execute(
                "SELECT rowid, id, url, publisher, title, date, lang, source, text, signals, chain FROM articles"
                " WHERE id = ?", (article_id,)).fetchone()
            return self._article(row) if row else None

    def _article(self, row: tuple[Any, ...], credits: list[str] | None = None) -> Article:
        rid, aid, url, pub, title, date, lang, source, text, signals, chain = row
        art = Article(id=aid, text=text, url=url, publisher=pub, title=title, date=date, lang=lang, source=source,
                      signals=json.loads(signals or "{}"), chain=json.loads(chain or "[]"))
        if credits is None:
            credits = [d for (d,) in self.db.execute("SELECT data FROM credits WHERE article = ? ORDER BY seq", (rid,))]
        art.credits = [Credit(**json.loads(d)) for d in credits]
        return art

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article with its credits, as of one committed state."""
        with self.snapshot():
            rows = self.db.execute(
                "SELECT rowid, id, url, publisher, title, date, lang, source, text, signals, chain FROM articles"
                " ORDER BY rowid").fetchall()
            credits: dict[int, list[str]] = {}
            for rid, data in self.db.execute("SELECT article, data FROM credits ORDER BY article, seq"):
                credits.setdefault(rid, []).append(data)
        for row in rows:
            yield self._article(row, credits.get(row[0], []))

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY rowid")]

    # -- edges and fetches -----------------------------------------------------------
    def put_edges(self, edges: Iterable[Edge]) -> None:
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO edges (src, dst, kind, evidence, confidence)"
                                " VALUES (?, ?, ?, ?, ?)", [
                                    (e.from_, e.to, e.kind, json.dumps(e.evidence, ensure_ascii=False),
                                     e.confidence) for e in edges])

    def log_fetch(self, url: str, final_url: str | None, status: int | None, nbytes: int | None,
                  etag: str | None = None, last_modified: str | None = None, error: str | None = None) -> None:
        self.db.execute("INSERT INTO fetches (url, final_url, status, fetched_at, bytes, etag, last_modified, error)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (url, final_url, status, time.time(), nbytes, etag, last_modified, error))

    # -- care ------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """Counts, parameters, size, version and runs (the `tracer db info` object)."""
        def count(table: str) -> int:
            return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        with self.snapshot():
            meta = self.meta()
            out: dict[str, Any] = {
                "path": self.path, "version": int(meta.get("schema_version", 1)),
                "articles": count("articles"), "signatures": count("signatures"), "credits": count("credits"),
                "edges": count("edges"), "fetches": count("fetches"), "bands": count("bands"),
                "params": json.loads(meta.get("params", "{}")),
                "copy_rules": json.loads(meta.get("copy_rules", "{}")), "bytes": self.size(),
                "created_at": float(meta["created_at"]) if "created_at" in meta else None,
                "migrations": json.loads(meta.get("migrations", "[]")),
            }
            if self.version >= 2:
                runs = self.db.execute(
                    "SELECT count(*), coalesce(sum(status = 'running'), 0) FROM runs").fetchone()
                last = self.db.execute(
                    "SELECT id, started_at, finished_at, status, command, tracer_version,"
                    " CASE WHEN finished_at IS NULL THEN (SELECT count(*) FROM articles WHERE run = runs.id)"
                    " ELSE written END FROM runs ORDER BY id DESC LIMIT 1").fetchone()
                out["runs"], out["unfinished_runs"] = int(runs[0]), int(runs[1])
                out["last_run"] = dict(zip(("id", "started_at", "finished_at", "status", "command",
                                            "tracer_version", "written"), last, strict=True)) if last else None
        return out

    def size(self) -> int:
        """Bytes on disk: the database file and its write-ahead log."""
        if self.path == ":memory:":
            return 0
        return sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))


    # -- conditional fetching (added for issue 5, sources) ---------------------------
    def last_validators(self, url: str) -> dict[str, str | None] | None:
        """ETag/Last-Modified of the latest good fetch (2xx or 304) of `url`, if it sent any."""
        row = self.db.execute(
            "SELECT etag, last_modified FROM fetches WHERE url = ? AND error IS NULL"
            " AND ((status >= 200 AND status < 300) OR status = 304) ORDER BY fetched_at DESC, rowid DESC LIMIT 1",
            (url,)).fetchone()
        if row is None or (row[0] is None and row[1] is None):
            return None
        return {"etag": row[0], "last_modified": row[1]}

    def article_by_url(self, url: str) -> Article | None:
        """The stored article fetched from `url` (its id, else its recorded URL)."""
        art = self.get_article(url)
        if art is not None:
            return art
        row = self.db.execute(
            "SELECT rowid, id, url, publisher, title, date, lang, source, text, signals, chain FROM articles"
            " WHERE url = ? ORDER BY rowid DESC LIMIT 1", (url,)).fetchone()
        return self._article(row) if row else None

    # -- copies (issue 4: persisted LSH candidates and verified copies) -------------------
    # The `copies` and `copies_searched` tables come with schema version 3 (store_schema._v3).
    def forget_copies(self, rid: int) -> None:
        """Drop the verified copies of an article whose text changed. Call inside a transaction."""
        self.db.execute("DELETE FROM copies WHERE a = ? OR b = ?", (rid, rid))
        self.db.execute("DELETE FROM copies_searched WHERE article = ?", (rid,))

    def unsearched(self) -> list[int]:
        """Articles with a signature whose copies have not been searched yet (e.g. added by `trace`)."""
        return [r for (r,) in self.db.execute(
            "SELECT s.article FROM signatures s LEFT JOIN copies_searched c ON c.article = s.article"
            " WHERE c.article IS NULL ORDER BY s.article")]

    def band_candidates(self, rids: list[int], min_bands: int, max_bucket: int,
                        short: int = 0) -> list[tuple[int, int, int]]:
        """(a, b, shared) for articles `rids` against the whole store: pairs sharing at least
        `min_bands` band keys (one when the shorter has under `short` shingles), ignoring
        buckets of more than `max_bucket` articles (common phrases)."""
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

    def _by_rowid(self, select: str, rids: Iterable[int]) -> dict[int, Any]:
        """`select` (two columns, the first a rowid, ending in `IN`) for `rids`, in chunks of `_IN`."""
        want = sorted(set(rids))
        out: dict[int, Any] = {}
        for k in range(0, len(want), _IN):
            chunk = want[k:k + _IN]
            out.update(self.db.execute(f"{select} ({','.join('?' * len(chunk))})", chunk))
        return out

    def signature_lengths(self, rids: Iterable[int]) -> dict[int, int]:
        return self._by_rowid("SELECT article, length FROM signatures WHERE article IN", rids)

    def texts(self, rids: Iterable[int]) -> dict[int, str]:
        return self._by_rowid("SELECT rowid, text FROM articles WHERE rowid IN", rids)

    def put_signatures(self, rows: list[tuple[int, np.ndarray, int, np.ndarray]]) -> None:
        """Signatures and band keys of a batch (replacing old ones): band rows inserted in key order (B-tree friendly).
        Call inside a transaction."""
        if not rows:
            return
        self.db.executemany("INSERT OR REPLACE INTO signatures (article, sig, length) VALUES (?, ?, ?)",
                            [(rid, np.asarray(sig, dtype="<u4").tobytes(), length) for rid, sig, length, _k in rows])
        self.db.executemany("DELETE FROM bands WHERE article = ?", [(rid,) for rid, _s, _l, _k in rows])
        band_rows = sorted((b, k, rid) for rid, _s, _l, keys in rows for b, k in enumerate(keys.tolist()) if k != -1)
        self.db.executemany("INSERT OR IGNORE INTO bands (band, key, article) VALUES (?, ?, ?)", band_rows)

    def put_copies(self, rows: list[tuple[int, int, float, float, float]], searched: Iterable[int] = ()) -> None:
        """Store verified copies (a < b by rowid) and mark the articles whose search they complete."""
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO copies (a, b, similarity, containment_a, containment_b)"
                                " VALUES (?, ?, ?, ?, ?)", rows)
            self.db.executemany("INSERT OR IGNORE INTO copies_searched VALUES (?)", [(r,) for r in searched])

    def copy_graph(self) -> tuple[list[str], list[int], list[str | None], list[Match]]:
        """Every stored article (id, shingle count, date, in rowid order) and every verified copy."""
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

    def site_keys(self, key: Callable[[str | None, str | None], str]) -> dict[int, str]:
        """rowid -> `key(publisher, url)` of every article with a signature (`tracer.boilerplate`)."""
        return {rid: key(pub, url) for rid, pub, url in self.db.execute(
            "SELECT a.rowid, a.publisher, a.url FROM articles a JOIN signatures s ON s.article = a.rowid")}

    def copy_pairs(self) -> list[tuple[int, int]]:
        """Every stored verified copy as (a, b) rowids."""
        return list(self.db.execute("SELECT a, b FROM copies ORDER BY a, b"))

    def drop_copies(self, pairs: list[tuple[int, int]]) -> None:
        """Delete stored copies (a < b) judged again and found to be no copies."""
        with self.transaction():
            self.db.executemany("DELETE FROM copies WHERE a = ? AND b = ?", pairs)

    def set_signature_basis(self, rows: list[tuple[str, int]]) -> None:
        """Record (basis, rowid): what each new signature was computed from (see `lookup`)."""
        self.db.executemany("UPDATE articles SET sig_basis = ? WHERE rowid = ?", rows)


def _tracer_version() -> str:
    try:
        from tracer import __version__
    except ImportError:  # while tracer/__init__ is still importing
        return "unknown"
    return __version__


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on error: a killed run keeps the last batch.

    The write lock is taken up front, so two writers queue (up to the busy timeout)
    instead of failing half-way; a writer that cannot get it raises `StoreError`.
    """

    def __init__(self, store: Store):
        self.store = store
        self.db = store.db
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        if self.db.in_transaction:
            return self.db  # joins the enclosing transaction
        deadline = time.monotonic() + self.store.timeout
        while True:
            try:
                self.db.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise self.store.failed(exc, "write to") from exc
                time.sleep(0.05)  # SQLITE_BUSY before the busy timeout: a lock SQLite would not wait for
        self.outer = True
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.outer:
            return
        st = self.store
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(f"cannot write to store {st.path}: {exc}") from exc
            st._run_new = False
        else:
            self._rollback()

    def _rollback(self) -> None:
        st = self.store
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        if st._run_new:  # the run row went with the rolled-back transaction
            st._run, st._run_new = None, False
