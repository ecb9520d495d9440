"""The `tracer` command: a thin typer layer over the public functions of `tracer`.

Each command group lives in its own module and registers itself on `app`.
Results go to stdout, progress and per-item errors to stderr.
"""

from __future__ import annotations

import sys

from tracer.cli import commands  # noqa: F401  (registers the commands)
from tracer.cli._app import app
from tracer.errors import TracerError

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except TracerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
