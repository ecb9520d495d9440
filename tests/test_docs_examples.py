"""The console examples in README.md and docs/ are what the code prints today: they are
produced by `python scripts/docs_examples.py` (cog) and checked here, so they cannot drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_console_examples_match_a_fresh_run():
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "docs_examples.py"), "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, (res.stdout + res.stderr)[-3000:] + (
        "\nthe docs' console examples differ from what tracer prints now: run `python scripts/docs_examples.py`")


def test_every_generated_example_is_marked_and_every_file_is_checked():
    sys.path.insert(0, str(ROOT / "scripts"))
    import docs_examples

    for name in docs_examples.FILES:
        text = (ROOT / name).read_text("utf-8")
        assert text.count("[[[cog") == text.count("[[[end]]]") > 0, name
