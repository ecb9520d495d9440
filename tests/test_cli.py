from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True, input=stdin)


def test_help_lists_commands() -> None:
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("credits", "dedup", "trace"):
        assert cmd in r.stdout


def test_credits_json_lines_shape(jsonl_corpus: Path, tmp_path: Path) -> None:
    r = run("credits", str(jsonl_corpus), str(tmp_path / "missing.html"), "--format", "json")
    assert r.returncode == 0
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in rows[:3]] == ["a", "b", "c"]
    assert set(rows[0]) >= {"id", "url", "publisher", "credits", "chain", "errors"}
    assert rows[3]["errors"][0]["input"].endswith("missing.html")
    assert "Traceback" not in r.stderr


def test_dedup_jsonl_one_line_per_input_in_order(jsonl_corpus: Path) -> None:
    r = run("dedup", str(jsonl_corpus), "--format", "jsonl", "--paragraph-sep", " ### ")
    assert r.returncode == 0
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in rows] == ["a", "b", "c"]
    assert rows[0]["cluster"] == rows[1]["cluster"] != rows[2]["cluster"]
    for x in rows:
        assert set(x) >= {"id", "cluster", "representative", "similarity", "containment"}


def test_trace_json_and_unreadable_target_exit_2(tmp_path: Path) -> None:
    r = run("trace", str(SAMPLES / "a2cnn-hegseth.html"), "--corpus", str(SAMPLES), "--format", "json")
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert set(d) >= {"article", "matches", "lineage"}
    assert set(d["lineage"]) >= {"origin", "nodes", "edges", "undisclosed"}
    bad = run("trace", str(tmp_path / "nope.html"))
    assert bad.returncode == 2 and "error:" in bad.stderr and "Traceback" not in bad.stderr


def test_bad_format_is_usage_error(jsonl_corpus: Path) -> None:
    r = run("dedup", str(jsonl_corpus), "--format", "xml")
    assert r.returncode == 2


def test_text_outputs_escape_markup(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"id": "[bold]x[/bold]", "publisher": "[red]Evil[/red]",
                             "text": "By Jane Roe\nBody text of the story goes here."}) + "\n", "utf-8")
    r = run("credits", str(p))
    assert r.returncode == 0
    assert "[red]Evil[/red]" in r.stdout and "[bold]x[/bold]" in r.stdout
