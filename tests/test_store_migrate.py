"""Schema versions: an older store migrates forward, a newer or foreign one is refused."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.store_support import dump_store, write_v1_store
from tracer import Article, Store, StoreError, api
from tracer.fingerprint import FingerprintParams
from tracer.store import SCHEMA_VERSION
from tracer.store_care import check_store, store_info


def tracer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True)


def sample_articles() -> list[Article]:
    return [a for a in api.credits([str(SAMPLES)]) if isinstance(a, Article)]


def schema(path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        con.close()


def raw_version(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    finally:
        con.close()


def test_version_1_store_migrates_and_traces_like_a_fresh_one(tmp_path: Path) -> None:
    old, fresh = tmp_path / "v1.db", tmp_path / "fresh.db"
    write_v1_store(old, sample_articles())
    api.dedup([str(SAMPLES)], db=str(fresh))
    target = str(SAMPLES / "a2cnn-hegseth.html")

    from_old = tracer("trace", target, "--db", str(old), "--format", "json")
    from_fresh = tracer("trace", target, "--db", str(fresh), "--format", "json")

    assert from_old.returncode == 0, from_old.stderr
    assert json.loads(from_old.stdout) == json.loads(from_fresh.stdout)
    assert json.loads(from_old.stdout)["matches"], "the trace found nothing: the comparison would be empty"
    info = store_info(old)
    assert info["version"] == SCHEMA_VERSION
    assert [(m["from"], m["to"]) for m in info["migrations"]] == [(v, v + 1) for v in range(1, SCHEMA_VERSION)]
    assert check_store(old) == []
    assert dump_store(old)["articles"].keys() == dump_store(fresh)["articles"].keys()


def test_migrated_store_has_exactly_the_schema_of_a_new_one(tmp_path: Path) -> None:
    write_v1_store(tmp_path / "v1.db", sample_articles()[:2])
    Store(tmp_path / "v1.db").close()
    Store(tmp_path / "new.db").close()
    assert schema(tmp_path / "v1.db") == schema(tmp_path / "new.db")


def test_migration_keeps_every_article_credit_and_signature(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    write_v1_store(db, sample_articles())
    before = dump_store(db)
    Store(db).close()
    assert dump_store(db) == before


def test_reading_commands_leave_an_old_store_at_its_version(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    write_v1_store(db, sample_articles()[:3])
    info = tracer("db", "info", "--db", str(db), "--format", "json")
    check = tracer("db", "check", "--db", str(db))
    export = tracer("db", "export", "--db", str(db))
    assert info.returncode == check.returncode == export.returncode == 0, info.stderr + check.stdout
    assert json.loads(info.stdout)["version"] == 1
    assert sum(1 for x in export.stdout.splitlines() if json.loads(x)["type"] == "article") == 3
    assert raw_version(db) == "1"


def test_store_whose_first_open_was_interrupted_by_tracer_0_1_opens(tmp_path: Path) -> None:
    # tracer 0.1 created its tables, then wrote its version: killed in between, no meta rows.
    db = tmp_path / "v1.db"
    write_v1_store(db, [], with_meta=False)
    with Store(db) as st:
        assert st.info()["version"] == SCHEMA_VERSION
        assert st.meta()["params"]


def test_failed_migration_leaves_the_old_store_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracer import store_schema

    db = tmp_path / "v1.db"
    write_v1_store(db, sample_articles()[:2])
    before, shape = dump_store(db), schema(db)
    real = store_schema.MIGRATIONS[2]

    def half_then_fail(con: sqlite3.Connection) -> None:
        real(con)
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(store_schema.MIGRATIONS, 2, half_then_fail)
    with pytest.raises(RuntimeError):
        Store(db)
    assert raw_version(db) == "1" and schema(db) == shape and dump_store(db) == before
    monkeypatch.setitem(store_schema.MIGRATIONS, 2, real)
    Store(db).close()
    assert raw_version(db) == str(SCHEMA_VERSION)


def test_newer_store_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer tracer"):
        Store(db)
    r = tracer("dedup", str(SAMPLES), "--db", str(db))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "newer tracer" in r.stderr


def test_foreign_sqlite_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.execute("INSERT INTO customers VALUES ('x')")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="not a tracer store"):
        Store(db)
    r = tracer("db", "info", "--db", str(db))
    assert r.returncode == 2 and "not a tracer store" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(db)
    r = tracer("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--db", str(db))
    assert r.returncode == 2 and "error: cannot open store" in r.stderr and "Traceback" not in r.stderr


def test_store_built_with_another_hash_scheme_is_not_mixed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with pytest.raises(StoreError, match="fingerprint parameters"):
        Store(db, FingerprintParams(scheme="some-other-hash-v9"))
    with pytest.raises(StoreError, match="fingerprint parameters"):
        Store(db, FingerprintParams(shingle=5))
    assert store_info(db)["params"] == FingerprintParams().to_dict()
