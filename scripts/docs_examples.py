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

import atexit
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ["README.md", "docs/check.md", "docs/credits.md", "docs/reports.md"]


_SCRATCH: Path | None = None


def scratch() -> Path:
    """A working directory with `samples/` in it, for examples that write files."""
    global _SCRATCH
    if _SCRATCH is None:
        _SCRATCH = Path(tempfile.mkdtemp(prefix="tracer-docs-"))
        atexit.register(shutil.rmtree, _SCRATCH, True)
        shutil.copytree(ROOT / "samples", _SCRATCH / "samples")  # a copy: paths stay relative
    return _SCRATCH


def run(cmd: str, *, where: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a `tracer …` command line, as a user's shell would (not a terminal)."""
    argv = shlex.split(cmd)
    assert argv[0] == "tracer", cmd
    full = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TRACER_DB": "", **(env or {})}
    if not env or "GITHUB_STEP_SUMMARY" not in env:
        full.pop("GITHUB_STEP_SUMMARY", None)
    full.pop("CI", None)  # a CI run would add plain progress lines on stderr: the examples show a user's shell
    return subprocess.run([sys.executable, "-m", "tracer", *argv[1:]], cwd=where, capture_output=True, text=True,
                          env=full, timeout=300)


def console(*cmds: str, head: int | None = None, status: bool = False, stderr: bool = True,
            writes: bool = False) -> None:
    """Print one console block: each command and what it printed (cut after `head` lines,
    marked `…`), and with `status` the exit code as `echo $?` shows it. `writes`: run in
    a scratch directory (commands that write files)."""
    out = ["```console"]
    for k, cmd in enumerate(cmds):
        res = run(cmd, where=scratch() if writes else ROOT)
        lines = res.stdout.splitlines() + (res.stderr.splitlines() if stderr else [])
        lines = [ln.rstrip() for ln in lines]
        if head is not None and len(lines) > head:
            lines = [*lines[:head], "…"]
        out += [*([""] if k else []), f"$ {cmd}", *lines]
        if status:
            out += ["$ echo $?", str(res.returncode)]
    _emit("\n".join([*out, "```"]))


def job_summary(cmd: str) -> None:
    """The Markdown job summary a command appends to `$GITHUB_STEP_SUMMARY`, fenced."""
    path = scratch() / "summary.md"
    path.write_text("", encoding="utf-8")
    run(cmd, env={"GITHUB_STEP_SUMMARY": str(path)})
    _emit("````markdown\n" + path.read_text("utf-8").strip("\n") + "\n````")


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
