"""The command line's own surface: --version, --format as a choice, flags shown as flags."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tracer


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True,
                          env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


def test_version_prints_the_package_version():
    for flag in ("--version", "-V"):
        r = run(flag)
        assert r.returncode == 0 and r.stdout.strip() == f"tracer {tracer.__version__}"


@pytest.mark.parametrize(("cmd", "choices"), [
    (["dedup", "x.jsonl"], ["text", "jsonl", "json", "csv"]),
    (["credits", "x.html"], ["text", "json"]),
    (["trace", "x.html"], ["text", "json", "md", "html", "prov"]),
    (["report", "x.html"], ["text", "json", "md", "html", "prov"]),
    (["check", "x.html"], ["text", "json", "junit", "sarif", "github"]),
    (["feeds", "x.xml"], ["atom", "rss", "jsonl"]),
    (["compare", "--pairs", "x.jsonl"], ["jsonl", "text"]),
    (["db", "info", "--db", "x.db"], ["text", "json"]),
])
def test_format_is_a_choice_named_in_help_and_refused_before_any_work(cmd, choices):
    r = run(*cmd, "--format", "yaml")
    assert r.returncode == 2
    assert "yaml" in r.stderr and all(c in r.stderr for c in choices)
    assert "|".join(choices) in run(*cmd[:1 + (cmd[0] == "db")], "--help").stdout


def test_flags_are_shown_as_flags_in_help():
    out = run("dedup", "--help").stdout
    assert "<bool>" not in out
    assert "--translations" in out and "--feed" in out
    assert "<bool>" not in run("--help").stdout
