"""Crash safety and concurrency of the store, with real processes and SIGKILL.

A dedup of a few thousand articles is killed at random points (some while it holds the
write lock, i.e. in the middle of a batch transaction); after each kill `tracer db check`
passes and the store holds whole batches only; a final re-run completes and leaves
exactly what one clean run leaves. A reader process reads the store all through an
ingest and always sees a consistent state.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store_support import dump_store, write_corpus
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


def kill_at_random_point(proc: subprocess.Popen[bytes], db: Path, rng: random.Random, in_batch: bool) -> bool:
    """SIGKILL `proc` once the store holds a random number of articles: then either after
    a random delay, or the moment it is seen holding the write lock. False if it finished first."""
    # At most the start of the last batch, so the kill lands before the ingest is done.
    threshold = rng.randint(min(count_articles(db) + 1, N - BATCH - 1), N - BATCH - 1)
    deadline = time.monotonic() + 60
    while proc.poll() is None and count_articles(db) < threshold and time.monotonic() < deadline:
        time.sleep(0.01)
    if in_batch:
        while proc.poll() is None and time.monotonic() < deadline and not (db.exists() and write_lock_held(db)):
            time.sleep(0.002)
    else:
        time.sleep(rng.uniform(0, 0.4))
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


@pytest.mark.slow
def test_sigkilled_ingests_resume_to_exactly_one_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, N)
    clean_db = tmp_path / "clean.db"
    with Store(clean_db) as st:  # the reference: one uninterrupted ingest
        Engine(st).ingest(read_inputs([str(corpus)], ReadOptions(paragraph_sep=SEP)))

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    kills = []
    for round_ in range(3):
        proc = subprocess.Popen(dedup_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killed = kill_at_random_point(proc, db, rng, in_batch=round_ != 1)
        n = count_articles(db)
        # What `tracer db check` runs (the command itself runs after the last kill, below).
        assert check_store(db) == [], f"seed {seed}, round {round_}"
        assert n % BATCH == 0 or n == N, f"seed {seed}: {n} articles is not a whole number of batches"
        kills.append((killed, n))
    check = subprocess.run(tracer_cmd("db", "check", "--db", str(db)), capture_output=True, text=True)
    assert check.returncode == 0, f"seed {seed}: {check.stdout}{check.stderr}"
    assert sum(1 for killed, n in kills if killed and 0 < n < N) >= 2, f"seed {seed}: too few kills mid-ingest {kills}"

    done = subprocess.run(dedup_cmd(corpus, db), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == [f"a{i}" for i in range(N)]
    assert dump_store(db) == dump_store(clean_db), f"seed {seed}, kills {kills}"
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
    writer = subprocess.Popen(dedup_cmd(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while count_articles(db) == 0 and writer.poll() is None:
        time.sleep(0.01)
    # The commands people run against a store while it grows.
    info = subprocess.run(tracer_cmd("db", "info", "--db", str(db), "--format", "json"), capture_output=True, text=True)
    trace = subprocess.run(tracer_cmd("trace", str(target), "--db", str(db), "--format", "json"),
                           capture_output=True, text=True)
    mid = count_articles(db)
    assert writer.wait(timeout=120) == 0, writer.stderr.read()
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
