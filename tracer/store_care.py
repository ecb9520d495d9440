"""Care of a store: `info`, `check`, `export`, `vacuum` and `reindex` (the `tracer db` commands).

`check_store` runs SQLite's own `PRAGMA integrity_check` and `foreign_key_check`, then
tracer's invariants, which SQLite cannot know: every article's text matches its content
hash, every signature has its full set of LSH bands and nothing else does, nothing
(credit, signature, band) belongs to a missing article, and every lineage edge joins
two stored articles or `org:` nodes. A store that passes is one a run can resume from.

`reindex_store` fingerprints every stored text again with this tracer's parameters: a new
tracer whose signature scheme changed refuses an older store until it is reindexed (the
texts are all there, so nothing is fetched or read again).

All but `vacuum_store` and `reindex_store` open the store read-only, so they work on an older schema without
migrating it and alongside a running ingest (they read one committed snapshot).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from tracer.fingerprint import DEFAULT_PARAMS, FingerprintParams
from tracer.model import ORG_PREFIX
from tracer.reports.json import dumps
from tracer.store import Store, content_hash, require_store_file, signature_basis

MAX_EXAMPLES = 20  # problem lines per kind before "… and N more"

__all__ = ["check_store", "export_store", "iter_export", "reindex_store", "store_info", "vacuum_store",
           "store_problems"]


def store_info(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Counts, parameters, size, schema version and runs of the store at `path`."""
    with Store(path, params=None, readonly=True) as st:
        return st.info()


def check_store(path: str | os.PathLike[str]) -> list[str]:
    """The problems of the store at `path`, one line each; empty when it is sound."""
    with Store(path, params=None, readonly=True) as st:
        return store_problems(st)


def store_problems(st: Store) -> list[str]:
    problems: list[str] = []
    checks: list[Callable[[Store], Iterable[str]]] = [
        _integrity, _tables, _foreign_keys, _meta, _content_hashes, _signatures, _bands, _orphans, _credits, _edges]
    with st.snapshot():
        for check in checks:
            try:
                problems.extend(_capped(check(st)))
            except sqlite3.DatabaseError as exc:
                problems.append(f"{check.__name__.strip('_').replace('_', ' ')}: cannot be checked: {exc}")
                if check is _integrity:
                    break  # the file itself is damaged: the other checks would only repeat it
    return problems


def _capped(lines: Iterable[str]) -> Iterator[str]:
    extra = 0
    for n, line in enumerate(lines):
        if n < MAX_EXAMPLES:
            yield line
        else:
            extra += 1
    if extra:
        yield f"… and {extra} more of the kind above"


def _integrity(st: Store) -> Iterator[str]:
    rows = [r[0] for r in st.db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        for r in rows:
            for line in str(r).splitlines():
                if line.strip() and not line.startswith("*** in database"):
                    yield f"integrity: {line.strip()}"


def _tables(st: Store) -> Iterator[str]:
    for name in st.missing_tables():
        yield f"missing table: {name} (dropped?); restore the store from a backup"


def _foreign_keys(st: Store) -> Iterator[str]:
    own = {"credits", "signatures", "bands"}  # reported with their article by `_orphans`
    for table, rowid, parent, _fk in st.db.execute("PRAGMA foreign_key_check"):
        if table not in own:
            yield f"foreign key: {table} row {rowid} points to a missing {parent} row"


def _meta(st: Store) -> Iterator[str]:
    meta = st.meta()
    if "schema_version" not in meta:
        yield "meta: no schema version"
    try:
        params = json.loads(meta.get("params", ""))
        if not isinstance(params, dict) or not params:
            raise ValueError
    except ValueError:
        yield "meta: no readable fingerprint parameters"


def _content_hashes(st: Store) -> Iterator[str]:
    for aid, text, h in st.db.execute("SELECT id, text, content_hash FROM articles ORDER BY rowid"):
        if content_hash(text) != h:
            yield f"article {aid!r}: text does not match its content hash"


def _signatures(st: Store) -> Iterator[str]:
    width = 4 * st.params.num_perm
    for aid, n in st.db.execute(
            "SELECT a.id, length(s.sig) FROM signatures s JOIN articles a ON a.rowid = s.article"
            " WHERE length(s.sig) != ? ORDER BY a.rowid", (width,)):
        yield f"article {aid!r}: signature has {n // 4} values, not {st.params.num_perm}"


def _bands(st: Store) -> Iterator[str]:
    nb = st.params.bands
    empty = b"\xff" * (4 * st.params.num_perm)  # a text with no story left (all boilerplate) has no bands
    for aid, n in st.db.execute(
            "SELECT a.id, (SELECT count(DISTINCT b.band) FROM bands b WHERE b.article = s.article) AS n"
            " FROM signatures s JOIN articles a ON a.rowid = s.article"
            " WHERE n != ? AND NOT (n = 0 AND s.sig = ?) ORDER BY a.rowid", (nb, empty)):
        yield f"article {aid!r}: signature has {n} of its {nb} bands"
    for aid, n in st.db.execute(
            "SELECT a.id, count(*) FROM bands b JOIN articles a ON a.rowid = b.article"
            " WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article = b.article)"
            " GROUP BY b.article ORDER BY b.article"):
        yield f"article {aid!r}: {n} bands but no signature"
    for aid, n in st.db.execute(
            "SELECT a.id, count(*) - count(DISTINCT b.band) FROM bands b JOIN articles a ON a.rowid = b.article"
            " GROUP BY b.article HAVING count(*) != count(DISTINCT b.band) ORDER BY b.article"):
        yield f"article {aid!r}: {n} duplicate band rows"


def _orphans(st: Store) -> Iterator[str]:
    for table in ("credits", "signatures", "bands"):
        for rid, n in st.db.execute(
                f"SELECT t.article, count(*) FROM {table} t LEFT JOIN articles a ON a.rowid = t.article"
                " WHERE a.rowid IS NULL GROUP BY t.article ORDER BY t.article"):
            yield f"{table}: {n} row(s) belong to missing article rowid {rid}"


def _credits(st: Store) -> Iterator[str]:
    for aid, seq, data in st.db.execute(
            "SELECT a.id, c.seq, c.data FROM credits c JOIN articles a ON a.rowid = c.article ORDER BY c.article, c.seq"):
        try:
            ok = isinstance(json.loads(data), dict) and isinstance(json.loads(data).get("name"), str)
        except ValueError:
            ok = False
        if not ok:
            yield f"article {aid!r}: credit {seq} is not a readable credit"


def _edges(st: Store) -> Iterator[str]:
    for src, dst, kind, src_ok, dst_ok in st.db.execute(
            "SELECT e.src, e.dst, e.kind, s.id IS NOT NULL, d.id IS NOT NULL FROM edges e"
            " LEFT JOIN articles s ON s.id = e.src LEFT JOIN articles d ON d.id = e.dst"
            " WHERE s.id IS NULL OR d.id IS NULL ORDER BY e.src, e.dst, e.kind"):
        for end, ok in ((src, src_ok), (dst, dst_ok)):
            if not ok and not end.startswith(ORG_PREFIX):
                yield f"edge {src!r} -> {dst!r} ({kind}): {end!r} is neither a stored article nor an {ORG_PREFIX} node"


# -- export ------------------------------------------------------------------------------
def iter_export(st: Store, *, text: bool = True) -> Iterator[dict[str, Any]]:
    """Every article (each followed by its credits), then every edge, as JSON objects.

    Records carry `"type": "article" | "credit" | "edge"`; all come from one snapshot.
    """
    cols = "rowid, id, url, publisher, title, date, lang, source, content_hash, signals, chain, added_at"
    if st.version >= 2:
        cols += ", updated_at"
    if text:
        cols += ", text"
    with st.snapshot():
        arts = st.db.execute(f"SELECT {cols} FROM articles ORDER BY rowid")
        names = [d[0] for d in arts.description]
        for row in arts:
            rec = dict(zip(names, row, strict=True))
            rid = rec.pop("rowid")
            rec["signals"] = json.loads(rec["signals"] or "{}")
            rec["chain"] = json.loads(rec["chain"] or "[]")
            yield {"type": "article", **rec}
            for seq, data in st.db.execute("SELECT seq, data FROM credits WHERE article = ? ORDER BY seq", (rid,)):
                yield {"type": "credit", "article": rec["id"], "seq": seq, **json.loads(data)}
        for src, dst, kind, evidence, conf in st.db.execute(
                "SELECT src, dst, kind, evidence, confidence FROM edges ORDER BY src, dst, kind"):
            yield {"type": "edge", "from": src, "to": dst, "kind": kind, "evidence": json.loads(evidence),
                   "confidence": conf}


json_line = dumps  # one JSON Lines record (U+2028/U+2029 escaped): the reports' own encoder


def export_store(path: str | os.PathLike[str], out: TextIO | None = None, *, text: bool = True) -> int:
    """Write the store at `path` as JSON Lines to `out` (stdout); returns the number of lines."""
    out = out or sys.stdout
    n = 0
    with Store(path, params=None, readonly=True) as st:
        for rec in iter_export(st, text=text):
            out.write(json_line(rec) + "\n")
            n += 1
    return n


# -- vacuum ------------------------------------------------------------------------------
def vacuum_store(path: str | os.PathLike[str]) -> dict[str, int]:
    """Fold the write-ahead log into the file, rebuild it compactly and refresh statistics.

    Waits for a running writer like any other write (then fails with `StoreError`).
    """
    require_store_file(path)
    with Store(path, params=None) as st:
        before = st.size()
        try:
            st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            st.db.execute("VACUUM")
            st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            st.db.execute("PRAGMA optimize")
        except sqlite3.OperationalError as exc:
            raise st.failed(exc, "vacuum") from exc
        return {"bytes_before": before, "bytes_after": st.size()}


# -- reindex -----------------------------------------------------------------------------
REINDEX_BATCH = 500  # texts fingerprinted at once (memory stays flat on a large store)


def reindex_store(path: str | os.PathLike[str], params: FingerprintParams = DEFAULT_PARAMS,
                  on_batch: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Fingerprint every stored article again with `params` and record them as the store's.

    Signatures, LSH bands and signature bases are rewritten and the verified copies are
    forgotten (the next `dedup --db` verifies them again under the new scheme). One
    transaction: a killed reindex leaves the store as it was. `on_batch(n)` is called after
    each batch with the number of articles done. Returns the count and both parameter sets.
    """
    from tracer.engine import _fingerprint_worker  # the numpy path: only here
    from tracer.index import band_keys

    require_store_file(path)
    with Store(path, params=None) as st:
        before = st.params.to_dict()
        done = 0
        try:
            with st.transaction():
                last = 0
                while True:
                    rows = st.db.execute("SELECT rowid, text FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                         (last, REINDEX_BATCH)).fetchall()
                    if not rows:
                        break
                    last = rows[-1][0]
                    sb, sigs = _fingerprint_worker([t for _r, t in rows], params)  # as ingest does
                    keys = band_keys(sigs, params)
                    lengths = sb.lengths()
                    st.put_signatures([(rid, sigs[i], int(lengths[i]), keys[i]) for i, (rid, _t) in enumerate(rows)])
                    st.set_signature_basis([(signature_basis(t, ()), rid) for rid, t in rows])
                    done += len(rows)
                    if on_batch is not None:
                        on_batch(done)
                st.db.execute("DELETE FROM copies")
                st.db.execute("DELETE FROM copies_searched")
                st._set_meta(params=json.dumps(params.to_dict(), sort_keys=True))
        except sqlite3.OperationalError as exc:
            raise st.failed(exc, "reindex") from exc
    return {"articles": done, "params_before": before, "params_after": params.to_dict()}
