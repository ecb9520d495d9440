"""Crash safety and concurrency of the store, with real processes and SIGKILL.

A dedup of a few thousand articles is killed at points it reports (inside a batch
transaction, holding the write lock, and between batches); after each kill `tracer db check`
passes and the store holds whole batches only; a final re-run completes and leaves
exactly what one clean run leaves. A reader process reads the store all through an
ingest and always sees a consistent state.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store_support import STOPPED, dump_store, write_corpus
from tracer.engine import BATCH, Engine
from tracer.sources import ReadOptions, read_inputs
from tracer.store import Store
from tracer.store_care import check_store

ROOT = Path(__file__).resolve().parent.parent
N = 2000
N_READ = 1500
SEP = " ### "


def tracer_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "tracer", *args]


def dedup_cmd(corpus: Path, db: Path) -> list[str]:
    return tracer_cmd("dedup", str(corpus), "--paragraph-sep", SEP, "--db", str(db), "--format", "jsonl")


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        con.close()


def write_lock_held(db: Path) -> bool:
    """True while another connection holds the store's write lock (is inside a batch)."""
    con = sqlite3.connect(str(db), timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        con.close()


def run_and_kill_at(corpus: Path, db: Path, mode: str, n: int) -> bool:
    """Run `tracer dedup --db` until it reports it stopped at `mode n` (see
    `store_support.run_until`), then SIGKILL it and its workers. False if it finished first."""
    cmd = [sys.executable, str(ROOT / "tests" / "store_support.py"), "run-until", mode, str(n),
           *dedup_cmd(corpus, db)[3:]]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # ends at EOF when the run finished without stopping
        if line.strip() == STOPPED:
            held = write_lock_held(db)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            assert held == (mode == "in-batch"), f"{mode} {n}: write lock held: {held}"
            return True
    proc.wait()
    return False


@pytest.mark.slow
def test_sigkilled_ingests_resume_to_exactly_one_clean_run(tmp_path: Path) -> None:
    assert N > 3 * BATCH, "the kill points below need four batches"
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, N)
    clean_db = tmp_path / "clean.db"
    with Store(clean_db) as st:  # the reference: one uninterrupted ingest
        Engine(st).ingest(read_inputs([str(corpus)], ReadOptions(paragraph_sep=SEP)))

    db = tmp_path / "killed.db"
    # (where this run stops, articles it stores before; what the store holds after the kill)
    plan = [("in-batch", BATCH + BATCH // 2, BATCH),  # mid-transaction: the second batch is lost
            ("between", BATCH, 2 * BATCH),            # the resumed run stores one more batch, then dies
            ("in-batch", BATCH // 2, 2 * BATCH)]      # dies inside its first batch
    for mode, n, expect in plan:
        assert run_and_kill_at(corpus, db, mode, n), f"{mode} {n}: the run ended before the kill point"
        # What `tracer db check` runs (the command itself runs after the last kill, below).
        assert check_store(db) == [], (mode, n)
        assert count_articles(db) == expect, (mode, n)
    check = subprocess.run(tracer_cmd("db", "check", "--db", str(db)), capture_output=True, text=True)
    assert check.returncode == 0, f"{check.stdout}{check.stderr}"

    done = subprocess.run(dedup_cmd(corpus, db), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == [f"a{i}" for i in range(N)]
    assert dump_store(db) == dump_store(clean_db)
    assert check_store(db) == []


@pytest.mark.slow
def test_readers_see_a_consistent_store_during_an_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    ids = write_corpus(corpus, N_READ)
    target = tmp_path / "target.txt"
    target.write_text(json.loads(corpus.read_text().splitlines()[3])["text"].replace(SEP, "\n"), "utf-8")
    db = tmp_path / "s.db"
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen_file, err_file = tmp_path / "reader.jsonl", tmp_path / "reader.err"
    with open(seen_file, "w") as out, open(err_file, "w") as err:  # files: a full pipe would stall the reader
        reader = subprocess.Popen([sys.executable, str(ROOT / "tests" / "store_support.py"), "read", str(db),
                                   str(stop)], stdout=out, stderr=err, env=env)
    resume = tmp_path / "resume"
    # The writer stops between two batches (first batch committed) until `resume` exists.
    writer = subprocess.Popen([sys.executable, str(ROOT / "tests" / "store_support.py"), "run-until", "between",
                               str(BATCH), *dedup_cmd(corpus, db)[3:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env={**env, "TRACER_TEST_RESUME_FILE": str(resume)})
    assert writer.stderr is not None
    assert any(line.strip() == STOPPED for line in writer.stderr), "the writer finished without stopping"
    # The commands people run against a store while it grows.
    info = subprocess.run(tracer_cmd("db", "info", "--db", str(db), "--format", "json"), capture_output=True, text=True)
    trace = subprocess.run(tracer_cmd("trace", str(target), "--db", str(db), "--format", "json"),
                           capture_output=True, text=True)
    mid = count_articles(db)
    # the reader has seen the half-built store before the ingest goes on (it reads in a loop)
    while reader.poll() is None and f'"articles": {mid},' not in seen_file.read_text():
        time.sleep(0.01)
    resume.touch()
    _, werr = writer.communicate(timeout=300)
    assert writer.returncode == 0, werr
    stop.touch()
    reader.wait(timeout=60)
    out, err = seen_file.read_text(), err_file.read_text()

    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["articles"] > 0
    assert trace.returncode == 0, trace.stderr
    assert json.loads(trace.stdout)["article"]["id"] == str(target)
    snaps = [json.loads(x) for x in out.splitlines()]
    assert not [s for s in snaps if "error" in s], err
    seen = [s for s in snaps if "articles" in s]
    assert [s for s in seen if 0 < s["articles"] < N_READ], f"reader never saw the ingest in progress ({mid})"
    last = {"articles": 0, "bands": 0}
    for s in seen:
        assert s["articles"] == s["signatures"] == s["listed"], s
        assert s["short"] == 0 and s["bands"] == s["signatures"] * s["bands_per_sig"], s
        assert s["articles"] >= last["articles"] and s["bands"] >= last["bands"], (last, s)
        last = s
    assert last["articles"] == len(ids) + 1  # the corpus and the traced article
