"""`tracer db info|check|export|vacuum` as scripts and CI jobs call them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tracer import Article, Credit, Edge, Store, api
from tracer.store_care import check_store, store_info, vacuum_store


def tracer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """The sample pages, stored with their lineage edges (from a trace)."""
    db = tmp_path / "s.db"
    api.trace(str(SAMPLES / "a2cnn-hegseth.html"), [str(SAMPLES)], db=str(db))
    return db


N_SAMPLES = len(list(SAMPLES.glob("*.html")))


def sql(db: Path, *statements: str) -> None:
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    for s in statements:
        con.execute(s)
    con.close()


def test_info_json_has_the_contract_fields(store: Path) -> None:
    r = tracer("db", "info", "--db", str(store), "--format", "json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert {"version", "articles", "signatures", "credits", "edges", "fetches", "params", "bytes"} <= set(info)
    with Store(store) as st:
        assert info["articles"] == len(st.article_ids()) == N_SAMPLES
    assert info["signatures"] == N_SAMPLES and info["edges"] > 0 and info["credits"] > 0 and info["bytes"] > 0
    assert info["params"]["scheme"] and info["last_run"]["status"] == "complete"
    text = tracer("db", "info", "--db", str(store))
    assert text.returncode == 0 and f"articles:    {N_SAMPLES}" in text.stdout


def test_check_passes_on_a_sound_store(store: Path) -> None:
    r = tracer("db", "check", "--db", str(store))
    assert r.returncode == 0 and r.stdout.startswith("ok")
    j = tracer("db", "check", "--db", str(store), "--format", "json")
    assert json.loads(j.stdout) == {"path": str(store), "ok": True, "problems": []}


def test_check_reports_each_broken_invariant_on_its_own_line(store: Path) -> None:
    with Store(store) as st:
        first, second, third = st.article_ids()[:3]
        rid2, rid3 = st.rowid(second), st.rowid(third)
    sql(store,
        f"DELETE FROM bands WHERE article = {rid2} AND band < 5",            # a signature missing bands
        f"DELETE FROM signatures WHERE article = {rid3}",                     # bands without a signature
        "INSERT INTO credits (article, seq, data) VALUES (9999, 0, '{\"name\": \"x\"}')",  # orphan credit
        "INSERT INTO edges VALUES ('ghost', 'org:AP', 'declared', '[]', 0.5)",  # edge from nowhere
        f"UPDATE articles SET text = text || ' tampered' WHERE id = '{first}'",  # text vs content hash
        "UPDATE credits SET data = '{\"nam' WHERE rowid = (SELECT min(rowid) FROM credits)")  # unreadable
    r = tracer("db", "check", "--db", str(store))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 6, lines
    nb = json.loads(tracer("db", "info", "--db", str(store), "--format", "json").stdout)["params"]["bands"]
    assert any(second in x and f"{nb - 5} of its {nb} bands" in x for x in lines)
    assert any(third in x and "no signature" in x for x in lines)
    assert any("credits" in x and "9999" in x for x in lines)
    assert any("'ghost'" in x and "neither a stored article" in x for x in lines)
    assert any(first in x and "content hash" in x for x in lines)
    assert any("not a readable credit" in x for x in lines)
    j = json.loads(tracer("db", "check", "--db", str(store), "--format", "json").stdout)
    assert j["ok"] is False and j["problems"] == lines


def test_check_reports_a_damaged_file(store: Path) -> None:
    with Store(store) as st:
        with st.transaction():
            for i in range(300):
                st.put_article(Article(id=f"filler{i}", text=f"Filler article {i} " * 40))
    vacuum_store(store)  # everything in the main file, no WAL
    size = store.stat().st_size
    with open(store, "r+b") as fh:
        for off in range(size // 3, size // 3 + 8 * 4096, 4096):
            fh.seek(off + 100)
            fh.write(b"\xde\xad\xbe\xef" * 64)
    r = tracer("db", "check", "--db", str(store))
    # Where the damage lands (b-tree pages or overflow text) depends on the layout: either
    # SQLite's integrity check or tracer's content-hash check must name it.
    assert r.returncode == 1 and r.stdout.startswith(("integrity:", "content hashes:"))
    assert "Traceback" not in r.stderr


def test_export_writes_articles_credits_and_edges_as_json_lines(store: Path, tmp_path: Path) -> None:
    r = tracer("db", "export", "--db", str(store))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    kinds = [x["type"] for x in recs]
    info = store_info(store)
    assert kinds.count("article") == info["articles"] and kinds.count("credit") == info["credits"]
    assert kinds.count("edge") == info["edges"]
    arts = {x["id"]: x for x in recs if x["type"] == "article"}
    with Store(store) as st:
        for aid, a in arts.items():
            stored = st.get_article(aid)
            assert a["text"] == stored.text and a["publisher"] == stored.publisher
            assert [Credit(**{k: v for k, v in c.items() if k not in ("type", "article", "seq")})
                    for c in recs if c["type"] == "credit" and c["article"] == aid] == stored.credits
    edge = next(x for x in recs if x["type"] == "edge")
    assert {"from", "to", "kind", "evidence", "confidence"} <= set(edge)

    out = tmp_path / "out.jsonl"
    r = tracer("db", "export", "--db", str(store), "--no-text", "--out", str(out))
    assert r.returncode == 0 and r.stdout == ""
    assert all("text" not in json.loads(x) for x in out.read_text().splitlines())


def test_export_keeps_hostile_content_inert(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    evil = 'line one\n{"type": "edge", "from": "x"}\u2028</script><b>'
    with Store(db) as st:
        with st.transaction():
            st.put_article(Article(id="e\nvil", text=evil, publisher="[red]P[/red]"))
        st.put_edges([Edge(from_="e\nvil", to="org:X", kind="declared")])
    r = tracer("db", "export", "--db", str(db))
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["type"] for x in recs] == ["article", "edge"]
    assert recs[0]["text"] == evil and recs[0]["id"] == "e\nvil"


def test_vacuum_compacts_and_keeps_the_store_sound(store: Path) -> None:
    sql(store, "DELETE FROM articles WHERE id LIKE '%voa%'")
    r = tracer("db", "vacuum", "--db", str(store), "--format", "json")
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["bytes_after"] <= res["bytes_before"]
    assert store_info(store)["articles"] == N_SAMPLES - 1
    assert all("integrity" not in p for p in check_store(store))


def test_db_commands_without_a_store_are_usage_errors(tmp_path: Path) -> None:
    env = {"TRACER_DB": ""}
    r = tracer("db", "info", env=env)
    assert r.returncode == 2 and "--db" in r.stderr
    r = tracer("db", "check", "--db", str(tmp_path / "missing.db"))
    assert r.returncode == 2 and r.stderr.strip() == f"error: no store at {tmp_path / 'missing.db'}"
    assert not (tmp_path / "missing.db").exists()
    r = tracer("db", "info", "--db", str(tmp_path / "missing.db"), "--format", "xml")
    assert r.returncode == 2
    # the care commands that write never create a store for a mistyped path either
    for cmd in ("vacuum", "reindex"):
        r = tracer("db", cmd, "--db", str(tmp_path / "missing.db"))
        assert r.returncode == 2 and r.stderr.strip() == f"error: no store at {tmp_path / 'missing.db'}", cmd
        assert not (tmp_path / "missing.db").exists()


def test_db_path_from_environment(store: Path) -> None:
    r = tracer("db", "info", "--format", "json", env={"TRACER_DB": str(store)})
    assert r.returncode == 0 and json.loads(r.stdout)["articles"] == N_SAMPLES


def test_a_page_of_boilerplate_only_is_sound_without_bands(tmp_path: Path) -> None:
    # no story text left once share bars and links are blanked: an empty signature, no bands
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "furniture", "text": "Facebook Twitter Email\nhttps://example.com/x"}) + "\n"
                   + json.dumps({"id": "ok", "text": "The council approved the budget on Tuesday night."}) + "\n",
                   "utf-8")
    db = tmp_path / "s.db"
    api.dedup([str(src)], db=str(db))
    assert check_store(db) == []
    sql(db, "DELETE FROM bands WHERE article = (SELECT rowid FROM articles WHERE id = 'ok')")
    assert any("'ok'" in p and "0 of its" in p for p in check_store(db))  # a real article without bands is not


def test_reindex_brings_a_store_of_another_scheme_back(tmp_path: Path) -> None:
    """A store built by a tracer with another signature scheme is refused, with the way out
    named; `tracer db reindex` fingerprints its texts again and the store then gives the
    clusters a fresh store gives, and passes its check."""
    import dataclasses

    from tracer.engine import Engine
    from tracer.fingerprint import DEFAULT_PARAMS

    pages = sorted(str(p) for p in SAMPLES.glob("*.html"))
    old = dataclasses.replace(DEFAULT_PARAMS, scheme="an-older-scheme", seed=7)
    db = tmp_path / "old.db"
    with Store(db, params=old) as st:
        eng = Engine(st, old)
        eng.ingest(api.credits(pages))
        eng.copies()
    # the suite's own tracer refuses it and says how to bring it back
    r = tracer("dedup", *pages, "--db", str(db), "--format", "jsonl")
    assert r.returncode != 0 and "tracer db reindex --db" in r.stderr and "Traceback" not in r.stderr
    with pytest.raises(Exception, match="reindex"):
        Store(db)

    r = tracer("db", "reindex", "--db", str(db), "--format", "json")
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["articles"] == N_SAMPLES and res["params_before"]["scheme"] == "an-older-scheme"
    assert res["params_after"] == DEFAULT_PARAMS.to_dict()
    assert check_store(db) == []
    with Store(db) as st:  # now opens with this tracer's parameters
        assert st.db.execute("SELECT count(*) FROM copies").fetchone()[0] == 0  # verified again on the next run
    again = api.dedup(pages, db=str(db)).assignment()
    fresh = api.dedup(pages, db=str(tmp_path / "fresh.db")).assignment()
    assert {k: v.id for k, v in again.items()} == {k: v.id for k, v in fresh.items()}
    assert len({c.id for c in fresh.values()}) < N_SAMPLES  # the samples hold copies: the check has teeth
