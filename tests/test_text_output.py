"""Text output is never cut: whole lines off a terminal, wrapped lines (never cropped) on
one, and whole ids in the tables."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from rich.console import Console

import tracer
from tests.conftest import SAMPLES
from tracer.reports.text import corpus_text, dedup_text, trace_text

TARGET = str(SAMPLES / "a2cnn-hegseth.html")


@pytest.fixture(scope="module")
def traced():
    return tracer.trace(TARGET, [str(SAMPLES)])


def test_trace_to_a_file_keeps_every_line_whole(traced):
    out = subprocess.run([sys.executable, "-m", "tracer", "trace", TARGET, "--corpus", str(SAMPLES)],
                         capture_output=True, text=True, check=True).stdout
    assert f"(confidence {traced.lineage.origin_confidence:.2f})" in out
    assert "…" not in out  # no id, figure or evidence line ends in an ellipsis
    for e in traced.lineage.edges:
        for why in e.evidence:
            if not why.startswith("similarity "):
                assert " ".join(why.split()) in out, why
    for m in traced.matches:
        row = next(line for line in out.splitlines() if line.startswith(f" {m.other(traced.article.id)} "))
        assert f"{m.containment:.2f}" in row


@pytest.mark.parametrize("width", [60, 90])
def test_on_a_narrow_terminal_lines_wrap_and_ids_stay_whole(traced, width):
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=width, color_system=None, soft_wrap=True)
    trace_text(traced, console)
    out = buf.getvalue()
    lines = out.splitlines()
    drawn = [line for line in lines if any(ch in line for ch in "│├└┃━")]
    assert drawn and max(len(line) for line in drawn) <= width  # trees and tables wrap inside the terminal
    table = lines[next(k for k, line in enumerate(lines) if line.strip() == "matches"):]
    for m in traced.matches:
        assert any(m.other(traced.article.id) in line for line in table)  # whole, on one line
    flat = " ".join(" ".join(line.replace("│", " ").replace("├──", " ").replace("└──", " ").split())
                    for line in lines)
    assert f"confidence {traced.lineage.origin_confidence:.2f}" in flat
    assert "…" not in "".join(table)


def test_dedup_and_report_to_a_file_show_whole_ids():
    res = tracer.dedup([str(SAMPLES)])
    buf = io.StringIO()
    dedup_text(res, Console(file=buf, width=40, soft_wrap=True))
    out = buf.getvalue()
    for c in res.clusters:
        if len(c.members) > 1:
            for m in c.members:
                assert m in out
    buf = io.StringIO()
    rep = tracer.report([str(SAMPLES)])
    corpus_text(rep, Console(file=buf, width=40, soft_wrap=True))
    for s in rep.stories:
        for aid in s.articles:
            assert aid in buf.getvalue()
