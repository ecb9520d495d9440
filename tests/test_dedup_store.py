"""Dedup end to end: batch vs incremental store runs, copies kept in the store, CLI formats."""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracer import dedup

WORDS = ("council budget transit mayor river bridge school court minister election vote police storm harbour "
         "museum festival doctor hospital farmer market bank price energy solar wind rail airport road union "
         "teacher student winter summer report inquiry contract village mountain coast island ferry").split()


def _story(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 24))).capitalize() + "." for _ in range(n)]


def _corpus(seed: int = 3, stories: int = 12) -> tuple[list[dict[str, str]], dict[str, int]]:
    """Stories of random words with trimmed, edited and credited copies; the truth per id."""
    rng = random.Random(seed)
    rows, truth = [], {}
    for s in range(stories):
        paras = _story(rng, rng.randint(8, 14))
        rows.append({"id": f"s{s}", "text": "\n".join(paras)})
        truth[f"s{s}"] = s
        for c in range(rng.randint(0, 3)):
            kind = rng.choice(["trim", "edit", "credit"])
            if kind == "trim":
                copy = paras[:max(3, len(paras) // 3)]
            elif kind == "edit":
                copy = [p.replace(p.split()[2], "changed") for p in paras if rng.random() > 0.2]
            else:
                copy = ["By Staff Writer"] + paras + ["Copyright 2025 The Associated Press. All rights reserved."]
            rows.append({"id": f"s{s}c{c}", "text": "\n".join(copy)})
            truth[f"s{s}c{c}"] = s
    rng.shuffle(rows)
    return rows, truth


def _write(path: Path, rows: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return str(path)


def _groups(res) -> list[list[str]]:
    return sorted(sorted(c.members) for c in res.clusters)


def test_batch_run_finds_every_copy_and_nothing_else(tmp_path: Path) -> None:
    rows, truth = _corpus()
    res = dedup([_write(tmp_path / "all.jsonl", rows)])
    want = {}
    for i, s in truth.items():
        want.setdefault(s, []).append(i)
    assert _groups(res) == sorted(sorted(g) for g in want.values())


def test_incremental_store_runs_equal_one_batch_run(tmp_path: Path) -> None:
    rows, _truth = _corpus(seed=5)
    batch = dedup([_write(tmp_path / "all.jsonl", rows)])
    db = str(tmp_path / "inc.db")
    third = len(rows) // 3
    for k, part in enumerate((rows[:third], rows[third:2 * third], rows[2 * third:])):
        inc = dedup([_write(tmp_path / f"part{k}.jsonl", part)], db=db)
    assert _groups(inc) == _groups(batch)
    again = dedup([_write(tmp_path / "part0.jsonl", rows[:third])], db=db)
    assert _groups(again) == _groups(batch)
    assert again.stats["stored"] == 0 and again.stats["unchanged"] == third


def test_store_keeps_bands_signatures_and_verified_copies(tmp_path: Path) -> None:
    rows, truth = _corpus(seed=8)
    db = tmp_path / "s.db"
    dedup([_write(tmp_path / "all.jsonl", rows)], db=str(db))
    con = sqlite3.connect(db)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert con.execute("SELECT count(*) FROM signatures").fetchone()[0] == n
    assert con.execute("SELECT count(*) FROM bands").fetchone()[0] == n * 128
    ids = dict(con.execute("SELECT rowid, id FROM articles"))
    copies = con.execute("SELECT a, b FROM copies").fetchall()
    assert copies and all(truth[ids[a]] == truth[ids[b]] for a, b in copies)


def test_changed_article_loses_its_old_copies(tmp_path: Path) -> None:
    rows, _truth = _corpus(seed=9)
    db = str(tmp_path / "c.db")
    path = _write(tmp_path / "all.jsonl", rows)
    first = dedup([path], db=db)
    big = max(first.clusters, key=lambda c: len(c.members))
    victim = next(m for m in big.members if m != big.representative)
    changed = [dict(r, text="Entirely different words about a comet seen over the northern hills tonight "
                            "by many people with small telescopes.") if r["id"] == victim else r for r in rows]
    second = dedup([_write(tmp_path / "changed.jsonl", changed)], db=db)
    alone = next(c for c in second.clusters if victim in c.members)
    assert alone.members == [victim]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_formats_give_one_record_per_input_in_order(tmp_path: Path, fmt: str) -> None:
    rows, _truth = _corpus(seed=11, stories=4)
    rows.append({"id": "evil,\"<b>x</b>", "text": "[bold]markup[/bold] and, commas \"quoted\" in text."})
    r = _run("dedup", _write(tmp_path / "c.jsonl", rows), "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "jsonl":
        got = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    else:
        got = [x["id"] for x in csv.DictReader(io.StringIO(r.stdout))]
    assert got == [x["id"] for x in rows]


def test_cli_text_escapes_article_ids(tmp_path: Path) -> None:
    rows = [{"id": "[red]a[/red]", "text": "\n".join(_story(random.Random(1), 8))}]
    rows.append({"id": "[red]b[/red]", "text": rows[0]["text"]})
    r = _run("dedup", _write(tmp_path / "c.jsonl", rows))
    assert r.returncode == 0 and "[red]a[/red]" in r.stdout


def test_articles_stored_by_trace_are_searched_by_the_next_dedup(tmp_path: Path) -> None:
    from tracer import trace

    rows, _truth = _corpus(seed=13)
    batch = dedup([_write(tmp_path / "all.jsonl", rows)])
    db = str(tmp_path / "t.db")
    target = tmp_path / "target.txt"
    target.write_text(rows[0]["text"], "utf-8")
    rows = [dict(rows[0], id=str(target))] + rows[1:]
    half = len(rows) // 2
    trace(str(target), [_write(tmp_path / "first.jsonl", rows[1:half])], db=db)
    inc = dedup([_write(tmp_path / "second.jsonl", rows[half:])], db=db)
    renamed = [[str(target) if m == _truth_first(batch, rows) else m for m in g] for g in _groups(batch)]
    assert _groups(inc) == sorted(sorted(g) for g in renamed)


def _truth_first(batch, rows) -> str:
    """The id the first row had in the batch run (it is read from a file under another id in the store)."""
    ids = {m for c in batch.clusters for m in c.members}
    return next(i for i in ids if i not in {r["id"] for r in rows})
