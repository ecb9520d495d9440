"""One rule for a repeated article id, applied where articles are read, so every engine,
command and mode (in memory, `--db`, `check`) gives the same answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tracer
from tracer.cli import app
from tracer.sources import ReadOptions
from tracer.sources.ids import DuplicateIdError

runner = CliRunner()

STORY = ("The county library will open on Sundays from next month after a vote by the council, which also "
         "approved money for two new reading rooms and a mobile library van for the villages in the hills. "
         "The head librarian, Oona Fairweather, said Sunday opening had been the most common request in a "
         "survey of readers last winter, and that volunteers would help staff the desk at first.")
OTHER = ("Fishing boats stayed in the harbour for a third day as gales swept the coast, and the ferry to the "
         "islands was cancelled again on Wednesday. The harbour master said the storm should ease by Friday, "
         "when the first boats could go out before dawn if the forecast held.")
THIRD = ("A choir from the valley towns won first prize at the national festival with a programme of folk songs "
         "collected by a local teacher a century ago, the organisers announced on Saturday night.")


def corpus(tmp_path: Path) -> Path:
    # id 1 given as a number and as a text (one id), with different records; id "b" twice
    recs = [{"id": 1, "text": STORY, "publisher": "Hill Times"},
            {"id": "b", "text": OTHER, "publisher": "Coast News"},
            {"id": "1", "text": THIRD, "publisher": "Valley Post"},
            {"id": "c", "text": STORY + " The first Sunday opening is on the 4th.", "publisher": "Town Crier"},
            {"id": "b", "text": OTHER + " The ferry company apologised.", "publisher": "Coast News"}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_repeated_ids_are_refused_by_default_with_the_ids_listed(tmp_path: Path):
    path = corpus(tmp_path)
    with pytest.raises(DuplicateIdError, match=r"2 article ids given more than once: '1', 'b'.*--on-duplicate-id"):
        tracer.dedup([str(path)])
    res = subprocess.run([sys.executable, "-m", "tracer", "dedup", str(path), "--format", "jsonl"],
                         capture_output=True, text=True)
    assert res.returncode == 2 and res.stdout == ""
    assert "'1', 'b'" in res.stderr and "Traceback" not in res.stderr
    chk = runner.invoke(app, ["check", str(path)])
    assert chk.exit_code == 2 and "given more than once" in chk.stderr


@pytest.mark.parametrize(("rule", "ids", "warned"), [
    ("first", ["1", "b", "c"], [("c.jsonl:3", "'1'"), ("c.jsonl:5", "'b'")]),
    ("last", ["1", "c", "b"], [("c.jsonl:1", "'1'"), ("c.jsonl:2", "'b'")]),
    ("suffix", ["1", "b", "1~2", "c", "b~2"], [("c.jsonl:3", "'1~2'"), ("c.jsonl:5", "'b~2'")]),
])
def test_each_rule_gives_the_same_rows_in_memory_with_a_store_and_in_check(tmp_path: Path, rule, ids, warned):
    path = corpus(tmp_path)
    opts = ReadOptions(on_duplicate_id=rule)
    mem = tracer.dedup([str(path)], opts)
    assert [r["id"] for r in mem.rows()] == ids
    warnings = [(Path(e.input).name, e.error) for e in mem.errors]
    assert len(warnings) == len(warned)
    for (where, what), (w_where, w_err) in zip(warned, warnings, strict=True):
        assert w_where == where and what in w_err and rule in w_err
    db = tracer.dedup([str(path)], opts, db=str(tmp_path / "s.db"))
    assert db.rows() == mem.rows()
    assert [e.to_dict() for e in db.errors] == [e.to_dict() for e in mem.errors]
    assert tracer.store_info(tmp_path / "s.db")["articles"] == len(ids)
    # the kept version is the one the rule names, in every mode
    kept = {a.id: a for a in tracer.credits([str(path)], opts) if isinstance(a, tracer.Article)}
    assert kept["1"].publisher == ("Valley Post" if rule == "last" else "Hill Times")
    chk = tracer.check([str(path)], tracer.Policy(no_undisclosed=False), opts)
    assert chk.to_dict()["stats"]["articles"] == len(ids)
    cli = runner.invoke(app, ["dedup", str(path), "--format", "jsonl", "--on-duplicate-id", rule])
    assert cli.exit_code == 0
    rows = [json.loads(x) for x in cli.stdout.splitlines()]
    assert [r for r in rows if "errors" not in r] == mem.rows()


def test_in_memory_records_follow_the_rule_too():
    recs = [{"id": "x", "text": STORY}, {"id": "x", "text": OTHER}]
    with pytest.raises(DuplicateIdError):
        tracer.dedup(recs)
    assert [r["id"] for r in tracer.dedup(recs, ReadOptions(on_duplicate_id="suffix")).rows()] == ["x", "x~2"]


def test_an_unknown_rule_is_a_clear_error():
    with pytest.raises(tracer.InputError, match="error, first, last, suffix"):
        tracer.dedup([{"id": "x", "text": STORY}], ReadOptions(on_duplicate_id="newest"))
    res = runner.invoke(app, ["dedup", "x.jsonl", "--on-duplicate-id", "newest"])
    assert res.exit_code == 2
