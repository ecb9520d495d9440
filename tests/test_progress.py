"""Progress per stage: a live display on a terminal, plain lines for CI logs, counts at the end (issue 20)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import OTHER, WIRE
from tracer import dedup
from tracer.progress import StageProgress, resolve_mode


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_mode_is_rich_on_a_terminal_plain_in_ci_and_off_otherwise() -> None:
    assert resolve_mode("auto", Tty(), env={}) == "rich"
    assert resolve_mode("auto", io.StringIO(), env={"CI": "true"}) == "plain"
    assert resolve_mode("auto", io.StringIO(), env={"CI": "false"}) == "off"
    assert resolve_mode("auto", io.StringIO(), env={}) == "off"
    assert resolve_mode("plain", Tty(), env={}) == "plain"
    with pytest.raises(ValueError):
        resolve_mode("loud")


def test_plain_progress_prints_a_line_per_stage_and_the_counts_at_the_end() -> None:
    out = io.StringIO()
    with StageProgress("plain", stream=out, interval=0) as p:
        for _ in range(3):
            p("read", 1, None)
        p("verify", 0, 10)
        p("verify", 10, 10)
        p.note("verify", "4 copies")
        p("cluster", 0, None)
        p("cluster", 7, 7)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("tracer: read 3 articles in ")
    assert lines[1].startswith("tracer: verify 10 pairs in ")
    assert lines[2].startswith("tracer: cluster 7 clusters in ")
    assert lines[3].startswith("tracer: done in ")
    assert lines[3].endswith("read 3 articles · verify 10 pairs → 4 copies · cluster 7 clusters")


def test_off_prints_nothing() -> None:
    out = io.StringIO()
    with StageProgress("off", stream=out) as p:
        p("read", 1, None)
    assert out.getvalue() == "" and not p.enabled


def test_dedup_reports_every_stage_it_runs(tmp_path: Path) -> None:
    src = tmp_path / "c.jsonl"
    rows = [{"id": "a", "text": "\n".join(WIRE)}, {"id": "b", "text": "\n".join(WIRE[:4])},
            {"id": "c", "text": "\n".join(OTHER)}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = io.StringIO()
    with StageProgress("plain", stream=out, interval=0) as p:
        dedup([str(src)], progress=p)
    assert list(p.stages) == ["read", "fingerprint", "candidates", "verify", "cluster"]
    assert p.stages["read"].done == 3 and p.stages["cluster"].done == 2
    assert "verify 1 pairs → 1 copies" in out.getvalue()


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    return subprocess.run([sys.executable, "-m", "tracer", *args], capture_output=True, text=True,
                          env={**base, **env})


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "c.jsonl"
    rows = [{"id": "a", "text": "\n".join(WIRE)}, {"id": "b", "text": "\n".join(WIRE[:4])},
            {"id": "c", "text": "\n".join(OTHER)}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return src


def test_ci_logs_get_plain_lines_on_stderr_and_stdout_stays_clean(corpus: Path) -> None:
    r = cli("dedup", str(corpus), "-f", "jsonl", env={"CI": "true"})
    assert r.returncode == 0
    assert "tracer: read 3 articles in" in r.stderr and "tracer: done in" in r.stderr
    assert all(json.loads(line) for line in r.stdout.splitlines())
    quiet = cli("dedup", str(corpus), "-f", "jsonl", env={})
    assert "tracer:" not in quiet.stderr
    off = cli("dedup", str(corpus), "-f", "jsonl", "--progress", "off", env={"CI": "true"})
    assert "tracer:" not in off.stderr


@pytest.mark.parametrize(("args", "stages"), [
    (["report", "-f", "html", "-o", "{tmp}/r.html"], ["read", "verify", "cluster", "lineage", "render"]),
    (["check", "--allow-undisclosed"], ["read", "verify", "cluster", "lineage"]),
])
def test_report_and_check_show_their_stages(corpus: Path, tmp_path: Path, args: list[str], stages: list[str]) -> None:
    r = cli(args[0], str(corpus), *[a.replace("{tmp}", str(tmp_path)) for a in args[1:]], "--progress", "plain",
            env={})
    assert r.returncode == 0, r.stderr
    done = [ln for ln in r.stderr.splitlines() if ln.startswith("tracer: done in")]
    assert len(done) == 1
    for s in stages:
        assert f" {s} " in done[0] or f": {s} " in done[0]


def test_feeds_show_reading_and_grouping(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "<item><title>One</title><link>https://x.example/1</link><description>First item text."
                    "</description></item></channel></rss>", "utf-8")
    r = cli("feeds", str(feed), "-f", "jsonl", "--progress", "plain", env={})
    assert r.returncode == 0, r.stderr
    assert "tracer: read 1 articles in" in r.stderr and "tracer: group 1 stories in" in r.stderr


def test_an_unknown_progress_mode_is_a_usage_error(corpus: Path) -> None:
    r = cli("dedup", str(corpus), "--progress", "loud", env={})
    assert r.returncode == 2 and "Traceback" not in r.stderr
