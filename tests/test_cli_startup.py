"""`tracer dedup` starts without the machinery other commands need, and help still lists every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tracer.cli import COMMANDS

PROBE = """
import json, sys
sys.argv = ["tracer", *sys.argv[1:]]
from tracer.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("tracer", "jinja2")))), file=sys.stderr)
"""


def loaded(*args: str) -> tuple[str, set[str]]:
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    return r.stdout, set(json.loads(r.stderr.strip().splitlines()[-1]))


def test_dedup_loads_neither_the_credit_parser_nor_other_commands(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "By Jane Roe\nThe council met on Tuesday to pass the budget."}) + "\n")
    out, mods = loaded("dedup", str(src), "--format", "jsonl")
    assert json.loads(out)["id"] == "a"
    assert "tracer.cli.commands.dedup" in mods
    assert not {"tracer.credits.parser", "tracer.lineage", "tracer.cli.commands.check", "jinja2"} & mods


def test_credits_loads_the_parser_it_needs(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "By Jane Roe\nThe council met on Tuesday to pass the budget."}) + "\n")
    out, mods = loaded("credits", str(src), "--format", "json")
    assert "Jane Roe" in out and "tracer.credits.parser" in mods


def test_help_before_a_command_lists_every_command() -> None:
    for args in (("--help",), ("--help", "dedup")):
        out, mods = loaded(*args)
        assert all(f"tracer.cli.commands.{c}" in mods for c in COMMANDS)
        assert all(f" {c} " in out for c in COMMANDS), out
