from __future__ import annotations

import importlib
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import OTHER, SAMPLES, WIRE
from tests.store_support import dump_store, write_corpus
from tracer import Article, Credit, ReadOptions, Store, StoreError, dedup, read_inputs
from tracer import engine as engine_module
from tracer.engine import Engine
from tracer.fingerprint import FingerprintParams
from tracer.store_care import check_store


def test_store_roundtrip_and_info(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as st:
        with st.transaction():
            st.put_article(Article(id="x", text="hello world", publisher="P"))
        info = st.info()
    assert info["articles"] == 1 and info["version"] >= 1 and info["bytes"] > 0
    with Store(db) as st:
        assert st.get_article("x").publisher == "P"


def test_other_params_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with pytest.raises(StoreError, match="fingerprint parameters"):
        Store(db, FingerprintParams(num_perm=64, bands=16))


def test_incremental_dedup_equals_batch(corpus_dir: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in corpus_dir.glob("*.html"))
    batch = dedup(files)
    db = str(tmp_path / "inc.db")
    dedup(files[:2], db=db)
    inc = dedup(files[2:], db=db)
    def groups(res):
        return sorted(sorted(c.members) for c in res.clusters)
    assert groups(inc) == groups(batch)


def test_rerun_does_not_double_articles(corpus_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    dedup([str(corpus_dir)], db=db)
    dedup([str(corpus_dir)], db=db)
    with Store(db) as st:
        assert st.info()["articles"] == 4


# -- resume: what a re-run recognises ---------------------------------------------------------

def ingest(db: Path, arts: list[Article]) -> Engine:
    with Store(db) as st:
        eng = Engine(st)
        eng.ingest(arts)
    return eng


def fingerprint_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the engine computes a fingerprint of, from now on."""
    calls: list[str] = []
    real = engine_module.fingerprints  # the engine fingerprints in batches

    def counting(texts, *a, **k):  # type: ignore[no-untyped-def]
        calls.extend(texts)
        return real(texts, *a, **k)

    monkeypatch.setattr(engine_module, "fingerprints", counting)
    return calls


def arts(n: int = 3) -> list[Article]:
    return [Article(id=f"x{i}", text=f"Story number {i}. " + " ".join(WIRE[i:i + 3]), publisher="P") for i in range(n)]


def test_rerun_neither_rewrites_nor_fingerprints_unchanged_articles(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    ingest(db, arts())
    before = dump_store(db)
    calls = fingerprint_calls(monkeypatch)
    eng = ingest(db, arts())
    assert calls == []
    assert eng.stats.unchanged == 3 and eng.stats.stored == 0
    assert dump_store(db) == before
    with Store(db) as st:
        assert st.info()["runs"] == 1  # a run that wrote nothing leaves no run behind


def test_changed_text_is_refingerprinted_and_metadata_change_is_not(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    ingest(db, arts())
    old = dump_store(db)["articles"]
    new = arts()
    new[0].text = "A different story about the comet. " + " ".join(OTHER)
    new[1].publisher = "Q"
    calls = fingerprint_calls(monkeypatch)
    eng = ingest(db, new)
    got = dump_store(db)["articles"]
    assert calls == [new[0].text] and eng.stats.stored == 1 and eng.stats.unchanged == 2
    assert got["x0"][10] != old["x0"][10] and got["x0"][11] != old["x0"][11]  # signature and bands
    assert got["x1"][1] == "Q" and got["x1"][10:] == old["x1"][10:]
    assert got["x2"] == old["x2"]
    assert check_store(db) == []


def test_article_whose_credits_changed_is_rewritten_not_refingerprinted(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # A newer credit parser finds a footer credit the old one missed: same text. The
    # fingerprint reads the text only (credit lines are blanked by pattern, not by the
    # parsed credits), so the signature stays and only the stored credits change.
    db = tmp_path / "s.db"
    ingest(db, arts(2))
    credits_module = importlib.import_module("tracer.credits")  # `tracer.credits` the attribute is the api function
    real = credits_module.attach_credits

    def newer_parser(art: Article) -> None:
        real(art)
        if art.id == "x0":
            art.credits.append(Credit(name="Reuters", kind="organization", role="source", zone="footer",
                                      evidence="Story number 0.", start=0, end=15))

    monkeypatch.setattr(credits_module, "attach_credits", newer_parser)
    calls = fingerprint_calls(monkeypatch)
    ingest(db, arts(2))
    assert calls == []
    with Store(db) as st:
        assert [c.name for c in st.get_article("x0").credits] == ["Reuters"]


def test_engine_writes_whole_batches_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    many = [Article(id=f"y{i}", text=f"Item {i}: " + WIRE[i % len(WIRE)]) for i in range(7)]
    real = Store.put_signatures

    def fail_on_sixth(self: Store, rows, *a, **k):  # type: ignore[no-untyped-def]
        for rid, *_rest in rows:
            if self.db.execute("SELECT id FROM articles WHERE rowid = ?", (rid,)).fetchone()[0] == "y5":
                raise OSError("disk full")
        return real(self, rows, *a, **k)

    monkeypatch.setattr(Store, "put_signatures", fail_on_sixth)
    monkeypatch.setattr(Engine, "batch_size", 3)
    with pytest.raises(OSError):
        ingest(db, many)
    with Store(db) as st:
        assert st.article_ids() == ["y0", "y1", "y2"]
        info = st.info()
    assert info["signatures"] == 3 and info["last_run"]["status"] == "failed" and info["last_run"]["written"] == 3
    assert check_store(db) == []


# -- transactions, runs and writers -----------------------------------------------------------

def test_nested_transactions_join_and_roll_back_together(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as st:
        with pytest.raises(ValueError):
            with st.transaction():
                st.put_article(Article(id="a", text="one"))
                with st.transaction():
                    st.put_article(Article(id="b", text="two"))
                raise ValueError
        assert st.article_ids() == [] and st.info()["runs"] == 0
        with st.transaction():
            st.put_article(Article(id="c", text="three"))
        assert st.info()["runs"] == 1


def test_run_records_its_end_and_what_it_wrote(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest(db, arts())
    with Store(db) as st:
        last = st.info()["last_run"]
    assert last["status"] == "complete" and last["written"] == 3 and last["finished_at"] >= last["started_at"]


def hold_write_lock(db: Path, release: threading.Event | float) -> threading.Thread:
    """Hold the store's write lock from another connection until `release` (an event or seconds)."""
    ready = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(db, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        ready.set()
        if isinstance(release, threading.Event):
            release.wait(60)
        else:
            time.sleep(release)
        con.execute("ROLLBACK")
        con.close()

    t = threading.Thread(target=hold)
    t.start()
    ready.wait()
    return t


def test_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    t = hold_write_lock(db, 0.5)
    start = time.monotonic()
    with Store(db, timeout=10) as st, st.transaction():
        st.put_article(Article(id="a", text="waited"))
    assert time.monotonic() - start >= 0.4
    t.join()
    assert Store(db).article_ids() == ["a"]


def test_writer_that_cannot_get_the_lock_fails_clearly(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    release = threading.Event()
    t = hold_write_lock(db, release)
    try:
        with Store(db, timeout=0.2) as st:
            with pytest.raises(StoreError, match="busy"):
                with st.transaction():
                    st.put_article(Article(id="a", text="never"))
        r = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(SAMPLES), "--db", str(db)],
                           capture_output=True, text=True, env={**os.environ, "TRACER_DB_TIMEOUT": "0.2"})
    finally:
        release.set()
        t.join()
    assert r.returncode == 2 and "is busy" in r.stderr and "Traceback" not in r.stderr
    assert Store(db).article_ids() == []


def test_two_dedup_processes_on_one_store_serialise(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 600)
    lines = corpus.read_text().splitlines(keepends=True)
    (tmp_path / "a.jsonl").write_text("".join(lines[:400]))
    (tmp_path / "b.jsonl").write_text("".join(lines[200:]))
    db = tmp_path / "s.db"
    # The waiting writer must outwait the other however slow the machine is (a loaded CI
    # runner once held the lock past the default 30 s): this test is about order, not speed.
    env = {**os.environ, "TRACER_DB_TIMEOUT": "900"}
    procs = [subprocess.Popen([sys.executable, "-m", "tracer", "dedup", str(tmp_path / f"{p}.jsonl"),
                               "--paragraph-sep", " ### ", "--db", str(db), "--format", "jsonl"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env) for p in "ab"]
    for p in procs:
        assert p.wait(timeout=1800) == 0, p.stderr.read()
    clean = tmp_path / "clean.db"
    with Store(clean) as st:
        Engine(st).ingest(read_inputs([str(corpus)], ReadOptions(paragraph_sep=" ### ")))
    assert check_store(db) == []
    assert dump_store(db)["articles"] == dump_store(clean)["articles"]


def test_id_given_twice_in_one_run_stores_its_last_version_with_its_own_signature(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = Article(id="dup", text=" ".join(WIRE))
    last = Article(id="dup", text=" ".join(OTHER))
    ingest(db, [first, last])
    with Store(db) as st:
        assert st.get_article("dup").text == last.text
        sig = st.db.execute("SELECT sig FROM signatures").fetchone()[0]
    from tracer.fingerprint import fingerprint

    expected = fingerprint(last.text, None, engine_module.MinHasher()).signature
    assert sig == expected.astype("<u4").tobytes()
    assert check_store(db) == []
