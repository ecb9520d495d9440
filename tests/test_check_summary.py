"""`tracer check --statistics`, the closing summary line of every format, and readable paths (issue 20)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_check import write_corpus

from tracer.checks import Policy, check
from tracer.checks.summary import display_path, rule_counts, summary_line


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", "check", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def test_statistics_count_findings_per_rule(corpus: Path, tmp_path: Path) -> None:
    r = run(tmp_path, str(corpus), "--max-cluster-size", "2", "--statistics")
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0].split("\t") == ["1", "TRC002", "undisclosed-copy"]
    assert lines[1].split("\t") == ["1", "TRC003", "cluster-size"]
    assert lines[2] == "Found 2 finding(s)."
    assert lines[-1].startswith("check failed: 2 finding(s) (TRC002 1, TRC003 1); 4 articles")
    assert "edited.html" not in r.stdout  # counts, not the findings


def test_statistics_as_json(corpus: Path, tmp_path: Path) -> None:
    r = run(tmp_path, str(corpus), "--statistics", "-f", "json")
    assert json.loads(r.stdout) == [{"rule": "TRC002", "name": "undisclosed-copy", "count": 1, "baselined": 0}]
    assert r.stderr.strip().splitlines()[-1].startswith("check failed")


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_text_formats_end_with_the_summary_line(corpus: Path, tmp_path: Path, fmt: str) -> None:
    r = run(tmp_path, str(corpus), "-f", fmt)
    assert r.stdout.splitlines()[-1].startswith("check failed: 1 finding(s) (TRC002 1); 4 articles, 1 copy")


@pytest.mark.parametrize("fmt", ["json", "junit", "sarif"])
def test_machine_formats_stay_parseable_and_the_summary_goes_to_stderr(corpus: Path, tmp_path: Path,
                                                                        fmt: str) -> None:
    r = run(tmp_path, str(corpus), "-f", fmt)
    assert r.stderr.strip().splitlines()[-1].startswith("check failed: 1 finding(s)")
    if fmt != "junit":
        json.loads(r.stdout)
    else:
        import xml.etree.ElementTree as ET

        ET.fromstring(r.stdout)


def test_passing_corpus_says_so(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "ok", credited_copy=True)
    r = run(tmp_path, str(corpus))
    assert r.returncode == 0
    assert r.stdout.splitlines()[-1].startswith("check passed: 0 finding(s); 4 articles")


def test_paths_are_relative_under_the_cwd_and_plain_outside(corpus: Path, tmp_path: Path) -> None:
    inside = run(tmp_path, str(corpus))
    assert inside.stdout.startswith("corpus/edited.html:")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = run(elsewhere, str(corpus))
    assert outside.stdout.startswith(f"{corpus}/edited.html:") and "file:" not in outside.stdout


def test_summary_helpers_on_a_result(corpus: Path) -> None:
    res = check([str(corpus)], Policy(max_cluster_size=2))
    assert [r["rule"] for r in rule_counts(res)] == ["TRC002", "TRC003"]
    assert "2 finding(s)" in summary_line(res)
    assert display_path("file:///tmp/a%20b/c.html") == "/tmp/a b/c.html"
    assert display_path("corpus/c.html") == "corpus/c.html"
