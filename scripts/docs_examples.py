"""Console examples in README.md and docs/*.md, produced by real runs (cog).

The examples sit between cog markers in the Markdown:

    <!-- [[[cog import docs_examples as d; d.console("tracer credits samples/a2cnn-hegseth.html") ]]] -->
    ```console
    $ tracer credits samples/a2cnn-hegseth.html
    …what it printed…
    ```
    <!-- [[[end]]] -->

`python scripts/docs_examples.py` rewrites them from fresh runs; `--check` fails when
one differs from what the code prints now (tests/test_docs_examples.py runs it), so the
documentation cannot drift from the code (sqlite-utils' habit).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ["README.md", "docs/check.md", "docs/credits.md", "docs/reports.md"]


def run(cmd: str) -> subprocess.CompletedProcess[str]:
    """Run a `tracer …` command line from the repo root, as a user's shell would (not a terminal)."""
    argv = shlex.split(cmd)
    assert argv[0] == "tracer", cmd
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TRACER_DB": ""}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run([sys.executable, "-m", "tracer", *argv[1:]], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=300)


def console(*cmds: str, head: int | None = None, status: bool = False, stderr: bool = True) -> None:
    """Print one console block: each command and what it printed (cut after `head` lines,
    marked `…`), and with `status` the exit code as `echo $?` shows it."""
    out = ["```console"]
    for k, cmd in enumerate(cmds):
        res = run(cmd)
        lines = res.stdout.splitlines() + (res.stderr.splitlines() if stderr else [])
        lines = [ln.rstrip() for ln in lines]
        if head is not None and len(lines) > head:
            lines = [*lines[:head], "…"]
        out += [*([""] if k else []), f"$ {cmd}", *lines]
        if status:
            out += ["$ echo $?", str(res.returncode)]
    _emit("\n".join([*out, "```"]))


def _emit(text: str) -> None:
    try:
        import cog  # the module cog gives the code it runs
    except ImportError:  # called outside cog: print it
        print(text)
        return
    cog.outl(text)


def main(argv: list[str]) -> int:
    from cogapp import Cog

    check = "--check" in argv
    args = ["cog", "-I", str(Path(__file__).parent), *(["--check"] if check else ["-r"])]
    args += [str(ROOT / f) for f in FILES]
    return Cog().main(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
